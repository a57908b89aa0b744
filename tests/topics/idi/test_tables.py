"""The IDI page's tables as the page draws them, each made whole from a Ctx and plain settings."""

from __future__ import annotations

import duckdb

from aseanict import config
from aseanict.store import queries
from aseanict.topics.idi import editions as idi
from aseanict.topics.idi import table1 as idi_table1
from aseanict.topics.idi import tables
from aseanict.topics.view_kit import Ctx


def test_rank_table_is_the_grid_the_pickers_and_their_opening_pair(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "en")
    ranks = tables.rank_table(ctx, config.DEFAULT_COUNTRIES)
    brunei = ctx.names["BRN"]
    # countries down, editions across; the secondary source marked, a missing rank a dash
    assert ranks.grid.at[brunei, "IDI 2015 · MIS 2015 · 2014 data"] == "71" + idi.WEAK_MARK
    assert ranks.grid.at[ctx.names["TLS"], "IDI 2015 · MIS 2015 · 2014 data"] == "–"
    assert list(ranks.labels) == sorted(ranks.labels, reverse=True)  # newest first
    assert ranks.keys == list(reversed(ranks.labels))  # oldest first in the pickers
    # the comparison opens on Table 1's edition and the last one
    assert [ranks.keys[i] for i in ranks.default_pair] == ["2015|MIS 2015", "2017|MIS 2017"]
    moves = tables.rank_moves(ranks, "2015|MIS 2015", "2017|MIS 2017", ctx.names).set_index("iso3")
    assert moves.at[brunei, "change"] == "18"  # 71 -> 53, shown as text
    assert moves.at[ctx.names["TLS"], "change"] == "–"  # no MIS 2015 rank: a dash, not zero or "None"
    assert tables.rank_table(ctx, ("XXX",)) is None


def test_selection_and_conflicts_read_what_the_page_showed_before(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "zh")
    picked = ("SGP", "TLS", "BRN")
    table = tables.selection_table(ctx, picked, "2024|IDI 2024").set_index("name")
    assert list(table["rank"]) == [1, 2, 3] and ctx.names["SGP"] in table.index  # names in the reader's language
    assert table.at[ctx.names["SGP"], idi.UNIVERSAL] == 100.0
    assert tables.selection_table(ctx, picked, "2099|IDI 2099").empty
    disputed = tables.conflicts(ctx, picked)
    assert set(disputed.entity) == {"BRN"} and sorted(disputed.value) == [95.1, 95.7, 95.7]


def test_table1_is_the_printed_table_the_world_it_is_shaded_against_and_today(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "zh")
    made = tables.table1(ctx)
    assert list(made.printed.entity)[:2] == list(idi_table1.TABLE1_ROWS)[:2]
    points = idi.edition_points(queries.series(con, idi.OLD, ["WLD"])).set_index("key")
    assert made.world == points.at[idi.key_of(*idi.SEED_TABLE1_EDITION), "value"]
    assert ctx.names["CHN"] in set(made.today.entity) and "ASEAN" not in set(made.today.entity)  # named rows
    assert made.today_ids
