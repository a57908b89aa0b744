"""The steps that move a figure's text other than its ticks on a phone: the title wrapped and pinned to the top
(title_wrapped), the note on grey lines under it (grey_note_under_title), a series-break note above the plot
(break_note_above), the notes at the foot wrapped (foot_wrapped), a legend at the right moved to the foot
(legend_to_foot) and given the rows it wraps into (legend_rows), a reference line's label wrapped
(line_labels_wrapped), and a chart's own line labels kept on the screen (own_labels_room); points' names are
points.py's."""

from __future__ import annotations

import math
from typing import Any

from aseanict.figures import charts, focus
from aseanict.figures.narrow.sizes import (
    BREAK_NOTE_GAP_PX,
    BREAK_NOTE_LINE,
    BREAK_NOTE_LINE_PX,
    CHAR_PX,
    FOOT_LINE_PX,
    LABEL_GAP_PX,
    LEGEND_ENTRY_PX,
    LEGEND_ROW_PHONE_PX,
    LINE_LABEL,
    LINES_SHARE,
    NOTE_LINE_PX,
    PHONE_LINE,
    PLOT_PHONE_PX,
    TITLE_LINE,
    TITLE_LINE_PX,
    TITLE_PAD_PX,
)

_PINNED = {"yref": "container", "y": 1, "yanchor": "top", "pad": {"t": TITLE_PAD_PX}}  # a title from the top edge


def line_labels_wrapped(spec: dict) -> dict:
    """A reference line's label (placed along the plot's width, "x domain") wrapped at LINE_LABEL on a phone: the
    internet economy's "2025 estimate: >300 (e-Conomy SEA 2025)" ran across the plot over the bars' values."""
    layout = spec.get("layout", {})
    notes = list(layout.get("annotations", ()))
    wrapped = [
        {**note, "text": "<br>".join(charts.wrap(str(note["text"]), LINE_LABEL))}
        if str(note.get("xref", "")).endswith("domain") and charts.display_width(str(note.get("text", ""))) > LINE_LABEL
        else note
        for note in notes
    ]  # fmt: skip
    return spec if wrapped == notes else {**spec, "layout": {**layout, "annotations": wrapped}}


def own_labels_room(spec: dict) -> dict:
    """A chart that labels its own lines at both ends (focus.OWN_LABEL, the overview's slope chart) with its x range
    set so that its widest label on either side fits a phone's plot: the right-hand labels (a name, a value and a
    rank change) ran off the screen."""
    layout = spec.get("layout", {})
    meta, axis = layout.get("meta"), layout.get("xaxis", {})
    ticks = axis.get("tickvals") or ()
    if not (isinstance(meta, dict) and meta.get(focus.OWN_LABEL) and axis.get("range") and len(ticks) == 2):
        return spec
    widest = {"left": 0, "right": 0}  # px a label takes beyond its end, by the side of the line it is on
    for note in layout.get("annotations", ()):
        if str(note.get("name", "")).endswith(f"|{focus.OWN_LABEL}"):
            side = "left" if note.get("xanchor") == "right" else "right"
            px = LABEL_GAP_PX + CHAR_PX[12] * charts.display_width(str(note.get("text", "")))
            widest[side] = max(widest[side], px)
    left, right = widest["left"] / PLOT_PHONE_PX, widest["right"] / PLOT_PHONE_PX
    if left + right > 1 - LINES_SHARE:  # too wide for the screen whatever the range: keep the lines readable
        left, right = [share * (1 - LINES_SHARE) / (left + right) for share in (left, right)]
    first, last = sorted(float(tick) for tick in ticks)
    span = (last - first) / (1 - left - right)
    lo = first - left * span
    return {**spec, "layout": {**layout, "xaxis": {**axis, "range": [lo, lo + span]}}}


def legend_to_foot(spec: dict) -> dict:
    """A legend at the right (Plotly's place for it) moved to rows at the foot, as focus puts one: at the right it
    took half a phone's width from the plot (the what-if chart's lines were drawn in ~140 of 390 px)."""
    layout = spec.get("layout", {})
    legend = layout.get("legend") or {}
    names = _legend_names(spec)
    shown = layout.get("showlegend", len(names) > 1)  # Plotly's own rule: a legend once there are two entries
    if not shown or not names or legend.get("orientation") == "h" or legend.get("yref") == "container":
        return spec
    rows = math.ceil(len(names) / focus.LEGEND_BELOW_PER_ROW)  # legend_rows adds what a phone wraps beyond that
    moved = {**legend, **focus.LEGEND_AT_FOOT}
    return {**spec, "layout": {**layout, **_grown(layout, "b", focus.LEGEND_ROW_PX * rows), "legend": moved}}


def _legend_names(spec: dict) -> list[str]:
    """The names the figure's legend lists."""
    return [str(tr["name"]) for tr in spec.get("data", ()) if tr.get("showlegend") is not False and tr.get("name")]


def legend_rows(spec: dict) -> dict:
    """The room for a legend at the foot (focus puts it there, LEGEND_BELOW_PER_ROW entries a row) as a phone
    wraps it: long names take a row each, and the legend's rows ran over the source line above it."""
    layout = spec.get("layout", {})
    legend = layout.get("legend") or {}
    if legend.get("yref") != "container" or legend.get("y") != 0 or layout.get("showlegend") is False:
        return spec
    names = _legend_names(spec)
    rows, room = 0, 0
    for name in names:  # entries fill a row left to right, as Plotly lays them out
        entry = LEGEND_ENTRY_PX + CHAR_PX[13] * charts.display_width(name)
        if entry > room:
            rows, room = rows + 1, LEGEND_ROW_PHONE_PX
        room -= entry
    added = focus.LEGEND_ROW_PX * (rows - math.ceil(len(names) / focus.LEGEND_BELOW_PER_ROW))
    return {**spec, "layout": {**layout, **_grown(layout, "b", added)}} if added > 0 else spec


