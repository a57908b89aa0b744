"""Sources and value records in both languages: every producer and licence has Chinese, titles and quotes stay."""

from __future__ import annotations

import pandas as pd

from aseanict import config
from aseanict.core import provenance
from aseanict.topics.data import tables

SOURCES = pd.read_csv(config.DATA_DIR / "sources.csv")
NAMES = {"CHN": "中国"}


def test_every_source_producer_and_licence_has_chinese() -> None:
    assert sorted(set(SOURCES.producer) - set(provenance.ZH)) == []
    assert sorted(set(SOURCES.licence) - set(provenance.LICENCE_ZH)) == []


def test_source_table_is_in_the_readers_language_and_titles_stay() -> None:
    ids = SOURCES.source_id[SOURCES.producer == "Press / third party"].head(2)
    zh = provenance.source_table(ids, SOURCES, "zh")
    en = provenance.source_table(ids, SOURCES)
    assert set(zh.producer) == {"媒体及第三方"} and set(en.producer) == {"Press / third party"}
    assert zh.title.tolist() == en.title.tolist()
    assert set(zh.licence) <= set(provenance.LICENCE_ZH.values()) and set(en.licence) <= set(provenance.LICENCE_ZH)
    assert set(zh.columns) <= set(provenance.source_columns("zh"))


def test_records_display_translates_flags_names_producers_and_notes() -> None:
    observations = pd.read_csv(config.DATA_DIR / "observations.csv")
    disputed = observations[observations.flag == "disputed"].merge(SOURCES, on="source_id")
    shown = tables.records_display(disputed, {"BRN": "文莱"}, {"ITU_IDI_NEW": "ICT 发展指数"}, "zh")
    assert shown.iloc[0][["entity", "indicator", "flag", "producer"]].tolist() == [
        "文莱",
        "ICT 发展指数",
        "有争议",
        "媒体及第三方",
    ]
    assert shown.iloc[0].note.startswith("已被取代")
    assert set(shown.columns) <= set(tables.record_columns("zh"))
    english = tables.records_display(disputed, {}, {}, "en")
    assert english.iloc[0].flag == "disputed" and english.iloc[0].note == disputed.iloc[0].note


def test_wide_table_index_label() -> None:
    rows = pd.DataFrame({"entity": ["CHN"], "year": [2020], "value": [1.0], "edition": [""]})
    assert tables.wide_table(rows, NAMES, "国家").index.name == "国家"
    assert tables.wide_table(rows, NAMES).index.name == "country"
