"""Tests for aseanict.compare: report figures, ranks, scaling and peer groups."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aseanict.core import compare
from aseanict.core.breaks import CrossesBreak

# IDI growth 2011 -> 2015 as printed in the CAICT report.
REPORT_GROWTH = [
    (3.58, 5.05, 8.98),  # China
    (3.51, 4.51, 6.47),  # ASEAN
]


@pytest.mark.parametrize(("v0", "v1", "pct"), REPORT_GROWTH)
def test_average_annual_growth_matches_report(v0, v1, pct):
    assert round(100 * compare.average_annual_growth(v0, 2011, v1, 2015), 2) == pct


def test_growth_arithmetic_text():
    assert compare.growth_arithmetic(3.58, 2011, 5.05, 2015) == "(5.05 / 3.58)^(1/4) \u2212 1 = 8.98%"
    assert compare.growth_arithmetic(0.0, 2011, 5.05, 2015).endswith("= undefined")


def test_average_annual_growth_edge_cases():
    assert math.isnan(compare.average_annual_growth(np.nan, 2011, 5.0, 2015))
    assert math.isnan(compare.average_annual_growth(0.0, 2011, 5.0, 2015))
    assert compare.average_annual_growth(4.0, 2011, 0.0, 2015) == -1.0
    with pytest.raises(ValueError):
        compare.average_annual_growth(1.0, 2015, 2.0, 2015)


def test_rank_within_ties_and_nan():
    df = pd.DataFrame({"iso3": ["A", "B", "C", "D", "E"], "value": [5.0, 9.0, 9.0, np.nan, 1.0]})
    ranked = compare.rank_within(df).set_index("iso3")["rank"]
    assert ranked[["B", "C", "A", "E"]].tolist() == [1, 1, 3, 4]
    assert pd.isna(ranked["D"])
    lower = compare.rank_within(df, higher_is_better=False).set_index("iso3")["rank"]
    assert lower[["E", "A", "B", "C"]].tolist() == [1, 2, 3, 3]


def test_rank_changes():
    df = pd.DataFrame(
        {
            "iso3": ["SGP", "MYS", "VNM", "SGP", "MYS", "VNM", "TLS"],
            "edition": [2017] * 3 + [2023] * 4,
            "rank": [1, 2, 3, 1, 3, 2, 4],
        }
    )
    out = compare.rank_changes(df, 2017, 2023).set_index("iso3")
    assert out.loc["VNM", "change"] == 1  # climbed 3 -> 2
    assert out.loc["MYS", "change"] == -1
    assert out.loc["SGP", "change"] == 0
    assert pd.isna(out.loc["TLS", "change"])  # new in 2023


def test_normalise_flips_lower_is_better():
    wide = pd.DataFrame(
        {
            "users": [90.0, 50.0, 70.0],
            "price": [0.5, 4.5, np.nan],
            "flat": [3.0, 3.0, np.nan],
        },
        index=["SGP", "MMR", "VNM"],
    )
    out = compare.normalise_0_1(wide, {"users": True, "price": False, "flat": True})
    assert out["users"].tolist() == [1.0, 0.0, 0.5]
    assert out.loc[["SGP", "MMR"], "price"].tolist() == [1.0, 0.0]  # cheapest scores 1
    assert pd.isna(out.loc["VNM", "price"])
    assert out.loc[["SGP", "MMR"], "flat"].tolist() == [0.5, 0.5]
    assert pd.isna(out.loc["VNM", "flat"])
    assert "0.5" in compare.scaling_note()
    with pytest.raises(ValueError):
        compare.normalise_0_1(wide, {"users": True})


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(-1e9, 1e9, allow_nan=False) | st.just(np.nan), min_size=1, max_size=10),
    st.booleans(),
)
def test_normalised_values_in_unit_interval(values, higher):
    wide = pd.DataFrame({"x": values})
    out = compare.normalise_0_1(wide, {"x": higher})["x"]
    assert out.isna().equals(wide["x"].isna())
    assert out.dropna().between(0.0, 1.0).all()


def test_peer_set():
    countries = pd.DataFrame(
        {
            "iso3": ["CHN", "SGP", "VNM", "MMR"],
            "groups": [None, "ASEAN;ASEAN6", "ASEAN; CLMV", "ASEAN;CLMV"],
        }
    )
    assert compare.peer_set("CLMV", countries) == ["VNM", "MMR"]
    assert compare.peer_set("ASEAN", countries) == ["SGP", "VNM", "MMR"]
    assert compare.peer_set("ASEAN5", countries) == []
    assert compare.peer_set("ASEAN;CLMV", countries) == []  # one code, not a list


def test_gaps_to_reference():
    assert compare.gap_to_reference(60.0, 80.0) == -20.0
    assert compare.relative_gap(60.0, 80.0) == -0.25
    assert math.isnan(compare.relative_gap(60.0, 0.0))
    assert math.isnan(compare.relative_gap(np.nan, 80.0))


@settings(max_examples=60, deadline=None)
@given(
    st.floats(0.01, 1e6),
    st.floats(0.01, 1e6),
    st.integers(1900, 2100),
    st.integers(1, 50),
)
def test_average_annual_growth_is_the_projections_cagr(v0, v1, y0, span):
    # One growth formula in the project: compare delegates to projections.cagr.
    from aseanict.core import projections

    assert compare.average_annual_growth(v0, y0, v1, y0 + span) == pytest.approx(
        projections.cagr(v0, v1, span), rel=1e-12
    )


def test_scaling_note_in_both_languages():
    assert "0.5" in compare.scaling_note("en") and "0.5" in compare.scaling_note("zh")
    assert compare.scaling_note("zh") != compare.scaling_note("en")


def test_growth_refuses_to_cross_a_series_break() -> None:
    # China's internet users 75.6 (2022) -> 90.6 (2023) is a change of survey basis, not 19.8% growth.
    with pytest.raises(CrossesBreak) as refused:
        compare.average_annual_growth(75.61, 2022, 90.6, 2023, breaks=(2023,))
    assert refused.value.year == 2023
    with pytest.raises(CrossesBreak):
        compare.average_annual_growth(64.08, 2019, 92.0, 2024, breaks=(2023,))
    # on one side of the break the rate is as before
    assert compare.average_annual_growth(90.6, 2023, 92.0, 2024, breaks=(2023,)) == pytest.approx(92.0 / 90.6 - 1)
