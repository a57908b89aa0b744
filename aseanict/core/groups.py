"""Group values (ASEAN, ASEAN-6, CLMV, ASEAN + China) derived from their members: how each indicator is averaged."""

from __future__ import annotations

# Index scores and prices are averaged country by country (as ITU does); shares of people are weighted by
# population, so that the group value is the share of all its people.
SIMPLE_MEAN_PREFIXES = ("ITU_IDI", "ITU_FBB", "ITU_MBB")
MEAN_COLUMN = {"simple": "simple_mean", "weighted": "weighted_mean"}  # group_aggregate's column per method


def group_method(indicator: str) -> str:
    """'simple' or 'weighted': how a group value of this indicator is averaged."""
    return "simple" if indicator.startswith(SIMPLE_MEAN_PREFIXES) else "weighted"
