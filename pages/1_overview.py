"""Overview: headline figures for ASEAN and China, and the 2016 report beside the latest data."""

import pandas as pd
import streamlit as st

from aseanict import cached, charts, ui
from aseanict.i18n import format_number, t

ui.store_or_stop()
sel = ui.sidebar()
lang = sel.lang
st.title(t("overview.title", lang))
st.caption(t("overview.intro", lang))

heads = cached.headline_values()
place = {"CHN": t("overview.china", lang), "ASEAN": t("overview.asean", lang), "SEA6": t("overview.sea6", lang)}
columns = st.columns(3)
for i, row in enumerate(heads.itertuples()):
    with columns[i % 3]:
        prefix = ">" if row.qualifier == ">" else ""
        help_text = ui.credit(row.source_ids.split(","), lang)
        if row.derived:
            help_text += " · " + t("overview.derived_help", lang, method=t(f"overview.method.{row.method}", lang),
                                   members=row.members)
        st.metric(f"{place.get(row.entity, row.entity)} · {t(row.key, lang)} ({row.year})",
                  f"{prefix}{format_number(row.value, lang)} {t(row.unit_key, lang)}", help=help_text)

chart_data = cached.series(("IT.NET.USER.ZS",), tuple(sel.countries), 2000, 2100)
if chart_data.empty:
    st.info(t("common.pick_country", lang))
else:
    fig = charts.line_chart(
        chart_data, title=t("overview.chart_title", lang), y_title="%", names=ui.names(lang),
        source_line=ui.credit(chart_data.source_id.unique(), lang),
        breaks=[(2023, "CN break")] if "CHN" in sel.countries else [],
    )
    ui.show_chart(fig, chart_data, key="overview_users", lang=lang, caption=t("overview.chart_caption", lang))
    ui.show_notes(["IT.NET.USER.ZS"], sel.countries, lang)

st.subheader(t("overview.then_now", lang))
st.caption(t("overview.then_now_intro", lang))
tn = cached.then_and_now()
table = pd.DataFrame({
    t("overview.col.figure", lang): [t(k, lang) for k in tn.label_key],
    t("overview.col.report", lang): [f"{q if q != '=' else ''}{v:g} {u} ({y})" for q, v, u, y in
                                    zip(tn.report_qualifier, tn.report_value, tn.report_unit, tn.report_year)],
    t("overview.col.now", lang): [f"{v:.1f} ({y})" if pd.notna(v) else "–" for v, y in zip(tn.now_value, tn.now_year)],
    t("common.source", lang): [ui.credit([s for s in ids.split(",") if s], lang) for ids in tn.now_source_ids],
    t("overview.col.caveat", lang): [t(k, lang) for k in tn.caveat_key],
    t("overview.col.quote", lang): tn.report_quote,
})
st.dataframe(table, hide_index=True, width="stretch")
