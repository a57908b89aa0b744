"""The divide page's named charts (registered in topics/chart_views): the indicator over time, its map, the Lorenz
curve, dispersion, people offline, mobile against fixed, the years to close a gap, and the divides within
countries. The panels themselves are in topics/divide/panels.py; these read their rows and settings."""

from __future__ import annotations

from collections.abc import Sequence

from aseanict.topics.divide import panels
from aseanict.topics.divide import views as divide
from aseanict.topics.view_kit import (
    COUNTRIES,
    WORLDVIEW,
    BadSetting,
    ChartView,
    Ctx,
    Param,
    Shown,
    check,
    map_worldview,
    year,
)

PAGE = "5_divide.py"
INDICATOR = Param("divide_indicator", "choice", "users", tuple(divide.INDICATORS))
USERS_YEAR = year("divide_users_year")


def panel_ctx(ctx: Ctx, countries: Sequence[str]) -> panels.Ctx:
    """The panels' context: every divide indicator for the countries and the world, in the reader's language."""
    rows = ctx.series(divide.ALL_CODES, (*countries, "WLD"), 2000, 2100)
    return panels.Ctx(rows, list(countries), ctx.lang, ctx.names, ctx.credit, ctx.breaks, ctx.decimals)


def _shown(panel: panels.Shown | None, **extra) -> Shown | None:
    return None if panel is None else Shown(panel.fig, panel.data, panel.caption, extra)


def users_year(pc: panels.Ctx, chosen: int | None) -> int:
    """The year of the cross-sections of internet use: the one asked for, else the year most countries report."""
    users = panels.series(pc, "users")
    years = divide.years_with_data(users)
    if chosen is None:
        return divide.best_year(users)
    return check(chosen, years, "divide_users_year")


def trend(ctx: Ctx, countries: Sequence[str], divide_indicator: str) -> Shown | None:
    return _shown(panels.trend(panel_ctx(ctx, countries), divide_indicator))


def value_map(
    ctx: Ctx, countries: Sequence[str], divide_indicator: str, divide_map_indicator: str | None, worldview: str | None
) -> Shown | None:
    code = check(
        divide_map_indicator or divide.INDICATORS[divide_indicator], ctx.map_indicators, "divide_map_indicator"
    )
    pc = panel_ctx(ctx, countries)
    rows = ctx.series((code,), countries)
    shown = panels.map_view(
        pc, rows, ctx.indicators, code, ctx.indicator_label(code), map_worldview(ctx.lang, worldview)
    )
    return _shown(shown)


def lorenz(ctx: Ctx, countries: Sequence[str], divide_users_year: int | None) -> Shown | None:
    pc = panel_ctx(ctx, countries)
    gini, shown = panels.lorenz_view(pc, users_year(pc, divide_users_year))
    return _shown(shown, metric=gini)


def dispersion(ctx: Ctx, countries: Sequence[str]) -> Shown | None:
    return _shown(panels.dispersion_view(panel_ctx(ctx, countries)))


def offline(ctx: Ctx, countries: Sequence[str], divide_users_year: int | None) -> Shown | None:
    pc = panel_ctx(ctx, countries)
    total, shown = panels.offline_view(pc, users_year(pc, divide_users_year))
    return _shown(shown, metric=total)


def ratio(ctx: Ctx, countries: Sequence[str]) -> Shown | None:
    return _shown(panels.ratio_view(panel_ctx(ctx, countries), ctx.report_figures("divide")))


def projection(
    ctx: Ctx,
    countries: Sequence[str],
    divide_indicator: str,
    divide_close_country: str | None,
    divide_close_target: str,
    divide_custom: float,
    divide_recent: int,
    divide_method: str,
) -> Shown | None:
    """Years for a country to reach the leader, universal use or a level of one's own, at its recent pace."""
    pc = panel_ctx(ctx, countries)
    mine = panels.series(pc, divide_indicator)
    country = divide_close_country or divide.laggard(mine, list(countries))
    if country not in countries:
        raise BadSetting("divide_close_country", f"{str(country)[:40]!r} is not one of the countries chosen")
    level = divide.target_level(divide_close_target, divide.leader(mine, list(countries)), divide_custom)
    sentence, shown, table = panels.projection_view(pc, divide_indicator, country, level, divide_recent, divide_method)
    return _shown(shown, sentence=sentence, table=table)


def regions(ctx: Ctx, countries: Sequence[str]) -> Shown | None:
    return _shown(panels.regions_view(panel_ctx(ctx, countries), ctx.report_figures("divide")))


def gender(ctx: Ctx, countries: Sequence[str]) -> Shown | None:
    return _shown(panels.gender_view(panel_ctx(ctx, countries)))


def daily(ctx: Ctx, countries: Sequence[str]) -> Shown | None:
    return _shown(panels.daily_use_view(panel_ctx(ctx, countries)))


VIEWS = {
    "divide_trend": ChartView(PAGE, (COUNTRIES, INDICATOR), trend),
    "divide_map": ChartView(
        PAGE,
        (
            COUNTRIES,
            INDICATOR,
            Param(
                "divide_map_indicator",
                "code",
                None,
                about="an indicator code with values for countries (absent: the divide_indicator's)",
            ),
            WORLDVIEW,
        ),
        value_map,
    ),  # fmt: skip
    "divide_lorenz": ChartView(PAGE, (COUNTRIES, USERS_YEAR), lorenz),
    "divide_dispersion": ChartView(PAGE, (COUNTRIES,), dispersion),
    "divide_offline": ChartView(PAGE, (COUNTRIES, USERS_YEAR), offline),
    "divide_ratio": ChartView(PAGE, (COUNTRIES,), ratio),
    "divide_projection": ChartView(
        PAGE,
        (
            COUNTRIES,
            INDICATOR,
            Param("divide_close_country", "code", None, about="one of the countries (absent: the one furthest behind)"),
            Param("divide_close_target", "choice", "leader", ("leader", "universal", "custom")),
            Param("divide_custom", "number", 80.0, lo=0.0, hi=500.0, about="the level when divide_close_target=custom"),
            Param("divide_recent", "int", 5, lo=2, hi=15, about="years of recent pace"),
            Param("divide_method", "choice", "linear", ("linear", "compound")),
        ),
        projection,
    ),  # fmt: skip
    "divide_regions": ChartView(PAGE, (COUNTRIES,), regions),
    "divide_gender": ChartView(PAGE, (COUNTRIES,), gender),
    "divide_daily": ChartView(PAGE, (COUNTRIES,), daily),
}
