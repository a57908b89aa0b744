"""Page sections run as fragments: a widget inside one reruns that section, not the page."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

SCRIPT = """
import streamlit as st
from streamlit.runtime.scriptrunner_utils.script_run_context import ThreadState

from aseanict.ui import widgets



def section() -> None:
    st.markdown(f"fragment {bool(ThreadState.get().fragment_id)}")
    st.selectbox("pick", ["a", "b"], key="pick")


def closed() -> None:
    st.markdown("the closed section ran")


shut = type("Shut", (), {"open": False})()  # a tab that is not open
widgets.draw_open({"open": st.container(), "shut": shut}, {"open": section, "shut": closed})
"""


def test_an_open_section_runs_as_a_fragment_and_a_closed_one_not_at_all(tmp_path: Path) -> None:
    script = tmp_path / "sections.py"
    script.write_text(SCRIPT)
    at = AppTest.from_file(str(script)).run()
    assert not at.exception
    texts = [m.value for m in at.markdown]
    assert texts == ["fragment True"]
