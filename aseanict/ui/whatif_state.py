"""The what-if page's state and text: settings in session-state keys, base kept in step with the data, metrics."""

from __future__ import annotations

import math
from collections.abc import Mapping, MutableMapping

import pandas as pd

from aseanict.core import groups, urlstate
from aseanict.i18n import t
from aseanict.topics.economy import editions as economy
from aseanict.topics.whatif import forecast_check, scenarios
from aseanict.topics.whatif.scenarios import (
    MODELS,
    PRESETS,
    SCENARIOS,
    SOURCES,
    Preset,
    Scenario,
    Settings,
    num,
    pct,
    spread,
)
from aseanict.ui import cached
from aseanict.ui.page import names as country_names

# Every setting lives in session state under these keys (so they can be mirrored in the URL later).
DEFAULTS: dict[str, object] = {
    "wi_source": "indicator",
    "wi_indicator": "IT.NET.USER.ZS",
    "wi_entity": "VNM",
    "wi_group": "ASEAN",
    "wi_econ": "SEA6|GMV",
    "wi_base_year": None,
    "wi_base_value": None,
    "wi_model": "logistic",
    "wi_rate_low": 5.0,
    "wi_rate_base": 10.0,
    "wi_rate_high": 15.0,
    "wi_multiple": 2.0,
    "wi_target_year": 2030,
    "wi_target_value": None,
    "wi_ceiling": None,
    "wi_preset": "",
}
STATE_KEYS = tuple(DEFAULTS)


def series_key(state: Mapping) -> str:
    """One string naming the chosen series, e.g. 'indicator|IT.NET.USER.ZS|VNM'."""
    source = state.get("wi_source")
    if source == "indicator":
        return f"indicator|{state.get('wi_indicator')}|{state.get('wi_entity')}"
    if source == "group":
        return f"group|{state.get('wi_indicator')}|{state.get('wi_group')}"
    if source == "economy":
        return f"economy|{state.get('wi_econ')}"
    return "none"


def settings(state: Mapping) -> Settings:
    """The scenario settings the wi_* keys hold; raises ValueError naming what is missing."""
    missing = [k for k in ("wi_base_year", "wi_base_value", "wi_target_year") if state.get(k) is None]
    if missing:
        raise ValueError(f"missing: {', '.join(missing)}")
    return Settings(
        base_year=int(state["wi_base_year"]),
        base_value=float(state["wi_base_value"]),
        target_year=int(state["wi_target_year"]),
        model=str(state.get("wi_model", "constant")),
        rates_pct=tuple(float(state.get(f"wi_rate_{s}") or 0.0) for s in SCENARIOS),  # type: ignore[arg-type]
        multiple=None if state.get("wi_multiple") is None else float(state["wi_multiple"]),
        target_value=None if state.get("wi_target_value") is None else float(state["wi_target_value"]),
        ceiling=None if state.get("wi_ceiling") is None else float(state["wi_ceiling"]),
    )


def rate_band(base: float) -> dict[str, float]:
    """State values for a base rate in % a year and the assumed band around it."""
    low, high = spread(base)
    return {"wi_rate_base": base, "wi_rate_low": low, "wi_rate_high": high}


def preset_state(key: str, forecasts: pd.DataFrame, outcome: pd.DataFrame) -> dict[str, object]:
    """Session-state values reproducing one report forecast (scenarios.preset, in the page's keys)."""
    p: Preset = scenarios.preset(key, forecasts, outcome)
    state: dict[str, object] = {
        "wi_preset": key,
        "wi_target_year": p.target_year,
        "wi_ceiling": None,
        "wi_target_value": p.target_value,
        "wi_source": "economy" if p.outcome and p.outcome.split("|")[1] in economy.LEVELS else "none",
        "wi_base_year": p.base_year,
        "wi_base_value": p.base_value,
        "wi_base_edition": p.base_edition,
        "wi_model": p.model,
    }
    if state["wi_source"] == "economy":
        state["wi_econ"] = p.outcome
    if p.multiple is not None:
        state["wi_multiple"] = p.multiple
    if p.rate_pct is not None:
        state.update(rate_band(p.rate_pct))
    # Mark the base as chosen, so that sync_base does not replace it with a data value.
    state["wi_series_src"] = series_key(state)
    state["wi_base_src"] = state["wi_preset_src"] = f"{state['wi_series_src']}@{p.base_year}"
    return state


def preset_active(state: Mapping) -> str:
    """The preset whose series and base year are still on screen, or '' once the user moved away from them."""
    key = str(state.get("wi_preset") or "")
    return key if key and state.get("wi_preset_src") == f"{series_key(state)}@{state.get('wi_base_year')}" else ""


