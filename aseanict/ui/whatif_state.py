"""The what-if page's state and text: the settings (the scenario chart's wi_* URL parameters, topics/whatif/
scenario_chart.py) in session-state keys of the same names, the base kept in step with the data, the tables."""

from __future__ import annotations

import math
from collections.abc import Mapping, MutableMapping

import pandas as pd

from aseanict.i18n import t
from aseanict.topics.economy import editions as economy
from aseanict.topics.whatif import forecast_check, scenario_chart, scenarios
from aseanict.topics.whatif.scenarios import PRESETS, SCENARIOS, Preset, Scenario, Settings, num, pct

# Every setting lives in session state under its URL parameter's name (the view's settings, scenario_chart.PARAMS).
DEFAULTS = scenario_chart.DEFAULTS
STATE_KEYS = tuple(DEFAULTS)


def values(state: Mapping) -> dict[str, object]:
    """The what-if settings in the state, as the scenario chart (a named view) takes them."""
    return {key: state.get(key) for key in STATE_KEYS}


def preset_state(key: str, forecasts: pd.DataFrame, outcome: pd.DataFrame) -> dict[str, object]:
    """Session-state values reproducing one report forecast (scenarios.preset, in the page's keys)."""
    state = scenario_chart.preset_values(scenarios.preset(key, forecasts, outcome))
    # Mark the base as chosen, so that sync_base does not replace it with a data value.
    state["wi_series_src"] = scenario_chart.series_key(state)
    state["wi_base_src"] = f"{state['wi_series_src']}@{state['wi_base_year']}"
    return state


def preset_note(
    preset: Preset,
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
        preset.key,
        forecasts,
        base_year=state.get("wi_base_year"),  # type: ignore[arg-type]
        base_value=None if base_value is None else float(base_value),  # type: ignore[arg-type]
        base_edition=preset.base_edition,
        target_year=state.get("wi_target_year"),  # type: ignore[arg-type]
        outcome=forecast_check.first_outcome(PRESETS.get(preset.key, preset.key), forecasts, outcomes),
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
    key = scenario_chart.series_key(state)
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


def base_caption(state: Mapping, history: pd.DataFrame, preset: Preset | None, lang: str) -> str:
    """Where the base value comes from: the data (and its edition), the active preset's, an edit of it, or typed in."""
    year, value = state.get("wi_base_year"), state.get("wi_base_value")
    found = history[history["year"] == year] if year is not None and not history.empty else history.iloc[0:0]
    if found.empty:
        return t("whatif.base_not_in_data", lang, year=year if year is not None else "–")
    row = found.iloc[-1]
    data_value = float(row["value"])
    edition = preset.base_edition if preset else ""
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


def pair_label(pair: str, names: Mapping[str, str], labels: Mapping[str, str]) -> str:
    """'SEA6|GMV' -> 'Internet/digital economy GMV · 6 countries (e-Conomy SEA)'."""
    entity, _, code = pair.partition("|")
    return f"{labels.get(code, code)} · {names.get(entity, entity)}"


def rates_from(rate: float | None) -> dict[str, float]:
    """State values for a base rate (a fraction) and the default band around it."""
    if rate is None:
        return {}
    return scenario_chart.rate_band(round(100 * rate, 2))


def from_url(query: Mapping[str, object], allowed: Mapping[str, list[str]]) -> tuple[dict[str, object], list[str]]:
    """The what-if settings a link carries, and a line for each one that had to be dropped (never raises).

    A link that names its base year keeps it, and its base value or the lack of one (as the scenario chart
    reads the link): both are marked as already in step with the data, so sync_base leaves them alone."""
    values, problems = scenario_chart.from_link(query, allowed)
    if "wi_base_year" in values:
        state = {**DEFAULTS, **values}
        values["wi_series_src"] = scenario_chart.series_key(state)
        values["wi_base_src"] = f"{values['wi_series_src']}@{values['wi_base_year']}"
    return values, problems
