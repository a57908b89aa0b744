"""A chart redrawn for a phone: a grid of small panels one panel a row with the legend above them; the title, the
note on grey lines and the source line wrapped to the screen; a legend at the foot given the rows it wraps into.

On a 390 px screen a two-column grid leaves ~125 px a panel: the panel titles print over each other and a legend
at the right takes a third of the width. Plotly cannot change its grid with the screen, so a figure that lays out a
grid records it in its layout's meta (`grid_meta`), and the page draws `for_phone(spec)` on a phone (ui.chart).
It works on the figure's dict, after the figure is made: the panels' lines, break marks and notes are tied to
their own axes, so moving the axes' domains moves them too.
"""

from __future__ import annotations

import base64
import math
import numbers
from typing import Any

import numpy as np

from aseanict.figures import charts, focus

GRID = "grid"  # layout.meta key: {"panels": n, "cells": rows × cols}; the first n annotations are the panel titles
PANEL_PX = 210  # a panel's plot
TITLE_PX = 24  # its title, above it
GAP_PX = 58  # below a panel's year labels, before the next title
LEGEND_ROW_PX = 22
LEGEND_PER_ROW = 2  # names a row holds on a phone ("Brunei Darussalam" is a third of the width)
PHONE_LINE = 50  # characters of an 11 px note line beside a 60 px left margin on a 390 px screen
# The width of an average character (a column of charts.display_width) at each type size drawn here, in px.
CHAR_PX = {10: 5, 11: 6, 12: 6, 13: 7}
NAME_PAD_PX = 30  # the room beside a bar's names on its axis (13 px type)
MARGIN_L_PX = charts.MARGIN_L_PX  # the notes' lines above are measured from it
TITLE_LINE = 34  # display width (charts.wrap's) of a title line on a 390 px screen (18 px bold type)
TITLE_LINE_PX = 23
FOOT_LINE_PX = 16
NOTE_LINE_PX = 15  # a line of the grey note (11 px type)
TITLE_PAD_PX = 20  # above a title pinned to the top (less cut a wrapped title's first line)
_PINNED = {"yref": "container", "y": 1, "yanchor": "top", "pad": {"t": TITLE_PAD_PX}}  # a title from the top edge
LEGEND_ROW_PHONE_PX = 300  # the width a row of the legend at the foot has on a phone
LEGEND_ENTRY_PX = 44  # a legend entry's symbol and gap, before its name (13 px type)
PLOT_PHONE_PX = 270  # a plot's width on a 390 px screen, inside the page's padding and the default margins
LABEL_GAP_PX = 12  # a line's own label (12 px type): its gap from the line
LINES_SHARE = 0.25  # the least of the plot's width left for the lines between the two ends' labels
BAR_TEXT_GAP_PX = 6  # a bar's value printed beyond it (13 px type): its gap from the bar
BAR_SIDE_SHARE = 0.05  # the least of a side of zero's width left for bars once their values are printed
TICK_FONT_PX = 10  # a wrapped category name's type
TICK_LINES = 3  # the most lines a wrapped category label may take above the source line
NAME_LINE = 24  # display width of a line of a horizontal bar's name on a phone (a country's name is one line)
NAME_FONT_PX = 11  # a wrapped bar name's type
YEAR_TICK_PX = 34  # the room a year under the x axis (12 px type) needs on a phone before Plotly tilts them all
MARGIN_R_PX = charts.MARGIN_R_PX
LINE_LABEL = 16  # display width of a line of a reference line's label on a phone (two bars of six)
NAME_LINE_PX, NAME_ROW_PAD_PX = 13, 8  # a line of a wrapped bar name, and the room between bars
BREAK_NOTE_LINE = 48  # display width of a line of a series-break note (12 px type) above a phone's plot
BREAK_NOTE_LINE_PX, BREAK_NOTE_GAP_PX = 16, 8
EDGE_SHARE = 0.2  # the share of a phone's plot at either side where a point's name is printed towards the middle


def for_phone(spec: dict) -> dict:
    """The figure dict as a phone draws it (one_column, its title wrapped to the screen, the grey note under the
    title, the notes at its foot wrapped); the dict given is not changed."""
    spec = names_wrapped(spec)
    width = note_width(spec)
    spec = values_clear_of_lines(bar_text_room(grey_note_under_title(title_wrapped(one_column(spec)), width)))
    spec = edge_labels_inward(break_note_above(spec))
    return line_labels_wrapped(
        log_ticks_thinned(years_spread(categories_wrapped(own_labels_room(legend_rows(foot_wrapped(spec, width))))))
    )


