"""Choropleth maps of ASEAN + China that draw with no internet: bundled GeoJSON on a tile-free MapLibre map.

One colour scale for every year of an indicator (a layout coloraxis shared by every animation frame), years as
Plotly frames with a slider and a play button that run in the browser, small areas (Singapore, Brunei) as ringed
dots on the same scale, and a worldview setting for Taiwan, Hong Kong and Macao.
"""

# Plotly's `geo` maps fetch their base topojson from a CDN at run time; `Choroplethmap` with our own GeoJSON and
# a style that has no tile sources, glyphs or sprites needs nothing from outside the app.

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import get_colorscale, sample_colorscale

from aseanict.core import takeaway
from aseanict.figures import charts
from aseanict.figures.worldview import NATURAL_EARTH, PART_OF_CHINA, feature_ids, load_geojson, outlines, polygons
from aseanict.i18n import t

# A MapLibre style with one background layer and nothing to download. Its one source is an empty inline
# GeoJSON rather than `"sources": {}`: Plotly.react (every Streamlit rerun) prunes empty objects from the layout,
# MapLibre then rejects a style without `sources` and Plotly throws "Map error." in the browser console.
OFFLINE_STYLE = {
    "version": 8,
    "name": "offline-blank",
    "sources": {"blank": {"type": "geojson", "data": {"type": "FeatureCollection", "features": []}}},
    "layers": [{"id": "background", "type": "background", "paint": {"background-color": "#FFFFFF"}}],
}
NO_DATA_COLOUR = "#BBBBBB"
NOT_SELECTED_COLOUR = "#EEEEEE"
OUTLINE = {"color": "#555555", "width": 0.6}
TILE_SIZE = 512  # MapLibre's world is 512 px wide at zoom 0
# The plot area a map is sized for: narrow enough that the whole region fits a half-width column.
VIEW_WIDTH, VIEW_HEIGHT = 560, 430


SMALL_AREA_KM2 = 10_000  # below this an area is a few pixels at the maps' scale: it gets a dot
KM_PER_DEGREE = 111.32
DOT_SIZE, RING_SIZE = 11, 16
VALUE_SCALE = "Viridis"
_VALUE_SCALE_STOPS = get_colorscale(VALUE_SCALE)  # by name, plotly looks it up among all its scales each time
WORLDVIEW_LINE_WIDTH = 56  # characters (CJK count double): what a phone's map, ~350 px wide, shows of a line
TITLE_LINE_WIDTH, TITLE_LINE_PX = 36, 22  # the same for the 18 px title, and the room a second line takes
CONTROLS_HEIGHT = 62  # px under the map for the year slider and the play button


def bounds(geojson: Mapping, ids: Iterable[str] | None = None) -> tuple[float, float, float, float]:
    """(west, south, east, north) of the features (all, or those with the given ids)."""
    wanted = set(ids) if ids is not None else None
    rings = [
        np.asarray(ring, dtype=float).reshape(-1, 2)
        for feature in geojson["features"]
        if wanted is None or str(feature["id"]) in wanted
        for polygon in polygons(feature["geometry"])
        for ring in polygon
    ]
    points = np.concatenate(rings) if rings else np.empty((0, 2))
    if not len(points):
        raise ValueError("no features to bound")
    (west, south), (east, north) = points.min(axis=0), points.max(axis=0)
    return float(west), float(south), float(east), float(north)


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


def _ring_km2(ring: Sequence[Sequence[float]]) -> float:
    """Area of a lon/lat ring in km² (shoelace on an equirectangular projection: plenty for 'is it tiny')."""
    points = np.asarray(ring, dtype=float)
    xs = points[:, 0] * KM_PER_DEGREE * math.cos(math.radians(points[:, 1].mean()))
    ys = points[:, 1] * KM_PER_DEGREE
    return float(abs(np.sum(xs * np.roll(ys, 1) - np.roll(xs, 1) * ys))) / 2


def area_km2(geometry: Mapping) -> float:
    return sum(_ring_km2(polygon[0]) - sum(_ring_km2(hole) for hole in polygon[1:]) for polygon in polygons(geometry))


