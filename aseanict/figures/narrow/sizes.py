"""The sizes a phone's figure is measured in, shared by the steps of `narrow.for_phone`: a phone's plot and margins
in px, the width of a character at each type size, the lines a title, a note or a name wraps at and the grid's
panels; and the small measures that more than one group of steps takes: a trace's values as a list, the names of a
bar chart's categories and the px they take, the range an axis sets and the characters a note line holds."""

from __future__ import annotations

import base64
import math
import numbers
from typing import Any

import numpy as np

from aseanict.figures import charts

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


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and not math.isnan(value)


def _set_range(axis: dict) -> tuple[float, float] | None:
    """The (low, high) an axis's range sets, None if the figure leaves it to Plotly (or it is not two rising numbers)."""
    span = list(axis.get("range") or ())
    if len(span) != 2 or not all(map(_is_number, span)) or span[1] <= span[0]:
        return None
    return float(span[0]), float(span[1])


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
