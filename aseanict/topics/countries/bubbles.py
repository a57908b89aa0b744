"""Bubbles over time, Gapminder style: two indicators on x and y, bubble area by population, colour by group,
one animation frame per year that the browser plays without a script run.

A country appears in a year's frame only with both values of that year (never interpolated); each frame says how
many countries it lacks. Where either indicator has a documented series break, the frames from its year on say so
and the slider marks the year.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from aseanict.core import groups, units
from aseanict.core.breaks import Registry
from aseanict.figures import charts
from aseanict.i18n import t
from aseanict.topics.countries.profiles import RANKABLE_TOPICS

POPULATION = "SP.POP.TOTL"
DEFAULT_X, DEFAULT_Y = "NY.GNP.PCAP.CD", "IT.NET.USER.ZS"
# Colour by group, not by country: ASEAN-6, CLMV and China (Timor-Leste, a member since 2025, is in neither).
GROUP_ORDER = ("CHINA", "ASEAN6", "CLMV", "ASEAN_OTHER")
GROUP_COLOURS = {"CHINA": "#CC3311", "ASEAN6": "#0077BB", "CLMV": "#EE7733", "ASEAN_OTHER": "#009988"}
MAX_BUBBLE_PX = 60  # diameter of the most populous country's bubble (China)
BREAK_MARK = " ◆"  # after a slider step's year: a series of the chart breaks there
FRAME_MS, TRANSITION_MS = 700, 400
CONTROLS_PX = 128  # under the x axis: the play / pause buttons, then the year slider
NAMED_MISSING = 6  # a frame lacking more countries than this gives their number only
# The title names two indicators with their units (100+ characters): one line was cut at 1280 px. It is broken
# into lines that a 390 px phone holds at 16 px (CJK characters count double), and the break note likewise.
TITLE_SIZE, TITLE_WIDTH, TITLE_LINE_PX, TITLE_PAD_PX = 16, 40, 21, 20
NOTE_WIDTH = 44
# Above the plot, under the title: room for the legend on two rows (it wraps so on a phone), so it never
# reaches up into the title.
LEGEND_ROOM_PX = 52


def country_indicators(indicators: pd.DataFrame) -> list[str]:
    """Codes of country-level series that can sit on an axis: the rankable topics, without ranks and population."""
    usable = indicators[indicators["topic"].isin(RANKABLE_TOPICS) & (indicators["unit"] != "rank")]
    return [str(c) for c in usable["code"] if c != POPULATION]


def bubble_group(iso3: str, memberships: str) -> str:
    """CHINA, ASEAN6, CLMV or ASEAN_OTHER, from countries.csv's `groups` column."""
    if iso3 == "CHN":
        return "CHINA"
    parts = str(memberships).split(";")
    return next((g for g in ("ASEAN6", "CLMV") if g in parts), "ASEAN_OTHER")


def group_of(countries: pd.DataFrame) -> dict[str, str]:
    return {str(c): bubble_group(str(c), g) for c, g in zip(countries["iso3"], countries["groups"])}


def frames_table(rows: pd.DataFrame, x: str, y: str, field: Sequence[str]) -> pd.DataFrame:
    """One row per year and country with both values that year and its population (year, entity, x, y,
    population, source_id): a country missing either value is absent from that year, never filled in."""
    if x == y:
        raise ValueError("x and y must be two different indicators")
    part = rows[rows["entity"].isin(field) & rows["indicator"].isin([x, y, POPULATION])]
    wide = part.pivot_table(index=["year", "entity"], columns="indicator", values="value", aggfunc="first")
    wide = wide.reindex(columns=[x, y, POPULATION])
    table = pd.DataFrame({"x": wide[x], "y": wide[y], "population": wide[POPULATION]}).dropna(subset=["x", "y"])
    # Each row's sources, joined: a plain loop (pandas' groupby ran a Python function per year and country, a
    # third of the chart's making).
    found: dict[tuple, set[str]] = {}
    for key, source in zip(zip(part["year"], part["entity"]), part["source_id"]):
        if pd.notna(source):
            found.setdefault(key, set()).add(str(source))
    table["source_id"] = [",".join(sorted(found.get(key, ()))) for key in table.index]
    table = table.reset_index()
    table["year"] = table["year"].astype(int)
    return table.sort_values(["year", "entity"]).reset_index(drop=True)


def missing_by_year(table: pd.DataFrame, field: Sequence[str]) -> dict[int, list[str]]:
    """Year -> the countries of `field` without both values that year, for every frame year."""
    present = table.groupby("year")["entity"].agg(set)
    return {int(year): [c for c in field if c not in have] for year, have in present.items()}


