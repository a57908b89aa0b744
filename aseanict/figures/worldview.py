"""The maps' outlines in each worldview: Natural Earth's default features, or China's official view in which
Taiwan, Hong Kong and Macao are part of China and shaded with it (README, "Maps")."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from aseanict import config

NATURAL_EARTH, CHINA_OFFICIAL = "natural_earth", "china_official"
WORLDVIEWS = (NATURAL_EARTH, CHINA_OFFICIAL)
# The view a reader of each language most likely needs in front of an audience (README, "Maps").
DEFAULT_WORLDVIEW = {"en": NATURAL_EARTH, "zh": CHINA_OFFICIAL}
PART_OF_CHINA = ("TWN", "HKG", "MAC")  # the features of the extra file


@functools.cache
def load_geojson(path: str | Path = config.GEO_FILE) -> dict:
    """The bundled outlines (features with id = ISO3), read once per process. Each ring's points are one (n, 2)
    array, not n two-item lists: every map figure carries a copy of its outlines, and as lists they were most of
    the objects a server's garbage collector walks (some 14,000 per map; Plotly writes an array as nested lists)."""
    with open(path, encoding="utf-8") as handle:
        geojson = json.load(handle)
    for feature in geojson["features"]:
        geometry = feature["geometry"]
        rings = [[np.asarray(ring, dtype=float) for ring in polygon] for polygon in polygons(geometry)]
        geometry["coordinates"] = rings if geometry["type"] == "MultiPolygon" else rings[0]
    return geojson


def polygons(geometry: Mapping) -> list:
    return list(geometry["coordinates"]) if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]


@functools.cache
def outlines(worldview: str = NATURAL_EARTH) -> dict:
    """The map's features in a worldview: Natural Earth's default adds Taiwan, Hong Kong and Macao as features
    of their own; China's official view adds their polygons to China's feature, so they take China's colour."""
    if worldview not in WORLDVIEWS:
        raise ValueError(f"unknown worldview {worldview!r}")
    base, extra = load_geojson(config.GEO_FILE), load_geojson(config.GEO_EXTRA_FILE)
    if worldview == NATURAL_EARTH:
        return {**base, "features": [*base["features"], *extra["features"]]}
    added = [polygon for feature in extra["features"] for polygon in polygons(feature["geometry"])]
    features = [
        {**f, "geometry": {"type": "MultiPolygon", "coordinates": [*polygons(f["geometry"]), *added]}}
        if f["id"] == "CHN"
        else f
        for f in base["features"]
    ]
    return {**base, "features": features}


def feature_ids(geojson: Mapping) -> list[str]:
    return [str(f["id"]) for f in geojson["features"]]
