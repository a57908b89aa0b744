"""What Streamlit's Markdown (GFM, maths, directives, emoji, literal autolinks) would make of a text: a list of
the constructs found, empty when the text shows as plain characters. A test-side reading, stricter than the
renderer: it flags anything that could start a link, an image, HTML, code, maths, emphasis, a block or an icon."""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")  # a backslash before ASCII punctuation: that character is literal

_MASKED = {  # looked for where escaped characters are masked out
    "link or image": re.compile(r"\[[^\]]*\]\s*[(\[]|<[a-z][a-z0-9+.-]*:", re.IGNORECASE),
    "HTML": re.compile(r"<[a-z/!?]", re.IGNORECASE),
    "code": re.compile(r"`"),
    "maths": re.compile(r"\$"),
    "emphasis": re.compile(r"\*|~~|(?<![\w])_|_(?![\w])"),
    "block": re.compile(r"^\s*(#|[-+*]\s|\d+[.)]\s|>|=+\s*$|\|)", re.MULTILINE),
    "directive": re.compile(r":[a-z]+\["),
}
_RESOLVED = {  # looked for in the text a reader sees (escapes removed): Markdown links these anyway
    "address": re.compile(r"https?://|www\.|[\w.+-]@[\w-]+\.[\w-]", re.IGNORECASE),
    "emoji or icon": re.compile(r":[a-z0-9_+/-]+:", re.IGNORECASE),
}


def unsafe_constructs(text: str) -> list[str]:
    masked = _ESCAPE.sub("\x00\x00", text)
    resolved = _ESCAPE.sub(lambda m: m.group()[1], text)
    found = [name for name, pattern in _MASKED.items() if pattern.search(masked)]
    return found + [name for name, pattern in _RESOLVED.items() if pattern.search(resolved)]
