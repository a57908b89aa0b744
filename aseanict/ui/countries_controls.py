"""The countries page's inputs and ranking: the compared countries ranked on an indicator and year picked (with
the direction that counts as better and the sources), and the bubble chart's axes, trails and year."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from aseanict.i18n import t
from aseanict.topics.countries import bubbles, profiles
from aseanict.topics.countries import chart_views as country_views
from aseanict.topics.countries import tables as country_tables
from aseanict.ui import cached, views, widgets
from aseanict.ui.page import credit, indicator_label
from aseanict.ui.tables import show_table

DIRECTION = {True: "prof.dir.higher", False: "prof.dir.lower", None: "prof.dir.none"}


def ranking(chosen: Sequence[str], lang: str) -> None:
    options = profiles.rankable(cached.indicators())
    c1, c2 = st.columns([3, 1])
    with c1:
        code = widgets.choice(
            st.selectbox, t("common.indicator", lang), options, default="IT.NET.USER.ZS",
            format_func=lambda c: indicator_label(c, lang), key="prof_rank_indicator", lang=lang,
        )  # fmt: skip
    choice = views.table(country_tables.ranking_choice, lang, code, tuple(chosen))
    if not choice.years:
        st.info(t("common.no_data", lang))
        return
    with c2:
        year = widgets.choice(
            st.selectbox, t("common.year", lang), choice.years, default=choice.common_year, key="prof_rank_year",
            lang=lang,
        )  # fmt: skip
    ranked = views.table(country_tables.ranking, lang, code, year, tuple(chosen))
    show_table(
        ranked.shown,
        column_config={
            "iso3": t("common.country", lang), "value": t("common.value", lang),
            "rank": t("prof.col.rank_selected", lang),
        },
    )  # fmt: skip
    st.caption(
        t(DIRECTION[ranked.higher], lang) + " " + t("prof.rank_caption", lang) + " " + credit(ranked.source_ids, lang)
    )


def bubble_settings(countries: tuple[str, ...], lang: str) -> dict[str, object] | None:
    """The bubble chart's axes, trails and year picked, as its view takes them; None (and why, on the page) when there
    is nothing to draw: the same indicator on both axes, or no year with both."""
    options = bubbles.country_indicators(cached.indicators())
    c1, c2 = st.columns(2)
    with c1:
        x = widgets.choice(
            st.selectbox, t("bubbles.x", lang), options, default=bubbles.DEFAULT_X,
            format_func=lambda c: indicator_label(c, lang), key="bubbles_x", lang=lang,
        )  # fmt: skip
    with c2:
        y = widgets.choice(
            st.selectbox, t("bubbles.y", lang), options, default=bubbles.DEFAULT_Y,
            format_func=lambda c: indicator_label(c, lang), key="bubbles_y", lang=lang,
        )  # fmt: skip
    # Under the axes, the width of the page: in a third column its label was cut at 1400 px.
    trails = widgets.flag(st.checkbox, t("bubbles.trails", lang), key="bubbles_trails", lang=lang)
    if x == y:
        st.info(t("bubbles.same", lang))
        return None
    years, default_year = cached.from_store(country_views.bubble_years, countries, x, y)
    if not years:
        st.info(t("common.no_data", lang))
        return None
    year = widgets.choice(
        st.select_slider, t("bubbles.year", lang), years, default=default_year, key="bubbles_year", lang=lang
    )
    return {"countries": countries, "bubbles_x": x, "bubbles_y": y, "bubbles_trails": trails, "bubbles_year": year}
