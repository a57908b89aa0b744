"""Presenter mode's controls: picking a sequence, editing and saving one, the saved ones and their JSON file, and
the deck downloads (the state they change and its callbacks are ui.presenter's)."""

from __future__ import annotations

import streamlit as st

from aseanict.core.plain_text import plain
from aseanict.figures import deck, export
from aseanict.i18n import t
from aseanict.topics.presenter import sequences
from aseanict.topics.presenter import views as presenter
from aseanict.ui import presenter as presenting
from aseanict.ui.chart import export_size
from aseanict.ui.page import data_version_line


def view_label(view_id: str, lang: str) -> str:
    return t(f"present.view.{view_id}", lang)


def option_label(option: str, lang: str) -> str:
    kind, _, key = option.partition(":")
    return t(f"present.seq.{key}", lang) if kind == "builtin" else t("present.pick_saved", lang, name=key)


def pick_sequence(lang: str) -> None:
    """A built-in or saved sequence to start from; it shows which one is on screen, if it is unchanged."""
    ss = st.session_state
    # Widget state is dropped while a widget is hidden (full screen): the pres_* copies keep the choices, and
    # the widgets are set from them on every run. Callbacks run first, so nothing the user did is overwritten.
    ss.pres_pick = sequences.matching(ss.pres_name, ss.pres_sequence, presenter.SEQUENCES, ss.pres_saved)
    st.selectbox(
        t("present.pick", lang),
        [f"builtin:{k}" for k in presenter.SEQUENCES] + [f"saved:{n}" for n in ss.pres_saved],
        index=None,
        key="pres_pick",
        placeholder=t("present.pick_placeholder", lang),
        format_func=lambda option: option_label(option, lang),
        on_change=lambda: presenting.load(ss.pres_pick),
    )


def edit_sequence(lang: str) -> None:
    """Name, views and their order (move up / down), and Save."""
    ss = st.session_state
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
        placeholder=t("present.sequence_none", lang),
        format_func=lambda view_id: view_label(view_id, lang),
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
            st.markdown(f"{i + 1}. {view_label(view_id, lang)}")


def saved_sequences(lang: str) -> None:
    """The user's saved sequences (delete), and the JSON file that carries them between sessions."""
    ss = st.session_state
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


def deck_downloads(views: list[str], title: str, lang: str, countries: tuple[str, ...]) -> None:
    """The sequence as a PowerPoint or PDF deck, each slide a chart with its takeaway, made when asked for."""
    if not export.chromium_path():
        st.caption(t("common.no_image_export", lang))
        return

    def slides(page):  # every slide's view, made only when a deck is asked for (not on each run)
        return presenter.deck_slides([presenting.view(v, lang, countries) for v in views], page)

    stem = sequences.file_stem(title)
    version = data_version_line(lang)
    with st.container(horizontal=True, vertical_alignment="center"):
        size = export_size("pres_size", lang, default="slide")
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
