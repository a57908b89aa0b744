"""Plotly figure builders shared by the pages: fixed country colours, readable type, a source line on every chart."""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from aseanict.core import takeaway
from aseanict.core.breaks import with_break_gaps
from aseanict.core.colours import COUNTRY_COLOURS
from aseanict.figures.focus import apply_focus, greyed_count  # noqa: F401  (charts.apply_focus is the name to use)

FALLBACK_COLOURS = ["#44AA99", "#88CCEE", "#DDCC77", "#CC6677", "#BBBBBB"]
FONT = "Noto Sans, Noto Sans CJK SC, Arial, sans-serif"
SOURCE_LINE_WIDTH = 130  # characters; longer credits wrap onto more lines
FOOT = "foot"  # annotation name of the notes under a chart (source line, data version): they move together
# The annotation name of a frame's note on a series break, printed inside the plot (figures.narrow moves it on a phone).
BREAK_NOTE = "BREAK_NOTE"
MARGIN_L_PX, MARGIN_R_PX = 60, 20  # style's side margins (figures.narrow measures a phone's plot from them)
CONTROLS_ROOM = "controls_px"  # layout meta: px under the plot kept for controls that only a browser runs


def wrap(text: str, width: int) -> list[str]:
    """Break a credit line at spaces so that no line is wider than width (CJK characters count double, and
    text with no spaces, as Chinese usually is, breaks between characters, filling the line it starts on, never
    inside a Latin word or number such as "e-Conomy" or ">300" unless that word alone is wider than a line)."""
    lines: list[str] = []
    current = ""
    for word in text.replace(" ", " \u0000").split("\u0000"):
        if current.strip() and display_width((current + word).rstrip()) > width and display_width(word) <= width:
            lines.append(current.rstrip())
            current = ""
        current += word
        while display_width(current.rstrip()) > width:  # a run too long for one line: cut it
            fits = 1
            while display_width(current[: fits + 1]) <= width:
                fits += 1
            cut = next((at for at in range(fits, 0, -1) if _can_break(current, at)), fits)
            lines.append(current[:cut].rstrip())
            current = current[cut:].lstrip()
    if current.strip():
        lines.append(current.rstrip())
    return lines


_LATIN = re.compile(r"[A-Za-z0-9_<>≤≥%.,:+\-]")  # what a Latin word or number is made of (">300", "e-Conomy")


def _can_break(text: str, at: int) -> bool:
    """Whether a line may end before text[at]: not inside a Latin word or number, nor after an opening bracket or
    before a closing one (they stay with the word they hold)."""
    left, right = text[at - 1], text[at]
    inside_word = bool(_LATIN.match(left) and _LATIN.match(right))
    return not inside_word and left not in "(（" and right not in ")）"


def unwrap(text: str) -> str:
    """The text `wrap` broke into lines ("<br>"-joined), on one line again: a space where the break was at a space,
    none between two CJK characters (for a title quoted in a citation or a file)."""
    lines = str(text).split("<br>")
    out = lines[0]
    for line in lines[1:]:
        out += ("" if display_width(out[-1:]) == 2 and display_width(line[:1]) == 2 else " ") + line
    return out


def display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def with_gaps(df: pd.DataFrame) -> pd.DataFrame:
    """Add an empty (NaN) row for each missing year inside an entity's span, so that a line breaks there
    instead of joining 2019 to 2021 as if 2020 were known. For drawing only, never for a CSV."""
    parts = []
    for entity, part in df.sort_values("year").groupby("entity", sort=False):
        span = range(int(part["year"].min()), int(part["year"].max()) + 1)
        full = part.set_index("year").reindex(span).rename_axis("year").reset_index()
        parts.append(full.assign(entity=entity))
    return pd.concat(parts, ignore_index=True) if parts else df


