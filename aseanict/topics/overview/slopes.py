"""Then and now: each country's value in the 2016 report's year against the latest comparable year, as a slope
chart with the change in rank at the right end.

Series breaks are respected: a break for every country (a new price basket) between the two years moves the
start to the break's year (the comparison stays within one segment); a break for one country (China's internet
users, 2023) leaves its line dashed and without a rank change.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from aseanict.core import compare, groups
from aseanict.core.breaks import Registry
from aseanict.figures import charts, focus
from aseanict.i18n import t
from aseanict.topics.overview.headlines import REPORT_YEAR

LABEL_GAP = 0.05  # the smallest distance between two end labels, as a share of the values' span


class NothingToCompare(ValueError):
    """Too few countries have values at both ends: `reason` is the catalogue key of the message."""

    def __init__(self, reason: str, **values: object) -> None:
        super().__init__(reason)
        self.reason, self.values = reason, values


@dataclass(frozen=True)
class Slopes:
    table: pd.DataFrame  # entity, then, now, rank_then, rank_now, change (Int64), break_year (<NA>: none)
    then_year: int
    now_year: int
    moved_by: int | None = None  # a break for every country moved the start from the report's year to this year
    missing: tuple[str, ...] = field(default_factory=tuple)  # countries without a value at both ends


def now_year(rows: pd.DataFrame, field: Sequence[str], since: int) -> int | None:
    """The latest year from `since` on in which (nearly) every country of the field with any value reports."""
    part = rows[rows["entity"].isin(field) & (rows["year"] >= since)].dropna(subset=["value"])
    if part.empty:
        return None
    counts = part.groupby("year")["entity"].nunique()
    enough = counts[counts >= groups.nearly_all(part["entity"].nunique())]
    return int((enough if not enough.empty else counts[counts == counts.max()]).index.max())


def then_and_now(
    rows: pd.DataFrame, indicator: str, field: Sequence[str], higher: bool | None, registry: Registry,
    report_year: int = REPORT_YEAR,
) -> Slopes:  # fmt: skip
    """The two ends, each country's values and ranks (1 = best; highest first where no direction is better) among
    the countries with values at both ends. Raises NothingToCompare with the reason."""
    rows = rows[rows["indicator"] == indicator]
    end = now_year(rows, field, report_year)
    if end is None or end <= report_year:
        raise NothingToCompare("overview.slope.no_now", then=report_year)
    start, moved = report_year, None
    everyone = [y for y in registry.years(indicator, "") if report_year < y <= end]
    if everyone:
        start = moved = max(everyone)
        if start >= end:
            raise NothingToCompare("overview.slope.too_soon", year=start, now=end)
    values = rows[rows["year"].isin([start, end])].pivot_table(index="entity", columns="year", values="value")
    values = values.reindex(index=[c for c in field if c in values.index], columns=[start, end]).dropna()
    if len(values) < 2:
        raise NothingToCompare("overview.slope.too_few", then=start, now=end)
    table = pd.DataFrame({"entity": values.index, "then": values[start].values, "now": values[end].values})
    for column in ("then", "now"):
        one_year = table.rename(columns={"entity": "iso3", column: "value"})[["iso3", "value"]]
        ranked = compare.rank_within(one_year, higher_is_better=higher is not False)
        table[f"rank_{column}"] = table["entity"].map(dict(zip(ranked["iso3"], ranked["rank"]))).astype("Int64")
    table["change"] = (table["rank_then"] - table["rank_now"]).astype("Int64")
    own = {e: [y for y in registry.years(indicator, e) if start < y <= end and y not in everyone] for e in table.entity}
    table["break_year"] = pd.array([max(own[e]) if own[e] else pd.NA for e in table["entity"]], dtype="Int64")
    table.loc[table["break_year"].notna(), "change"] = pd.NA
    missing = tuple(c for c in field if c not in set(table["entity"]) and c in set(rows["entity"]))
    return Slopes(table.sort_values("rank_now").reset_index(drop=True), start, end, moved, missing)


def rows_drawn(rows: pd.DataFrame, slopes: Slopes) -> pd.DataFrame:
    """The rows the chart draws (its two years, its countries): what its download and sources cover."""
    return rows[rows["year"].isin([slopes.then_year, slopes.now_year]) & rows["entity"].isin(slopes.table["entity"])]


def rank_text(change: object, lang: str, break_year: object = None) -> str:
    """▲2 (climbed two places), ▼1, = (same place), or the break that makes the change meaningless."""
    if break_year is not None and not pd.isna(break_year):
        return t("overview.slope.break_label", lang, year=int(break_year))
    if change is None or pd.isna(change):
        return ""
    n = int(change)
    return f"▲{n}" if n > 0 else f"▼{-n}" if n < 0 else "="


def spread(positions: Sequence[float], gap: float) -> list[float]:
    """Label positions moved apart (in the order of `positions`) so that no two are closer than `gap`, centred on
    where they were: end labels of close lines stay readable."""
    order = sorted(range(len(positions)), key=lambda i: positions[i])
    placed = [float(positions[i]) for i in order]
    for i in range(1, len(placed)):
        placed[i] = max(placed[i], placed[i - 1] + gap)
    shift = (sum(positions[i] for i in order) - sum(placed)) / len(placed) if placed else 0.0
    out = [0.0] * len(positions)
    for rank, i in enumerate(order):
        out[i] = placed[rank] + shift
    return out


def slope_figure(
    slopes: Slopes, *, names: Mapping[str, str], title: str, y_title: str, source_line: str, lang: str,
    value_format: str = ",.1f", log: bool = False,
) -> go.Figure:  # fmt: skip
    """One line per country from the first year to the last; at the right end its name, value and rank change."""
    table, a, b = slopes.table, slopes.then_year, slopes.now_year
    fig = go.Figure()
    for i, row in enumerate(table.itertuples()):
        broken = not pd.isna(row.break_year)
        fig.add_trace(
            go.Scatter(
                x=[a, b], y=[row.then, row.now], mode="lines+markers", name=names.get(row.entity, row.entity),
                legendgroup=row.entity,  # its country: the sidebar's focus colours it and greys the others
                line={"color": charts.colour_for(row.entity, i), "width": 2.5, "dash": "dash" if broken else "solid"},
                marker={"size": 8},
                hovertemplate=f"%{{fullData.name}} %{{x}}: %{{y:{value_format}}}<extra></extra>",
            )
        )  # fmt: skip
    scale = (lambda v: math.log10(v)) if log else (lambda v: v)  # annotations on a log axis take log10 positions
    every = [scale(v) for v in (*table["then"], *table["now"])]
    lo, hi = min(every), max(every)
    gap = ((hi - lo) or 1.0) * LABEL_GAP
    edges = [lo, hi]
    labels = []  # added at once below: each fig.add_annotation validates every annotation already there again
    for column, year, side in (("then", a, "right"), ("now", b, "left")):
        placed = spread([scale(v) for v in table[column]], gap)
        edges += placed
        for row, y in zip(table.itertuples(), placed):
            value = format(getattr(row, column), value_format)
            text = (
                value
                if side == "right"
                else f"{names.get(row.entity, row.entity)} {value} " + rank_text(row.change, lang, row.break_year)
            )
            labels.append({
                "x": year, "y": y, "text": text.strip(), "showarrow": False, "xanchor": side,
                "xshift": -8 if side == "right" else 8, "font": {"size": 12, "color": charts.colour_for(row.entity)},
                "name": f"{row.entity}|{focus.OWN_LABEL}",  # recoloured with its line by the focus
            })  # fmt: skip
    fig.layout.annotations = [*fig.layout.annotations, *labels]
    fig.update_yaxes(range=[min(edges) - gap, max(edges) + gap])
    gap = b - a
    fig.update_xaxes(tickvals=[a, b], ticktext=[str(a), str(b)], range=[a - gap * 0.25, b + gap * 0.9])
    fig.update_yaxes(type="log" if log else "linear")
    fig.update_layout(showlegend=False, meta={"reading": "change", focus.OWN_LABEL: True})
    return charts.style(fig, title=title, source_line=source_line, y_title=y_title, height=max(560, 40 * len(table)))


def slope_caption(slopes: Slopes, names: Mapping[str, str], lang: str) -> str:
    """What the chart compares and what it leaves out: the two years, how ranks count, breaks, missing countries."""
    sep = t("a11y.list_sep", lang)
    parts = [t("overview.slope.caption", lang, then=slopes.then_year, now=slopes.now_year, n=len(slopes.table))]
    if slopes.moved_by is not None:
        parts.append(t("overview.slope.moved", lang, report=REPORT_YEAR, year=slopes.moved_by))
    for row in slopes.table[slopes.table["break_year"].notna()].itertuples():
        parts.append(t("overview.slope.entity_break", lang, who=names.get(row.entity, row.entity), year=row.break_year))
    if slopes.missing:
        parts.append(t("overview.slope.missing", lang, who=sep.join(names.get(c, c) for c in slopes.missing)))
    return ("" if lang == "zh" else " ").join(parts)
