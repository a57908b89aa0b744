"""The what-if page's tables as the page draws them, each made whole from a Ctx."""

from __future__ import annotations

import duckdb

from aseanict.store import queries
from aseanict.topics.view_kit import Ctx
from aseanict.topics.whatif import chart_views, forecast_check, tables


def test_the_check_is_every_forecast_its_summary_its_table_and_their_sources(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "zh")
    made = tables.check(ctx)
    forecasts = queries.forecasts(con)
    assert len(made.table) == len(made.shown) == len(forecasts)
    assert made.summary == forecast_check.summary(made.table) and made.summary["n_checked"] > 0
    assert set(forecasts.source_id) <= set(made.source_ids)  # every forecaster credited
    assert set(chart_views.outcomes(ctx).source_id) <= set(made.source_ids)  # and every outcome's source
    assert len(made.source_ids) == len(set(made.source_ids))