def default_year(table: pd.DataFrame, field: Sequence[str]) -> int | None:
    """The latest year in which (nearly) every country has both values; else the year with the most."""
    if table.empty:
        return None
    counts = table.groupby("year")["entity"].nunique()
    enough = counts[counts >= groups.nearly_all(len(field))]
    return int((enough if not enough.empty else counts[counts == counts.max()]).index.max())


def entity_breaks(registry: Registry, codes: Sequence[str], field: Sequence[str]) -> dict[str, tuple[int, ...]]:
    """Country -> the years where either indicator's series breaks for it (a trail does not join across them)."""
    out = {e: tuple(sorted({y for c in dict.fromkeys(codes) for y in registry.years(c, e)})) for e in field}
    return {e: years for e, years in out.items() if years}


def break_notes(
    registry: Registry, codes: Sequence[str], labels: Mapping[str, str], field: Sequence[str],
    years: Sequence[int], names: Mapping[str, str], lang: str,
) -> dict[int, str]:  # fmt: skip
    """Frame year -> what changed from an earlier frame on ("New method from 2023: China (Internet users)"), for
    every frame at or after a documented break of either indicator that falls inside the frame years."""
    if not years:
        return {}
    found: set[tuple[int, str]] = set()
    for code in dict.fromkeys(codes):
        everyone = set(registry.years(code, ""))
        for entity in ("", *field):
            for year in registry.years(code, entity) if entity else everyone:
                if entity and year in everyone or not min(years) < year <= max(years):
                    continue
                who = names.get(entity, entity) if entity else t("bubbles.everyone", lang)
                what = t(f"bubbles.break.{registry.kind(code, entity, year)}", lang, year=year)
                found.add((year, t("bubbles.break_item", lang, what=what, who=who, indicator=labels.get(code, code))))
    notes: dict[int, str] = {}
    for year in years:
        items = [text for y, text in sorted(found) if y <= year]
        if items:
            notes[int(year)] = t("a11y.sep", lang).join(items)
    return notes


def marked_years(notes: Mapping[int, str]) -> set[int]:
    """The frame years where a (further) break starts: the note appears or changes. The slider marks them."""
    out, before = set(), ""
    for year, note in sorted(notes.items()):
        if note != before:
            out.add(year)
        before = note
    return out


@dataclass(frozen=True)
class Axis:
    code: str
    title: str
    log: bool
    hover: str  # d3 format of the values in the hover text


def _range(values: pd.Series, log: bool) -> list[float]:
    """One axis range for every frame (a frame's bubbles move; the axes never do)."""
    if log:
        positive = values[values > 0]
        lo, hi = math.log10(positive.min()), math.log10(positive.max())
        pad = max(0.08, (hi - lo) * 0.06)
        return [lo - pad, hi + pad]
    lo, hi = float(values.min()), float(values.max())
    pad = (hi - lo) * 0.06 or 1.0
    return [lo - pad, hi + pad]


def _traces(
    table: pd.DataFrame, year: int, group: Mapping[str, str], names: Mapping[str, str],
    x: Axis, y: Axis, sizeref: float, trails: bool, break_years: Mapping[str, Sequence[int]], lang: str,
) -> list[dict]:  # fmt: skip
    """A frame's traces: per group, a faint trail (if asked) and the bubbles. Always the same traces in the same
    order, empty where a group has no country that year, so that frames animate into one another. Plain dicts:
    Plotly checks a trace object again each time it is put in a frame or a figure (three times over for a frame),
    and a chart of 35 frames spent most of its making on that."""
    out = []
    pop_label = t("bubbles.population", lang)
    group_col = table["entity"].map(group)
    for g in GROUP_ORDER:
        colour, label = GROUP_COLOURS[g], t(f"bubbles.group.{g}", lang)
        if trails:
            xs: list[float | None] = []
            ys: list[float | None] = []
            past = table[(table["year"] <= year) & (group_col == g)]
            for entity, path in past.groupby("entity"):
                cuts = break_years.get(str(entity), ())
                previous = None
                for row in path.sort_values("year").itertuples():
                    if previous is not None and (
                        row.year - previous > 1 or any(previous < c <= row.year for c in cuts)
                    ):
                        xs.append(None)  # a gap in the data or a series break: the trail does not join across it
                        ys.append(None)
                    xs.append(row.x)
                    ys.append(row.y)
                    previous = row.year
                xs.append(None)
                ys.append(None)
            out.append(
                {
                    "type": "scatter",
                    "x": xs,
                    "y": ys,
                    "mode": "lines",
                    "line": {"color": colour, "width": 1.5},
                    "opacity": 0.35,
                    "hoverinfo": "skip",
                    "showlegend": False,
                    "name": label,
                    "meta": {"reading": "skip"},
                }  # fmt: skip
            )
        part = table[(table["year"] == year) & (group_col == g)]
        out.append(
            {
                "type": "scatter",
                "x": list(part["x"]),
                "y": list(part["y"]),
                "ids": list(part["entity"]),  # the same country's bubble moves from frame to frame
                "text": [names.get(e, e) for e in part["entity"]],
                "customdata": [[p / 1e6 if pd.notna(p) else None] for p in part["population"]],
                "mode": "markers+text",
                "textposition": "top center",
                "textfont": {"size": 11, "color": charts.POINT_LABEL_COLOUR},
                "marker": {
                    "size": [p if pd.notna(p) else 0 for p in part["population"]],
                    "sizemode": "area",
                    "sizeref": sizeref,
                    "sizemin": 4,
                    "color": colour,
                    "opacity": 0.8,
                    "line": {"color": "white", "width": 1},
                },
                "name": label,
                "legendgroup": f"{g}|group",  # a group, not a country: the focus (figures/focus) leaves its colour be
                "hovertemplate": f"%{{text}} {year}<br>{x.title}: %{{x:{x.hover}}}<br>{y.title}: %{{y:{y.hover}}}"
                f"<br>{pop_label}: %{{customdata[0]:,.1f}}<extra></extra>",
            }
        )
    return out


