"""Plotly builders for the internet-economy page: editions, revisions, sectors, country levels."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.colors as pcolors
import plotly.graph_objects as go

from aseanict.core import takeaway
from aseanict.figures import charts
from aseanict.i18n import t
from aseanict.topics.economy.editions import (
    LOWER_BOUND,
    SECTORS,
    edition_year,
    estimates,
    latest_per_year,
    qualifier_prefix,
)


def _style(fig: go.Figure, *, title: str, source_line: str, y_title: str = "", height: int = 460) -> go.Figure:
    return charts.style(fig, title=title, source_line=source_line, y_title=y_title, height=height)


def _edition_colours(editions: Sequence[str]) -> dict[str, str]:
    ordered = sorted(set(editions), key=lambda e: (edition_year(e) or 0, e))
    if not ordered:
        return {}
    points = [0.0] if len(ordered) == 1 else [i / (len(ordered) - 1) for i in range(len(ordered))]
    # Plasma, cut before its pale yellow end so that every edition shows on white.
    colours = pcolors.sample_colorscale("Plasma", [0.05 + 0.8 * p for p in points])
    return dict(zip(ordered, colours))


def editions_chart(
    obs: pd.DataFrame,
    paths: pd.DataFrame,
    *,
    title: str,
    y_title: str,
    source_line: str,
    lang: str,
) -> go.Figure:
    """Estimates as one solid line (latest edition per year) plus earlier restatements as hollow dots,
    and each edition's forecast as its own dashed line from its base to its target."""
    fig = go.Figure()
    est = estimates(obs)
    latest = latest_per_year(obs)
    colours = _edition_colours([*est["edition"], *paths["edition"]])
    if not latest.empty:
        # Missing years become gaps in the line: joining 2022 to 2025 would draw values nobody estimated.
        full = latest.set_index("year").reindex(range(int(latest["year"].min()), int(latest["year"].max()) + 1))
        full = full.reset_index().rename(columns={"index": "year"})
        full["qualifier"] = full["qualifier"].fillna("=")
        full["edition"] = full["edition"].fillna("")
        latest = full
        labels = [
            "" if pd.isna(v) else f"{qualifier_prefix(q)}{v:g}" for q, v in zip(latest["qualifier"], latest["value"])
        ]
        fig.add_trace(
            go.Scatter(
                x=latest["year"],
                y=latest["value"],
                connectgaps=False,
                mode="lines+markers+text",
                name=t("econ.chart.estimates", lang),
                line={"color": "#222222", "width": 3},
                marker={
                    "size": 9,
                    "color": "#222222",
                    "symbol": ["triangle-up" if q in LOWER_BOUND else "circle" for q in latest["qualifier"]],
                },
                text=labels,
                # The first year's value right of its point: left of it, it was cut at the plot's edge.
                textposition=["bottom right", *["top left"] * (len(labels) - 1)],
                cliponaxis=False,
                customdata=latest[["edition"]],
                hovertemplate="%{x}: %{text} (%{customdata[0]})<extra></extra>",
            )
        )
        restated = est.merge(latest[["year", "edition"]].dropna(), on=["year", "edition"], how="left", indicator=True)
        restated = restated[restated["_merge"] == "left_only"]
        if not restated.empty:
            fig.add_trace(
                go.Scatter(
                    x=restated["year"],
                    y=restated["value"],
                    mode="markers",
                    name=t("econ.chart.earlier", lang),
                    marker={"size": 10, "color": "rgba(0,0,0,0)", "line": {"color": "#666666", "width": 2}},
                    customdata=restated[["edition"]],
                    hovertemplate="%{x}: %{y:g} (%{customdata[0]})<extra></extra>",
                    meta=takeaway.SKIP,  # superseded figures: the reading quotes the estimates line
                )
            )
    shown: set[str] = set()
    for forecast_id, part in paths.groupby("forecast_id", sort=False):
        part = part.sort_values("year")
        edition = str(part["edition"].iloc[0])
        target = part[part["point"] == "target"].iloc[-1]
        label = f"{qualifier_prefix(target['qualifier'])}{target['value']:g}"
        fig.add_trace(
            go.Scatter(
                x=part["year"],
                y=part["value"],
                mode="lines+markers",
                name=t("econ.chart.forecast_by", lang, edition=edition),
                legendgroup=edition,
                showlegend=edition not in shown,
                line={"color": colours.get(edition, "#888888"), "dash": "dash", "width": 2},
                marker={"size": [6] * (len(part) - 1) + [12], "symbol": "diamond"},
                hovertemplate=f"{edition}: %{{x}} → {label}<extra>{forecast_id}</extra>",
                meta=takeaway.SKIP,  # forecasts are read on the revisions chart, against the estimate
            )
        )
        shown.add(edition)
    fig.update_xaxes(tickformat="d", dtick=1 if fig.data and _span(fig) <= 16 else 2)
    return _style(fig, title=title, source_line=source_line, y_title=y_title, height=520)


def _span(fig: go.Figure) -> int:
    xs = [x for tr in fig.data for x in (tr.x if tr.x is not None else [])]
    return int(max(xs) - min(xs)) if xs else 0


