"""Numbers people can quote: one precision per indicator on cards and in tables, empty cells as '–', and the
IDI edition picker opening on the latest edition."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aseanict.i18n import t
from tests.apptest_pages import open_tab, run, shown_tables

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "pages"


def places(text: str) -> int:
    """Decimal places of the first number in a text ('92.0 (2024)' -> 1)."""
    number = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    assert number, text
    return len(number.group(1) or "")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_card_and_a_table_show_the_same_rounding_for_the_same_indicator(lang: str) -> None:
    at = run(PAGES / "1_overview.py", lang=lang)
    label = f"{t('overview.china', lang)} · {t('overview.h.users', lang)}"
    card = next(m.value for m in at.metric if m.label == label)
    table = next(d for d in shown_tables(at) if t("overview.col.now", lang) in d.columns)
    row = table[table[t("overview.col.figure", lang)] == t("overview.tn.cn_users", lang)]
    latest = row[t("overview.col.now", lang)].iloc[0]
    assert places(card) == places(latest) == 1  # percentages to one place, also when the value is whole
    assert card.split()[0] in latest  # the same number, not just the same places


def test_the_data_tables_show_the_indicators_precision_and_a_dash_when_empty() -> None:
    at = run(PAGES / "9_data_sources.py", data_topic="tariff", data_indicator="ITU_FBB_PCT_GNI")
    assert not at.exception
    wide = at.dataframe[0].value
    cells = [c for column in wide.columns for c in wide[column]]
    assert all(isinstance(c, str) for c in cells)
    assert "–" in cells and not {"None", "nan", "<NA>"} & set(cells)
    assert {places(c) for c in cells if c != "–"} == {2}  # % of GNI prices to two places, 0.40 beside 0.38
    records = at.dataframe[1].value
    assert {places(v) for v in records["value"] if v != "–"} == {2}


def test_profile_card_reads_like_the_overview_card() -> None:
    at = run(PAGES / "3_countries.py", prof_focus="CHN")
    profile = shown_tables(at)[0]
    users = profile[profile[t("common.indicator", "en")] == t("prof.short.IT.NET.USER.ZS", "en")]
    users = users[t("prof.col.latest", "en")].iloc[0]
    assert places(users) == 1


def test_idi_edition_picker_opens_on_the_latest_edition() -> None:
    at = run(PAGES / "2_idi_trends.py")
    picker = at.selectbox(key="idi_old_edition")
    assert picker.index == 0  # the options are newest first
    assert picker.value.startswith("2017|")  # the last edition of the 2009-2017 index, not the report's 2015
    open_tab(at, "idi", "new")
    assert at.selectbox(key="idi_new_edition").value.split("|")[0] >= "2024"
