"""The Overview's cards and its then-and-now table, each read and made whole from a Ctx, so that the page asks
once per language (ui.views.table) and every later run, in any session, draws the shared result: the landing page
remade its cards' text and the table from cached frames on every run. Never change a result in place."""

from __future__ import annotations

import dataclasses

import pandas as pd

from aseanict.core import units
from aseanict.i18n import t
from aseanict.topics.countries import bubbles
from aseanict.topics.overview import headlines
from aseanict.topics.view_kit import Ctx


@dataclasses.dataclass(frozen=True)
class Card:
    label: str  # "ASEAN · Internet users"
    value: str  # at the indicator's precision, "> " for a lower bound
    help: str  # its sources, and for a group the method and members
    caption: str  # unit, year, whom a group value covers


@dataclasses.dataclass(frozen=True, eq=False)
class Cards:
    cards: tuple[Card, ...]
    source_ids: frozenset[str]  # every source behind the cards, newer weaker ones included


def cards(ctx: Ctx) -> Cards:
    """The headline cards: the latest value of each headline for China, ASEAN and SEA-6."""
    heads = headlines.headline_values(ctx.con)
    place = {
        code: t(f"overview.{key}", ctx.lang) for code, key in (("CHN", "china"), ("ASEAN", "asean"), ("SEA6", "sea6"))
    }
    made = tuple(
        Card(
            f"{place.get(row['entity'], row['entity'])} · {t(row['key'], ctx.lang)}",
            units.indicator_number(
                row["value"], row["indicator"], ctx.decimals, ctx.lang, ">" if row["qualifier"] == ">" else "="
            ),
            headlines.card_help(row, ctx.names, ctx.credit, ctx.lang),
            headlines.card_caption(row, ctx.lang, ctx.decimals),
        )
        for row in heads.to_dict("records")
    )
    ids = frozenset(s for ids in [*heads.source_ids, *heads.newer_source_ids] for s in ids.split(",") if s)
    return Cards(made, ids)


@dataclasses.dataclass(frozen=True, eq=False)
class ThenNow:
    table: pd.DataFrame  # headlines.then_now_table: the report's words beside the latest value, as sentences
    source_ids: frozenset[str]  # the report's and the latest values'


def then_now(ctx: Ctx) -> ThenNow:
    rows = headlines.then_and_now(ctx.con)
    table = headlines.then_now_table(rows, ctx.lang, ctx.credit, ctx.names, ctx.decimals)
    ids = frozenset([*rows.report_source_id, *(s for ids in rows.now_source_ids for s in ids.split(",") if s)])
    return ThenNow(table, ids)


def slope_indicators(ctx: Ctx) -> list[str]:
    """The indicators the slope chart offers (every country-level one)."""
    return bubbles.country_indicators(ctx.indicators)