def preset_note(
    key: str,
    forecasts: pd.DataFrame,
    outcomes: pd.DataFrame,
    state: Mapping,
    sc: Scenario | None,
    unit: str,
    lang: str,
) -> str:
    """The active preset's explanation with the numbers on screen (scenarios.preset_note, from the page's keys)."""
    base_value = state.get("wi_base_value")
    return scenarios.preset_note(
        key,
        forecasts,
        base_year=state.get("wi_base_year"),  # type: ignore[arg-type]
        base_value=None if base_value is None else float(base_value),  # type: ignore[arg-type]
        base_edition=str(state.get("wi_base_edition") or ""),
        target_year=state.get("wi_target_year"),  # type: ignore[arg-type]
        outcome=forecast_check.first_outcome(PRESETS.get(key, key), forecasts, outcomes),
        sc=sc,
        unit=unit,
        lang=lang,
    )


def init_state(state: MutableMapping) -> None:
    for key, value in DEFAULTS.items():
        if key not in state:
            state[key] = value


def ensure_choice(state: MutableMapping, key: str, options: list[str]) -> None:
    """A stored choice that is not among the options (another series kind, a stale URL) falls back to the first."""
    if options and state.get(key) not in options:
        state[key] = options[0]


def sync_base(state: MutableMapping, history: pd.DataFrame) -> None:
    """Keep base year/value in step with the data: a new series starts at its last year, a new base year
    takes the data's value for it. A preset or the user's own edit stands until the series or year changes."""
    key = series_key(state)
    years = [int(y) for y in history["year"]] if not history.empty else []
    if state.get("wi_series_src") != key:
        state["wi_series_src"] = key
        if years:
            state["wi_base_year"] = years[-1]
    src = f"{key}@{state.get('wi_base_year')}"
    if state.get("wi_base_src") != src:
        state["wi_base_src"] = src
        found = history[history["year"] == state.get("wi_base_year")] if years else history
        if not found.empty:
            state["wi_base_value"] = float(found["value"].iloc[-1])


def group_history(indicator: str, group: str, lang: str) -> tuple[pd.DataFrame, str]:
    """A group's derived history with the same members in every year (those of its latest complete year), and
    the caption that says how it was derived, which years were left out and who joined later."""
    method = groups.group_method(indicator)
    year = groups.membership_year(cached.group_aggregate(indicator, group), method)
    fixed = cached.group_aggregate(indicator, group, as_of=year)
    history, method, dropped = scenarios.group_history(fixed, indicator)
    caption = derived_caption(method, group, dropped, lang)
    if year is not None:
        joined = groups.joined_after(cached.countries(), group, year)
        n = int(fixed["n_members"].iloc[0]) if not fixed.empty else 0
        space = "" if lang == "zh" else " "
        caption += space + t("whatif.fixed_members", lang, n=n, year=year)
        if joined:
            names = country_names(lang)
            listed = ("、" if lang == "zh" else ", ").join(names.get(c, c) for c in joined)
            caption += space + t("whatif.joined_later", lang, names=listed)
    return history, caption


def members_of(countries: pd.DataFrame, group: str) -> list[str]:
    return sorted(countries.loc[countries["groups"].fillna("").str.split(";").apply(lambda g: group in g), "iso3"])


def empty_history() -> pd.DataFrame:
    return pd.DataFrame(columns=["year", "value", "qualifier", "edition", "source_id"])