def categories_wrapped(spec: dict) -> dict:
    """A bar chart's category names under its bars wrapped to the width a bar has on a phone, level: Plotly tilted
    names such as "e-Conomy SEA 2016" into one another and down over the source line."""
    names = list(dict.fromkeys(_bar_names(spec, across=False)))
    layout = spec.get("layout", {})
    axis = layout.get("xaxis", {})
    if not names or "tickvals" in axis:
        return spec
    # Never a word cut in two (a slightly wider name beats "e-Cono / my"); Chinese breaks between characters.
    longest_word = max((charts.display_width(w) for name in names for w in name.split() if w.isascii()), default=0)
    columns = max(4, PLOT_PHONE_PX // len(names) // CHAR_PX[TICK_FONT_PX], longest_word)
    if max(map(charts.display_width, names)) <= columns:
        return spec
    # Words every name begins with ("e-Conomy SEA 2016", "e-Conomy SEA 2018") said once, as the axis title, when the
    # axis has none: wrapped under bars a sixth of a phone's width apart, the names touched their neighbours.
    shared = "" if (axis.get("title") or {}).get("text") else _shared_words(names)
    shown = [name[len(shared) :].strip() for name in names]
    wrapped = [charts.wrap(name, columns) for name in shown]
    if max(map(len, wrapped)) > TICK_LINES:
        return spec
    ticks = {"tickmode": "array", "tickvals": names, "ticktext": ["<br>".join(w) for w in wrapped], "tickangle": 0,
             "tickfont": {**axis.get("tickfont", {}), "size": TICK_FONT_PX}}  # fmt: skip
    title = {"title": {**(axis.get("title") or {}), "text": shared}} if shared else {}
    return {**spec, "layout": {**layout, "xaxis": {**axis, **ticks, **title}}}


def _shared_words(names: list[str]) -> str:
    """The whole words every name begins with, if each name has a word of its own after them ("" if none)."""
    split = [name.split() for name in names]
    shared: list[str] = []
    for words in zip(*split):
        if len(set(words)) > 1:
            break
        shared.append(words[0])
    if len(names) < 2 or any(len(words) <= len(shared) for words in split):
        return ""
    return " ".join(shared)


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


def years_spread(spec: dict) -> dict:
    """An x axis ticked every year (dtick) ticked every second, third... year where a phone's plot cannot hold a
    label a year level: Plotly tilted the internet economy's 13 years, in the ~110 px its forecasts' labels leave,
    into a column of labels written over one another."""
    layout = spec.get("layout", {})
    axis = layout.get("xaxis", {})
    step = axis.get("dtick")
    if not isinstance(step, numbers.Real) or step <= 0 or "tickvals" in axis:
        return spec
    xs = [float(x) for trace in spec.get("data", ()) for x in _values(trace.get("x")) if _is_number(x)]
    lo, hi = axis.get("range") or (min(xs, default=0.0), max(xs, default=0.0))
    margin = layout.get("margin", {})
    plot_px = (
        PLOT_PHONE_PX
        - max(0, margin.get("r", MARGIN_R_PX) - MARGIN_R_PX)
        - max(0, margin.get("l", MARGIN_L_PX) - MARGIN_L_PX)
    )
    if plot_px < 2 * YEAR_TICK_PX:  # not even two labels fit: no spacing helps
        return spec
    every = 1
    while (math.floor((hi - lo) / (step * every)) + 1) * YEAR_TICK_PX > plot_px:
        every += 1
    return {**spec, "layout": {**layout, "xaxis": {**axis, "dtick": step * every}}} if every > 1 else spec


def log_ticks_thinned(spec: dict) -> dict:
    """A log x axis labelled 1-2-5 (charts.log_axis) labelled at powers of ten only (every second, third... one if
    need be) where a phone's plot cannot hold its labels level: Plotly stood the bubble chart's eleven incomes
    ("50" to "100,000") upright, and their column ran into the axis title and the Play button under it."""
    layout = spec.get("layout", {})
    axis = layout.get("xaxis", {})
    pairs = list(zip(_values(axis.get("tickvals")), _values(axis.get("ticktext"))))
    if axis.get("type") != "log" or not pairs or _ticks_px([text for _, text in pairs]) <= PLOT_PHONE_PX:
        return spec
    decades = [(value, text) for value, text in pairs if value > 0 and math.log10(value).is_integer()]
    every = 1
    while len(decades[::every]) > 2 and _ticks_px([text for _, text in decades[::every]]) > PLOT_PHONE_PX:
        every += 1
    kept = decades[::every]
    if len(kept) < 2:  # no two powers of ten to keep: the axis as the figure made it
        return spec
    ticks = {"tickvals": [value for value, _ in kept], "ticktext": [text for _, text in kept]}
    return {**spec, "layout": {**layout, "xaxis": {**axis, **ticks}}}


def _ticks_px(texts: list[str]) -> int:
    """The width a row of tick labels (12 px type) needs to stand level, a label's width apart at the least."""
    return sum(2 * CHAR_PX[12] * charts.display_width(str(text)) for text in texts)


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and not math.isnan(value)


def names_wrapped(spec: dict) -> dict:
    """A horizontal bar chart's long names beside its bars wrapped at NAME_LINE, the figure taller where its rows
    need it: the forecast check's names ("e-Conomy SEA 2019: ...", ~50 characters) took most of a phone's width
    and were cut at its left edge."""
    names = list(dict.fromkeys(_bar_names(spec, across=True)))
    layout = spec.get("layout", {})
    axis = layout.get("yaxis", {})
    if not names or "tickvals" in axis or max(map(charts.display_width, names)) <= NAME_LINE:
        return spec
    wrapped = [charts.wrap(name, NAME_LINE) for name in names]
    ticks = {"tickmode": "array", "tickvals": names, "ticktext": ["<br>".join(w) for w in wrapped],
             "tickfont": {**axis.get("tickfont", {}), "size": NAME_FONT_PX}}  # fmt: skip
    out = {**layout, "yaxis": {**axis, **ticks}}
    if layout.get("height"):  # rows as tall as their names' lines (a figure with no height is left to Plotly)
        margin = layout.get("margin", {})
        needed = (NAME_LINE_PX * max(map(len, wrapped)) + NAME_ROW_PAD_PX) * len(names)
        out["height"] = max(layout["height"], needed + margin.get("t", 60) + margin.get("b", 80))
    return {**spec, "layout": out}


def bar_text_room(spec: dict) -> dict:
    """A horizontal bar chart's x range widened so that the values printed beyond its bars fit a phone's plot:
    "8.05" (the IDI) and "≤ -33.3%" (the forecast check) were cut at the plot's edge. The range grows about zero,
    so the bars keep their proportions; a range that does not hold zero is left as it is."""
    layout = spec.get("layout", {})
    axis = layout.get("xaxis", {})
    bars = _printed_beyond(spec)
    if not bars:
        return spec
    lo, hi = axis.get("range") or (min(0.0, *(v for v, _ in bars)), max(0.0, *(v for v, _ in bars)))
    if not lo <= 0 <= hi or hi == lo:
        return spec
    plot_px = _bars_plot_px(spec)
    grow = 1.0
    for value, text_px in bars:  # the bar's px plus its text's must fit the px of its side of zero
        side = (hi if value >= 0 else -lo) / (hi - lo) - text_px / plot_px
        if side > BAR_SIDE_SHARE:  # else a side too narrow for any bar: nothing a range can do
            grow = max(grow, abs(value) / (hi - lo) / side)
    if grow <= 1.0:
        return spec
    return {**spec, "layout": {**layout, "xaxis": {**axis, "range": [lo * grow, hi * grow], "autorange": False}}}


def values_clear_of_lines(spec: dict) -> dict:
    """A horizontal bar's value printed inside its end where, printed beyond it, a phone's narrow plot would put it
    across a vertical reference line: the IDI's world average (5.11) ran through "4.67", "4.43" and "4.33". Plotly
    gives a value inside a bar the colour that stands out against it."""
    layout = spec.get("layout", {})
    lines = [
        float(shape["x0"]) for shape in layout.get("shapes", ())
        if shape.get("xref") == "x" and _is_number(shape.get("x0")) and shape.get("x0") == shape.get("x1")
    ]  # fmt: skip
    span = _set_range(layout.get("xaxis", {}))
    if not lines or span is None:
        return spec
    per_px = (span[1] - span[0]) / _bars_plot_px(spec)
    data = []
    for trace in spec.get("data", ()):
        if not _values_beyond(trace):
            data.append(trace)
            continue
        places = []
        for value, text in zip(_values(trace.get("x")), trace["text"], strict=False):
            near, far = BAR_TEXT_GAP_PX * per_px, _bar_text_px(text) * per_px
            start, end = (
                (value + near, value + far) if _is_number(value) and value >= 0 else (value - far, value - near)
            )
            crossed = _is_number(value) and any(start <= x <= end for x in lines)
            places.append("inside" if crossed else "outside")
        changed = "inside" in places
        data.append({**trace, "textposition": places, "insidetextanchor": "end"} if changed else trace)
    return {**spec, "data": data}


def _printed_beyond(spec: dict) -> list[tuple[float, int]]:
    """(value, px its text takes beyond the bar) of each horizontal bar whose value is printed beyond its end."""
    out = []
    for trace in filter(_values_beyond, spec.get("data", ())):
        for value, text in zip(_values(trace.get("x")), trace["text"], strict=False):
            if _is_number(value):
                out.append((float(value), _bar_text_px(text)))
    return out


def _bar_text_px(text: Any) -> int:
    """The px a bar's value printed beyond it takes (13 px type), its gap from the bar included."""
    return BAR_TEXT_GAP_PX + CHAR_PX[13] * charts.display_width(str(text))


def _bars_plot_px(spec: dict) -> int:
    """The px of a horizontal bar chart's plot on a phone, beside its names."""
    return PLOT_PHONE_PX + MARGIN_L_PX - max(MARGIN_L_PX, _names_px(spec) + NAME_PAD_PX)


def _set_range(axis: dict) -> tuple[float, float] | None:
    """The (low, high) an axis's range sets, None if the figure leaves it to Plotly (or it is not two rising numbers)."""
    span = list(axis.get("range") or ())
    if len(span) != 2 or not all(map(_is_number, span)) or span[1] <= span[0]:
        return None
    return float(span[0]), float(span[1])


def _values_beyond(trace: dict) -> bool:
    """Whether a trace is horizontal bars with a value of their own printed beyond each bar's end."""
    texts = trace.get("text")
    bars = trace.get("type") == "bar" and trace.get("orientation") == "h" and trace.get("textposition") == "outside"
    return bars and texts is not None and not isinstance(texts, (str, dict))  # not one text for every bar, nor none


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


def legend_rows(spec: dict) -> dict:
    """The room for a legend at the foot (focus puts it there, LEGEND_BELOW_PER_ROW entries a row) as a phone
    wraps it: long names take a row each, and the legend's rows ran over the source line above it."""
    layout = spec.get("layout", {})
    legend = layout.get("legend") or {}
    if legend.get("yref") != "container" or legend.get("y") != 0 or layout.get("showlegend") is False:
        return spec
    names = [str(tr["name"]) for tr in spec.get("data", ()) if tr.get("showlegend") is not False and tr.get("name")]
    rows, room = 0, 0
    for name in names:  # entries fill a row left to right, as Plotly lays them out
        entry = LEGEND_ENTRY_PX + CHAR_PX[13] * charts.display_width(name)
        if entry > room:
            rows, room = rows + 1, LEGEND_ROW_PHONE_PX
        room -= entry
    added = focus.LEGEND_ROW_PX * (rows - math.ceil(len(names) / focus.LEGEND_BELOW_PER_ROW))
    return {**spec, "layout": {**layout, **_grown(layout, "b", added)}} if added > 0 else spec


def note_width(spec: dict) -> int:
    """Characters of a note line that fit on a phone: the notes start at the plot's left edge, and Plotly widens
    the left margin to hold the names of a horizontal bar chart ("Brunei Darussalam": its source line ran off the
    screen at PHONE_LINE)."""
    return max(PHONE_LINE // 2, PHONE_LINE - max(0, _names_px(spec) + NAME_PAD_PX - MARGIN_L_PX) // CHAR_PX[11])


def _names_px(spec: dict) -> int:
    """The px a horizontal bar chart's names take beside its bars (names_wrapped's lines if it wrapped them; 0 for
    no names)."""
    wrapped = spec.get("layout", {}).get("yaxis", {}).get("ticktext")
    if wrapped:
        lines = [line for name in wrapped for line in str(name).split("<br>")]
        return max(charts.display_width(line) for line in lines) * CHAR_PX[NAME_FONT_PX]
    return max((charts.display_width(name) * CHAR_PX[13] for name in _bar_names(spec, across=True)), default=0)


def _bar_names(spec: dict, *, across: bool) -> list[str]:
    """The category names on the axis of the figure's bar traces: horizontal bars' (`across`, on the y axis) or
    vertical bars' (on the x axis)."""
    return [
        name for trace in spec.get("data", ()) if trace.get("type") == "bar" and (trace.get("orientation") == "h") == across
        for name in _values(trace.get("y" if across else "x")) if isinstance(name, str)
    ]  # fmt: skip


def _values(array: Any) -> Any:
    """A trace's data array as something to loop over: a list, a numpy array (whose truth Python cannot tell), a
    typed array as Plotly writes numbers ({"dtype": "f8", "bdata": base64}) or nothing."""
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"])).tolist()
    return () if array is None else array


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


def edge_labels_inward(spec: dict) -> dict:
    """A point's name printed above it ("top center") printed above and to its left near the plot's right edge, and
    to its right near the left edge, in every frame: on a phone's narrow plot the bubble chart cut "Singapore" and
    "Brunei Darussalam" at the right edge. Only for an x axis whose range the figure sets."""
    layout = spec.get("layout", {})
    axis = layout.get("xaxis", {})
    span = _set_range(axis)
    if span is None:
        return spec
    lo, hi = span
    log = axis.get("type") == "log"

    def place(x: Any) -> str:
        if not _is_number(x) or (log and x <= 0):
            return "top center"
        share = ((math.log10(x) if log else x) - lo) / (hi - lo)
        return "top left" if share > 1 - EDGE_SHARE else "top right" if share < EDGE_SHARE else "top center"

    def inward(traces: Any) -> list:
        return [
            {**trace, "textposition": [place(x) for x in _values(trace.get("x"))]}
            if trace.get("textposition") == "top center" and "text" in str(trace.get("mode", "")) else trace
            for trace in traces or ()
        ]  # fmt: skip

    frames = [{**frame, "data": inward(frame.get("data"))} for frame in spec.get("frames") or ()]
    return {**spec, "data": inward(spec.get("data")), **({"frames": frames} if frames else {})}


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


def grid_meta(meta: Any, panels: int, cells: int) -> dict:
    """The layout's meta with the grid recorded (a figure's other meta kept)."""
    return {**(meta if isinstance(meta, dict) else {}), GRID: {"panels": panels, "cells": cells}}


def one_column(spec: dict) -> dict:
    """The figure dict with its panels one under another and its legend across the top; a figure that records
    no grid is returned as it is. The dict given is not changed."""
    layout = spec.get("layout", {})
    grid = layout.get("meta", {}).get(GRID) if isinstance(layout.get("meta"), dict) else None
    if not grid:
        return spec
    panels, cells = int(grid["panels"]), int(grid["cells"])
    legend_rows = math.ceil(sum(1 for trace in spec.get("data", ()) if trace.get("showlegend", True)) / LEGEND_PER_ROW)
    margin = dict(layout.get("margin", {}))
    title_px = margin.get("t", 60)
    margin["t"] = title_px + LEGEND_ROW_PX * legend_rows + 8
    plot_px = panels * (TITLE_PX + PANEL_PX) + (panels - 1) * GAP_PX
    height = plot_px + margin["t"] + margin.get("b", 80)
    out = {
        **layout,
        "height": height,
        "margin": margin,
        "legend": {
            **layout.get("legend", {}),
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "yref": "container",
            "y": 1 - (title_px - 8) / height,
            "yanchor": "top",
        },
    }
    tops = []
    for k in range(cells):
        x_axis, y_axis = ("xaxis", "yaxis") if k == 0 else (f"xaxis{k + 1}", f"yaxis{k + 1}")
        if k >= panels:  # an empty cell of the grid
            out[x_axis] = {**layout.get(x_axis, {}), "visible": False, "domain": [0, 1]}
            out[y_axis] = {**layout.get(y_axis, {}), "visible": False, "domain": [0, 0]}
            continue
        top_px = k * (TITLE_PX + PANEL_PX + GAP_PX) + TITLE_PX
        top, bottom = 1 - top_px / plot_px, max(0.0, 1 - (top_px + PANEL_PX) / plot_px)
        tops.append(top)
        out[x_axis] = {**layout.get(x_axis, {}), "domain": [0, 1]}
        out[y_axis] = {**layout.get(y_axis, {}), "domain": [bottom, top]}
    notes = [dict(note) for note in layout.get("annotations", ())]
    for note, top in zip(notes[:panels], tops, strict=False):
        note.update(x=0.5, y=top, xanchor="center", yanchor="bottom")
    out["annotations"] = notes
    return {**spec, "layout": out}
