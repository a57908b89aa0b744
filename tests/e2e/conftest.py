"""A real app server and a real headless Chromium for the browser tests."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from aseanict.bench import appserver

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("ASEANICT_CHROMIUM", "/usr/bin/chromium")
LOCAL_PREFIXES = (
    "http://localhost",
    "http://127.0.0.1",
    "ws://localhost",
    "ws://127.0.0.1",
    "data:",
    "blob:",
    "about:",
)


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    env = os.environ | {"ASEANICT_DB": str(tmp_path_factory.mktemp("e2e") / "store.duckdb")}
    with (tmp_path_factory.mktemp("log") / "streamlit.log").open("w") as log:
        try:
            with appserver.running_app(ROOT / "app.py", ROOT, env, log=log, timeout=90, watch_files=False) as (
                url,
                _,
                _,
            ):
                yield url
        except RuntimeError as exc:
            pytest.fail(str(exc))


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        if os.environ.get("CI"):
            pytest.fail(f"No Chromium at {CHROMIUM}: CI must run the browser tests (apt-get install chromium)")
        pytest.skip("no Chromium on this machine")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    tab.requests_seen = []
    tab.on("request", lambda request: tab.requests_seen.append(request.url))
    yield tab
    context.close()


def wait_for_app(tab, timeout_ms: int = 90_000) -> None:
    """Wait until the script has finished running and every chart on the page has drawn."""
    # 'notRunning' is also the state before the first run starts: wait for the page title and sidebar too.
    tab.wait_for_selector("h1, [data-testid='stPlotlyChart']", timeout=timeout_ms, state="attached")
    tab.wait_for_selector(
        "[data-testid='stSidebarUserContent'] [data-testid='stMultiSelect']", timeout=timeout_ms, state="attached"
    )
    tab.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout_ms)
    tab.wait_for_timeout(800)
    tab.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout_ms)
    tab.wait_for_function(
        """() => [...document.querySelectorAll("[data-testid='stPlotlyChart']")].every(
               c => c.querySelector('.main-svg, canvas'))""",
        timeout=timeout_ms,
    )


def foreign_requests(tab) -> list[str]:
    return [u for u in tab.requests_seen if not u.startswith(LOCAL_PREFIXES)]
