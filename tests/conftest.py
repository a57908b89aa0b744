"""Shared fixtures: a store built from the project's data/ into a temporary folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Users never see a traceback (config.toml); tests do, so that a failure says what went wrong.
os.environ.setdefault("STREAMLIT_CLIENT_SHOW_ERROR_DETAILS", "full")

from aseanict import config
from aseanict.store import database

ROOT = Path(__file__).resolve().parents[1]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--browser", action="store_true", default=False, help="run the real headless-browser tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--browser"):
        return
    skip = pytest.mark.skip(reason="real-browser test: run with --browser")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "test.duckdb"
    database.build(db, config.DATA_DIR)
    return db


@pytest.fixture(scope="session")
def con(built_store: Path):
    connection = database.connect(built_store)
    yield connection
    connection.close()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of data/ that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, target, ignore=shutil.ignore_patterns("*.duckdb*", ".*"))
    return target
