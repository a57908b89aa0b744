"""The steps that keep points' names readable, in every frame of an animated chart: on a phone's narrow plot, a name
near either edge printed towards the middle (edge_labels_inward); at the width a chart is drawn or exported at,
names that would print over each other or over other points moved below or beside their point, or left out where
no place is free (labels_apart, with plot_px for the plot's width)."""

from __future__ import annotations

import math
from typing import Any

from aseanict.figures import charts
from aseanict.figures.narrow.sizes import CHAR_PX, EDGE_SHARE, PLOT_PHONE_PX, _is_number, _set_range, _values

HIDDEN = "rgba(0,0,0,0)"  # a name left out: its point keeps the name in its hover (the text stays)
LABEL_PAD_PX = 2  # between a point's marker and its name
MARKER_MIN_PX = 3  # the least radius a point's marker keeps clear of other names
SLIVER_SHARE = 0.15  # of a name's box that another name may cover (its padding, a glyph's edge) before it moves on
LAPTOP_FIGURE_PX = 820  # a chart's width on a 1280 px screen with the sidebar open (measured in Chromium)


def plot_px(spec: dict, figure_px: float = LAPTOP_FIGURE_PX) -> float:
    """The plot's width in a chart `figure_px` wide, inside the figure's side margins (Plotly's 80 px where the
    figure sets none). By default as wide as a 1280 px laptop's page draws it, the sidebar open: the page does not
    know the screen's width, and a wider one only spreads the points further apart."""
    margin = spec.get("layout", {}).get("margin", {})
    return figure_px - margin.get("l", 80) - margin.get("r", 80)


def edge_labels_inward(spec: dict) -> dict:
    """A point's name printed above it ("top center") printed above and to its left near the plot's right edge, and
    to its right near the left edge, in every frame: on a phone's narrow plot the bubble chart cut "Singapore" and
    "Brunei Darussalam" at the right edge. Only for an x axis whose range the figure sets."""
    layout = spec.get("layout", {})
    axis = layout.get("xaxis", {})
    span = _set_range(axis)
    if span is None:
        return spec
    log = axis.get("type") == "log"

    def place(x: Any) -> str:
        share = _share(x, span, log)
        if share is None:
            return "top center"
        return "top left" if share > 1 - EDGE_SHARE else "top right" if share < EDGE_SHARE else "top center"

    def inward(traces: Any) -> list:
        return [
            {**trace, "textposition": [place(x) for x in _values(trace.get("x"))]}
            if trace.get("textposition") == "top center" and "text" in str(trace.get("mode", "")) else trace
            for trace in traces or ()
        ]  # fmt: skip

    frames = [{**frame, "data": inward(frame.get("data"))} for frame in spec.get("frames") or ()]
    return {**spec, "data": inward(spec.get("data")), **({"frames": frames} if frames else {})}


