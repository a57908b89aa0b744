"""Running a page the way a visitor opens it, for the AppTest files: a fresh session on an address, and a
click on one of the page's tabs (only the open section runs)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

TIMEOUT = 90


def run(page: str | Path, **params: str | None) -> AppTest:
    """A fresh session opening the page with these URL parameters (None ones left out)."""
    at = AppTest.from_file(str(page), default_timeout=TIMEOUT)
    for key, value in params.items():
        if value is not None:
            at.query_params[key] = value
    return at.run()


def open_tab(at: AppTest, page: str, code: str) -> AppTest:
    """What a click on a tab does (page: the key widgets.section_tabs was given, e.g. "idi")."""
    at.session_state[f"sel_tab_{page}"] = code
    return at.run()


LAZY_BOXES = ("sources_", "cite_", "embed_", "downloads_")  # keys of the boxes ui draws only when opened (ui.chart)


def open_boxes(at: AppTest, *prefixes: str) -> AppTest:
    """What clicks on the page's closed sources, 'Cite this', 'Embed' and 'Excel, images' boxes do (those whose keys
    start with one of `prefixes`, by default all): each opened, then the page run again, which draws their content."""
    boxes = [*at.expander, *at.get("popover")]
    keys = [box.key for box in boxes if getattr(box, "key", None) and box.key.startswith(prefixes or LAZY_BOXES)]
    for key in keys:
        at.session_state[key] = True
    return at.run() if keys else at


def shown_tables(at) -> list:
    """Every table on the page as the reader sees it: st.dataframe values, and st.table (ui.show_table's static
    tables, whose cells are Markdown-escaped) with the escapes removed."""
    import re

    def unescape(text: object) -> object:
        return re.sub(r"\\(.)", r"\1", text).replace("\u2060", "") if isinstance(text, str) else text

    static = [d.value.rename(columns=unescape).map(unescape) for d in at.table]
    return [d.value for d in at.dataframe] + static
