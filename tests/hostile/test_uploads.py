"""Every hostile upload of the corpus through core/upload: refused with a message naming what is wrong, never an
exception; a zip bomb is refused from the zip's directory, before the sheet is parsed."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from aseanict import config
from aseanict.core import upload
from aseanict.store import database
from tests.hostile.corpus import CSV_UPLOADS

INDICATORS = database.read_table("indicators", config.DATA_DIR)
RANGES = upload.valid_ranges(INDICATORS)
COUNTRIES = ["CHN", "IDN", "SGP"]


def parse(content: bytes, name: str) -> upload.UploadResult:
    return upload.parse_upload(content, name, COUNTRIES, RANGES)


@pytest.mark.parametrize("name", sorted(CSV_UPLOADS))
def test_each_hostile_csv_is_refused_with_a_message(name: str) -> None:
    result = parse(CSV_UPLOADS[name], name)
    assert not result.ok and result.errors


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("full_width_digits.csv", "line 2: value '７０' is not a number"),
        ("underscore_number.csv", "line 2: value '1_000' is not a number"),
        ("out_of_range_percent.csv", "value 150 is outside the valid range of IT.NET.USER.ZS (0–100)"),
        ("negative_percent.csv", "value -500 is outside the valid range of IT.NET.USER.ZS (0–100)"),
        ("huge.csv", "value 1e+308 is larger than any indicator's"),
        ("duplicate_columns.csv", "Column(s) value appear more than once"),
        ("formula.csv", "value '=1+1' is not a number"),
        ("html_indicator.csv", "unknown indicator '<img src=x onerror=alert(1)>'"),
    ],
)
def test_the_message_names_the_problem(name: str, message: str) -> None:
    assert any(message in e for e in parse(CSV_UPLOADS[name], name).errors), parse(CSV_UPLOADS[name], name).errors


def test_every_indicator_has_a_valid_range_from_the_store() -> None:
    assert len(RANGES) == len(INDICATORS) and all(low is not None for low, _ in RANGES.values())
    assert RANGES["IT.NET.USER.ZS"] == (0.0, 100.0)


def test_a_full_width_year_is_refused() -> None:
    result = parse("country,indicator,year,value\nIDN,IT.NET.USER.ZS,２０２４,70\n".encode(), "a.csv")
    assert any("year '２０２４' is not a whole number" in e for e in result.errors)


def _workbook(rows: list[list[object]]) -> bytes:
    buffer = io.BytesIO()
    pd.DataFrame(rows[1:], columns=rows[0]).to_excel(buffer, index=False)
    return buffer.getvalue()


def zip_bomb(tmp_path: Path, unpacked_mb: int = 21) -> bytes:
    """A valid .xlsx whose sheet is ~21 MB of identical rows, deflated to well under 100 kB."""
    small = zipfile.ZipFile(io.BytesIO(_workbook([["country", "indicator", "year", "value"], ["IDN", "X", 1, 1]])))
    row = '<row><c t="inlineStr"><is><t>IDN</t></is></c><c><v>1</v></c></row>'
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        '2006/main"><sheetData>' + row * (unpacked_mb * 1_000_000 // len(row)) + "</sheetData></worksheet>"
    )
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for info in small.infolist():
            data = sheet.encode() if info.filename.endswith("sheet1.xml") else small.read(info)
            bomb.writestr(info.filename, data)
    return path.read_bytes()


def test_a_zip_bomb_is_refused_fast_without_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = zip_bomb(tmp_path)
    assert len(content) < 150_000 and len(content) < upload.MAX_BYTES

    def must_not_parse(*args, **kwargs):
        raise AssertionError("the sheet was parsed")

    monkeypatch.setattr(openpyxl, "load_workbook", must_not_parse)
    started = time.perf_counter()
    result = parse(content, "bomb.xlsx")
    assert time.perf_counter() - started < 1.0
    assert not result.ok and "unpacks to 2" in result.errors[0] and "the limit is 12 MB" in result.errors[0]


def test_rows_are_read_as_a_stream_and_stop_after_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(upload, "MAX_ROWS", 5)
    seen: list[int] = []
    real_cell_text = upload._cell_text

    def counting(value: object) -> str:
        seen.append(1)
        return real_cell_text(value)

    monkeypatch.setattr(upload, "_cell_text", counting)
    rows = "".join(f"IDN,IT.NET.USER.ZS,{2000 + i},1\n" for i in range(1000))
    result = parse(("country,indicator,year,value\n" + rows).encode(), "a.csv")
    assert result.errors == ["More than 5 rows; the limit is 5."]
    assert len(seen) <= 4 * 7, "reading stopped at row limit + 1, not at the end of the file"


def test_a_long_workbook_is_refused_at_the_row_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(upload, "MAX_ROWS", 3)
    rows = [["country", "indicator", "year", "value"]] + [["IDN", "IT.NET.USER.ZS", 2000 + i, 1.5] for i in range(10)]
    assert parse(_workbook(rows), "a.xlsx").errors == ["More than 3 rows; the limit is 3."]
    assert parse(_workbook(rows[:3]), "a.xlsx").ok


def test_a_workbook_with_duplicate_columns_is_refused() -> None:
    content = _workbook([["country", "indicator", "year", "value", "Value "], ["IDN", "IT.NET.USER.ZS", 2020, 1, 2]])
    assert "appear more than once" in parse(content, "a.xlsx").errors[0]
