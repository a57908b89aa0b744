"""Overview: headline figures for ASEAN and China, and the 2016 report beside the latest data."""

import streamlit as st

from aseanict import ui
from aseanict.core import breaks, units
from aseanict.figures import charts
from aseanict.i18n import t
from aseanict.topics.overview import headlines as overview
from aseanict.ui import cached

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

chart_data = cached.series(("IT.NET.USER.ZS",), tuple(sel.countries), 2000, 2100)
if chart_data.empty:
    st.info(t("common.pick_country", lang))
else:
    marks, split = breaks.for_chart(cached.series_breaks(), chart_data, "IT.NET.USER.ZS", ui.names(lang), lang)
    fig = cached.memo(
        charts.line_chart,
        chart_data,
        title=t("overview.chart_title", lang),
        y_title="%",
        names=ui.names(lang),
        source_line=ui.credit(chart_data.source_id.unique(), lang),
        breaks=marks,
        split_at=split,
        value_format=units.hover_format("IT.NET.USER.ZS", ui.precisions()),
    )
    since = overview.since_report(chart_data, ui.names(lang), lang, ui.precisions().get("IT.NET.USER.ZS", 1))
    ui.show_chart(fig, chart_data, key="overview_users", lang=lang, caption=since)
    ui.show_notes(["IT.NET.USER.ZS"], sel.countries, lang)

st.subheader(t("overview.then_now", lang))
st.caption(t("overview.then_now_intro", lang))
then_now = cached.from_store(overview.then_and_now)
table = overview.then_now_table(then_now, lang, lambda ids: ui.credit(ids, lang), names, ui.precisions())
ui.show_table(table)
ui.show_sources(
    {*then_now.report_source_id, *(s for ids in then_now.now_source_ids for s in ids.split(",") if s)}, lang
)
