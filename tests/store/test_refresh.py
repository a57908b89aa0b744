"""Refresh from the World Bank API with recorded answers: success replaces WDI values, every failure leaves
data/ and the store byte-identical."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pandas as pd
import pytest

from aseanict.store import database, refresh

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "wdi_api"
CODE = "IT.NET.USER.ZS"


def answer(name: str):
    def fetch(url: str) -> bytes:
        assert "api.worldbank.org/v2" in url and CODE in url
        return (FIXTURES / name).read_bytes()

    return fetch


def offline(url: str) -> bytes:
    raise refresh.RefreshError("Could not reach the World Bank API (no network); are you offline?")


def fingerprint(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


@pytest.fixture
def setup(tmp_path: Path, data_copy: Path) -> tuple[Path, Path]:
    db = tmp_path / "store.duckdb"
    database.build(db, data_copy)
    return data_copy, db


def test_recorded_answer_replaces_the_wdi_values(setup) -> None:
    data, db = setup
    result = refresh.refresh(data, db, fetch=answer("it_net_user_zs.json"), today=dt.date(2026, 11, 23), codes=[CODE])
    assert result.source_id == "wdi-api-20261123" and result.rows > 100
    obs = pd.read_csv(data / "observations.csv", keep_default_na=False)
    khm = obs[(obs.entity == "KHM") & (obs.indicator == CODE) & (obs.year == 2022)]
    assert khm.source_id.tolist() == ["wdi-api-20261123"]
    assert not ((obs.entity == "KHM") & (obs.indicator == CODE) & (obs.year == 2025)).any()  # null stays absent
    sources = pd.read_csv(data / "sources.csv")
    assert sources.set_index("source_id").at["wdi-api-20261123", "accessed"] == "2026-11-23"
    assert database.store_status(db, data) == "ok" and database.validate(db).ok


@pytest.mark.parametrize(
    ("fetch", "message"),
    [
        (offline, "offline"),
        (answer("error_invalid_value.json"), "answered with an error"),
        (answer("proxy_error.html"), "not JSON"),
        (answer("out_of_range.json"), "outside the valid range"),
    ],
    ids=["offline", "api-error", "html", "out-of-range"],
)
def test_a_failure_leaves_data_and_store_byte_identical(setup, fetch, message: str) -> None:
    data, db = setup
    files = [data / "observations.csv", data / "sources.csv", db]
    before = fingerprint(*files)
    with pytest.raises(refresh.RefreshError, match=message):
        refresh.refresh(data, db, fetch=fetch, codes=[CODE])
    assert fingerprint(*files) == before


@pytest.mark.parametrize(
    "payload",
    [
        b"[]",
        b"{}",
        b'[{"page": 1}, null]',
        b'[{"page": 1}, [{"indicator": {}}]]',
        b'[{"page": 1}, [{"indicator": {"id": "IT.NET.USER.ZS"}, "countryiso3code": "XXX", "date": "2020", "value": 1}]]',
        b'[{"page": 1}, [{"indicator": {"id": "IT.NET.USER.ZS"}, "countryiso3code": "CHN", "date": "2020", "value": "9"}]]',
        b'[{"page": 1}, [{"indicator": {"id": "NY.GDP.MKTP.CD"}, "countryiso3code": "CHN", "date": "2020", "value": 9}]]',
    ],
)
def test_unexpected_payloads_are_errors_not_guesses(payload: bytes) -> None:
    with pytest.raises(refresh.RefreshError):
        refresh.parse_payload(payload, CODE, (0, 100))
