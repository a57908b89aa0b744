"""A one-sentence, text-only reading of a chart for its caption: what a screen-reader user (or someone reading
the slide from the back of the room) needs to get the point without seeing the lines.

The reading is made from the figure itself (its traces' x/y/z, names, text labels and hover formats), not from
the rows a page happens to offer for download: so it can only speak of what the chart draws, in the chart's
measure, at the chart's rounding, with its qualifiers ('>300', '~200') as labelled. Builders steer it with
Plotly's free `meta` field:

- a trace with meta SKIP is not read (a world reference line, the report's own stars, a legend key);
- a trace with meta {"panel": label} belongs to that panel of a small-multiples figure;
- layout meta {"reading": kind, ...} names a chart that is not a per-country comparison: "lorenz" (with
  "gini"), "change" (first and last point of each line), "ends" (where each line ends), "revisions" (with
  "estimate" and "year"), "categories" (which countries fall in each coloured class), "bubbles" (with "year":
  highest and lowest on each axis of a scatter whose points are named by their text), "none" (title and note only).
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from aseanict.i18n import t

SKIP = {"reading": "skip"}
AGGREGATES_LAST = ("WLD", "ASEAN", "ITU_ASP", "SEA6")  # readers compare countries; a world line is context
# A value label as charts print it: an optional qualifier, the number as shown, an optional % or pp.
_LABEL = re.compile(r"^\s*([<>~≈≤≥]=?\s*)?([+\-−]?\d[\d,]*(?:\.\d+)?)(%| pp)?")
_FORMAT = re.compile(r",?\.(\d+)([fg%])|,?(g)")


def plain(title: str) -> str:
    """A chart title without its HTML (line breaks, small print)."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", title or "")).strip()


def decimals_for(spec: str | None, value: float) -> int:
    """Decimal places a d3 format ('.1f', ',.2f', '.4g', 'g') shows for this value; no format: 1 (0 if whole)."""
    m = _FORMAT.fullmatch(spec or "")
    if not m:
        return 0 if float(value).is_integer() else 1
    if m.group(3) or m.group(2) == "g":
        significant = int(m.group(1)) if m.group(1) else 6
        if value == 0:
            return 0
        shown = float(f"{value:.{significant}g}")
        return max(0, min(significant - 1 - math.floor(math.log10(abs(shown))), _shortest(shown)))
    return int(m.group(1))


def _shortest(value: float) -> int:
    text = f"{value:.12g}"
    return len(text.split(".")[1]) if "." in text and "e" not in text else 0


def number(value: float, decimals: int = 1) -> str:
    """A number with thousands separators at the chart's precision. `decimals` is where an indicator's own display
    precision (indicators.decimals) plugs in; readers default to what the chart's hover shows."""
    text = f"{value:,.{decimals}f}"
    return text[1:] if re.fullmatch(r"-0[.,0]*", text) else text


@dataclass(frozen=True)
class Point:
    series: str  # the trace's name (a country on a line chart, a measure on grouped bars)
    at: float | str | None  # the year on a time axis, else the category (a country on a bar chart)
    value: float
    shown: str  # as the chart shows it: its own label ('>300') or the value at its hover precision
    panel: str = ""
    axis: str = "y"  # where the value is drawn: y, x (horizontal bars, dot plots) or z (a map's colour)


def _floats(values) -> list[float | None]:
    out = []
    for v in list(values) if values is not None else []:
        try:
            f = float(v)
        except (TypeError, ValueError):
            out.append(None)
            continue
        out.append(None if math.isnan(f) else f)
    return out


def _is_numeric(values) -> bool:
    present = [v for v in (list(values) if values is not None else []) if v is not None]
    return bool(present) and all(_real(v) for v in present)


def _real(value: object) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _shown(value: float, label: object, spec: str | None, decimals: int | None) -> str:
    """The chart's own value label if it is one (keeps '>' and '~'), else the value at the chart's rounding."""
    if isinstance(label, str) and (m := _LABEL.match(label)):
        digits = m.group(2).replace(",", "").replace("−", "-")
        places = len(digits.split(".")[1]) if "." in digits else 0
        if abs(float(digits) - value) <= 0.5 * 10**-places + 1e-9:
            return m.group(0).strip()
    return number(value, decimals if decimals is not None else decimals_for(spec, value))


def _spec(template: object, axis: str) -> str | None:
    m = re.search(r"%\{" + axis + r":([^}]+)\}", template if isinstance(template, str) else "")
    return m.group(1) if m else None


def _meta(obj) -> dict:
    return obj.meta if isinstance(getattr(obj, "meta", None), dict) else {}


