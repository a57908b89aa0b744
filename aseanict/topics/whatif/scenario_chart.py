"""The what-if scenario chart as a named view: its settings are the page's wi_* URL parameters (`PARAMS`), so that
the page, a link, the embed page and the data API draw the same chart from the same values.

Pure: plain values in (a link's parameters, the store through `Ctx`), the series, the scenario and the chart's
rows out. The page's session state (kept in step with the data as the user edits) is ui/whatif_state.py's."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from aseanict import config
from aseanict.core import breaks, groups, urlstate
from aseanict.i18n import t
from aseanict.store import queries
from aseanict.topics.economy import editions as economy
from aseanict.topics.view_kit import Ctx, Param, Shown, check
from aseanict.topics.whatif import charts, forecast_check, scenarios
from aseanict.topics.whatif.scenarios import SCENARIOS, Preset, Scenario, Settings

ENTITIES = (*config.DEFAULT_COUNTRIES, "WLD")  # the places a what-if can start from
_AMOUNT = {"lo": 0.0, "hi": 1e15}
PARAMS = (
    Param("wi_preset", "choice", "", ("", *scenarios.PRESETS), about="a report forecast to reproduce (empty: none)"),
    Param("wi_source", "choice", "indicator", scenarios.SOURCES, about="what to project"),
    Param("wi_indicator", "code", "IT.NET.USER.ZS", about="an indicator code (for wi_source=indicator or group)"),
    Param("wi_entity", "choice", "VNM", ENTITIES, about="a country or the world (for wi_source=indicator)"),
    Param("wi_group", "choice", "ASEAN", tuple(config.GROUPS), about="a group (for wi_source=group)"),
    Param("wi_econ", "code", "SEA6|GMV", about="entity|indicator of an e-Conomy SEA series (for wi_source=economy)"),
    Param("wi_base_year", "int", None, lo=1960, hi=2100, about="the base year (absent: the series' last year)"),
    Param("wi_base_value", "number", None, **_AMOUNT, about="the base value (absent: the data's, for the base year)"),
    Param("wi_model", "choice", "logistic", scenarios.MODELS),
    Param("wi_rate_low", "number", 5.0, lo=-99.0, hi=1000.0, about="low scenario, % a year"),
    Param("wi_rate_base", "number", 10.0, lo=-99.0, hi=1000.0, about="base scenario, % a year"),
    Param("wi_rate_high", "number", 15.0, lo=-99.0, hi=1000.0, about="high scenario, % a year"),
    Param("wi_multiple", "number", 2.0, lo=0.01, hi=1e6, about="growth multiple by the target year (wi_model=multiple)"),
    Param("wi_target_year", "int", 2030, lo=1960, hi=2100, about="the last year projected"),
    Param("wi_target_value", "number", None, **_AMOUNT, about="a target level to reach (absent: none)"),
    Param("wi_ceiling", "number", None, **_AMOUNT, about="the logistic ceiling (absent: the share's bound)"),
)  # fmt: skip
DEFAULTS: dict[str, object] = {p.name: p.default for p in PARAMS}
SERIES_KEYS = ("wi_source", "wi_indicator", "wi_entity", "wi_group", "wi_econ")  # what `picked` reads


def series_key(values: Mapping) -> str:
    """One string naming the chosen series, e.g. 'indicator|IT.NET.USER.ZS|VNM'."""
    source = values.get("wi_source")
    if source == "indicator":
        return f"indicator|{values.get('wi_indicator')}|{values.get('wi_entity')}"
    if source == "group":
        return f"group|{values.get('wi_indicator')}|{values.get('wi_group')}"
    if source == "economy":
        return f"economy|{values.get('wi_econ')}"
    return "none"


def from_link(query: Mapping[str, object], allowed: Mapping[str, list[str]]) -> tuple[dict[str, object], list[str]]:
    """The settings a link carries (only those it names), and a line for each one that had to be dropped.
    `allowed`: the options of the settings that depend on the data (wi_indicator, wi_econ). Never raises."""
    values: dict[str, object] = {}
    problems: list[str] = []
    for p in PARAMS:
        raw = query.get(p.name)
        if raw is None:
            continue
        if p.kind in ("choice", "code"):
            options = p.choices if p.kind == "choice" else allowed.get(p.name, [])
            value, problem = urlstate.parse_choice(raw, options, str(p.default), p.name)
        elif p.kind == "int":
            value, problem = urlstate.parse_int(raw, int(p.lo), int(p.hi), p.default or int(p.lo), p.name)
        else:
            value, problem = urlstate.parse_float(raw, p.lo, p.hi, p.default or 0.0, p.name)
        if problem:
            problems.append(problem)
        else:
            values[p.name] = value
    return values, problems


def to_link(values: Mapping[str, object]) -> dict[str, str]:
    """The settings that differ from the defaults, as URL text (a short link for the default view)."""
    link = {}
    for name, default in DEFAULTS.items():
        value = values.get(name)
        if value is None or value == default:
            continue
        link[name] = f"{value:g}" if isinstance(value, float) else str(value)
    return link


def settings(values: Mapping) -> Settings:
    """The scenario settings the wi_* values hold; raises ValueError naming what is missing."""
    missing = [k for k in ("wi_base_year", "wi_base_value", "wi_target_year") if values.get(k) is None]
    if missing:
        raise ValueError(f"missing: {', '.join(missing)}")

    def amount(key: str) -> float | None:
        return None if values.get(key) is None else float(values[key])

    return Settings(
        base_year=int(values["wi_base_year"]),
        base_value=float(values["wi_base_value"]),
        target_year=int(values["wi_target_year"]),
        model=str(values.get("wi_model", "constant")),
        rates_pct=tuple(float(values.get(f"wi_rate_{s}") or 0.0) for s in SCENARIOS),  # type: ignore[arg-type]
        multiple=amount("wi_multiple"),
        target_value=amount("wi_target_value"),
        ceiling=amount("wi_ceiling"),
    )


def preset_values(p: Preset) -> dict[str, object]:
    """The wi_* values that reproduce one report forecast (its rates: the base rate and the assumed band)."""
    source = "economy" if p.outcome and p.outcome.split("|")[1] in economy.LEVELS else "none"
    values: dict[str, object] = {
        "wi_preset": p.key,
        "wi_target_year": p.target_year,
        "wi_ceiling": None,
        "wi_target_value": p.target_value,
        "wi_source": source,
        "wi_base_year": p.base_year,
        "wi_base_value": p.base_value,
        "wi_model": p.model,
    }
    if source == "economy":
        values["wi_econ"] = p.outcome
    if p.multiple is not None:
        values["wi_multiple"] = p.multiple
    if p.rate_pct is not None:
        values.update(rate_band(p.rate_pct))
    return values


def rate_band(base: float) -> dict[str, float]:
    """wi_rate_* values for a base rate in % a year and the assumed band around it."""
    low, high = scenarios.spread(base)
    return {"wi_rate_base": base, "wi_rate_low": low, "wi_rate_high": high}


def active_preset(values: Mapping, forecasts: pd.DataFrame, outcomes: pd.DataFrame) -> Preset | None:
    """The preset named by wi_preset while its series and base year are still the ones chosen; None once the
    user moved away from them (a base value edited by the user keeps it: the note then names both values)."""
    key = str(values.get("wi_preset") or "")
    if key not in scenarios.PRESETS:
        return None
    try:
        p = scenarios.preset(key, forecasts, outcomes)
    except ValueError:  # no such forecast in this store
        return None
    own = preset_values(p)
    same = series_key(values) == series_key(own) and values.get("wi_base_year") == p.base_year
    return p if same else None


@dataclass(frozen=True)
class Picked:
    """The series a what-if starts from, with what the page says about it."""

    code: str  # its indicator ('' for none)
    history: pd.DataFrame  # year, value, qualifier, edition, source_id: one value a year
    noted: tuple[str, ...] = ()  # the entities whose notes apply
    break_years: tuple[int, ...] = ()
    members: pd.DataFrame | None = None  # a derived group's member rows, for the CSV
    caption: str = ""  # how a group's series was derived


def empty_history() -> pd.DataFrame:
    return pd.DataFrame(columns=["year", "value", "qualifier", "edition", "source_id"])


def econ_pairs(ctx: Ctx) -> list[str]:
    """'entity|indicator' of every e-Conomy SEA level series in the store."""
    return [f"{e}|{i}" for e, i in economy.options(ctx.series(economy.LEVELS, economy.ECON_ENTITIES))]


def picked(ctx: Ctx, values: Mapping) -> Picked:
    """The series the wi_* values choose. BadSetting for an indicator or e-Conomy series it cannot project, even
    one this wi_source does not read: an API answer is exactly what was asked for (the page never passes one)."""
    source = values.get("wi_source")
    code = check(str(values.get("wi_indicator")), scenarios.indicator_choices(ctx.indicators), "wi_indicator")
    econ = check(str(values.get("wi_econ")), econ_pairs(ctx), "wi_econ")
    if source == "indicator":
        entity = str(values.get("wi_entity"))
        history = scenarios.history_from_series(ctx.series((code,), (entity,)))
        return Picked(code, history, (entity,), tuple(ctx.breaks.years(code, entity)))
    if source == "group":
        group = str(values.get("wi_group"))
        history, caption = group_history(ctx, code, group)
        members = members_of(ctx.countries, group)
        return Picked(
            code, history, tuple(members), tuple(ctx.breaks.for_group(code, members)),
            ctx.series((code,), members), caption,
        )  # fmt: skip
    if source == "economy":
        entity, _, code = econ.partition("|")
        history = scenarios.history_from_series(ctx.series((code,), (entity,)))
        return Picked(code, history, (entity,), tuple(ctx.breaks.years(code, entity)))
    return Picked("", empty_history())


def read_picked(con: queries.Connection, lang: str, values: Mapping) -> Picked:
    """`picked` for the page, which reads the store through the cache (values: the wi_* settings)."""
    return picked(Ctx.read(con, lang), values)


def group_history(ctx: Ctx, indicator: str, group: str) -> tuple[pd.DataFrame, str]:
    """A group's derived history with the same members in every year (those of its latest complete year), and
    the caption that says how it was derived, which years were left out and who joined later."""
    method = groups.group_method(indicator)
    year = groups.membership_year(queries.group_aggregate(ctx.con, indicator, group), method)
    fixed = queries.group_aggregate(ctx.con, indicator, group, as_of=year)
    history, method, dropped = scenarios.group_history(fixed, indicator)
    lang = ctx.lang
    caption = derived_caption(method, group, dropped, lang)
    if year is not None:
        joined = groups.joined_after(ctx.countries, group, year)
        n = int(fixed["n_members"].iloc[0]) if not fixed.empty else 0
        space = "" if lang == "zh" else " "
        caption += space + t("whatif.fixed_members", lang, n=n, year=year)
        if joined:
            listed = ("、" if lang == "zh" else ", ").join(ctx.names.get(c, c) for c in joined)
            caption += space + t("whatif.joined_later", lang, names=listed)
    return history, caption


def members_of(countries: pd.DataFrame, group: str) -> list[str]:
    return sorted(countries.loc[countries["groups"].fillna("").str.split(";").apply(lambda g: group in g), "iso3"])


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


def derived_caption(method: str, group: str, dropped: list[int], lang: str) -> str:
    """Says that a group series is derived here, how, and which years were left out."""
    method_text, group_text = t(f"overview.method.{method}", lang), t(f"group.{group}", lang)
    return t("whatif.derived_note", lang, method=method_text, group=group_text, years=years_text(dropped))


def with_base(values: Mapping, history: pd.DataFrame) -> dict:
    """The values with a base from the data when the link names no base year: the series' last year and value,
    as the page starts. A base year without a value stays without one (the page asks for it)."""
    values = dict(values)
    if values.get("wi_base_year") is None:
        last = history.iloc[-1] if not history.empty else None
        values["wi_base_year"] = None if last is None else int(last["year"])
        values["wi_base_value"] = None if last is None else float(last["value"])
    return values


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


def view(ctx: Ctx, **values) -> Shown:
    """The scenario chart for the wi_* values. Beside the figure (`extra`): the series picked, the settings and
    scenario (None, with `error`, when they do not make one), the active preset, the unit and the bound."""
    lang = ctx.lang
    pick = picked(ctx, values)
    values = with_base(values, pick.history)
    source = values.get("wi_source")
    unit = economy.unit_label(str(ctx.indicators.set_index("code").unit.get(pick.code, "")), lang)
    bound = scenarios.bound_for(pick.code, ctx.indicators) if source != "none" else None
    s = sc = error = None
    try:
        s = settings(values)
        sc = scenarios.assemble(s, bound, unit, lang)
    except ValueError as exc:
        error = str(exc)
    forecasts = ctx.forecasts
    outcomes = forecast_check.with_sums(
        ctx.series(forecast_check.outcome_codes(forecasts), tuple(forecasts.outcome_entity.dropna().unique()))
    )
    preset = active_preset(values, forecasts, outcomes)
    extra = scenarios.forecast_rows(preset.key, forecasts) if preset else None
    rows = chart_rows(pick.history, sc, pick.members, extra)
    target_value, target_year = values.get("wi_target_value"), values.get("wi_target_year")
    series_name = ctx.indicator_label(pick.code) if pick.code else t("whatif.source.none", lang)
    fig = charts.whatif_chart(
        pick.history,
        sc,
        s,
        title=t("whatif.chart.title", lang, series=series_name, year=target_year),
        y_title=unit,
        source_line=ctx.credit(sorted({str(i) for i in rows.source_id.dropna()})),
        lang=lang,
        bound=bound,
        target=(int(target_year), float(target_value)) if target_value is not None else None,
        breaks=breaks.labelled(ctx.breaks, pick.code, "", pick.history, pick.break_years, lang),
    )
    about = {"picked": pick, "settings": s, "scenario": sc, "error": error, "preset": preset}
    return Shown(fig, rows, t("whatif.chart.caption", lang), about | {"unit": unit, "bound": bound})