def dot_positions(geojson: Mapping, limit_km2: float = SMALL_AREA_KM2) -> dict[str, tuple[float, float]]:
    """id -> (lon, lat) of a dot for each feature too small to see (Singapore, Brunei, Macao...), placed at the
    middle of its largest polygon."""
    dots = {}
    for feature in geojson["features"]:
        if area_km2(feature["geometry"]) >= limit_km2:
            continue
        ring = np.asarray(max((p[0] for p in polygons(feature["geometry"])), key=_ring_km2), dtype=float)
        lon, lat = ring.mean(axis=0)
        dots[str(feature["id"])] = (float(lon), float(lat))
    return dots


@functools.cache
def _dots_of(worldview: str) -> dict[str, tuple[float, float]]:
    # Outlines never change while the server runs: their areas were measured again for every map built (an eighth
    # of a map's build).
    return dot_positions(outlines(worldview))


@functools.cache
def _region_view() -> tuple[float, float, float]:
    return view(bounds(load_geojson()), VIEW_WIDTH, VIEW_HEIGHT)


def colour_range(values: Iterable[float], valid: tuple[float | None, float | None] = (None, None)) -> tuple:
    """(low, high, basis) of the one colour scale of an indicator for every year: its valid range when that is
    0–100 (a share or a score: basis 'fixed'), else the lowest and highest value of any year ('observed')."""
    low, high = valid
    if low == 0 and high == 100:
        return 0.0, 100.0, "fixed"
    finite = [float(v) for v in values if v is not None and math.isfinite(float(v))]
    if not finite:
        return 0.0, 1.0, "observed"
    lo, hi = min(finite), max(finite)
    return (lo, hi if hi > lo else lo + 1, "observed")


def _finish(
    fig: go.Figure, geojson: Mapping, *, title: str, source_line: str, worldview: str, lang: str, height: int
) -> go.Figure:
    # The worldview on a line of its own under the data's credit: it travels with every export of the map.
    worldview_credit = t(f"maps.credit.{worldview}", lang)
    charts.style(fig, title=title_text(title), source_line=source_line or worldview_credit, height=height)
    # Wrapped for a phone's width (a Plotly annotation never wraps by itself; the line was cut at 390 px).
    worldview_lines = "<br>".join(charts.wrap(worldview_credit, WORLDVIEW_LINE_WIDTH))
    foot = fig.layout.annotations[-1]
    foot.text = f"{foot.text}<br>{worldview_lines}" if source_line else worldview_lines
    lon, lat, zoom = _region_view()
    fig.update_layout(
        map={"style": OFFLINE_STYLE, "center": {"lon": lon, "lat": lat}, "zoom": zoom, "fitbounds": False},
        # Legend inside the map's empty south-west corner (the Indian Ocean), clear of the source line.
        legend={"x": 0.01, "y": 0.02, "xanchor": "left", "yanchor": "bottom", "bgcolor": "rgba(255,255,255,0.85)"},
    )
    _place_source_line(fig)
    return fig


def title_text(title: str) -> str:
    """The map's title wrapped for a phone's width (a Plotly title never wraps: a long one was cut at 390 px)."""
    return "<br>".join(charts.wrap(title, TITLE_LINE_WIDTH))


def _place_source_line(fig: go.Figure) -> None:
    """The source line just under the map (no x axis there), and room above it for every line of the title;
    charts.room_for_controls moves the source line under the year controls."""
    source = fig.layout.annotations[-1]
    lines = str(source.text).count("<br>") + 1
    title_lines = str(fig.layout.title.text).count("<br>") + 1
    source.update(y=0, yshift=-6)
    fig.update_layout(margin={"l": 10, "r": 10, "t": 60 + TITLE_LINE_PX * (title_lines - 1), "b": 14 + 16 * lines})


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


def _dots(dots: Mapping[str, tuple[float, float]], ids: Sequence[str], **marker) -> go.Scattermap:
    """Dots for the small areas among ids; a context layer (no reading, no legend entry)."""
    ids = [e for e in ids if e in dots]
    return go.Scattermap(
        lon=[dots[e][0] for e in ids],
        lat=[dots[e][1] for e in ids],
        mode="markers",
        marker=marker,
        showlegend=False,
        hoverinfo="skip",
        meta=takeaway.SKIP,
    )