def labels_apart(spec: dict, plot_width: float = PLOT_PHONE_PX) -> dict:
    """Points' names (a markers+text trace's `text`) that would print over each other or over other points on a
    plot `plot_width` px wide (a phone's by default). From the largest point down, each name keeps its place where that
    is free, else goes below its point or beside it; where no place is free, the least covered one serves if only a
    sliver of the name is covered, and otherwise the name is printed transparent (its hover still names the point).
    On a phone the bubble chart printed Brunei Darussalam, Malaysia and China over each other; on a laptop, Malaysia
    over China's name, and Lao PDR and Cambodia over each other's points. Only for axes whose ranges the figure sets."""
    layout = spec.get("layout", {})
    x_axis, y_axis = layout.get("xaxis", {}), layout.get("yaxis", {})
    x_span, y_span = _set_range(x_axis), _set_range(y_axis)
    margin = layout.get("margin", {})
    plot_h = (layout.get("height") or 0) - margin.get("t", 0) - margin.get("b", 0)
    if x_span is None or y_span is None or plot_h <= 0 or plot_width <= 0:
        return spec

    x_log, y_log = x_axis.get("type") == "log", y_axis.get("type") == "log"

    def spaced(traces: Any) -> list:
        out = [dict(trace) for trace in traces or ()]
        labels = []  # (radius, y, x, trace, point, width, height)
        for k, trace in enumerate(out):
            if "text" not in str(trace.get("mode", "")) or not isinstance(trace.get("text"), list):
                continue
            xs, ys, sizes = (
                _values(trace.get("x")),
                _values(trace.get("y")),
                _values(trace.get("marker", {}).get("size")),
            )
            font_px = _font_px(trace)
            for i, name in enumerate(trace["text"]):
                x_share, y_share = _share(xs[i], x_span, x_log), _share(ys[i], y_span, y_log)
                if x_share is not None and y_share is not None:
                    x, y = x_share * plot_width, y_share * plot_h
                    width = charts.display_width(str(name)) * CHAR_PX[font_px]
                    labels.append((_radius(trace, sizes, i), y, x, k, i, width, font_px + LABEL_PAD_PX))
        # The points' markers are taken from the start: a name printed over another point hides it.
        taken = [(x - r, y - r, x + r, y + r) for r, y, x, *_ in labels for r in [max(r, MARKER_MIN_PX)]]
        for radius, y, x, k, i, width, height in sorted(labels, key=lambda label: (-label[0], -label[1])):
            trace = out[k]
            now = _position(trace, i)
            # Each place with the area it would print over other names and points; the first free one wins, else
            # the least covered if that is only a sliver of this name's box (names a couple of px apart read well).
            tried = [
                (_covered(box, taken), place, box)
                for place in dict.fromkeys((now, now.replace("top", "bottom"), "middle right", "middle left"))
                if _inside(box := _box(place, x, y, radius, width, height), plot_width, plot_h)
            ]
            free = [entry for entry in tried if entry[0] == 0]
            best = free[0] if free else min(tried, default=None, key=lambda entry: entry[0])
            if best is not None and best[0] <= SLIVER_SHARE * width * height:
                _, place, box = best
                taken.append(box)
                if place != now:
                    trace["textposition"] = _one_point(trace.get("textposition", now), i, place, len(trace["text"]))
            else:
                font = dict(trace.get("textfont") or {})
                colour = _one_point(font.get("color") or charts.POINT_LABEL_COLOUR, i, HIDDEN, len(trace["text"]))
                trace["textfont"] = {**font, "color": colour}
        return out

    frames = [{**frame, "data": spaced(frame.get("data"))} for frame in spec.get("frames") or ()]
    return {**spec, "data": spaced(spec.get("data")), **({"frames": frames} if frames else {})}


def _share(value: Any, span: tuple[float, float], log: bool) -> float | None:
    """Where a value sits along an axis's set range, 0 at its start and 1 at its end (None off a log axis)."""
    if not _is_number(value) or (log and value <= 0):
        return None
    return ((math.log10(value) if log else value) - span[0]) / (span[1] - span[0])


def _font_px(trace: dict) -> int:
    size = (trace.get("textfont") or {}).get("size")
    return int(size) if isinstance(size, (int, float)) and int(size) in CHAR_PX else 11


def _radius(trace: dict, sizes: list, i: int) -> float:
    """The marker's radius in px (Plotly's "area" size mode: sqrt(size / 2 / sizeref), at least sizemin's half)."""
    marker = trace.get("marker", {})
    size = sizes[i] if i < len(sizes) and _is_number(sizes[i]) else marker.get("size", 6)
    size = size if _is_number(size) else 6
    if marker.get("sizemode") == "area":
        diameter = 2 * math.sqrt(max(size, 0) / 2 / (marker.get("sizeref") or 1))
    else:
        diameter = size / (marker.get("sizeref") or 1)
    return max(diameter, marker.get("sizemin", 0) or 0) / 2


def _position(trace: dict, i: int) -> str:
    place = trace.get("textposition", "middle center")
    return place[i] if isinstance(place, list) else place


def _box(
    place: str, x: float, y: float, radius: float, width: float, height: float
) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) in px from the plot's bottom left of a name printed at `place` of its point."""
    vertical, _, horizontal = place.partition(" ")
    if vertical == "middle":
        left = x + radius + LABEL_PAD_PX if horizontal == "right" else x - radius - LABEL_PAD_PX - width
        return left, y - height / 2, left + width, y + height / 2
    bottom = y + radius + LABEL_PAD_PX if vertical == "top" else y - radius - LABEL_PAD_PX - height
    left = {"left": x - width, "right": x}.get(horizontal, x - width / 2)
    return left, bottom, left + width, bottom + height


def _inside(box: tuple[float, float, float, float], width: float, height: float) -> bool:
    return box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height


def _covered(box: tuple[float, float, float, float], others: list[tuple[float, float, float, float]]) -> float:
    """The area (px²) of `box` that the other boxes cover, summed over them."""
    return sum(
        max(0.0, min(box[2], o[2]) - max(box[0], o[0])) * max(0.0, min(box[3], o[3]) - max(box[1], o[1]))
        for o in others
    )


def _one_point(current: Any, i: int, value: str, n: int) -> list:
    """A per-point array (textposition, text colour) with point i's entry set: a single value is spread first."""
    values = list(current) if isinstance(current, list) else [current] * n
    values[i] = value
    return values
