"""The internet-economy page: e-Conomy SEA editions, estimates, forecasts and revisions."""
