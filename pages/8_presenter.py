"""Presenter mode: step through a saved sequence of charts full-screen, or take it away as PowerPoint or PDF."""

import streamlit as st

from aseanict import cached, deck, export, presenter, ui, urlstate
from aseanict.i18n import t

ui.store_or_stop()
sel = ui.sidebar()
lang = sel.lang
ss = st.session_state
all_views = list(presenter.VIEWS)
if "pres_sequence" not in ss:  # first visit: the URL may carry a sequence and a step
    ss.pres_sequence, problem = urlstate.parse_list(
        st.query_params.get("views"), all_views, presenter.SEQUENCES["revisited"], "views"
    )
    ss.pres_step, problem2 = urlstate.parse_int(st.query_params.get("step"), 1, len(all_views), 1, "step")
    for p in (problem, problem2):
        if p:
            st.info(t("common.url_notice", lang, details=p))

full = st.toggle(t("present.fullscreen", lang), key="pres_full")
if full:  # a room wants the chart, not the controls
    st.markdown(
        "<style>[data-testid='stSidebar'],[data-testid='stSidebarCollapsedControl'],header{display:none}</style>",
        unsafe_allow_html=True,
    )
else:
    st.title(t("present.title", lang))
    st.caption(t("present.intro", lang))
    # The widget's own state is dropped while it is hidden (full screen); pres_sequence keeps the choice.
    ss.pres_views = list(ss.pres_sequence)
    st.multiselect(
        t("present.sequence", lang),
        all_views,
        key="pres_views",
        format_func=lambda v: t(f"present.view.{v}", lang),
        on_change=lambda: ss.update(pres_sequence=list(ss.pres_views)),
    )

views = list(ss.pres_sequence)
if not views or not sel.countries:
    st.info(t("present.empty", lang) if not views else t("common.pick_country", lang))
    st.stop()
ss.pres_step = presenter.clamp_step(ss.pres_step - 1, len(views)) + 1
st.query_params.update({"views": ",".join(views), "step": str(ss.pres_step)})


def move(delta: int) -> None:
    ss.pres_step = presenter.clamp_step(ss.pres_step - 1 + delta, len(views)) + 1


with st.container(horizontal=True, vertical_alignment="center"):
    st.button(t("present.previous", lang), on_click=move, args=(-1,), disabled=ss.pres_step == 1, key="pres_prev")
    st.button(t("present.next", lang), on_click=move, args=(1,), disabled=ss.pres_step == len(views), key="pres_next")
    st.markdown(t("present.step", lang, n=ss.pres_step, total=len(views)))

view = cached.presenter_view(views[ss.pres_step - 1], lang, sel.countries)
st.plotly_chart(presenter.for_projector(view.figure), width="stretch", key="pres_chart")
st.markdown(f"### {view.takeaway}")

if not full and export.chromium_path():
    sequence = [cached.presenter_view(v, lang, sel.countries) for v in views]
    with st.container(horizontal=True):
        st.download_button(
            t("present.pptx", lang),
            lambda: deck.pptx_deck(
                presenter.deck_slides(sequence, export.figure_image),
                t("present.deck_title", lang),
                t("present.deck_subtitle", lang),
            ),
            file_name="aseanict_deck.pptx",
            mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
            on_click="ignore",
            key="pres_pptx",
        )
        st.download_button(
            t("present.pdf", lang),
            lambda: deck.pdf_deck(presenter.deck_slides(sequence, export.figure_image)),
            file_name="aseanict_deck.pdf",
            mime="application/pdf",
            on_click="ignore",
            key="pres_pdf",
        )
elif not full:
    st.caption(t("common.no_image_export", lang))
