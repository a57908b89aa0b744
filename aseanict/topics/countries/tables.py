"""The country page's tables, each read and made whole from a Ctx and plain settings, so that the page asks once per
input (ui.views.table) and every later run, in any session, draws the shared result: recomputing the profile rows
and the ranking on each run was half of a warm run of the comparison. Never change a result in place."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pandas as pd

from aseanict import config
from aseanict.i18n import t
from aseanict.store import queries
from aseanict.topics.countries import profiles
from aseanict.topics.view_kit import Ctx

FIELD = tuple(config.DEFAULT_COUNTRIES)  # the countries a profile ranks among


@dataclasses.dataclass(frozen=True, eq=False)
class Profile:
    card: pd.DataFrame  # profiles.profile_table: one row per key indicator
    shown: pd.DataFrame  # profiles.profile_display: the card as the page's table
    source_ids: tuple[str, ...]
    after_breaks: tuple[tuple[str, int], ...]  # (indicator label, year): sparklines that start at a series break


def profile(ctx: Ctx, focus: str) -> Profile:
    """One country's key indicators: latest value, trend, rank among FIELD, gaps to ASEAN and the World."""
    rows = profiles.key_series(ctx.series(profiles.KEY_INDICATORS, (*FIELD, profiles.WORLD)))
    aggregates = pd.concat(
        [queries.group_aggregate(ctx.con, code, "ASEAN") for code in profiles.KEY_INDICATORS], ignore_index=True
    )
    labels = {code: t(f"prof.short.{code}", ctx.lang) for code in profiles.KEY_INDICATORS}
    higher = profiles.directions(ctx.indicators)
    card = profiles.profile_table(rows, aggregates, higher, focus, FIELD, labels, ctx.lang, ctx.breaks)
    return Profile(
        card,
        profiles.profile_display(card, ctx.lang, ctx.decimals),
        tuple(card.source_id.dropna().unique()),
        tuple(profiles.trends_after_breaks(card, ctx.breaks, focus)),
    )


@dataclasses.dataclass(frozen=True, eq=False)
class RankingChoice:
    rows: pd.DataFrame  # profiles.key_series of the indicator for the compared countries
    years: list[int]  # years with data, newest first
    common_year: int | None  # the latest year with the most of them reporting: the year picker opens on it


def ranking_choice(ctx: Ctx, code: str, chosen: Sequence[str]) -> RankingChoice:
    rows = profiles.key_series(ctx.series((code,), chosen))
    return RankingChoice(rows, profiles.years_with_data(rows, code, chosen), profiles.common_year(rows, code, chosen))


@dataclasses.dataclass(frozen=True, eq=False)
class Ranking:
    shown: pd.DataFrame  # profiles.ranking_display
    source_ids: tuple[str, ...]
    higher: bool | None  # the indicator's better direction (None: none defined)


def ranking(ctx: Ctx, code: str, year: int, chosen: Sequence[str]) -> Ranking:
    """The compared countries ranked on one indicator in one year, as the page shows them."""
    higher = profiles.directions(ctx.indicators).get(code)
    ranked = profiles.ranking(ranking_choice(ctx, code, chosen).rows, code, year, chosen, higher)
    shown = profiles.ranking_display(ranked, ctx.names, year, ctx.lang, code, ctx.decimals)
    return Ranking(shown, tuple(ranked.source_id.dropna().unique()), higher)
