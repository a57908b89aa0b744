"""'Cite this' under every chart and on the country profile, and the data version in every page's footer, in
English and Chinese (AppTest)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from aseanict import config
from aseanict.store import database
from tests.apptest_pages import TIMEOUT, open_boxes, run

ROOT = Path(__file__).resolve().parents[2]
VERSION = database.data_version()
DATE = pd.read_csv(config.DATA_DIR / "sources.csv").accessed.max()


def codes_under(at: AppTest, label: str) -> list[str]:
    open_boxes(at, "cite_")
    expanders = [e for e in at.expander if e.label == label]
    assert expanders, f"no expander {label!r}"
    return [c.value for e in expanders for c in e.code]


@pytest.mark.parametrize(
    ("lang", "label", "expected"),
    [
        (
            "en",
            "Cite this profile",
            f"ITU, World Bank. Country profile: China: data version {VERSION}[DS/OL]. "
            f"aseanict: ASEAN–China ICT dashboard, {DATE[:4]}({DATE})[{{today}}]. http://localhost:",
        ),
        (
            "zh",
            "引用本国家概况",
            f"国际电信联盟, 世界银行. 国家概况：中国: 数据版本 {VERSION}[DS/OL]. "
            f"aseanict：中国—东盟信息通信技术仪表板, {DATE[:4]}({DATE})[{{today}}]. http://localhost:",
        ),
    ],
)
def test_country_profile_cites_its_producers_the_data_version_and_today(lang: str, label: str, expected: str):
    before = dt.date.today().isoformat()
    at = run(ROOT / "pages" / "3_countries.py", lang=lang)
    assert not at.exception
    apa, bibtex, gbt = codes_under(at, label)
    # The access date is the day the citation was made: either side of midnight if the test ran across it.
    today = next((d for d in (before, dt.date.today().isoformat()) if gbt.startswith(expected.format(today=d))), None)
    assert today is not None, gbt
    assert f"lang={lang}" in gbt  # the address reproduces the view
    assert VERSION in apa and VERSION in bibtex and f"urldate = {{{today}}}" in bibtex


@pytest.mark.parametrize(("lang", "label"), [("en", "Cite this"), ("zh", "引用本图")])
def test_every_chart_offers_a_citation_naming_the_data_version(lang: str, label: str):
    at = run(ROOT / "pages" / "5_divide.py", lang=lang)
    assert not at.exception
    charts = [c for c in at.get("plotly_chart")]
    codes = codes_under(at, label)
    assert len(codes) == 3 * len(charts) > 0  # APA, BibTeX and GB/T for each chart
    assert all(VERSION in code for code in codes)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"Data version {VERSION} ({DATE}): cite it with the figures you quote."),
        ("zh", f"数据版本 {VERSION}（{DATE}）：引用数字时请一并注明。"),
    ],
)
def test_every_page_ends_with_the_data_version(lang: str, text: str):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception
    assert at.caption[-1].value == text or text in [c.value for c in at.main.caption]


def test_closed_boxes_under_a_chart_draw_nothing_until_opened():
    # The sources table, the three citations and the embed snippet were a fifth of the messages a tour sent.
    at = run(ROOT / "pages" / "5_divide.py", lang="en")
    charts = len(at.get("plotly_chart"))
    assert charts > 0 and not at.code and len(at.dataframe) == 0
    open_boxes(at, "sources_")
    assert len(at.dataframe) == charts and not at.code  # one sources table a chart; the citations still closed
    open_boxes(at, "cite_", "embed_")
    assert len(at.code) == 4 * charts  # APA, BibTeX, GB/T 7714 and the <iframe> snippet
    keys = lambda: {button.key.split("_")[0] for button in at.download_button}  # noqa: E731
    assert keys() == {"csv"}  # the rows shown, one click away; Excel and the images in their own box
    open_boxes(at, "downloads_")
    assert keys() >= {"csv", "xlsx"} and len(at.download_button) >= 2 * charts
