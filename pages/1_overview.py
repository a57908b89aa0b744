"""Overview: headline figures for ASEAN and China, and the 2016 report beside the latest data."""

import streamlit as st

from aseanict import ui
from aseanict.i18n import t
from aseanict.topics.overview import tables as overview_tables
from aseanict.ui import views, widgets

sel = ui.page("overview.title", "overview.intro")
lang = sel.lang

headline = views.table(overview_tables.cards, lang)
for i, card in enumerate(headline.cards):
    if i % 3 == 0:  # a row of three per line, so that a phone stacks the cards in reading order
        columns = st.columns(3)
    with columns[i % 3]:
        st.metric(card.label, card.value, help=card.help)
        st.caption(card.caption)

ui.show_sources(headline.source_ids, lang, key="headline")

if views.show("overview_users", lang, {"countries": tuple(sel.countries)}, empty="common.pick_country"):
    ui.show_notes(["IT.NET.USER.ZS"], sel.countries, lang)

st.subheader(t("overview.then_now", lang))
st.caption(t("overview.then_now_intro", lang))
then_now = views.table(overview_tables.then_now, lang)
ui.show_table(then_now.table, static=True)  # sentences: wrapped whole, never cut
ui.show_sources(then_now.source_ids, lang, key="then_now")


@st.fragment  # a new indicator redraws this chart only, not the page above it
def slope_section() -> None:
    """The same question for any indicator, country by country: the report's year against the latest comparable
    one."""
    slope_code = widgets.choice(
        st.selectbox, t("overview.slope.indicator", lang), views.table(overview_tables.slope_indicators, lang),
        default="IT.NET.USER.ZS", format_func=lambda c: ui.indicator_label(c, lang), key="overview_slope", lang=lang,
    )  # fmt: skip
    views.show("overview_slope", lang, {"countries": tuple(sel.countries), "overview_slope": slope_code})


slope_section()
