"""Charts asked for by name with plain settings: the page, the embed page and the data API
(/api/v1/views/<name>) all call `build`, so the rows of a chart's CSV download and the API's answer are made by
the same function and cannot differ.

A view's settings are named like the page's URL parameters; `Param` says what each accepts, so that the API can
refuse a bad value with a message and describe the view in its OpenAPI document."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from aseanict import config
from aseanict.core import breaks, labels, provenance, units, urlstate
from aseanict.core.breaks import Registry
from aseanict.figures import charts
from aseanict.i18n import t
from aseanict.store import queries
from aseanict.topics.divide import panels as divide_panels
from aseanict.topics.divide import views as divide_views
from aseanict.topics.economy import charts as econ_charts
from aseanict.topics.economy import editions as economy
from aseanict.topics.idi import editions as idi
from aseanict.topics.overview import headlines as overview
from aseanict.topics.tariffs import baskets as tariffs
from aseanict.topics.tariffs import charts as tariff_charts
from aseanict.topics.tariffs import tables as tariff_tables

USERS = "IT.NET.USER.ZS"


@dataclass(frozen=True)
class Param:
    name: str  # the query parameter, as in the page's address
    kind: str  # "countries" (ISO3 codes), "choice" (one of choices) or "flag" (true / false)
    default: Any
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Shown:
    fig: go.Figure
    data: pd.DataFrame  # the rows behind the chart: exactly its CSV download
    caption: str = ""


@dataclass(frozen=True)
class Ctx:
    """What a figure needs besides its rows, in the reader's language, read from the store."""

    con: queries.Connection
    lang: str
    names: Mapping[str, str]
    sources: pd.DataFrame
    decimals: Mapping[str, int]
    breaks: Registry

    def credit(self, source_ids) -> str:
        return provenance.credit(source_ids, self.sources, self.lang)

    @classmethod
    def read(cls, con: queries.Connection, lang: str) -> Ctx:
        return cls(
            con,
            lang,
            labels.country_names(queries.countries(con), lang),
            queries.sources(con),
            units.precisions(queries.indicators(con)),
            Registry.from_frame(queries.series_breaks(con)),
        )


@dataclass(frozen=True)
class ChartView:
    page: str  # the page's file name under pages/, where the chart lives
    params: tuple[Param, ...]
    make: Callable[..., Shown | None]  # make(ctx, **settings); None when there is nothing to draw


COUNTRIES = Param("countries", "countries", tuple(config.DEFAULT_COUNTRIES))


def _overview_users(ctx: Ctx, countries: Sequence[str]) -> Shown | None:
    rows = queries.series(ctx.con, (USERS,), tuple(countries), 2000, 2100)
    if rows.empty:
        return None
    marks, split = breaks.for_chart(ctx.breaks, rows, USERS, ctx.names, ctx.lang)
    fig = charts.line_chart(
        rows, title=t("overview.chart_title", ctx.lang), y_title="%", names=ctx.names,
        source_line=ctx.credit(rows.source_id.unique()), breaks=marks, split_at=split,
        value_format=units.hover_format(USERS, ctx.decimals),
    )  # fmt: skip
    return Shown(fig, rows, overview.since_report(rows, ctx.names, ctx.lang, ctx.decimals.get(USERS, 1)))


def _idi_long(ctx: Ctx, countries: Sequence[str], idi_long_indicator: str) -> Shown:
    code = idi_long_indicator
    rows = queries.series(ctx.con, (code,), tuple(countries), 2000)
    world_rows = queries.series(ctx.con, (code,), (idi.WORLD,), 2000)
    both = pd.concat([rows, world_rows], ignore_index=True)
    label = labels.indicator_labels(queries.indicators(ctx.con), ctx.lang).get(code, code)
    fig = charts.line_chart(
        rows, title=label, y_title=t(f"idi.long.unit.{code}", ctx.lang), names=ctx.names,
        source_line=ctx.credit(both.source_id.unique()), reference=world_rows,
        reference_name=t("idi.world", ctx.lang),
        breaks=[(2017, t("idi.long.old_end", ctx.lang)), (2023, t("idi.long.new_start", ctx.lang))],
        value_format=units.hover_format(code, ctx.decimals),
    )  # fmt: skip
    return Shown(fig, both, t("idi.long.caption", ctx.lang))


def _divide_trend(ctx: Ctx, countries: Sequence[str], divide_indicator: str) -> Shown | None:
    rows = queries.series(ctx.con, divide_views.ALL_CODES, (*countries, "WLD"), 2000, 2100)
    panel_ctx = divide_panels.Ctx(rows, list(countries), ctx.lang, ctx.names, ctx.credit, ctx.breaks, ctx.decimals)
    shown = divide_panels.trend(panel_ctx, divide_indicator)
    return None if shown is None else Shown(shown.fig, shown.data, shown.caption)


