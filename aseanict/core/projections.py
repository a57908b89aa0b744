"""Pure growth and scenario maths: CAGR, multiples, targets, logistic curves and fits."""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from aseanict.core.breaks import TooFewAfterBreak, crossed

Model = Literal["constant", "logistic"]
MODELS: tuple[Model, ...] = ("constant", "logistic")

# Bounds keep a typo (20230, -2015) from building a huge or meaningless frame.
MIN_YEAR, MAX_YEAR = 1900, 2200
# Largest log of a finite float; anything above overflows to inf.
_LOG_MAX = math.log(np.finfo(float).max)


def _number(name: str, x: object, above: float | None = None) -> float:
    # bool is an Integral subclass, but True as a rate is a bug, not 100%.
    if isinstance(x, bool) or not isinstance(x, numbers.Real):
        # ValueError, not TypeError: callers (pages) catch one error type for input.
        raise ValueError(f"{name} must be a real number, got {x!r}")
    try:
        value = float(x)
    except OverflowError as exc:  # ints beyond the float range
        raise ValueError(f"{name} is too large: {x!r}") from exc
    if not math.isfinite(value):
        raise ValueError(f"{name} must be finite, got {value}")
    if above is not None and value <= above:
        raise ValueError(f"{name} must be above {above:g}, got {value:g}")
    return value


def _rate(name: str, x: object) -> float:
    # At -100% or below a value hits zero or turns negative: nothing compounds.
    return _number(name, x, above=-1.0)


def _year(name: str, x: object) -> int:
    value = _number(name, x)
    if not value.is_integer() or not MIN_YEAR <= value <= MAX_YEAR:
        raise ValueError(f"{name} must be a whole year {MIN_YEAR}-{MAX_YEAR}: {x!r}")
    return int(value)


def _offsets(base_year: object, target_year: object) -> tuple[np.ndarray, np.ndarray]:
    start = _year("base_year", base_year)
    end = _year("target_year", target_year)
    if end < start:
        raise ValueError(f"target_year {end} is before base_year {start}")
    years = np.arange(start, end + 1, dtype=np.int64)
    return years, (years - start).astype(float)


def _ceiling(base_value: float, ceiling: object) -> float:
    top = _number("ceiling", ceiling, above=0.0)
    if top <= base_value:
        raise ValueError(f"ceiling {top:g} must be above base_value {base_value:g}")
    return top


def _exp(x: float, what: str, *, minus_one: bool = False) -> float:
    # Check in log space so overflow is a clear error, not inf or OverflowError.
    if x > _LOG_MAX:
        raise ValueError(f"{what} is too large to represent; check rate and years")
    return math.expm1(x) if minus_one else math.exp(x)


def cagr(start_value: float, end_value: float, years: float) -> float:
    """Compound annual growth rate as a fraction (0.0898 means 8.98% a year)."""
    start = _number("start_value", start_value, above=0.0)
    end = _number("end_value", end_value, above=0.0)
    span = _number("years", years, above=0.0)
    # Logs avoid overflow in end/start for extreme but finite inputs.
    return _exp((math.log(end) - math.log(start)) / span, "rate", minus_one=True)


def rate_for_multiple(multiple: float, years: float) -> float:
    """Annual rate that multiplies a value by `multiple` in `years` years."""
    m = _number("multiple", multiple, above=0.0)
    span = _number("years", years, above=0.0)
    return _exp(math.log(m) / span, "rate", minus_one=True)


def multiple_for_rate(rate: float, years: float) -> float:
    """How many times a value grows in `years` years at a constant annual rate."""
    r = _rate("rate", rate)
    span = _number("years", years)
    if span < 0:
        raise ValueError(f"years must not be negative, got {span:g}")
    return _exp(span * math.log1p(r), "multiple")


def project_constant_rate(base_value: float, base_year: int, rate: float, target_year: int) -> pd.DataFrame:
    """Yearly values from base_year to target_year (inclusive) at a fixed rate."""
    base = _number("base_value", base_value, above=0.0)
    r = _rate("rate", rate)
    years, t = _offsets(base_year, target_year)
    growth = t * math.log1p(r)
    _exp(math.log(base) + float(growth.max()), "projection")  # raise, not inf
    # base * factor keeps the base year exact (exp(log(7)) is 6.999...); the log
    # form is only needed when the factor alone overflows but the product fits.
    if growth.max() <= _LOG_MAX:
        values = base * np.exp(growth)
    else:
        values = np.exp(math.log(base) + growth)
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


