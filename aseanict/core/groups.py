"""Group values (ASEAN, ASEAN-6, CLMV, ASEAN + China) derived from their members: how each indicator is averaged."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

# Index scores and prices are averaged country by country (as ITU does); shares of people are weighted by
# population, so that the group value is the share of all its people.
SIMPLE_MEAN_PREFIXES = ("ITU_IDI", "ITU_FBB", "ITU_MBB")
MEAN_COLUMN = {"simple": "simple_mean", "weighted": "weighted_mean"}  # group_aggregate's column per method


def group_method(indicator: str) -> str:
    """'simple' or 'weighted': how a group value of this indicator is averaged."""
    return "simple" if indicator.startswith(SIMPLE_MEAN_PREFIXES) else "weighted"


SPREAD_RATIO = 3.0  # when the largest member value is this many times the smallest, a mean alone misleads


def complete(aggregate: pd.DataFrame, method: str) -> pd.DataFrame:
    """The years of a group_aggregate() in which every member had data (and the method's mean exists)."""
    column = MEAN_COLUMN[method]
    return aggregate[(aggregate["n_with_data"] == aggregate["n_members"]) & aggregate[column].notna()]


def spread_is_wide(low: float | None, high: float | None) -> bool:
    """True where members differ so much (e.g. 0.5% against 37.7% of income) that the median must stand beside
    the mean. Only for positive values, where a ratio means something."""
    if low is None or high is None or pd.isna(low) or pd.isna(high) or low <= 0:
        return False
    return high / low >= SPREAD_RATIO


def joined_after(countries: pd.DataFrame, group: str, year: int) -> list[str]:
    """Members of the group today that joined after `year` (Timor-Leste joined ASEAN in 2025)."""
    members = countries[[group in str(g).split(";") for g in countries["groups"]]]
    since = pd.to_numeric(members["asean_since"], errors="coerce")
    return sorted(members.loc[since > year, "iso3"])


def nearly_all(n: int) -> int:
    """How many of n countries must have data for a ranking or comparison to speak for all of them: all but one."""
    return max(1, n - 1)


def comparison_year(series: pd.DataFrame, indicator: str, field: Sequence[str], focus: str) -> int | None:
    """The latest year in which `focus` has a value and (nearly) all of `field` do, so that "3rd of 12" is not
    "3rd of the 6 that reported"; else the focus's year with the most of the field reporting."""
    part = series[(series["indicator"] == indicator) & series["entity"].isin(field)]
    own_years = set(part.loc[part["entity"] == focus, "year"].astype(int))
    if not own_years:
        return None
    counts = part.groupby("year")["entity"].nunique()
    counts = counts[counts.index.isin(own_years)]
    enough = counts[counts >= nearly_all(len(field))]
    chosen = enough if not enough.empty else counts[counts == counts.max()]
    return int(chosen.index.max())


def membership_year(aggregate: pd.DataFrame, method: str) -> int | None:
    """The latest year in which every member of that year had data: its members are the group a series over
    time should keep in every year (ASEAN-10 until a year with Timor-Leste's data comes)."""
    full = complete(aggregate, method)
    return int(full["year"].iloc[-1]) if not full.empty else None
