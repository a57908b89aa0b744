"""Pure growth and scenario maths: CAGR, multiples, targets, logistic curves and fits."""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

Model = Literal["constant", "logistic"]
MODELS: tuple[Model, ...] = ("constant", "logistic")

# Bounds keep a typo (20230, -2015) from building a huge or meaningless frame.
MIN_YEAR, MAX_YEAR = 1900, 2200
# Largest log of a finite float; anything above overflows to inf.
_LOG_MAX = math.log(np.finfo(float).max)


def _number(name: str, x: object) -> float:
    # bool is an Integral subclass, but True as a rate is a bug, not 100%.
    if isinstance(x, bool) or not isinstance(x, numbers.Real):
        # ValueError, not TypeError: callers (pages) catch one error type for input.
        raise ValueError(f"{name} must be a real number, got {x!r}")  # noqa: TRY004
    try:
        value = float(x)
    except OverflowError as exc:  # ints beyond the float range
        raise ValueError(f"{name} is too large: {x!r}") from exc
    if not math.isfinite(value):
        raise ValueError(f"{name} must be finite, got {value}")
    return value


def _positive(name: str, x: object) -> float:
    value = _number(name, x)
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {value}")
    return value


def _rate(name: str, x: object) -> float:
    value = _number(name, x)
    # At -100% or below the value hits zero or turns negative: no compounding.
    if value <= -1:
        raise ValueError(f"{name} must be above -1 (-100%), got {value}")
    return value


def _year(name: str, x: object) -> int:
    value = _number(name, x)
    if not value.is_integer() or not MIN_YEAR <= value <= MAX_YEAR:
        raise ValueError(
            f"{name} must be a whole year in {MIN_YEAR}..{MAX_YEAR}, got {x!r}"
        )
    return int(value)


def _years_span(base_year: object, target_year: object) -> tuple[int, np.ndarray]:
    start = _year("base_year", base_year)
    end = _year("target_year", target_year)
    if end < start:
        raise ValueError(f"target_year {end} is before base_year {start}")
    return start, np.arange(start, end + 1, dtype=np.int64)


def _ceiling(base_value: float, ceiling: object) -> float:
    top = _positive("ceiling", ceiling)
    if top <= base_value:
        raise ValueError(f"ceiling {top} must be above base_value {base_value}")
    return top


def _finite_result(value: float, what: str) -> float:
    if not math.isfinite(value):
        raise ValueError(f"{what} is too large to represent; check rate and years")
    return value


def _exp_checked(log_v: np.ndarray, what: str) -> np.ndarray:
    # Check in log space so overflow is an error, not a silent inf.
    if np.max(log_v) > _LOG_MAX:
        _finite_result(math.inf, what)
    return np.exp(log_v)


def cagr(start_value: float, end_value: float, years: float) -> float:
    """Compound annual growth rate as a fraction (0.0898 means 8.98% a year)."""
    start = _positive("start_value", start_value)
    end = _positive("end_value", end_value)
    span = _positive("years", years)
    # Logs avoid overflow in end/start for extreme but finite inputs.
    rate = math.expm1((math.log(end) - math.log(start)) / span)
    return _finite_result(rate, "growth rate")


def rate_for_multiple(multiple: float, years: float) -> float:
    """Annual rate that multiplies a value by `multiple` in `years` years."""
    m = _positive("multiple", multiple)
    span = _positive("years", years)
    return _finite_result(math.expm1(math.log(m) / span), "growth rate")


def multiple_for_rate(rate: float, years: float) -> float:
    """How many times a value grows in `years` years at a constant annual rate."""
    r = _rate("rate", rate)
    span = _number("years", years)
    if span < 0:
        raise ValueError(f"years must not be negative, got {span}")
    return float(_exp_checked(np.array(span * math.log1p(r)), "multiple"))


def _constant_path(base: float, rate: float, t: np.ndarray) -> np.ndarray:
    return _exp_checked(math.log(base) + t * math.log1p(rate), "projection")


def project_constant_rate(
    base_value: float, base_year: int, rate: float, target_year: int
) -> pd.DataFrame:
    """Yearly values from base_year to target_year (inclusive) at a fixed rate."""
    base = _positive("base_value", base_value)
    r = _rate("rate", rate)
    start, years = _years_span(base_year, target_year)
    values = _constant_path(base, r, (years - start).astype(float))
    return pd.DataFrame({"year": years, "value": values})


def _crossing(g_base: float, g_target: float, k: float) -> float | None:
    # Both models are straight lines in a transformed space (log or logit):
    # g(t) = g_base + k t, so the crossing time is a single division.
    gap = g_target - g_base
    if gap == 0:
        return 0.0
    if k == 0 or (gap > 0) != (k > 0):
        return None  # flat, or moving away from the target
    t = gap / k
    return t if math.isfinite(t) else None


