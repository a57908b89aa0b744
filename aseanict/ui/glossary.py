"""The glossary in the sidebar: on every page, in the reader's language (strings in i18n/glossary.py)."""

from __future__ import annotations

import streamlit as st

from aseanict.i18n import t
from aseanict.i18n.glossary import TERMS


def glossary_text(lang: str) -> str:
    """Every term with its explanation, as markdown."""
    colon = "：" if lang == "zh" else ": "
    return "\n\n".join(
        f"**{t(f'glossary.term.{term}', lang)}**{colon}{t(f'glossary.text.{term}', lang)}" for term in TERMS
    )


def show_glossary(lang: str) -> None:
    """A closed expander at the foot of the sidebar: one click away from every page."""
    with st.sidebar.expander(t("glossary.title", lang), icon=":material/menu_book:"):
        st.caption(t("glossary.intro", lang))
        st.markdown(glossary_text(lang))
