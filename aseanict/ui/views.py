"""Named chart views on a page: build one (cached, shared by every session) and show it with its reading,
sources, downloads and <iframe> snippet. The charts themselves are topics/chart_views'."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Mapping
from typing import Any, TypeVar

import pandas as pd
import streamlit as st

from aseanict.figures import charts
from aseanict.i18n import t
from aseanict.topics import chart_views
from aseanict.ui import cached
from aseanict.ui.chart import kept, show_chart

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Kept:
    """A view as the shared cache keeps it: topics' Shown with its figure as JSON (cached.KeptFigure)."""

    fig: cached.KeptFigure
    data: pd.DataFrame  # the rows behind the chart: exactly its CSV download
    caption: str
    extra: Mapping[str, Any]


def chart(view: str, lang: str, settings: Mapping[str, Any]) -> Kept | None:
    """The view's figure, rows and caption (raises chart_views.Refused when there is nothing to draw, and why).
    The figure already has the look of no focus countries (charts.apply_focus with none): a run without a focus
    draws it as it is."""
    return cached.shared_from_store(_built, view, lang, dict(settings))


def _context(con, lang: str) -> chart_views.Ctx:
    # The names, sources and breaks every chart and table reads, read once per language (shared, never changed).
    return dataclasses.replace(cached.shared_from_store(chart_views.Ctx.read, lang), con=con)


def _built(con, view: str, lang: str, settings: Mapping[str, Any]) -> Kept | None:
    shown = chart_views.build(con, view, lang, settings, ctx=_context(con, lang))
    if shown is None:
        return None
    charts.apply_focus(shown.fig, (), lang=lang)  # before it is kept: nobody has it yet
    return Kept(kept(shown.fig, lang, shown.caption), shown.data, shown.caption, shown.extra)


def table(make: Callable[..., T], lang: str, *settings: Hashable) -> T:
    """make(ctx, *settings): a page's table (or the rows it is drawn from) made by a topic function from the store
    in this language, once per input while it stays in the shared budget, and shared by every run and session
    (keyed by plain settings, not by hashing the frames it is made from). Callers must not change it in place."""
    return cached.shared_from_store(_table, make, lang, settings)


def _table(con, make: Callable[..., T], lang: str, settings: tuple) -> T:
    return make(_context(con, lang), *settings)


def show(view: str, lang: str, settings: Mapping[str, Any], *, empty: str | None = "common.no_data") -> Kept | None:
    """Draw the view as ui.show_chart does, with its embed snippet; say why when there is nothing to draw
    (`empty`: the message for no rows; None says nothing)."""
    try:
        shown = chart(view, lang, settings)
    except chart_views.Refused as refusal:
        st.info(t(refusal.reason, lang, **refusal.values))
        return None
    if shown is None:
        if empty:
            st.info(t(empty, lang))
        return None
    show_chart(shown.fig, shown.data, key=view, lang=lang, caption=shown.caption, embed=settings, unfocused_look=True)
    return shown