# plotly_white's look (layout only): its per-trace defaults make every figure ~60 KB bigger to copy and send,
# and copying them was a large share of a page run. Also the default, for figures made without style().
TEMPLATE = "aseanict"
pio.templates[TEMPLATE] = go.layout.Template(layout=pio.templates["plotly_white"].layout)
pio.templates.default = TEMPLATE  # every new figure starts from it, unvalidated (setting it again validates it all)


def colour_for(entity: str, index: int = 0) -> str:
    return COUNTRY_COLOURS.get(entity, FALLBACK_COLOURS[index % len(FALLBACK_COLOURS)])


def style(fig: go.Figure, *, title: str, source_line: str, y_title: str = "", height: int = 460) -> go.Figure:
    """Title, axis label, legend and the source line at the foot: what an exported chart must carry."""
    source_lines = wrap(source_line, SOURCE_LINE_WIDTH) if source_line else []
    fig.update_layout(
        title={"text": title, "x": 0.01, "xanchor": "left", "font": {"size": 18}},
        font={"family": FONT, "size": 13},
        height=height + 16 * max(0, len(source_lines) - 1),
        # Room below the axis title for the source line(s), so they never overlap or get cut.
        margin={"l": MARGIN_L_PX, "r": MARGIN_R_PX, "t": 60, "b": 80 + 16 * len(source_lines)},
        legend={"title": {"text": ""}},
        yaxis_title=y_title,
    )
    if source_lines:
        fig.add_annotation(
            text="<br>".join(source_lines),
            xref="paper",
            yref="paper",
            x=0,
            y=0,
            yshift=-62,
            xanchor="left",
            yanchor="top",
            showarrow=False,
            font={"size": 11, "color": "#555555"},
            align="left",
            name=FOOT,
        )
    return fig


def room_for_controls(fig: go.Figure, px: int, *, grow: bool = False) -> go.Figure:
    """Room under the plot for controls that only a browser runs (a year slider, play / pause): the foot notes
    move down px and the bottom margin grows px (the figure too, with grow=True). The layout's meta records px, so
    that an export, which has no controls, takes the room back (export.for_export)."""
    for note in fig.layout.annotations:
        if note.name == FOOT:
            note.yshift = (note.yshift or 0) - px
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    fig.update_layout(margin_b=fig.layout.margin.b + px, meta={**meta, CONTROLS_ROOM: px})
    if grow:
        fig.update_layout(height=fig.layout.height + px)
    return fig


def line_chart(
    df: pd.DataFrame,
    *,
    title: str,
    y_title: str,
    names: Mapping[str, str],
    source_line: str,
    reference: pd.DataFrame | None = None,
    reference_name: str = "World",
    breaks: Sequence[tuple[int, str]] = (),
    split_at: Mapping[str, Sequence[int]] | None = None,
    value_format: str = ".1f",
) -> go.Figure:
    """One line per entity (columns entity, year, value); missing years stay gaps, never zeros.

    `breaks` are marked (a dotted line and its label); `split_at` (entity -> years, core.breaks.for_chart gives
    both) cuts that entity's line before each year, so no segment joins two sides of a series break."""
    split_at = split_at or {}
    fig = go.Figure()
    # Legend in the order of each line's last value, so that it reads like the chart's right edge.
    last = df.sort_values("year").groupby("entity").value.last().sort_values(ascending=False)
    for i, entity in enumerate(last.index):
        part = with_gaps(df[df.entity == entity][["entity", "year", "value"]].drop_duplicates(["entity", "year"]))
        part = with_break_gaps(part, split_at.get(entity, ()))
        fig.add_trace(
            go.Scatter(
                x=part.year,
                y=part.value,
                mode="lines+markers",
                name=names.get(entity, entity),
                legendgroup=entity,  # the country code: apply_focus finds a country's traces by it
                line={"color": colour_for(entity, i), "width": 2.5},
                marker={"size": 6},
                hovertemplate=f"%{{fullData.name}} %{{x}}: %{{y:{value_format}}}<extra></extra>",
            )
        )
    if reference is not None and not reference.empty:
        ref = reference.sort_values("year")
        ref_entity = str(ref["entity"].iloc[0]) if "entity" in ref else ""
        ref = with_break_gaps(ref[["year", "value"]], split_at.get(ref_entity, ()))
        fig.add_trace(
            go.Scatter(
                x=ref.year,
                y=ref.value,
                mode="lines",
                name=reference_name,
                line={"color": "#555555", "width": 2, "dash": "dash"},
                hovertemplate=f"{reference_name} %{{x}}: %{{y:{value_format}}}<extra></extra>",
                meta=takeaway.SKIP,  # the reading ranks the countries; the reference is context
            )
        )
    mark_breaks(fig, breaks)
    fig.update_xaxes(dtick=5 if df.year.nunique() > 12 else 1, tickformat="d")
    return apply_focus(style(fig, title=title, source_line=source_line, y_title=y_title), ())


