"""Plotly builders for the what-if page: a scenario's paths with their band, and forecast errors."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from aseanict.core.breaks import with_break_gaps
from aseanict.figures import charts
from aseanict.i18n import t
from aseanict.topics.economy.editions import (
    LOWER_BOUND,
)
from aseanict.topics.whatif.forecast_text import error_text
from aseanict.topics.whatif.scenarios import Scenario, Settings, num, pct


def _style(fig: go.Figure, *, title: str, source_line: str, y_title: str = "", height: int = 460) -> go.Figure:
    return charts.style(fig, title=title, source_line=source_line, y_title=y_title, height=height)


def whatif_chart(
    history: pd.DataFrame,
    sc: Scenario | None,
    s: Settings | None,
    *,
    title: str,
    y_title: str,
    source_line: str,
    lang: str,
    bound: float | None = None,
    target: tuple[int, float] | None = None,
    breaks: Sequence[tuple[int, str]] = (),
) -> go.Figure:
    """History, the low-high band, the base path, the target and the bound, on one chart. The history is cut
    and marked at each series break in `breaks` (year, label)."""
    fig = go.Figure()
    if sc is not None:
        wide = sc.band.pivot(index="year", columns="scenario", values="value").reset_index()
        fig.add_trace(
            go.Scatter(
                x=wide["year"], y=wide["high"], mode="lines", line={"width": 0}, showlegend=False, hoverinfo="skip"
            )
        )  # the band's upper edge, drawn only to be filled to
        fig.add_trace(
            go.Scatter(
                x=wide["year"],
                y=wide["low"],
                mode="lines",
                fill="tonexty",
                fillcolor="rgba(0,119,187,0.18)",
                line={"width": 0},
                name=t("whatif.chart.band", lang),
                hoverinfo="skip",
            )
        )
        for name, dash, width in (("low", "dot", 1.5), ("base", "dash", 3), ("high", "dot", 1.5)):
            fig.add_trace(
                go.Scatter(
                    x=wide["year"],
                    y=wide[name],
                    mode="lines",
                    name=f"{t(f'whatif.sc.{name}', lang)} ({pct(sc.rates[name])})",
                    line={"color": "#0077BB", "dash": dash, "width": width},
                    hovertemplate="%{x}: %{y:,.4g}<extra>%{fullData.name}</extra>",
                )
            )
    if not history.empty:
        # Missing years as gaps, so the line never joins 2022 to 2025 over years nobody estimated.
        history = charts.with_gaps(history.assign(entity="")).sort_values("year")
        history = with_break_gaps(history, [year for year, _ in breaks])
        symbols = ["triangle-up" if q in LOWER_BOUND else "circle" for q in history["qualifier"]]
        fig.add_trace(
            go.Scatter(
                x=history["year"],
                y=history["value"],
                mode="lines+markers",
                name=t("whatif.chart.history", lang),
                line={"color": "#222222", "width": 2.5},
                marker={"symbol": symbols, "size": 7},
                hovertemplate="%{x}: %{y:,.4g}<extra></extra>",
            )
        )
    if s is not None:
        fig.add_trace(
            go.Scatter(
                x=[s.base_year],
                y=[s.base_value],
                mode="markers",
                name=t("whatif.chart.base", lang),
                marker={"size": 12, "color": "#EE7733", "line": {"color": "#222222", "width": 1}},
            )
        )
    if target is not None:
        fig.add_trace(
            go.Scatter(
                x=[target[0]],
                y=[target[1]],
                mode="markers+text",
                name=t("whatif.chart.target", lang),
                text=[num(target[1])],
                textposition="top center",
                marker={"symbol": "star", "size": 16, "color": "#CC3311"},
            )
        )
    if bound is not None:
        fig.add_hline(
            y=bound,
            line={"color": "#888888", "dash": "dot"},
            annotation_text=t("whatif.chart.bound", lang, bound=num(bound)),
        )
    charts.mark_breaks(fig, breaks)
    fig.update_xaxes(tickformat="d")
    fig.update_layout(meta={"reading": "ends"})  # data, scenarios and target are not peers: where each ends
    return _style(fig, title=title, source_line=source_line, y_title=y_title, height=500)


def error_chart(table: pd.DataFrame, *, title: str, source_line: str, lang: str) -> go.Figure:
    """Horizontal bars of % error (column `label` names each forecast); a bound is hatched and marked '≤'/'≥'.

    Rate forecasts (errors in percentage points) are left to the table: one axis cannot hold both units.
    """
    table = table[table["error"].notna() & (table["error_unit"] == "pct")].iloc[::-1]  # first row on top
    fig = go.Figure(
        go.Bar(
            x=table["error"],
            y=table["label"],
            orientation="h",
            text=[error_text(r) for _, r in table.iterrows()],
            textposition="outside",
            marker={
                "color": ["#CC3311" if e > 0 else "#0077BB" for e in table["error"]],
                "pattern": {"shape": ["/" if b != "=" else "" for b in table["error_bound"]]},
            },
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    fig.add_vline(x=0, line={"color": "#555555", "width": 1})
    # Room beyond the longest bar for its label, so '≤ -34.3%' never runs into the axis labels.
    span = max(10.0, float(table["error"].abs().max() or 0) * 1.6)
    fig.update_layout(xaxis_title=t("fc.chart.x", lang), showlegend=False)
    fig.update_xaxes(range=[-span, span], ticksuffix="%")
    height = max(360, 34 * len(table) + 170)
    fig = _style(fig, title=title, source_line=source_line, height=height)
    # The long bar labels push the plot right: anchor the source line at the right edge so it stays inside.
    fig.update_annotations(x=1, xanchor="right", align="right")
    return fig
