"""Presenter full screen on a 1920 x 1080 projector: every slide fits the screen, with no scrolling."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import wait_for_app

pytestmark = pytest.mark.browser

VIEWS = ["users", "gmv", "price", "idi"]


def test_full_screen_fills_1920_by_1080_without_scrolling(browser, app_url: str) -> None:
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    page = context.new_page()
    try:
        page.goto(f"{app_url}/presenter?views={','.join(VIEWS)}&step=1")
        wait_for_app(page)
        page.get_by_text("Full screen (hide the sidebar)").click()
        page.wait_for_selector("[data-testid='stSidebar']", state="hidden")
        wait_for_app(page)
        for step in range(1, len(VIEWS) + 1):
            page.wait_for_function(f"() => document.body.innerText.includes('View {step} of {len(VIEWS)}')")
            wait_for_app(page)
            sizes = page.evaluate(
                """() => {
                    const main = document.querySelector("[data-testid='stMain']") || document.scrollingElement;
                    const chart = document.querySelector("[data-testid='stPlotlyChart']").getBoundingClientRect();
                    const last = [...document.querySelectorAll("h3")].pop().getBoundingClientRect();
                    return {scroll: main.scrollHeight, view: window.innerHeight, chart: chart.height,
                            chartWidth: chart.width, bottom: last.bottom};
                }"""
            )
            assert sizes["scroll"] <= sizes["view"] + 1, f"view {step} scrolls: {sizes}"
            assert sizes["bottom"] <= sizes["view"], f"view {step}'s takeaway is below the screen: {sizes}"
            assert sizes["chart"] >= 700 and sizes["chartWidth"] >= 1700, (
                f"view {step} leaves the screen empty: {sizes}"
            )
            if step < len(VIEWS):
                page.get_by_role("button", name="Next").click()
    finally:
        context.close()