def year_target_reached(base_value: float, base_year: int, rate: float, target_value: float) -> float | None:
    """Fractional year the constant-rate path reaches target_value, or None.

    None means never: the path is flat or moves away from the target, or the
    target is not positive (decline only approaches zero).
    """
    base = _number("base_value", base_value, above=0.0)
    start = _year("base_year", base_year)
    r = _rate("rate", rate)
    target = _number("target_value", target_value)
    if target <= 0:
        return None
    t = _crossing(math.log(base), math.log(target), math.log1p(r))
    return None if t is None else start + t


# Logistic parameterisation: v(t) = K / (1 + (K - v0) / v0 * exp(-k t)) with
# k = ln(1 + g): K the ceiling, v0 the base value, g growth_rate (annual fraction).
# Far below the ceiling this is v0 (1 + g)^t, the constant-rate path, so a rate
# means the same in both models; growth then slows as v approaches K. It solves
# dv/dt = k v (1 - v/K), so logit(v/K) = ln(v / (K - v)) is linear in t.


def _logit(v: float | np.ndarray, ceiling: float) -> float | np.ndarray:
    return np.log(v) - np.log(ceiling - v)


def _expit(x: np.ndarray) -> np.ndarray:
    # exp(-x) overflowing to inf gives the right limit, 0, so silence the warning.
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-x))


def project_logistic(
    base_value: float,
    base_year: int,
    growth_rate: float,
    target_year: int,
    ceiling: float = 100.0,
) -> pd.DataFrame:
    """Yearly values on a logistic curve bounded by [0, ceiling] (e.g. a % share)."""
    base = _number("base_value", base_value, above=0.0)
    top = _ceiling(base, ceiling)
    g = _rate("growth_rate", growth_rate)
    years, t = _offsets(base_year, target_year)
    s = _expit(_logit(base, top) + math.log1p(g) * t)
    # top * s with s <= 1 cannot round above top; the clip is a cheap guarantee.
    values = np.clip(top * s, 0.0, top)
    # The curve is monotone, but at tiny rates rounding can wobble it by an ulp.
    accumulate = np.maximum.accumulate if g >= 0 else np.minimum.accumulate
    return pd.DataFrame({"year": years, "value": accumulate(values)})


def year_target_reached_logistic(
    base_value: float,
    base_year: int,
    growth_rate: float,
    target_value: float,
    ceiling: float = 100.0,
) -> float | None:
    """Fractional year the logistic path reaches target_value, or None.

    None when the target is at/above the ceiling or at/below zero (approached,
    never reached), or when the path is flat or moves away from it.
    """
    base = _number("base_value", base_value, above=0.0)
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
    ignored: tuple[tuple[int, str], ...] = ()  # (year, reason) left out of the fit
    since_break: int | None = None  # a series break inside the history: only years from it on were fitted

    def describe(self) -> str:
        """One sentence for a caption: the years used, the rate and what was left out."""
        if self.model == "constant":
            head, scale = "Constant-rate fit", "log"
        else:
            head, scale = f"Logistic fit (ceiling {_fmt(self.ceiling or 0)})", "logit"
        text = (
            f"{head} on {self.n_points} points, {self.first_year}–{self.last_year}: "
            f"{_pct(self.rate)} a year, R² {self.r2:.3f} on the {scale} scale."
        )
        by_reason: dict[str, list[str]] = {}
        for year, reason in self.ignored:
            by_reason.setdefault(reason, []).append(str(year))
        if by_reason:
            parts = [f"{', '.join(ys)} ({why})" for why, ys in by_reason.items()]
            text += " Ignored " + "; ".join(parts) + "."
        if self.since_break is not None:
            text += f" Years before the series break in {self.since_break} are not comparable and were left out."
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


def _unusable(v: float, ceiling: float | None) -> str:
    # No finite log/logit here. Listing beats clipping to a made-up value, which
    # would pull the fitted line towards an arbitrary clip level.
    if math.isnan(v):
        return "missing"
    if v <= 0:
        return "not positive"
    if ceiling is not None and v >= ceiling:
        return "at or above the ceiling"
    return ""


