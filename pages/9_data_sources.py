"""Data & sources: any indicator as a table, its sources and licences, coverage, and the report's figures."""

import streamlit as st

from aseanict import ui
from aseanict.core import figure_text, provenance, units, upload
from aseanict.core.plain_text import plain
from aseanict.i18n import t
from aseanict.topics.data import selection as data_selection
from aseanict.topics.data import tables
from aseanict.ui import cached, views, widgets

sel = ui.page("data.title", "data.intro")
lang = sel.lang

inds = cached.indicators()
topics = list(dict.fromkeys(inds.topic))
linked = st.query_params.get("data_indicator")
if "data_topic" not in st.session_state and linked in set(inds.code):  # a link names the indicator, not its topic
    st.session_state.data_topic = str(inds.set_index("code").at[linked, "topic"])
c1, c2 = st.columns([1, 2])
with c1:
    topic = widgets.choice(
        st.selectbox, t("data.topic", lang), topics, format_func=lambda x: t(f"topic.{x}", lang), key="data_topic",
        lang=lang,
    )  # fmt: skip
in_topic = inds[inds.topic == topic]
codes = sorted(in_topic.code, key=lambda c: (c != "IT.NET.USER.ZS", not c.startswith("IT."), c))
with c2:
    code = widgets.choice(
        st.selectbox, t("common.indicator", lang), codes, key="data_indicator", lang=lang,
        format_func=lambda c: f"{ui.indicator_label(c, lang)} [{c}]",
    )  # fmt: skip
meta = inds.set_index("code").loc[code]

c3, c4, c5 = st.columns([2, 1, 1])
with c3:
    years = widgets.year_range(
        t("data.years", lang), key="data_years", lang=lang, lo=1990, hi=2030, default=(2005, 2025)
    )
with c4:
    with_aggregates = widgets.flag(st.checkbox, t("data.include_aggregates", lang), key="data_aggregates", lang=lang)
with c5:
    include_flagged = widgets.flag(st.checkbox, t("data.include_flagged", lang), key="data_flagged", lang=lang)

chosen = views.table(
    data_selection.selection, lang, code, tuple(sel.countries), tuple(years), with_aggregates, include_flagged
)
if chosen.aggregates_only:
    st.info(t("data.aggregates_only", lang))

with st.expander(t("data.series_info", lang), expanded=True):
    direction = {True: "data.direction", False: "data.direction_lower"}.get(
        meta.higher_is_better, "data.direction_none"
    )
    st.markdown(
        f"**{ui.indicator_label(code, lang)}** · {t('common.unit', lang)}: {units.unit_label(meta.unit, lang)} · {t(direction, lang)}"
    )
    if not chosen.empty:
        st.markdown(ui.credit(chosen.source_ids, lang))
    ui.show_notes([code], chosen.entities, lang)

if chosen.empty:
    st.info(t("common.no_data", lang))
else:
    st.subheader(t("data.table", lang))
    st.dataframe(cached.arrow(chosen.wide), width="stretch")
    st.download_button(
        t("common.download_csv", lang),
        chosen.csv,
        file_name=f"aseanict_{code}_{years[0]}-{years[1]}.csv",
        mime="text/csv",
        key="data_csv",
    )
    if chosen.n_conflicts:
        st.warning(t("data.conflicts", lang, n=chosen.n_conflicts))
    st.subheader(t("data.long", lang))
    st.dataframe(
        cached.arrow(chosen.records),
        hide_index=True,
        width="stretch",
        column_config=tables.record_columns(lang) | {"url": st.column_config.LinkColumn(t("source.col.url", lang))},
    )

st.subheader(t("data.coverage", lang))
grid = views.table(data_selection.coverage, lang, code)
if not grid.empty:
    st.dataframe(cached.arrow(grid), width="stretch")

with st.expander(t("data.upload", lang)):
    st.caption(t("data.upload_help", lang))
    file = st.file_uploader(t("data.upload_file", lang), type=["csv", "xlsx"], key="data_upload")
    if file is not None:
        result = upload.parse_upload(
            file.getvalue(), file.name, cached.countries().iso3, upload.valid_ranges(inds), lang
        )
        if result.ok:
            st.session_state["user_data"] = result.rows
            ui.keep_flags()  # up=1 in the address now: a server restart before the next run is then noticed
            st.success(t("data.upload_ok", lang, n=len(result.rows)))
        else:
            st.error(t("data.upload_failed", lang) + "\n\n" + "\n".join(f"- {plain(e)}" for e in result.errors))
    with st.container(horizontal=True):
        st.download_button(
            t("data.upload_template", lang),
            upload.TEMPLATE,
            file_name="aseanict_template.csv",
            mime="text/csv",
            on_click="ignore",
            key="data_template",
        )
        if st.session_state.get("user_data") is not None and st.button(t("data.upload_clear", lang)):
            del st.session_state["user_data"]
            st.rerun()

with st.expander(t("data.all_sources", lang)):
    st.dataframe(
        cached.arrow(views.table(data_selection.all_sources, lang)),
        hide_index=True,
        width="stretch",
        column_config=provenance.source_columns(lang) | {"url": st.column_config.LinkColumn(t("source.col.url", lang))},
    )
with st.expander(t("data.report_figures", lang)):
    st.dataframe(
        cached.arrow(views.table(data_selection.report_figures, lang)),
        hide_index=True,
        width="stretch",
        column_config=figure_text.figure_columns(lang),
    )
