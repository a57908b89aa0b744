"""The country page's tables as the page draws them, each made whole from a Ctx and plain settings."""

from __future__ import annotations

import duckdb
import pytest

from aseanict.store import queries
from aseanict.topics.countries import profiles, tables
from aseanict.topics.view_kit import Ctx


def test_profile_is_the_card_its_table_its_sources_and_its_breaks(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "zh")
    made = tables.profile(ctx, "CHN")
    card = made.card.set_index("code")
    assert list(card.index) == list(profiles.KEY_INDICATORS)
    assert card.at["IT.NET.USER.ZS", "latest"] == pytest.approx(queries.latest(con, "IT.NET.USER.ZS", ["CHN"]).value[0])
    assert card.at["IT.NET.USER.ZS", "indicator"] != "IT.NET.USER.ZS"  # the short label, in the reader's language
    assert len(made.shown) == len(card) and set(made.source_ids) == set(card.source_id.dropna())
    # China's users series breaks in 2023 (ITU's new estimate): its sparkline starts there, and the page says so
    assert (card.at["IT.NET.USER.ZS", "indicator"], 2023) in made.after_breaks


def test_ranking_ranks_the_compared_countries_in_the_year_picked(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "en")
    chosen = ("CHN", "SGP", "TLS")
    choice = tables.ranking_choice(ctx, "IT.NET.USER.ZS", chosen)
    assert choice.years == sorted(choice.years, reverse=True) and choice.common_year in choice.years
    ranked = tables.ranking(ctx, "IT.NET.USER.ZS", choice.common_year, chosen)
    assert ranked.higher is True and ranked.source_ids
    shown = ranked.shown.set_index("iso3")
    assert shown.at["Singapore", "rank"].startswith("1 ")  # "1 of 3 with data in <year>"
    assert list(shown.index) == [ctx.names[c] for c in ("SGP", "CHN", "TLS")]
    assert tables.ranking_choice(ctx, "IT.NET.USER.ZS", ("XXX", "YYY")).years == []
