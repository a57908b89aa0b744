"""Texts that come with the data, in both languages: every report figure's description and note, every value note
a page shows, and the report-figures table built from them."""

from __future__ import annotations

import pandas as pd
import pytest

from aseanict import config
from aseanict.core import figure_text
from aseanict.i18n import CATALOGUE
from aseanict.i18n.report_figures import NOTES_ZH, WHAT_ZH
from aseanict.i18n.value_notes import VALUE_NOTES_ZH

FIGURES = pd.read_csv(config.DATA_DIR / "report_figures.csv")
NAMES = {"CHN": "中国", "VNM": "越南", "ASEAN": "东盟平均（CAICT 发布）"}


def test_every_report_figure_description_and_note_has_chinese_and_none_is_stale() -> None:
    assert sorted(set(FIGURES.indicator) - set(WHAT_ZH)) == []
    assert sorted(set(FIGURES.notes.dropna()) - set(NOTES_ZH)) == []
    assert sorted(set(WHAT_ZH) - set(FIGURES.indicator)) == []
    assert sorted(set(NOTES_ZH) - set(FIGURES.notes.dropna())) == []


def test_every_forecast_note_has_chinese_and_every_value_note_is_in_the_data() -> None:
    stored = pd.read_csv(config.DATA_DIR / "forecasts.csv", usecols=["note"]).note.dropna()
    forecasts = stored.map(lambda n: figure_text.FIGURE_NUMBERS.sub("", n))  # as shown: without figure numbers
    observations = pd.read_csv(config.DATA_DIR / "observations.csv", usecols=["note"]).note.dropna()
    assert sorted(set(forecasts) - set(VALUE_NOTES_ZH)) == []
    assert sorted(set(VALUE_NOTES_ZH) - set(forecasts) - set(observations)) == []


def test_forecast_notes_keep_their_figure_numbers_in_the_data_but_not_on_screen() -> None:
    stored = pd.read_csv(config.DATA_DIR / "forecasts.csv", usecols=["note"]).note.dropna()
    numbered = [n for n in stored if "[report figures S" in n]
    assert len(numbered) >= 10  # the CAICT forecasts: traceable in downloads
    for lang in ("en", "zh"):
        shown = [figure_text.value_note(n, lang) for n in numbered]
        assert not [s for s in shown if "S0" in s or "seed" in s.lower() or "[report figures" in s], lang


def test_every_report_entity_has_a_name_in_both_languages() -> None:
    table = pd.read_csv(config.DATA_DIR / "countries.csv")
    for lang, column in (("en", "name_en"), ("zh", "name_zh")):
        names = dict(zip(table.iso3, table[column]))
        unnamed = [e for e in FIGURES.entity.unique() if figure_text.entity(e, names, lang) == e]
        assert unnamed == [], lang


@pytest.mark.parametrize(
    ("code", "lang", "expected"),
    [
        ("CHN", "zh", "中国"),
        ("CHN+ASEAN", "zh", "中国 + 东盟"),
        ("CHN-East", "zh", "中国：东部地区"),
        ("CHN-East", "en", "China: eastern region"),
        ("CHN+VNM", "zh", "中国 + 越南"),
        ("XYZ", "zh", "XYZ"),
    ],
)
def test_entity(code: str, lang: str, expected: str) -> None:
    assert figure_text.entity(code, NAMES, lang) == expected


def test_figures_display_translates_what_and_notes_and_keeps_quotes() -> None:
    shown = figure_text.figures_display(FIGURES, NAMES, "zh")
    row = shown.set_index("id").loc["S178"]
    assert row.indicator == "网络零售额" and row.unit == "万亿元"
    assert row.quote == FIGURES.set_index("id").at["S178", "quote"]
    assert figure_text.figures_display(FIGURES, NAMES, "en").indicator.tolist() == FIGURES.indicator.tolist()
    labels = figure_text.figure_columns("zh")
    assert set(FIGURES.columns) <= set(labels) and all(k in CATALOGUE for k in (f"rfig.col.{c}" for c in labels))
