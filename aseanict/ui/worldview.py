"""The maps' worldview setting: one URL parameter (`worldview`) shared by every map of the app."""

from __future__ import annotations

import streamlit as st

from aseanict.figures.worldview import DEFAULT_WORLDVIEW, NATURAL_EARTH, WORLDVIEWS
from aseanict.i18n import t
from aseanict.ui import widgets


def worldview(lang: str) -> str:
    """Natural Earth's default features or China's official view; the default follows the language
    (DEFAULT_WORLDVIEW, explained in the README's "Maps" section)."""
    return widgets.choice(
        st.radio, t("maps.worldview", lang), WORLDVIEWS, key="worldview", lang=lang,
        default=DEFAULT_WORLDVIEW.get(lang, NATURAL_EARTH), horizontal=True,
        format_func=lambda w: t(f"maps.worldview.{w}", lang), help=t("maps.worldview_help", lang),
    )  # fmt: skip
