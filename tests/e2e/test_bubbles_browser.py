"""The bubble chart plays in the browser: pressing play and moving the year slider change the drawn frame (the
plot's data and its year label) without a single script run on the server."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import foreign_requests, wait_for_app

pytestmark = pytest.mark.browser

# Counts every change of the app's script state (notRunning -> running ...): a rerun would show here.
WATCH_RUNS = """() => {
    const app = document.querySelector("[data-testid='stApp']");
    window.__scriptStates = [];
    new MutationObserver(() => window.__scriptStates.push(app.getAttribute('data-test-script-state')))
        .observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""

# What the plot draws now: the bubbles' x values per trace and the big year label of the frame.
DRAWN = """() => {
    const gd = [...document.querySelectorAll("[data-testid='stPlotlyChart'] .js-plotly-plot")]
        .find(g => g.layout && g.layout.sliders && g.layout.sliders.length);
    const bubbles = gd.data.filter(t => t.mode === 'markers+text');
    const year = (gd.layout.annotations || []).map(a => a.text).find(t => /^\\d{4}$/.test(t || ''));
    return {x: JSON.stringify(bubbles.map(t => t.x)), year: year, active: gd._fullLayout.sliders[0].active};
}"""


def open_bubbles(page, app_url: str, query: str = "") -> dict:
    page.goto(f"{app_url}/countries?tab=over_time{query}")
    wait_for_app(page)
    assert page.locator("[data-testid='stException']").count() == 0
    page.locator("[data-testid='stPlotlyChart'] .slider-container").first.scroll_into_view_if_needed()
    page.evaluate(WATCH_RUNS)
    return page.evaluate(DRAWN)


def no_script_run(page) -> None:
    assert page.evaluate("window.__scriptStates") == []  # the attribute never changed: no run started
    assert page.locator("[data-testid='stApp']").get_attribute("data-test-script-state") == "notRunning"


def test_play_runs_the_years_without_a_script_run(page, app_url: str) -> None:
    before = open_bubbles(page, app_url, "&bubbles_year=2022")
    assert before["year"] == "2022"
    # ▶ Play: from the first year on a fresh chart (Plotly knows no current frame yet), else from where it paused
    page.locator("[data-testid='stPlotlyChart'] .updatemenu-button").first.click()
    page.wait_for_timeout(2500)
    first = page.evaluate(DRAWN)
    page.wait_for_timeout(2500)
    later = page.evaluate(DRAWN)
    assert first["year"] != "2022" and first["x"] != before["x"]
    assert int(later["year"]) > int(first["year"]) and later["x"] != first["x"]  # still playing, frame by frame
    no_script_run(page)
    assert foreign_requests(page) == []


def test_the_slider_jumps_to_a_year_without_a_script_run(page, app_url: str) -> None:
    before = open_bubbles(page, app_url)
    assert before["year"] == "2023"
    rail = page.locator("[data-testid='stPlotlyChart'] .slider-rail-touch-rect").first
    box = rail.bounding_box()
    page.mouse.click(box["x"] + 3, box["y"] + box["height"] / 2)  # the rail's left end: the first year
    page.wait_for_timeout(1500)
    after = page.evaluate(DRAWN)
    assert after["active"] == 0 and after["year"] == "1990" and after["x"] != before["x"]
    no_script_run(page)
