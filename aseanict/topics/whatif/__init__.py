"""The what-if page: scenarios on top of the projections, and forecasts against what happened."""
