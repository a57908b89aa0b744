"""Pages when the store is corrupt, unwritable, stale in a read-only place or locked: a working page or a clear
message, never an exception. How an unwritable place is simulated (tests may run as root) is explained in
test_store_conditions.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from aseanict import config
from aseanict.store import database
from tests.store.test_database_conditions import change_data, make_read_only, writer_holding

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "pages" / "9_data_sources.py"
TIMEOUT = 90


def run(page: Path = PAGE, **params: str) -> AppTest:
    at = AppTest.from_file(str(page), default_timeout=TIMEOUT)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def test_a_corrupt_store_is_rebuilt_and_the_page_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "store.duckdb"
    db.write_bytes(b"this is not a database")
    monkeypatch.setenv("ASEANICT_DB", str(db))
    at = run()
    assert not at.exception, at.exception
    assert not at.error and at.title
    assert database.store_status(db) == "ok"


@pytest.mark.parametrize(("lang", "words"), [("en", "cannot be written"), ("zh", "不可写入")])
def test_an_unwritable_store_location_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, words: str
) -> None:
    (tmp_path / "a-file").write_text("x")
    db = tmp_path / "a-file" / "store.duckdb"  # its folder cannot be created, even by root
    monkeypatch.setenv("ASEANICT_DB", str(db))
    at = run(lang=lang)
    assert not at.exception, at.exception
    assert len(at.error) == 1 and not at.title
    message = at.error[0].value
    assert words in message and str(db) in message
    assert "ASEANICT_DB" in message and "python -m aseanict build" in message


def test_a_stale_store_in_a_read_only_place_is_shown_with_a_notice(
    tmp_path: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    change_data(data_copy)  # built from other data than the app's data/, so stale for the app
    db, _ = database.build(tmp_path / "store.duckdb", data_copy)
    make_read_only(monkeypatch)
    monkeypatch.setenv("ASEANICT_DB", str(db))
    at = run()
    assert not at.exception, at.exception
    assert not at.error and at.title
    assert any("could not be rebuilt" in w.value and "Read-only file system" in w.value for w in at.warning)


def test_a_locked_store_gives_a_clear_message_naming_the_holder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "store.duckdb"
    shutil.copy(database.build(tmp_path / "built.duckdb", config.DATA_DIR)[0], db)
    monkeypatch.setattr(database, "_pause", lambda delay: None)  # no waiting between the retries
    monkeypatch.setenv("ASEANICT_DB", str(db))
    with writer_holding(db) as writer:
        at = run()
    assert not at.exception, at.exception
    assert len(at.error) == 1 and "locked" in at.error[0].value and f"PID {writer.pid}" in at.error[0].value


SHOW_STORE_PATH = """
from aseanict.ui import cached
import streamlit as st
st.text(str(cached.store_path()))
"""


def test_the_store_path_comes_from_secrets_unless_the_environment_sets_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ASEANICT_DB", raising=False)
    at = AppTest.from_string(SHOW_STORE_PATH)
    at.secrets["store"] = {"path": str(tmp_path / "from-secrets.duckdb")}
    assert at.run().text[0].value == str(tmp_path / "from-secrets.duckdb")
    monkeypatch.setenv("ASEANICT_DB", str(tmp_path / "from-env.duckdb"))
    assert at.run().text[0].value == str(tmp_path / "from-env.duckdb")


def test_a_page_builds_its_store_where_the_secrets_say(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASEANICT_DB", raising=False)
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT)
    at.secrets["store"] = {"path": str(tmp_path / "from-secrets.duckdb")}
    at.run()
    assert not at.exception, at.exception
    assert database.store_status(tmp_path / "from-secrets.duckdb") == "ok"
