"""`refresh` against a fake World Bank API on 127.0.0.1 (ASEANICT_WB_API) answering each hostile answer of the
corpus: one clear message, exit code 1, no traceback, and data/ and the store byte-identical."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from aseanict import __main__ as cli
from aseanict import config
from aseanict.store import database, refresh
from tests.hostile.corpus import API_ANSWERS, API_STATUS_ERRORS

CODE = "IT.NET.USER.ZS"


class FakeApi(ThreadingHTTPServer):
    status = 200
    body = b""
    paths: list[str]


class Handler(BaseHTTPRequestHandler):
    server: FakeApi

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        self.server.paths.append(self.path)
        self.send_response(self.server.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.server.body)))
        self.end_headers()
        self.wfile.write(self.server.body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def fake_api() -> Iterator[FakeApi]:
    server = FakeApi(("127.0.0.1", 0), Handler)
    server.paths = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def setup(tmp_path: Path, data_copy: Path, fake_api: FakeApi, monkeypatch: pytest.MonkeyPatch):
    db = tmp_path / "store.duckdb"
    database.build(db, data_copy)
    monkeypatch.setenv(refresh.API_ENV, f"http://127.0.0.1:{fake_api.server_port}/v2/")
    monkeypatch.setenv("ASEANICT_DB", str(db))
    monkeypatch.setattr(config, "DATA_DIR", data_copy)
    fake_api.paths.clear()
    return data_copy, db


def digest(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


def refresh_with(fake_api: FakeApi, status: int, body: bytes, capsys: pytest.CaptureFixture[str]) -> str:
    fake_api.status, fake_api.body = status, body
    code = cli.main(["refresh"])
    captured = capsys.readouterr()
    assert code == 1, captured.out
    assert "Traceback" not in captured.err
    return captured.err


@pytest.mark.parametrize("name", sorted(API_ANSWERS))
def test_each_hostile_answer_is_one_clear_message(name: str, setup, fake_api: FakeApi, capsys) -> None:
    data, db = setup
    files = [data / "observations.csv", data / "sources.csv", db]
    before = digest(*files)
    err = refresh_with(fake_api, 200, API_ANSWERS[name], capsys)
    assert err.startswith("Refresh failed; data/ and the store are unchanged.\n")
    assert len(err) < 600, "one message, not a dump"
    assert fake_api.paths and fake_api.paths[0].startswith("/v2/country/"), "the configured address was used"
    assert digest(*files) == before


@pytest.mark.parametrize("status", API_STATUS_ERRORS)
def test_an_http_error_is_named(status: int, setup, fake_api: FakeApi, capsys) -> None:
    data, db = setup
    before = digest(data / "observations.csv", db)
    err = refresh_with(fake_api, status, b"<html>error</html>", capsys)
    assert f"HTTP {status}" in err
    assert digest(data / "observations.csv", db) == before


def test_the_four_answers_of_the_issue_each_say_what_is_wrong() -> None:
    expected = {
        "pages_not_a_number": "page count 'abc'",
        "message_not_a_list": "answered with an error: boom",
        "rows_not_a_list": "rows are not a list",
        "deeply_nested": "nested too deeply",
        "nan_value": "non-numeric value 'nan'",
    }
    for name, words in expected.items():
        with pytest.raises(refresh.RefreshError, match=words):
            refresh.parse_payload(API_ANSWERS[name], CODE, (0, 100))


def test_the_default_address_is_the_world_banks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(refresh.API_ENV, raising=False)
    assert refresh.api_base() == "https://api.worldbank.org/v2"
    monkeypatch.setenv(refresh.API_ENV, "http://127.0.0.1:9/v2/")
    assert refresh.api_base() == "http://127.0.0.1:9/v2"
