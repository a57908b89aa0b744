"""The choropleth maps draw offline: bundled geometry, a style with no sources, no URL anywhere in the figure."""

from __future__ import annotations

import json
import math

import pandas as pd
import plotly.io
import pytest
from plotly.colors import sample_colorscale

from aseanict import config
from aseanict.figures import charts, maps, worldview
from aseanict.i18n import t

COUNTRIES = ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM", "CHN"]


def square(fid: str, west: float, south: float, east: float, north: float) -> dict:
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return {"type": "Feature", "id": fid, "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}


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
    lon, lat, zoom = maps.view(maps.bounds(worldview.load_geojson()), maps.VIEW_WIDTH, maps.VIEW_HEIGHT)
    assert 100 < lon < 115 and 10 < lat < 30 and 1.5 < zoom < 3


def value_figure(view: str = worldview.NATURAL_EARTH, lang: str = "en"):
    values = pd.DataFrame(
        {
            "entity": ["SGP", "KHM", "LAO", "SGP", "KHM", "BRN"],
            "year": [2023, 2023, 2023, 2024, 2024, 2024],
            "value": [94.3, 60.7, float("nan"), 96.0, 34.0, 99.0],
        }
    )
    return maps.value_map(
        values,
        year=2024,
        titles={2023: "Internet users, 2023", 2024: "Internet users, 2024"},
        colorbar_title="% of population",
        names={"SGP": "Singapore", "LAO": "Lao PDR"},
        source_line="Source: World Bank (CC BY 4.0)",
        selected=["SGP", "KHM", "LAO", "BRN", "ZZZ"],
        lang=lang,
        worldview=view,
        scale=(0, 100),
    )


def by_name(fig) -> dict:
    return {tr.name: tr for tr in fig.data if tr.type == "choroplethmap"}


def test_value_map_uses_the_bundled_geometry_and_no_url():
    fig = value_figure()

    # The files as written, not the arrays the app reads them into (worldview.load_geojson); 100 and 100.0 alike.
    def canonical(text: str) -> list[str]:
        parsed = json.loads(text, parse_int=float)
        return [json.dumps(f, sort_keys=True) for f in parsed.get("features", [parsed])]

    outlines = {f for path in (config.GEO_FILE, config.GEO_EXTRA_FILE) for f in canonical(path.read_text())}
    shapes = [tr for tr in fig.data if tr.type == "choroplethmap"]
    drawn = [f for tr in shapes for f in canonical(plotly.io.json.to_json_plotly(tr.geojson))]
    assert drawn and set(drawn) <= outlines  # the bundled outlines, unchanged, as the browser gets them
    assert all(isinstance(tr.geojson, dict) for tr in shapes)  # inline, never a URL to fetch
    assert "geo" not in fig.to_plotly_json()["layout"]
    style = fig.layout.map.style
    assert isinstance(style, dict) and "glyphs" not in style and "sprite" not in style
    assert "http" not in fig.to_json()  # nothing for the browser to fetch


def test_map_style_has_no_empty_object_for_plotly_react_to_prune():
    # Plotly.react drops empty objects from the layout; a style left without `sources` made MapLibre fail
    # and plotly.js throw "Map error." in the browser console on every rerun (issue 16, item 7).
    def empties(obj) -> list:
        if isinstance(obj, dict):
            return (["{}"] if not obj else []) + [e for v in obj.values() for e in empties(v)]
        return [e for v in obj for e in empties(v)] if isinstance(obj, list) and obj else []

    style = value_figure().layout.map.style
    assert style["sources"] and empties(style) == []
    assert all(source["type"] == "geojson" and isinstance(source["data"], dict) for source in style["sources"].values())


def test_value_map_opens_on_the_year_asked_with_missing_as_missing_never_zero():
    fig = value_figure()
    shapes = by_name(fig)
    values = shapes["% of population"]
    assert list(values.locations) == ["SGP", "KHM", "BRN"] and list(values.z) == [96.0, 34.0, 99.0]
    no_data = shapes["No data"]
    assert {"LAO", "SGP", "KHM", "BRN"} <= set(no_data.locations)  # under every selected country: grey shows
    assert "Lao PDR: No data" in no_data.text and no_data.showlegend  # keyed in the legend
    assert sorted(shapes["Not selected"].locations) == sorted(set(COUNTRIES) - {"SGP", "KHM", "LAO", "BRN"})
    assert fig.layout.title.text == "Internet users, 2024" and fig.layout.sliders[0].active == 1


def test_one_colour_scale_for_every_frame():
    fig = value_figure()
    axis = fig.layout.coloraxis
    assert (axis.cmin, axis.cmax) == (0, 100)
    assert [f.name for f in fig.frames] == ["2023", "2024"]
    for frame in fig.frames:
        assert "coloraxis" not in (frame.layout.to_plotly_json() if frame.layout else {})  # frames keep the scale
        shade = frame.data[0]
        assert shade.coloraxis is None or shade.coloraxis == "coloraxis"
    shapes = [tr for tr in fig.data if tr.type == "choroplethmap" and tr.coloraxis]
    assert len(shapes) == 1 and shapes[0].coloraxis == "coloraxis"
    assert list(fig.frames[0].data[0].z) == [94.3, 60.7]  # 2023: Lao PDR has no value, so it is not shaded


def test_year_slider_and_play_button_animate_frames_in_the_browser():
    fig = value_figure()
    steps = fig.layout.sliders[0].steps
    assert [s.label for s in steps] == ["2023", "2024"] and all(s.method == "animate" for s in steps)
    play = fig.layout.updatemenus[0].buttons[0]
    assert play.method == "animate" and play.args[1]["frame"]["redraw"] is True


def test_single_year_has_no_slider():
    values = pd.DataFrame({"entity": ["SGP"], "year": [2024], "value": [96.0]})
    fig = maps.value_map(
        values, year=2024, titles={2024: "t"}, colorbar_title="%", names={}, source_line="", selected=["SGP"],
        lang="en",
    )  # fmt: skip
    assert not fig.frames and not fig.layout.sliders


def test_colour_range_fixed_for_shares_else_over_every_year():
    assert maps.colour_range([34, 99], (0, 100)) == (0, 100, "fixed")
    assert maps.colour_range([34, 72.8, 99, float("nan")], (0, None)) == (34, 99, "observed")
    assert maps.colour_range([], (None, None))[:2] == (0, 1)
    assert maps.colour_range([5, 5])[:2] == (5, 6)  # never an empty scale


def test_small_states_get_a_ringed_dot_on_the_same_scale():
    fig = value_figure()
    dots = maps.dot_positions(worldview.outlines(worldview.NATURAL_EARTH))
    assert {"SGP", "BRN", "HKG", "MAC"} <= set(dots) and not {"VNM", "CHN", "KHM", "TLS"} & set(dots)
    lon, lat = dots["SGP"]
    assert 103.5 < lon < 104.2 and 1.1 < lat < 1.5
    ring, coloured = [tr for tr in fig.data if tr.type == "scattermap"]
    assert ring.marker.size > coloured.marker.size  # the ring shows round the coloured dot
    assert list(coloured.lon) == list(ring.lon) and round(coloured.lon[0], 3) == round(dots["SGP"][0], 3)
    viridis = sample_colorscale("Viridis", [0.96, 0.99])
    assert list(coloured.marker.color) == [*viridis, maps.NO_DATA_COLOUR, maps.NO_DATA_COLOUR]  # SGP BRN MAC HKG
    first = fig.frames[0].data[1].marker.color  # 2023: Singapore 94.3, Brunei no value
    assert list(first) == [sample_colorscale("Viridis", [0.943])[0], *[maps.NO_DATA_COLOUR] * 3]


def test_worldview_named_in_the_source_line_in_both_languages():
    for view, lang, words in [
        (worldview.NATURAL_EARTH, "en", "default worldview"),
        (worldview.CHINA_OFFICIAL, "en", "China's official view"),
        (worldview.CHINA_OFFICIAL, "zh", "中国官方视图"),
    ]:
        fig = value_figure(view, lang)
        source = fig.layout.annotations[-1].text
        assert words in source and "World Bank" in source
    official = by_name(value_figure(worldview.CHINA_OFFICIAL))
    assert "TWN" not in official["No data"].locations
    assert "TWN" in by_name(value_figure())["No data"].locations  # no data of its own in the store


def test_value_map_with_no_values_at_all():
    fig = maps.value_map(
        pd.DataFrame({"entity": [], "year": [], "value": []}),
        year=2024,
        titles={2024: "t"},
        colorbar_title="c",
        names={},
        source_line="",
        selected=COUNTRIES,
        lang="en",
    )
    shapes = by_name(fig)
    assert len(shapes["No data"].locations) == 15 and list(shapes["c"].locations) == []


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
        lang="en",
        worldview=worldview.CHINA_OFFICIAL,
        detail={"SGP": " (0.93%)"},
    )
    shapes = [tr for tr in fig.data if tr.type == "choroplethmap"]
    assert [tr.name for tr in shapes] == ["meets", "does not meet", "Not selected"]
    assert sorted(shapes[0].locations) == ["CHN", "SGP"] and "SGP: meets (0.93%)" in shapes[0].text
    assert "XXX" not in shapes[1].locations  # unknown codes are not drawn
    dot = [tr for tr in fig.data if tr.type == "scattermap"][-1]
    assert list(dot.marker.color) == ["#009988"]  # Singapore's dot in its category's colour
    assert "http" not in fig.to_json()
    assert not math.isnan(fig.layout.map.zoom)


