"""The offline maps in a real headless Chromium: the map canvas is coloured and no request leaves localhost."""

from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image

from tests.e2e.conftest import foreign_requests, wait_for_app

pytestmark = pytest.mark.browser


def coloured_share(png: bytes) -> float:
    pixels = Image.open(BytesIO(png)).convert("RGB").getdata()
    return sum(1 for r, g, b in pixels if max(r, g, b) - min(r, g, b) > 30) / len(pixels)


def test_maps_draw_offline_in_a_real_browser(page, app_url):
    for link in ["tariffs?tab=targets", "divide?tab=over_time"]:  # the sections with a map
        page.goto(f"{app_url}/{link}")
        wait_for_app(page)
        assert page.locator("[data-testid='stException']").count() == 0, link
        canvas = page.locator(".maplibregl-canvas").first
        canvas.scroll_into_view_if_needed()
        page.wait_for_timeout(1500)
        assert coloured_share(canvas.screenshot()) > 0.05, f"the map on {link} drew nothing"
    assert foreign_requests(page) == []


MAP_FIGURE = """() => {
    const plot = [...document.querySelectorAll('.js-plotly-plot')].find(g => g.layout && g.layout.map);
    if (!plot) return null;
    const frames = (plot._transitionData || {})._frames || [];
    const china = plot.data.filter(tr => tr.geojson).flatMap(tr => tr.geojson.features).find(f => f.id === 'CHN');
    const dots = plot.data.filter(tr => tr.type === 'scattermap');
    return {
        cmin: (plot.layout.coloraxis || {}).cmin, cmax: (plot.layout.coloraxis || {}).cmax,
        frames: frames.map(f => f.name), frameAxes: frames.map(f => (f.layout || {}).coloraxis || null),
        title: plot.layout.title.text,
        chinaPolygons: china ? china.geometry.coordinates.length : 0,
        ids: plot.data.filter(tr => tr.locations).flatMap(tr => tr.locations),
        dotLons: dots.length ? dots[dots.length - 1].lon : [],
        dotColours: dots.length ? dots[dots.length - 1].marker.color : [],
        source: plot.layout.annotations[plot.layout.annotations.length - 1].text,
    };
}"""


def map_figure(page):
    for chart in page.locator("[data-testid='stPlotlyChart']").all():
        chart.scroll_into_view_if_needed()
    page.wait_for_function(f"({MAP_FIGURE})() !== null", timeout=30_000)
    return page.evaluate(MAP_FIGURE)


def test_map_one_colour_range_across_years_played_in_the_browser(page, app_url):
    page.goto(f"{app_url}/divide?tab=over_time")
    wait_for_app(page)
    fig = map_figure(page)
    assert (fig["cmin"], fig["cmax"]) == (0, 100)  # internet users: a share, one 0-100 scale for every year
    assert len(fig["frames"]) > 10 and fig["frames"][-1] in fig["title"]  # opens on the latest year
    assert all(axis is None for axis in fig["frameAxes"])  # no frame brings its own scale
    runs = page.evaluate("() => document.querySelector(\"[data-testid='stApp']\").dataset.testScriptState")
    rail = page.locator(".slider-rail-rect").first.bounding_box()
    page.mouse.click(rail["x"] + 2, rail["y"] + rail["height"] / 2)  # the slider's first year
    page.wait_for_function(
        f"({MAP_FIGURE})().title.includes('{fig['frames'][0]}')", timeout=15_000
    )  # the frame changed in the browser
    after = page.evaluate(MAP_FIGURE)
    assert (after["cmin"], after["cmax"]) == (fig["cmin"], fig["cmax"])  # the same colours mean the same values
    assert (
        runs == "notRunning"
        and page.evaluate("() => document.querySelector(\"[data-testid='stApp']\").dataset.testScriptState")
        == "notRunning"
    )


def test_singapore_and_brunei_are_ringed_dots(page, app_url):
    page.goto(f"{app_url}/divide?tab=over_time")
    wait_for_app(page)
    fig = map_figure(page)
    lons = [round(x) for x in fig["dotLons"]]
    assert 104 in lons and 115 in lons  # Singapore (103.8 E) and Brunei (114.6 E)
    assert any(c.startswith("rgb") for c in fig["dotColours"])  # coloured on the value scale, not only grey


def test_worldview_switch_changes_chinas_outline(page, app_url):
    page.goto(f"{app_url}/divide?tab=over_time&worldview=natural_earth")
    wait_for_app(page)
    natural = map_figure(page)
    page.goto(f"{app_url}/divide?tab=over_time&worldview=china_official")
    wait_for_app(page)
    official = map_figure(page)
    assert "TWN" in natural["ids"] and "TWN" not in official["ids"]
    assert official["chinaPolygons"] > natural["chinaPolygons"]  # Taiwan, Hong Kong, Macao joined to China
    assert "default worldview" in natural["source"] and "official view" in official["source"]
    page.goto(f"{app_url}/divide?tab=over_time&lang=zh")
    wait_for_app(page)
    assert "中国官方视图" in map_figure(page)["source"]  # the Chinese app's default


def test_no_map_error_in_the_console(page, app_url):
    # Plotly.react pruned the style's empty `sources`, MapLibre refused the style and plotly.js threw
    # "Map error." on every rerun (issue 16, item 7).
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    for link in ["divide?tab=over_time", "tariffs?tab=targets"]:
        page.goto(f"{app_url}/{link}")
        wait_for_app(page)
        map_figure(page)
        page.wait_for_timeout(2000)
    assert not [e for e in errors if "Map error" in e or "sources" in e], errors
