"""What-if scenarios on top of projections: plain settings, report presets, bounded paths, the arithmetic.

No widget keys here: the page's URL parameters (wi_*) are mapped to these values in topics/whatif/scenario_chart.py,
its session state kept in step with the data in ui/whatif_state.py."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from aseanict.core import breaks as series_breaks
from aseanict.core import groups, projections
from aseanict.i18n import t
from aseanict.topics.economy import editions as economy
from aseanict.topics.whatif.forecast_check import base_as_known

MODELS = ("constant", "multiple", "logistic")
SCENARIOS = ("low", "base", "high")
SOURCES = ("indicator", "group", "economy", "none")
# The three report forecasts the page reproduces in one click, by forecast id in the store.
PRESETS = {"ie65": "F-CAICT-IE65", "shop": "F-CAICT-SHOP", "thbb": "F-CAICT-THBB"}
PRESET_SPREAD_PP = 5.0  # low/high = base -/+ this many points: an assumption shown to the user, not data
# Skipped for what-ifs: ranks and growth rates are not levels that compound.
_NOT_LEVEL_UNITS = ("rank", "% per year", "%", "times")


def spread(rate_pct: float) -> tuple[float, float]:
    """Low/high rates around a base rate: the assumed band that presets and 'use fitted rate' start from."""
    return round(rate_pct - PRESET_SPREAD_PP, 2), round(rate_pct + PRESET_SPREAD_PP, 2)


def indicator_choices(indicators: pd.DataFrame) -> list[str]:
    """Indicator codes a what-if can project (levels, not ranks or growth rates), e-Conomy SEA ones excluded."""
    ok = ~indicators["unit"].isin(_NOT_LEVEL_UNITS) & ~indicators["topic"].isin(["internet_economy", "ecommerce"])
    return list(indicators.loc[ok, "code"])


def bound_for(indicator: str, indicators: pd.DataFrame) -> float | None:
    """The hard upper bound of a share or score (100 for % of people, 10 for the old IDI), else None.

    Validation ranges above 100 (mobile subscriptions per 100 up to 400) are plausibility limits, not bounds.
    """
    row = indicators[indicators["code"] == indicator]
    if row.empty or pd.isna(row["max_value"].iloc[0]) or row["unit"].iloc[0] in _NOT_LEVEL_UNITS:
        return None
    top = float(row["max_value"].iloc[0])
    return top if top <= 100 else None


def history_from_series(obs: pd.DataFrame) -> pd.DataFrame:
    """One value per year (the latest edition's) from queries.series rows of one entity and indicator."""
    rows = economy.latest_per_year(obs)
    return rows[["year", "value", "qualifier", "edition", "source_id"]].reset_index(drop=True)


def group_history(agg: pd.DataFrame, indicator: str) -> tuple[pd.DataFrame, str, list[int]]:
    """Derived group values for the years in which every member had data; (history, method, dropped years).

    Shares of people are population-weighted, index scores and prices plain means (as on the Overview).
    """
    method = groups.group_method(indicator)
    full = groups.complete(agg, method)
    hist = pd.DataFrame(
        {"year": full["year"].astype(int), "value": full[groups.MEAN_COLUMN[method]].astype(float), "qualifier": "="}
    )
    hist["edition"], hist["source_id"] = "", None
    dropped = [int(y) for y in agg.loc[~agg["year"].isin(full["year"]), "year"]]
    return hist.reset_index(drop=True), method, dropped


@dataclass(frozen=True)
class Settings:
    base_year: int
    base_value: float
    target_year: int
    model: str = "constant"
    rates_pct: tuple[float, float, float] = (5.0, 10.0, 15.0)  # low, base, high
    multiple: float | None = None
    target_value: float | None = None
    ceiling: float | None = None


@dataclass
class Scenario:
    band: pd.DataFrame  # year, scenario, value, capped
    rates: dict[str, float]  # fractions
    end_values: dict[str, float]
    reach: dict[str, int | None] = field(default_factory=dict)  # first whole year at/above target_value
    implied_rate: float | None = None  # rate from base to target_value by target_year
    arithmetic: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def pct(rate: float) -> str:
    return f"{100 * rate:.1f}%"


def num(x: float) -> str:
    """Short readable number: 201.5, 88.3, 5.5, 31, 0.031, 1,234,568."""
    mag = abs(x)
    digits = 0 if mag >= 10000 else 1 if mag >= 10 else 2 if mag >= 0.1 else 4
    text = f"{x:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _first_year(value: float | None) -> int | None:
    # A path that crosses at 2024.3 is at the target in the 2025 value; exact crossings stay on their year.
    return None if value is None else math.ceil(value - 1e-9)


def assemble(s: Settings, bound: float | None, unit: str, lang: str) -> Scenario:
    """Projected low/base/high paths, target years and the arithmetic; a bounded share never exceeds its bound."""
    if s.model not in MODELS:
        raise ValueError(f"model must be one of {MODELS}")
    if bound is not None and s.base_value > bound:
        raise ValueError(t("whatif.err.above_bound", lang, value=num(s.base_value), bound=num(bound)))
    span = s.target_year - s.base_year
    rates = {name: r / 100.0 for name, r in zip(SCENARIOS, s.rates_pct)}
    lines: list[str] = []
    notes: list[str] = []
    if s.model == "multiple":
        if s.multiple is None or span <= 0:
            raise ValueError(t("whatif.err.multiple", lang))
        rates["base"] = projections.rate_for_multiple(s.multiple, span)
        lines.append(
            t("whatif.arith.multiple", lang, m=num(s.multiple), n=span, rate=pct(rates["base"]))
            + f" · {num(s.base_value)} × {num(s.multiple)} = {num(s.base_value * s.multiple)} {unit}".rstrip()
        )
    ceiling = None
    if s.model == "logistic":
        ceiling = s.ceiling if s.ceiling is not None else bound
        if ceiling is None:
            raise ValueError(t("whatif.err.ceiling", lang))
        if bound is not None and ceiling > bound:
            notes.append(t("whatif.note.ceiling_lowered", lang, ceiling=num(ceiling), bound=num(bound)))
            ceiling = bound
        if ceiling < s.base_value:
            raise ValueError(t("whatif.err.ceiling_below", lang, ceiling=num(ceiling), value=num(s.base_value)))
    frames = []
    reach: dict[str, int | None] = {}
    for name in SCENARIOS:
        path, capped = _path(s, rates[name], ceiling, bound)
        frames.append(path.assign(scenario=name, capped=capped))
        if capped.any():
            first = int(path.loc[capped, "year"].iloc[0])
            notes.append(
                t("whatif.note.capped", lang, scenario=t(f"whatif.sc.{name}", lang), year=first, bound=num(bound or 0))
            )
        if s.model == "logistic":
            lines.append(_explain_logistic(s, rates[name], ceiling or 0.0, float(path["value"].iloc[-1]), name, lang))
        else:
            end = float(path["value"].iloc[-1]) if not capped.any() else float(s.base_value * (1 + rates[name]) ** span)
            line = f"{t(f'whatif.sc.{name}', lang)}: {_explain_constant(s.base_value, rates[name], span, end, unit)}"
            lines.append(line + (f" → {t('whatif.arith.capped', lang, bound=num(bound or 0))}" if capped.any() else ""))
        if s.target_value is not None:
            reach[name] = _reach(s, rates[name], ceiling, bound)
    band = pd.concat(frames, ignore_index=True)[["year", "scenario", "value", "capped"]]
    end = {n: float(band[(band.scenario == n)]["value"].iloc[-1]) for n in SCENARIOS}
    implied = None
    if s.target_value is not None and s.target_value > 0 and span > 0:
        implied = projections.cagr(s.base_value, s.target_value, span)
        lines.append(
            t(
                "whatif.arith.implied",
                lang,
                target=num(s.target_value),
                base=num(s.base_value),
                n=span,
                rate=pct(implied),
            )
        )
        if bound is not None and s.target_value > bound:
            notes.append(t("whatif.note.target_above_bound", lang, bound=num(bound)))
    return Scenario(band, rates, end, reach, implied, lines, notes)


def _path(s: Settings, rate: float, ceiling: float | None, bound: float | None) -> tuple[pd.DataFrame, pd.Series]:
    if s.model == "logistic":
        assert ceiling is not None
        if s.base_value >= ceiling:  # nothing left to grow into: the share stays at its ceiling
            years = range(s.base_year, s.target_year + 1)
            path = pd.DataFrame({"year": list(years), "value": [float(ceiling)] * len(years)})
        else:
            path = projections.project_logistic(s.base_value, s.base_year, rate, s.target_year, ceiling)
        return path, pd.Series(False, index=path.index)
    path = projections.project_constant_rate(s.base_value, s.base_year, rate, s.target_year)
    capped = path["value"] > bound if bound is not None else pd.Series(False, index=path.index)
    if bound is not None:
        path["value"] = path["value"].clip(upper=bound)
    return path, capped


def _reach(s: Settings, rate: float, ceiling: float | None, bound: float | None) -> int | None:
    target = float(s.target_value)  # type: ignore[arg-type]
    if bound is not None and target > bound:
        return None
    if s.model == "logistic":
        if s.base_value >= (ceiling or 0):
            return s.base_year if target <= s.base_value else None
        found = projections.year_target_reached_logistic(s.base_value, s.base_year, rate, target, ceiling or 0)
    else:
        found = projections.year_target_reached(s.base_value, s.base_year, rate, target)
    return _first_year(found)


def _explain_constant(base: float, rate: float, n: int, end: float, unit: str) -> str:
    # Two decimals in the rate so that the line recomputes to the value shown (20.58%, not 20.6%).
    sign = "+" if rate >= 0 else "−"
    return f"{num(base)} × (1 {sign} {abs(100 * rate):.2f}%)^{n} = {num(end)} {unit}".rstrip()


def _explain_logistic(s: Settings, rate: float, ceiling: float, end: float, name: str, lang: str) -> str:
    n = s.target_year - s.base_year
    formula = (
        f"{num(ceiling)} / (1 + ({num(ceiling)} − {num(s.base_value)}) / {num(s.base_value)} × "
        f"(1 + {pct(rate)})^−{n}) = {num(end)}"
    )
    plain = t("whatif.logistic_plain", lang, rate=pct(rate), ceiling=num(ceiling), end=num(end), year=s.target_year)
    return f"{t(f'whatif.sc.{name}', lang)}: {plain} ({formula})"


@dataclass(frozen=True)
class Preset:
    """One report forecast as what-if settings, read from its row in the forecasts table."""

    key: str
    target_year: int
    target_value: float | None
    outcome: str | None  # 'entity|indicator' of the series that shows what happened, if the store has one
    base_year: int
    base_value: float | None
    base_edition: str
    model: str
    multiple: float | None
    rate_pct: float | None  # the base rate, stated or implied; None if neither can be known


def _forecast(key: str, forecasts: pd.DataFrame) -> pd.DataFrame:
    """The forecast row of a preset ('ie65') or of a forecast id; empty when the store has none."""
    return forecasts[forecasts["forecast_id"] == PRESETS.get(key, key)]


def preset(key: str, forecasts: pd.DataFrame, outcome: pd.DataFrame) -> Preset:
    """The settings that reproduce one report forecast.

    The base is the forecast's own when it states one, else the outcome series' value for the base year
    as published by the forecast's year (e-Conomy SEA 2016: 2015 = 31 for the 6.5x).
    """
    f = _forecast(key, forecasts)
    if f.empty:
        raise ValueError(f"no forecast {key!r} in the store")
    f = f.iloc[0]
    target_year = int(f["target_year"])
    target_value = None if pd.isna(f["target_value"]) else float(f["target_value"])
    has_outcome = pd.notna(f["outcome_entity"]) and pd.notna(f["outcome_indicator"])
    base_year = int(f["base_year"]) if pd.notna(f["base_year"]) else int(f["made_in"])
    base_value, base_edition = (float(f["base_value"]), f["edition"]) if pd.notna(f["base_value"]) else (None, "")
    if base_value is None and has_outcome:
        mine = (outcome["entity"] == f["outcome_entity"]) & (outcome["indicator"] == f["outcome_indicator"])
        est = economy.estimates(outcome[mine])
        found = base_as_known(est, base_year, int(f["made_in"]))
        if found is not None:
            base_value, base_edition = float(found["value"]), str(found["edition"])
    multiple = float(f["multiple"]) if pd.notna(f["multiple"]) else None
    if multiple is not None:
        model, rate = "multiple", 100.0 * projections.rate_for_multiple(multiple, target_year - base_year)
    else:
        model, rate = "constant", float(f["rate_pct"]) if pd.notna(f["rate_pct"]) else None
    if rate is None and base_value and target_value:
        rate = 100.0 * projections.cagr(base_value, target_value, target_year - base_year)
    return Preset(
        key=key,
        target_year=target_year,
        target_value=target_value,
        outcome=f"{f['outcome_entity']}|{f['outcome_indicator']}" if has_outcome else None,
        base_year=base_year,
        base_value=base_value,
        base_edition=str(base_edition),
        model=model,
        multiple=multiple,
        rate_pct=None if rate is None else round(rate, 2),
    )


def preset_note(
    key: str,
    forecasts: pd.DataFrame,
    *,
    base_year: int | None,
    base_value: float | None,
    base_edition: str,
    target_year: int | None,
    sc: Scenario | None,
    unit: str,
    lang: str,
    outcome: dict | None = None,
) -> str:
    """The preset's explanation, with its quote, the numbers actually used on screen and, where the store has
    the forecast's outcome, its first value (computed, e.g. Thailand's mobile + fixed broadband per 100)."""
    values = preset_values(key, forecasts)
    values["outcome"] = ""
    target = _forecast(key, forecasts)["target_value"].dropna()
    if outcome is not None and not target.empty:
        # Compared as numbers: the note's "1,000" is text for the reader, not a value to parse back.
        reached = outcome["value"] >= float(target.iloc[0])
        verdict = t("whatif.outcome_above" if reached else "whatif.outcome_below", lang, target=values["target"])
        values["outcome"] = t(
            "whatif.outcome_first", lang, value=num(outcome["value"]), year=outcome["year"], verdict=verdict
        )
    n = int(target_year or 0) - int(base_year or 0)
    values.update(
        base_year=str(base_year),
        base=f"{num(float(base_value))} {unit}".strip() if base_value is not None else "–",
        edition=base_edition,
        n=str(n),
        rate=pct(sc.rates["base"]) if sc is not None else "–",
        end=f"{num(sc.end_values['base'])} {unit}".strip() if sc is not None else "–",
    )
    return t(f"whatif.preset.{key}.note", lang, **values)


def forecast_rows(key: str, forecasts: pd.DataFrame) -> pd.DataFrame:
    """A preset forecast's stated base and target as rows for the CSV and the sources list."""
    f = _forecast(key, forecasts)
    rows = []
    for _, r in f.iterrows():
        for point in ("base", "target"):
            if pd.notna(r[f"{point}_year"]) and pd.notna(r[f"{point}_value"]):
                rows.append(
                    {
                        "kind": f"forecast {point}",
                        "year": int(r[f"{point}_year"]),
                        "value": r[f"{point}_value"],
                        "qualifier": r["qualifier"],
                        "source_id": r["source_id"],
                        "edition": r["edition"],
                    }
                )
    return pd.DataFrame(rows, columns=["kind", "year", "value", "qualifier", "source_id", "edition"])


def fit(
    history: pd.DataFrame,
    model: str,
    ceiling: float | None,
    lang: str,
    last_years: int = 10,
    breaks: Sequence[int] = (),
) -> tuple[float | None, str]:
    """The rate fitted to the recent history (log scale, or logit under a ceiling) and a sentence naming
    its years. Only the last `last_years` years count: a what-if starts from today's pace, not 1990's; and
    only the years after a series break inside them (`breaks`, core.breaks): earlier ones are not comparable."""
    recent = history[history["year"] > history["year"].max() - last_years][["year", "value"]]
    try:
        if model == "logistic" and ceiling is not None:
            result = projections.fit_logistic(recent, ceiling, breaks)
        else:
            result = projections.fit_constant_rate(recent, breaks)
    except series_breaks.TooFewAfterBreak as exc:
        return None, series_breaks.too_few(exc.year, lang)
    except ValueError:
        return None, t("whatif.fit.none", lang)
    text = t(
        "whatif.fit.text",
        lang,
        n=result.n_points,
        first=result.first_year,
        last=result.last_year,
        rate=pct(result.rate),
        r2=f"{result.r2:.2f}",
    )
    space = "" if lang == "zh" else " "  # Chinese sentences follow each other without a space
    if result.ignored:
        text += space + t("whatif.fit.ignored", lang, years=", ".join(str(y) for y, _ in result.ignored))
    if result.since_break is not None:
        text += space + series_breaks.note(result.since_break, result.first_year, result.last_year, lang)
    return result.rate, text


def preset_values(key: str, forecasts: pd.DataFrame) -> dict[str, str]:
    """The numbers a preset's button and note quote, read from its forecast row (never typed into the page)."""
    f = _forecast(key, forecasts)
    if f.empty:
        return {}
    f = f.iloc[0]

    def text(x: object) -> str:
        return "" if pd.isna(x) else num(float(x))  # type: ignore[arg-type]

    return {
        "multiple": text(f["multiple"]),
        "base": text(f["base_value"]),
        "rate": text(f["rate_pct"]),
        "target": text(f["target_value"]),
        "year": "" if pd.isna(f["target_year"]) else str(int(f["target_year"])),
        "quote": str(f["quote"]),
    }
