"""The upload parser: each malformed case gets its own message, a valid file parses, no input raises."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aseanict.core import upload

COUNTRIES = ["CHN", "IDN", "SGP"]
INDICATORS = ["IT.NET.USER.ZS", "IT.NET.BBND.P2"]


def parse(text: str | bytes, name: str = "mine.csv") -> upload.UploadResult:
    content = text.encode("utf-8") if isinstance(text, str) else text
    return upload.parse_upload(content, name, COUNTRIES, INDICATORS)


def test_a_valid_file_parses() -> None:
    result = parse(
        "country,indicator,year,value,source\nidn,IT.NET.USER.ZS,2024,70.1,BPS\nCHN,IT.NET.BBND.P2,2023,45,\n"
    )
    assert result.ok and len(result.rows) == 2
    assert result.rows.country.tolist() == ["IDN", "CHN"]
    assert result.rows.source.tolist() == ["BPS", "your upload"]


def test_excel_is_accepted() -> None:
    buffer = io.BytesIO()
    pd.DataFrame({"country": ["SGP"], "indicator": ["IT.NET.USER.ZS"], "year": [2024], "value": [97.0]}).to_excel(
        buffer, index=False
    )
    result = parse(buffer.getvalue(), "mine.xlsx")
    assert result.ok and result.rows.value.tolist() == [97.0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty"),
        ("country,indicator,year\n", "Missing column(s): value"),
        ("country,indicator,year,value\n", "no rows"),
        ("country,indicator,year,value\nXXX,IT.NET.USER.ZS,2020,1\n", "line 2: unknown country 'XXX'"),
        ("country,indicator,year,value\nCHN,NOPE,2020,1\n", "unknown indicator 'NOPE'"),
        ("country,indicator,year,value\nCHN,IT.NET.USER.ZS,20x0,1\n", "year '20x0' is not a whole number"),
        ("country,indicator,year,value\nCHN,IT.NET.USER.ZS,1800,1\n", "year 1800 outside"),
        ("country,indicator,year,value\nCHN,IT.NET.USER.ZS,2020,abc\n", "value 'abc' is not a number"),
        ("country,indicator,year,value\nCHN,IT.NET.USER.ZS,2020,inf\n", "value 'inf' is not a number"),
        ("country,indicator,year,value\nCHN,IT.NET.USER.ZS,2020,1\nCHN,IT.NET.USER.ZS,2020,2\n", "duplicate rows"),
        (b"\xff\xfe\x00\x01binary", "not UTF-8"),
        ('country,indicator,year,value\n"CHN,IT', "could not be read"),
    ],
)
def test_each_malformed_case_has_a_specific_message(content, message: str) -> None:
    result = parse(content)
    assert not result.ok
    assert any(message in e for e in result.errors), result.errors


def test_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(upload, "MAX_BYTES", 10)
    assert "limit" in parse("country,indicator,year,value\n").errors[0]


def test_overlay_rows_use_store_columns() -> None:
    rows = parse("country,indicator,year,value,source\nIDN,IT.NET.USER.ZS,2024,70.1,BPS\n").rows
    overlay = upload.overlay_rows(rows, "IT.NET.USER.ZS", ["IDN"])
    assert overlay.to_dict("records") == [{"entity": "IDN", "year": 2024, "value": 70.1, "source_id": "upload: BPS"}]
    assert upload.overlay_rows(rows, "IT.NET.BBND.P2", ["IDN"]).empty


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["a.csv", "a.xlsx", "a.txt"]))
def test_no_bytes_raise(content: bytes, name: str) -> None:
    result = upload.parse_upload(content, name, COUNTRIES, INDICATORS)
    assert result.ok or result.errors


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.text(max_size=6), st.text(max_size=16), st.text(max_size=6), st.text(max_size=8)), max_size=6)
)
def test_no_table_raises(rows) -> None:
    frame = pd.DataFrame(rows, columns=["country", "indicator", "year", "value"])
    result = parse(frame.to_csv(index=False))
    assert result.ok or result.errors
    if result.ok:
        assert set(result.rows.country) <= set(COUNTRIES)
