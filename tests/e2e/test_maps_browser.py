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
