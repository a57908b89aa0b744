"""The whole app in Chinese: every page and section run with ?lang=zh, every text on screen checked.

Titles, markdown, captions, alerts, metrics, widget labels and the options they display, tabs, expanders,
buttons, table headers and text cells, and inside every chart its title, axes, legend, annotations, hover
templates and category labels. A text fails if it is English where Chinese is expected (tests/language_rules.py
says what may stay in Latin script), or if it shows a catalogue key or an indicator code instead of a name.
The same walk in English checks for raw keys and codes. In both languages no text may show the curation's
jargon: "seed", a report figure number (S037) outside the data page's list of the report's figures, a region id
(CHN-East), or an empty cell written as "None".
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from aseanict import config
from tests.apptest_pages import open_boxes
from tests.language_rules import allowed_from_data, jargon, problems, raw_codes, raw_keys, report
from tests.visible_text import visible_texts

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(p.name for p in (ROOT / "pages").glob("*.py") if p.name != "embed.py")  # chart only: test_embed.py
TIMEOUT = 120

try:  # pages whose sections are lazy tabs, chosen with ?tab=<code>; without it a page runs all its tabs at once
    from aseanict.core.sections import PAGE_SECTIONS
except ImportError:
    PAGE_SECTIONS = {}

# Widget settings that show what a default run does not (another view, model, source or series), per page.
# Each variant is a sequence of settings applied one after another (a rerun after each) on top of a section's
# default run, in every section where its first widget is on screen; each must apply in at least one section.
VARIANTS: dict[str, list[dict[str, object]]] = {
    "7_what_if.py": [
        {"wi_model": "logistic"},
        {"wi_model": "multiple"},
        {"wi_source": "group"},
        {"wi_source": "economy"},
    ],
    "4_tariffs.py": [{"tariffs_unit": "usd", "tariffs_world": True}],
    "5_divide.py": [{"divide_close_target": "custom"}],
    "9_data_sources.py": [
        {"data_topic": "tariff", "data_indicator": "ITU_FBB_PCT_GNI", "data_flagged": True},
        {"data_topic": "internet_economy", "data_indicator": "GMV", "data_aggregates": True},
    ],
}


@cache
def record_notes() -> frozenset[str]:
    """Per-value curation notes (606 distinct, mostly ITU basket metadata such as 'ITU code i154_FBB5_GNI;
    BasketHistory status=official'): shown as written in the data page's table of values with their sources,
    the raw record, like source titles. Notes shown beside values elsewhere are translated."""
    notes = pd.read_csv(config.DATA_DIR / "observations.csv", usecols=["note"]).note.dropna()
    return frozenset(notes)


def excused(page: str, where: str, text: str) -> bool:
    """Raw records shown as such on the data page: per-value notes as written, and the report's figure numbers
    in its list of the report's figures (the one place they are shown, labelled as the report's figure number).
    And an embed snippet: an address to copy, whose settings are the page's URL parameters (codes by design)."""
    if where.endswith("code_text") and text.startswith('<iframe src="') and "/embed?view=" in text:
        return True
    if page != "9_data_sources.py":
        return False
    if where.endswith("column 'note'") and text in record_notes():
        return True
    return where.endswith("column 'id'") and FIGURE_ID.fullmatch(text) is not None


FIGURE_ID = re.compile(r"S\d{3}")


def visits(page: str) -> list[str | None]:
    return list(PAGE_SECTIONS.get(page) or (None,))


def run(page: str, lang: str, tab: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    if tab:
        at.query_params["tab"] = tab
    at.switch_page(f"pages/{page}")
    at.run()
    open_boxes(at)  # the sources, citations and embed snippets are drawn only in an open box
    assert not at.exception, f"{page} tab={tab}: {at.exception}"
    return at


def _widget(at: AppTest, key: str):
    for kind in ("selectbox", "radio", "toggle", "checkbox", "select_slider", "slider", "number_input", "multiselect"):
        for widget in at.get(kind):
            if widget.key == key:
                return widget
    return None


def with_widgets(at: AppTest, settings: dict[str, object]) -> bool:
    """Set widgets by key one after another, rerunning after each; False if the first is not on screen."""
    for i, (key, value) in enumerate(settings.items()):
        widget = _widget(at, key)
        if widget is None:
            assert i == 0, f"{key} is not on screen after {list(settings)[:i]}"
            return False
        widget.set_value(value)
        at.run()
        assert not at.exception, f"{settings}: {at.exception}"
    return True


def findings(at: AppTest, page: str, lang: str, label: str) -> list[tuple[str, str, str, list[str]]]:
    allowed = allowed_from_data()
    found = []
    for shown in visible_texts(at):
        issues = problems(shown.text, lang, allowed)
        if issues and not excused(page, shown.where, shown.text):
            found.append((label, shown.where, shown.text, issues))
    return found


CASES = [(page, tab) for page in PAGES for tab in visits(page)]
IDS = [f"{page}-{tab or 'all'}" for page, tab in CASES]


@pytest.mark.parametrize(("page", "tab"), CASES, ids=IDS)
def test_every_text_is_chinese(page: str, tab: str | None) -> None:
    at = run(page, "zh", tab)
    assert at.title, f"{page}: nothing drew"
    found = findings(at, page, "zh", f"{page} tab={tab}")
    assert not found, "untranslated text (page | element | problem | text):\n" + report(found)


@pytest.mark.parametrize("page", sorted(VARIANTS))
def test_every_text_is_chinese_in_other_views(page: str) -> None:
    found, unused = [], []
    for settings in VARIANTS[page]:
        applied = False
        for tab in visits(page):
            at = run(page, "zh", tab)
            if with_widgets(at, settings):
                applied = True
                found += findings(at, page, "zh", f"{page} tab={tab} {settings}")
        if not applied:
            unused.append(settings)
    assert not unused, f"widget settings found in no section of {page}: {unused}"
    assert not found, "untranslated text (page | element | problem | text):\n" + report(found)


@pytest.mark.parametrize(("page", "tab"), CASES, ids=IDS)
def test_english_pages_show_no_raw_keys_or_codes(page: str, tab: str | None) -> None:
    at = run(page, "en", tab)
    allowed = allowed_from_data()
    found = [
        (f"{page} tab={tab}", s.where, s.text, issues)
        for s in visible_texts(at)
        if (issues := [*raw_keys(s.text), *raw_codes(s.text, allowed), *jargon(s.text)])
        and not excused(page, s.where, s.text)
    ]
    assert not found, "raw keys, codes or jargon (page | element | problem | text):\n" + report(found)
