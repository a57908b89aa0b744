"""AppTests of the IDI page and the Country profiles page: they run, draw, react to their widgets, speak Chinese."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from aseanict.i18n import t
from aseanict.store import queries
from aseanict.store.queries import TABLE1_COLUMNS
from tests.apptest_pages import open_tab, run, shown_tables

ROOT = Path(__file__).resolve().parents[2]
IDI_PAGE = str(ROOT / "pages" / "2_idi_trends.py")
COUNTRIES_PAGE = str(ROOT / "pages" / "3_countries.py")


IDI_CHARTS = {  # section -> charts it draws
    "old": ["chart_idi_old_all", "chart_idi_old_bars", "chart_idi_subindices"],
    "new": ["chart_idi_new_all", "chart_idi_new_bars", "chart_idi_pillars"],
    "growth": [],
    "table1": [],
    "long": ["chart_idi_long"],
}


def frame_with(at: AppTest, column: str):
    found = [d for d in shown_tables(at) if column in d.columns]
    assert found, f"no table with a {column!r} column"
    return found[0]


@pytest.fixture(scope="module")
def idi_page() -> AppTest:
    at = run(IDI_PAGE)
    assert not at.exception
    return at


def idi_section(code: str) -> AppTest:
    at = run(IDI_PAGE, tab=code)
    assert not at.exception
    return at


# ------------------------------------------------------------------------------------------------ IDI page


def test_idi_page_draws_every_chart_and_only_the_open_sections(idi_page: AppTest) -> None:
    for code, expected in IDI_CHARTS.items():
        at = open_tab(idi_page, "idi", code)
        assert [c.key for c in at.get("plotly_chart")] == expected, code
        assert not at.error and not at.exception
        assert at.query_params.get("tab", "old") == code  # the open section is in the link


def test_a_bad_tab_parameter_falls_back_with_a_notice() -> None:
    at = run(IDI_PAGE, tab="nonsense")
    assert not at.exception
    assert [c.key for c in at.get("plotly_chart")] == IDI_CHARTS["old"]
    assert any("nonsense" in i.value for i in at.info)


def test_table1_matches_the_report_cell_by_cell(con: duckdb.DuckDBPyConnection) -> None:
    shown = frame_with(idi_section("table1"), "Table 1: area")
    figures = queries.report_figures(con)
    cells = figures[figures.indicator.isin(list(TABLE1_COLUMNS))]
    assert len(cells) == 83 and set(cells.id) == {f"S{i:03d}" for i in range(55, 138)}
    assert len(shown) == len(queries.TABLE1_ROWS)
    by_row = dict(zip(queries.TABLE1_ROWS, shown.to_dict("records")))
    for fig in cells.itertuples():
        cell = by_row[fig.entity][fig.indicator]
        printed = fig.quote.split()[-len(TABLE1_COLUMNS) :][list(TABLE1_COLUMNS).index(fig.indicator)]
        assert cell == printed, (fig.id, cell, printed)  # the exact printed text, e.g. "81.3%", "5.9"
        assert float(cell.rstrip("%")) == pytest.approx(fig.value), fig.id
    assert by_row["ASEAN"]["Table 1: IDI global ranking"] == "-"  # as printed: the report gives no rank


def test_seed_growth_rates_and_world_rate_shown() -> None:
    growth = frame_with(idi_section("growth"), "arithmetic").set_index("computed")
    assert {"8.98%", "6.47%", "cannot be recomputed"} <= set(growth.index)
    assert growth.at["8.98%", "arithmetic"] == "(5.05 / 3.58)^(1/4) \u2212 1 = 8.98%"
    assert growth.at["6.47%", "arithmetic"] == "(4.51 / 3.51)^(1/4) \u2212 1 = 6.47%"
    assert growth.at["cannot be recomputed", "printed"] == "6.30%"


def test_growth_widget_reproduces_chinas_rate() -> None:
    at = idi_section("growth")
    at.selectbox(key="idi_growth_entity").set_value("CHN").run()
    at.selectbox(key="idi_growth_from").set_value("2011|MIS 2011")
    at.selectbox(key="idi_growth_to").set_value("2015|MIS 2015").run()
    assert not at.exception
    assert at.metric[0].value == "8.98%"
    assert at.code[0].value == "(5.05 / 3.58)^(1/4) \u2212 1 = 8.98%"
    assert any("different editions" in w.value for w in at.warning)
    at.selectbox(key="idi_growth_from").set_value("2017|MIS 2017").run()  # backwards: refused, not computed
    assert any("before the end edition" in w.value for w in at.warning)
    at.radio(key="idi_growth_index").set_value("new").run()
    assert not at.exception and at.metric[0].value.endswith("%")


def test_brunei_conflict_lists_both_values() -> None:
    at = idi_section("new")
    conflict = frame_with(at, "flag")
    brunei = conflict[conflict.year == 2024]
    assert sorted(brunei.value) == [95.1, 95.7, 95.7] and "disputed" in set(brunei.flag)
    assert any("Sources disagree" in w.value for w in at.warning)


def test_edition_pickers_and_missing_scores() -> None:
    at = run(IDI_PAGE)
    at.selectbox(key="idi_old_edition").set_value("2016|MIS 2016").run()
    assert not at.exception
    missing = [i.value for i in at.info if i.value.startswith("No score in this edition")]
    assert missing and "Cambodia" in missing[0] and "Timor-Leste" in missing[0]
    at.selectbox(key="idi_rank_from").set_value("2016|MIS 2016")
    at.selectbox(key="idi_rank_to").set_value("2017|MIS 2017").run()
    moves = frame_with(at, "rank_from").set_index("iso3")
    assert moves.at["Myanmar", "change"] == "5"  # 140 -> 135
    open_tab(at, "idi", "new").selectbox(key="idi_new_edition").set_value("2025|IDI 2025").run()
    assert any("no world average for this edition" in i.value for i in at.info)
    assert any("ITU publishes no ranks" in i.value for i in at.info)
    open_tab(at, "idi", "long").selectbox(key="idi_long_indicator").set_value("IT.NET.BBND.P2").run()
    assert not at.exception and len(at.get("plotly_chart")) == 1
    open_tab(at, "idi", "old")  # back again: the pickers kept their values, and so does the link
    assert at.selectbox(key="idi_old_edition").value == "2016|MIS 2016"
    assert at.query_params["idi_old_edition"] == "2016|MIS 2016"


def test_idi_page_with_no_country_says_so() -> None:
    at = run(IDI_PAGE)
    at.multiselect(key="w_countries").set_value([]).run()
    assert not at.exception
    assert any("at least one country" in i.value for i in at.info)
    assert not at.get("plotly_chart")


def test_idi_page_in_chinese() -> None:
    at = run(IDI_PAGE, lang="zh")
    assert not at.exception
    assert at.title[0].value == "ICT 发展指数（IDI）"
    for code, expected in IDI_CHARTS.items():
        assert len(open_tab(at, "idi", code).get("plotly_chart")) == len(expected), code
        assert not at.exception
    assert "Table 1: area" in frame_with(open_tab(at, "idi", "table1"), "Table 1: area").columns


# -------------------------------------------------------------------------------------- Countries page


def test_countries_page_runs_and_draws() -> None:
    at = run(COUNTRIES_PAGE)
    assert not at.exception
    card = frame_with(at, t("prof.col.vs_asean", "en"))  # a static table: every row, its long text wrapped
    assert len(card) == 7 and card[t("prof.col.rank", "en")].str.contains(" of ").any()
    open_tab(at, "countries", "compare")
    assert len(at.get("plotly_chart")) == 2  # small multiples and the 0-1 profile


@pytest.mark.parametrize(("lang", "words"), [("en", "the trend starts in 2023"), ("zh", "趋势线从 2023 年开始")])
def test_chinas_profile_trend_starts_at_its_series_break_and_says_so(lang: str, words: str) -> None:
    at = run(COUNTRIES_PAGE, lang=lang)
    at.selectbox(key="prof_focus").set_value("CHN").run()
    assert not at.exception
    card = frame_with(at, t("prof.col.vs_asean", lang))
    # Two values, 90.6 then 92.0: the text sparkline rises from the lowest bar to the highest.
    assert card[t("prof.col.trend", lang)].iloc[0] == "▁█" and card[t("prof.col.trend_from", lang)].iloc[0] == "2023"
    assert any(words in c.value for c in at.caption)


def test_profile_country_and_peers_shortcut() -> None:
    at = run(COUNTRIES_PAGE, tab="compare")
    at.selectbox(key="prof_focus").set_value("VNM").run()
    assert not at.exception
    at.selectbox(key="prof_peers").set_value("CLMV").run()
    assert sorted(at.multiselect(key="prof_compare").value) == ["KHM", "LAO", "MMR", "VNM"]
    assert len(at.get("plotly_chart")) == 2
    at.selectbox(key="prof_peers").set_value("ASEAN6").run()
    assert len(at.multiselect(key="prof_compare").value) == 6
    assert any("Income-group peers are not offered" in c.value for c in at.caption)


def test_ranking_for_any_indicator_and_year() -> None:
    at = run(COUNTRIES_PAGE, tab="compare")
    at.selectbox(key="prof_rank_indicator").set_value("ITU_FBB_PCT_GNI").run()
    at.selectbox(key="prof_rank_year").set_value(2021).run()
    assert not at.exception
    ranking = [d.value for d in at.dataframe if list(d.value.columns) == ["iso3", "value", "rank"]][0]
    assert ranking["rank"].iloc[0].startswith("1 of ") and ranking["rank"].iloc[0].endswith("with data in 2021")
    assert any("Lower is better" in c.value for c in at.caption)


def test_fewer_than_two_countries_asks_for_more() -> None:
    at = run(COUNTRIES_PAGE, tab="compare")
    at.multiselect(key="prof_compare").set_value(["CHN"]).run()
    assert not at.exception
    assert any("at least two countries" in i.value for i in at.info)
    assert not at.get("plotly_chart")


def test_countries_page_in_chinese() -> None:
    at = run(COUNTRIES_PAGE, lang="zh", tab="compare")
    assert not at.exception
    assert at.title[0].value == "国家概况与比较"
    assert len(at.get("plotly_chart")) == 2


def test_a_copied_link_reproduces_the_page_widgets() -> None:
    at = run(COUNTRIES_PAGE, tab="compare")
    at.selectbox(key="prof_rank_indicator").set_value("ITU_FBB_PCT_GNI").run()
    at.selectbox(key="prof_rank_year").set_value(2021).run()
    link = at.query_params.to_dict() if hasattr(at.query_params, "to_dict") else dict(at.query_params)
    assert link["tab"] == "compare" and link["prof_rank_indicator"] == "ITU_FBB_PCT_GNI"

    fresh = AppTest.from_file(COUNTRIES_PAGE, default_timeout=90)
    for key, value in link.items():
        fresh.query_params[key] = value
    fresh.run()
    assert not fresh.exception
    assert fresh.selectbox(key="prof_rank_indicator").value == "ITU_FBB_PCT_GNI"
    assert fresh.selectbox(key="prof_rank_year").value == 2021
    assert len(fresh.get("plotly_chart")) == 2


def test_bad_widget_parameters_fall_back_with_a_notice() -> None:
    at = run(COUNTRIES_PAGE, tab="compare")
    fresh = AppTest.from_file(COUNTRIES_PAGE, default_timeout=90)
    for key, value in {"tab": "compare", "prof_rank_indicator": "DROP TABLE", "prof_focus": "XXX"}.items():
        fresh.query_params[key] = value
    fresh.run()
    assert not fresh.exception
    notices = " ".join(i.value for i in fresh.info)
    assert "DROP TABLE" in notices and "XXX" in notices
    assert fresh.selectbox(key="prof_rank_indicator").value == at.selectbox(key="prof_rank_indicator").value
