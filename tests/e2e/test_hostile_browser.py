"""Hostile links in a real browser: the notice shows the value as text, with no link or image inside it, and
no request leaves localhost (an <img> pointing outside would be fetched at once)."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.e2e.conftest import foreign_requests, wait_for_app

pytestmark = pytest.mark.browser

HOSTILE = [
    ("idi_trends", "tab", "![x](http://203.0.113.9/a.png)"),
    ("", "lang", "[Log in again](https://evil.example/)"),
    ("", "countries", "<img src=http://203.0.113.9/b.png onerror=alert(1)>"),
    ("presenter", "views", "www.evil.example mail@evil.example"),
]


@pytest.mark.parametrize(("path", "param", "value"), HOSTILE, ids=[h[1] for h in HOSTILE])
def test_a_hostile_link_shows_plain_text_and_fetches_nothing(page, app_url: str, path: str, param: str, value: str):
    page.on("dialog", lambda dialog: pytest.fail(f"a script ran: {dialog.message}"))
    page.goto(f"{app_url}/{path}?{param}={quote(value)}")
    wait_for_app(page)
    notice = page.locator("[data-testid='stAlert']").filter(has_text="not understood")
    notice.first.wait_for(timeout=30_000)
    assert notice.locator("a, img, script, iframe").count() == 0
    shown = notice.first.inner_text().replace("\u2060", "")
    assert value.split("(")[0][:12] in shown, shown  # the start of the value, as typed
    assert foreign_requests(page) == []