def year_target_reached(
    base_value: float, base_year: int, rate: float, target_value: float
) -> float | None:
    """Fractional year the constant-rate path reaches target_value, or None.

    None means the path never gets there: it is flat, moves away from the
    target, or the target is not positive (growth only approaches zero).
    """
    base = _positive("base_value", base_value)
    start = _year("base_year", base_year)
    r = _rate("rate", rate)
    target = _number("target_value", target_value)
    if target <= 0:
        return None
    t = _crossing(math.log(base), math.log(target), math.log1p(r))
    return None if t is None else start + t


# Parameterisation: v(t) = K / (1 + ((K - v0) / v0) * exp(-k t)), k = ln(1 + g).
# K is the ceiling, v0 the base value, g the growth_rate as an annual fraction.
# Far below the ceiling this is v0 (1 + g)^t, the constant-rate path, so one
# rate means the same in both models; growth then slows as v approaches K.
# It is the solution of dv/dt = k v (1 - v/K), so logit(v/K) is linear in t.


def _logit(v: float | np.ndarray, ceiling: float) -> float | np.ndarray:
    return np.log(v) - np.log(ceiling - v)


def _expit(x: np.ndarray) -> np.ndarray:
    # exp of a large positive number overflows; only ever take exp(-|x|).
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _logistic_path(
    base: float, rate: float, ceiling: float, t: np.ndarray
) -> np.ndarray:
    x = _logit(base, ceiling) + math.log1p(rate) * t
    # ceiling * s with s <= 1 cannot round above ceiling; clip anyway as a guard.
    return np.clip(ceiling * _expit(x), 0.0, ceiling)


def project_logistic(
    base_value: float,
    base_year: int,
    growth_rate: float,
    target_year: int,
    ceiling: float = 100.0,
) -> pd.DataFrame:
    """Yearly values on a logistic curve bounded by [0, ceiling] (e.g. a % share)."""
    base = _positive("base_value", base_value)
    top = _ceiling(base, ceiling)
    g = _rate("growth_rate", growth_rate)
    start, years = _years_span(base_year, target_year)
    values = _logistic_path(base, g, top, (years - start).astype(float))
    return pd.DataFrame({"year": years, "value": values})


def year_target_reached_logistic(
    base_value: float,
    base_year: int,
    growth_rate: float,
    target_value: float,
    ceiling: float = 100.0,
) -> float | None:
    """Fractional year the logistic path reaches target_value, or None.

    None when the target is at/above the ceiling or at/below zero (approached,
    never reached), or when the path is flat or moving away from it.
    """
    base = _positive("base_value", base_value)
    start = _year("base_year", base_year)
    g = _rate("growth_rate", growth_rate)
    top = _ceiling(base, ceiling)
    target = _number("target_value", target_value)
    if not 0 < target < top:
        return None
    t = _crossing(float(_logit(base, top)), float(_logit(target, top)), math.log1p(g))
    return None if t is None else start + t


def scenario_band(
    base_value: float,
    base_year: int,
    target_year: int,
    rates: Mapping[str, float],
    model: Model = "constant",
    ceiling: float = 100.0,
) -> pd.DataFrame:
    """Long frame (year, scenario, value): one projected path per named rate."""
    if not isinstance(rates, Mapping) or not rates:
        raise ValueError("rates must be a non-empty mapping of scenario -> rate")
    if model not in MODELS:
        raise ValueError(f"model must be one of {MODELS}, got {model!r}")
    frames = []
    for name, rate in rates.items():
        if not isinstance(name, str) or not name:
            raise ValueError(f"scenario names must be non-empty strings: {name!r}")
        if model == "constant":
            path = project_constant_rate(base_value, base_year, rate, target_year)
        else:
            path = project_logistic(base_value, base_year, rate, target_year, ceiling)
        frames.append(path.assign(scenario=name))
    return pd.concat(frames, ignore_index=True)[["year", "scenario", "value"]]


@dataclass(frozen=True)
class FitResult:
    """A growth rate fitted to history, with the points it rests on."""

    model: Model
    rate: float  # annual fraction; for logistic, the far-below-ceiling rate
    first_year: int
    last_year: int
    n_points: int
    r2: float  # on the linearised scale (log or logit), where the fit is made
    fitted_last_value: float  # fitted curve at last_year: a base to project from
    ceiling: float | None = None
    ignored: tuple[tuple[int, str], ...] = ()  # (year, reason) not used

    def describe(self) -> str:
        if self.model == "constant":
            head, scale = "Constant-rate fit", "log"
        else:
            head, scale = f"Logistic fit (ceiling {_fmt(self.ceiling or 0)})", "logit"
        text = (
            f"{head} on {self.n_points} points, {self.first_year}–{self.last_year}: "
            f"{_pct(self.rate)} a year, R² {self.r2:.3f} on the {scale} scale."
        )
        if self.ignored:
            by_reason: dict[str, list[str]] = {}
            for year, reason in self.ignored:
                by_reason.setdefault(reason, []).append(str(year))
            parts = [f"{', '.join(ys)} ({why})" for why, ys in by_reason.items()]
            text += " Ignored " + "; ".join(parts) + "."
        return text