BREAK_LINE = {"color": "#888888", "dash": "dot", "width": 1}
BREAK_FONT = {"size": 11, "color": "#555555"}
POINT_LABEL_COLOUR = "#333333"  # names printed beside points (figures.narrow hides one by making it transparent)


def mark_breaks(fig: go.Figure, breaks: Sequence[tuple[int, str]], **subplot: int) -> go.Figure:
    """A dotted vertical line at each (year, label), labelled above the plot: where a series breaks or a
    definition changes. `row` and `col` put it in one panel of a subplot figure (none in a panel without traces),
    whose x axis then keeps to its traces' years.

    The lines and labels are what fig.add_vline would add, written out and added at once: add_vline looks through
    every panel and trace for each line, most of the making of a small-multiples figure."""
    if not breaks:
        return fig
    if subplot:
        panel = _panel(fig, subplot["row"], subplot["col"])
        if panel is None:
            return fig
        x, y, data_years = panel
        years = [year for year, _ in breaks]
        lo, hi = min(*data_years, *years), max(*data_years, *years)
        # A label's text would stretch the panel's axis to hold it (past 2030 on a phone): the axis keeps to the
        # data, and a break in the right half is labelled on the left of its line, inside the panel.
        fig.layout[f"xaxis{x[1:]}"].range = [lo - 0.5, hi + 0.5]
        # Inside the panel's top edge: above it sits the panel's own title.
        where = {"xref": x, "yref": f"{y} domain", "y": 1, "yanchor": "top", "bgcolor": "rgba(255,255,255,0.6)"}
        # Each further label a line lower: two breaks a few years apart would print over each other.
        notes = [
            {
                **where,
                "x": year,
                "text": label,
                "xanchor": "right" if year > (lo + hi) / 2 else "left",
                "yshift": -16 * i,
            }
            for i, (year, label) in enumerate(sorted(breaks))
        ]
    else:
        x, y = "x", "y"
        # Plotly widens an axis to hold the text of a label tied to it: a label centred on a break near the last
        # year stretched the axis of a phone's narrow plot to 2035. A break in the right half of the years drawn is
        # labelled on the left of its line, one in the left half on its right, so the text stays over the data.
        drawn = _numeric_x(tr for tr in fig.data if (getattr(tr, "xaxis", None) or "x") == "x")
        middle = (min(drawn) + max(drawn)) / 2 if drawn else None
        notes = [
            {"x": year, "y": 1, "yref": "paper", "yanchor": "bottom", "text": label}
            | ({} if middle is None else {"xanchor": "right" if year > middle else "left"})
            for year, label in breaks
        ]
    lines = [
        {"type": "line", "x0": year, "x1": year, "xref": x, "y0": 0, "y1": 1, "yref": f"{y} domain", "line": BREAK_LINE}
        for year, _ in breaks
    ]
    notes = [{**note, "showarrow": False, "font": BREAK_FONT} for note in notes]
    # Assigned, not through update_layout, which walks the whole layout's property tree for each item.
    fig.layout.shapes = (*fig.layout.shapes, *lines)
    fig.layout.annotations = (*fig.layout.annotations, *notes)
    return fig


