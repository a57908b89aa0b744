"""Tests for aseanict.divide: hand-computed cases plus a few properties."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aseanict.topics.divide import metrics as divide


def frame(**values: float) -> pd.DataFrame:
    return pd.DataFrame({"iso3": list(values), "value": list(values.values())})


# gap_and_ratio


def test_gap_and_ratio_higher_is_better():
    r = divide.gap_and_ratio(frame(SGP=90.0, MMR=45.0, VNM=70.0, LAO=np.nan))
    assert (r.best_iso3, r.worst_iso3) == ("SGP", "MMR")
    assert r.gap == 45.0 and r.ratio == 2.0


def test_gap_and_ratio_lower_is_better_and_zero_worst():
    r = divide.gap_and_ratio(frame(SGP=0.5, MMR=10.0), higher_is_better=False)
    assert (r.best_iso3, r.worst_iso3, r.gap, r.ratio) == ("SGP", "MMR", 9.5, 0.05)
    assert divide.gap_and_ratio(frame(SGP=5.0, MMR=0.0)).ratio is None


def test_gap_and_ratio_empty_and_multi_year():
    assert divide.gap_and_ratio(frame(SGP=np.nan)) is None
    df = frame(SGP=1.0, MMR=2.0).assign(year=[2020, 2021])
    with pytest.raises(ValueError):
        divide.gap_and_ratio(df)


# Lorenz and Gini


def test_gini_equal_shares_is_zero():
    g = divide.gini([60.0, 60.0, 60.0], [1e6, 5e7, 3e8])
    assert g == pytest.approx(0.0, abs=1e-12)


def test_gini_two_country_hand_case():
    # Populations 1 and 3, shares 100% and 20%: users 1 and 0.6, total 1.6.
    # Sorted by share: (x, y) = (0, 0), (0.75, 0.375), (1, 1).
    # G = 1 - [0.75 * 0.375 + 0.25 * 1.375] = 1 - 0.625 = 0.375.
    curve = divide.lorenz_curve(
        pd.Series([100.0, 20.0], index=["A", "B"]),
        pd.Series([1.0, 3.0], index=["A", "B"]),
    )
    assert pd.isna(curve["iso3"][0]) and curve["iso3"].tolist()[1:] == ["B", "A"]
    assert curve["cum_population_share"].tolist() == [0.0, 0.75, 1.0]
    assert curve["cum_users_share"].tolist() == pytest.approx([0.0, 0.375, 1.0])
    assert divide.gini([100.0, 20.0], [1.0, 3.0]) == pytest.approx(0.375)


@pytest.mark.parametrize("n", [2, 3, 5])
def test_gini_all_users_in_one_country(n):
    shares = [0.0] * (n - 1) + [80.0]
    assert divide.gini(shares, [1.0] * n) == pytest.approx((n - 1) / n)


def test_lorenz_endpoints_and_nan_dropped():
    curve = divide.lorenz_curve([30.0, np.nan, 90.0, 55.0], [5.0, 7.0, np.nan, 2.0])
    assert len(curve) == 3  # origin + 2 countries with both values
    assert tuple(curve.iloc[0, 1:]) == (0.0, 0.0)
    assert tuple(curve.iloc[-1, 1:]) == (1.0, 1.0)


def test_lorenz_undefined_when_nobody_online():
    assert divide.lorenz_curve([0.0, 0.0], [1.0, 2.0]).empty
    assert math.isnan(divide.gini([0.0, 0.0], [1.0, 2.0]))


def test_lorenz_rejects_bad_input():
    with pytest.raises(ValueError):
        divide.lorenz_curve([120.0], [1.0])
    with pytest.raises(ValueError):
        divide.lorenz_curve(pd.Series([1.0], index=["A"]), pd.Series([1.0], index=["B"]))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(0, 100, allow_nan=False),
            st.floats(1, 1.5e9, allow_nan=False),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_gini_in_unit_interval(rows):
    shares, pops = zip(*rows, strict=True)
    g = divide.gini(list(shares), list(pops))
    assert math.isnan(g) or 0.0 <= g < 1.0
    curve = divide.lorenz_curve(list(shares), list(pops))
    if not curve.empty:
        # Sorted by share, the curve never rises above the equality line.
        diff = curve["cum_users_share"] - curve["cum_population_share"]
        assert (diff <= 1e-9).all()


# convergence


def panel() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "iso3": ["A", "B", "C"] * 2,
            "year": [2015] * 3 + [2020] * 3,
            "value": [10.0, 30.0, np.nan, 60.0, 80.0, 70.0],
        }
    )


def test_convergence_table():
    conv = divide.convergence(panel())
    first, last = conv.iloc[0], conv.iloc[1]
    assert (first["n"], first["mean"], first["std"], first["range"]) == (
        2,
        20.0,
        10.0,
        20.0,
    )
    assert first["cv"] == pytest.approx(0.5)
    assert (last["n"], last["mean"], last["range"]) == (3, 70.0, 20.0)
    assert last["std"] == pytest.approx(math.sqrt(200 / 3))


def test_is_converging():
    conv = divide.convergence(panel())
    assert divide.is_converging(conv, 2015, 2020) is True
    assert divide.is_converging(conv, 2015, 2020, measure="range") is False  # 20 -> 20
    assert divide.is_converging(conv, 2015, 2030) is None


# people offline and ratios


def test_people_offline():
    assert divide.people_offline(75.0, 2_000_000) == 500_000
    assert math.isnan(divide.people_offline(np.nan, 2_000_000))
    df = pd.DataFrame({"value": [75.0, np.nan], "population": [2e6, 1e6]})
    offline = divide.offline_population(df)
    assert offline[0] == 5e5 and pd.isna(offline[1])
    assert divide.in_millions(offline)[0] == 0.5


def test_ratio_series_nan_on_zero_or_missing_denominator():
    mobile = pd.DataFrame(
        {
            "iso3": ["IDN", "IDN", "MMR"],
            "year": [2020, 2021, 2020],
            "value": [100.0, 125.0, 50.0],
        }
    )
    fixed = pd.DataFrame(
        {
            "iso3": ["IDN", "IDN", "MMR", "LAO"],
            "year": [2020, 2021, 2020, 2020],
            "value": [4.0, 5.0, 0.0, 2.0],
        }
    )
    out = divide.ratio_series(mobile, fixed).set_index(["iso3", "year"])["value"]
    assert out[("IDN", 2020)] == 25.0 and out[("IDN", 2021)] == 25.0
    assert math.isnan(out[("MMR", 2020)])  # zero denominator: NaN, not inf
    assert math.isnan(out[("LAO", 2020)])  # no numerator


# years_to_target


def linear_history(start: int = 2015, end: int = 2022, v0: float = 40.0, step: float = 2.5):
    years = list(range(start, end + 1))
    return pd.DataFrame({"year": years, "value": [v0 + step * (y - start) for y in years]})


def test_years_to_target_linear_exact_year():
    # 2022 value is 57.5, +2.5 a year: 80 is reached exactly in 2022 + 9 = 2031.
    r = divide.years_to_target(linear_history(), 80.0)
    assert (r.status, r.year, r.rate) == ("projected", 2031, 2.5)
    assert r.years_used == (2018, 2019, 2020, 2021, 2022)
    assert "100%" in r.note


def test_years_to_target_compound():
    hist = pd.DataFrame({"year": [2020, 2021, 2022], "value": [10.0, 20.0, 40.0]})
    r = divide.years_to_target(hist, 160.0, method="compound")
    assert (r.status, r.year) == ("projected", 2024) and r.rate == pytest.approx(1.0)


def test_years_to_target_statuses():
    assert divide.years_to_target(linear_history(), 50.0).status == "already_reached"
    flat = linear_history(step=0.0)
    assert divide.years_to_target(flat, 90.0).status == "not_growing"
    one = linear_history(start=2022)
    assert divide.years_to_target(one, 90.0).status == "insufficient_data"
    # Falling price toward a ceiling of 2% of GNI: 6 -> 5 -> 4, reaches 2 in 2024.
    price = pd.DataFrame({"year": [2020, 2021, 2022], "value": [6.0, 5.0, 4.0]})
    assert divide.years_to_target(price, 2.0, rising=False).year == 2024


@settings(max_examples=60, deadline=None)
@given(
    st.integers(0, 50),
    st.integers(1, 10),
    st.integers(1, 200),
    st.integers(2, 8),
)
def test_years_to_target_linear_is_first_year_at_target(v0, step, gap, n):
    hist = linear_history(2000, 2000 + n - 1, float(v0), float(step))
    last = v0 + step * (n - 1)
    r = divide.years_to_target(hist, last + gap, recent_years=n)
    assert r.status == "projected"

    def value_in(year: int) -> float:
        return last + step * (year - (2000 + n - 1))

    assert value_in(r.year) >= last + gap > value_in(r.year - 1)


# affordability


def test_meets_target_strictly_below_and_keeps_na():
    m = divide.meets_target(pd.Series([1.5, 2.0, np.nan, 3.1]))
    assert m.dtype == "boolean"
    assert [m[0], m[1], m[3]] == [True, False, False]
    assert pd.isna(m[2])
    nullable = divide.meets_target(pd.array([1.0, None], dtype="Float64"))
    assert nullable[0] and pd.isna(nullable[1])


def test_target_compliance_keeps_na():
    df = pd.DataFrame({"iso3": ["KHM", "SGP", "MMR"], "year": [2023] * 3, "value": [2.6, 0.4, np.nan]})
    out = divide.target_compliance(df)
    assert out["meets"].tolist()[:2] == [False, True]
    assert pd.isna(out["meets"][2])  # no data is not a failure
    assert "meets" not in df.columns


def test_meets_target_inclusive_for_or_less_targets():
    # A4AI's "2% or less": exactly 2.0 meets it; the Broadband Commission's "less than 2%" does not.
    prices = pd.Series([2.0, 2.0001, 1.9999])
    assert divide.meets_target(prices, inclusive=True).tolist() == [True, False, True]
    assert divide.meets_target(prices).tolist() == [False, False, True]
    df = pd.DataFrame({"iso3": ["A"], "year": [2020], "value": [2.0]})
    assert bool(divide.target_compliance(df, inclusive=True)["meets"][0])


# China's internet users: 2023 starts a new survey basis (N-CHN-USERS-BREAK).
CHINA_USERS = pd.DataFrame(
    {"year": [2019, 2020, 2021, 2022, 2023, 2024], "value": [64.08, 70.05, 73.05, 75.61, 90.6, 92.0]}
)


def test_years_to_target_takes_the_pace_after_a_series_break() -> None:
    across = divide.years_to_target(CHINA_USERS, 99.0, recent_years=5)
    after = divide.years_to_target(CHINA_USERS, 99.0, recent_years=5, breaks=(2023,))
    # Across the break the jump reads as 5.5 points a year (99% in 2026); after it the pace is 1.4 a year.
    assert (across.year, across.since_break) == (2026, None)
    assert after.status == "projected" and after.since_break == 2023
    assert after.years_used == (2023, 2024)
    assert after.rate == pytest.approx(1.4)
    assert after.year == 2029
    assert "2023" in after.note


def test_years_to_target_refuses_when_one_point_follows_the_break() -> None:
    result = divide.years_to_target(CHINA_USERS, 99.0, recent_years=5, breaks=(2024,))
    assert result.status == "insufficient_data" and result.year is None and result.rate is None
    assert result.since_break == 2024 and "series break" in result.note


def test_years_to_target_with_a_window_inside_one_segment_is_unchanged() -> None:
    result = divide.years_to_target(CHINA_USERS, 99.0, recent_years=2, breaks=(2023,))
    assert result.since_break is None and result.years_used == (2023, 2024)