def _history(df: object) -> tuple[np.ndarray, np.ndarray]:
    if not isinstance(df, pd.DataFrame) or not {"year", "value"} <= set(df.columns):
        raise ValueError("history must be a DataFrame with year and value columns")
    try:
        years = pd.to_numeric(df["year"]).to_numpy(dtype=float, na_value=np.nan)
        values = pd.to_numeric(df["value"]).to_numpy(dtype=float, na_value=np.nan)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"history year and value must be numeric: {exc}") from exc
    for y in years:
        _year("history year", y)
    if len(set(years)) != len(years):
        raise ValueError("history has duplicate years; aggregate them first")
    if np.isinf(values).any():
        raise ValueError("history values must be finite (NaN marks missing)")
    order = np.argsort(years)
    return years[order], values[order]


def _line(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    xc, yc = x - x.mean(), y - y.mean()
    slope = float(xc @ yc / (xc @ xc))
    intercept = float(y.mean() - slope * x.mean())
    ss_res = float(np.sum((y - (intercept + slope * x)) ** 2))
    ss_tot = float(yc @ yc)
    # Flat data fitted by a flat line is a perfect fit, not 0/0.
    r2 = 1.0 - ss_res / ss_tot if ss_tot > 0 else 1.0
    return slope, intercept, r2


def _unusable(v: float, ceiling: float | None) -> str:
    # Such points have no finite log/logit: list them rather than clip to made-up
    # values, which would pull the fitted line towards an arbitrary clip level.
    if math.isnan(v):
        return "missing"
    if v <= 0:
        return "not positive"
    if ceiling is not None and v >= ceiling:
        return "at or above the ceiling"
    return ""


def _fit(df: object, model: Model, ceiling: float | None) -> FitResult:
    years, values = _history(df)
    reasons = [_unusable(float(v), ceiling) for v in values]
    keep = np.array([not why for why in reasons])
    if keep.sum() < 2:
        raise ValueError("need at least two usable points (positive, below ceiling)")
    x, v = years[keep], values[keep]
    y = np.log(v) if ceiling is None else _logit(v, ceiling)
    slope, intercept, r2 = _line(x, y)
    at_last = intercept + slope * x[-1]
    fitted = math.exp(at_last) if ceiling is None else ceiling * _expit(at_last)
    ignored = tuple(
        (int(yr), why) for yr, why in zip(years, reasons, strict=True) if why
    )
    return FitResult(
        model=model,
        rate=_finite_result(math.expm1(slope), "fitted rate"),
        first_year=int(x[0]),
        last_year=int(x[-1]),
        n_points=int(keep.sum()),
        r2=r2,
        fitted_last_value=_finite_result(float(fitted), "fitted value"),
        ceiling=ceiling,
        ignored=ignored,
    )


def fit_constant_rate(df: pd.DataFrame) -> FitResult:
    """Least-squares fit of log(value) on year; unusable points listed as ignored."""
    return _fit(df, "constant", None)


def fit_logistic(df: pd.DataFrame, ceiling: float = 100.0) -> FitResult:
    """Least-squares fit of logit(value / ceiling) on year, with a known ceiling.

    Points at or below 0 or at/above the ceiling have no finite logit; they are
    ignored and listed in the result rather than clipped to invented values.
    """
    return _fit(df, "logistic", _positive("ceiling", ceiling))


def _fmt(x: float) -> str:
    # About three significant figures, never dropping integer digits.
    if x == 0:
        return "0"
    if abs(x) < 1e-3:
        return f"{x:.3g}"
    decimals = max(0, 2 - math.floor(math.log10(abs(x))))
    text = f"{x:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _pct(rate: float) -> str:
    # Two decimals reproduce report figures (8.98%); keep at least one (32.0%).
    text = f"{100 * rate:.2f}"
    return text.removesuffix("0") + "%"


def _with_unit(text: str, unit: str) -> str:
    if not unit:
        return text
    return text + unit if unit == "%" else f"{text} {unit}"


def explain_constant_rate(
    base_value: float, base_year: int, rate: float, target_year: int, unit: str = ""
) -> str:
    """The arithmetic behind a constant-rate projection, for display."""
    path = project_constant_rate(base_value, base_year, rate, target_year)
    n = int(path["year"].iloc[-1] - path["year"].iloc[0])
    sign = "+" if rate >= 0 else "−"
    end = _with_unit(_fmt(float(path["value"].iloc[-1])), str(unit))
    return f"{_fmt(float(base_value))} × (1 {sign} {_pct(abs(rate))})^{n} = {end}"


def explain_cagr(
    start_value: float, start_year: int, end_value: float, end_year: int
) -> str:
    """The arithmetic behind a CAGR, e.g. "(5.05 / 3.58)^(1/4) − 1 = 8.98% a year"."""
    first = _year("start_year", start_year)
    last = _year("end_year", end_year)
    rate = cagr(start_value, end_value, last - first)
    ratio = f"({_fmt(float(end_value))} / {_fmt(float(start_value))})"
    return f"{ratio}^(1/{last - first}) − 1 = {_pct(rate)} a year"