def _numeric_x(traces: Iterable) -> list[float]:
    """The numeric x values (years) of these traces, gaps left out."""
    return [
        float(v) for trace in traces for v in (trace.x if getattr(trace, "x", None) is not None else ())
        if isinstance(v, numbers.Real) and math.isfinite(v)
    ]  # fmt: skip


def _panel(fig: go.Figure, row: int, col: int) -> tuple[str, str, list[float]] | None:
    """The axis names ("x3", "y3") of a subplot panel and the x values of its traces; None if it has no trace."""
    axes = fig.get_subplot(row, col)
    x, y = axes.xaxis.plotly_name.replace("axis", ""), axes.yaxis.plotly_name.replace("axis", "")
    drawn = [trace for trace in fig.data if (trace.xaxis or "x") == x and (trace.yaxis or "y") == y]
    if not drawn:
        return None
    return x, y, _numeric_x(drawn)


def bar_chart(
    df: pd.DataFrame,
    *,
    title: str,
    x_title: str,
    names: Mapping[str, str],
    source_line: str,
    reference_value: float | None = None,
    reference_name: str = "",
    value_format: str = ".1f",
) -> go.Figure:
    """Horizontal bars, best at the top (columns entity, value)."""
    ordered = df.sort_values("value")
    fig = go.Figure(
        go.Bar(
            x=ordered.value,
            y=[names.get(e, e) for e in ordered.entity],
            orientation="h",
            ids=list(ordered.entity),  # the country codes: apply_focus finds a country's bar by them
            marker={"color": [colour_for(e, i) for i, e in enumerate(ordered.entity)]},
            text=[format(v, value_format) for v in ordered.value],
            textposition="outside",
            hovertemplate=f"%{{y}}: %{{x:{value_format}}}<extra></extra>",
        )
    )
    if reference_value is not None:
        fig.add_vline(
            x=reference_value,
            line={"color": "#555555", "dash": "dash"},
            annotation_text=reference_name,
            annotation_position="top",
        )
    fig.update_layout(xaxis_title=x_title, showlegend=False)
    return style(fig, title=title, source_line=source_line, height=max(320, 36 * len(ordered) + 140))


def add_overlay(fig: go.Figure, rows: pd.DataFrame, names: Mapping[str, str], label: str) -> go.Figure:
    """The user's uploaded values on top of a chart: same colour per country, dotted, marked as theirs."""
    for i, (entity, part) in enumerate(rows.sort_values("year").groupby("entity")):
        fig.add_trace(
            go.Scatter(
                x=part.year,
                y=part.value,
                mode="lines+markers",
                name=f"{names.get(entity, entity)} ({label})",
                line={"color": colour_for(entity, i), "width": 2, "dash": "dot"},
                marker={"symbol": "diamond-open", "size": 9},
            )
        )
    return fig


def log_axis(values: pd.Series) -> dict:
    """A log axis labelled 1-2-5 with plain numbers ("10,000", never "10k": an SI suffix is not a Chinese unit)."""
    ticks = log_ticks(values)
    return {"type": "log", "tickvals": ticks, "ticktext": [f"{v:,.6g}" for v in ticks]}


def log_ticks(values: pd.Series) -> list[float]:
    """1-2-5 ticks covering the values: a log axis labelled with plain numbers rather than bare digits."""
    positive = values[values > 0].dropna()
    if positive.empty:
        return []
    lo, hi = math.floor(math.log10(positive.min())), math.ceil(math.log10(positive.max()))
    ticks = [m * 10.0**e for e in range(lo, hi + 1) for m in (1, 2, 5)]
    inside = [v for v in ticks if positive.min() / 2.5 <= v <= positive.max() * 2.5]
    return [float(f"{v:.6g}") for v in inside]
