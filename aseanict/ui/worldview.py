"""The maps' worldview setting: one URL parameter (`worldview`) shared by every map of the app."""

from __future__ import annotations

import streamlit as st

from aseanict.figures.worldview import DEFAULT_WORLDVIEW, NATURAL_EARTH, WORLDVIEWS
from aseanict.i18n import t
from aseanict.ui import widgets

KEY = "worldview"
CHOSEN = "worldview_chosen"  # session flag: the reader (or the link they opened) picked a worldview


def worldview(lang: str) -> str:
    """Natural Earth's default features or China's official view; the default follows the language
    (DEFAULT_WORLDVIEW, explained in the README's "Maps" section), also after the reader switches language,
    until they pick a worldview themselves (or open a link that names one): that one is then kept."""
    ss = st.session_state
    default = DEFAULT_WORLDVIEW.get(lang, NATURAL_EARTH)
    if KEY not in ss:  # the session's first map: a worldview in the link counts as the reader's choice
        ss[CHOSEN] = st.query_params.get(KEY) in WORLDVIEWS
    elif not ss.get(CHOSEN):
        ss[KEY] = default

    def on_change() -> None:
        ss[CHOSEN] = True

    return widgets.choice(
        st.radio, t("maps.worldview", lang), WORLDVIEWS, key=KEY, lang=lang, default=default, horizontal=True,
        format_func=lambda w: t(f"maps.worldview.{w}", lang), help=t("maps.worldview_help", lang), on_change=on_change,
    )  # fmt: skip