def _frame_notes(year: int, missing: Sequence[str], n_field: int, note: str, lang: str) -> list[dict]:
    """The annotations that change with the frame: the year in large faint type, what the frame lacks, a break."""
    out = [
        {
            "text": str(year), "xref": "paper", "yref": "paper", "x": 0.98, "y": 0.04, "xanchor": "right",
            "yanchor": "bottom", "showarrow": False, "font": {"size": 56, "color": "rgba(0,0,0,0.13)"},
        },
        {
            "text": t("bubbles.frame_missing", lang, n=len(missing), total=n_field) if missing else "",
            "xref": "paper", "yref": "paper", "x": 0.01, "y": 0.99, "xanchor": "left", "yanchor": "top",
            "showarrow": False, "font": {"size": 11, "color": "#555555"},
        },
        {
            "name": charts.BREAK_NOTE,
            "text": "<br>".join(charts.wrap(note, NOTE_WIDTH)), "xref": "paper", "yref": "paper", "x": 0.01, "y": 0.93,
            "xanchor": "left", "yanchor": "top", "align": "left",
            "showarrow": False, "font": {"size": 12, "color": "#8A3B00"}, "bgcolor": "rgba(255,255,255,0.85)",
        },
    ]  # fmt: skip
    return out


def bubble_figure(
    table: pd.DataFrame, *, year: int, x: Axis, y: Axis, group: Mapping[str, str], names: Mapping[str, str],
    field: Sequence[str], title: str, source_line: str, lang: str, trails: bool = False,
    notes: Mapping[int, str] | None = None, break_years: Mapping[str, Sequence[int]] | None = None,
) -> go.Figure:  # fmt: skip
    """The animated bubble chart, showing `year` first: one frame per year of `table` (frames_table), a play
    button and a year slider that run in the browser. `notes` (break_notes) label frames after a series break."""
    notes, break_years = notes or {}, break_years or {}
    years = sorted(int(v) for v in table["year"].unique())
    if year not in years:
        raise ValueError(f"no frame for {year}")
    missing = missing_by_year(table, field)
    sizeref = 2.0 * float(table["population"].max()) / MAX_BUBBLE_PX**2 if table["population"].notna().any() else 1
    fig = go.Figure(_traces(table, year, group, names, x, y, sizeref, trails, break_years, lang))
    for axis, values in ((x, table["x"]), (y, table["y"])):
        update = fig.update_xaxes if axis is x else fig.update_yaxes
        update(**(charts.log_axis(values) if axis.log else {"type": "linear"}), range=_range(values, axis.log))
    fig.update_xaxes(title=x.title)
    title_lines = charts.wrap(title, TITLE_WIDTH)
    charts.style(fig, title="<br>".join(title_lines), source_line=source_line, y_title=y.title, height=600)
    charts.room_for_controls(fig, CONTROLS_PX, grow=True)  # the buttons and the slider, under the x axis
    base = list(fig.layout.annotations)
    # The title hangs from the top edge; the legend stands on the plot (y=1, growing upwards) in the room left
    # between them.
    title_px = TITLE_PAD_PX + TITLE_LINE_PX * len(title_lines)
    top = title_px + LEGEND_ROOM_PX
    fig.update_layout(
        title={"font": {"size": TITLE_SIZE}, "yref": "container", "y": 1, "yanchor": "top", "pad": {"t": TITLE_PAD_PX}},
        margin_t=top,
        height=fig.layout.height + top - fig.layout.margin.t,
    )

    def notes_for(when: int) -> list:
        return [*base, *_frame_notes(when, missing.get(when, []), len(field), notes.get(when, ""), lang)]

    fig.update_layout(annotations=notes_for(year))
    fig.frames = [
        {
            "name": str(when),
            "data": _traces(table, when, group, names, x, y, sizeref, trails, break_years, lang),
            "layout": {"annotations": notes_for(when)},
        }
        for when in years
    ]
    # redraw: the frame's notes are layout annotations, which only a redraw updates; it stays in the browser.
    play = {"frame": {"duration": FRAME_MS, "redraw": True}, "transition": {"duration": TRANSITION_MS}}
    marked = marked_years(notes)
    fig.update_layout(
        meta={**fig.layout.meta, "reading": "bubbles", "year": year},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "left", "x": 0.0, "itemsizing": "constant"},
        updatemenus=[
            {
                # A row of their own under the axis title, the slider below them: at any width neither covers
                # the other (the slider's left end used to sit under the buttons).
                "type": "buttons", "direction": "left", "showactive": False, "x": 0.0, "xanchor": "left",
                "y": 0, "yanchor": "top", "pad": {"t": 58, "r": 10},
                "buttons": [
                    {"label": t("bubbles.play", lang), "method": "animate", "args": [None, play | {"fromcurrent": True}]},
                    {
                        "label": t("bubbles.pause", lang), "method": "animate",
                        "args": [[None], {"mode": "immediate", "frame": {"duration": 0, "redraw": True},
                                          "transition": {"duration": 0}}],
                    },
                ],
            }
        ],
        sliders=[
            {
                "active": years.index(year), "x": 0.0, "len": 1.0, "y": 0, "yanchor": "top", "pad": {"t": 96},
                "currentvalue": {"prefix": t("bubbles.year_prefix", lang), "font": {"size": 13}, "xanchor": "right"},
                "transition": {"duration": TRANSITION_MS},
                "steps": [
                    {
                        "label": f"{when}{BREAK_MARK if when in marked else ''}", "method": "animate",
                        "args": [[str(when)], {"mode": "immediate", "frame": {"duration": 0, "redraw": True},
                                               "transition": {"duration": TRANSITION_MS}}],
                    }
                    for when in years
                ],
            }
        ],
    )  # fmt: skip
    return fig


