"""Choropleth maps of ASEAN + China that draw with no internet: bundled GeoJSON on a tile-free MapLibre map."""

# Plotly's `geo` maps fetch their base topojson from a CDN at run time; `Choroplethmap` with our own GeoJSON and
# a style that has no tile sources, glyphs or sprites needs nothing from outside the app.

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from aseanict import config
from aseanict.core import takeaway
from aseanict.figures import charts

# A MapLibre style with one background layer and no sources: nothing to download.
OFFLINE_STYLE = {
    "version": 8,
    "name": "offline-blank",
    "sources": {},
    "layers": [{"id": "background", "type": "background", "paint": {"background-color": "#FFFFFF"}}],
}
NO_DATA_COLOUR = "#BBBBBB"
NOT_SELECTED_COLOUR = "#EEEEEE"
OUTLINE = {"color": "#555555", "width": 0.6}
TILE_SIZE = 512  # MapLibre's world is 512 px wide at zoom 0
# The plot area a map is sized for: narrow enough that the whole region fits a half-width column.
VIEW_WIDTH, VIEW_HEIGHT = 560, 430


@functools.cache
def load_geojson(path: str | Path = config.GEO_FILE) -> dict:
    """The bundled outlines (features with id = ISO3), read once per process."""
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def feature_ids(geojson: Mapping) -> list[str]:
    return [str(f["id"]) for f in geojson["features"]]


def _coordinates(geometry: Mapping) -> Iterable[Sequence[float]]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for polygon in polygons:
        for ring in polygon:
            yield from ring


def bounds(geojson: Mapping, ids: Iterable[str] | None = None) -> tuple[float, float, float, float]:
    """(west, south, east, north) of the features (all, or those with the given ids)."""
    wanted = set(ids) if ids is not None else None
    lons, lats = [], []
    for feature in geojson["features"]:
        if wanted is not None and str(feature["id"]) not in wanted:
            continue
        for lon, lat in _coordinates(feature["geometry"]):
            lons.append(lon)
            lats.append(lat)
    if not lons:
        raise ValueError("no features to bound")
    return min(lons), min(lats), max(lons), max(lats)


def _mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _inverse_mercator(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)


def view(box: tuple[float, float, float, float], width_px: float, height_px: float) -> tuple[float, float, float]:
    """(centre lon, centre lat, zoom) that fits the box into a plot of that size on a Web Mercator map.

    Set explicitly because plotly's automatic fit ('fitbounds') misplaced the region in the browser test.
    """
    west, south, east, north = box
    if not (west < east and south < north) or width_px <= 0 or height_px <= 0:
        raise ValueError("need a box with area and a plot with a size")
    y0, y1 = _mercator_y(south), _mercator_y(north)
    zoom_x = math.log2(width_px * 360 / (TILE_SIZE * (east - west)))
    zoom_y = math.log2(height_px * 2 * math.pi / (TILE_SIZE * (y1 - y0)))
    return (west + east) / 2, _inverse_mercator((y0 + y1) / 2), min(zoom_x, zoom_y)


def _finish(fig: go.Figure, geojson: Mapping, *, title: str, source_line: str, height: int) -> go.Figure:
    charts.style(fig, title=title, source_line=source_line, height=height)
    lon, lat, zoom = view(bounds(geojson), VIEW_WIDTH, VIEW_HEIGHT)
    fig.update_layout(
        map={"style": OFFLINE_STYLE, "center": {"lon": lon, "lat": lat}, "zoom": zoom, "fitbounds": False},
        # Legend inside the map's empty south-west corner (the Indian Ocean), clear of the source line.
        legend={"x": 0.01, "y": 0.02, "xanchor": "left", "yanchor": "bottom", "bgcolor": "rgba(255,255,255,0.85)"},
        margin={"l": 10, "r": 10, "t": 60, "b": 70},
    )
    if source_line:  # the source line sits just under the map, which has no x axis below it
        fig.layout.annotations[-1].update(y=-0.04)
    return fig


def subset(geojson: Mapping, ids: Iterable[str]) -> dict:
    """Only the outlines a trace draws: each trace carries its own copy, so a map with a shaded, a no-data and
    a not-selected trace would otherwise send and copy every outline three times."""
    wanted = set(ids)
    return {**geojson, "features": [f for f in geojson["features"] if str(f["id"]) in wanted]}


