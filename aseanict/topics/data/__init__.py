"""The data and sources page: tables of values, records and coverage."""
