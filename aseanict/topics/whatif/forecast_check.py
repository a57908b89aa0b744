"""Forecasts against what happened: actual value, error in % and in years, bounds and scope caveats kept explicit.
The words and tables a reader sees of the check are forecast_text's."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from aseanict.core import projections
from aseanict.topics.economy import editions as economy
from aseanict.topics.economy.editions import LOWER_BOUND, UPPER_BOUND

COLUMNS = [
    "forecast_id",
    "made_by",
    "edition",
    "made_in",
    "entity",
    "indicator",
    "outcome_entity",
    "outcome_indicator",
    "measure",  # level | multiple | rate
    "base_year",
    "base_value",
    "base_from",  # stated | data | None
    "target_year",
    "forecast",  # in the measure's own terms: a level, a multiple or a % rate
    "forecast_qualifier",
    "target_level",  # the level the forecast implies for target_year (for the years-early check)
    "actual",  # in the measure's own terms
    "actual_qualifier",  # '=', '~', '>' (lower bound), '<' (upper bound), '?' (both ends are bounds)
    "actual_level",
    "actual_edition",
    "actual_source_id",
    "error",  # % for levels and multiples (forecast/actual - 1), percentage points for rates
    "error_unit",  # pct | pp
    "error_bound",  # '=', '<=', '>=' or '' when no error
    "reached_from",  # earliest year the outcome could have reached target_level (None: open)
    "reached_by",  # first observed year at/beyond target_level
    "last_year",  # last year of the outcome series
    "undetermined",  # a bound leaves open whether the target was reached
    "status",  # checked | reached_only | no_actual | not_due | no_outcome | no_target_year | no_base
    "caveats",  # ';'-joined keys: scope, bound_actual, bound_forecast, approx, restated, base_from_data
    "source_id",
    "quote",
    "note",
]


@dataclass(frozen=True)
class Reach:
    reached_from: int | None  # first year after the last observed year clearly short of the target
    reached_by: int | None  # first observed year clearly at or beyond the target
    undetermined: bool  # a bound left it open (">300" says nothing about 310)


def _clear(value: float, qualifier: str, target: float, up: bool) -> bool | None:
    """True/False when the observation settles whether the target was reached, None when a bound leaves it open."""
    at_or_beyond = value >= target if up else value <= target
    if qualifier in ("=", "~", ""):
        return at_or_beyond
    # '>' means the truth is higher: enough when going up and already beyond; never conclusive otherwise.
    towards = qualifier in LOWER_BOUND if up else qualifier in UPPER_BOUND
    if towards:
        return True if at_or_beyond else None
    return False if not at_or_beyond else None


def reach(series: pd.DataFrame, target: float, up: bool = True) -> Reach:
    """When a yearly series (year, value, qualifier) first reached a target, as a year range.

    Missing years stay unknown: if 2022 is short and 2025 beyond, the target was reached in 2023-2025.
    """
    last_short: int | None = None
    first_year: int | None = None
    open_after_short = False
    for row in series.sort_values("year").itertuples():
        year = int(row.year)
        first_year = year if first_year is None else first_year
        verdict = _clear(float(row.value), str(row.qualifier), target, up)
        if verdict is True:
            start = last_short + 1 if last_short is not None else None
            return Reach(start, year, False)
        if verdict is False:
            last_short, open_after_short = year, False
        else:
            open_after_short = True
    return Reach(last_short + 1 if last_short is not None else None, None, open_after_short)


def _actual_at(series: pd.DataFrame, year: int) -> pd.Series | None:
    rows = series[series["year"] == year]
    return None if rows.empty else rows.iloc[-1]


def base_as_known(all_editions: pd.DataFrame, year: int, made_in: int | None) -> pd.Series | None:
    """The base as the forecaster could know it: the latest edition published by the forecast's year."""
    rows = all_editions[all_editions["year"] == year]
    if rows.empty:
        return None
    known = rows[rows["edition_year"].fillna(9999) <= (made_in or 9999)]
    return (known if not known.empty else rows).sort_values("edition_year").iloc[-1]


def _bound(q_num: str, q_den: str) -> str:
    """Direction of the bound on a ratio num/den when either end is itself a bound."""
    up_num, down_num = q_num in LOWER_BOUND, q_num in UPPER_BOUND
    up_den, down_den = q_den in LOWER_BOUND, q_den in UPPER_BOUND
    high = up_num or down_den  # the true ratio can only be higher
    low = down_num or up_den
    if high and low:
        return "?"
    return ">" if high else "<" if low else "="


def _forecast_terms(f: pd.Series) -> tuple[str, float | None]:
    if pd.notna(f["target_value"]):
        return "level", float(f["target_value"])
    if pd.notna(f["multiple"]):
        return "multiple", float(f["multiple"])
    if pd.notna(f["rate_pct"]):
        return "rate", float(f["rate_pct"])
    return "level", None


