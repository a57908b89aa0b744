"""Data & sources: any indicator as a table, its sources and licences, coverage, and the report's figures."""

import streamlit as st

from aseanict import ui
from aseanict.core import figure_text, provenance, units, upload
from aseanict.core.plain_text import plain
from aseanict.i18n import t
from aseanict.topics.data import tables
from aseanict.ui import cached, widgets

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

countries = cached.countries()
entities = list(sel.countries)
if with_aggregates:
    entities += list(countries.loc[countries.kind == "aggregate", "iso3"])
names = ui.names(lang)
rows = cached.series((code,), tuple(entities), years[0], years[1], include_flagged)
if rows.empty and not with_aggregates:
    # Some series exist only for groups (e-Conomy SEA's six countries, ITU's world medians): show those.
    entities += list(countries.loc[countries.kind == "aggregate", "iso3"])
    rows = cached.series((code,), tuple(entities), years[0], years[1], include_flagged)
    if not rows.empty:
        st.info(t("data.aggregates_only", lang))

with st.expander(t("data.series_info", lang), expanded=True):
    direction = {True: "data.direction", False: "data.direction_lower"}.get(
        meta.higher_is_better, "data.direction_none"
    )
    st.markdown(
        f"**{ui.indicator_label(code, lang)}** · {t('common.unit', lang)}: {units.unit_label(meta.unit, lang)} · {t(direction, lang)}"
    )
    if not rows.empty:
        st.markdown(ui.credit(rows.source_id.unique(), lang))
    ui.show_notes([code], entities, lang)

if rows.empty:
    st.info(t("common.no_data", lang))
else:
    st.subheader(t("data.table", lang))
    wide = tables.wide_table(rows, names, t("common.country", lang), decimals=ui.precisions(), lang=lang)
    st.dataframe(wide, width="stretch")
    st.download_button(
        t("common.download_csv", lang),
        rows.to_csv(index=False).encode("utf-8"),
        file_name=f"aseanict_{code}_{years[0]}-{years[1]}.csv",
        mime="text/csv",
        key="data_csv",
    )
    n_conflicts = int(rows.conflict.sum())
    if n_conflicts:
        st.warning(t("data.conflicts", lang, n=n_conflicts))
    st.subheader(t("data.long", lang))
    everything = cached.all_sources_for(code, tuple(entities), years[0], years[1])
    st.dataframe(
        tables.records_display(everything, names, ui.indicator_labels(lang), lang, ui.precisions()),
        hide_index=True,
        width="stretch",
        column_config=tables.record_columns(lang) | {"url": st.column_config.LinkColumn(t("source.col.url", lang))},
    )

st.subheader(t("data.coverage", lang))
grid = tables.coverage_grid(cached.coverage(code), names)
if not grid.empty:
    st.dataframe(grid, width="stretch")

with st.expander(t("data.upload", lang)):
    st.caption(t("data.upload_help", lang))
    file = st.file_uploader(t("data.upload_file", lang), type=["csv", "xlsx"], key="data_upload")
    if file is not None:
        result = upload.parse_upload(file.getvalue(), file.name, countries.iso3, upload.valid_ranges(inds), lang)
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
    all_sources = cached.sources()
    st.dataframe(
        provenance.sources_display(
            all_sources.assign(licence_short=all_sources.licence.map(provenance.short_licence)), lang
        ),
        hide_index=True,
        width="stretch",
        column_config=provenance.source_columns(lang) | {"url": st.column_config.LinkColumn(t("source.col.url", lang))},
    )
with st.expander(t("data.report_figures", lang)):
    st.dataframe(
        figure_text.figures_display(cached.report_figures(), names, lang),
        hide_index=True,
        width="stretch",
        column_config=figure_text.figure_columns(lang),
    )