def points(fig, names: Mapping[str, str], decimals: int | None = None) -> list[Point]:
    """Every value the figure draws that a reading may quote (SKIP traces and hover-less helpers left out)."""
    out: list[Point] = []
    for trace in fig.data:
        meta = _meta(trace)
        if meta.get("reading") == "skip" or trace.hoverinfo == "skip":
            continue
        panel = str(meta.get("panel", ""))
        kind = trace.type
        if kind in ("choroplethmap", "choropleth"):
            cats, vals, axis = list(trace.locations or ()), _floats(trace.z), "z"
            cats = [names.get(c, c) for c in cats]
        elif kind == "bar":
            horizontal = trace.orientation == "h"
            cats, vals = list(trace.y if horizontal else trace.x), _floats(trace.x if horizontal else trace.y)
            axis = "x" if horizontal else "y"
        elif kind == "scatter":
            x, y = list(trace.x if trace.x is not None else ()), list(trace.y if trace.y is not None else ())
            if _is_numeric(y) or not y:
                cats, vals, axis = x, _floats(y), "y"
            else:
                cats, vals, axis = y, _floats(x), "x"
        else:
            continue
        text = trace.text
        labels = list(text) if isinstance(text, list | tuple) or hasattr(text, "tolist") else [None] * len(vals)
        spec = _spec(trace.hovertemplate, axis)
        for i, (cat, value) in enumerate(zip(cats, vals)):
            if value is None or cat is None:
                continue
            cat = float(cat) if _real(cat) else cat
            label = labels[i] if i < len(labels) else None
            out.append(Point(str(trace.name or ""), cat, value, _shown(value, label, spec, decimals), panel, axis))
    return out


def _unit(fig, axis: str) -> str:
    if axis == "z":
        for trace in fig.data:
            if trace.type.startswith("choropleth") and trace.colorbar.title.text:
                return plain(trace.colorbar.title.text)
        return plain(fig.layout.coloraxis.colorbar.title.text or "")  # a scale shared by traces and frames
    return plain(fig.layout[f"{axis}axis"].title.text or "")


def _say(name: str, p: Point, lang: str, with_year: bool) -> str:
    if with_year:
        return t("a11y.point", lang, name=name, value=p.shown, year=int(p.at))
    return t("a11y.point_value", lang, name=name, value=p.shown)


def _range(items: list[tuple[str, Point]], lang: str, with_year: bool) -> str:
    if len(items) == 1:
        return _say(*items[0], lang, with_year)
    ordered = sorted(items, key=lambda item: item[1].value)
    top, bottom = ordered[-1], ordered[0]
    return t("a11y.range", lang, top=_say(*top, lang, with_year), bottom=_say(*bottom, lang, with_year))


def _without_aggregates(items: list[tuple[str, Point]], names: Mapping[str, str]) -> list[tuple[str, Point]]:
    aggregate = {names.get(code, code) for code in AGGREGATES_LAST} | set(AGGREGATES_LAST)
    countries = [item for item in items if item[0] not in aggregate]
    return countries or items


def comparison(fig, names: Mapping[str, str], lang: str, decimals: int | None = None) -> str:
    """Highest and lowest of what the chart draws: each line's latest point on a time axis, else each bar, dot or
    region; one clause per panel (small multiples), per measure (grouped bars) or per row (a dot plot)."""
    drawn = points(fig, names, decimals)
    if not drawn:
        return ""
    time = all(isinstance(p.at, float) for p in drawn)
    groups: dict[str, list[tuple[str, Point]]] = {}
    if time:
        latest: dict[tuple[str, str], Point] = {}
        for p in drawn:  # a line drawn in segments (one per edition or basket) is one series
            key = (p.panel, p.series)
            if key not in latest or p.at >= latest[key].at:
                latest[key] = p
        for (panel, series), p in latest.items():
            groups.setdefault(panel, []).append((series, p))
    else:
        series = list(dict.fromkeys(p.series for p in drawn))
        countries = set(names.values())
        by_row = len(series) > 1 and all(s in countries for s in series)  # a dot plot: traces are countries
        for p in drawn:
            if by_row:
                groups.setdefault(str(p.at), []).append((p.series, p))
            else:
                groups.setdefault(p.panel or (p.series if len(series) > 1 else ""), []).append((str(p.at), p))
    clauses = []
    for panel, items in groups.items():
        text = _range(_without_aggregates(items, names), lang, time)
        clauses.append(t("a11y.panel", lang, panel=plain(panel), text=text) if panel else text)
    unit = "" if any(p.panel for p in drawn) else _unit(fig, drawn[0].axis)
    key = "a11y.latest" if time else "a11y.values"
    return t(key, lang, unit=t("a11y.unit", lang, unit=unit) if unit else "", points=t("a11y.sep", lang).join(clauses))


def _lines(fig, names, decimals) -> dict[str, list[Point]]:
    lines: dict[str, list[Point]] = {}
    for p in points(fig, names, decimals):
        if isinstance(p.at, float):
            lines.setdefault(p.series, []).append(p)
    return {name: sorted(ps, key=lambda p: p.at) for name, ps in lines.items()}


