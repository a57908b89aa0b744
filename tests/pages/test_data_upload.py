"""A refused upload on the Data & sources page: the error box speaks the page's language and echoes the file's
values as plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.apptest_pages import run
from tests.hostile.markdown import unsafe_constructs
from tests.language_rules import allowed_from_data, problems

PAGE = Path(__file__).resolve().parents[2] / "pages/9_data_sources.py"
BAD = (
    "country,indicator,year,value\n"
    "XXX,IT.NET.USER.ZS,2020,150\n"
    "CHN,[x](https://evil.example/),20x0,７０\n"
    "CHN,IT.NET.USER.ZS,2020,1\n"
    "CHN,IT.NET.USER.ZS,2020,2\n"
).encode()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["The file was not loaded:", "line 2: unknown country", "duplicate rows for CHN"]),
        ("zh", ["文件未载入：", "第 2 行：未知国家", "超出该指标", "未知指标", "年份", "重复的行"]),
    ],
)
def test_a_refused_upload_is_explained_in_the_pages_language(lang: str, expected: list[str]) -> None:
    at = run(PAGE, lang=lang)
    next(u for u in at.get("file_uploader") if u.key == "data_upload").set_value(("bad.csv", BAD, "text/csv"))
    at.run()
    assert not at.exception, at.exception
    [box] = at.error
    shown = box.value.replace("\\", "").replace("\u2060", "")  # as read: the page escapes each message (plain)
    assert all(part in shown for part in expected), shown
    items = [line.removeprefix("- ") for line in box.value.splitlines() if line.startswith("- ")]
    assert len(items) == 3 and all(unsafe_constructs(item) == [] for item in items)  # the crafted link stays text
    if lang == "zh":
        found = [p for line in shown.splitlines() for p in problems(line.removeprefix("- "), "zh", allowed_from_data())]
        assert found == []
