"""The steps that move the values a horizontal bar chart prints beyond its bars on a phone: the x range widened so
that they fit the plot (bar_text_room), and a value printed inside its bar where, beyond it, it would cross a
reference line (values_clear_of_lines); with the measures only these two take."""

from __future__ import annotations

from typing import Any

from aseanict.figures import charts
from aseanict.figures.narrow.sizes import (
    BAR_SIDE_SHARE,
    BAR_TEXT_GAP_PX,
    CHAR_PX,
    MARGIN_L_PX,
    NAME_PAD_PX,
    PLOT_PHONE_PX,
    _is_number,
    _names_px,
    _set_range,
    _values,
)


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


def _values_beyond(trace: dict) -> bool:
    """Whether a trace is horizontal bars with a value of their own printed beyond each bar's end."""
    texts = trace.get("text")
    bars = trace.get("type") == "bar" and trace.get("orientation") == "h" and trace.get("textposition") == "outside"
    return bars and texts is not None and not isinstance(texts, (str, dict))  # not one text for every bar, nor none
