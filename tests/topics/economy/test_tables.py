"""The internet-economy page's choices and tables as the page draws them, made whole from a Ctx."""

from __future__ import annotations

import duckdb

from aseanict.store import queries
from aseanict.topics.economy import editions as economy
from aseanict.topics.economy import tables
from aseanict.topics.view_kit import Ctx


def test_series_choice_offers_every_level_series_with_its_latest_estimate(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "en")
    made = tables.series_choice(ctx)
    assert "SEA6|GMV" in made.pairs and all(p.split("|")[1] in economy.LEVELS for p in made.pairs)
    gmv = queries.series(con, ["GMV"], ["SEA6"])
    assert made.last_estimate["SEA6|GMV"] == int(gmv.year.max())


def test_china_section_holds_the_report_and_the_shares_with_their_sources(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "zh")
    made = tables.china(ctx)
    figures = queries.report_figures(con, "ecommerce")
    assert len(made.report) == len(figures) and set(made.report_ids) == set(figures.source_id)
    assert not made.shares.empty and made.share_ids
