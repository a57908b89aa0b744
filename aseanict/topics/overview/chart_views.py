"""The overview page's named charts (registered in topics/chart_views): internet users over time and the report's
year against the latest, for any indicator."""

from __future__ import annotations

from collections.abc import Sequence

from aseanict.core import breaks, units
from aseanict.figures import charts
from aseanict.i18n import t
from aseanict.topics.countries import bubbles, profiles
from aseanict.topics.overview import headlines as overview
from aseanict.topics.overview import slopes
from aseanict.topics.view_kit import COUNTRIES, ChartView, Ctx, Param, Refused, Shown, check

USERS = "IT.NET.USER.ZS"
PAGE = "1_overview.py"


def users(ctx: Ctx, countries: Sequence[str]) -> Shown | None:
    rows = ctx.series((USERS,), countries, 2000, 2100)
    if rows.empty:
        return None
    marks, split = breaks.for_chart(ctx.breaks, rows, USERS, ctx.names, ctx.lang)
    fig = charts.line_chart(
        rows, title=t("overview.chart_title", ctx.lang), y_title="%", names=ctx.names,
        source_line=ctx.credit(rows.source_id.unique()), breaks=marks, split_at=split,
        value_format=units.hover_format(USERS, ctx.decimals),
    )  # fmt: skip
    return Shown(fig, rows, overview.since_report(rows, ctx.names, ctx.lang, ctx.decimals.get(USERS, 1)))


def slope(ctx: Ctx, countries: Sequence[str], overview_slope: str) -> Shown:
    """The report's year against the latest comparable one, country by country; Refused says why not."""
    code = check(overview_slope, bubbles.country_indicators(ctx.indicators), "overview_slope")
    field = tuple(countries)
    rows = profiles.key_series(ctx.series((code,), field))
    higher = profiles.directions(ctx.indicators).get(code)
    try:
        ends = slopes.then_and_now(rows, code, field, higher, ctx.breaks)
    except slopes.NothingToCompare as refusal:
        raise Refused(refusal.reason, **refusal.values) from None
    unit = dict(zip(ctx.indicators.code, ctx.indicators.unit)).get(code)
    shown = slopes.rows_drawn(rows, ends)
    fig = slopes.slope_figure(
        ends, names=ctx.names,
        title=t("overview.slope.title", ctx.lang, indicator=ctx.indicator_label(code), then=ends.then_year,
                now=ends.now_year),
        y_title=units.unit_label(str(unit or ""), ctx.lang), source_line=ctx.credit(shown.source_id.unique()),
        lang=ctx.lang, value_format=units.hover_format(code, ctx.decimals), log=units.log_axis(unit),
    )  # fmt: skip
    return Shown(fig, shown, slopes.slope_caption(ends, ctx.names, ctx.lang))


VIEWS = {
    "overview_users": ChartView(PAGE, (COUNTRIES,), users),
    "overview_slope": ChartView(
        PAGE,
        (COUNTRIES, Param("overview_slope", "code", USERS, about="an indicator code (/api/v1/indicators)")),
        slope,
    ),
}