def change(fig, names: Mapping[str, str], lang: str, decimals: int | None = None) -> str:
    """Each line's first and last point: for measures over time (spread between countries), not rankings."""
    items = [
        t(
            "a11y.change_item",
            lang,
            name=plain(name),
            first=ps[0].shown,
            y0=int(ps[0].at),
            last=ps[-1].shown,
            y1=int(ps[-1].at),
        )  # fmt: skip
        for name, ps in _lines(fig, names, decimals).items()
        if len(ps) > 1
    ]
    return t("a11y.change", lang, items=t("a11y.sep", lang).join(items)) if items else ""


def ends(fig, names: Mapping[str, str], lang: str, decimals: int | None = None) -> str:
    """Where each line ends (data, projection, scenarios, target): for charts whose lines are not peers."""
    items = [
        t("a11y.point", lang, name=plain(name) or "–", value=ps[-1].shown, year=int(ps[-1].at))
        for name, ps in _lines(fig, names, decimals).items()
    ]
    return t("a11y.ends", lang, items=t("a11y.sep", lang).join(items)) if items else ""


def revisions(fig, names: Mapping[str, str], lang: str, decimals: int | None = None) -> str:
    """The estimate for the target year against each edition's forecast for it, labels as printed."""
    meta = _meta(fig.layout)
    items = [t("a11y.point_value", lang, name=str(p.at), value=p.shown) for p in points(fig, names, decimals)]
    if not items:
        return ""
    return t(
        "a11y.revisions", lang, year=meta["year"], estimate=meta["estimate"], items=t("a11y.sep", lang).join(items)
    )


def categories(fig, names: Mapping[str, str], lang: str) -> str:
    """Which selected countries fall in each class of a category map."""
    items = [
        t(
            "a11y.panel",
            lang,
            panel=plain(trace.name),
            text=t("a11y.list_sep", lang).join(names.get(c, c) for c in trace.locations),
        )
        for trace in fig.data
        if _meta(trace).get("reading") != "skip" and trace.locations is not None and len(trace.locations)
    ]
    return t("a11y.classes", lang, items=t("a11y.sep", lang).join(items)) if items else ""


def bubbles(fig, lang: str) -> str:
    """Highest and lowest on each axis of a bubble chart's shown frame (points named by their text labels)."""
    clauses = []
    for axis in ("x", "y"):
        items = []
        for trace in fig.data:
            if _meta(trace).get("reading") == "skip" or trace.type != "scatter" or trace.text is None:
                continue
            spec = _spec(trace.hovertemplate, axis)
            for name, value in zip(list(trace.text), _floats(trace[axis])):
                if value is not None:
                    items.append((str(name), Point(str(name), None, value, _shown(value, None, spec, None), axis=axis)))
        if items:
            clauses.append(t("a11y.panel", lang, panel=_unit(fig, axis), text=_range(items, lang, False)))
    if not clauses:
        return ""
    return t("a11y.bubbles", lang, year=_meta(fig.layout).get("year", ""), points=t("a11y.sep", lang).join(clauses))


def lorenz(fig, lang: str) -> str:
    meta = _meta(fig.layout)
    gini = meta.get("gini")
    if gini is None or (isinstance(gini, float) and math.isnan(gini)):
        return ""
    return t("a11y.lorenz", lang, gini=number(gini, 3), year=meta.get("year", ""))


def reading(fig, names: Mapping[str, str], lang: str, decimals: int | None = None) -> str:
    """The sentence for this figure: its layout meta's kind if it names one, else highest and lowest."""
    kind = _meta(fig.layout).get("reading", "comparison")
    if kind == "none":
        return ""
    if kind == "lorenz":
        return lorenz(fig, lang)
    if kind == "categories":
        return categories(fig, names, lang)
    if kind == "bubbles":
        return bubbles(fig, lang)
    chosen = {"change": change, "ends": ends, "revisions": revisions}.get(kind, comparison)
    return chosen(fig, names, lang, decimals)


def caption(fig, names: Mapping[str, str], lang: str, note: str = "", decimals: int | None = None) -> str:
    """Title, reading, then the chart's own note: the text alternative shown under every chart."""
    title = plain(fig.layout.title.text or "")
    # Chinese sentences follow each other without a space; English ones with one.
    body = ("" if lang == "zh" else " ").join(p for p in (reading(fig, names, lang, decimals), note) if p)
    text = " ".join(p for p in (f"**{title}**" if title else "", body) if p)
    return text.replace("$", "\\$")  # Markdown reads "US$ ... US$" as maths


def listing(names: Sequence[str], lang: str) -> str:
    """'A, B and C' / 'A、B 和 C'."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return t("a11y.and", lang, head=t("a11y.list_sep", lang).join(names[:-1]), last=names[-1])
