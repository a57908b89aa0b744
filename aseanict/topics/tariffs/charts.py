"""Figures of the tariffs page: price baskets as separate segments per basket definition, with targets."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from aseanict.figures import charts, focus, maps
from aseanict.i18n import t
from aseanict.topics.tariffs import baskets as tariffs

# One marker shape per basket allowance, so that a reader can tell the baskets apart without the legend.
SYMBOLS = {
    "fbb_1gb": "circle",
    "fbb_5gb": "diamond",
    "mbb_1gb": "circle",
    "mbb_1_5gb": "square",
    "mbb_2gb": "triangle-up",
    "mbb_5gb": "diamond",
    "mdv_low_500mb": "circle",
    "mdv_low_1gb": "square",
    "mdv_high_1_5gb": "square",
    "mdv_high_2gb": "triangle-up",
    "mdv_high_5gb": "diamond",
}
MEDIAN_COLOUR = "#555555"
TARGET_COLOUR = "#117733"
TARGET_LINE = {"color": TARGET_COLOUR, "dash": "dash", "width": 1.5}


def basket_chart(
    labelled: pd.DataFrame,
    *,
    title: str,
    y_title: str,
    names: Mapping[str, str],
    definition_labels: Mapping[str, str],
    experimental_label: str,
    median_labels: Mapping[str, str],
    source_line: str,
    targets: Sequence[tuple[float, str, Sequence[str]]] = (),
    breaks: Sequence[tuple[int, str]] = (),
    log_y: bool = False,
    value_format: str = ".2f",
) -> go.Figure:
    """One trace per segment (tariffs.label_rows): a line never joins two basket definitions, two kinds of
    median, or official and experimental values. Experimental values are dotted with open markers."""
    fig = go.Figure()
    legend: dict[str, tuple[str, str, bool]] = {}  # legend group -> (name, colour, is_median)
    countries = sorted(
        e for e in labelled["entity"].unique() if labelled.loc[labelled.entity == e, "basis"].eq("country").all()
    )
    for segment, part in labelled.groupby("segment", sort=True):
        entity, definition, basis = part["entity"].iloc[0], part["definition"].iloc[0], part["basis"].iloc[0]
        experimental = bool(part["experimental"].iloc[0])
        is_median = basis != "country"
        colour = (
            MEDIAN_COLOUR
            if is_median
            else charts.colour_for(entity, countries.index(entity) if entity in countries else 0)
        )
        name = median_labels.get(basis, entity) if is_median else names.get(entity, entity)
        legend_key = f"{entity}|{basis}"
        symbol = SYMBOLS.get(definition, "circle") + ("-open" if experimental else "")
        note = definition_labels.get(definition, definition) + (f", {experimental_label}" if experimental else "")
        fig.add_trace(
            go.Scatter(
                x=part["year"],
                y=part["value"],
                mode="lines+markers",
                name=name,
                legendgroup=legend_key,
                showlegend=False,
                line={
                    "color": colour,
                    "width": 2 if is_median else 2.5,
                    "dash": "dot" if experimental else ("dash" if is_median else "solid"),
                },
                marker={"size": 8, "symbol": symbol, "color": colour},
                customdata=[note] * len(part),
                hovertemplate=f"{name} %{{x}}: %{{y:{value_format}}} (%{{customdata}})<extra></extra>",
                meta=segment,
            )
        )
        legend.setdefault(legend_key, (name, colour, is_median))
    # One plain legend entry per country (a segment's own style would make the whole country look
    # experimental), then a grey key to the marker shapes and the experimental style, listed first.
    for legend_key, (name, colour, is_median) in legend.items():
        line = {"color": colour, "width": 2.5, "dash": "dash" if is_median else "solid"}
        fig.add_trace(_legend_entry(name, "lines", group=legend_key, line=line))
    for definition in dict.fromkeys(labelled.sort_values("year")["definition"]):
        marker = {"size": 9, "symbol": SYMBOLS.get(definition, "circle"), "color": "#777777"}
        fig.add_trace(_legend_entry(definition_labels.get(definition, definition), "markers", rank=1, marker=marker))
    if labelled["experimental"].any():
        line, marker = {"color": "#777777", "dash": "dot"}, {"symbol": "circle-open", "color": "#777777"}
        fig.add_trace(_legend_entry(experimental_label, "lines+markers", rank=2, line=line, marker=marker))
    for value, label, names_in_full in targets:
        fig.add_hline(y=value, line=TARGET_LINE)
        # Annotations on a log axis take log10 of the value (add_hline's own label lands at 10**value).
        # In the right margin with the lines' end labels (kept clear of them by apply_focus): inside the plot
        # it sat on a country's line. A short label, so that it fits there at the line's height; the targets are
        # named in full in the legend (in the margin, the two targets' 56 columns were cut after 25).
        fig.add_annotation(
            name=focus.TARGET_LABEL,
            x=1,
            xref="paper",
            xshift=6,
            y=math.log10(value) if log_y else value,
            text=label,
            showarrow=False,
            xanchor="left",
            yanchor="middle",
            font={"size": 11, "color": TARGET_COLOUR},
        )
        for name in names_in_full:  # the line's key in the legend, drawn as the line is
            fig.add_trace(_legend_entry(name, "lines", rank=3, line=TARGET_LINE))
    years = labelled["year"].astype(int)
    for i, (year, label) in enumerate(sorted(breaks)):
        # Between the last year of the old basket and the first of the new one; labels staggered so that
        # breaks a year apart stay readable.
        fig.add_vline(x=year - 0.5, line={"color": "#888888", "dash": "dot", "width": 1})
        fig.add_annotation(
            x=year - 0.5,
            y=1 - 0.07 * (i % 3),
            yref="paper",
            text=label,
            showarrow=False,
            # Labels near the right edge grow leftwards so that they stay inside the plot.
            xanchor="right" if year > years.min() + 0.7 * (years.max() - years.min()) else "left",
            yanchor="top",
            bgcolor="rgba(255,255,255,0.8)",
            font={"size": 11, "color": "#444444"},
        )
    if log_y:
        fig.update_yaxes(**charts.log_axis(labelled["value"]))
    fig.update_xaxes(
        dtick=1 if years.nunique() <= 12 else 2, tickformat="d", range=[years.min() - 0.6, years.max() + 0.6]
    )
    charts.style(fig, title=title, source_line=source_line, y_title=y_title, height=580)
    # Room under the x axis for the source line.
    fig.update_layout(legend={"groupclick": "togglegroup"}, margin={"b": 110})
    return charts.apply_focus(fig, ())


# ------------------------------------------------------------------ assembled, translated figures and tables

STATUS_COLOURS = {
    "meets": "#009988",
    "meets_larger": "#88CCBB",
    "fails": "#CC3311",
    "fails_smaller": "#EE9988",
    "undetermined": "#DDCC77",
    "no_data": "#BBBBBB",
    "not_applicable": "#DDDDDD",
}


def _legend_entry(name: str, mode: str, *, group: str = "key", rank: int | None = None, **style: dict) -> go.Scatter:
    """A legend entry that draws nothing: a country's plain line, or a key to the marker shapes, the experimental
    style or a target's line (group "key", which focus.country_of takes for no country)."""
    return go.Scatter(
        x=[None], y=[None], mode=mode, name=name, legendgroup=group, legendrank=rank, hoverinfo="skip", **style
    )