def missing_caption(missing: Mapping[int, Sequence[str]], n_field: int, names: Mapping[str, str], lang: str) -> str:
    """How many countries each frame lacks, years with the same gaps run together ("1995–1999: 5 of 12 missing
    (…)"); years not listed have every country."""
    runs: list[tuple[int, int, tuple[str, ...]]] = []
    for year in sorted(missing):
        gone = tuple(missing[year])
        if runs and runs[-1][2] == gone and runs[-1][1] == year - 1:
            runs[-1] = (runs[-1][0], year, gone)
        else:
            runs.append((year, year, gone))
    sep = t("a11y.list_sep", lang)
    items = [
        t(
            "bubbles.missing_run" if len(gone) <= NAMED_MISSING else "bubbles.missing_count", lang,
            years=str(a) if a == b else f"{a}–{b}", n=len(gone), total=n_field,
            who=sep.join(names.get(c, c) for c in gone),
        )
        for a, b, gone in runs
        if gone
    ]  # fmt: skip
    if not items:
        return t("bubbles.none_missing", lang)
    return t("bubbles.missing", lang, items=t("a11y.sep", lang).join(items))


def bubble_caption(
    table: pd.DataFrame, field: Sequence[str], names: Mapping[str, str], axes: Sequence[Axis],
    notes: Mapping[int, str], lang: str,
) -> str:  # fmt: skip
    """The note under the chart: bubble size, log axes, the break mark on the slider, each frame's missing countries."""
    parts = [t("bubbles.caption", lang)]
    parts += [t("bubbles.log", lang, axis=a.title) for a in axes if a.log]
    if notes:
        parts.append(t("bubbles.break_mark", lang))
    parts.append(missing_caption(missing_by_year(table, field), len(field), names, lang))
    return ("" if lang == "zh" else " ").join(parts)


def axis(code: str, title: str, unit: object, decimals: Mapping[str, int]) -> Axis:
    return Axis(code, title, units.log_axis(unit), units.hover_format(code, decimals))
