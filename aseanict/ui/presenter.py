"""Presenter mode's state: the sequence on screen, the user's saved sequences, the step, and the link.

Everything lives in session state under pres_*; these callbacks change it before the page reruns, and
write_url puts the sequence, its name and the step in the address. The views themselves are the topic's
(topics/presenter), built once per view, language and countries and shared between sessions.
"""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go
import streamlit as st

from aseanict.core.plain_text import plain
from aseanict.i18n import t
from aseanict.topics.presenter import sequences
from aseanict.topics.presenter import views as presenter
from aseanict.ui import cached
from aseanict.ui.chart import focused, on_phone

ALL_VIEWS = list(presenter.VIEWS)
# 1080 px less the title line, the step controls, a two-line takeaway and the page's padding (about 330 px).
FULL_SCREEN_CHART_HEIGHT = 750


def start() -> None:
    """On a session's first visit: the sequence, name and step the link carries (else the 2016 report)."""
    ss = st.session_state
    if "pres_sequence" in ss:
        return
    first = sequences.from_url(st.query_params, ALL_VIEWS, presenter.SEQUENCES["revisited"])
    ss.pres_sequence, ss.pres_name, ss.pres_step = first.views, first.name, first.step
    ss.pres_url_problems = first.problems
    ss.pres_saved = {}  # the user's own sequences: this session only; they travel as a JSON file


def load(option: str | None) -> None:
    """Put a built-in ('builtin:<key>') or saved ('saved:<name>') sequence on screen, at its first step."""
    ss = st.session_state
    kind, _, key = (option or "").partition(":")
    if kind == "builtin":
        ss.pres_sequence, ss.pres_name = list(presenter.SEQUENCES[key]), ""
    elif kind == "saved" and key in ss.pres_saved:
        ss.pres_sequence, ss.pres_name = list(ss.pres_saved[key]), key
    ss.pres_step = 1


def reorder(index: int, delta: int) -> None:
    ss = st.session_state
    ss.pres_sequence = sequences.move(ss.pres_sequence, index, delta)


def save(lang: str) -> None:
    ss = st.session_state
    name = ss.pres_name or presenter.sequence_title("", ss.pres_sequence, lang)
    ss.pres_saved, problem = sequences.save(ss.pres_saved, name, ss.pres_sequence, lang)
    if problem:
        ss.pres_message = ("error", problem)
    else:
        ss.pres_name = sequences.clean_name(name)
        ss.pres_message = ("success", t("present.saved_ok", lang, name=plain(ss.pres_name)))


def delete(name: str) -> None:
    ss = st.session_state
    ss.pres_saved = {k: v for k, v in ss.pres_saved.items() if k != name}


def upload(lang: str) -> None:
    """Add the sequences of an uploaded JSON file; a bad file is refused whole and what the user has is kept."""
    ss = st.session_state
    if ss.pres_upload is None:  # the user cleared the uploader
        return
    loaded = sequences.load_file(ss.pres_upload.getvalue(), ALL_VIEWS, ss.pres_saved, lang)
    ss.pres_saved = loaded.saved
    if loaded.problems:
        ss.pres_message = (
            "error",
            "\n".join([t("present.json_failed", lang), *(f"- {plain(p)}" for p in loaded.problems)]),
        )
    else:
        ss.pres_message = ("success", t("present.json_loaded", lang, n=loaded.added))


def step_by(delta: int, n_views: int) -> None:
    ss = st.session_state
    ss.pres_step = presenter.clamp_step(ss.pres_step - 1 + delta, n_views) + 1


def clamp_step(n_views: int) -> int:
    """Keep the step inside the sequence (it may have shrunk) and return it."""
    ss = st.session_state
    ss.pres_step = presenter.clamp_step(ss.pres_step - 1, n_views) + 1
    return ss.pres_step


def write_url(views: Sequence[str], name: str, step: int) -> None:
    """The sequence, its name (left out when it has none) and the step, so that the address reopens it."""
    st.query_params.update({"views": ",".join(views), "step": str(step)})
    if name:
        st.query_params["name"] = name
    elif "name" in st.query_params:
        del st.query_params["name"]


def view(view_id: str, lang: str, countries: tuple[str, ...]) -> presenter.View:
    """A view, built once per view, language and countries and shared (for_projector and exports copy first)."""
    return cached.shared_from_store(presenter.build_view, view_id, lang, countries)


def projector_figure(view_id: str, lang: str, countries: tuple[str, ...]) -> go.Figure:
    """The view's chart in projector type sizes, as st.plotly_chart reads it: made once per view, language and
    countries and kept (as JSON) as long as the shared view, so the shared cache's budget bounds it too. On a phone,
    the view's own chart redrawn for the screen instead: projector type ran the title off a phone's edge."""
    shared = view(view_id, lang, countries).figure
    if on_phone():
        return focused(shared, lang, phone=True)
    return focused(cached.derived(shared, _for_projector), lang)  # a copy: the cached figure stays as built


def _for_projector(fig: go.Figure) -> cached.KeptFigure:
    return cached.KeptFigure(presenter.for_projector(fig))
