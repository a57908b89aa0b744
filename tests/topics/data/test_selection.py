"""The data page's tables as the page draws them, each made whole from a Ctx and plain settings."""

from __future__ import annotations

import duckdb

from aseanict.store import queries
from aseanict.topics.data import selection
from aseanict.topics.view_kit import Ctx


def test_a_selection_is_the_rows_their_wide_table_download_and_records(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "en")
    chosen = selection.selection(ctx, "IT.NET.USER.ZS", ("CHN", "VNM"), (2015, 2024), False, False)
    assert not chosen.empty and not chosen.aggregates_only and chosen.entities == ("CHN", "VNM")
    assert set(chosen.rows.entity) == {"CHN", "VNM"} and chosen.rows.year.between(2015, 2024).all()
    assert list(chosen.wide.index) == ["China", "Viet Nam"] and "2015" in chosen.wide.columns
    assert chosen.csv.decode().splitlines()[0].startswith("entity,")
    assert set(chosen.records.columns) and len(chosen.records) >= len(chosen.rows)  # every source of every value
    assert set(chosen.source_ids) == set(chosen.rows.source_id)
    with_groups = selection.selection(ctx, "IT.NET.USER.ZS", ("CHN",), (2015, 2024), True, False)
    assert "ASEAN" in with_groups.entities and not with_groups.aggregates_only


def test_a_series_kept_only_for_groups_shows_the_groups_and_says_so(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "zh")
    grouped = queries.series(con, ["GMV"], selection.aggregates(ctx))
    assert not grouped.empty, "the test needs a series kept for groups only"
    chosen = selection.selection(ctx, "GMV", ("CHN",), (2010, 2030), False, False)
    assert chosen.aggregates_only and not chosen.empty
    none = selection.selection(ctx, "IT.NET.USER.ZS", ("CHN",), (1960, 1961), False, False)
    assert none.empty and not none.aggregates_only and none.n_conflicts == 0


def test_coverage_and_the_lists_read_the_whole_store(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "zh")
    grid = selection.coverage(ctx, "IT.NET.USER.ZS")
    assert ctx.names["CHN"] in grid.index
    assert len(selection.all_sources(ctx)) == len(queries.sources(con))
    assert len(selection.report_figures(ctx)) == len(queries.report_figures(con))
