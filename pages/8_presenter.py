"""Presenter mode: step through a sequence of charts full-screen, build and save your own, take it away as a deck."""

import streamlit as st

from aseanict import ui
from aseanict.core.plain_text import plain
from aseanict.i18n import t
from aseanict.topics.presenter import views as presenter
from aseanict.ui import presenter as presenting
from aseanict.ui import presenter_controls as controls

sel = ui.page(None)
lang = sel.lang
ss = st.session_state
presenting.start()

full = st.toggle(t("present.fullscreen", lang), key="pres_full", help=t("present.keys", lang))
if full:  # a room wants the chart, not the controls: no sidebar or header, larger step controls, and no
    # keyboard-focus frame around the slide after ← / →
    st.markdown(
        "<style>[data-testid='stSidebar'],[data-testid='stSidebarCollapsedControl'],header{display:none}"
        "[data-testid='stMainBlockContainer']{padding-top:1rem;padding-bottom:0.5rem;max-width:100%}"
        "#stMain::before{box-shadow:none}"
        ".st-key-pres_controls p{font-size:1.4rem}</style>",
        unsafe_allow_html=True,
    )
else:
    st.title(t("present.title", lang))
    st.caption(t("present.intro", lang))
    if ss.pres_url_problems:
        st.info(t("common.url_notice", lang, details=plain("; ".join(ss.pres_url_problems))))
    controls.pick_sequence(lang)
    with st.expander(t("present.build", lang)):
        controls.edit_sequence(lang)
    with st.expander(t("present.mine", lang)):
        controls.saved_sequences(lang)
    kind, text = ss.pop("pres_message", (None, ""))  # the outcome of Save or of loading a file, shown once
    if kind:
        (st.error if kind == "error" else st.success)(text)

views = list(ss.pres_sequence)
if not views or not sel.countries:
    st.info(t("present.empty", lang) if not views else t("common.pick_country", lang))
    st.stop()
title = presenter.sequence_title(ss.pres_name, views, lang)
step = presenting.clamp_step(len(views))
presenting.write_url(views, ss.pres_name, step)

st.markdown(f"**{plain(title)}**" if full else f"### {plain(title)}")
with st.container(horizontal=True, vertical_alignment="center", key="pres_controls"):
    st.button(
        t("present.previous", lang),
        on_click=presenting.step_by,
        args=(-1, len(views)),
        disabled=ss.pres_step == 1,
        key="pres_prev",
        shortcut="Left",
    )
    st.button(
        t("present.next", lang),
        on_click=presenting.step_by,
        args=(1, len(views)),
        disabled=ss.pres_step == len(views),
        key="pres_next",
        shortcut="Right",
    )
    st.markdown(t("present.step", lang, n=ss.pres_step, total=len(views)))

view_id = views[ss.pres_step - 1]
view = presenting.view(view_id, lang, sel.countries)
# Full screen: the chart takes what a 1920 x 1080 screen leaves below the title and controls and above the
# takeaway, so that one slide needs no scrolling.
st.plotly_chart(
    presenting.projector_figure(view_id, lang, sel.countries),
    width="stretch",
    height=presenting.FULL_SCREEN_CHART_HEIGHT if full else "content",
    key="pres_chart",
    config=ui.plotly_config(),
)
st.markdown(f"### {view.takeaway}")
if not full and "indicator" in view.data:  # the series notes (breaks, odd steps) for whoever prepares the talk
    with st.expander(t("common.notes", lang)):
        ui.show_notes(view.data.indicator.unique(), sel.countries, lang)

if not full:
    controls.deck_downloads(views, title, lang, sel.countries)
