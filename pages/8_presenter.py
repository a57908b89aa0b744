"""Presenter mode: step through a sequence of charts full-screen, build and save your own, take it away as a deck."""

import streamlit as st

from aseanict import ui
from aseanict.core.plain_text import plain
from aseanict.figures import deck, export
from aseanict.i18n import t
from aseanict.topics.presenter import sequences
from aseanict.topics.presenter import views as presenter
from aseanict.ui import presenter as presenting

sel = ui.page(None)
lang = sel.lang
ss = st.session_state
presenting.start()


def view_label(view_id: str) -> str:
    return t(f"present.view.{view_id}", lang)


def option_label(option: str) -> str:
    kind, _, key = option.partition(":")
    return t(f"present.seq.{key}", lang) if kind == "builtin" else t("present.pick_saved", lang, name=key)


def pick_sequence() -> None:
    """A built-in or saved sequence to start from; it shows which one is on screen, if it is unchanged."""
    # Widget state is dropped while a widget is hidden (full screen): the pres_* copies keep the choices, and
    # the widgets are set from them on every run. Callbacks run first, so nothing the user did is overwritten.
    ss.pres_pick = sequences.matching(ss.pres_name, ss.pres_sequence, presenter.SEQUENCES, ss.pres_saved)
    st.selectbox(
        t("present.pick", lang),
        [f"builtin:{k}" for k in presenter.SEQUENCES] + [f"saved:{n}" for n in ss.pres_saved],
        index=None,
        key="pres_pick",
        placeholder=t("present.pick_placeholder", lang),
        format_func=option_label,
        on_change=lambda: presenting.load(ss.pres_pick),
    )


def edit_sequence() -> None:
    """Name, views and their order (move up / down), and Save."""
    ss.pres_views = list(ss.pres_sequence)
    ss.pres_name_input = ss.pres_name
    with st.container(horizontal=True, vertical_alignment="bottom"):
        st.text_input(
            t("present.name", lang),
            key="pres_name_input",
            max_chars=sequences.MAX_NAME,
            placeholder=presenter.sequence_title("", ss.pres_sequence, lang),
            on_change=lambda: ss.update(pres_name=sequences.clean_name(ss.pres_name_input)),
        )
        st.button(t("present.save", lang), on_click=presenting.save, args=(lang,), key="pres_save", type="primary")
    st.multiselect(
        t("present.sequence", lang),
        presenting.ALL_VIEWS,
        key="pres_views",
        format_func=view_label,
        max_selections=sequences.MAX_VIEWS,
        on_change=lambda: ss.update(pres_sequence=list(ss.pres_views)),
    )
    st.caption(t("present.order", lang))
    last = len(ss.pres_sequence) - 1
    for i, view_id in enumerate(ss.pres_sequence):
        with st.container(horizontal=True, vertical_alignment="center", gap="small"):
            up, down = t("present.move_up", lang), t("present.move_down", lang)
            st.button("↑", key=f"pres_up_{i}", help=up, disabled=i == 0, on_click=presenting.reorder, args=(i, -1))
            st.button(
                "↓", key=f"pres_down_{i}", help=down, disabled=i == last, on_click=presenting.reorder, args=(i, 1)
            )
            st.markdown(f"{i + 1}. {view_label(view_id)}")


def saved_sequences() -> None:
    """The user's saved sequences (delete), and the JSON file that carries them between sessions."""
    st.caption(t("present.mine_help", lang))
    if not ss.pres_saved:
        st.caption(t("present.mine_none", lang))
    for i, (name, items) in enumerate(ss.pres_saved.items()):
        with st.container(horizontal=True, vertical_alignment="center"):
            st.markdown(t("present.mine_row", lang, name=plain(name), n=len(items)))
            st.button(t("present.delete", lang), key=f"pres_delete_{i}", on_click=presenting.delete, args=(name,))
    st.download_button(
        t("present.json_download", lang),
        sequences.to_json(ss.pres_saved),
        file_name="aseanict_sequences.json",
        mime="application/json",
        disabled=not ss.pres_saved,
        on_click="ignore",
        key="pres_json",
    )
    st.file_uploader(
        t("present.json_upload", lang),
        type=["json"],
        key="pres_upload",
        on_change=presenting.upload,
        args=(lang,),
        max_upload_size=1,
    )


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
    pick_sequence()
    with st.expander(t("present.build", lang)):
        edit_sequence()
    with st.expander(t("present.mine", lang)):
        saved_sequences()
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
)
st.markdown(f"### {view.takeaway}")
if not full and "indicator" in view.data:  # the series notes (breaks, odd steps) for whoever prepares the talk
    with st.expander(t("common.notes", lang)):
        ui.show_notes(view.data.indicator.unique(), sel.countries, lang)

if not full and export.chromium_path():

    def slides(page):  # every slide's view, made only when a deck is asked for (not on each run)
        return presenter.deck_slides([presenting.view(v, lang, sel.countries) for v in views], page)

    stem = sequences.file_stem(title)
    version = ui.data_version_line(lang)
    with st.container(horizontal=True, vertical_alignment="center"):
        size = ui.export_size("pres_size", lang, default="slide")
        st.download_button(
            t("present.pptx", lang),
            lambda: deck.pptx_deck(
                slides(deck.pptx_picture(size, version)),
                title,
                f"{t('present.deck_subtitle', lang)}\n{version}",
            ),
            file_name=f"{stem}.pptx",
            mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
            on_click="ignore",
            key="pres_pptx",
        )
        st.download_button(
            t("present.pdf", lang),
            lambda: deck.pdf_deck(slides(deck.pdf_page(size, version)), title),
            file_name=f"{stem}.pdf",
            mime="application/pdf",
            on_click="ignore",
            key="pres_pdf",
        )
elif not full:
    st.caption(t("common.no_image_export", lang))
