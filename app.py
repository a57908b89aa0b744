"""aseanict: the app shell. Page config, navigation over pages/, and a clear message if the store is broken."""

import streamlit as st

from aseanict.i18n import t

st.set_page_config(page_title="ASEAN–China ICT dashboard", page_icon="📶", layout="wide")

lang = st.session_state.get("sel_lang") or st.query_params.get("lang", "en")
lang = lang if lang in ("en", "zh") else "en"
PAGES = [
    st.Page("pages/1_overview.py", title=t("nav.overview", lang), icon="🏠", default=True),
    st.Page("pages/9_data_sources.py", title=t("nav.data", lang), icon="📚"),
]
st.navigation(PAGES).run()
