"""Every page fits a laptop (1280 px) and a phone (390 px), in English and Chinese, in a real headless Chromium:
the page never scrolls sideways and no table runs past the screen's edge (a wide one scrolls inside its own box,
its first column pinned: ui.show_table). And a focused country keeps its colour while the others turn grey."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest

from aseanict.core.colours import COUNTRY_COLOURS, GREY
from tests.e2e.conftest import wait_for_app

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
# The menu's pages (embed.py is a chart-only page for other sites, not in the menu: tests/e2e/test_embed_browser.py).
MENU_PAGES = sorted(p for p in ROOT.glob("pages/*.py") if p.name != "embed.py")
PAGES = {p.name: "" if i == 0 else re.sub(r"^\d+_", "", p.stem) for i, p in enumerate(MENU_PAGES)}
WIDTHS = (1280, 390)
CASES = [(path, width, lang) for path in PAGES.values() for width in WIDTHS for lang in ("en", "zh")]

OVERFLOW = """() => {
    const width = window.innerWidth;
    const tables = [...document.querySelectorAll("[data-testid='stDataFrame'], [data-testid='stTable']")]
        .filter(t => t.offsetParent !== null)  // in an open tab or expander
        .map(t => t.getBoundingClientRect())
        .filter(r => r.right > width + 1 || r.left < -1)
        .map(r => `${Math.round(r.left)}..${Math.round(r.right)}`);
    return {page: document.documentElement.scrollWidth - width, tables};
}"""


@pytest.mark.parametrize(
    ("path", "width", "lang"), CASES, ids=[f"{p or 'overview'}-{w}-{lang}" for p, w, lang in CASES]
)
def test_page_fits_the_screen(browser, app_url: str, path: str, width: int, lang: str) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(f"{app_url}/{path}?lang={lang}")
        wait_for_app(page)
        found = page.evaluate(OVERFLOW)
        assert found["page"] <= 1, f"the page scrolls sideways by {found['page']} px at {width} px"
        assert not found["tables"], f"tables run past the {width} px screen: {found['tables']}"
    finally:
        context.close()


def test_a_focused_country_keeps_its_colour_and_the_others_turn_grey(page, app_url: str) -> None:
    page.goto(f"{app_url}/?focus=VNM")
    wait_for_app(page)
    # wait_for_app waits for every chart on the page to draw, which is also true while none is there yet.
    page.wait_for_function("() => document.querySelector('.js-plotly-plot')?.data?.length", timeout=90_000)
    traces = page.evaluate(
        """() => [...document.querySelectorAll('.js-plotly-plot')[0].data]
                 .map(t => ({group: t.legendgroup || null, colour: (t.line || {}).color || null}))"""
    )
    colours = {t["group"]: t["colour"] for t in traces if t["group"]}
    assert colours["VNM"] == COUNTRY_COLOURS["VNM"]
    assert colours["CHN"] == GREY
    assert sum(c == GREY for c in colours.values()) >= 2
    # The focus is in the sidebar's picker too, and stays in the address.
    assert "focus=VNM" in page.url


PHONE_AGENT = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1"
)
GRID = """() => {
    const plot = [...document.querySelectorAll('.js-plotly-plot')]
        .find(p => p._fullLayout && p._fullLayout.xaxis2);
    if (!plot) return null;
    const L = plot._fullLayout;
    return {x1: L.xaxis.domain, x2: L.xaxis2.domain, legend: L.legend.orientation, width: L.width};
}"""


@pytest.mark.parametrize(
    ("path", "phone"),
    [("countries?tab=compare", True), ("countries?tab=compare", False), ("embed?view=prof_multiples", True)],
    ids=["phone", "narrow-desktop", "embed-phone"],
)
def test_small_multiples_take_one_column_on_a_phone(browser, app_url: str, path: str, phone: bool) -> None:
    agent = {"user_agent": PHONE_AGENT} if phone else {}
    context = browser.new_context(viewport={"width": 390, "height": 900}, **agent)
    page = context.new_page()
    try:
        page.goto(f"{app_url}/{path}")
        if not path.startswith("embed"):  # an embed has no sidebar for wait_for_app to wait for
            wait_for_app(page)
        page.wait_for_function(GRID, timeout=90_000)
        grid = page.evaluate(GRID)
        if phone:  # panels one under another, full width, the legend across the top
            assert grid["x1"] == [0, 1] and grid["x2"] == [0, 1], grid
            assert grid["legend"] == "h"
        else:  # a desktop browser keeps the two columns however narrow its window
            assert grid["x1"][1] < grid["x2"][0], grid
    finally:
        context.close()


@contextlib.contextmanager
def _opened(browser, url: str, *, phone: bool = True, ready: str = "() => true"):
    """The page at `url` in a new browser context (a phone's, else a laptop's), once the app and `ready` say so."""
    agent = {"user_agent": PHONE_AGENT, "has_touch": True, "is_mobile": True} if phone else {}
    context = browser.new_context(viewport={"width": 390 if phone else 1280, "height": 900}, **agent)
    page = context.new_page()
    try:
        page.goto(url)
        wait_for_app(page)
        page.wait_for_function(ready, timeout=90_000)
        yield page
    finally:
        context.close()


OUTSIDE = """() => {
    const plot = document.querySelector('.js-plotly-plot');
    if (!plot || !plot._fullLayout) return null;
    return [...plot.querySelectorAll('.gtitle, .annotation')]
        .map(e => ({text: e.textContent, box: e.getBoundingClientRect()}))
        .filter(e => e.text && (e.box.left < -1 || e.box.right > window.innerWidth + 1))
        .map(e => `${e.text.slice(0, 30)}: ${Math.round(e.box.left)}..${Math.round(e.box.right)}`);
}"""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_presenters_chart_keeps_its_title_and_notes_on_a_phones_screen(browser, app_url: str, lang: str) -> None:
    # Projector type ran the title off a phone's right edge and the note on grey lines off its left edge.
    with _opened(browser, f"{app_url}/presenter?lang={lang}", ready=OUTSIDE) as page:
        assert page.evaluate("() => document.querySelectorAll('.js-plotly-plot .gtitle').length") == 1
        assert page.evaluate(OUTSIDE) == []


NARROWEST_CELL = """() => {
    const table = [...document.querySelectorAll("[data-testid='stTable']")].find(t => t.offsetParent !== null);
    return table ? Math.min(...[...table.querySelectorAll('td')].map(td => td.getBoundingClientRect().width)) : null;
}"""


def test_a_profile_table_on_a_phone_scrolls_rather_than_squeezing_its_columns(browser, app_url: str) -> None:
    # Squeezed into 390 px, the Chinese rank column ("2023年有数据的12国中第4") was one character a line.
    with _opened(browser, f"{app_url}/countries?lang=zh", ready=NARROWEST_CELL) as page:
        assert page.evaluate(NARROWEST_CELL) >= 100


DRAWN = "() => document.querySelector('.js-plotly-plot')?._fullLayout"


@pytest.mark.parametrize("phone", [True, False], ids=["phone", "desktop"])
def test_a_phone_draws_no_plotly_toolbar_over_the_charts_title(browser, app_url: str, phone: bool) -> None:
    # A touch screen shows Plotly's toolbar all the time, and on a phone's width it sat on the title.
    with _opened(browser, f"{app_url}/divide", phone=phone, ready=DRAWN) as page:
        buttons = page.evaluate("() => document.querySelectorAll('.js-plotly-plot .modebar-btn').length")
        assert buttons == 0 if phone else buttons > 3
