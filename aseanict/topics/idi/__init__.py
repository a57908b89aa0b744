"""The ICT Development Index page: editions, ranks, growth and the report's Table 1."""
