"""What a user does, in a real headless Chromium: switch sections, change widgets, share the address, press
presets, upload their own values, download the data. Every change must land in the URL and survive a reload
in a fresh browser session; nothing may fail or leave localhost."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from tests.e2e.conftest import foreign_requests, wait_for_app

pytestmark = pytest.mark.browser


def params(url: str) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlparse(url).query).items()}


def no_exception(page) -> None:
    assert page.locator("[data-testid='stException']").count() == 0


def settle(page) -> None:
    page.wait_for_timeout(500)  # let the click reach the server before waiting for the run to finish
    wait_for_app(page)


def open_fresh(browser, url: str):
    fresh = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    fresh.requests_seen = []
    fresh.on("request", lambda request: fresh.requests_seen.append(request.url))
    fresh.goto(url)
    wait_for_app(fresh)
    return fresh


def test_tabs_and_widgets_go_into_the_link_and_the_link_reproduces_them(page, browser, app_url: str) -> None:
    page.goto(f"{app_url}/tariffs")
    wait_for_app(page)
    page.get_by_role("tab", name="Affordability targets").click()
    settle(page)
    page.locator("[data-testid='stRadio'] label").filter(has_text="1 for 2").first.click()
    settle(page)
    link = params(page.url)
    assert link.get("tab") == "targets" and link.get("tariffs_target") == "a4ai_1for2", page.url
    no_exception(page)

    fresh = open_fresh(browser, page.url)
    selected = fresh.get_by_role("tab", selected=True)
    assert selected.inner_text() == "Affordability targets"
    checked = fresh.locator("[data-testid='stRadio'] input:checked").first
    assert checked.count() == 1
    assert "1 for 2" in fresh.locator("[data-testid='stRadio'] label:has(input:checked)").first.inner_text()
    main = "[data-testid='stMain']"
    assert fresh.locator(main).inner_text() == page.locator(main).inner_text()  # the same view, word for word
    no_exception(fresh)
    assert foreign_requests(fresh) == []


def test_the_language_switch_changes_everything_and_is_kept_in_the_link(page, app_url: str) -> None:
    page.goto(f"{app_url}/divide")
    wait_for_app(page)
    page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").first.click()
    page.get_by_role("option", name="简体中文").click()
    settle(page)
    assert page.locator("h1").first.inner_text() == "数字鸿沟"
    assert params(page.url)["lang"] == "zh"
    assert page.get_by_role("tab", name="不平等程度").count() == 1  # tab labels follow the language
    page.get_by_role("tab", name="不平等程度").click()
    settle(page)
    assert params(page.url)["tab"] == "inequality"
    assert "基尼" in page.locator("[data-testid='stMetric']").first.inner_text()
    no_exception(page)


def test_a_what_if_preset_and_its_link(page, browser, app_url: str) -> None:
    page.goto(f"{app_url}/what_if")
    wait_for_app(page)
    page.get_by_role("button", name="6.5×", exact=False).first.click()
    settle(page)
    body = page.locator("[data-testid='stMain']").inner_text()
    assert "20.6%" in body and "201.5" in body
    link = params(page.url)
    assert link["wi_preset"] == "ie65" and link["wi_model"] == "multiple"

    fresh = open_fresh(browser, page.url)
    again = fresh.locator("[data-testid='stMain']").inner_text()
    assert "20.6%" in again and "201.5" in again
    no_exception(fresh)


def test_idi_growth_from_a_link(page, app_url: str) -> None:
    page.goto(f"{app_url}/idi_trends?tab=growth&idi_growth_from=2011%7CMIS%202011&idi_growth_to=2015%7CMIS%202015")
    wait_for_app(page)
    assert page.get_by_role("tab", selected=True).inner_text() == "Growth between editions"
    assert "8.98%" in page.locator("[data-testid='stMetric']").first.inner_text()
    no_exception(page)


def test_every_section_of_every_page_draws(page, app_url: str) -> None:
    from aseanict.core.sections import PAGE_SECTIONS

    paths = {
        "2_idi_trends.py": "idi_trends",
        "3_countries.py": "countries",
        "4_tariffs.py": "tariffs",
        "5_divide.py": "divide",
        "6_internet_economy.py": "internet_economy",
        "7_what_if.py": "what_if",
    }
    for file, codes in PAGE_SECTIONS.items():
        for code in codes:
            page.goto(f"{app_url}/{paths[file]}?tab={code}")
            wait_for_app(page)
            no_exception(page)
            charts = page.locator("[data-testid='stPlotlyChart']")
            for i in range(charts.count()):
                charts.nth(i).scroll_into_view_if_needed()
                charts.nth(i).locator(".main-svg, canvas").first.wait_for(timeout=30_000)
    assert foreign_requests(page) == []


def test_upload_overlays_own_values_and_downloads_match(page, app_url: str, tmp_path) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text("country,indicator,year,value,source\nVNM,IT.NET.USER.ZS,2024,91.5,My ministry\n")
    page.goto(f"{app_url}/data_sources")
    wait_for_app(page)
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(mine))
    settle(page)
    page.get_by_text("1 rows loaded", exact=False).wait_for(state="attached", timeout=60_000)  # accepted
    assert "ministry" not in page.url  # and never put in the shared link
    no_exception(page)

    page.locator("[data-testid='stSidebarNavLink']").first.click()  # same session: a reload would start afresh
    page.wait_for_url(lambda url: "data_sources" not in url, timeout=60_000)
    settle(page)
    legend = page.locator("[data-testid='stPlotlyChart'] .legend").first.text_content()
    assert "your data" in legend.lower()

    with page.expect_download() as download:
        page.get_by_role("button", name="CSV").first.click()
    text = download.value.path().read_text()
    assert text.splitlines()[0].startswith("entity") or "entity" in text.splitlines()[0]
    assert "91.5" in text  # the rows shown, the user's own included


def test_the_sources_citation_and_embed_boxes_draw_their_content_when_opened(page, app_url: str) -> None:
    # Closed, they send nothing (a fifth of a tour's messages went into them); a click runs the section again.
    page.goto(f"{app_url}/divide")
    wait_for_app(page)
    address = page.url
    cite = page.locator("[data-testid='stExpander']").filter(has_text="Cite this").first
    assert cite.locator("[data-testid='stCode']").count() == 0
    cite.locator("summary").click()
    cite.locator("[data-testid='stCode']").nth(2).wait_for(timeout=30_000)  # APA, BibTeX, GB/T 7714
    assert "data version" in cite.inner_text()
    sources = page.locator("[data-testid='stExpander']").filter(has_text="Sources").first
    sources.locator("summary").click()
    sources.locator("[data-testid='stDataFrame']").wait_for(timeout=30_000)
    page.get_by_role("button", name="Embed").first.click()
    page.locator("[data-testid='stPopoverBody'] [data-testid='stCode']").first.wait_for(timeout=30_000)
    assert "<iframe" in page.locator("[data-testid='stPopoverBody']").first.inner_text()
    assert page.url == address  # opening a box is not a setting: the link stays as it was
    no_exception(page)


def test_excel_and_images_are_a_click_away_and_download(page, app_url: str) -> None:
    page.goto(f"{app_url}/divide")
    wait_for_app(page)
    page.get_by_role("button", name="Excel, images").first.click()
    body = page.locator("[data-testid='stPopoverBody']").first
    body.get_by_role("button", name="Excel").wait_for(timeout=30_000)
    with page.expect_download() as download:
        body.get_by_role("button", name="Excel").click()
    assert download.value.path().read_bytes()[:2] == b"PK"  # an .xlsx is a zip
    assert body.get_by_role("button", name="PNG image").count() == 1
    no_exception(page)
