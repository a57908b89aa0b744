"""Every piece of text an AppTest run puts on screen, with where it is: for the whole-app language checks.

Elements are read from their protos (labels, bodies, help, displayed options), tables from their Arrow data
and column configuration (headers, index, text cells), charts from their Plotly JSON (titles, axes, legends,
annotations, hover templates, tick and category labels, the values hover templates show).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pandas as pd
from streamlit.testing.v1 import AppTest

# Proto fields a reader sees. Ids, keys, URLs, MIME types, icons and chart specs are not among them.
VISIBLE_FIELDS = {"body", "label", "help", "options", "placeholder", "code_text", "delta", "text", "caption"}
# What Streamlit's frontend writes, in English, in an empty picker given no placeholder of its own.
FRONTEND_PLACEHOLDERS = {"multiselect": "Choose options", "selectbox": "Choose an option"}
# Keys of a Plotly figure whose strings are drawn or shown on hover (axis titles are {"title": {"text": ...}}).
PLOTLY_TEXT_KEYS = {
    "text",
    "name",
    "hovertemplate",
    "texttemplate",
    "hovertext",
    "ticktext",
    "ticksuffix",
    "tickprefix",
    "customdata",
    "x",
    "y",
    "labels",
    "values",
    "label",
}
PLOTLY_SKIP_KEYS = {"template", "geojson", "locations", "featureidkey", "meta", "uid", "style"}


@dataclass(frozen=True)
class Shown:
    where: str  # the element and the part of it, e.g. "plotly_chart 'title' layout.xaxis.title.text"
    text: str


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def figure_texts(figure: dict, where: str) -> Iterator[Shown]:
    """Every drawn or hover string of a Plotly figure in JSON form."""

    def walk(node: Any, path: str) -> Iterator[Shown]:
        if isinstance(node, dict):
            if "bdata" in node:  # a typed numeric array
                return
            for key, value in node.items():
                if key in PLOTLY_SKIP_KEYS or (key == "name" and "annotations." in path):
                    continue  # an annotation's name is an identifier (charts.FOOT), never drawn
                if key in PLOTLY_TEXT_KEYS or (key == "title" and isinstance(value, str)):
                    for text in _strings(value):
                        yield Shown(f"{where} {path}{key}", text)
                if isinstance(value, dict | list):
                    yield from walk(value, f"{path}{key}.")
        elif isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, dict | list):
                    yield from walk(item, f"{path}{i}.")

    yield from walk(figure, "")


_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_STYLE_ONLY = re.compile(r"\s*(<style\b|/\*)")


def table_texts(frame: pd.DataFrame, columns_json: str, where: str) -> Iterator[Shown]:
    """Headers (the configured label, else the column name), the index if shown, and every text cell."""
    config = json.loads(columns_json) if columns_json else {}
    for column in frame.columns:
        conf = config.get(str(column), {})
        if conf.get("hidden"):
            continue
        yield Shown(f"{where} header", str(conf.get("label") or column))
        link = conf.get("type_config", {}).get("type") == "link"
        if not link:
            for cell in dict.fromkeys(c for c in frame[column] if isinstance(c, str)):
                # A static table's cells are Markdown with their punctuation escaped: read them as shown.
                yield Shown(f"{where} column {column!r}", _MARKDOWN_ESCAPE.sub(r"\1", cell))
    if not config.get("_index", {}).get("hidden") and not isinstance(frame.index, pd.RangeIndex):
        for name in frame.index.names:
            if name is not None:
                yield Shown(f"{where} index header", str(name))
        for cell in frame.index.unique():
            if isinstance(cell, str):
                yield Shown(f"{where} index", cell)


def _proto_strings(message: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    for field, value in message.ListFields():
        if field.type == field.TYPE_MESSAGE:
            for item in value if field.is_repeated else [value]:
                yield from _proto_strings(item, f"{prefix}{field.name}.")
        elif field.type == field.TYPE_STRING and field.name in VISIBLE_FIELDS:
            for text in value if field.is_repeated else [value]:
                yield f"{prefix}{field.name}", text


def _element_texts(node: Any, where: str) -> Iterator[Shown]:
    kind = node.type
    if kind == "html" and _STYLE_ONLY.match(node.proto.body):
        return  # a style sheet: it draws nothing a reader sees
    if kind == "plotly_chart":
        figure = json.loads(node.proto.spec)
        title = figure.get("layout", {}).get("title", {}).get("text", "")
        yield from figure_texts(figure, f"{where} plotly_chart {title[:40]!r}")
        return
    if kind in ("dataframe", "arrow_data_frame", "table"):
        frame = node.value
        if hasattr(frame, "data"):  # a Styler
            frame = frame.data
        yield from table_texts(frame, getattr(node.proto, "columns", ""), f"{where} {kind}")
        return
    for field, text in _proto_strings(node.proto):
        yield Shown(f"{where} {kind}.{field}", text)
    if kind in FRONTEND_PLACEHOLDERS and not node.proto.placeholder and not _has_value(node):
        yield Shown(f"{where} {kind}.placeholder (Streamlit's own)", FRONTEND_PLACEHOLDERS[kind])


def _has_value(node: Any) -> bool:
    value = node.value
    return bool(value) if isinstance(value, list | tuple) else value is not None


def visible_texts(at: AppTest) -> list[Shown]:
    """Every non-empty text of the last run, in page order."""
    found: list[Shown] = []

    def walk(node: Any, where: str) -> None:
        if hasattr(node, "children"):
            label = getattr(node, "label", None)
            if label:
                found.append(Shown(f"{where} {node.type}.label", label))
                where = f"{where} [{node.type} {label[:30]!r}]"
            elif node.type in ("sidebar", "main"):
                where = node.type
            for child in node.children.values():
                walk(child, where)
        else:
            found.extend(_element_texts(node, where))

    walk(at._tree, "")
    return [s for s in found if s.text.strip()]
