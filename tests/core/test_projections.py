"""Tests for aseanict.projections: report figures, properties and hostile input."""

from __future__ import annotations

import dataclasses
import math
import warnings
from collections.abc import Callable

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from aseanict.core.breaks import TooFewAfterBreak
from aseanict.core.projections import (
    MAX_YEAR,
    MIN_YEAR,
    FitResult,
    cagr,
    explain_cagr,
    explain_constant_rate,
    fit_constant_rate,
    fit_logistic,
    multiple_for_rate,
    project_constant_rate,
    project_logistic,
    rate_for_multiple,
    scenario_band,
    year_target_reached,
    year_target_reached_logistic,
)

# Few examples and no deadline keep the file well under the 10 s budget.
FAST = settings(max_examples=50, deadline=None)

years_st = st.integers(MIN_YEAR, MAX_YEAR)
growth_rates = st.floats(-0.9, 3.0)
positive_values = st.floats(1e-3, 1e6)


# Figures quoted in the CAICT China-ASEAN report.


@pytest.mark.parametrize(
    ("start", "end", "expected_pct"),
    [(3.58, 5.05, 8.98), (3.51, 4.51, 6.47)],
    ids=["china_idi_2011_2015", "asean_idi_2011_2015"],
)
def test_cagr_reproduces_report(start: float, end: float, expected_pct: float) -> None:
    assert round(100 * cagr(start, end, 4), 2) == expected_pct


def test_rate_for_multiple_reproduces_report() -> None:
    # "grow 6.5 times in 10 years, about 20.6% a year"
    assert round(100 * rate_for_multiple(6.5, 10), 1) == 20.6


def test_multiple_for_rate_reproduces_report() -> None:
    # "$5.5 billion growing 32% a year reaches about $88 billion in 10 years";
    # the exact figure is 88.33, so it rounds to 88.3, not 88.4.
    assert round(5.5 * multiple_for_rate(0.32, 10)) == 88
    assert 5.5 * multiple_for_rate(0.32, 10) == pytest.approx(88.3287, abs=1e-4)


def test_explain_constant_rate_writes_the_arithmetic() -> None:
    text = explain_constant_rate(5.5, 2015, 0.32, 2025, "USD billion")
    assert text == "5.5 × (1 + 32.0%)^10 = 88.3 USD billion"


def test_explain_constant_rate_negative_rate_and_percent_unit() -> None:
    assert explain_constant_rate(100, 2015, -0.05, 2025, "%") == ("100 × (1 − 5.0%)^10 = 59.9%")


def test_explain_cagr_writes_the_arithmetic() -> None:
    text = explain_cagr(3.58, 2011, 5.05, 2015)
    assert text == "(5.05 / 3.58)^(1/4) − 1 = 8.98% a year"


# Constant-rate projections.


def test_project_constant_rate_frame_shape() -> None:
    df = project_constant_rate(5.5, 2015, 0.32, 2025)
    assert list(df.columns) == ["year", "value"]
    assert df["year"].tolist() == list(range(2015, 2026))
    assert df["value"].iloc[0] == pytest.approx(5.5)
    assert df["value"].iloc[-1] == pytest.approx(5.5 * 1.32**10)


def test_project_constant_rate_single_year() -> None:
    df = project_constant_rate(7.0, 2020, 0.5, 2020)
    assert df.to_dict("list") == {"year": [2020], "value": [7.0]}


@FAST
@given(st.floats(0.01, 1000), st.integers(1, 100), positive_values)
def test_projecting_at_rate_for_multiple_hits_the_multiple(multiple: float, years: int, base: float) -> None:
    rate = rate_for_multiple(multiple, years)
    df = project_constant_rate(base, 2000, rate, 2000 + years)
    assert df["value"].iloc[-1] / base == pytest.approx(multiple, rel=1e-9)


@FAST
@given(st.floats(0.01, 1e6), st.floats(0.5, 60))
def test_multiple_for_rate_inverts_rate_for_multiple(m: float, years: float) -> None:
    assert multiple_for_rate(rate_for_multiple(m, years), years) == pytest.approx(m, rel=1e-9)


@FAST
@given(growth_rates, st.floats(0.5, 60))
def test_rate_for_multiple_inverts_multiple_for_rate(rate: float, years: float) -> None:
    back = rate_for_multiple(multiple_for_rate(rate, years), years)
    assert back == pytest.approx(rate, rel=1e-9, abs=1e-12)


