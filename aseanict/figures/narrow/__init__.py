"""A chart redrawn for a phone: a grid of small panels one panel a row with the legend above them; the title, the
note on grey lines and the source line wrapped to the screen; a legend at the foot given the rows it wraps into.
On a desktop, only points' names are moved apart (`for_desktop`).

On a 390 px screen a two-column grid leaves ~125 px a panel: the panel titles print over each other and a legend
at the right takes a third of the width. Plotly cannot change its grid with the screen, so a figure that lays out a
grid records it in its layout's meta (`grid_meta`), and the page draws `for_phone(spec)` on a phone (ui.chart).
It works on the figure's dict, after the figure is made: the panels' lines, break marks and notes are tied to
their own axes, so moving the axes' domains moves them too.

The steps are in the package's modules by what they move, each step taking the figure's dict and returning a new
one: axes.py the axes' tick labels, bars.py the values printed beyond bars, notes.py the title, the notes, a legend
at the foot and a chart's own line labels, points.py points' names; sizes.py holds the sizes and the measures they share.
"""

from __future__ import annotations

import math
from typing import Any

from aseanict.figures.narrow.axes import categories_wrapped, log_ticks_thinned, names_wrapped, years_spread
from aseanict.figures.narrow.bars import bar_text_room, values_clear_of_lines
from aseanict.figures.narrow.notes import (
    break_note_above,
    foot_wrapped,
    grey_note_under_title,
    legend_rows,
    legend_to_foot,
    line_labels_wrapped,
    own_labels_room,
    title_wrapped,
)
from aseanict.figures.narrow.points import edge_labels_inward, labels_apart, plot_px
from aseanict.figures.narrow.sizes import GAP_PX, GRID, LEGEND_PER_ROW, LEGEND_ROW_PX, PANEL_PX, TITLE_PX, note_width


def for_phone(spec: dict) -> dict:
    """The figure dict as a phone draws it (one_column, its title wrapped to the screen, the grey note under the
    title, the notes at its foot wrapped); the dict given is not changed."""
    spec = names_wrapped(spec)
    width = note_width(spec)
    spec = values_clear_of_lines(bar_text_room(grey_note_under_title(title_wrapped(one_column(spec)), width)))
    spec = labels_apart(edge_labels_inward(break_note_above(spec)))
    return line_labels_wrapped(
        log_ticks_thinned(
            years_spread(categories_wrapped(own_labels_room(legend_rows(legend_to_foot(foot_wrapped(spec, width))))))
        )
    )


def for_desktop(spec: dict) -> dict:
    """The figure dict as a wider screen draws it: points' names kept apart at a laptop's plot width (the page does
    not know the screen's width; a wider one only spreads the points). The dict given is not changed."""
    return labels_apart(spec, plot_px(spec))


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
