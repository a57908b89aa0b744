"""The internet-economy page's named charts (registered in topics/chart_views): one series by edition with its
forecasts, the revisions of one target year, sectors, countries, shares of GDP and China's online retail."""

from __future__ import annotations

import pandas as pd

from aseanict.core import units
from aseanict.figures import charts
from aseanict.i18n import t
from aseanict.store import queries
from aseanict.topics.economy import charts as echarts
from aseanict.topics.economy import editions as economy
from aseanict.topics.view_kit import ChartView, Ctx, Param, Refused, Shown, check, year

PAGE = "6_internet_economy.py"
SERIES = Param("econ_series", "code", None, about="entity|indicator, e.g. SEA6|GMV (absent: the first series)")


def observations(ctx: Ctx) -> pd.DataFrame:
    return ctx.series(economy.LEVELS + economy.SHARES, economy.ECON_ENTITIES)


def short_names(ctx: Ctx) -> dict[str, str]:
    return economy.short_names(ctx.names, ctx.lang)


def series_choices(obs: pd.DataFrame) -> list[str]:
    """The series the page offers, as entity|indicator."""
    return [f"{e}|{i}" for e, i in economy.options(obs)]


def _series(ctx: Ctx, obs: pd.DataFrame, chosen: str | None) -> tuple[str, str, str, str]:
    """entity, indicator, its short label and unit label."""
    entity, indicator = check(chosen, series_choices(obs), "econ_series").split("|")
    label = economy.short_label(indicator, ctx.indicator_label(indicator), ctx.lang)
    unit = ctx.indicators.set_index("code").at[indicator, "unit"]
    return entity, indicator, label, economy.unit_label(unit, ctx.lang)


def by_edition(ctx: Ctx, econ_series: str | None, econ_later: bool) -> Shown:
    obs_all = observations(ctx)
    entity, indicator, label, unit = _series(ctx, obs_all, econ_series)
    names = short_names(ctx)
    obs = obs_all[(obs_all.entity == entity) & (obs_all.indicator == indicator)]
    last_estimate = int(obs.year.max()) if not obs.empty else None
    paths = economy.forecast_paths(ctx.forecasts, entity, indicator, None if econ_later else last_estimate)
    rows = economy.chart_rows(obs, paths)
    fig = echarts.editions_chart(
        obs, paths, title=t("econ.editions_title", ctx.lang, indicator=label, entity=names.get(entity, entity)),
        y_title=unit, source_line=ctx.credit(rows.source_id.dropna().unique()), lang=ctx.lang,
    )  # fmt: skip
    return Shown(fig, rows, t("econ.editions_caption", ctx.lang))


def target_years(con: queries.Connection, econ_series: str | None) -> tuple[list[int], int | None]:
    """The years some edition forecast for the series, and the one the page's picker opens on."""
    obs_all = queries.series(con, economy.LEVELS + economy.SHARES, economy.ECON_ENTITIES)
    entity, indicator = check(econ_series, series_choices(obs_all), "econ_series").split("|")
    paths = economy.forecast_paths(queries.forecasts(con), entity, indicator)
    years = sorted(int(y) for y in paths.loc[paths.point == "target", "year"].unique())
    obs = obs_all[(obs_all.entity == entity) & (obs_all.indicator == indicator)]
    last_estimate = int(obs.year.max()) if not obs.empty else None
    return years, economy.default_target_year(years, last_estimate) if years else None


def revisions(ctx: Ctx, econ_series: str | None, econ_target_year: int | None) -> Shown:
    years, default = target_years(ctx.con, econ_series)
    if not years:
        raise Refused("econ.no_revisions")
    target = check(econ_target_year if econ_target_year is not None else default, years, "econ_target_year")
    obs_all = observations(ctx)
    entity, indicator, label, unit = _series(ctx, obs_all, econ_series)
    names = short_names(ctx)
    rev = economy.revisions(ctx.forecasts, entity, indicator, target)
    actual = economy.estimate_for(obs_all, entity, indicator, target)
    fig = echarts.revisions_chart(
        rev, actual,
        title=t("econ.revisions_title", ctx.lang, indicator=label, year=target, entity=names.get(entity, entity)),
        y_title=unit, source_line=ctx.credit([*rev.source_id, *([actual.source_id] if actual is not None else [])]),
        lang=ctx.lang,
    )  # fmt: skip
    caption = economy.revisions_summary(rev, actual, target, ctx.lang) + " " + t("econ.lower_bound_note", ctx.lang)
    return Shown(fig, economy.revision_rows(rev, actual), caption, {"revisions": rev})


def sectors(ctx: Ctx) -> Shown:
    table = economy.sector_table(observations(ctx))
    fig = echarts.sector_chart(
        table, title=t("econ.sectors_title", ctx.lang), y_title=t("unit.usd_bn", ctx.lang),
        source_line=ctx.credit(table.source_id.unique()), lang=ctx.lang,
    )  # fmt: skip
    return Shown(fig, table, t("econ.sectors_caption", ctx.lang))


def countries(ctx: Ctx) -> Shown:
    levels, have, missing = economy.country_levels(observations(ctx))
    names = short_names(ctx)
    fig = echarts.country_levels_chart(
        levels, title=t("econ.countries_title", ctx.lang), y_title=t("unit.usd_bn", ctx.lang), names=names,
        source_line=ctx.credit(levels.source_id.unique()),
    )  # fmt: skip
    caption = t(
        "econ.countries_caption", ctx.lang,
        have=", ".join(names.get(c, c) for c in have) or "–", missing=", ".join(names.get(c, c) for c in missing) or "–",
    )  # fmt: skip
    return Shown(fig, levels, caption)


def pct_gdp(ctx: Ctx) -> Shown | None:
    share_year, shares = economy.latest_share_year(observations(ctx))
    if share_year is None:
        return None
    fig = charts.bar_chart(
        shares, title=t("econ.pct_gdp_title", ctx.lang, year=share_year), x_title="", names=short_names(ctx),
        source_line=ctx.credit(shares.source_id.unique()),
    )  # fmt: skip
    return Shown(fig, shares, t("econ.pct_gdp_caption", ctx.lang))


def china_retail(ctx: Ctx) -> Shown | None:
    retail = ctx.series((*echarts.CHINA_RETAIL, echarts.CHINA_RETAIL_SHARE), ("CHN",))
    if retail.empty:
        return None
    levels = retail[retail.indicator.isin(echarts.CHINA_RETAIL)]
    fig = echarts.china_retail_chart(
        levels, labels=ctx.indicator_labels, title=t("econ.cn_retail", ctx.lang),
        y_title=units.unit_label("CNY billion", ctx.lang), source_line=ctx.credit(levels.source_id.unique()),
    )  # fmt: skip
    return Shown(fig, retail, economy.retail_note(retail, ctx.lang))


VIEWS = {
    "econ_editions": ChartView(PAGE, (SERIES, Param("econ_later", "flag", False)), by_edition),
    "econ_revisions": ChartView(PAGE, (SERIES, year("econ_target_year")), revisions),
    "econ_sectors": ChartView(PAGE, (), sectors),
    "econ_countries": ChartView(PAGE, (), countries),
    "econ_pct_gdp": ChartView(PAGE, (), pct_gdp),
    "econ_cn_retail": ChartView(PAGE, (), china_retail),
}
