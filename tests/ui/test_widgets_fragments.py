"""Page sections: the tabs and the open section run as one fragment, so a tab switch or a widget inside a section
reruns that, not the page; closed sections do not run at all."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

SCRIPT = """
import streamlit as st
from streamlit.runtime.scriptrunner_utils.script_run_context import ThreadState

from aseanict.core.sections import PAGE_SECTIONS
from aseanict.ui import widgets


def section(code):
    def draw():
        st.markdown(f"{code} in a fragment: {bool(ThreadState.get().fragment_id)}")
        st.selectbox("pick", ["a", "b"], key=f"pick_{code}")
    return draw


st.markdown("the page")
widgets.sections("2_idi_trends.py", "idi.tab", page="idi", lang="en",
                 draw={code: section(code) for code in PAGE_SECTIONS["2_idi_trends.py"]})
"""


def test_the_open_section_runs_in_a_fragment_and_the_closed_ones_not_at_all(tmp_path: Path) -> None:
    script = tmp_path / "sections.py"
    script.write_text(SCRIPT)
    at = AppTest.from_file(str(script)).run()
    assert not at.exception
    assert [m.value for m in at.markdown] == ["the page", "old in a fragment: True"]
    at.session_state["sel_tab_idi"] = "new"  # what a click on the tab does
    at.run()
    assert [m.value for m in at.markdown] == ["the page", "new in a fragment: True"]
