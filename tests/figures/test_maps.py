"""The choropleth maps draw offline: bundled geometry, a style with no sources, no URL anywhere in the figure."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from aseanict import config
from aseanict.figures import maps

COUNTRIES = ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM", "CHN"]


def square(fid: str, west: float, south: float, east: float, north: float) -> dict:
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return {"type": "Feature", "id": fid, "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}


def test_bundled_geometry_has_all_twelve_countries_including_singapore():
    geo = maps.load_geojson()
    assert sorted(maps.feature_ids(geo)) == sorted(COUNTRIES)
    assert maps.load_geojson() is geo  # read once per process


def test_bounds_hand_case_and_filter():
    geo = {"type": "FeatureCollection", "features": [square("A", 0, 0, 10, 5), square("B", 20, -5, 30, 1)]}
    assert maps.bounds(geo) == (0, -5, 30, 5)
    assert maps.bounds(geo, ["B"]) == (20, -5, 30, 1)
    with pytest.raises(ValueError):
        maps.bounds(geo, ["ZZZ"])


def test_view_of_the_whole_mercator_world_is_zoom_zero():
    # The Web Mercator world is 512 px square at zoom 0 and spans +-85.0511 degrees of latitude.
    lon, lat, zoom = maps.view((-180, -85.0511287798, 180, 85.0511287798), 512, 512)
    assert (lon, lat) == pytest.approx((0, 0), abs=1e-9)
    assert zoom == pytest.approx(0, abs=1e-6)
    # Twice the pixels for the same box: one zoom level more.
    assert maps.view((-180, -85.0511287798, 180, 85.0511287798), 1024, 1024)[2] == pytest.approx(1, abs=1e-6)


def test_view_takes_the_tighter_of_width_and_height():
    # 90 degrees of longitude in 512 px: zoom log2(4) = 2; a thin latitude band does not zoom further in.
    lon, lat, zoom = maps.view((0, -1, 90, 1), 512, 10_000)
    assert zoom == pytest.approx(2) and lon == 45 and lat == pytest.approx(0, abs=1e-9)


@pytest.mark.parametrize("box", [(10, 0, 10, 5), (0, 5, 10, 5), (10, 0, 0, 5)])
def test_view_rejects_a_box_without_area(box):
    with pytest.raises(ValueError):
        maps.view(box, 500, 400)


def test_view_of_the_region_shows_it_whole():
    lon, lat, zoom = maps.view(maps.bounds(maps.load_geojson()), maps.VIEW_WIDTH, maps.VIEW_HEIGHT)
    assert 100 < lon < 115 and 10 < lat < 30 and 1.5 < zoom < 3


def value_figure():
    values = pd.DataFrame({"entity": ["SGP", "KHM", "LAO"], "value": [94.3, 60.7, float("nan")]})
    return maps.value_map(
        values,
        title="Internet users, 2023",
        colorbar_title="% of population",
        names={"SGP": "Singapore", "LAO": "Lao PDR"},
        source_line="Source: World Bank (CC BY 4.0)",
        selected=["SGP", "KHM", "LAO", "ZZZ"],
        no_data_label="no data",
        not_selected_label="not selected",
    )


def test_value_map_uses_the_bundled_geometry_and_no_url():
    fig = value_figure()
    bundled = json.loads(config.GEO_FILE.read_text(encoding="utf-8"))
    assert all(tr.type == "choroplethmap" for tr in fig.data)  # never the CDN-dependent `geo` subplot
    outlines = {json.dumps(f, sort_keys=True) for f in bundled["features"]}
    drawn = [json.dumps(f, sort_keys=True) for tr in fig.data for f in tr.geojson["features"]]
    assert set(drawn) <= outlines  # the bundled outlines, unchanged
    assert len(drawn) == len(set(drawn)) == len(outlines)  # each country drawn once: traces carry only their own
    assert all(isinstance(tr.geojson, dict) for tr in fig.data)  # inline, never a URL to fetch
    assert "geo" not in fig.to_plotly_json()["layout"]
    style = fig.layout.map.style
    assert isinstance(style, dict) and style["sources"] == {} and "glyphs" not in style and "sprite" not in style
    assert "http" not in fig.to_json()  # nothing for the browser to fetch


def test_value_map_shows_missing_as_missing_never_zero():
    fig = value_figure()
    values, no_data, not_selected = fig.data
    assert list(values.locations) == ["SGP", "KHM"] and list(values.z) == [94.3, 60.7]
    assert list(no_data.locations) == ["LAO"] and no_data.name == "no data"
    assert "Lao PDR: no data" in no_data.text
    assert sorted(not_selected.locations) == sorted(set(COUNTRIES) - {"SGP", "KHM", "LAO"})


def test_value_map_with_no_values_at_all():
    fig = maps.value_map(
        pd.DataFrame({"entity": [], "value": []}),
        title="t",
        colorbar_title="c",
        names={},
        source_line="",
        selected=COUNTRIES,
        no_data_label="no data",
        not_selected_label="not selected",
    )
    assert [tr.name for tr in fig.data] == ["no data"] and len(fig.data[0].locations) == 12


def test_category_map_one_legend_entry_per_category_present():
    categories = pd.DataFrame(
        {"entity": ["SGP", "KHM", "CHN", "XXX"], "category": ["meets", "fails", "meets", "fails"]}
    )
    fig = maps.category_map(
        categories,
        palette=[("meets", "meets", "#009988"), ("fails", "does not meet", "#CC3311"), ("no_data", "no data", "#BBB")],
        title="t",
        names={},
        source_line="Source: ITU",
        not_selected_label="not selected",
        detail={"SGP": " (0.93%)"},
    )
    assert [tr.name for tr in fig.data] == ["meets", "does not meet", "not selected"]
    assert sorted(fig.data[0].locations) == ["CHN", "SGP"] and "SGP: meets (0.93%)" in fig.data[0].text
    assert "XXX" not in fig.data[1].locations  # unknown codes are not drawn
    assert "http" not in fig.to_json()
    assert not math.isnan(fig.layout.map.zoom)
