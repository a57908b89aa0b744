"""Presenter mode in a real browser: a copied link with the user's own sequence opens it; Next and ← step."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.e2e.conftest import foreign_requests, wait_for_app

pytestmark = pytest.mark.browser

VIEWS = ["gmv", "mobile_price", "users"]
NAME = "ASEAN day: 东盟日"


def test_a_link_with_a_users_sequence_steps_through_it(page, app_url: str) -> None:
    page.goto(f"{app_url}/presenter?views={','.join(VIEWS)}&name={quote(NAME)}&step=1")
    wait_for_app(page)
    # The name as typed, not read as markdown (plain() puts an invisible word joiner after ':', so that no
    # "name: …" can read as a link or an icon code: compare what a reader sees).
    heading = page.locator("h3", has_text="东盟日")
    assert heading.is_visible() and heading.inner_text().replace("\u2060", "") == NAME
    assert page.get_by_label("Name", exact=True).input_value() == NAME
    seen = []
    for step in range(1, len(VIEWS) + 1):
        assert page.get_by_text(f"View {step} of {len(VIEWS)}").is_visible()
        assert f"step={step}" in page.url
        chart = page.locator("[data-testid='stPlotlyChart']")
        assert chart.count() == 1 and chart.locator(".main-svg g.trace path").count() >= 1  # drawn, not just mounted
        seen.append(chart.locator(".gtitle").first.text_content())
        if step < len(VIEWS):
            page.get_by_role("button", name="Next").click()
            page.wait_for_function(f"() => document.body.innerText.includes('View {step + 1} of {len(VIEWS)}')")
            wait_for_app(page)
    assert len(set(seen)) == len(VIEWS) and seen[0].startswith("Internet economy 2025")
    assert page.get_by_role("button", name="Next").is_disabled()
    page.locator("h3").last.click()  # focus the page, not a widget: ← steps back
    page.keyboard.press("ArrowLeft")
    page.wait_for_function(f"() => document.body.innerText.includes('View {len(VIEWS) - 1} of {len(VIEWS)}')")
    wait_for_app(page)
    assert "name=" in page.url and "views=gmv%2Cmobile_price%2Cusers" in page.url
    assert page.locator("[data-testid='stException']").count() == 0
    assert foreign_requests(page) == []
