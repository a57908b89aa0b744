"""Overview: headline figures for ASEAN and China, and the 2016 report beside the latest data."""

import streamlit as st

from aseanict import ui
from aseanict.i18n import t
from aseanict.topics.countries import bubbles
from aseanict.topics.overview import headlines as overview
from aseanict.ui import cached, views, widgets

sel = ui.page("overview.title", "overview.intro")
lang = sel.lang

heads = cached.from_store(overview.headline_values)
place = {"CHN": t("overview.china", lang), "ASEAN": t("overview.asean", lang), "SEA6": t("overview.sea6", lang)}
names = ui.names(lang)
cards = heads.to_dict("records")
for i, row in enumerate(cards):
    if i % 3 == 0:  # a row of three per line, so that a phone stacks the cards in reading order
        columns = st.columns(3)
    with columns[i % 3]:
        st.metric(
            f"{place.get(row['entity'], row['entity'])} · {t(row['key'], lang)}",
            ui.number(row["value"], row["indicator"], lang, ">" if row["qualifier"] == ">" else "="),
            help=overview.card_help(row, names, lambda ids: ui.credit(ids, lang), lang),
        )
        st.caption(overview.card_caption(row, lang, ui.precisions()))

ui.show_sources({s for ids in [*heads.source_ids, *heads.newer_source_ids] for s in ids.split(",") if s}, lang)

if views.show("overview_users", lang, {"countries": tuple(sel.countries)}, empty="common.pick_country"):
    ui.show_notes(["IT.NET.USER.ZS"], sel.countries, lang)

st.subheader(t("overview.then_now", lang))
st.caption(t("overview.then_now_intro", lang))
then_now = cached.from_store(overview.then_and_now)
table = overview.then_now_table(then_now, lang, lambda ids: ui.credit(ids, lang), names, ui.precisions())
ui.show_table(table, static=True)  # sentences: wrapped whole, never cut
ui.show_sources(
    {*then_now.report_source_id, *(s for ids in then_now.now_source_ids for s in ids.split(",") if s)}, lang
)


@st.fragment  # a new indicator redraws this chart only, not the page above it
def slope_section() -> None:
    """The same question for any indicator, country by country: the report's year against the latest comparable
    one."""
    slope_code = widgets.choice(
        st.selectbox, t("overview.slope.indicator", lang), bubbles.country_indicators(cached.indicators()),
        default="IT.NET.USER.ZS", format_func=lambda c: ui.indicator_label(c, lang), key="overview_slope", lang=lang,
    )  # fmt: skip
    views.show("overview_slope", lang, {"countries": tuple(sel.countries), "overview_slope": slope_code})


slope_section()
