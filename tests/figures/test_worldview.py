"""The maps' outlines in each worldview: China with or without Taiwan, Hong Kong and Macao."""

from __future__ import annotations

import json

import numpy as np
import pytest

from aseanict import config
from aseanict.figures import worldview

COUNTRIES = ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM", "CHN"]


def test_bundled_geometry_has_all_twelve_countries_including_singapore():
    geo = worldview.load_geojson()
    assert sorted(worldview.feature_ids(geo)) == sorted(COUNTRIES)
    assert worldview.load_geojson() is geo  # read once per process


def test_each_ring_is_one_array_of_the_files_points():
    # One (n, 2) array per ring rather than n lists: a map figure carries its outlines, and a server's garbage
    # collector walks every list in them.
    geo = worldview.load_geojson()
    raw = json.loads(config.GEO_FILE.read_text(), parse_int=float)
    for feature, written in zip(geo["features"], raw["features"], strict=True):
        rings = [r for p in worldview.polygons(feature["geometry"]) for r in p]
        written_rings = [r for p in worldview.polygons(written["geometry"]) for r in p]
        assert all(isinstance(r, np.ndarray) and r.ndim == 2 and r.shape[1] == 2 for r in rings)
        assert [r.tolist() for r in rings] == written_rings


def test_worldviews_draw_china_with_or_without_taiwan_hong_kong_macao():
    natural = worldview.outlines(worldview.NATURAL_EARTH)
    official = worldview.outlines(worldview.CHINA_OFFICIAL)
    assert {"TWN", "HKG", "MAC"} <= set(worldview.feature_ids(natural))
    assert not {"TWN", "HKG", "MAC"} & set(worldview.feature_ids(official))
    polygons = [
        len(worldview.polygons(g["features"][worldview.feature_ids(g).index("CHN")]["geometry"]))
        for g in (natural, official)
    ]
    extra = sum(
        len(worldview.polygons(f["geometry"])) for f in worldview.load_geojson(config.GEO_EXTRA_FILE)["features"]
    )
    assert polygons[1] == polygons[0] + extra
    with pytest.raises(ValueError):
        worldview.outlines("nowhere")


def test_default_worldview_per_language():
    assert worldview.DEFAULT_WORLDVIEW == {"en": worldview.NATURAL_EARTH, "zh": worldview.CHINA_OFFICIAL}