def _area_names(names: Mapping[str, str], lang: str) -> dict[str, str]:
    return {**{e: t(f"maps.area.{e}", lang) for e in PART_OF_CHINA}, **names}


def _year_controls(years: Sequence[int], start: int) -> dict:
    """A slider of the years and play / pause buttons, all run by plotly.js in the browser: no script run."""
    step = {"mode": "immediate", "transition": {"duration": 0}, "frame": {"duration": 0, "redraw": True}}
    play = {"frame": {"duration": 900, "redraw": True}, "transition": {"duration": 0}, "fromcurrent": False}
    return {
        "sliders": [
            {
                "active": list(years).index(start),
                "steps": [{"label": str(y), "method": "animate", "args": [[str(y)], step]} for y in years],
                "x": 0.3,  # clear of the two buttons on its left
                "len": 0.7,
                "y": 0,
                "yanchor": "top",
                "pad": {"t": 8, "b": 0},
                "currentvalue": {"visible": False},
            }
        ],
        "updatemenus": [
            {
                "type": "buttons",
                "direction": "left",
                "showactive": False,
                "x": 0,
                "y": 0,
                "xanchor": "left",
                "yanchor": "top",
                "pad": {"t": 8},
                "buttons": [
                    {"label": "▶", "method": "animate", "args": [None, play]},
                    {"label": "‖", "method": "animate", "args": [[None], {**step, "frame": {"duration": 0}}]},
                ],
            }
        ],
    }


def value_map(
    values: pd.DataFrame,
    *,
    year: int,
    titles: Mapping[int, str],
    colorbar_title: str,
    names: Mapping[str, str],
    source_line: str,
    selected: Iterable[str],
    lang: str,
    worldview: str = NATURAL_EARTH,
    scale: tuple[float, float] | None = None,
    value_format: str = ".1f",
    reverse: bool = False,
    height: int = 560,
) -> go.Figure:
    """Countries shaded by value (columns entity, year, value), one frame per year of `titles`, opening on
    `year`; one colour scale for all years (`scale`, else the values' range). Selected countries without a
    value that year are grey and keyed "No data" (never zero); countries not selected are pale."""
    geojson, names = outlines(worldview), _area_names(names, lang)
    chosen = [e for e in feature_ids(geojson) if e in set(selected)]
    shown = [*chosen, *(e for e in PART_OF_CHINA if e in feature_ids(geojson))]  # no data of their own here
    have = values.dropna(subset=["value"])
    have = have[have["entity"].isin(chosen)]
    low, high = scale if scale is not None else colour_range(have["value"])[:2]
    dots = {e: at for e, at in _dots_of(worldview).items() if e in shown}
    no_data = t("maps.no_data", lang)

    def colour(value: float) -> str:
        # Computed here rather than left to the coloraxis: Streamlit's plotly.js drew coloraxis dots grey.
        share = min(max((value - low) / (high - low), 0.0), 1.0) if high > low else 0.5
        return sample_colorscale(_VALUE_SCALE_STOPS, [1 - share if reverse else share])[0]

    small = [e for e in shown if e in dots]

    def of_year(y: int) -> tuple[dict, dict]:
        rows = have[have["year"] == y]
        ids, z = list(rows["entity"]), list(rows["value"])
        value_of = dict(zip(ids, z))
        shade = {"locations": ids, "z": z, "text": [names.get(e, e) for e in ids]}
        dot = {"marker": {"color": [colour(value_of[e]) if e in value_of else NO_DATA_COLOUR for e in small]}}
        return shade, dot

    template = f"%{{text}}: %{{z:{value_format}}}<extra></extra>"
    fig = go.Figure()
    fig.add_trace(
        _flat_trace(geojson, shown, NO_DATA_COLOUR, no_data, [f"{names.get(e, e)}: {no_data}" for e in shown])
    )
    fig.data[-1].meta = takeaway.SKIP
    shade, dot = of_year(year)
    fig.add_trace(
        go.Choroplethmap(
            geojson=subset(geojson, chosen),
            featureidkey="id",
            coloraxis="coloraxis",
            marker={"line": OUTLINE},
            hovertemplate=template,
            name=colorbar_title,
            showlegend=False,
            **shade,
        )
    )
    shaded = len(fig.data) - 1
    others = [e for e in feature_ids(geojson) if e not in set(shown)]
    if others:
        label = t("maps.not_selected", lang)
        hover = [f"{names.get(e, e)}: {label}" for e in others]
        fig.add_trace(_flat_trace(geojson, others, NOT_SELECTED_COLOUR, label, hover, takeaway.SKIP))
    fig.add_trace(_dots(dots, small, size=RING_SIZE, color=OUTLINE["color"]))  # the ring around each dot
    fig.add_trace(_dots(dots, small, size=DOT_SIZE, **dot["marker"]))
    fig.update_layout(
        coloraxis={
            "colorscale": VALUE_SCALE,
            "reversescale": reverse,
            "cmin": low,
            "cmax": high,
            "colorbar": {"title": {"text": colorbar_title}, "thickness": 14, "len": 0.75},
        }
    )
    fig = _finish(
        fig, geojson, title=titles[year], source_line=source_line, worldview=worldview, lang=lang, height=height
    )
    years = sorted(titles)
    if len(years) > 1:
        frames = []
        for y in years:
            shade, dot = of_year(y)
            # Plain dicts: Plotly checks trace objects again when a frame is made of them and again when the figure
            # takes the frame.
            frames.append(
                {
                    "name": str(y),
                    "data": [{"type": "choroplethmap", **shade}, {"type": "scattermap", **dot}],
                    "traces": [shaded, len(fig.data) - 1],
                    "layout": {"title": {"text": title_text(titles[y])}},
                }
            )
        fig.frames = frames
        fig.update_layout(**_year_controls(years, year))
        charts.room_for_controls(fig, CONTROLS_HEIGHT)
    return fig


