"""The tariffs page's tables and sentences, each read and made whole from a Ctx and plain settings, so that the
page asks once per input (ui.views.table) and every later run, in any session, draws the shared result (the page
remade the target grid and the report's tables from cached frames on every run). Never change a result in
place."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pandas as pd

from aseanict.store import queries
from aseanict.topics.tariffs import baskets as tariffs
from aseanict.topics.tariffs import chart_views
from aseanict.topics.tariffs import tables as tariff_tables
from aseanict.topics.view_kit import Ctx


@dataclasses.dataclass(frozen=True, eq=False)
class Targets:
    """Per country and year, whether a basket meets an affordability target."""

    table: pd.DataFrame  # tariffs.compliance
    years: list[int]  # years with a verdict, oldest first
    grid: pd.DataFrame  # countries down, years across, a symbol per verdict (tariff_tables.compliance_grid)


def targets(ctx: Ctx, countries: Sequence[str], group: str, experimental: bool, target: str) -> Targets:
    _, table = chart_views.compliance(ctx.con, countries, group, experimental, target)
    return Targets(
        table, tariffs.compliance_years(table), tariff_tables.compliance_grid(tariffs.judged(table), ctx.names)
    )


def counts(targets: Targets, year: int) -> dict[str, int]:
    """How many countries meet, fail or cannot be judged in `year`."""
    return tariffs.compliance_counts(targets.table, year)


@dataclasses.dataclass(frozen=True, eq=False)
class Report:
    """The CAICT report's tariff figures beside ITU's series for the same years (its quotes: `quotes`)."""

    levels: pd.DataFrame  # tariff_tables.seed_levels_table
    levels_said: str  # what the levels table says, in sentences
    changes: pd.DataFrame  # tariff_tables.seed_changes_table
    changes_said: str
    source_ids: tuple[str, ...]  # the report's and ITU's


def report(ctx: Ctx) -> Report:
    figures = ctx.report_figures("tariff")
    entities = tuple(e for e in figures.entity.unique() if e in ctx.names)
    itu = ctx.series(tariffs.SEED_LEVEL_CODES, entities, 2008, 2016)
    means = [queries.group_aggregate(ctx.con, code, "ASEAN", 2008, 2016) for code in tariffs.SEED_LEVEL_CODES]
    levels = tariff_tables.seed_levels_table(tariffs.seed_levels(figures, itu, means), ctx.lang, ctx.names)
    changes = tariffs.seed_changes(figures, ctx.series(tariffs.SEED_CHANGE_CODES, entities, 2008, 2016))
    change_table = tariff_tables.seed_changes_table(changes, ctx.lang, ctx.names)
    return Report(
        levels,
        tariff_tables.statements(levels, ctx.lang),
        change_table,
        tariff_tables.statements(change_table, ctx.lang),
        tuple(dict.fromkeys([*figures.source_id.unique(), *itu.source_id.unique()])),
    )


@dataclasses.dataclass(frozen=True, eq=False)
class Quotes:
    table: pd.DataFrame  # the CAICT report's figures on a topic as quoted (tariff_tables.quotes_table)
    source_ids: tuple[str, ...]


def quotes(ctx: Ctx, topic: str) -> Quotes:
    """The report's figures on `topic` ("tariff", "divide") as it quotes them, for the tariffs and divide pages."""
    figures = ctx.report_figures(topic)
    return Quotes(tariff_tables.quotes_table(figures, ctx.lang, ctx.names), tuple(figures.source_id.unique()))