def _flat_trace(
    geojson: Mapping, ids: list[str], colour: str, name: str, hover: list[str], meta: dict | None = None
) -> go.Choroplethmap:
    return go.Choroplethmap(
        geojson=subset(geojson, ids),
        featureidkey="id",
        locations=ids,
        z=[1] * len(ids),
        colorscale=[[0, colour], [1, colour]],
        showscale=False,
        marker={"line": OUTLINE},
        name=name,
        showlegend=True,
        text=hover,
        hovertemplate="%{text}<extra></extra>",
        meta=meta,
    )


def value_map(
    values: pd.DataFrame,
    *,
    title: str,
    colorbar_title: str,
    names: Mapping[str, str],
    source_line: str,
    selected: Iterable[str],
    no_data_label: str,
    not_selected_label: str,
    value_format: str = ".1f",
    reverse: bool = False,
    geojson: Mapping | None = None,
    height: int = 560,
) -> go.Figure:
    """Countries shaded by value (columns entity, value); selected countries without a value are grey and
    labelled as having no data (never zero); countries not selected are pale."""
    geojson = geojson if geojson is not None else load_geojson()
    known = feature_ids(geojson)
    chosen = [e for e in known if e in set(selected)]
    have = values.dropna(subset=["value"])
    have = have[have["entity"].isin(chosen)]
    fig = go.Figure()
    if not have.empty:
        fig.add_trace(
            go.Choroplethmap(
                geojson=subset(geojson, have["entity"]),
                featureidkey="id",
                locations=list(have["entity"]),
                z=list(have["value"]),
                colorscale="Viridis",
                reversescale=reverse,
                marker={"line": OUTLINE},
                colorbar={"title": {"text": colorbar_title}, "thickness": 14, "len": 0.75},
                text=[names.get(e, e) for e in have["entity"]],
                hovertemplate=f"%{{text}}: %{{z:{value_format}}}<extra></extra>",
                name=colorbar_title,
                showlegend=False,
            )
        )
    missing = [e for e in chosen if e not in set(have["entity"])]
    if missing:
        hover = [f"{names.get(e, e)}: {no_data_label}" for e in missing]
        fig.add_trace(_flat_trace(geojson, missing, NO_DATA_COLOUR, no_data_label, hover, takeaway.SKIP))
    others = [e for e in known if e not in set(chosen)]
    if others:
        hover = [f"{names.get(e, e)}: {not_selected_label}" for e in others]
        fig.add_trace(_flat_trace(geojson, others, NOT_SELECTED_COLOUR, not_selected_label, hover, takeaway.SKIP))
    return _finish(fig, geojson, title=title, source_line=source_line, height=height)


def category_map(
    categories: pd.DataFrame,
    *,
    palette: Sequence[tuple[str, str, str]],
    title: str,
    names: Mapping[str, str],
    source_line: str,
    not_selected_label: str,
    detail: Mapping[str, str] | None = None,
    geojson: Mapping | None = None,
    height: int = 560,
) -> go.Figure:
    """Countries coloured by category (columns entity, category), one legend entry per category present.

    palette: (category, label, colour) in legend order; detail: extra hover text per entity.
    """
    geojson = geojson if geojson is not None else load_geojson()
    known = feature_ids(geojson)
    detail = detail or {}
    fig = go.Figure()
    shown = categories[categories["entity"].isin(known)]
    for category, label, colour in palette:
        ids = list(shown.loc[shown["category"] == category, "entity"])
        if ids:
            hover = [f"{names.get(e, e)}: {label}{detail.get(e, '')}" for e in ids]
            fig.add_trace(_flat_trace(geojson, ids, colour, label, hover))
    others = [e for e in known if e not in set(shown["entity"])]
    if others:
        hover = [f"{names.get(e, e)}: {not_selected_label}" for e in others]
        fig.add_trace(_flat_trace(geojson, others, NOT_SELECTED_COLOUR, not_selected_label, hover, takeaway.SKIP))
    fig.update_layout(meta={"reading": "categories"})  # the reading lists the countries in each class
    return _finish(fig, geojson, title=title, source_line=source_line, height=height)
