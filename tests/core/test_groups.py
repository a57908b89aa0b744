"""Group values compare like with like: who is counted, when the median must stand beside the mean, who joined later."""

from __future__ import annotations

import pandas as pd
import pytest

from aseanict.core import groups


def test_prices_and_indices_are_simple_means_shares_of_people_are_weighted() -> None:
    assert groups.group_method("ITU_FBB_PCT_GNI") == "simple"
    assert groups.group_method("ITU_IDI_NEW") == "simple"
    assert groups.group_method("IT.NET.USER.ZS") == "weighted"


@pytest.mark.parametrize(
    ("low", "high", "wide"),
    [(0.5, 37.7, True), (2.0, 6.0, True), (60.0, 99.0, False), (None, 3.0, False), (0.0, 3.0, False)],
)
def test_a_wide_spread_is_three_times_or_more(low, high, wide: bool) -> None:
    assert groups.spread_is_wide(low, high) is wide


def test_complete_years_are_those_with_every_member() -> None:
    agg = pd.DataFrame(
        {"year": [2023, 2024, 2025], "n_with_data": [10, 5, 11], "n_members": [10, 10, 11],
         "simple_mean": [1.0, 2.0, 3.0], "weighted_mean": [1.0, 2.0, None]}
    )  # fmt: skip
    assert list(groups.complete(agg, "simple").year) == [2023, 2025]
    assert list(groups.complete(agg, "weighted").year) == [2023]


def test_members_that_joined_after_a_year() -> None:
    countries = pd.DataFrame(
        {
            "iso3": ["CHN", "KHM", "TLS"],
            "asean_since": [None, 1999, 2025],
            "groups": ["ASEAN_CHINA", "ASEAN;CLMV", "ASEAN"],
        }
    )
    assert groups.joined_after(countries, "ASEAN", 2013) == ["TLS"]
    assert groups.joined_after(countries, "ASEAN", 1990) == ["KHM", "TLS"]
    assert groups.joined_after(countries, "ASEAN", 2025) == []


def test_the_membership_year_is_the_latest_complete_year() -> None:
    agg = pd.DataFrame(
        {"year": [2022, 2023, 2025], "n_with_data": [10, 10, 10], "n_members": [10, 10, 11],
         "simple_mean": [1.0, 2.0, 3.0], "weighted_mean": [1.0, 2.0, 3.0]}
    )  # fmt: skip
    assert groups.membership_year(agg, "weighted") == 2023  # 2025 lacks its eleventh member
    assert groups.membership_year(agg.iloc[0:0], "weighted") is None
