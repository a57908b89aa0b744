"""The data page's tables, each read and made whole from a Ctx and plain settings, so that the page asks once per
input (ui.views.table) and every later run, in any session, draws the shared result: reshaping the rows, their
records and the coverage grid on each run was most of a warm run of the page. Never change a result in place."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pandas as pd

from aseanict.core import figure_text, provenance
from aseanict.i18n import t
from aseanict.store import queries
from aseanict.topics.data import tables
from aseanict.topics.view_kit import Ctx


@dataclasses.dataclass(frozen=True, eq=False)
class Selection:
    """One indicator's values for the chosen countries and years, as the page shows them."""

    rows: pd.DataFrame  # the store's rows (one value per entity, year and edition)
    entities: tuple[str, ...]  # what was asked for: the countries, and the aggregates when added
    aggregates_only: bool  # the countries had no rows, so the aggregates were added to show something
    wide: pd.DataFrame  # tables.wide_table: countries down, years across
    csv: bytes  # the rows as the CSV download
    n_conflicts: int  # values on which sources disagree
    records: pd.DataFrame  # tables.records_display: every source of every value, conflicting ones included
    source_ids: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return self.rows.empty


def aggregates(ctx: Ctx) -> list[str]:
    countries = ctx.countries
    return list(countries.loc[countries.kind == "aggregate", "iso3"])


def selection(
    ctx: Ctx, code: str, countries: Sequence[str], years: tuple[int, int], with_aggregates: bool, flagged: bool
) -> Selection:
    """`code`'s rows for these countries (with the aggregates: ASEAN, the World... when asked for, or when only
    they have values: some series exist only for groups, e.g. e-Conomy SEA's six countries)."""
    entities = [*countries, *(aggregates(ctx) if with_aggregates else ())]
    rows = ctx.series((code,), entities, years[0], years[1], flagged)
    aggregates_only = False
    if rows.empty and not with_aggregates:
        entities += aggregates(ctx)
        rows = ctx.series((code,), entities, years[0], years[1], flagged)
        aggregates_only = not rows.empty
    if rows.empty:
        return Selection(rows, tuple(entities), False, pd.DataFrame(), b"", 0, pd.DataFrame(), ())
    every = queries.all_sources_for(ctx.con, code, entities, years[0], years[1])
    return Selection(
        rows,
        tuple(entities),
        aggregates_only,
        tables.wide_table(rows, ctx.names, t("common.country", ctx.lang), decimals=ctx.decimals, lang=ctx.lang),
        rows.to_csv(index=False).encode("utf-8"),
        int(rows.conflict.sum()),
        tables.records_display(every, ctx.names, ctx.indicator_labels, ctx.lang, ctx.decimals),
        tuple(rows.source_id.unique()),
    )


def coverage(ctx: Ctx, code: str) -> pd.DataFrame:
    """Which entities have `code` in which years."""
    return tables.coverage_grid(queries.coverage(ctx.con, code), ctx.names)


def all_sources(ctx: Ctx) -> pd.DataFrame:
    """Every source in the store with its licence, as the page lists them."""
    every = ctx.sources
    return provenance.sources_display(every.assign(licence_short=every.licence.map(provenance.short_licence)), ctx.lang)


def report_figures(ctx: Ctx) -> pd.DataFrame:
    """The figures the CAICT report prints, each with where it was checked."""
    return figure_text.figures_display(ctx.report_figures(), ctx.names, ctx.lang)
