"""An embed in a real headless Chromium: a static page (served from 127.0.0.1 by http.server, another origin than
the app) holds the chart's <iframe>; the chart draws, with no sidebar, and no request leaves localhost."""

from __future__ import annotations

import functools
import html
import http.server
import threading
from pathlib import Path

import pytest

from aseanict.bench.appserver import free_port
from aseanict.i18n import t
from tests.e2e.conftest import foreign_requests

pytestmark = pytest.mark.browser


@pytest.fixture
def host_page(tmp_path: Path, app_url: str):
    """A static page on its own port, embedding the chart as the Embed button's snippet does."""
    src = f"{app_url}/embed?view=divide_trend&lang=zh&countries=CHN,VNM,LAO&divide_indicator=fixed"
    (tmp_path / "index.html").write_text(
        f'<!doctype html><meta charset="utf-8"><h1>Host page</h1><iframe src="{html.escape(src)}" width="900" height="600" '
        'style="border:0" title="chart"></iframe>',
        encoding="utf-8",
    )
    port = free_port()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{port}/index.html"
    server.shutdown()


def test_an_iframe_embed_draws_offline(page, host_page):
    page.goto(host_page)
    frame = page.frame_locator("iframe")
    chart = frame.locator("[data-testid='stPlotlyChart']").first
    # the title of the indicator the address asks for, in its language (a first run on a fresh server may draw
    # the default before Streamlit settles on the page: wait for the asked-for chart)
    chart.locator(".main-svg").first.wait_for(timeout=90_000)
    for _ in range(60):
        if t("divide.ind.fixed", "zh") in chart.inner_text():
            break
        page.wait_for_timeout(500)
    assert t("divide.ind.fixed", "zh") in chart.inner_text()
    assert frame.locator("[data-testid='stException']").count() == 0
    assert frame.locator("[data-testid='stSidebar']").is_hidden()
    assert "老挝" in chart.inner_text()  # Laos, from the address's countries
    assert "CC BY 4.0" in chart.inner_text()  # the source line with its licence
    assert foreign_requests(page) == []
