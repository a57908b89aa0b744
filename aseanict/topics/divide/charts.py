"""Figures of the digital-divide page: Lorenz curve, dispersion over time, people offline, projections, gender."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from aseanict.core import takeaway
from aseanict.core.breaks import with_break_gaps
from aseanict.figures import charts

GREY = "#555555"


def lorenz_chart(
    curve: pd.DataFrame,
    *,
    title: str,
    x_title: str,
    y_title: str,
    equality_label: str,
    names: Mapping[str, str],
    source_line: str,
    gini: float | None = None,
    gini_label: str = "",
    year: int | None = None,
) -> go.Figure:
    """The Lorenz curve against the line of equality; each point is a country (poorest connected first). The
    Gini, if given, is printed in the free bottom-right corner and is what the chart's reading quotes."""
    labels = ["" if pd.isna(e) else names.get(str(e), str(e)) for e in curve["iso3"]]
    fig = go.Figure(
        [
            go.Scatter(
                x=[0, 1],
                y=[0, 1],
                mode="lines",
                name=equality_label,
                line={"color": GREY, "dash": "dash"},
                hoverinfo="skip",
            ),
            go.Scatter(
                x=curve["cum_population_share"],
                y=curve["cum_users_share"],
                mode="lines+markers",
                text=labels,
                name=title,  # the curve is what the chart is titled; never shown in English on a Chinese page
                line={"color": "#0077BB", "width": 2.5},
                fill="tonexty",
                fillcolor="rgba(0,119,187,0.08)",
                hovertemplate="%{text}: %{x:.0%} / %{y:.0%}<extra></extra>",
                showlegend=False,
            ),
        ]
    )
    fig.update_xaxes(title=x_title, tickformat=".0%", range=[0, 1.02])
    fig.update_yaxes(tickformat=".0%", range=[0, 1.02])
    charts.style(fig, title=title, source_line=source_line, y_title=y_title, height=480)
    # The curve runs from bottom left to top right; the top-left corner is always free for the legend.
    fig.update_layout(legend={"x": 0.02, "y": 0.98, "xanchor": "left", "yanchor": "top"})
    if gini is not None and gini == gini:
        fig.add_annotation(
            text=f"{gini_label} {gini:.3f}", x=0.98, y=0.04, xref="paper", yref="paper", xanchor="right",
            showarrow=False, font={"size": 14},
        )  # fmt: skip
        fig.update_layout(meta={"reading": "lorenz", "gini": round(float(gini), 3), "year": year})
    else:
        fig.update_layout(meta={"reading": "none"})
    return fig


def dispersion_chart(
    table: pd.DataFrame,
    *,
    columns: Mapping[str, str],
    title: str,
    y_title: str,
    source_line: str,
    hover_n: str,
) -> go.Figure:
    """One line per dispersion measure over the years (columns: column -> legend label); n on hover."""
    fig = go.Figure()
    colours = ["#0077BB", "#EE7733", "#009988"]
    for i, (column, label) in enumerate(columns.items()):
        fig.add_trace(
            go.Scatter(
                x=table["year"],
                y=table[column],
                mode="lines+markers",
                name=label,
                line={"color": colours[i % len(colours)], "width": 2.5},
                customdata=table["n"],
                hovertemplate=f"{label} %{{x}}: %{{y:.3f}} ({hover_n} %{{customdata}})<extra></extra>",
            )
        )
    fig.update_xaxes(tickformat="d")
    charts.style(fig, title=title, source_line=source_line, y_title=y_title, height=420)
    # Spread falls over time, so the top-right corner is free; the legend there leaves the plot its width.
    fig.update_layout(legend={"x": 0.99, "y": 0.99, "xanchor": "right", "yanchor": "top"})
    fig.update_layout(meta={"reading": "change"})  # measures of spread, not countries: first and last year
    return fig


