"""The digital-divide page's tables as the page draws them, each made whole from a Ctx."""

from __future__ import annotations

import duckdb

from aseanict.store import queries
from aseanict.topics.divide import tables
from aseanict.topics.tariffs import page_tables
from aseanict.topics.view_kit import Ctx


def test_urban_rural_and_the_reports_quotes(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "zh")
    assert not tables.urban_rural(ctx).empty
    quoted = page_tables.quotes(ctx, "divide")
    figures = queries.report_figures(con, "divide")
    assert len(quoted.table) == len(figures) and set(quoted.source_ids) == set(figures.source_id)
