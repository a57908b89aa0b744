"""The Overview page: headline figures for ASEAN and China, and the 2016 report beside the latest data."""