def _tariffs_baskets(
    ctx: Ctx,
    countries: Sequence[str],
    tariffs_group: str,
    tariffs_unit: str,
    tariffs_experimental: bool,
    tariffs_world: bool,
    tariffs_log: bool,
) -> Shown | None:
    entities = (*countries, "WLD") if tariffs_world else tuple(countries)
    rows = queries.series(ctx.con, tuple(tariffs.codes(tariffs_group, tariffs_unit)), entities, 2008, 2100, True)
    labelled = tariffs.visible(tariffs.label_rows(rows), tariffs_experimental)
    if labelled.empty:
        return None
    fig = tariff_charts.basket_figure(
        labelled, group=tariffs_group, unit=tariffs_unit, lang=ctx.lang, names=ctx.names,
        source_line=ctx.credit(labelled.source_id.unique()), log_y=tariffs_log,
    )  # fmt: skip
    caption = tariff_tables.basket_caption(labelled, tariffs_unit, ctx.lang, ctx.names, ctx.decimals)
    return Shown(fig, labelled.drop(columns=["segment"]), caption)


def _econ_sectors(ctx: Ctx) -> Shown:
    sectors = economy.sector_table(queries.series(ctx.con, economy.LEVELS + economy.SHARES, economy.ECON_ENTITIES))
    fig = econ_charts.sector_chart(
        sectors, title=t("econ.sectors_title", ctx.lang), y_title=t("unit.usd_bn", ctx.lang),
        source_line=ctx.credit(sectors.source_id.unique()), lang=ctx.lang,
    )  # fmt: skip
    return Shown(fig, sectors, t("econ.sectors_caption", ctx.lang))


VIEWS: dict[str, ChartView] = {
    "overview_users": ChartView("1_overview.py", (COUNTRIES,), _overview_users),
    "idi_long": ChartView(
        "2_idi_trends.py",
        (COUNTRIES, Param("idi_long_indicator", "choice", idi.LONG_SERIES[0], idi.LONG_SERIES)),
        _idi_long,
    ),
    "divide_trend": ChartView(
        "5_divide.py",
        (COUNTRIES, Param("divide_indicator", "choice", "users", tuple(divide_views.INDICATORS))),
        _divide_trend,
    ),
    "tariffs_baskets": ChartView(
        "4_tariffs.py",
        (
            COUNTRIES,
            Param("tariffs_group", "choice", next(iter(tariffs.GROUPS)), tuple(tariffs.GROUPS)),
            Param("tariffs_unit", "choice", tariffs.UNITS[0], tuple(tariffs.UNITS)),
            Param("tariffs_experimental", "flag", True),
            Param("tariffs_world", "flag", False),
            Param("tariffs_log", "flag", True),
        ),
        _tariffs_baskets,
    ),
    "econ_sectors": ChartView("6_internet_economy.py", (), _econ_sectors),
}


def defaults(view: str) -> dict[str, Any]:
    return {p.name: p.default for p in VIEWS[view].params}


def build(con: queries.Connection, view: str, lang: str, settings: Mapping[str, Any] | None = None) -> Shown | None:
    """The chart `view` with these settings (the rest at their defaults): figure, rows and caption."""
    chosen = defaults(view) | dict(settings or {})
    return VIEWS[view].make(Ctx.read(con, lang), **chosen)


def url_query(view: str, lang: str, settings: Mapping[str, Any]) -> dict[str, str]:
    """The address parameters of a view, as the app's links write them (countries comma-separated, flags 1 / 0);
    settings at their default are left out to keep links short."""
    query = {"view": view, "lang": lang}
    for p in VIEWS[view].params:
        value = settings.get(p.name, p.default)
        if p.kind == "countries":
            value = tuple(value)
        if value == p.default:
            continue
        query[p.name] = (
            ",".join(value) if p.kind == "countries" else ("1" if value else "0") if p.kind == "flag" else str(value)
        )
    return query


def settings_from_url(
    view: str, query: Mapping[str, str], countries: Sequence[str]
) -> tuple[dict[str, Any], list[str]]:
    """A view's settings from a link, as forgiving as the pages: a bad value falls back to the default, said."""
    settings, problems = {}, []
    for p in VIEWS[view].params:
        raw = query.get(p.name)
        if p.kind == "countries":
            value, problem = urlstate.parse_list(raw, countries, p.default, p.name)
            value = tuple(value)
        elif p.kind == "flag":
            value, problem = urlstate.parse_flag(raw, p.default, p.name)
        else:
            value, problem = urlstate.parse_choice(raw, p.choices, p.default, p.name)
        settings[p.name] = value
        problems += [problem] if problem else []
    return settings, problems
