"""plain(): a user's value shows as itself in Markdown."""

from __future__ import annotations

import pandas as pd
import pytest

from aseanict.core.plain_text import plain
from tests.hostile.markdown import unsafe_constructs

HOSTILE = [
    "![x](http://203.0.113.9/a.png)",
    "[Log in again](https://evil.example/)",
    "<img src=x onerror=alert(1)>",
    "**bold** _it_ `code` $x^2$ # head",
    "www.evil.example and mail@evil.example",
    ":red[c] :smile: :material/home:",
    "line one\n\n# heading\n- item",
    "<https://evil.example>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_plain_leaves_no_markdown_construct(text: str) -> None:
    assert unsafe_constructs(text)  # the checker sees the danger in the raw value …
    assert unsafe_constructs(plain(text)) == []  # … and none once it is plain


def test_plain_keeps_what_a_reader_sees() -> None:
    text = "# [link](http://x) **bold** $x$ :red[c] a@b.org 重温 2016"
    shown = plain(text).replace("\\", "").replace("\u2060", "")
    assert shown == text
    assert "\n" not in plain("one\ntwo\x00three") and plain("one\ntwo") == "one two"


# A reader copying a notice or a table cell copies any invisible joiner too ("Error:\u2060 …" pasted elsewhere).
ORDINARY = [
    "Error: the file has 3 columns; expected 4",
    "Source: World Bank (CC BY 4.0)",
    "NACT 2026: [draft] at 10:30",
    "来源：国际电联 2023: 92.1",
    "user@ home, @all, 5 @ 10%",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_gets_no_invisible_character(text: str) -> None:
    assert "\u2060" not in plain(text)  # before: one after every ':' and before every '@'
    assert plain(text).replace("\\", "") == text


@pytest.mark.parametrize(
    ("text", "joiners"),
    [("http://x.org/a:b", 1), ("mail@evil.example", 1), ("www.evil.example", 1), (":smile: :material/home:", 2)],
)
def test_a_joiner_only_where_a_pattern_starts(text: str, joiners: int) -> None:
    assert plain(text).count("\u2060") == joiners and unsafe_constructs(plain(text)) == []


def test_a_static_tables_cells_copy_as_shown() -> None:
    from aseanict.core import tables

    shown = tables.static_table(pd.DataFrame({"Source": ["ITU: Measuring digital development", "WB: WDI"]}))
    assert not any("\u2060" in cell for cell in shown["Source"])
