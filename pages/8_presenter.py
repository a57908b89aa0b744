"""Presenter mode: step through a sequence of charts full-screen, build and save your own, take it away as a deck."""

import streamlit as st

from aseanict import ui
from aseanict.figures import deck, export
from aseanict.i18n import t
from aseanict.topics.presenter import sequences
from aseanict.topics.presenter import views as presenter
from aseanict.ui import cached

ui.store_or_stop()
sel = ui.sidebar()
lang = sel.lang
ss = st.session_state
all_views = list(presenter.VIEWS)
if "pres_sequence" not in ss:  # first visit: the URL may carry a sequence, its name and a step
    start = sequences.from_url(st.query_params, all_views, presenter.SEQUENCES["revisited"])
    ss.pres_sequence, ss.pres_name, ss.pres_step = start.views, start.name, start.step
    ss.pres_url_problems = start.problems
    ss.pres_saved = {}  # the user's own sequences: this session only; they travel as a JSON file


def view_label(view_id: str) -> str:
    return t(f"present.view.{view_id}", lang)


def load(option: str | None) -> None:
    kind, _, key = (option or "").partition(":")
    if kind == "builtin":
        ss.pres_sequence, ss.pres_name = list(presenter.SEQUENCES[key]), ""
    elif kind == "saved" and key in ss.pres_saved:
        ss.pres_sequence, ss.pres_name = list(ss.pres_saved[key]), key
    ss.pres_step = 1


def reorder(index: int, delta: int) -> None:
    ss.pres_sequence = sequences.move(ss.pres_sequence, index, delta)


def save() -> None:
    name = ss.pres_name or presenter.sequence_title("", ss.pres_sequence, lang)
    ss.pres_saved, problem = sequences.save(ss.pres_saved, name, ss.pres_sequence, lang)
    if problem:
        ss.pres_message = ("error", problem)
    else:
        ss.pres_name = sequences.clean_name(name)
        ss.pres_message = ("success", t("present.saved_ok", lang, name=sequences.markdown_text(ss.pres_name)))


def delete(name: str) -> None:
    ss.pres_saved = {k: v for k, v in ss.pres_saved.items() if k != name}


def upload() -> None:
    if ss.pres_upload is None:  # the user cleared the uploader
        return
    loaded = sequences.load_file(ss.pres_upload.getvalue(), all_views, ss.pres_saved, lang)
    ss.pres_saved = loaded.saved
    if loaded.problems:
        ss.pres_message = (
            "error",
            "\n".join([t("present.json_failed", lang), *(f"- {sequences.markdown_text(p)}" for p in loaded.problems)]),
        )
    else:
        ss.pres_message = ("success", t("present.json_loaded", lang, n=loaded.added))


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
        on_change=lambda: load(ss.pres_pick),
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
        st.button(t("present.save", lang), on_click=save, key="pres_save", type="primary")
    st.multiselect(
        t("present.sequence", lang),
        all_views,
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
            st.button("↑", key=f"pres_up_{i}", help=up, disabled=i == 0, on_click=reorder, args=(i, -1))
            st.button("↓", key=f"pres_down_{i}", help=down, disabled=i == last, on_click=reorder, args=(i, 1))
            st.markdown(f"{i + 1}. {view_label(view_id)}")


def saved_sequences() -> None:
    """The user's saved sequences (delete), and the JSON file that carries them between sessions."""
    st.caption(t("present.mine_help", lang))
    if not ss.pres_saved:
        st.caption(t("present.mine_none", lang))
    for i, (name, items) in enumerate(ss.pres_saved.items()):
        with st.container(horizontal=True, vertical_alignment="center"):
            st.markdown(t("present.mine_row", lang, name=sequences.markdown_text(name), n=len(items)))
            st.button(t("present.delete", lang), key=f"pres_delete_{i}", on_click=delete, args=(name,))
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
        t("present.json_upload", lang), type=["json"], key="pres_upload", on_change=upload, max_upload_size=1
    )


full = st.toggle(t("present.fullscreen", lang), key="pres_full", help=t("present.keys", lang))
if full:  # a room wants the chart, not the controls: no sidebar or header, larger step controls, and no
    # keyboard-focus frame around the slide after ← / →
    st.markdown(
        "<style>[data-testid='stSidebar'],[data-testid='stSidebarCollapsedControl'],header{display:none}"
        "[data-testid='stMainBlockContainer']{padding-top:1.5rem}#stMain::before{box-shadow:none}"
        ".st-key-pres_controls p{font-size:1.4rem}</style>",
        unsafe_allow_html=True,
    )
else:
    st.title(t("present.title", lang))
    st.caption(t("present.intro", lang))
    if ss.pres_url_problems:
        st.info(t("common.url_notice", lang, details="; ".join(ss.pres_url_problems)))
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
ss.pres_step = presenter.clamp_step(ss.pres_step - 1, len(views)) + 1
st.query_params.update({"views": ",".join(views), "step": str(ss.pres_step)})
if ss.pres_name:
    st.query_params["name"] = ss.pres_name
elif "name" in st.query_params:
    del st.query_params["name"]


def step_by(delta: int) -> None:
    ss.pres_step = presenter.clamp_step(ss.pres_step - 1 + delta, len(views)) + 1


st.markdown(f"**{sequences.markdown_text(title)}**" if full else f"### {sequences.markdown_text(title)}")
with st.container(horizontal=True, vertical_alignment="center", key="pres_controls"):
    st.button(
        t("present.previous", lang),
        on_click=step_by,
        args=(-1,),
        disabled=ss.pres_step == 1,
        key="pres_prev",
        shortcut="Left",
    )
    st.button(
        t("present.next", lang),
        on_click=step_by,
        args=(1,),
        disabled=ss.pres_step == len(views),
        key="pres_next",
        shortcut="Right",
    )
    st.markdown(t("present.step", lang, n=ss.pres_step, total=len(views)))

view_id = views[ss.pres_step - 1]
view = cached.presenter_view(view_id, lang, sel.countries)
big = cached.memo_by((view_id, lang, sel.countries), presenter.for_projector, view.figure)
st.plotly_chart(big, width="stretch", key="pres_chart")
st.markdown(f"### {view.takeaway}")

if not full and export.chromium_path():
    sequence = [cached.presenter_view(v, lang, sel.countries) for v in views]
    stem = sequences.file_stem(title)
    with st.container(horizontal=True):
        st.download_button(
            t("present.pptx", lang),
            lambda: deck.pptx_deck(
                presenter.deck_slides(sequence, export.figure_image), title, t("present.deck_subtitle", lang)
            ),
            file_name=f"{stem}.pptx",
            mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
            on_click="ignore",
            key="pres_pptx",
        )
        st.download_button(
            t("present.pdf", lang),
            lambda: deck.pdf_deck(presenter.deck_slides(sequence, export.figure_image), title),
            file_name=f"{stem}.pdf",
            mime="application/pdf",
            on_click="ignore",
            key="pres_pdf",
        )
elif not full:
    st.caption(t("common.no_image_export", lang))
