"""The whole app in a real headless Chromium: every page draws, nothing fails, nothing leaves localhost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.e2e.conftest import foreign_requests, wait_for_app

pytestmark = pytest.mark.browser
SHOTS = Path(os.environ.get("ASEANICT_SCREENSHOTS", "artifacts/screenshots"))


def test_a_deep_link_opened_first_gets_the_full_app(page, app_url: str) -> None:
    # Must stay the first test to use the server: a fresh server used to fall back to the bare pages/ mode.
    page.goto(f"{app_url}/countries?lang=zh")
    wait_for_app(page)
    links = page.locator("[data-testid='stSidebarNavLink']").all_inner_texts()
    assert any("概览" in link for link in links) and not any(link.strip() == "app" for link in links)


def assert_visible_charts_drew(page, where: str) -> None:
    """Every chart on screen (charts in a closed tab are not) has a drawn plot of a real size."""
    charts = page.locator("[data-testid='stPlotlyChart']")
    for i in range(charts.count()):
        chart = charts.nth(i)
        if not chart.is_visible():
            continue
        chart.scroll_into_view_if_needed()
        chart.locator(".main-svg, canvas").first.wait_for(timeout=30_000)
        box = chart.bounding_box()
        assert box and box["width"] > 100 and box["height"] > 100, f"chart {i} on {where} did not draw"


def nav_links(tab) -> list[str]:
    links = tab.locator("[data-testid='stSidebarNavLink']")
    return [links.nth(i).get_attribute("href") for i in range(links.count())]


def test_every_page_draws_without_error_and_offline(page, app_url: str) -> None:
    page.goto(app_url)
    wait_for_app(page)
    hrefs = nav_links(page)
    assert len(hrefs) >= 2, "the sidebar lists the pages"
    SHOTS.mkdir(parents=True, exist_ok=True)
    for href in hrefs:
        page.goto(href if href.startswith("http") else f"{app_url}/{href.lstrip('/')}")
        wait_for_app(page)
        path = href.split("://", 1)[-1].split("?", 1)[0]
        name = path.rstrip("/").split("/", 1)[1] if "/" in path.rstrip("/") else "overview"
        assert page.locator("[data-testid='stException']").count() == 0, f"exception on {name}"
        tabs = page.get_by_role("tab")
        for t in range(max(1, tabs.count())):
            if tabs.count():
                tabs.nth(t).click()
                page.wait_for_timeout(400)
                wait_for_app(page)  # the section's run, not a fixed pause: a slow run must not read as no chart
            assert_visible_charts_drew(page, f"{name} tab {t}")
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    assert foreign_requests(page) == []


def test_a_copied_url_reproduces_the_view(browser, app_url: str) -> None:
    first = browser.new_context().new_page()
    first.goto(f"{app_url}/?lang=zh&group=CLMV")
    wait_for_app(first)
    copied = first.url
    assert "lang=zh" in copied and "countries=" in copied
    fresh = browser.new_context().new_page()  # a new browser session: no shared state
    fresh.goto(copied)
    wait_for_app(fresh)
    assert fresh.locator("h1").first.inner_text() == first.locator("h1").first.inner_text()
    assert "东盟与中国概览" in fresh.locator("h1").first.inner_text()
    chips = fresh.locator("[data-testid='stSidebar'] [data-tag] > span[title]").all_inner_texts()
    assert sorted(chips) == sorted(["柬埔寨", "老挝", "缅甸", "越南"])


def test_bad_url_parameters_show_a_notice_not_a_traceback(page, app_url: str) -> None:
    page.goto(f"{app_url}/?lang=klingon&countries=%27%3BDROP%20TABLE&group=%3Cscript%3E")
    wait_for_app(page)
    assert page.locator("[data-testid='stException']").count() == 0
    assert "reset" in page.locator("[data-testid='stAlert']").first.inner_text()


def test_switching_page_keeps_language_and_countries(page, app_url: str) -> None:
    page.goto(f"{app_url}/?lang=zh&group=CLMV")
    wait_for_app(page)
    chips = "[data-testid='stSidebar'] [data-tag] > span[title]"
    before = sorted(page.locator(chips).all_inner_texts())
    page.locator("[data-testid='stSidebarNavLink']").last.click()
    page.wait_for_url("**/data_sources**", timeout=60_000)
    page.wait_for_function(
        "() => document.querySelector('h1') && document.querySelector('h1').innerText.includes('数据')"
    )
    wait_for_app(page)
    assert "lang=zh" in page.url
    assert sorted(page.locator(chips).all_inner_texts()) == before == sorted(["柬埔寨", "老挝", "缅甸", "越南"])


def test_presenter_mode_steps_through_its_sequence(page, app_url: str) -> None:
    page.goto(f"{app_url}/presenter")
    wait_for_app(page)
    page.get_by_text("Full screen (hide the sidebar)").click()
    page.wait_for_timeout(800)
    wait_for_app(page)
    assert not page.locator("[data-testid='stSidebar']").is_visible()
    seen = []
    for step in range(1, 7):
        assert page.get_by_text(f"View {step} of 6").is_visible()
        seen.append(page.locator("[data-testid='stPlotlyChart'] .gtitle").first.text_content())
        if step < 6:
            page.get_by_role("button", name="Next").click()
            page.wait_for_function(f"() => document.body.innerText.includes('View {step + 1} of 6')")
            wait_for_app(page)
    assert len(set(seen)) == 6
    assert page.locator("[data-testid='stException']").count() == 0
    assert foreign_requests(page) == []
