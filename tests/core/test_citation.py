"""Citations in APA, BibTeX and GB/T 7714-2015, in English and Chinese: exact strings."""

import datetime as dt

import pandas as pd

from aseanict.core import citation

SOURCES = pd.DataFrame(
    {
        "source_id": ["wdi-1", "itu-1", "press-1", "wdi-2"],
        "producer": ["World Bank", "ITU", "Press / third party", "World Bank"],
        "producer_zh": ["世界银行", "国际电信联盟", "媒体及第三方", "世界银行"],
        "authority": [1, 2, 5, 1],
    }
)
ARGS = {
    "title": "Internet users<br><sup>% of population</sup>",
    "url": "http://localhost:8501/divide?lang=en&tab=users",
    "version": "3f2a9c1d0b1e",
    "version_date": "2026-11-30",
    "accessed": dt.date(2026, 12, 1),
    "key": "divide-users",
}


def test_english_citations_name_the_producers_first_then_the_dashboard_version_and_access_date():
    cited = citation.citations(SOURCES, lang="en", **ARGS)
    assert cited["apa"] == (
        "World Bank, ITU, & Press / third party. (2026). Internet users % of population [Data set]. "
        "In aseanict: ASEAN–China ICT dashboard (data version 3f2a9c1d0b1e, 2026-11-30). "
        "Retrieved December 1, 2026, from http://localhost:8501/divide?lang=en&tab=users"
    )
    assert cited["gbt7714"] == (
        "World Bank, ITU, Press / third party. Internet users % of population: data version 3f2a9c1d0b1e[DS/OL]. "
        "aseanict: ASEAN–China ICT dashboard, 2026(2026-11-30)[2026-12-01]. "
        "http://localhost:8501/divide?lang=en&tab=users."
    )
    assert cited["bibtex"] == (
        "@misc{aseanict_divide_users_3f2a9c1d0b1e,\n"
        "  author = {{World Bank} and {ITU} and {Press / third party}},\n"
        "  title = {{Internet users \\% of population}},\n"
        "  year = {2026},\n"
        "  howpublished = {aseanict: ASEAN–China ICT dashboard},\n"
        "  version = {3f2a9c1d0b1e},\n"
        "  url = {http://localhost:8501/divide?lang=en&tab=users},\n"
        "  urldate = {2026-12-01},\n"
        "  note = {Data version 3f2a9c1d0b1e (2026-11-30); accessed 2026-12-01}\n"
        "}"
    )


def test_chinese_citations_use_the_producers_chinese_names():
    cited = citation.citations(SOURCES, lang="zh", **(ARGS | {"title": "互联网用户（占人口 %）"}))
    assert cited["gbt7714"] == (
        "世界银行, 国际电信联盟, 媒体及第三方. 互联网用户（占人口 %）: 数据版本 3f2a9c1d0b1e[DS/OL]. "
        "aseanict：中国—东盟信息通信技术仪表板, 2026(2026-11-30)[2026-12-01]. "
        "http://localhost:8501/divide?lang=en&tab=users."
    )
    assert cited["apa"] == (
        "世界银行、国际电信联盟、媒体及第三方. (2026). 互联网用户（占人口 %） [数据集]. "
        "载于 aseanict：中国—东盟信息通信技术仪表板（数据版本 3f2a9c1d0b1e，2026-11-30）. "
        "检索于 2026年12月1日，来自 http://localhost:8501/divide?lang=en&tab=users"
    )
    assert "  author = {{世界银行} and {国际电信联盟} and {媒体及第三方}},\n" in cited["bibtex"]
    assert "  note = {数据版本 3f2a9c1d0b1e（2026-11-30）；访问日期 2026-12-01}\n" in cited["bibtex"]


def test_gbt_names_three_producers_then_et_al():
    four = pd.concat(
        [
            SOURCES,
            pd.DataFrame(
                {"source_id": ["nbs-1"], "producer": ["NBS"], "producer_zh": ["国家统计局"], "authority": [3]}
            ),
        ]
    )
    assert citation.citations(four, lang="zh", **ARGS)["gbt7714"].startswith("世界银行, 国际电信联盟, 国家统计局, 等. ")
    assert citation.citations(four, lang="en", **ARGS)["gbt7714"].startswith("World Bank, ITU, NBS, et al. ")


def test_one_producer_and_bibtex_specials():
    one = SOURCES[SOURCES.producer == "ITU"].assign(producer="AT&T_#1")
    cited = citation.citations(one, lang="en", **(ARGS | {"title": "Cost in $ & %"}))
    assert cited["apa"].startswith("AT&T_#1. (2026). Cost in $ & % [Data set].")
    assert "author = {{AT\\&T\\_\\#1}}" in cited["bibtex"] and "title = {{Cost in \\$ \\& \\%}}" in cited["bibtex"]


def test_without_sources_or_a_data_date_the_dashboard_is_the_author_and_the_date_says_so():
    cited = citation.citations(SOURCES.iloc[0:0], lang="en", **(ARGS | {"version_date": ""}))
    assert cited["apa"].startswith("aseanict: ASEAN–China ICT dashboard. (n.d.). Internet users")
    assert "(data version 3f2a9c1d0b1e, n.d.)" in cited["apa"]