def _fit(df: object, model: Model, ceiling: float | None, breaks: Sequence[int]) -> FitResult:
    years, values = _history(df)
    observed = years[~np.isnan(values)]
    cut = crossed(breaks, observed.min(), observed.max()) if len(observed) else None
    if cut is not None:  # only the latest comparable segment: a fit across a change of basis fits the jump
        years, values = years[years >= cut], values[years >= cut]
    reasons = [_unusable(float(v), ceiling) for v in values]
    keep = np.array([not why for why in reasons], dtype=bool)
    if keep.sum() < 2 and cut is not None:
        raise TooFewAfterBreak(cut)
    if keep.sum() < 2:
        raise ValueError("need at least two usable points (positive, below ceiling)")
    x, v = years[keep], values[keep]
    y = np.log(v) if ceiling is None else _logit(v, ceiling)
    xc, yc = x - x.mean(), y - y.mean()
    slope = float(xc @ yc / (xc @ xc))
    at_last = float(y.mean() + slope * xc[-1])
    ss_res, ss_tot = float(np.sum((yc - slope * xc) ** 2)), float(yc @ yc)
    if ceiling is None:
        fitted = _exp(at_last, "fitted value")
    else:
        fitted = float(ceiling * _expit(np.array(at_last)))
    return FitResult(
        model=model,
        rate=_exp(slope, "fitted rate", minus_one=True),
        first_year=int(x[0]),
        last_year=int(x[-1]),
        n_points=int(keep.sum()),
        # Identical values sit on a flat line: a perfect fit, not 0/0 or the
        # rounding noise of y.mean() divided by itself.
        r2=1.0 if np.ptp(y) == 0 else 1.0 - ss_res / ss_tot,
        fitted_last_value=fitted,
        ceiling=ceiling,
        ignored=tuple((int(yr), why) for yr, why in zip(years, reasons) if why),
        since_break=cut,
    )


def fit_constant_rate(df: pd.DataFrame, breaks: Sequence[int] = ()) -> FitResult:
    """Least-squares fit of log(value) on year; unusable points listed as ignored.

    `breaks` (core.breaks: years where a new comparable segment starts): only the
    years from the latest break inside the history on are fitted; TooFewAfterBreak
    (a ValueError) when fewer than two usable points are left there.
    """
    return _fit(df, "constant", None, breaks)


def fit_logistic(df: pd.DataFrame, ceiling: float = 100.0, breaks: Sequence[int] = ()) -> FitResult:
    """Least-squares fit of logit(value / ceiling) on year, with a known ceiling.

    Points at or below 0 or at/above the ceiling have no finite logit; they are
    ignored and listed in the result rather than clipped to invented values.
    `breaks` as in fit_constant_rate.
    """
    return _fit(df, "logistic", _number("ceiling", ceiling, above=0.0), breaks)


def _fmt(x: float) -> str:
    # About three significant figures, never dropping integer digits.
    if abs(x) < 1e-3:
        return f"{x:.3g}"
    decimals = max(0, 2 - math.floor(math.log10(abs(x))))
    text = f"{x:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _pct(rate: float) -> str:
    # Two decimals reproduce report figures (8.98%); keep at least one (32.0%).
    return f"{100 * rate:.2f}".removesuffix("0") + "%"


def _with_unit(text: str, unit: str) -> str:
    # "%" reads as a suffix (88.3%); words need a space (88.3 USD billion).
    if not unit:
        return text
    return text + unit if unit == "%" else f"{text} {unit}"


def explain_constant_rate(base_value: float, base_year: int, rate: float, target_year: int, unit: str = "") -> str:
    """The arithmetic of a projection: "5.5 × (1 + 32.0%)^10 = 88.3 USD billion"."""
    path = project_constant_rate(base_value, base_year, rate, target_year)
    n = len(path) - 1
    sign = "+" if rate >= 0 else "−"
    end = _with_unit(_fmt(float(path["value"].iloc[-1])), str(unit))
    return f"{_fmt(float(base_value))} × (1 {sign} {_pct(abs(rate))})^{n} = {end}"


def explain_cagr(start_value: float, start_year: int, end_value: float, end_year: int) -> str:
    """The arithmetic of a CAGR: "(5.05 / 3.58)^(1/4) − 1 = 8.98% a year"."""
    first = _year("start_year", start_year)
    last = _year("end_year", end_year)
    rate = cagr(start_value, end_value, last - first)
    ratio = f"({_fmt(float(end_value))} / {_fmt(float(start_value))})"
    return f"{ratio}^(1/{last - first}) − 1 = {_pct(rate)} a year"