@FAST
@given(positive_values, st.floats(1e-4, 5.0), years_st, st.integers(1, 300))
def test_constant_rate_projection_increases_for_positive_rate(
    base: float, rate: float, base_year: int, horizon: int
) -> None:
    target = min(MAX_YEAR, base_year + horizon)
    assume(target > base_year)
    values = project_constant_rate(base, base_year, rate, target)["value"]
    assert (values.diff().dropna() > 0).all()


@FAST
@given(positive_values, growth_rates, st.floats(0.01, 100))
def test_year_target_reached_matches_projection(base: float, rate: float, factor: float) -> None:
    assume(abs(rate) > 1e-3 and abs(factor - 1) > 1e-6)
    target = base * factor
    year = year_target_reached(base, 2000, rate, target)
    if (factor > 1) != (rate > 0):
        assert year is None  # moving away from the target
        return
    assert year is not None
    assert year >= 2000
    reached = base * multiple_for_rate(rate, year - 2000)
    assert reached == pytest.approx(target, rel=1e-9)
    assume(math.ceil(year) <= MAX_YEAR)
    path = project_constant_rate(base, 2000, rate, math.ceil(year)).set_index("year")
    before, after = path["value"][math.floor(year)], path["value"][math.ceil(year)]
    # The target lies between the projected values either side of the crossing.
    assert min(before, after) <= target * (1 + 1e-9)
    assert max(before, after) >= target * (1 - 1e-9)


@pytest.mark.parametrize(
    ("rate", "target", "expected"),
    [
        (0.0, 20.0, None),  # flat path never climbs
        (-0.1, 20.0, None),  # falling away from a higher target
        (0.1, 5.0, None),  # rising away from a lower target
        (-0.1, 0.0, None),  # decline only approaches zero
        (0.0, 10.0, 2010.0),  # already there
        (1.0, 40.0, 2012.0),  # doubling twice
        (-0.5, 2.5, 2012.0),  # halving twice
    ],
)
def test_year_target_reached_cases(rate: float, target: float, expected: float | None) -> None:
    got = year_target_reached(10.0, 2010, rate, target)
    assert got == (None if expected is None else pytest.approx(expected))


# Logistic model.


@st.composite
def logistic_inputs(draw: st.DrawFn) -> tuple[float, float, float, int, int]:
    ceiling = draw(st.floats(1e-6, 1e12))
    base = ceiling * draw(st.floats(0.0, 1.0, exclude_min=True, exclude_max=True))
    assume(0 < base < ceiling)
    rate = draw(st.floats(-1.0, 1e300, exclude_min=True))
    start = draw(years_st)
    end = draw(st.integers(start, MAX_YEAR))
    return base, ceiling, rate, start, end


@FAST
@given(logistic_inputs())
def test_logistic_projection_stays_within_zero_and_ceiling(
    args: tuple[float, float, float, int, int],
) -> None:
    base, ceiling, rate, start, end = args
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no overflow warnings on the way
        values = project_logistic(base, start, rate, end, ceiling)["value"]
    assert np.isfinite(values).all()
    assert (values >= 0).all()
    assert (values <= ceiling).all()
    assert values.iloc[0] == pytest.approx(base, rel=1e-6)
    if rate >= 0:
        assert values.is_monotonic_increasing
    else:
        assert values.is_monotonic_decreasing


def test_logistic_saturates_exactly_at_ceiling_never_above() -> None:
    values = project_logistic(99.99, 2000, 1e6, 2200)["value"]
    assert values.max() == 100.0
    assert values.round(1).max() <= 100.0


def test_logistic_far_below_ceiling_follows_constant_rate() -> None:
    # Same rate, same meaning: at 0.001% of the ceiling the curves coincide.
    logistic = project_logistic(1e-3, 2020, 0.2, 2030)["value"]
    constant = project_constant_rate(1e-3, 2020, 0.2, 2030)["value"]
    np.testing.assert_allclose(logistic, constant, rtol=1e-3)


@FAST
@given(
    st.floats(0.5, 99.5),
    st.floats(0.5, 99.5),
    st.floats(-0.9, 3.0).filter(lambda r: abs(r) > 1e-3),
)
def test_year_target_reached_logistic_matches_projection(base: float, target: float, rate: float) -> None:
    assume(abs(target - base) > 1e-6)
    year = year_target_reached_logistic(base, 2000, rate, target)
    if (target > base) != (rate > 0):
        assert year is None
        return
    assert year is not None
    assume(math.ceil(year) <= MAX_YEAR)
    path = project_logistic(base, 2000, rate, math.ceil(year)).set_index("year")
    before, after = path["value"][math.floor(year)], path["value"][math.ceil(year)]
    assert min(before, after) <= target * (1 + 1e-9)
    assert max(before, after) >= target * (1 - 1e-9)


