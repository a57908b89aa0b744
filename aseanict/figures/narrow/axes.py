"""The steps that move an axis's tick labels on a phone: category names under bars wrapped level
(categories_wrapped), long names beside horizontal bars wrapped (names_wrapped), a year axis labelled every second,
third... year (years_spread) and a log axis labelled at powers of ten only (log_ticks_thinned)."""

from __future__ import annotations

import math
import numbers

from aseanict.figures import charts
from aseanict.figures.narrow.sizes import (
    CHAR_PX,
    MARGIN_L_PX,
    MARGIN_R_PX,
    NAME_FONT_PX,
    NAME_LINE,
    NAME_LINE_PX,
    NAME_ROW_PAD_PX,
    PLOT_PHONE_PX,
    TICK_FONT_PX,
    TICK_LINES,
    YEAR_TICK_PX,
    _bar_names,
    _is_number,
    _values,
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
