"""The IDI page's tables, each read and made whole from a Ctx and plain settings, so that the page asks once per
input (ui.views.table) and every later run, in any session, draws the shared result: the pandas work behind them
was half of a warm run of the 2009-2017 section, and hashing the frames they were made from, to key a cache,
another sixth. Never change a result in place."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import pandas as pd

from aseanict.i18n import t
from aseanict.store import queries
from aseanict.topics.idi import chart_views
from aseanict.topics.idi import editions as idi
from aseanict.topics.idi import table1 as table1_topic
from aseanict.topics.view_kit import Ctx


@dataclasses.dataclass(frozen=True, eq=False)
class RankTable:
    """ITU's published global ranks of the 2009-2017 index for the chosen countries."""

    points: pd.DataFrame  # one row per country and edition (idi.edition_points)
    grid: pd.DataFrame  # countries down, editions across: "–" not found, idi.WEAK_MARK a secondary source
    labels: dict[str, str]  # edition key -> label, newest first
    default_pair: tuple[int, int]  # positions in `keys` of the editions a comparison opens on

    @property
    def keys(self) -> list[str]:
        """Edition keys, oldest first (the order of the from / to pickers)."""
        return list(reversed(self.labels))


def rank_table(ctx: Ctx, countries: Sequence[str]) -> RankTable | None:
    """The published ranks of these countries (indicator idi.OLD_RANK); None when there are none."""
    ranks = idi.edition_points(ctx.series((idi.OLD_RANK,), countries))
    if ranks.empty:
        return None
    labels = idi.key_labels(ranks, ctx.lang)
    keys = list(reversed(labels))
    pair = idi.default_pair(keys, idi.key_of(*idi.SEED_TABLE1_EDITION), idi.key_of(*idi.LAST_OLD))
    return RankTable(ranks, idi.rank_pivot(ranks, dict(ctx.names), ctx.lang).T, labels, pair)


def rank_moves(ranks: RankTable, key_from: str, key_to: str, names: Mapping[str, str]) -> pd.DataFrame:
    """Rank changes between two editions as the page shows them: country names, "–" for no rank."""
    moves = idi.rank_moves(ranks.points, key_from, key_to)
    return idi.missing_as_dash(moves.assign(iso3=moves.iso3.map(lambda e: names.get(e, e))))


def selection_table(ctx: Ctx, countries: Sequence[str], key: str) -> pd.DataFrame:
    """The 2023+ index's scores in edition `key` with its pillars, ranked within these countries."""
    pillars = ctx.series(idi.PILLARS, (*countries, idi.WORLD, "ITU_ASP"))
    return idi.selection_table(chart_views.points(ctx, "new", countries), pillars, key, dict(ctx.names))


def conflicts(ctx: Ctx, countries: Sequence[str]) -> pd.DataFrame:
    """Every source of each 2023+ index value on which sources disagree, for these countries."""
    return idi.conflicts(queries.all_sources_for(ctx.con, idi.NEW, list(countries)))


@dataclasses.dataclass(frozen=True, eq=False)
class Table1:
    """The report's Table 1 as printed, and the same rows and columns with today's values."""

    printed: pd.DataFrame  # table1.table1_printed: cell by cell as printed
    world: float | None  # the world's IDI in the edition Table 1 cites (the grey cells are above it)
    today: pd.DataFrame  # table1.table1_today, countries by name (ASEAN's row derived here, and named so)
    today_ids: tuple[str, ...]


def table1(ctx: Ctx) -> Table1:
    world = idi.edition_points(ctx.series((idi.OLD,), (idi.WORLD,)))
    world = world.loc[world.key == idi.key_of(*idi.SEED_TABLE1_EDITION), "value"]
    rows = ctx.series(table1_topic.TODAY_INDICATORS, tuple(table1_topic.TABLE1_ROWS[:-1]))
    names = {**ctx.names, "ASEAN": t("idi.asean_derived", ctx.lang)}
    today = table1_topic.table1_today(rows, ctx.lang)
    return Table1(
        table1_topic.table1_printed(ctx.report_figures()),
        float(world.iloc[0]) if not world.empty else None,
        today.assign(entity=today.entity.map(names.get)),
        tuple(rows.source_id.unique()),
    )
