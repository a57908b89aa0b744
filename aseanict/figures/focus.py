"""Focus countries and line-end labels, for every chart whose traces name their country.

A trace names its country by `legendgroup` (the ISO3 code, or "ISO3|country" for a segment of the tariffs
charts); a bar trace names each bar's country by `ids`. `apply_focus(fig, codes)`:
- with focus codes, draws those countries in their colour and thicker, every other country light grey and
  behind them;
- without, keeps every country in colour while there are at most MAX_COLOURED, else colours only the anchors
  (China, the ASEAN aggregate, the World) and greys the rest, saying so in the legend;
- labels each line at the right edge with its name (grey lines too while there are few enough), moved apart
  so that no two labels overlap, and takes the labelled lines out of the legend.
It can run again on its own output with other codes (a cached figure is copied first, never changed).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import plotly.graph_objects as go

from aseanict.core.colours import ANCHORS, COUNTRY_COLOURS, GREY, GREY_TEXT
from aseanict.i18n import t

MAX_COLOURED = 8  # more distinct colours than this at once cannot be told apart at a glance
MAX_LABELLED = 14  # beyond this many lines, only the coloured ones get an end label
LABEL_FONT_PX = 11
LABEL_GAP_PX = 14  # vertical room per end label
END_LABEL = "END_LABEL"  # the `name` (upper case: an identifier, not English to translate) of an end-label annotation, so that a second pass replaces it
GREY_NOTE = "GREY_NOTE"  # the `name` (upper case: an identifier, not English to translate) of the note that says why most lines are grey
TARGET_LABEL = "TARGET_LABEL"  # an annotation at the right edge that end labels must keep clear of
OWN_LABEL = "OWN_LABEL"  # layout.meta key of a chart that labels its own lines; its labels are named "ISO3|OWN_LABEL"
WIDTH = {"focus": 4.0, "normal": 2.5, "grey": 1.5}
LEGEND_BELOW_PER_ROW = 3  # entries a row of the legend at the foot holds (a desktop's: figures.narrow redoes it)
LEGEND_ROW_PX = 26
# A legend in rows at the foot, under the source line (figures.narrow puts a phone's there too).
LEGEND_AT_FOOT = {"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", "x": 0, "xanchor": "left"}


def country_of(trace) -> str | None:
    """The ISO3 code a trace draws (legendgroup 'CHN' or 'CHN|country'), None for context traces."""
    group = getattr(trace, "legendgroup", None) or ""
    code, _, basis = group.partition("|")
    if not code or (basis and basis != "country") or code == "key":
        return None
    return code


def _is_line(trace) -> bool:
    return trace.type == "scatter" and "lines" in (trace.mode or "lines") and trace.hoverinfo != "skip"


def _colour(code: str, current) -> str:
    return COUNTRY_COLOURS.get(code) or (current if isinstance(current, str) and current != GREY else GREY_TEXT)


def coloured_codes(present: Iterable[str], focus: Iterable[str]) -> set[str]:
    """Which of the present countries keep their colour: the focus; with no focus, all of them while there are
    at most MAX_COLOURED, else the anchors."""
    present = set(present)
    focus = set(focus) & present
    if focus:
        return focus
    return present if len(present) <= MAX_COLOURED else present & ANCHORS


def apply_focus(fig: go.Figure, focus_codes: Iterable[str], *, lang: str | None = None) -> go.Figure:
    """Highlight the focus countries and grey the rest, then label the lines' ends (module docstring).
    With `lang`, a note in that language says why lines are grey. Changes and returns `fig`; pass a copy of a
    cached figure."""
    focus = set(focus_codes)
    traces = list(fig.data)
    present = {c for c in map(country_of, traces) if c}
    for trace in traces:
        if trace.type == "bar" and trace.ids is not None:
            present |= set(trace.ids)
    coloured = coloured_codes(present, focus)
    greyed = present - coloured
    drawn_grey = False  # whether anything is drawn grey: bars with no focus keep their colours, and say nothing
    # The sets below applied together at the end: each one alone walks the figure's change callbacks (half the time).
    with fig.batch_update():
        for trace in traces:
            if trace.type == "bar" and trace.ids is not None and (focus & present):
                # Bars are named on their axis: colour only matters to show the focus, so no focus leaves them be.
                trace.marker.color = [COUNTRY_COLOURS.get(c, GREY_TEXT) if c in coloured else GREY for c in trace.ids]
                drawn_grey |= any(c not in coloured for c in trace.ids)
                continue
            code = country_of(trace)
            if code is None or trace.type != "scatter":
                continue
            grey = code in greyed
            drawn_grey |= grey
            colour = GREY if grey else _colour(code, trace.line.color)
            width = WIDTH["grey" if grey else ("focus" if code in focus else "normal")]
            trace.line.update(color=colour, width=width)
            if isinstance(trace.marker.color, str) or trace.marker.color is None:
                trace.marker.color = colour
            trace.opacity = None
        if greyed:
            # Grey behind colour: plotly draws traces in order. The legend keeps its order through legendrank.
            for rank, trace in enumerate(traces):
                if trace.legendrank in (None, 1000):
                    trace.legendrank = 1000 + rank
    if greyed:
        fig.data = [tr for tr in traces if country_of(tr) in greyed] + [
            tr for tr in traces if country_of(tr) not in greyed
        ]
    notes = [a for a in fig.layout.annotations if a.name != GREY_NOTE]
    changed = len(notes) != len(fig.layout.annotations)
    own_labels = isinstance(fig.layout.meta, dict) and fig.layout.meta.get(OWN_LABEL)
    if own_labels:
        # The chart names its own lines (the slope chart's value and rank change): each label takes its line's colour.
        colours = {country_of(tr): tr.line.color for tr in fig.data if country_of(tr) and tr.type == "scatter"}
        for i, note in enumerate(notes):
            code, _, kind = (note.name or "").partition("|")
            if kind == OWN_LABEL and code in colours:
                note = note.to_plotly_json()
                notes[i] = {
                    **note,
                    "font": {**note.get("font", {}), "color": GREY_TEXT if code in greyed else colours[code]},
                }
                changed = True
    if drawn_grey and not focus and lang:
        # Above the plot's top right corner, clear of the break labels that sit on the plot's top edge.
        notes.append({
            "name": GREY_NOTE, "text": t("focus.grey_note", lang), "x": 1, "xref": "paper", "xanchor": "right",
            "y": 1, "yref": "paper", "yanchor": "bottom", "yshift": 16, "showarrow": False,
            "font": {"size": 11, "color": GREY_TEXT},
        })  # fmt: skip
        changed = True
    # Written once, only if anything changed: each assignment (and each fig.add_annotation, each note.font.color
    # set on a figure's annotation) validates every annotation the figure has again.
    if changed:
        fig.layout.annotations = notes
    if own_labels:
        return fig
    label_line_ends(fig, coloured)
    return fig


def _single_panel(fig: go.Figure) -> bool:
    # A map trace has no axes: it counts as another panel, so that a map never gets line labels.
    return all((getattr(tr, "xaxis", "") or "x") == "x" and (getattr(tr, "yaxis", "") or "y") == "y" for tr in fig.data)


def _last_point(trace) -> tuple[float, float] | None:
    xs, ys = trace.x, trace.y
    if xs is None or ys is None:
        return None
    for x, y in zip(reversed(list(xs)), reversed(list(ys))):
        if x is not None and y is not None and not (isinstance(y, float) and math.isnan(y)):
            return float(x), float(y)
    return None


def _y_values(fig: go.Figure, log: bool) -> list[float]:
    values = []
    for trace in fig.data:
        for y in trace.y if trace.y is not None else ():
            if isinstance(y, (int, float)) and math.isfinite(y) and (y > 0 or not log):
                values.append(math.log10(y) if log else float(y))
    return values


def spread(positions: list[float], gap: float, lo: float, hi: float) -> list[float]:
    """Move sorted positions apart so that neighbours are at least `gap` apart, staying within lo..hi where
    the room allows; the order never changes."""
    moved = list(positions)
    for i in range(1, len(moved)):
        moved[i] = max(moved[i], moved[i - 1] + gap)
    if moved and moved[-1] > hi:
        moved[-1] = hi
        for i in range(len(moved) - 2, -1, -1):
            moved[i] = min(moved[i], moved[i + 1] - gap)
    if moved and moved[0] < lo:  # too many for the room: start at the bottom and accept running over the top
        moved[0] = lo
        for i in range(1, len(moved)):
            moved[i] = max(moved[i], moved[i - 1] + gap)
    return moved


def label_line_ends(fig: go.Figure, coloured: set[str]) -> go.Figure:
    """Each country's line named at the plot's right edge, at its last value, labels moved apart."""
    if any(a.name == END_LABEL for a in fig.layout.annotations):  # only then: each assignment validates them all
        fig.layout.annotations = [a for a in fig.layout.annotations if a.name != END_LABEL]
    if not _single_panel(fig):
        return fig
    ends: dict[str, tuple[float, float, str, str]] = {}  # legend group -> (x, y, name, colour)
    for trace in fig.data:
        code = country_of(trace)
        if code is None or not _is_line(trace):
            continue
        point = _last_point(trace)
        if point and (code not in ends or point[0] >= ends[code][0]):
            colour = trace.line.color if code in coloured else GREY_TEXT
            ends[code] = (*point, trace.name or code, colour)
    if not ends:
        return fig
    if len(ends) > MAX_LABELLED:
        ends = {code: end for code, end in ends.items() if code in coloured}
    log = fig.layout.yaxis.type == "log"
    values = _y_values(fig, log)
    if not values:
        return fig
    lo, hi = min(values), max(values)
    pad = (hi - lo) * 0.05 or 1.0
    lo, hi = lo - pad, hi + pad
    margin = fig.layout.margin
    plot_px = max(120.0, (fig.layout.height or 460) - (margin.t or 60) - (margin.b or 80))
    per_px = (hi - lo) / plot_px
    targets = [a for a in fig.layout.annotations if a.name == TARGET_LABEL]
    items = [
        (math.log10(y) if log else y, name, colour, None) for _, y, name, colour in ends.values() if y > 0 or not log
    ]
    items += [(float(a.y), a.text, None, a) for a in targets]
    items.sort(key=lambda item: item[0])
    placed = spread([item[0] for item in items], LABEL_GAP_PX * per_px, lo, hi)
    # Targets first: an added annotation rebuilds the tuple, and a target taken from the old one would be lost.
    for (_, _, _, target), y in zip(items, placed):
        if target is not None:
            target.update(x=1, xref="paper", xanchor="left", xshift=6, y=y, yanchor="middle")
    # All at once: each fig.add_annotation validates every annotation already there again.
    fig.layout.annotations = [
        *fig.layout.annotations,
        *(
            {"name": END_LABEL, "text": text, "x": 1, "xref": "paper", "xanchor": "left", "xshift": 6, "y": y,
             "yref": "y", "yanchor": "middle", "showarrow": False, "font": {"size": LABEL_FONT_PX, "color": colour}}
            for (_, text, colour, target), y in zip(items, placed)
            if target is None
        ),
    ]  # fmt: skip
    widest = max(_text_px(text) for _, text, _, _ in items)
    labelled = {code for code in ends}
    for trace in fig.data:
        if country_of(trace) in labelled:
            trace.showlegend = False  # named at its end: the legend would only repeat it
    fig.update_layout(margin_r=max(margin.r or 20, min(160, widest + 16)))
    _legend_below(fig)
    return fig


def _text_px(text: str) -> int:
    return sum(LABEL_FONT_PX if ord(ch) > 0x2E80 else 7 for ch in str(text))


def _legend_below(fig: go.Figure) -> None:
    """What is left in the legend (marker keys, context lines) goes in rows at the foot, under the source line:
    the right edge now carries the end labels."""
    if fig.layout.legend.yref == "container":
        return  # moved on an earlier pass
    entries = [tr for tr in fig.data if tr.showlegend is not False and tr.name]
    if not entries:
        fig.update_layout(showlegend=False)
        return
    rows = math.ceil(len(entries) / LEGEND_BELOW_PER_ROW)
    extra = LEGEND_ROW_PX * rows
    fig.update_layout(
        showlegend=True,
        legend=LEGEND_AT_FOOT,
        height=(fig.layout.height or 460) + extra,
        margin_b=(fig.layout.margin.b or 80) + extra,
    )


def greyed_count(fig: go.Figure) -> int:
    """How many countries the figure draws in the out-of-focus grey."""
    return len({country_of(tr) for tr in fig.data if country_of(tr) and tr.type == "scatter" and tr.line.color == GREY})
