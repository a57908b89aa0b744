"""The IDI page's calculators: rank moves between two editions, and the growth of one country's score between two
of its editions, with the arithmetic shown (the sums are topics/idi's)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from aseanict.i18n import t
from aseanict.topics.idi import editions as idi
from aseanict.topics.idi import tables as idi_tables
from aseanict.ui import cached, widgets
from aseanict.ui.page import credit
from aseanict.ui.tables import show_table


def rank_moves(ranks: idi_tables.RankTable, names: Mapping[str, str], lang: str) -> None:
    """Two editions picked, and each country's rank in both and its move."""
    c1, c2 = st.columns(2)
    with c1:
        k_from = widgets.choice(
            st.selectbox, t("idi.from", lang), ranks.keys, default=ranks.keys[ranks.default_pair[0]],
            format_func=ranks.labels.get, key="idi_rank_from", lang=lang,
        )  # fmt: skip
    with c2:
        k_to = widgets.choice(
            st.selectbox, t("idi.to", lang), ranks.keys, default=ranks.keys[ranks.default_pair[1]],
            format_func=ranks.labels.get, key="idi_rank_to", lang=lang,
        )  # fmt: skip
    moves = cached.per_object(ranks, (k_from, k_to), lambda r: idi_tables.rank_moves(r, k_from, k_to, names))
    show_table(moves, column_config={c: t(f"idi.moves.{c}", lang) for c in moves.columns})
    st.caption(t("idi.ranks_caption", lang) + " " + credit(ranks.points.source_id.unique(), lang))


def growth_calculator(old: pd.DataFrame, new: pd.DataFrame, names: Mapping[str, str], lang: str) -> None:
    """Index, country and two editions picked; the growth between them, its arithmetic, and a warning when the two
    scores come from different editions' methods."""
    c1, c2, c3, c4 = st.columns(4)
    with c1:
        which = widgets.choice(
            st.radio, t("idi.index", lang), ["old", "new"], format_func=lambda k: t(f"idi.tab.{k}", lang),
            key="idi_growth_index", lang=lang,
        )  # fmt: skip
    points = old if which == "old" else new
    with c2:
        entity = widgets.choice(
            st.selectbox, t("common.country", lang), sorted(set(points.entity)), default="CHN", format_func=names.get,
            key="idi_growth_entity", lang=lang,
        )  # fmt: skip
    own = cached.derived(points, idi.entity_key_labels, entity, lang)
    if len(own) < 2:
        st.info(t("idi.growth.need_two", lang))
        return
    with c3:
        k0 = widgets.choice(
            st.selectbox, t("idi.from", lang), list(own)[::-1], format_func=own.get, key="idi_growth_from", lang=lang
        )
    with c4:
        k1 = widgets.choice(
            st.selectbox, t("idi.to", lang), list(own), format_func=own.get, key="idi_growth_to", lang=lang
        )
    try:
        g = idi.growth_between(points, entity, k0, k1)
    except ValueError:
        st.warning(t("idi.growth.order", lang))
        return
    st.metric(t("idi.growth.result", lang, name=names.get(entity, entity)), f"{100 * g['rate']:.2f}%")
    st.code(g["arithmetic"], language=None)
    if not g["same_edition"]:
        st.warning(t("idi.growth.editions", lang))