# Outcomes that are sums of stored series: GSMA's "mobile and fixed broadband penetration" (the report's 133%
# target for Thailand) is active mobile-broadband plus fixed-broadband subscriptions, both per 100 people.
SUM_OUTCOMES = {"BB_PENETRATION_MOBILE_FIXED": ("ITU_MBB_ACTIVE_P100", "IT.NET.BBND.P2")}


def outcome_codes(forecasts: pd.DataFrame) -> tuple[str, ...]:
    """The stored series the forecasts' outcomes need (the parts of a sum outcome, not the sum)."""
    codes = [str(c) for c in forecasts["outcome_indicator"].dropna().unique()]
    return tuple(dict.fromkeys(part for code in codes for part in SUM_OUTCOMES.get(code, (code,))))


def with_sums(outcomes: pd.DataFrame) -> pd.DataFrame:
    """The outcome rows plus each sum outcome, one row per entity and year in which every part has a value
    (never a year with a part missing). A sum row names its first part's source; the parts' rows stay, so
    that every source is credited."""
    frames = [outcomes]
    for code, parts in SUM_OUTCOMES.items():
        rows = outcomes[outcomes["indicator"].isin(parts) & (outcomes["period"].fillna("") == "")]
        rows = rows.sort_values("edition").drop_duplicates(["entity", "indicator", "year"], keep="last")
        if set(rows["indicator"]) != set(parts):
            continue
        wide = rows.pivot(index=["entity", "year"], columns="indicator", values="value").dropna(subset=list(parts))
        first = rows[rows["indicator"] == parts[0]].set_index(["entity", "year"])["source_id"]
        total = wide[list(parts)].sum(axis=1)
        frames.append(
            pd.DataFrame(
                {
                    "entity": [e for e, _ in total.index],
                    "indicator": code,
                    "year": [int(y) for _, y in total.index],
                    "period": "",
                    "value": total.to_numpy(),
                    "qualifier": "=",
                    "source_id": [first[i] for i in total.index],
                    "edition": "",
                    "flag": "",
                    "note": f"sum of {' + '.join(parts)}",
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else outcomes


def first_outcome(forecast_id: str, forecasts: pd.DataFrame, outcomes: pd.DataFrame) -> dict | None:
    """The outcome series' first year with a value and that value, for a forecast (None without one)."""
    f = forecasts[forecasts["forecast_id"] == forecast_id]
    if f.empty or pd.isna(f["outcome_indicator"].iloc[0]):
        return None
    mine = outcomes[
        (outcomes["entity"] == f["outcome_entity"].iloc[0]) & (outcomes["indicator"] == f["outcome_indicator"].iloc[0])
    ].sort_values("year")
    if mine.empty:
        return None
    return {"year": int(mine["year"].iloc[0]), "value": float(mine["value"].iloc[0])}


def outcome_series(outcome: pd.DataFrame, entity: str, indicator: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(every edition's estimates, one value per year from the latest edition) of one outcome series."""
    # The series' rows first, then its estimates: estimating the whole outcome table once per series was most of
    # the forecast check's time.
    est = economy.estimates(outcome[(outcome["entity"] == entity) & (outcome["indicator"] == indicator)])
    return est, economy.latest_per_year(est)


def check_one(
    f: pd.Series, outcome: pd.DataFrame, as_of: int | None = None, read: tuple[pd.DataFrame, pd.DataFrame] | None = None
) -> dict:
    """One forecast row against its outcome rows (estimates of every edition for outcome entity/indicator).

    as_of is the latest year the data could speak for; a target year after it is not due yet. `read`: the outcome
    series as outcome_series reads it, when the caller has it already (forecasts share series).
    """
    measure, forecast = _forecast_terms(f)
    row = {c: None for c in COLUMNS}
    made_in = int(f["made_in"]) if pd.notna(f["made_in"]) else None
    row.update(
        forecast_id=f["forecast_id"],
        made_by=f["made_by"],
        edition=f["edition"],
        made_in=made_in,
        entity=f["entity"],
        indicator=f["indicator"],
        outcome_entity=None if pd.isna(f["outcome_entity"]) else f["outcome_entity"],
        outcome_indicator=None if pd.isna(f["outcome_indicator"]) else f["outcome_indicator"],
        measure=measure,
        base_year=int(f["base_year"]) if pd.notna(f["base_year"]) else None,
        target_year=int(f["target_year"]) if pd.notna(f["target_year"]) else None,
        forecast=forecast,
        forecast_qualifier=f["qualifier"],
        source_id=f["source_id"],
        quote=f["quote"],
        note="" if pd.isna(f["note"]) else f["note"],
        error_bound="",
    )
    caveats: list[str] = []
    if f["qualifier"] in (*LOWER_BOUND, *UPPER_BOUND):
        caveats.append("bound_forecast")
    if row["outcome_entity"] and row["outcome_entity"] != f["entity"]:
        caveats.append("scope")
    if not row["outcome_entity"] or not row["outcome_indicator"]:
        row.update(status="no_outcome", caveats=";".join(caveats))
        return row
    if row["target_year"] is None:
        row.update(status="no_target_year", caveats=";".join(caveats))
        return row

    est, series = read or outcome_series(outcome, row["outcome_entity"], row["outcome_indicator"])
    row["last_year"] = int(series["year"].max()) if not series.empty else None
    # The base: stated by the forecaster, else read from the data (multiples and rates need one).
    base, base_q = (float(f["base_value"]), "=") if pd.notna(f["base_value"]) else (None, "=")
    row["base_from"] = "stated" if base is not None else None
    if base is None and row["base_year"] is not None:
        found = base_as_known(est, row["base_year"], made_in)
        if found is not None:
            base, base_q, row["base_from"] = float(found["value"]), str(found["qualifier"]), "data"
            # A level forecast does not rest on the base; only multiples and rates inherit its caveats.
            if measure != "level":
                caveats.append("base_from_data")
                if est[est["year"] == row["base_year"]]["value"].nunique() > 1:
                    caveats.append("restated")
    row["base_value"] = base
    span = row["target_year"] - row["base_year"] if row["base_year"] is not None else None
    if measure == "level":
        row["target_level"] = forecast
    elif base is not None and span:
        factor = forecast if measure == "multiple" else projections.multiple_for_rate(forecast / 100.0, span)
        row["target_level"] = base * factor
    if row["target_level"] is None:
        row.update(status="no_base", caveats=";".join(caveats))
        return row

    up = base is None or row["target_level"] >= base
    r = reach(series, row["target_level"], up)
    row["reached_from"], row["reached_by"], row["undetermined"] = r.reached_from, r.reached_by, r.undetermined
    if r.reached_by is not None and (series[series["year"] == r.reached_by]["qualifier"] == "~").any():
        caveats.append("approx")
    actual = _actual_at(series, row["target_year"])
    if actual is not None:
        a_val, a_q = float(actual["value"]), str(actual["qualifier"])
        row["actual_level"], row["actual_edition"] = a_val, actual["edition"]
        row["actual_source_id"] = actual["source_id"]
        if a_q == "~":
            caveats.append("approx")
        if measure == "level":
            row["actual"], row["actual_qualifier"] = a_val, a_q
        elif base is not None and span:
            ratio_q = _bound(a_q, base_q)
            row["actual_qualifier"] = ratio_q
            row["actual"] = a_val / base if measure == "multiple" else 100.0 * projections.cagr(base, a_val, span)
        _error(row)
        if row["actual_qualifier"] in (*LOWER_BOUND, *UPPER_BOUND, "?"):
            caveats.append("bound_actual")
    if row["actual"] is not None:
        row["status"] = "checked"
    elif as_of is not None and row["target_year"] > as_of and r.reached_by is None:
        row["status"] = "not_due"
    elif r.reached_by is not None:
        row["status"] = "reached_only"
    else:
        row["status"] = "no_actual"
    row["caveats"] = ";".join(dict.fromkeys(caveats))
    return row


def _error(row: dict) -> None:
    """Forecast error in the measure's terms; a bound on the actual makes the error a bound (other way round)."""
    forecast, actual, q = row["forecast"], row["actual"], row["actual_qualifier"]
    if actual is None or forecast is None or q == "?":
        return
    if row["measure"] == "rate":
        row["error"], row["error_unit"] = forecast - actual, "pp"
    elif actual > 0:
        row["error"], row["error_unit"] = 100.0 * (forecast / actual - 1.0), "pct"
    else:
        return
    # A truth above the actual shown means the forecast was less high than the error says: an upper bound.
    row["error_bound"] = "<=" if q in LOWER_BOUND else ">=" if q in UPPER_BOUND else "="


def check(forecasts: pd.DataFrame, outcomes: pd.DataFrame, as_of: int | None = None) -> pd.DataFrame:
    """Every forecast checked against its outcome series; rows for forecasts with no outcome say so.

    as_of defaults to the latest year in the outcome data.
    """
    if as_of is None and not outcomes.empty:
        as_of = int(outcomes["year"].max())
    # Forecasts share outcome series (a dozen on e-Conomy SEA's GMV): each series is read once, not per forecast.
    read: dict[tuple, tuple[pd.DataFrame, pd.DataFrame]] = {}
    rows = []
    for _, f in forecasts.iterrows():
        key = (f["outcome_entity"], f["outcome_indicator"])
        if not any(map(pd.isna, key)) and key not in read:
            read[key] = outcome_series(outcomes, *key)
        rows.append(check_one(f, outcomes, as_of, read.get(key)))
    return pd.DataFrame(rows, columns=COLUMNS)


def summary(table: pd.DataFrame) -> dict[str, int]:
    return {
        "n": len(table),
        "n_checked": int((table["status"] == "checked").sum()),
        "n_reached": int(table["reached_by"].notna().sum()),
        "n_none": int((table["status"] == "no_outcome").sum()),
    }
