"""Every page and section in Chinese in a real headless Chromium: what only the browser draws is Chinese too
(navigation, and chart text Plotly lays out itself: tick labels, legends, annotations), and a full-page
screenshot of each view is saved for a person to look at (ASEANICT_ZH_SCREENSHOTS, default
artifacts/screenshots/zh). Everything the app sends is checked without a browser by tests/pages/test_zh_complete.py.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from aseanict.core.sections import PAGE_SECTIONS
from tests.e2e.conftest import wait_for_app
from tests.language_rules import allowed_from_data, problems

pytestmark = pytest.mark.browser
SHOTS = Path(os.environ.get("ASEANICT_ZH_SCREENSHOTS", "artifacts/screenshots/zh"))
ROOT = Path(__file__).resolve().parents[2]
# Streamlit serves pages/N_name.py at /name, and the default page (the overview, listed first) at /.
# The menu's pages (embed.py is a chart-only page for other sites, not in the menu: tests/e2e/test_embed_browser.py).
MENU_PAGES = sorted(p for p in ROOT.glob("pages/*.py") if p.name != "embed.py")
PAGES = {p.name: "" if i == 0 else re.sub(r"^\d+_", "", p.stem) for i, p in enumerate(MENU_PAGES)}
VIEWS = [(file, path, tab) for file, path in PAGES.items() for tab in PAGE_SECTIONS.get(file) or (None,)]
SI_TICK = re.compile(r"^[−-]?\d+(?:\.\d+)?[kMGTB]$")  # "40k", "1.2B": Latin letters a Chinese reader does not use


def full_page_screenshot(page, path: Path) -> None:
    """Streamlit scrolls an inner container, not the document: grow the viewport to its height first."""
    height = page.evaluate(
        """() => Math.max(...[...document.querySelectorAll("[data-testid='stMain'], section")]
                              .map(e => e.scrollHeight))"""
    )
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": min(int(height) + 40, 16000)})
    page.wait_for_timeout(1000)
    wait_for_app(page)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)


@pytest.mark.parametrize(("file", "path", "tab"), VIEWS, ids=[f"{f}-{t or 'all'}" for f, _, t in VIEWS])
def test_every_view_draws_in_chinese(page, app_url: str, file: str, path: str, tab: str | None) -> None:
    page.goto(f"{app_url}/{path}?lang=zh" + (f"&tab={tab}" if tab else ""))
    wait_for_app(page)
    assert page.locator("[data-testid='stException']").count() == 0
    allowed = allowed_from_data()
    nav = page.evaluate(  # the link texts without their icons (Material icon names are ligatures: "trending_up")
        """() => [...document.querySelectorAll("[data-testid='stSidebarNavLink']")].map(link => {
               const copy = link.cloneNode(true);
               copy.querySelectorAll("[data-testid='stIconMaterial']").forEach(icon => icon.remove());
               return copy.innerText.trim(); })"""
    )
    assert len(nav) == len(PAGES) and all(nav), nav
    chart_text = page.locator("[data-testid='stPlotlyChart'] .main-svg text").all_text_contents()
    found = [(text, issue) for text in [*nav, *chart_text] for issue in problems(text, "zh", allowed)]
    ticks = page.locator("[data-testid='stPlotlyChart'] g[class$='tick'] > text").all_text_contents()
    found += [(tick, "SI suffix on a tick label") for tick in ticks if SI_TICK.match(tick.strip())]
    SHOTS.mkdir(parents=True, exist_ok=True)
    full_page_screenshot(page, SHOTS / f"{file[:-3]}{'-' + tab if tab else ''}.png")
    assert not found, f"{file} tab={tab}: {found}"
