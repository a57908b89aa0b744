"""The hostile corpus (corpus.json) plus the cases JSON cannot hold: bytes that are not UTF-8, nesting deeper
than any parser goes. Tests of pages, uploads and refresh all read it from here."""

from __future__ import annotations

import json
from pathlib import Path

_DATA = json.loads((Path(__file__).with_name("corpus.json")).read_text(encoding="utf-8"))

URL_VALUES: list[str] = _DATA["url_values"]
# Distinctive parts of the values above: an element that shows one of them echoes a hostile value.
NEEDLES = ("203.0.113.9", "evil.example", "onerror", "alert(1)", "DROP TABLE", "bold", ":red", "heading", "passwd")

CSV_UPLOADS: dict[str, bytes] = {
    name: (
        "country,indicator,year,value\nIDN,IT.NET.USER.ZS,2024,\xe9\xff\n".encode("latin-1")
        if text is None
        else text.encode()
    )
    for name, text in _DATA["csv_uploads"].items()
}

API_ANSWERS: dict[str, bytes] = {name: text.encode() for name, text in _DATA["api_answers"].items()}
API_ANSWERS["deeply_nested"] = b"[" * 200_000 + b"]" * 200_000
API_STATUS_ERRORS: list[int] = _DATA["api_status_errors"]
