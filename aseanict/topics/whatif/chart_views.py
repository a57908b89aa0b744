"""The what-if page's named charts (registered in topics/chart_views): how far each forecast was from the outcome,
and the what-if scenario (topics/whatif/scenario_chart.py, its settings the page's wi_* URL parameters)."""

from __future__ import annotations

import pandas as pd

from aseanict.i18n import t
from aseanict.topics.economy import editions as economy
from aseanict.topics.view_kit import ChartView, Ctx, Shown
from aseanict.topics.whatif import charts as whatif_charts
from aseanict.topics.whatif import forecast_check, forecast_text, scenario_chart

PAGE = "7_what_if.py"


def outcomes(ctx: Ctx) -> pd.DataFrame:
    """What happened to the quantities the forecasts were about, with the sums some forecasts name."""
    forecasts = ctx.forecasts
    entities = tuple(forecasts.outcome_entity.dropna().unique())
    return forecast_check.with_sums(ctx.series(forecast_check.outcome_codes(forecasts), entities))


def errors(ctx: Ctx) -> Shown:
    table = forecast_check.check(ctx.forecasts, outcomes(ctx))
    names = economy.short_names(ctx.names, ctx.lang)
    rows = forecast_text.chart_table(table, names, ctx.indicator_labels, ctx.lang)
    csv_rows = forecast_text.chart_csv(rows)
    fig = whatif_charts.error_chart(
        rows, title=t("fc.chart.title", ctx.lang), source_line=ctx.credit(csv_rows.source_id.unique()), lang=ctx.lang
    )
    return Shown(fig, csv_rows, t("fc.bounds_note", ctx.lang))


VIEWS = {
    "fc_errors": ChartView(PAGE, (), errors),
    "whatif": ChartView(PAGE, scenario_chart.PARAMS, scenario_chart.view),
}
