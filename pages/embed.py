"""A chart alone, for an <iframe> on another web page: /embed?view=<name>&lang=zh&<the view's settings>.
No sidebar or menu; the chart keeps its title, source line and licence, and its text reading below."""

import streamlit as st

from aseanict import ui
from aseanict.core import takeaway
from aseanict.i18n import t
from aseanict.topics import chart_views
from aseanict.ui import cached, widgets

ui.store_or_stop()
lang = ui.language()
st.markdown(  # no sidebar, menu or page margins: the host page frames the chart
    "<style>[data-testid='stSidebar'],[data-testid='stSidebarCollapsedControl'],header,footer{display:none}"
    ".block-container{padding:0.5rem 1rem}</style>",
    unsafe_allow_html=True,
)
view = st.query_params.get("view", "")
if view not in chart_views.VIEWS:
    st.warning(t("embed.unknown_view", lang))
    st.stop()
settings, problems = chart_views.settings_from_url(view, st.query_params, list(ui.names(lang)))
try:
    shown, dropped = cached.shared_from_store(chart_views.build_forgiving, view, lang, settings)
except chart_views.Refused as refusal:
    widgets.notices(problems, lang)
    st.info(t(refusal.reason, lang, **refusal.values))
    st.stop()
widgets.notices([*problems, *dropped], lang)
if shown is None:
    st.info(t("common.no_data", lang))
    st.stop()
st.plotly_chart(ui.for_this_screen(shown.fig), width="stretch", key=f"chart_{view}", config=ui.plotly_config())
st.caption(takeaway.caption(shown.fig, ui.names(lang), lang, shown.caption))
source_ids = shown.data["source_id"].dropna().unique() if "source_id" in shown.data else []
st.caption(ui.credit(source_ids, lang))
