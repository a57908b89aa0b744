"""Checking that a sentence quotes only numbers a chart draws: every number in the text must equal, at the
precision it is written with, a value in the figure's traces (x, y, z, labels, names) or its title, axis and
colour-bar titles, notes and reading meta."""

from __future__ import annotations

import base64
import json
import math
import re

import numpy as np
import plotly.graph_objects as go

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
TRACE_KEYS = ("x", "y", "z", "text", "customdata", "name", "locations")


def _decoded(value):
    """Plotly sends numeric arrays as {"dtype", "bdata"} (base64): back to numpy arrays."""
    if isinstance(value, dict):
        if "bdata" in value and "dtype" in value:
            array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
            shape = value.get("shape")
            return array.reshape([int(n) for n in str(shape).split(",")]) if shape else array
        return {k: _decoded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decoded(v) for v in value]
    return value


def figure(spec: str) -> go.Figure:
    """The figure an AppTest plotly_chart element carries (its JSON spec, typed arrays decoded)."""
    return go.Figure(_decoded(json.loads(spec)), skip_invalid=True)


def _collect(value, out: list[float]) -> None:
    if isinstance(value, str):
        out.extend(float(m.replace(",", "")) for m in NUMBER.findall(value))
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int | float | np.number):
        if not math.isnan(float(value)):
            out.append(float(value))
    elif isinstance(value, dict):
        for v in value.values():
            _collect(v, out)
    elif isinstance(value, list | tuple | np.ndarray):
        for v in value:
            _collect(v, out)


def drawn_numbers(fig) -> list[float]:
    out: list[float] = []
    for trace in fig.data:
        for key in TRACE_KEYS:
            _collect(trace[key] if key in trace else None, out)
    _collect(fig.layout.title.text, out)
    for axis in ("xaxis", "yaxis"):  # the unit a reading names is the value axis's title
        _collect(fig.layout[axis].title.text, out)
    for trace in fig.data:
        if "colorbar" in trace:
            _collect(trace.colorbar.title.text, out)
    for note in fig.layout.annotations:
        _collect(note.text, out)
    _collect(fig.layout.meta, out)
    return out


def unbacked(text: str, fig) -> list[str]:
    """The numbers in text that the figure does not draw (at the text's rounding)."""
    drawn = [abs(v) for v in drawn_numbers(fig)]
    missing = []
    for token in NUMBER.findall(text):
        places = len(token.split(".")[1]) if "." in token else 0
        value = float(token.replace(",", ""))
        if not any(abs(round(v, places) - value) <= 0.51 * 10**-places for v in drawn):
            missing.append(token)
    return missing