@pytest.mark.parametrize("target", [100.0, 150.0, 0.0, -5.0])
def test_year_target_reached_logistic_unreachable_targets(target: float) -> None:
    assert year_target_reached_logistic(20.0, 2020, 0.3, target) is None


# Scenario bands.


def test_scenario_band_long_format() -> None:
    rates = {"low": 0.05, "base": 0.1, "high": 0.2}
    band = scenario_band(10.0, 2020, 2030, rates)
    assert list(band.columns) == ["year", "scenario", "value"]
    assert len(band) == 3 * 11
    assert band["scenario"].unique().tolist() == ["low", "base", "high"]
    base = band[band["scenario"] == "base"].reset_index(drop=True)
    expected = project_constant_rate(10.0, 2020, 0.1, 2030)
    np.testing.assert_allclose(base["value"], expected["value"])


@FAST
@given(
    st.floats(1.0, 90.0),
    st.lists(growth_rates, min_size=3, max_size=3, unique=True),
    st.sampled_from(["constant", "logistic"]),
)
def test_scenario_band_orders_by_rate(base: float, rates: list[float], model: str) -> None:
    low, mid, high = sorted(rates)
    band = scenario_band(base, 2020, 2040, {"low": low, "base": mid, "high": high}, model=model)
    wide = band.pivot(index="year", columns="scenario", values="value")
    assert (wide["low"] <= wide["base"]).all()
    assert (wide["base"] <= wide["high"]).all()
    if model == "logistic":
        assert (wide.to_numpy() <= 100.0).all()


# Fitting to history.


def _history(start: int, values: list[float] | np.ndarray) -> pd.DataFrame:
    return pd.DataFrame({"year": range(start, start + len(values)), "value": values})


@FAST
@given(st.floats(-0.5, 2.0), positive_values, st.integers(2, 30), st.integers(1990, 2100))
def test_fit_constant_rate_recovers_rate(rate: float, base: float, n: int, start: int) -> None:
    values = base * (1 + rate) ** np.arange(n)
    fit = fit_constant_rate(_history(start, values))
    assert fit.rate == pytest.approx(rate, rel=1e-7, abs=1e-10)
    if abs(rate) > 1e-6:  # below that, R² measures float rounding, not fit
        assert fit.r2 == pytest.approx(1.0)
    assert (fit.first_year, fit.last_year, fit.n_points) == (start, start + n - 1, n)
    assert fit.fitted_last_value == pytest.approx(values[-1], rel=1e-7)


@FAST
@given(st.floats(0.1, 50.0), st.floats(0.01, 1.5), st.integers(3, 20))
def test_fit_logistic_recovers_rate(base: float, rate: float, n: int) -> None:
    history = project_logistic(base, 2000, rate, 2000 + n - 1)
    fit = fit_logistic(history)
    assert fit.rate == pytest.approx(rate, rel=1e-6)
    assert fit.n_points == n
    assert fit.fitted_last_value == pytest.approx(history["value"].iloc[-1])


def test_fit_constant_rate_with_noise_is_close() -> None:
    rng = np.random.default_rng(42)
    values = 3.0 * 1.15 ** np.arange(15) * rng.lognormal(0, 0.02, 15)
    fit = fit_constant_rate(_history(2008, values))
    assert fit.rate == pytest.approx(0.15, abs=0.01)
    assert 0.98 < fit.r2 < 1.0


def test_fit_logistic_ignores_unusable_points_and_says_so() -> None:
    values = [0, 1, 2, 4, 8, 15, 27, 45, 62, 78, 95, 100, np.nan]
    fit = fit_logistic(_history(2000, values))
    assert (fit.first_year, fit.last_year, fit.n_points) == (2001, 2010, 10)
    assert fit.ignored == (
        (2000, "not positive"),
        (2011, "at or above the ceiling"),
        (2012, "missing"),
    )
    text = fit.describe()
    assert "2001–2010" in text
    assert "10 points" in text
    assert "2000 (not positive)" in text
    assert "2011 (at or above the ceiling)" in text


def test_fit_describe_constant_mentions_years_and_rate() -> None:
    fit = fit_constant_rate(_history(2011, [3.58, 3.9, 4.3, 4.6, 5.05]))
    text = fit.describe()
    assert text.startswith("Constant-rate fit on 5 points, 2011–2015:")
    assert "Ignored" not in text


