"""The internet-economy page's choices and tables, each read and made whole from a Ctx, so that the page asks once
per language (ui.views.table) and every later run, in any session, draws the shared result (the page read every
e-Conomy SEA series, copied out of a cache, and remade these on every run). Never change a result in place."""

from __future__ import annotations

import dataclasses

import pandas as pd

from aseanict.topics.economy import editions as economy
from aseanict.topics.view_kit import Ctx


def observations(ctx: Ctx) -> pd.DataFrame:
    """Every stored estimate of the levels and shares, for the economies e-Conomy SEA covers."""
    return ctx.series(economy.LEVELS + economy.SHARES, economy.ECON_ENTITIES)


@dataclasses.dataclass(frozen=True, eq=False)
class SeriesChoice:
    pairs: list[str]  # "entity|indicator" of every series with a level estimate, in display order
    last_estimate: dict[str, int]  # pair -> the latest year it has an estimate for


def series_choice(ctx: Ctx) -> SeriesChoice:
    obs = observations(ctx)
    pairs = [f"{e}|{i}" for e, i in economy.options(obs)]
    last = obs.groupby(["entity", "indicator"])["year"].max()
    return SeriesChoice(pairs, {f"{e}|{i}": int(y) for (e, i), y in last.items()})


@dataclasses.dataclass(frozen=True, eq=False)
class China:
    """The report's e-commerce figures and the e-commerce shares beside e-Conomy SEA's GMV as % of GDP."""

    report: pd.DataFrame  # economy.report_display
    report_ids: tuple[str, ...]
    shares: pd.DataFrame  # economy.shares_display
    share_ids: tuple[str, ...]


def china(ctx: Ctx) -> China:
    figures = ctx.report_figures("ecommerce")
    names = economy.short_names(ctx.names, ctx.lang)
    shares = economy.share_figures(figures, observations(ctx))
    return China(
        economy.report_display(figures, names, ctx.lang),
        tuple(figures.source_id.unique()),
        economy.shares_display(shares, names, ctx.lang),
        tuple(shares.source_id.unique()),
    )
