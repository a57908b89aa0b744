"""The tariffs page: ITU price baskets, affordability targets and the report's tariffs."""