def test_fit_sorts_unordered_years() -> None:
    df = pd.DataFrame({"year": [2003, 2001, 2002], "value": [8.0, 2.0, 4.0]})
    fit = fit_constant_rate(df)
    assert fit.rate == pytest.approx(1.0)
    assert (fit.first_year, fit.last_year) == (2001, 2003)


def test_fit_result_is_frozen() -> None:
    fit = fit_constant_rate(_history(2000, [1.0, 2.0]))
    assert isinstance(fit, FitResult)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fit.rate = 0.5  # type: ignore[misc]


@pytest.mark.parametrize(
    "df",
    [
        pd.DataFrame({"year": [2000, 2000], "value": [1.0, 2.0]}),  # duplicate year
        pd.DataFrame({"year": [2000, 2001]}),  # no value column
        pd.DataFrame({"year": [2000, 2001], "value": [1.0, np.nan]}),  # one point
        pd.DataFrame({"year": [2000, 2001], "value": ["a", "b"]}),  # not numeric
        pd.DataFrame({"year": [2000, 2001], "value": [1.0, np.inf]}),
        pd.DataFrame({"year": [2000.0, np.nan], "value": [1.0, 2.0]}),
        pd.DataFrame({"year": [2000.5, 2001], "value": [1.0, 2.0]}),
        pd.DataFrame({"year": ["x", "y"], "value": [1.0, 2.0]}),
        pd.DataFrame({"year": [1e300, 2001], "value": [1.0, 1e300]}),
        pd.DataFrame({"year": [], "value": []}),
        [(2000, 1.0), (2001, 2.0)],  # not a DataFrame
    ],
)
def test_fits_reject_bad_history(df: object) -> None:
    with pytest.raises(ValueError):
        fit_constant_rate(df)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        fit_logistic(df)  # type: ignore[arg-type]


def test_fit_rejects_growth_too_large_to_represent() -> None:
    with pytest.raises(ValueError, match="too large"):
        fit_constant_rate(_history(2000, [1e-300, 1e300]))


# Hostile input: always ValueError, never another exception.

HOSTILE = [math.nan, math.inf, -math.inf, "5", None, True, [1.0], 10**400, 1j]


@pytest.mark.parametrize("bad", HOSTILE, ids=repr)
@pytest.mark.parametrize(
    ("func", "args", "position"),
    [
        (cagr, (3.58, 5.05, 4), 0),
        (cagr, (3.58, 5.05, 4), 1),
        (cagr, (3.58, 5.05, 4), 2),
        (rate_for_multiple, (6.5, 10), 0),
        (rate_for_multiple, (6.5, 10), 1),
        (multiple_for_rate, (0.32, 10), 0),
        (multiple_for_rate, (0.32, 10), 1),
        (project_constant_rate, (5.5, 2015, 0.32, 2025), 0),
        (project_constant_rate, (5.5, 2015, 0.32, 2025), 1),
        (project_constant_rate, (5.5, 2015, 0.32, 2025), 2),
        (project_constant_rate, (5.5, 2015, 0.32, 2025), 3),
        (project_logistic, (20.0, 2015, 0.3, 2025, 100.0), 0),
        (project_logistic, (20.0, 2015, 0.3, 2025, 100.0), 2),
        (project_logistic, (20.0, 2015, 0.3, 2025, 100.0), 4),
        (year_target_reached, (5.5, 2015, 0.32, 88.0), 3),
        (year_target_reached_logistic, (20.0, 2015, 0.3, 50.0, 100.0), 3),
        (year_target_reached_logistic, (20.0, 2015, 0.3, 50.0, 100.0), 4),
        (scenario_band, (10.0, 2020, 2030, {"base": 0.1}), 0),
        (scenario_band, (10.0, 2020, 2030, {"base": 0.1}), 3),
        (fit_logistic, (_history(2000, [1.0, 2.0]), 100.0), 1),
        (explain_constant_rate, (5.5, 2015, 0.32, 2025, "USD"), 2),
        (explain_cagr, (3.58, 2011, 5.05, 2015), 1),
    ],
    ids=lambda v: getattr(v, "__name__", None),
)
def test_hostile_values_raise_value_error(
    func: Callable[..., object], args: tuple[object, ...], position: int, bad: object
) -> None:
    hostile = list(args)
    hostile[position] = bad
    with pytest.raises(ValueError):
        func(*hostile)


