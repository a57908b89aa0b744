"""The Overview's cards and then-and-now table as the page draws them, made whole from a Ctx."""

from __future__ import annotations

import duckdb

from aseanict.core import units
from aseanict.store import queries
from aseanict.topics.overview import headlines, tables
from aseanict.topics.view_kit import Ctx


def test_cards_say_what_the_headlines_hold_in_the_readers_language(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "zh")
    heads = headlines.headline_values(con)
    made = tables.cards(ctx)
    assert len(made.cards) == len(heads)
    first, row = made.cards[0], heads.iloc[0]
    assert first.label.startswith({"CHN": "中国", "ASEAN": "东盟", "SEA6": "东南亚六国"}[row.entity] + " · ")
    decimals = units.precisions(queries.indicators(con))
    assert first.value == units.indicator_number(row.value, row.indicator, decimals, "zh", row.qualifier)
    assert first.help and first.caption
    assert set(row.source_ids.split(",")) <= made.source_ids


def test_then_now_is_the_table_and_every_source_behind_it(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "en")
    made = tables.then_now(ctx)
    rows = headlines.then_and_now(con)
    assert len(made.table) == len(rows)
    assert set(rows.report_source_id) <= made.source_ids
    assert "IT.NET.USER.ZS" in tables.slope_indicators(ctx)
