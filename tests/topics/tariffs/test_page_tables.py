"""The tariffs page's tables as the page draws them, each made whole from a Ctx and plain settings."""

from __future__ import annotations

import duckdb

from aseanict import config
from aseanict.store import queries
from aseanict.topics.tariffs import baskets as tariffs
from aseanict.topics.tariffs import page_tables
from aseanict.topics.view_kit import Ctx


def test_targets_are_the_verdicts_their_years_grid_and_counts(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "en")
    group, target = next(iter(tariffs.GROUPS)), next(iter(tariffs.TARGETS))
    made = page_tables.targets(ctx, tuple(config.DEFAULT_COUNTRIES), group, True, target)
    assert made.years == sorted(made.years) and made.years
    assert ctx.names["SGP"] in made.grid.index
    counted = page_tables.counts(made, made.years[-1])
    assert sum(counted.values()) >= 1 and counted == tariffs.compliance_counts(made.table, made.years[-1])


def test_the_report_section_says_what_its_tables_hold_and_credits_both_sides(con: duckdb.DuckDBPyConnection) -> None:
    ctx = Ctx.read(con, "zh")
    made = page_tables.report(ctx)
    figures = queries.report_figures(con, "tariff")
    assert not made.levels.empty and not made.changes.empty and made.levels_said and made.changes_said
    assert len(page_tables.quotes(ctx, "tariff").table) == len(figures)
    assert set(figures.source_id) <= set(made.source_ids) and len(made.source_ids) > len(set(figures.source_id))