@pytest.mark.parametrize(
    ("func", "args"),
    [
        (cagr, (0.0, 5.0, 4)),  # non-positive start
        (cagr, (3.0, -5.0, 4)),
        (cagr, (3.0, 5.0, 0)),  # years <= 0
        (cagr, (3.0, 5.0, -4)),
        (cagr, (1e-300, 1e300, 1e-3)),  # growth overflows
        (rate_for_multiple, (0.0, 10)),
        (rate_for_multiple, (2.0, 0)),
        (multiple_for_rate, (-1.0, 10)),  # -100% wipes the value out
        (multiple_for_rate, (0.1, -1)),
        (multiple_for_rate, (1e6, 1000)),  # overflow
        (project_constant_rate, (5.5, 2025, 0.1, 2015)),  # target before base
        (project_constant_rate, (5.5, -2015, 0.1, 2025)),  # negative year
        (project_constant_rate, (5.5, 2015.5, 0.1, 2025)),  # fractional year
        (project_constant_rate, (5.5, 2015, 0.1, 20250)),  # typo year
        (project_constant_rate, (-5.5, 2015, 0.1, 2025)),
        (project_constant_rate, (5.5, 2015, -1.5, 2025)),
        (project_constant_rate, (1e300, 1900, 10.0, 2200)),  # overflow
        (project_logistic, (100.0, 2015, 0.1, 2025, 100.0)),  # base at ceiling
        (project_logistic, (120.0, 2015, 0.1, 2025, 100.0)),  # ceiling below base
        (project_logistic, (0.0, 2015, 0.1, 2025, 100.0)),
        (project_logistic, (20.0, 2015, 0.1, 2025, -100.0)),
        (year_target_reached, (0.0, 2015, 0.1, 10.0)),
        (year_target_reached_logistic, (20.0, 2015, 0.1, 50.0, 10.0)),
        (scenario_band, (10.0, 2020, 2030, {})),
        (scenario_band, (10.0, 2020, 2030, {"": 0.1})),
        (scenario_band, (10.0, 2020, 2030, {1: 0.1})),
        (scenario_band, (10.0, 2020, 2030, "base")),
        (scenario_band, (10.0, 2020, 2030, {"base": math.nan})),
        (scenario_band, (10.0, 2020, 2030, {"base": 0.1}, "exponential")),
        (scenario_band, (200.0, 2020, 2030, {"base": 0.1}, "logistic")),
        (explain_cagr, (3.58, 2015, 5.05, 2015)),  # zero years
    ],
)
def test_invalid_values_raise_value_error(func: Callable[..., object], args: tuple[object, ...]) -> None:
    with pytest.raises(ValueError):
        func(*args)


anything = st.one_of(
    st.floats(),
    st.integers(),
    st.integers(1800, 2300),
    st.text(max_size=3),
    st.none(),
    st.booleans(),
)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(
        [
            cagr,
            rate_for_multiple,
            multiple_for_rate,
            project_constant_rate,
            project_logistic,
            year_target_reached,
            year_target_reached_logistic,
            explain_constant_rate,
        ]
    ),
    st.lists(anything, min_size=5, max_size=5),
)
def test_fuzzed_inputs_only_ever_raise_value_error(func: Callable[..., object], args: list[object]) -> None:
    arity = func.__code__.co_argcount
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numeric warnings would hide bad maths
        try:
            func(*args[:arity])
        except ValueError:
            pass


# China's internet users, with the 2023 change of survey basis (a series break).
CHINA_USERS = pd.DataFrame(
    {"year": [2019, 2020, 2021, 2022, 2023, 2024], "value": [64.08, 70.05, 73.05, 75.61, 90.6, 92.0]}
)


@pytest.mark.parametrize("fit", [fit_constant_rate, lambda df, breaks: fit_logistic(df, 100.0, breaks)])
def test_a_fit_uses_only_the_years_after_a_series_break(fit: Callable) -> None:
    across = fit(CHINA_USERS, ())
    after = fit(CHINA_USERS, (2023,))
    assert (after.first_year, after.last_year, after.n_points, after.since_break) == (2023, 2024, 2, 2023)
    assert across.since_break is None and across.first_year == 2019
    # The jump inflates the pace across the break; after it the pace is that of 90.6 -> 92.0.
    assert after.rate < across.rate
    assert "2023" in after.describe() and "not comparable" in after.describe()


def test_a_fit_refuses_when_under_two_points_follow_the_break() -> None:
    with pytest.raises(TooFewAfterBreak) as refused:
        fit_constant_rate(CHINA_USERS, (2024,))
    assert refused.value.year == 2024 and isinstance(refused.value, ValueError)


def test_a_break_before_the_history_changes_nothing() -> None:
    assert fit_constant_rate(CHINA_USERS, (2010,)) == fit_constant_rate(CHINA_USERS)