def revisions_chart(
    rev: pd.DataFrame,
    actual: pd.Series | None,
    *,
    title: str,
    y_title: str,
    source_line: str,
    lang: str,
) -> go.Figure:
    """One bar per edition's forecast for the same target year, and the estimate for that year as a line."""
    colours = _edition_colours(list(rev["edition"]))
    text = [f"{qualifier_prefix(q)}{v:g}" for q, v in zip(rev["qualifier"], rev["target_value"])]
    # Two press figures from one edition (197 and "about 200") get a bar each, not one stacked bar.
    seen: dict[str, int] = {}
    x = []
    for e in rev["edition"]:
        seen[e] = seen.get(e, 0) + 1
        x.append(e if seen[e] == 1 else f"{e} ({seen[e]})")
    fig = go.Figure(
        go.Bar(
            x=x,
            y=rev["target_value"],
            text=text,
            textposition="outside",
            marker={"color": [colours.get(e, "#888888") for e in rev["edition"]]},
            hovertemplate="%{x}: %{text}<extra></extra>",
            name=t("econ.chart.forecast", lang),
        )
    )
    if actual is not None:
        label = t(
            "econ.chart.actual_line",
            lang,
            year=int(actual["year"]),
            value=f"{qualifier_prefix(actual['qualifier'])}{actual['value']:g}",
            edition=actual["edition"],
        )
        # The reading quotes the estimate as labelled ('>300'), then each edition's bar.
        estimate = f"{qualifier_prefix(actual['qualifier'])}{actual['value']:g}"
        fig.update_layout(meta={"reading": "revisions", "estimate": estimate, "year": int(actual["year"])})
        fig.add_hline(
            y=float(actual["value"]),
            line={"color": "#222222", "width": 2, "dash": "dot"},
            annotation_text=label,
            annotation_position="top left",
            annotation_bgcolor="rgba(255,255,255,0.85)",
        )
    top = max([*rev["target_value"], float(actual["value"]) if actual is not None else 0.0])
    fig.update_yaxes(range=[0, top * 1.2])
    fig.update_layout(showlegend=False)
    return _style(fig, title=title, source_line=source_line, y_title=y_title)


def sector_chart(table: pd.DataFrame, *, title: str, y_title: str, source_line: str, lang: str) -> go.Figure:
    """Grouped bars: one colour per sector; a sector with no estimate for a year has no bar (not zero)."""
    palette = dict(zip(SECTORS, ["#EE7733", "#0077BB", "#009988", "#CC3311"]))
    fig = go.Figure()
    for code in SECTORS:
        part = table[table["indicator"] == code].sort_values("year")
        if part.empty:
            continue
        fig.add_trace(
            go.Bar(
                x=part["year"],
                y=part["value"],
                name=t(f"econ.sector.{code}", lang),
                marker={"color": palette[code]},
                text=[f"{qualifier_prefix(q)}{v:g}" for q, v in zip(part["qualifier"], part["value"])],
                textposition="outside",
                customdata=part[["edition"]],
                hovertemplate="%{x}: %{text} (%{customdata[0]})<extra>%{fullData.name}</extra>",
            )
        )
    fig.update_layout(barmode="group")
    fig.update_xaxes(tickformat="d", dtick=1)
    return _style(fig, title=title, source_line=source_line, y_title=y_title)


def country_levels_chart(levels: pd.DataFrame, *, title: str, y_title: str, names, source_line: str) -> go.Figure:
    """Internet-economy GMV by country; countries with a single estimate are points, so they get big markers."""
    fig = charts.line_chart(
        levels, title=title, y_title=y_title, names=names, source_line=source_line, value_format=".0f"
    )
    return fig.update_traces(marker={"size": 10})


CHINA_RETAIL = ("ONLINE_RETAIL_SALES", "ONLINE_RETAIL_PHYSICAL")
CHINA_RETAIL_SHARE = "ONLINE_RETAIL_PHYSICAL_PCT_RSCG"
# China's figures come from NBS communiqués as mirrored on third-party sites (authority 3); above that, a press
# report (rounded) or a consultancy page: hatched on the chart, never drawn like the communiqués.
NBS_TEXT = 3


def china_retail_chart(
    rows: pd.DataFrame, *, labels: dict[str, str], title: str, y_title: str, source_line: str
) -> go.Figure:
    """China's online retail sales and the physical goods within them, by year. A value from a weaker source
    than the NBS communiqué (a press report, a consultancy page) is hatched and keeps its "~"."""
    fig = go.Figure()
    for code, colour in zip(CHINA_RETAIL, ("#4477AA", "#66CCEE")):
        part = rows[rows["indicator"] == code].sort_values("year")
        weak = part["authority"] > NBS_TEXT
        fig.add_trace(
            go.Bar(
                x=part["year"],
                y=part["value"],
                name=labels.get(code, code),
                marker={"color": colour, "pattern": {"shape": ["/" if w else "" for w in weak]}},
                text=[f"{qualifier_prefix(q)}{v:,.0f}" for q, v in zip(part["qualifier"], part["value"])],
                textposition="outside",
                hovertemplate="%{x}: %{text}<extra>%{fullData.name}</extra>",
            )
        )
    # Full numbers with separators (15,000), never Plotly's Latin SI '15k', which a Chinese reader cannot read.
    fig.update_layout(barmode="group", xaxis={"dtick": 1}, yaxis={"tickformat": ",.0f"})
    return charts.style(fig, title=title, source_line=source_line, y_title=y_title, height=460)
