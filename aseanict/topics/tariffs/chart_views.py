"""The tariffs page's named charts (registered in topics/chart_views): the price baskets over time and the map of
who meets an affordability target in a year."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from aseanict.i18n import t
from aseanict.store import queries
from aseanict.topics.tariffs import baskets as tariffs
from aseanict.topics.tariffs import charts as tariff_charts
from aseanict.topics.tariffs import tables as tariff_tables
from aseanict.topics.view_kit import COUNTRIES, WORLDVIEW, ChartView, Ctx, Param, Shown, check, map_worldview, year

PAGE = "4_tariffs.py"
GROUP = Param("tariffs_group", "choice", next(iter(tariffs.GROUPS)), tuple(tariffs.GROUPS))
EXPERIMENTAL = Param("tariffs_experimental", "flag", True)


def baskets(
    ctx: Ctx,
    countries: Sequence[str],
    tariffs_group: str,
    tariffs_unit: str,
    tariffs_experimental: bool,
    tariffs_world: bool,
    tariffs_log: bool,
) -> Shown | None:
    entities = (*countries, "WLD") if tariffs_world else tuple(countries)
    rows = ctx.series(tariffs.codes(tariffs_group, tariffs_unit), entities, 2008, 2100, True)
    labelled = tariffs.visible(tariffs.label_rows(rows), tariffs_experimental)
    if labelled.empty:
        return None
    fig = tariff_charts.basket_figure(
        labelled, group=tariffs_group, unit=tariffs_unit, lang=ctx.lang, names=ctx.names,
        source_line=ctx.credit(labelled.source_id.unique()), log_y=tariffs_log,
    )  # fmt: skip
    caption = tariff_tables.basket_caption(labelled, tariffs_unit, ctx.lang, ctx.names, ctx.decimals)
    return Shown(fig, labelled.drop(columns=["segment"]), caption)


def compliance(
    con: queries.Connection, countries: Sequence[str], group: str, experimental: bool, target: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The % GNI rows of the basket group and, per country and year, the verdict on the target (the page's year
    slider offers its years)."""
    rows = queries.series(con, tariffs.codes(group, "pct_gni"), tuple(countries), 2008, 2100, True)
    return rows, tariffs.compliance(tariffs.visible(tariffs.label_rows(rows), experimental), tariffs.TARGETS[target])


def target_map(
    ctx: Ctx,
    countries: Sequence[str],
    tariffs_group: str,
    tariffs_experimental: bool,
    tariffs_target: str,
    tariffs_year: int | None,
    worldview: str | None,
) -> Shown | None:
    rows, table = compliance(ctx.con, countries, tariffs_group, tariffs_experimental, tariffs_target)
    years = tariffs.compliance_years(table)
    if not years:
        return None
    shown_year = check(tariffs_year, years[::-1], "tariffs_year")
    fig = tariff_charts.compliance_figure(
        table, year=shown_year, countries=list(countries), target=tariffs_target, lang=ctx.lang, names=ctx.names,
        source_line=ctx.credit(rows.source_id.unique()), worldview=map_worldview(ctx.lang, worldview),
    )  # fmt: skip
    return Shown(fig, tariffs.in_year(table, shown_year), t("tariffs.method", ctx.lang))


VIEWS = {
    "tariffs_baskets": ChartView(
        PAGE,
        (
            COUNTRIES,
            GROUP,
            Param("tariffs_unit", "choice", tariffs.UNITS[0], tuple(tariffs.UNITS)),
            EXPERIMENTAL,
            Param("tariffs_world", "flag", False),
            Param("tariffs_log", "flag", True),
        ),
        baskets,
    ),  # fmt: skip
    "tariffs_map": ChartView(
        PAGE,
        (
            COUNTRIES,
            GROUP,
            EXPERIMENTAL,
            Param("tariffs_target", "choice", next(iter(tariffs.TARGETS)), tuple(tariffs.TARGETS)),
            year("tariffs_year"),
            WORLDVIEW,
        ),
        target_map,
    ),  # fmt: skip
}