def chart_rows(
    history: pd.DataFrame, sc: Scenario | None, members: pd.DataFrame | None = None, extra: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The rows behind the chart for the CSV: history (and member rows of a derived group), projections,
    and a preset forecast's own figures."""
    parts = [history.assign(kind="history")]
    if extra is not None and not extra.empty:
        parts.append(extra)
    if members is not None and not members.empty:
        parts.append(members[["entity", "year", "value", "qualifier", "source_id"]].assign(kind="group member"))
    if sc is not None:
        parts.append(sc.band.assign(kind="projection (what-if)"))
    return pd.concat(parts, ignore_index=True)


def years_text(years: list[int]) -> str:
    """'2000-2004, 2024' for a list of years: runs collapsed so a long list stays one line."""
    if not years:
        return "–"
    runs: list[list[int]] = []
    for y in sorted(set(years)):
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def base_caption(state: Mapping, history: pd.DataFrame, lang: str) -> str:
    """Where the base value comes from: the data (and its edition), an edit of it, or typed in."""
    year, value = state.get("wi_base_year"), state.get("wi_base_value")
    found = history[history["year"] == year] if year is not None and not history.empty else history.iloc[0:0]
    if found.empty:
        return t("whatif.base_not_in_data", lang, year=year if year is not None else "–")
    row = found.iloc[-1]
    data_value = float(row["value"])
    edition = str(state.get("wi_base_edition") or "") if preset_active(state) else ""
    if value is not None and not math.isclose(float(value), data_value, rel_tol=1e-9):
        key = "whatif.base_preset" if edition else "whatif.base_edited"
        text = t(key, lang, value=num(float(value)), data_value=num(data_value), year=year, edition=edition)
    else:
        text = t("whatif.base_from_data", lang, year=year, value=num(data_value))
        text += f" ({row['edition']})" if row["edition"] else ""
    if row["qualifier"] in economy.LOWER_BOUND:
        text += " " + t("whatif.base_lower_bound", lang)
    return text


def results_table(sc: Scenario, s: Settings, unit: str, lang: str) -> pd.DataFrame:
    """One row per scenario: its rate, its value in the target year and when it reaches the target."""
    rows = []
    for name in SCENARIOS:
        row = {
            t("whatif.col.scenario", lang): t(f"whatif.sc.{name}", lang),
            t("whatif.col.rate", lang): pct(sc.rates[name]),
            t("whatif.col.value", lang, year=s.target_year, unit=unit): num(sc.end_values[name]),
        }
        if s.target_value is not None:
            year = sc.reach.get(name)
            reach = str(year) if year is not None else t("whatif.reach.never", lang)
            row[t("whatif.col.reach", lang, target=num(s.target_value))] = reach
        rows.append(row)
    return pd.DataFrame(rows)


def derived_caption(method: str, group: str, dropped: list[int], lang: str) -> str:
    """Says that a group series is derived here, how, and which years were left out."""
    method_text, group_text = t(f"overview.method.{method}", lang), t(f"group.{group}", lang)
    return t("whatif.derived_note", lang, method=method_text, group=group_text, years=years_text(dropped))


def pair_label(pair: str, names: Mapping[str, str], labels: Mapping[str, str]) -> str:
    """'SEA6|GMV' -> 'Internet/digital economy GMV · 6 countries (e-Conomy SEA)'."""
    entity, _, code = pair.partition("|")
    return f"{labels.get(code, code)} · {names.get(entity, entity)}"


def rates_from(rate: float | None) -> dict[str, float]:
    """State values for a base rate (a fraction) and the default band around it."""
    if rate is None:
        return {}
    return rate_band(round(100 * rate, 2))


# How each setting is read from the URL: ("choice", options) | ("int"/"float", lo, hi). Choices whose options
# depend on the data (indicator, entity, group, economy series) are checked against `allowed` by the caller.
URL_KINDS: dict[str, tuple] = {
    "wi_source": ("choice", SOURCES),
    "wi_model": ("choice", MODELS),
    "wi_preset": ("choice", ("", *PRESETS)),
    "wi_indicator": ("choice", None),
    "wi_entity": ("choice", None),
    "wi_group": ("choice", None),
    "wi_econ": ("choice", None),
    "wi_base_year": ("int", 1960, 2100),
    "wi_target_year": ("int", 1960, 2100),
    "wi_base_value": ("float", 0.0, 1e15),
    "wi_target_value": ("float", 0.0, 1e15),
    "wi_ceiling": ("float", 0.0, 1e15),
    "wi_multiple": ("float", 0.01, 1e6),
    **{f"wi_rate_{s}": ("float", -99.0, 1000.0) for s in SCENARIOS},
}


def from_url(params: Mapping[str, object], allowed: Mapping[str, list[str]]) -> tuple[dict[str, object], list[str]]:
    """The what-if settings a link carries, and a line for each one that had to be dropped (never raises).

    A link that names its base year and value keeps them: they are marked as already in step with the data,
    so sync_base does not replace them with the series' last year."""
    values: dict[str, object] = {}
    problems: list[str] = []
    for key, kind in URL_KINDS.items():
        raw = params.get(key)
        if raw is None:
            continue
        if kind[0] == "choice":
            options = kind[1] if kind[1] is not None else allowed.get(key, [])
            value, problem = urlstate.parse_choice(raw, options, str(DEFAULTS[key]), key)
        elif kind[0] == "int":
            value, problem = urlstate.parse_int(raw, kind[1], kind[2], DEFAULTS[key] or kind[1], key)
        else:
            value, problem = urlstate.parse_float(raw, kind[1], kind[2], DEFAULTS[key] or 0.0, key)
        if problem:
            problems.append(problem)
        else:
            values[key] = value
    if "wi_base_year" in values and "wi_base_value" in values:
        state = {**DEFAULTS, **values}
        values["wi_series_src"] = series_key(state)
        values["wi_base_src"] = f"{values['wi_series_src']}@{values['wi_base_year']}"
    return values, problems


def to_url(state: Mapping[str, object]) -> dict[str, str]:
    """The settings that differ from the defaults, as URL text (a short link for the default view)."""
    link = {}
    for key in URL_KINDS:
        value = state.get(key)
        if value is None or value == DEFAULTS[key]:
            continue
        link[key] = f"{value:g}" if isinstance(value, float) else str(value)
    return link
