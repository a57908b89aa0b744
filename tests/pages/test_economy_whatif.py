"""AppTest for the Internet economy and Projections & forecasts pages: charts, presets, widgets, Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests import apptest_pages

ROOT = Path(__file__).resolve().parents[2]
ECONOMY = str(ROOT / "pages/6_internet_economy.py")
WHATIF = str(ROOT / "pages/7_what_if.py")
TIMEOUT = apptest_pages.TIMEOUT


def run(path: str, lang: str = "en") -> AppTest:
    # Through the URL: ui.sidebar() reads every sel_* key once sel_lang exists, so setting that alone breaks it.
    return apptest_pages.run(path, lang=lang)


def ok(at: AppTest) -> None:
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]


def results(at: AppTest):
    """The what-if results table: scenario, rate, value in the target year, year the target is reached."""
    return at.dataframe[-1].value  # after the sources table of the chart


def arithmetic(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


# Internet economy page.


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_economy_page_draws_its_charts(lang: str) -> None:
    at = run(ECONOMY, lang)
    ok(at)
    charts, tables = 0, 0
    for code in ("growth", "breakdown", "china"):  # only the open section runs
        apptest_pages.open_tab(at, "economy", code)
        ok(at)
        charts, tables = charts + len(at.get("plotly_chart")), tables + len(at.dataframe)
    assert charts >= 5  # editions, revisions, sectors, countries, % of GDP
    assert tables >= 3
    if lang == "zh":
        assert at.title[0].value == "互联网经济与电子商务"


def test_economy_page_says_what_gmv_is_and_whom_it_covers() -> None:
    at = run(ECONOMY)
    text = " ".join(m.value for m in at.markdown)
    assert "not** GDP" in text and "Timor-Leste" in text
    assert any("197 (e-Conomy SEA 2016)" in c.value and ">300" in c.value for c in at.caption)


def test_economy_page_series_and_target_year() -> None:
    at = run(ECONOMY)
    at.selectbox(key="econ_series").set_value("IDN|GMV").run()
    ok(at)
    assert any("Covers Indonesia only." in c.value for c in at.caption)
    years = at.selectbox(key="econ_target_year").options
    assert "2025" in years
    at.checkbox(key="econ_later").check().run()
    ok(at)


def test_economy_page_later_targets_toggle() -> None:
    at = run(ECONOMY)
    at.checkbox(key="econ_later").check().run()
    ok(at)
    at.selectbox(key="econ_target_year").set_value(2030).run()
    ok(at)
    assert any("1000" in c.value for c in at.caption)


# What-if page: the report's forecasts in one click.


def test_preset_65x() -> None:
    at = run(WHATIF)
    at.button(key="wi_btn_ie65").click().run()
    ok(at)
    table = results(at)
    base = table[table.iloc[:, 0] == "Base"].iloc[0]
    assert list(base)[1:] == ["20.6%", "201.5", "2025"]
    assert "6.5^(1/10) − 1 = 20.6% a year" in arithmetic(at)
    assert any("31 USD billion (e-Conomy SEA 2016)" in i.value for i in at.info)
    assert at.session_state["wi_multiple"] == 6.5
    assert len(at.get("plotly_chart")) == 1


def test_preset_shop() -> None:
    at = run(WHATIF)
    at.button(key="wi_btn_shop").click().run()
    ok(at)
    base = results(at).iloc[1]
    assert list(base)[1:] == ["32.0%", "88.3", "2025"]
    assert "Base: 5.5 × (1 + 32.00%)^10 = 88.3 USD billion" in arithmetic(at)
    assert any("not identical" in i.value for i in at.info)


def test_preset_thailand_shows_the_target_and_why_there_is_no_rate() -> None:
    at = run(WHATIF)
    assert "133%" in at.button(key="wi_btn_thbb").label
    at.button(key="wi_btn_thbb").click().run()
    ok(at)
    assert (at.session_state["wi_target_year"], at.session_state["wi_target_value"]) == (2020, 133.0)
    notes = " ".join(i.value for i in at.info)
    assert "Computed from the stored series" in notes and "Enter a base" in notes
    assert len(at.get("plotly_chart")) == 1
    # A base typed in from elsewhere gives the rate it implies.
    at.number_input(key="wi_base_value").set_value(80.0).run()
    ok(at)
    assert "(133 / 80)^(1/4) − 1 = 13.6% a year" in arithmetic(at)


def test_presets_in_chinese() -> None:
    at = run(WHATIF, "zh")
    at.button(key="wi_btn_ie65").click().run()
    ok(at)
    assert "20.6%" in results(at).iloc[1].tolist()
    assert "每年 20.6%" in arithmetic(at)


# What-if page: widgets.


def test_bounded_share_stays_at_or_below_100_on_the_page() -> None:
    at = run(WHATIF)
    at.radio(key="wi_source").set_value("indicator").run()
    at.selectbox(key="wi_indicator").set_value("IT.NET.USER.ZS").run()
    at.selectbox(key="wi_model").set_value("constant").run()
    at.number_input(key="wi_rate_high").set_value(60.0).run()
    ok(at)
    values = [float(v) for v in results(at).iloc[:, 2]]
    assert max(values) <= 100.0
    assert any("held at 100" in w.value for w in at.warning)


def test_group_series_is_labelled_derived() -> None:
    at = run(WHATIF)
    at.radio(key="wi_source").set_value("group").run()
    at.selectbox(key="wi_group").set_value("ASEAN6").run()
    ok(at)
    assert any(c.value.startswith("Derived") for c in at.caption)
    assert len(at.get("plotly_chart")) == 1


def test_economy_series_and_fitted_rate() -> None:
    at = run(WHATIF)
    at.radio(key="wi_source").set_value("economy").run()
    at.selectbox(key="wi_econ").set_value("SEA6|GMV").run()
    ok(at)
    assert at.session_state["wi_base_year"] == 2025
    at.selectbox(key="wi_model").set_value("constant").run()
    at.button(key="wi_use_fit").click().run()
    ok(at)
    assert at.session_state["wi_rate_base"] != 10.0
    assert any("Fitted to the data" in c.value for c in at.caption)


def test_bad_settings_give_a_message_not_a_traceback() -> None:
    at = run(WHATIF)
    at.number_input(key="wi_target_year").set_value(1990).run()
    ok(at)
    assert any("Cannot project" in i.value for i in at.info)


# Forecasts vs what happened.


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_forecast_check_view(lang: str) -> None:
    at = run(WHATIF, lang)
    apptest_pages.open_tab(at, "whatif", "check")
    ok(at)
    assert len(at.get("plotly_chart")) == 1
    table = at.dataframe[-1].value
    assert len(table) >= 50
    assert "≤ -33.3%" in table.iloc[:, 4].tolist()


def test_a_copied_what_if_link_reproduces_the_scenario() -> None:
    at = run(WHATIF)
    at.button(key="wi_btn_ie65").click().run()
    at.number_input(key="wi_rate_high").set_value(25.0).run()
    link = {key: at.query_params[key] for key in at.query_params}
    assert link["wi_preset"] == "ie65" and link["wi_rate_high"] == "25"

    fresh = AppTest.from_file(WHATIF, default_timeout=TIMEOUT)
    for key, value in link.items():
        fresh.query_params[key] = value
    fresh.run()
    ok(fresh)
    assert results(fresh).equals(results(at))  # same rates, values and years, from the link alone
    assert fresh.session_state["wi_multiple"] == 6.5 and fresh.session_state["wi_base_value"] == 31.0


def test_bad_what_if_parameters_fall_back_with_a_notice() -> None:
    at = AppTest.from_file(WHATIF, default_timeout=TIMEOUT)
    for key, value in {"wi_rate_base": "abc", "wi_entity": "XXX", "wi_target_year": "99999", "wi_model": "x"}.items():
        at.query_params[key] = value
    at.run()
    ok(at)
    notices = " ".join(i.value for i in at.info).replace("\\", "")  # as shown: the notice escapes markdown
    for bad in ("abc", "XXX", "99999", "wi_model"):
        assert bad in notices, bad
    assert at.session_state["wi_rate_base"] == 10.0 and at.session_state["wi_entity"] == "VNM"


@pytest.mark.parametrize(
    ("lang", "same", "left_out"), [("en", "The same 10 members", "Timor-Leste"), ("zh", "相同的 10 个成员国", "东帝汶")]
)
def test_a_group_what_if_keeps_the_same_members_in_every_year(lang: str, same: str, left_out: str) -> None:
    at = apptest_pages.run(ROOT / "pages" / "7_what_if.py", wi_source="group", lang=lang)
    assert not at.exception
    caption = next(c.value for c in at.caption if same in c.value)
    assert left_out in caption


def test_fitted_rate_for_chinas_internet_users_starts_at_its_series_break() -> None:
    at = run(WHATIF)
    at.selectbox(key="wi_indicator").set_value("IT.NET.USER.ZS").run()
    at.selectbox(key="wi_entity").set_value("CHN").run()
    at.selectbox(key="wi_model").set_value("constant").run()
    ok(at)
    fit_text = next(c.value for c in at.caption if "Fitted to the data" in c.value)
    assert "2 points, 2023–2024" in fit_text and "the series breaks in 2023" in fit_text
    assert any("75.6%" in w.value for w in at.warning)  # China's break note beside the chart