def basket_figure(
    labelled: pd.DataFrame,
    *,
    group: str,
    unit: tariffs.Unit,
    lang: str,
    names: Mapping[str, str],
    source_line: str,
    log_y: bool,
) -> go.Figure:
    """The basket chart with translated labels, the 2% targets (in % of GNI only) and the definition breaks."""
    definitions = {p.definition for b in tariffs.BASKETS.values() for p in b.periods}
    labels = {d: t(f"tariffs.def.{d}", lang) for d in definitions}
    applicable = [
        k
        for k, target in tariffs.TARGETS.items()
        if any(tariffs.applies(target, tariffs.BASKETS[b]) for b in tariffs.GROUPS[group])
    ]
    at: dict[float, list[str]] = {}  # threshold -> the targets' keys (all at 2% today: one line)
    for key in applicable if unit == "pct_gni" else ():
        at.setdefault(tariffs.TARGETS[key].threshold, []).append(key)
    targets = [
        (
            threshold,
            t("tariffs.target_line" if len(keys) == 1 else "tariffs.targets_line", lang, value=f"{threshold:g}"),
            [t(f"tariffs.target_short.{k}", lang) for k in keys],
        )
        for threshold, keys in at.items()
    ]
    countries = labelled[labelled["basis"] == "country"]
    breaks = [
        (year, t(f"tariffs.break_{kind}", lang, basket=t(f"tariffs.short.{d}", lang)))
        for year, d, kind in tariffs.definition_breaks(countries)
    ]
    return basket_chart(
        labelled,
        title=t("tariffs.chart_title", lang, basket=t(f"tariffs.group.{group}", lang)),
        y_title=t(f"tariffs.unit.{unit}", lang),
        names=names,
        definition_labels=labels,
        experimental_label=t("tariffs.experimental", lang),
        median_labels={"panel_median": t("tariffs.median_panel", lang), "ff_median": t("tariffs.median_ff", lang)},
        source_line=source_line,
        targets=targets,
        breaks=breaks,
        log_y=log_y,
    )


def _hover_detail(row: pd.Series, lang: str) -> str:
    """' (2.15%, 5 GB basket (2018–), experimental)': the price and basket behind a country's colour."""
    parts = [f"{row['value']:.2f}%", t(f"tariffs.def.{row['definition']}", lang)]
    if row["experimental"]:
        parts.append(t("tariffs.experimental", lang))
    return f" ({', '.join(parts)})"


def compliance_figure(
    table: pd.DataFrame,
    *,
    year: int,
    countries: Sequence[str],
    target: str,
    lang: str,
    names: Mapping[str, str],
    source_line: str,
    worldview: str = maps.NATURAL_EARTH,
) -> go.Figure:
    statuses = tariffs.statuses_for_year(table, year, countries).rename(columns={"status": "category"})
    rows = table[table["year"] == year].set_index("entity")
    detail = {e: _hover_detail(rows.loc[e], lang) for e in rows.index if pd.notna(rows.at[e, "value"])}
    palette = [(s, t(f"tariffs.status.{s}", lang), c) for s, c in STATUS_COLOURS.items()]
    return maps.category_map(
        statuses,
        palette=palette,
        title=t("tariffs.map_title", lang, target=t(f"tariffs.target_short.{target}", lang), year=year),
        names=names,
        source_line=source_line,
        lang=lang,
        worldview=worldview,
        detail=detail,
    )