def test_the_worldview_line_is_wrapped_to_a_phones_width_in_both_languages():
    for view in worldview.WORLDVIEWS:
        for lang in ("en", "zh"):
            credit = t(f"maps.credit.{view}", lang)
            n = len(charts.wrap(credit, maps.WORLDVIEW_LINE_WIDTH))
            assert n > 1  # each credit is too long for one line
            tail = value_figure(view, lang).layout.annotations[-1].text.split("<br>")[-n:]
            assert "".join(tail).replace(" ", "") == credit.replace(" ", "")  # the whole credit, on the last lines
            assert all(charts.display_width(line) <= maps.WORLDVIEW_LINE_WIDTH for line in tail)


def test_a_long_title_is_wrapped_to_a_phones_width_with_room_for_its_lines():
    long = "Individuals using the Internet (% of population), {}"
    short = value_figure()
    fig = maps.value_map(
        pd.DataFrame({"entity": ["SGP", "SGP"], "year": [2023, 2024], "value": [94.3, 96.0]}),
        year=2024, titles={y: long.format(y) for y in (2023, 2024)}, colorbar_title="%", names={},
        source_line="Source: World Bank (CC BY 4.0)", selected=["SGP"], lang="en",
    )  # fmt: skip
    lines = fig.layout.title.text.split("<br>")
    assert len(lines) == 2 and all(charts.display_width(line) <= maps.TITLE_LINE_WIDTH for line in lines)
    assert charts.unwrap(fig.layout.title.text) == long.format(2024)
    assert [charts.unwrap(f.layout.title.text) for f in fig.frames] == [long.format(2023), long.format(2024)]
    assert fig.layout.margin.t == short.layout.margin.t + maps.TITLE_LINE_PX  # the second line pushes the map down