def category_map(
    categories: pd.DataFrame,
    *,
    palette: Sequence[tuple[str, str, str]],
    title: str,
    names: Mapping[str, str],
    source_line: str,
    lang: str,
    worldview: str = NATURAL_EARTH,
    detail: Mapping[str, str] | None = None,
    height: int = 560,
) -> go.Figure:
    """Countries coloured by category (columns entity, category), one legend entry per category present;
    areas with no data of their own in the store (Taiwan, Hong Kong, Macao in Natural Earth's view) as no data.

    palette: (category, label, colour) in legend order; detail: extra hover text per entity.
    """
    geojson, names = outlines(worldview), _area_names(names, lang)
    known = feature_ids(geojson)
    detail = detail or {}
    fig = go.Figure()
    shown = categories[categories["entity"].isin(known)]
    dots = _dots_of(worldview)
    extra = [e for e in PART_OF_CHINA if e in known]
    for category, label, colour in palette:
        ids = list(shown.loc[shown["category"] == category, "entity"])
        if ids:
            hover = [f"{names.get(e, e)}: {label}{detail.get(e, '')}" for e in ids]
            fig.add_trace(_flat_trace(geojson, ids, colour, label, hover))
    if extra:
        no_data = t("maps.no_data", lang)
        hover = [f"{names.get(e, e)}: {no_data}" for e in extra]
        fig.add_trace(_flat_trace(geojson, extra, NO_DATA_COLOUR, no_data, hover, takeaway.SKIP))
    others = [e for e in known if e not in set(shown["entity"]) and e not in extra]
    if others:
        label = t("maps.not_selected", lang)
        hover = [f"{names.get(e, e)}: {label}" for e in others]
        fig.add_trace(_flat_trace(geojson, others, NOT_SELECTED_COLOUR, label, hover, takeaway.SKIP))
    colour_of = {category: colour for category, _, colour in palette}
    small = [e for e in [*shown["entity"], *extra] if e in dots]
    fig.add_trace(_dots(dots, small, size=RING_SIZE, color=OUTLINE["color"]))
    category = dict(zip(shown["entity"], shown["category"]))
    fig.add_trace(
        _dots(dots, small, size=DOT_SIZE, color=[colour_of.get(category.get(e), NO_DATA_COLOUR) for e in small])
    )
    fig.update_layout(meta={"reading": "categories"})  # the reading lists the countries in each class
    return _finish(fig, geojson, title=title, source_line=source_line, worldview=worldview, lang=lang, height=height)
