"""The countries page's ranking: an indicator and a year picked, the compared countries ranked on it, with the
direction that counts as better and the sources."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from aseanict.i18n import t
from aseanict.topics.countries import profiles
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