def projection_chart(
    history: pd.DataFrame,
    path: pd.DataFrame,
    *,
    entity: str,
    target: float,
    target_label: str,
    projection_label: str,
    names: Mapping[str, str],
    title: str,
    y_title: str,
    source_line: str,
    breaks: Sequence[tuple[int, str]] = (),
) -> go.Figure:
    """The observed history (cut and marked at each series break in `breaks`), the straight projection to the
    target (dashed, labelled) and the target line."""
    colour = charts.colour_for(entity)
    name = names.get(entity, entity)
    history = with_break_gaps(history.sort_values("year"), [year for year, _ in breaks])
    fig = go.Figure(
        go.Scatter(
            x=history["year"],
            y=history["value"],
            mode="lines+markers",
            name=name,
            line={"color": colour, "width": 2.5},
            hovertemplate=f"{name} %{{x}}: %{{y:.1f}}<extra></extra>",
        )
    )
    if not path.empty:
        fig.add_trace(
            go.Scatter(
                x=path["year"],
                y=path["value"],
                mode="lines",
                name=projection_label,
                line={"color": colour, "dash": "dash", "width": 2},
                hovertemplate=f"{projection_label} %{{x}}: %{{y:.1f}}<extra></extra>",
            )
        )
    fig.add_hline(
        y=target,
        line={"color": "#117733", "dash": "dot"},
        annotation_text=target_label,
        annotation_position="bottom right",
    )
    charts.mark_breaks(fig, breaks)
    fig.update_xaxes(tickformat="d")
    fig.update_layout(meta={"reading": "ends"})  # the data's last value and the year the projection reaches
    return charts.style(fig, title=title, source_line=source_line, y_title=y_title, height=420)


def dumbbell_chart(
    pairs: pd.DataFrame,
    *,
    ends: tuple[tuple[str, str], tuple[str, str]],
    names: Mapping[str, str],
    title: str,
    x_title: str,
    source_line: str,
) -> go.Figure:
    """Dumbbells: two values per country (men and women, urban and rural) in the year the row names. `ends`:
    ((column, label), (column, label)) of `pairs`, which also has iso3 and year."""
    (first, first_label), (second, second_label) = ends
    labels = [f"{names.get(e, e)} ({y})" for e, y in zip(pairs["iso3"], pairs["year"])]
    fig = go.Figure()
    for label, a, b in zip(labels, pairs[first], pairs[second]):
        fig.add_trace(
            go.Scatter(
                x=[b, a],
                y=[label, label],
                mode="lines",
                line={"color": "#BBBBBB", "width": 4},
                showlegend=False,
                hoverinfo="skip",
            )
        )
    for column, name, marker in (
        (first, first_label, {"color": "#0077BB", "size": 12}),
        (second, second_label, {"color": "#EE7733", "size": 12, "symbol": "diamond"}),
    ):
        fig.add_trace(
            go.Scatter(
                x=pairs[column],
                y=labels,
                mode="markers",
                name=name,
                marker=marker,
                hovertemplate=f"{name} %{{y}}: %{{x:.1f}}%<extra></extra>",
            )
        )
    fig.update_xaxes(title=x_title)
    return charts.style(fig, title=title, source_line=source_line, height=max(320, 40 * len(pairs) + 160))


def ratio_chart(
    ratios: pd.DataFrame,
    *,
    names: Mapping[str, str],
    title: str,
    y_title: str,
    source_line: str,
    seed_points: pd.DataFrame | None = None,
    seed_label: str = "",
) -> go.Figure:
    """Mobile-to-fixed ratios per country over time (log axis: they span 1x to several hundred x); the
    seed's own ratios, which compare a different pair of measures, as hollow stars."""
    fig = charts.line_chart(
        ratios.rename(columns={"iso3": "entity"}).dropna(subset=["value"]),
        title=title,
        y_title=y_title,
        names=names,
        source_line=source_line,
        value_format=".0f",
    )
    if seed_points is not None and not seed_points.empty:
        fig.add_trace(
            go.Scatter(
                x=seed_points["year"],
                y=seed_points["value"],
                mode="markers+text",
                name=seed_label,
                text=list(seed_points["label"]),
                customdata=[names.get(e, e) for e in seed_points["entity"]],
                textposition="middle right",
                marker={"symbol": "star-open", "size": 14, "color": "#000000"},
                hovertemplate="%{customdata} %{x}: %{y}×<extra></extra>",
                meta=takeaway.SKIP,  # the report's ratios compare other measures: not ranked with the lines
            )
        )
    values = ratios["value"].dropna()
    fig.update_yaxes(**charts.log_axis(values[values > 0]))
    return fig
