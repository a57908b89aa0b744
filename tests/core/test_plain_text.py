"""plain(): a user's value shows as itself in Markdown."""

from __future__ import annotations

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
