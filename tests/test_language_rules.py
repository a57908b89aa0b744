"""The rules of the whole-app language check flag what they should and pass what may stay in Latin script."""

from __future__ import annotations

import pytest

from tests.language_rules import Allowed, allowed_from_data, english_phrases, problems, raw_codes, raw_keys

ALLOWED = Allowed(
    texts=frozenset({"World Bank WDI via Gapminder Systema Globalis"}), codes=frozenset({"IT.NET.USER.ZS"})
)


@pytest.mark.parametrize(
    "text",
    [
        "licence",  # a header left as its column name
        "source_id",
        "单位: % of population",
        "来源: 媒体及第三方 (press/blog report (secondary; quoted figures))",
        "Lorenz",
        "disputed",
        "Source",  # an English catalogue text
        "  note = {Data version 1fe73d99afab; accessed 2026-12-01}",  # BibTeX field names pass, values do not
    ],
)
def test_english_is_flagged_on_a_chinese_page(text: str) -> None:
    assert problems(text, "zh", ALLOWED)


@pytest.mark.parametrize(
    "text",
    [
        "来源: 世界银行 (CC BY 4.0)",
        "互联网经济商品交易总额（GMV） · 六国（e-Conomy SEA）",
        "ICT 发展指数（IDI）",
        "IDI 2015（MIS 2015 版） · 2014 年数据",
        "%{fullData.name} %{x}: %{y:.1f}<extra></extra>",
        "World Bank WDI via Gapminder Systema Globalis",  # a dataset title, from the data
        "报告表 1 的互联网普及率取自 Internet World Stats，而非国际电联",
        "使用 Facebook 的网民比例",  # one name inside Chinese text
        "引文：“the ratio is 1.8, down from 2.4 three years ago”（2019 年）。",
        "https://data.worldbank.org/indicator/IT.NET.USER.ZS",
        "GB",
        "1GB 篮子（2008–2017）",
        "@misc{aseanict_divide_users_1fe73d99afab,\n  author = {{世界银行}},\n  urldate = {2026-12-01}\n}",
    ],
)
def test_names_quotes_units_and_addresses_pass(text: str) -> None:
    assert problems(text, "zh", ALLOWED) == []


def test_english_text_passes_on_an_english_page() -> None:
    assert problems("Fixed broadband basket, % of GNI", "en", ALLOWED) == []


def test_raw_keys_and_codes() -> None:
    assert raw_keys("idi.tab.old") == ["idi.tab.old"]
    assert raw_keys("idi.conf.no_such_key") == ["idi.conf.no_such_key"]  # a missing key under a known prefix
    assert raw_keys("see data/idi.csv or github.com") == []
    assert raw_codes("IT.NET.USER.ZS", ALLOWED) == ["IT.NET.USER.ZS"]
    assert raw_codes("IT.NET.USER.ZS (ITU)", ALLOWED) == ["IT.NET.USER.ZS"]
    assert raw_codes("互联网用户（占人口比例） [IT.NET.USER.ZS]", ALLOWED) == []


def test_phrases_are_reported_as_shown() -> None:
    assert english_phrases("占 GNI % of monthly income", ALLOWED) == ["of monthly income"]


def test_the_data_allows_its_source_titles_and_quotes() -> None:
    allowed = allowed_from_data()
    assert "World Bank WDI via Gapminder Systema Globalis" in allowed.texts
    assert "IT.NET.USER.ZS" in allowed.codes
