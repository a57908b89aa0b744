"""The real app under a few simulated users (Streamlit websocket clients): every page and tab runs, nothing fails."""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from aseanict.bench import appserver, loadclient

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


def test_concurrent_sessions_visit_every_page_without_exception_or_error(tmp_path: Path) -> None:
    env = os.environ | {"ASEANICT_DB": str(tmp_path / "store.duckdb")}
    with (tmp_path / "streamlit.log").open("w") as log:
        with appserver.running_app(ROOT / "app.py", ROOT, env, log=log, timeout=90, watch_files=False) as (url, _, _):
            # In a thread of its own: Playwright's sync API may already run an event loop in this one.
            with ThreadPoolExecutor(1) as pool:
                result = pool.submit(asyncio.run, loadclient.drive(url, n_sessions=2, step_timeout=120)).result()
    assert result.problems == []
    assert result.shown("exceptions") == [] and result.shown("errors") == []
    assert result.runs_finished == len(result.steps)
    for session in range(2):
        steps = [s for s in result.steps if s.session == session]
        pages = {p.url_pathname for p in steps[0].run.pages}
        assert len(pages) >= 9, "the app lists all its pages"
        visited = {(s.page, s.action) for s in steps}
        for page in steps[0].run.pages:
            assert {(page.label, "visit"), (page.label, "switch language")} <= visited
        assert any(action.startswith("open tab") for _, action in visited), "the pages' tabs were opened"
