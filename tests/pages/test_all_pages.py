"""Every page runs in English and Chinese; bad URL parameters give a notice, not a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from aseanict.core.sections import PAGE_SECTIONS
from aseanict.i18n import t
from tests.apptest_pages import TIMEOUT, run

ROOT = Path(__file__).resolve().parents[2]
CHART_ONLY = {"embed.py"}  # the chart-only page for <iframe>s: no title or sidebar (tests/pages/test_embed.py)
PAGES = [ROOT / "app.py", *sorted(p for p in (ROOT / "pages").glob("*.py") if p.name not in CHART_ONLY)]


# Every page, and every section of a page with lazy tabs (only the open one runs).
VIEWS = [(path, tab) for path in PAGES for tab in PAGE_SECTIONS.get(path.name, (None,))]


@pytest.mark.parametrize(("path", "tab"), VIEWS, ids=lambda v: getattr(v, "name", v))
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_page_runs_without_exception(path: Path, tab: str | None, lang: str) -> None:
    at = run(path, lang=lang, **({"tab": tab} if tab else {}))
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert at.title, "every page has a title"
    glossary = [e for e in at.sidebar.expander if e.label == t("glossary.title", lang)]
    assert glossary, "the glossary is in every page's sidebar"
    shown = glossary[0].markdown[0].value
    assert t("glossary.term.idi_methods", lang) in shown and t("glossary.term.mis", lang) in shown


def test_overview_shows_headlines_chart_and_report_comparison() -> None:
    at = run(ROOT / "pages/1_overview.py")
    assert len(at.metric) >= 8
    assert len(at.get("plotly_chart")) >= 1
    assert any("2016" in s.value for s in at.subheader)
    assert len(at.table) >= 1  # the 2016 report beside today's data, static: its sentences wrap, none is cut


def test_overview_in_chinese_has_chinese_labels() -> None:
    at = run(ROOT / "pages/1_overview.py", lang="zh")
    assert at.title[0].value == "东盟与中国概览"
    assert any("中国" in m.label for m in at.metric)


def test_bad_url_parameters_fall_back_with_a_notice() -> None:
    at = run(ROOT / "pages/1_overview.py", lang="xx", countries="ZZZ,';DROP", group="nope")
    assert not at.exception
    assert at.info and "reset" in at.info[0].value
    assert at.session_state["sel_lang"] == "en"


def test_url_countries_are_applied() -> None:
    at = run(ROOT / "pages/9_data_sources.py", countries="SGP,MMR", group="custom")
    assert at.session_state["sel_countries"] == ["SGP", "MMR"]
    assert not at.exception


def test_empty_selection_shows_info() -> None:
    at = run(ROOT / "pages/1_overview.py")
    at.sidebar.multiselect[0].set_value([]).run()
    assert not at.exception
    assert any("at least one" in i.value for i in at.info)


def test_group_choice_selects_its_members() -> None:
    at = run(ROOT / "pages/1_overview.py")
    at.sidebar.selectbox[1].set_value("CLMV").run()
    assert sorted(at.session_state["sel_countries"]) == ["KHM", "LAO", "MMR", "VNM"]


def test_data_page_table_and_csv_match() -> None:
    at = run(ROOT / "pages/9_data_sources.py")
    assert not at.exception
    topic = at.selectbox(key="data_topic")
    topic.set_value("access").run()
    at.selectbox(key="data_indicator").set_value("IT.NET.USER.ZS").run()
    assert len(at.dataframe) >= 3  # wide table, long table with sources, coverage grid
    wide = at.dataframe[0].value
    assert "2020" in wide.columns and wide.shape[0] == 12


def test_uploaded_values_overlay_the_matching_chart_for_this_session_only() -> None:
    import pandas as pd

    at = AppTest.from_file(str(ROOT / "pages/1_overview.py"), default_timeout=TIMEOUT)
    at.session_state["user_data"] = pd.DataFrame(
        {"country": ["IDN"], "indicator": ["IT.NET.USER.ZS"], "year": [2024], "value": [70.1], "source": ["BPS"]}
    )
    at.run()
    assert not at.exception
    names = [trace.get("name") for trace in json.loads(at.get("plotly_chart")[0].proto.spec)["data"]]
    assert "Indonesia (your data)" in names
    fresh = run(ROOT / "pages/1_overview.py")  # another session sees nothing of it
    assert not any(
        "your data" in str(t.get("name")) for t in json.loads(fresh.get("plotly_chart")[0].proto.spec)["data"]
    )


def test_data_page_link_carries_indicator_years_and_options() -> None:
    at = run(ROOT / "pages/9_data_sources.py", data_indicator="ITU_FBB_USD", data_years="2010-2020", data_flagged="1")
    assert not at.exception
    assert at.selectbox(key="data_topic").value == "tariff"  # the topic follows the linked indicator
    assert at.selectbox(key="data_indicator").value == "ITU_FBB_USD"
    assert at.slider(key="data_years").value == (2010, 2020)
    assert at.checkbox(key="data_flagged").value is True
    assert at.query_params["data_years"] == "2010-2020"


def test_data_page_bad_link_values_fall_back_with_a_notice() -> None:
    at = run(ROOT / "pages/9_data_sources.py", data_indicator="ZZZ", data_years="2020-2010", data_flagged="maybe")
    assert not at.exception
    notices = " ".join(i.value for i in at.info)
    assert "ZZZ" in notices and "2020–2010" in notices and "maybe" in notices
    assert at.slider(key="data_years").value == (2005, 2025)
