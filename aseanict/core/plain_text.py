"""A value from a user (URL, upload, sequence name, file name), made safe to show in Streamlit's Markdown.

st.markdown, st.info, st.error, st.caption … all read Markdown: a value such as `![x](http://host/a.png)` would
become an image that the browser fetches, `[Log in](https://…)` a working link. `plain` makes any text show as
itself instead. Use it on every user value (or on a whole message that echoes one) before it reaches Markdown.
"""

from __future__ import annotations

import re
import string

# Markdown turns any text that looks like an address (http://…, www.…, name@host.org) or an emoji / icon code
# (:smile:, :material/home:) into a link or an element even when its punctuation is escaped: it looks at the
# text after the escapes are read. An invisible word joiner breaks each such pattern: after the ':' of '://' and
# of ':name:', before the '@' of an address, after 'www'. Only there: a joiner goes along when a reader copies
# the text, so "Error: …", "Source: …" or "10:30" keep none.
_JOINER = "\u2060"
_WWW = re.compile(r"(www)(?=\.)", re.IGNORECASE)
_COLON = re.compile(r":(?=//|[\w+/-]+:)")
_AT = re.compile(r"(?<=[\w.+-])@(?=[\w-]+\.[\w-])")
_PUNCTUATION = frozenset(string.punctuation)


def plain(text: object) -> str:
    """The text on one line, every ASCII punctuation mark escaped and address patterns broken: Markdown shows
    it as typed, with no link, image, HTML, heading, list, emphasis, code, maths, colour or icon."""
    one_line = " ".join("".join(ch if ch.isprintable() else " " for ch in str(text)).split())
    unlinked = _AT.sub(_JOINER + "@", _COLON.sub(":" + _JOINER, _WWW.sub(rf"\1{_JOINER}", one_line)))
    return "".join(f"\\{ch}" if ch in _PUNCTUATION else ch for ch in unlinked)
