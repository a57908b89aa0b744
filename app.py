"""aseanict: the app shell. Page config, navigation over pages/, and a clear message if the store is broken."""

from pathlib import Path

import streamlit as st

from aseanict import ui
from aseanict.i18n import t

st.set_page_config(
    page_title="ASEAN–China ICT dashboard",
    page_icon=str(Path(__file__).parent / "aseanict" / "assets" / "favicon.png"),
    layout="wide",
)

lang = ui.language()
PAGES = [
    st.Page("pages/1_overview.py", title=t("nav.overview", lang), icon=":material/dashboard:", default=True),
    st.Page("pages/2_idi_trends.py", title=t("nav.idi", lang), icon=":material/trending_up:"),
    st.Page("pages/3_countries.py", title=t("nav.countries", lang), icon=":material/flag:"),
    st.Page("pages/4_tariffs.py", title=t("tariffs.nav", lang), icon=":material/payments:"),
    st.Page("pages/5_divide.py", title=t("divide.nav", lang), icon=":material/public:"),
    st.Page("pages/6_internet_economy.py", title=t("nav.economy", lang), icon=":material/shopping_cart:"),
    st.Page("pages/7_what_if.py", title=t("nav.whatif", lang), icon=":material/insights:"),
    st.Page("pages/8_presenter.py", title=t("nav.presenter", lang), icon=":material/slideshow:"),
    st.Page("pages/9_data_sources.py", title=t("nav.data", lang), icon=":material/table_view:"),
]
st.navigation(PAGES).run()
ui.footer(ui.language())  # after the page: its language is the one the sidebar has just set
