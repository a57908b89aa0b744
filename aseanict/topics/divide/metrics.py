"""Pure digital-divide and affordability metrics on tidy iso3, year, value frames."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from aseanict.core.breaks import latest_segment

Values = pd.Series | Sequence[float] | np.ndarray

# Broadband Commission 2025 target: entry broadband "less than 2%" of GNI per capita.
AFFORDABLE_PCT_GNI = 2.0

SATURATION_NOTE = (
    "Penetration saturates below 100% and growth slows near it, so the projected "
    "year is the earliest plausible date at the recent pace, not a forecast."
)


def _require(df: pd.DataFrame, *cols: str) -> None:
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise ValueError(f"missing column(s): {', '.join(missing)}")


def _require_unique(df: pd.DataFrame, keys: list[str]) -> None:
    # Duplicated keys would silently double-count a country in means, ratios and curves.
    if df.duplicated(subset=keys).any():
        raise ValueError(f"duplicate rows for key ({', '.join(keys)})")


def _as_float(values: Values) -> pd.Series:
    # Nullable dtypes (Float64 with pd.NA) become float64 with NaN so numpy maths works.
    s = values if isinstance(values, pd.Series) else pd.Series(values)
    arr = s.to_numpy(dtype=float, na_value=np.nan)
    return pd.Series(arr, index=s.index, name=s.name)


@dataclass(frozen=True)
class GapRatio:
    """Best and worst country on one indicator in one year."""

    best_iso3: str
    best_value: float
    worst_iso3: str
    worst_value: float
    gap: float  # |best - worst| in the indicator's own units
    ratio: float | None  # best / worst; None when worst is 0


def gap_and_ratio(df: pd.DataFrame, *, higher_is_better: bool = True) -> GapRatio | None:
    """Best vs worst country in a one-year frame with columns iso3, value.

    NaN values are ignored (no data is not a worst score); None when no country has a
    value. Ties go to the alphabetically first iso3. The ratio is best / worst, so it is
    below 1 for lower-is-better indicators, and only meaningful for non-negative values.
    """
    _require(df, "iso3", "value")
    if "year" in df.columns and df["year"].dropna().nunique() > 1:
        raise ValueError("expected a single year; filter the frame first")
    # Sorting first makes idxmax/idxmin pick the alphabetically first iso3 on ties.
    valid = df.dropna(subset=["value"]).sort_values("iso3").reset_index(drop=True)
    if valid.empty:
        return None
    values = valid["value"].astype(float)
    hi, lo = values.idxmax(), values.idxmin()
    best, worst = (hi, lo) if higher_is_better else (lo, hi)
    b, w = float(values[best]), float(values[worst])
    iso3 = valid["iso3"].astype(str)
    return GapRatio(iso3[best], b, iso3[worst], w, abs(b - w), None if w == 0 else b / w)


LORENZ_COLUMNS = ["iso3", "cum_population_share", "cum_users_share"]


def lorenz_curve(shares: Values, populations: Values) -> pd.DataFrame:
    """Population-weighted Lorenz curve of internet users across countries.

    shares: % of each country's population online (0-100); populations: people.
    Paired by position, or by index if both are Series (indexes must then match).
    Countries with a NaN share, NaN population or zero population are left out. Sorted
    by share, lowest first; x = cumulative population share, y = cumulative users
    share, from (0, 0) to (1, 1). Column iso3 holds the shares' index labels (missing
    on the origin row). Empty when no country is left or nobody is online (undefined).
    """
    s, p = _as_float(shares), _as_float(populations)
    if isinstance(shares, pd.Series) and isinstance(populations, pd.Series):
        if not s.index.equals(p.index):
            raise ValueError("shares and populations must have the same index")
    elif len(s) != len(p):
        raise ValueError("shares and populations must have the same length")
    keep = s.notna().to_numpy() & p.notna().to_numpy()
    s_v, p_v, labels = s.to_numpy()[keep], p.to_numpy()[keep], s.index.to_numpy()[keep]
    if np.any((s_v < 0) | (s_v > 100)) or np.any(p_v < 0):
        raise ValueError("shares must be % in [0, 100] and populations >= 0")
    nonzero = p_v > 0
    s_v, p_v, labels = s_v[nonzero], p_v[nonzero], labels[nonzero]
    users = s_v / 100 * p_v
    if users.sum() <= 0:
        return pd.DataFrame(columns=LORENZ_COLUMNS)
    order = np.argsort(s_v, kind="stable")
    # Dividing by the cumsum's own last element makes the end point exactly (1, 1).
    cum_pop, cum_users = np.cumsum(p_v[order]), np.cumsum(users[order])
    return pd.DataFrame(
        {
            # object dtype keeps integer labels integers next to the origin's None
            "iso3": pd.Series([None, *labels[order]], dtype=object),
            "cum_population_share": np.r_[0.0, cum_pop / cum_pop[-1]],
            "cum_users_share": np.r_[0.0, cum_users / cum_users[-1]],
        }
    )


def gini(shares: Values, populations: Values) -> float:
    """Population-weighted between-country Gini of internet use, from lorenz_curve.

    G = 1 - sum_k (X_k - X_{k-1}) * (Y_k + Y_{k-1}) over the Lorenz points (trapezoids).
    Everyone in a country counts alike, so within-country gaps are not measured. Equal
    shares give 0; n equal populations with all users in one country give (n - 1) / n,
    so G < 1 always. NaN handling as lorenz_curve; NaN when the curve is undefined.
    """
    curve = lorenz_curve(shares, populations)
    if curve.empty:
        return math.nan
    x = curve["cum_population_share"].to_numpy()
    y = curve["cum_users_share"].to_numpy()
    g = 1.0 - float(np.sum(np.diff(x) * (y[1:] + y[:-1])))
    # Mathematically G >= 0 for a sorted curve; clip rounding noise such as -1e-17.
    return max(g, 0.0)


def convergence(df: pd.DataFrame) -> pd.DataFrame:
    """Per-year dispersion across countries (sigma-convergence) of iso3, year, value.

    Columns: year, n, mean, std, cv, range. Means are unweighted; std is the population
    std (ddof=0): the group is the whole set of countries, not a sample. cv = std / mean
    (NaN if the mean is 0). NaN values are dropped, so n counts countries with data and
    years with no data are absent; if n differs between years, so do the country sets.
    """
    _require(df, "iso3", "year", "value")
    _require_unique(df, ["iso3", "year"])
    valid = df.assign(value=_as_float(df["value"])).dropna(subset=["value"])
    grouped = valid.groupby("year")["value"]
    out = grouped.agg(n="count", mean="mean", lo="min", hi="max")
    out["std"], out["range"] = grouped.std(ddof=0), out["hi"] - out["lo"]
    out["cv"] = out["std"] / out["mean"].where(out["mean"] != 0)
    return out.reset_index()[["year", "n", "mean", "std", "cv", "range"]]


Dispersion = Literal["cv", "std", "range"]


def is_converging(conv: pd.DataFrame, first_year: int, last_year: int, *, measure: Dispersion = "cv") -> bool | None:
    """True if `measure` from convergence() fell between the two years, False if not.

    None when either year is missing, the measure is NaN or fewer than 2 countries had
    data (the dispersion of one country says nothing).
    """
    rows = conv.set_index("year")
    if first_year not in rows.index or last_year not in rows.index:
        return None
    first, last = rows.loc[first_year], rows.loc[last_year]
    if min(first["n"], last["n"]) < 2 or pd.isna([first[measure], last[measure]]).any():
        return None
    return bool(last[measure] < first[measure])


def people_offline(share_pct: float, population: float) -> float:
    """People offline: population * (1 - share / 100); NaN in, NaN out."""
    if math.isnan(share_pct) or math.isnan(population):
        return math.nan
    if not 0 <= share_pct <= 100 or population < 0:
        raise ValueError("share must be in [0, 100] and population non-negative")
    return population * (1 - share_pct / 100)


def offline_population(df: pd.DataFrame, *, share_col: str = "value", population_col: str = "population") -> pd.Series:
    """people_offline per row, as a Series named offline; NaN where data is missing."""
    _require(df, share_col, population_col)
    share, pop = _as_float(df[share_col]), _as_float(df[population_col])
    if ((share < 0) | (share > 100)).any() or (pop < 0).any():
        raise ValueError("share must be in [0, 100] and population non-negative")
    return (pop * (1 - share / 100)).rename("offline")


def in_millions(people: float | pd.Series) -> float | pd.Series:
    """People to millions of people (display helper)."""
    return people / 1_000_000


def ratio_series(numerator: pd.DataFrame, denominator: pd.DataFrame) -> pd.DataFrame:
    """Per country-year numerator / denominator, e.g. mobile to fixed broadband.

    Outer join on (iso3, year) so gaps stay visible: columns iso3, year, numerator,
    denominator, value. value is NaN when either side is missing or the denominator is 0
    (never inf).
    """
    keys = ["iso3", "year"]
    for frame in (numerator, denominator):
        _require(frame, *keys, "value")
        _require_unique(frame, keys)
    merged = pd.merge(
        numerator[[*keys, "value"]].rename(columns={"value": "numerator"}),
        denominator[[*keys, "value"]].rename(columns={"value": "denominator"}),
        on=keys,
        how="outer",
    )
    den = _as_float(merged["denominator"])
    merged["value"] = _as_float(merged["numerator"]) / den.where(den != 0)
    return merged.sort_values(keys).reset_index(drop=True)


Status = Literal["projected", "already_reached", "not_growing", "insufficient_data"]


@dataclass(frozen=True)
class TargetProjection:
    """When an indicator reaches a target if its recent pace continues."""

    status: Status
    year: int | None  # first whole year at or past the target, if "projected"
    rate: float | None  # per year: units if "linear", a fraction if "compound"
    years_used: tuple[int, ...]  # the years of history the rate came from
    method: str
    note: str  # how the year was derived, and its limits
    since_break: int | None = None  # a series break that cut the window: only years from it on were used


def years_to_target(
    history: pd.DataFrame,
    target: float,
    *,
    recent_years: int = 5,
    method: Literal["linear", "compound"] = "linear",
    rising: bool = True,
    breaks: Sequence[int] = (),
) -> TargetProjection:
    """Project one country's year, value history to `target` at its recent pace.

    The rate comes from the end points of the observations in the last `recent_years`
    calendar years (year > last_year - recent_years, NaN values dropped): the average
    change per year ("linear") or average annual growth ("compound"), applied from the
    last observed value. rising=False means the target is a ceiling (e.g. a price).
    Without a year, status says why: already_reached, not_growing (not moving toward
    the target) or insufficient_data (under 2 points, or values <= 0 for compound).
    `breaks` are the years where a new comparable segment starts (core.breaks): the
    window never reaches back across one, and since_break says when it was cut.
    """
    _require(history, "year", "value")
    if "iso3" in history.columns and history["iso3"].nunique() > 1:
        raise ValueError("expected one country's history")
    _require_unique(history, ["year"])
    if method not in ("linear", "compound"):
        raise ValueError(f"unknown method {method!r}")
    valid = history.dropna(subset=["value"]).sort_values("year")
    if valid.empty:
        return TargetProjection("insufficient_data", None, None, (), method, "No data.")
    last_year, last = int(valid["year"].iloc[-1]), float(valid["value"].iloc[-1])
    window = valid[valid["year"] > last_year - recent_years]
    window, since_break = latest_segment(window, breaks)
    used = tuple(int(y) for y in window["year"])
    first_year, first = used[0], float(window["value"].iloc[0])
    span = last_year - first_year
    toward = 1 if rising else -1  # +1: the value must rise to the target, -1: fall

    def result(status: Status, rate: float | None, note: str, year: int | None = None) -> TargetProjection:
        return TargetProjection(status, year, rate, used, method, note, since_break)

    if toward * (last - target) >= 0:
        return result("already_reached", None, f"Already at {last:g} in {last_year}.")
    if span <= 0 and since_break is not None:
        return result("insufficient_data", None, f"Under 2 points since the series break in {since_break}.")
    if span <= 0:
        return result("insufficient_data", None, f"Under 2 points in {recent_years} years.")
    if method == "compound" and min(first, last, target) <= 0:
        return result("insufficient_data", None, "Compound growth needs values > 0.")
    if method == "linear":
        rate = (last - first) / span
        how = f"Straight line at {rate:+.3g} a year"
    else:
        rate = (last / first) ** (1 / span) - 1
        how = f"Compound growth at {rate:+.2%} a year"
    how += f" (average {first_year}-{last_year}), from {last:g} in {last_year}."
    if since_break is not None:
        how += f" Years before the series break in {since_break} are left out."
    if toward * rate <= 0:
        return result("not_growing", rate, f"{how} Not moving toward the target.")
    if method == "linear":
        needed = (target - last) / rate
    else:
        needed = math.log(target / last) / math.log1p(rate)
    # Round before ceil so float noise (5.0000000001 years) cannot add a year.
    year = last_year + math.ceil(round(needed, 9))
    return result("projected", rate, f"{how} {SATURATION_NOTE}", year)


def meets_target(pct_gni: Values, threshold: float = AFFORDABLE_PCT_GNI, *, inclusive: bool = False) -> pd.Series:
    """Whether each price (% of GNI per capita) is below the threshold.

    Strict by default because the Broadband Commission target reads "less than 2%":
    exactly 2.0 does not meet it. inclusive=True for targets worded "2% or less"
    (A4AI). Nullable boolean Series named meets, index kept; NA where the price is
    missing, because no data is not a failure.
    """
    prices = _as_float(pct_gni)
    below = prices <= threshold if inclusive else prices < threshold
    meets = below.astype("boolean")
    meets[prices.isna()] = pd.NA
    return meets.rename("meets")


def target_compliance(
    df: pd.DataFrame, threshold: float = AFFORDABLE_PCT_GNI, *, inclusive: bool = False
) -> pd.DataFrame:
    """Copy of an iso3, year, value frame plus a nullable boolean `meets` column.

    See meets_target: below threshold (strictly unless inclusive); NA where value is
    missing.
    """
    _require(df, "iso3", "year", "value")
    out = df.copy()
    out["meets"] = meets_target(out["value"], threshold, inclusive=inclusive)
    return out
