"""The what-if page's tables, each read and made whole from a Ctx, so that the page asks once per language
(ui.views.table) and every later run, in any session, draws the shared result: checking the forecasts and keying a
cache by hashing the frames behind them were most of a warm run of the check. Never change a result in place."""

from __future__ import annotations

import dataclasses

import pandas as pd

from aseanict.topics.economy import editions as economy
from aseanict.topics.view_kit import Ctx
from aseanict.topics.whatif import chart_views, forecast_check, forecast_text


@dataclasses.dataclass(frozen=True, eq=False)
class Check:
    """Every forecast in the store against what happened, as the page shows it."""

    table: pd.DataFrame  # forecast_check.check
    summary: dict[str, int]  # forecast_check.summary: how many were checked, reached, not due
    shown: pd.DataFrame  # forecast_text.display_table
    source_ids: tuple[str, ...]  # the forecasts' sources and the outcomes'


def check(ctx: Ctx) -> Check:
    outcomes = chart_views.outcomes(ctx)
    table = forecast_check.check(ctx.forecasts, outcomes)
    names = economy.short_names(ctx.names, ctx.lang)
    return Check(
        table,
        forecast_check.summary(table),
        forecast_text.display_table(table, names, ctx.indicator_labels, ctx.lang),
        tuple(dict.fromkeys([*ctx.forecasts.source_id, *outcomes.source_id])),
    )
