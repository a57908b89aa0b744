"""The digital-divide page: gaps, ratios, inequality, convergence and years to close the gap."""
