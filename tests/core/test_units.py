"""Units in both languages: every unit in the data has a Chinese label, values read as each language writes them."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from aseanict import config
from aseanict.core import units
from aseanict.i18n.units import UNITS_ZH


def data_units() -> set[str]:
    indicators = pd.read_csv(config.DATA_DIR / "indicators.csv", usecols=["unit"]).unit
    figures = pd.read_csv(config.DATA_DIR / "report_figures.csv", usecols=["unit"]).unit
    return set(indicators.dropna()) | set(figures.dropna())


def test_every_unit_in_the_data_has_chinese_and_none_is_stale() -> None:
    assert sorted(data_units() - set(UNITS_ZH)) == []
    assert sorted(set(UNITS_ZH) - data_units()) == []


def test_every_chinese_value_pattern_shows_the_value() -> None:
    assert [u for u, (_, pattern) in UNITS_ZH.items() if "{v}" not in pattern] == []


@pytest.mark.parametrize(
    ("unit", "lang", "expected"),
    [
        ("% of population", "zh", "占人口 %"),
        ("% of population", "en", "% of population"),
        ("per 100 people", "zh", "每百人"),
        ("an unknown unit", "zh", "an unknown unit"),
    ],
)
def test_unit_label(unit: str, lang: str, expected: str) -> None:
    assert units.unit_label(unit, lang) == expected


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "lang", "expected"),
    [
        (300.0, "USD billion", ">", "zh", "超过 3000 亿美元"),
        (200.0, "USD billion", "=", "en", "200 USD billion"),
        (300.0, "USD billion", ">", "en", ">300 USD billion"),
        (710.0, "million", "=", "zh", "7.1 亿"),
        (2.47, "USD trillion", "=", "zh", "2.47 万亿美元"),
        (3.9, "CNY trillion", "~", "zh", "约 3.9 万亿元"),
        (400.0, "CNY million", ">", "zh", "超过 4 亿元"),
        (3.5, "million", "=", "zh", "350 万"),
        (38.0, "THB billion", "=", "zh", "380 亿泰铢"),
        (51.7, "% of population", "=", "zh", "占人口 51.7%"),
        (6.21, "% of GNI", "=", "en", "6.21 % of GNI"),
        (4.0, "rank", "=", "zh", "第 4 名"),
        (2015.0, "year (event date)", "=", "zh", "2015 年"),
        (578.0, "10,000 persons", "=", "zh", "578 万人"),
        (float("nan"), "% of GNI", "=", "zh", "–"),
        (None, "% of GNI", "=", "en", "–"),
    ],
)
def test_value_text(value, unit: str, qualifier: str, lang: str, expected: str) -> None:
    assert units.value_text(value, unit, lang, qualifier) == expected


def test_amounts_are_rescaled_not_rounded() -> None:
    assert units.chinese_amount(1.03803e13) == "10.3803 万亿"
    assert units.chinese_amount(950.0) == "950"
    assert units.plain(0.1 + 0.2) == "0.3"
    assert not math.isnan(float(units.plain(12.5)))


# One display precision per indicator (data/indicators.csv `decimals`, from scripts/indicator_meta.py).
INDICATORS = pd.read_csv(config.DATA_DIR / "indicators.csv")
PRECISIONS = units.precisions(INDICATORS)


def test_every_indicator_has_one_display_precision() -> None:
    assert INDICATORS["decimals"].notna().all()
    assert set(PRECISIONS) == set(INDICATORS.code)
    assert all(0 <= places <= 4 for places in PRECISIONS.values())


@pytest.mark.parametrize(
    ("code", "places"),
    [
        ("IT.NET.USER.ZS", 1),  # percentages
        ("IT.CEL.SETS.P2", 1),  # per 100 people
        ("ITU_IDI_OLD", 2),  # the 0-10 index, as ITU publishes it
        ("ITU_IDI_NEW", 1),  # the 0-100 index
        ("ITU_FBB_PCT_GNI", 2),  # prices in % of GNI
        ("ITU_IDI_OLD_RANK", 0),
        ("SP.POP.TOTL", 0),
    ],
)
def test_precision_follows_the_kind_of_value(code: str, places: int) -> None:
    assert PRECISIONS[code] == places


@pytest.mark.parametrize(
    ("value", "code", "lang", "qualifier", "expected"),
    [
        (92.0, "IT.NET.USER.ZS", "en", "=", "92.0"),  # not "92" beside "75.6"
        (75.62, "IT.NET.USER.ZS", "zh", "=", "75.6"),
        (0.4, "ITU_FBB_PCT_GNI", "en", "=", "0.40"),  # the same places as 0.38
        (5.0, "ITU_IDI_OLD", "en", "=", "5.00"),
        (15.0, "ITU_IDI_OLD_RANK", "en", "=", "15"),
        (1.41e9, "SP.POP.TOTL", "en", "=", "1.4 billion"),  # rescaled: one place at least
        (1.41e9, "SP.POP.TOTL", "zh", "=", "14.1亿"),
        (300.0, "GMV", "en", ">", ">300"),  # a bound as its source stated it ("surpass $300B")
        (5.5, "GMV", "en", "~", "~5.5"),
        (0.375, "ITU_FBB_PCT_GNI", "en", "~", "~0.38"),  # never more places than the indicator's
        (None, "IT.NET.USER.ZS", "en", "=", "–"),
        (math.nan, "ITU_IDI_OLD", "zh", "=", "–"),
        (pd.NA, "ITU_IDI_OLD", "en", "=", "–"),
        (3.14159, "NOT_IN_STORE", "en", "=", "3.1"),  # an unknown indicator: the default precision
    ],
)
def test_a_value_reads_at_its_indicators_precision(value, code, lang, qualifier, expected) -> None:
    assert units.indicator_number(value, code, PRECISIONS, lang, qualifier) == expected


def test_table_cells_and_hover_format_use_the_same_precision() -> None:
    cells = units.table_cells(pd.Series([92.0, None, 75.62]), "IT.NET.USER.ZS", PRECISIONS, "en")
    assert cells.tolist() == ["92.0", "–", "75.6"]
    assert units.hover_format("ITU_FBB_PCT_GNI", PRECISIONS) == ",.2f"
    assert units.value_text(92.0, "% of population", "zh", decimals=1) == "占人口 92.0%"