def title_wrapped(spec: dict) -> dict:
    """The title wrapped at TITLE_LINE (a desktop's title ran off a phone's right edge), pinned to the top, the top
    margin and the figure grown by the lines added."""
    layout = spec.get("layout", {})
    title = layout.get("title") or {}
    text = title.get("text")
    if not text:
        return spec
    lines = charts.wrap(charts.unwrap(text), TITLE_LINE)
    added = len(lines) - len(str(text).split("<br>"))
    pinned = {**title, "text": "<br>".join(lines), **_PINNED}
    return {**spec, "layout": {**layout, **_grown(layout, "t", TITLE_LINE_PX * added), "title": pinned}}


def _grown(layout: dict, side: str, px: int) -> dict:
    """The layout's margin on `side` ("t" or "b") and the figure's height grown by px (nothing if px <= 0)."""
    if px <= 0:
        return {}
    margin = {**layout.get("margin", {})}
    margin[side] = margin.get(side, 60 if side == "t" else 80) + px
    return {"margin": margin, **({"height": layout["height"] + px} if layout.get("height") else {})}


def grey_note_under_title(spec: dict, width: int = PHONE_LINE) -> dict:
    """The note that says why lines are grey (focus.GREY_NOTE) on its own lines under the title, from the plot's
    left edge and wrapped at `width`: beside the title, where a desktop has room for it, it ran off a phone's left
    edge or over the title. The title is pinned to the top and the top margin grown by the note's lines."""
    layout = spec.get("layout", {})
    notes, lines = [], 0
    for note in layout.get("annotations", ()):
        if note.get("name") == focus.GREY_NOTE and note.get("text"):
            wrapped = charts.wrap(note["text"], width)
            lines += len(wrapped)
            note = {**note, "text": "<br>".join(wrapped), "x": 0, "xanchor": "left", "align": "left"}
        notes.append(note)
    if not lines:
        return spec
    title = {**layout.get("title", {}), **_PINNED}
    grown = _grown(layout, "t", NOTE_LINE_PX * lines)
    return {**spec, "layout": {**layout, "annotations": notes, "title": title, **grown}}


def break_note_above(spec: dict, width: int = BREAK_NOTE_LINE) -> dict:
    """A frame's note on a series break (charts.BREAK_NOTE), which a desktop prints in the plot's empty top left
    corner, printed above the plot under the legend on a phone: across a phone's narrow plot it covered the bubbles
    of the best-connected countries. The room is the longest note's lines, in every frame."""
    layout = spec.get("layout", {})
    frames = spec.get("frames") or []
    every_frame = [
        layout.get("annotations", ()),
        *((frame.get("layout") or {}).get("annotations", ()) for frame in frames),
    ]
    texts = [
        charts.unwrap(note["text"])
        for notes in every_frame for note in notes
        if note.get("name") == charts.BREAK_NOTE and note.get("text")
    ]  # fmt: skip
    if not texts:
        return spec
    room = BREAK_NOTE_LINE_PX * max(len(charts.wrap(text, width)) for text in texts) + BREAK_NOTE_GAP_PX

    def above(notes: Any) -> list:
        return [
            {
                **{k: v for k, v in note.items() if k not in ("bgcolor", "y")},
                "text": "<br>".join(charts.wrap(charts.unwrap(note.get("text") or ""), width)),
                "x": 0, "xanchor": "left", "y": 1, "yanchor": "bottom", "yshift": BREAK_NOTE_GAP_PX // 2,
            }
            if note.get("name") == charts.BREAK_NOTE else note
            for note in notes or ()
        ]  # fmt: skip

    grown = {**layout, **_grown(layout, "t", room), "annotations": above(layout.get("annotations"))}
    legend = layout.get("legend") or {}
    height, margin = grown.get("height"), grown.get("margin", {})
    if height and legend.get("y") == 1.0 and legend.get("yanchor") == "bottom":  # the legend just above the plot
        plot_px = height - margin.get("t", 60) - margin.get("b", 80)
        grown["legend"] = {**legend, "y": 1 + room / max(plot_px, 1)}
    moved = [
        {**frame, "layout": {**frame["layout"], "annotations": above(frame["layout"].get("annotations"))}}
        if (frame.get("layout") or {}).get("annotations") else frame
        for frame in frames
    ]  # fmt: skip
    return {**spec, "layout": grown, **({"frames": moved} if frames else {})}


def foot_wrapped(spec: dict, width: int = PHONE_LINE) -> dict:
    """The notes at the figure's foot (charts.FOOT: the source line) wrapped at `width` characters, the bottom
    margin and the figure grown by the lines added."""
    layout = spec.get("layout", {})
    notes, added = [], 0
    for note in layout.get("annotations", ()):
        if note.get("name") == charts.FOOT and note.get("text"):
            lines = note["text"].split("<br>")
            wrapped = charts.wrap(_unwrapped(lines), width)
            added += len(wrapped) - len(lines)
            note = {**note, "text": "<br>".join(wrapped)}
        notes.append(note)
    if added <= 0:
        return spec
    return {**spec, "layout": {**layout, "annotations": notes, **_grown(layout, "b", FOOT_LINE_PX * added)}}


def _unwrapped(lines: list[str]) -> str:
    """Lines charts.wrap made, joined back: a space where it broke at one (between Latin words), none between
    Chinese characters (it breaks those anywhere)."""
    text = lines[0]
    for line in lines[1:]:
        text += (" " if text[-1:].isascii() and line[:1].isascii() else "") + line
    return text
