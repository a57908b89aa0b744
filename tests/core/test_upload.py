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


# Every refusal in both languages: (content, file name, limits to lower, a fragment of the Chinese message).
HEADER = "country,indicator,year,value\n"
REFUSALS = [
    (HEADER + "CHN,IT.NET.USER.ZS,2020,1\n", "a.csv", {"MAX_BYTES": 10}, "上限为 0 MB"),
    ("", "a.csv", {}, "文件为空"),
    ("not a zip", "a.xlsx", {}, "不是有效的 zip 文件"),
    ("xlsx", "a.xlsx", {"MAX_UNPACKED_BYTES": 100}, "工作簿展开后为"),
    ("country,value,VALUE \n", "a.csv", {}, "列 value 出现了不止一次"),
    (HEADER + "CHN,IT.NET.USER.ZS,2020,1\n" * 3, "a.csv", {"MAX_ROWS": 2}, "超过 2 行"),
    (HEADER + "CHN,IT.NET.USER.ZS,2020,1,9\n", "a.csv", {}, "第 2 行有 5 个值"),
    (b"\xff\xfe\x00\x01binary", "a.csv", {}, "不是 UTF-8 文本"),
    ('country,indicator,year,value\n"CHN,IT', "a.csv", {}, "无法将文件读取为表格"),
    ("country,indicator,year\n", "a.csv", {}, "缺少列：value"),
    (HEADER, "a.csv", {}, "只有标题行"),
    (HEADER + "XXX,IT.NET.USER.ZS,2020,1\n", "a.csv", {}, "第 2 行：未知国家“XXX”"),
    (HEADER + "CHN,NOPE,2020,1\n", "a.csv", {}, "未知指标“NOPE”"),
    (HEADER + "CHN,IT.NET.USER.ZS,20x0,1\n", "a.csv", {}, "年份“20x0”不是整数"),
    (HEADER + "CHN,IT.NET.USER.ZS,1800,1\n", "a.csv", {}, "年份 1800 不在 1960–2100 之间"),
    (HEADER + "CHN,IT.NET.USER.ZS,2020,７０\n", "a.csv", {}, "数值“７０”不是数字"),
    (HEADER + "CHN,IT.NET.USER.ZS,2020,1e300\n", "a.csv", {}, "大于任何指标可能的数值"),
    (HEADER + "CHN,IT.NET.USER.ZS,2020,150\n", "a.csv", {}, "超出该指标（IT.NET.USER.ZS）的有效范围：0–100"),
    (HEADER + "CHN,IT.NET.BBND.P2,2020,-1\n", "a.csv", {}, "有效范围：不小于 0"),
    (HEADER + "CHN,SCORE,2020,7\n", "a.csv", {}, "有效范围：不大于 5"),
    (HEADER + "CHN,SCORE,2020,1\n" * 2, "a.csv", {}, "重复的行（CHN、SCORE、2020）"),
    (HEADER + "XXX,SCORE,2020,1\n" * 21, "a.csv", {}, "……另有 1 个问题"),
    (HEADER + "XXX,SCORE,2020,abc\n", "a.csv", {}, "如 CHN、IDN）；数值“abc”不是数字"),
]
RANGES = {"IT.NET.USER.ZS": (0.0, 100.0), "IT.NET.BBND.P2": (0.0, None), "SCORE": (None, 5.0)}


@pytest.mark.parametrize(("content", "name", "limits", "chinese"), REFUSALS, ids=[r[3] for r in REFUSALS])
def test_every_refusal_is_in_the_users_language(content, name, limits, chinese, monkeypatch) -> None:
    from tests.language_rules import allowed_from_data, problems

    for limit, value in limits.items():
        monkeypatch.setattr(upload, limit, value)
    if content == "xlsx":
        content = pd.DataFrame({"country": ["SGP"]}).to_excel(buffer := io.BytesIO()) or buffer.getvalue()
    content = content.encode("utf-8") if isinstance(content, str) else content
    english = upload.parse_upload(content, name, COUNTRIES, RANGES).errors
    errors = upload.parse_upload(content, name, COUNTRIES, RANGES, "zh").errors
    assert english and len(errors) == len(english) and errors != english
    assert any(chinese in e for e in errors), errors
    left = [(e, found) for e in errors if (found := problems(e, "zh", allowed_from_data()))]
    assert not left, left  # no English left, no raw catalogue key


def test_rows_without_a_source_are_credited_in_the_users_language() -> None:
    content = (HEADER + "IDN,IT.NET.USER.ZS,2024,70.1\n").encode()
    assert upload.parse_upload(content, "a.csv", COUNTRIES, RANGES, "zh").rows.source.tolist() == ["您上传的数据"]
