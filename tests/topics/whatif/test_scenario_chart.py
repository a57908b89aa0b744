"""Tests for topics/whatif/scenario_chart: the what-if chart from its URL parameters, as the page, a link, the embed
page and the API read them."""

from __future__ import annotations

import pandas as pd
import pytest

from aseanict.topics import chart_views
from aseanict.topics.view_kit import BadSetting, Ctx
from aseanict.topics.whatif import scenario_chart as wc

ALLOWED = {"wi_indicator": ["IT.NET.USER.ZS", "IT.CEL.SETS.P2"], "wi_econ": ["SEA6|GMV"]}


def test_a_link_round_trips_and_bad_values_are_named() -> None:
    values = {"wi_source": "group", "wi_group": "CLMV", "wi_rate_base": 7.5, "wi_base_year": 2019, "wi_model": "x"}
    link = wc.to_link(values)
    assert link == {"wi_source": "group", "wi_group": "CLMV", "wi_rate_base": "7.5", "wi_base_year": "2019",
                    "wi_model": "x"}  # fmt: skip
    read, problems = wc.from_link(link, ALLOWED)
    assert read == {"wi_source": "group", "wi_group": "CLMV", "wi_rate_base": 7.5, "wi_base_year": 2019}
    assert problems == ["wi_model: 'x' is not one of the options"]
    read, problems = wc.from_link({"wi_indicator": "NOPE", "wi_rate_low": "-100", "wi_econ": "SEA6|GMV"}, ALLOWED)
    assert read == {"wi_econ": "SEA6|GMV"} and len(problems) == 2
    assert wc.to_link(wc.DEFAULTS) == {}  # the page as it opens has a short address


def test_the_views_settings_are_the_pages_url_parameters() -> None:
    view = chart_views.VIEWS["whatif"]
    assert view.page == "7_what_if.py"
    assert [p.name for p in view.params] == list(wc.DEFAULTS)
    assert all(name.startswith("wi_") for name in wc.DEFAULTS)
    query = chart_views.url_query("whatif", "zh", {**wc.DEFAULTS, "wi_preset": "shop", "wi_rate_base": 32.0})
    assert query == {"view": "whatif", "lang": "zh", "wi_preset": "shop", "wi_rate_base": "32"}


def test_settings_need_a_base() -> None:
    with pytest.raises(ValueError, match="wi_base_year, wi_base_value"):
        wc.settings(wc.DEFAULTS)
    s = wc.settings({**wc.DEFAULTS, "wi_base_year": 2020, "wi_base_value": 50, "wi_model": "constant"})
    assert (s.base_year, s.base_value, s.rates_pct, s.ceiling) == (2020, 50.0, (5.0, 10.0, 15.0), None)


def test_the_base_comes_from_the_data_only_when_no_base_year_is_given() -> None:
    history = pd.DataFrame({"year": [2020, 2022], "value": [1.0, 3.0]})
    assert wc.with_base({"wi_base_year": None, "wi_base_value": 9.0}, history) == {
        "wi_base_year": 2022, "wi_base_value": 3.0}  # fmt: skip
    kept = {"wi_base_year": 2020, "wi_base_value": None}  # a value cleared on the page stays cleared
    assert wc.with_base(kept, history) == kept
    assert wc.with_base({"wi_base_year": None}, history.iloc[0:0])["wi_base_value"] is None


def build(con, lang: str = "en", **settings) -> chart_views.Shown:
    return chart_views.build(con, "whatif", lang, settings)


def test_the_default_view_is_viet_nams_internet_users(con) -> None:
    shown = build(con)
    rows, about = shown.data, shown.extra
    assert set(rows.kind) == {"history", "projection (what-if)"}
    assert about["settings"].model == "logistic" and about["bound"] == 100.0
    assert about["settings"].base_year == int(rows[rows.kind == "history"].year.max())
    assert (rows.value <= 100.0).all() and about["preset"] is None and about["error"] is None
    assert "Viet Nam" not in shown.fig.layout.title.text and "2030" in shown.fig.layout.title.text


def test_a_group_is_derived_with_the_same_members_and_lists_them(con) -> None:
    shown = build(con, "zh", wi_source="group", wi_group="CLMV", wi_model="constant")
    picked = shown.extra["picked"]
    assert picked.noted == ("KHM", "LAO", "MMR", "VNM")
    assert set(shown.data.entity.dropna()) == {"KHM", "LAO", "MMR", "VNM"}  # the members' own rows, for the CSV
    assert "CLMV" in picked.caption or "柬老缅越" in picked.caption


def test_a_scenario_that_cannot_be_made_still_draws_the_history(con) -> None:
    shown = build(con, wi_model="constant", wi_base_year=2020, wi_target_year=2010, wi_base_value=50.0)
    assert shown.extra["scenario"] is None and shown.extra["error"]
    assert set(shown.data.kind) == {"history"}


def test_options_that_depend_on_the_data_are_checked(con) -> None:
    with pytest.raises(BadSetting, match="wi_indicator: 'GMV' is not available"):  # not a level to compound here
        build(con, wi_indicator="GMV")
    with pytest.raises(BadSetting, match="wi_econ"):
        build(con, wi_source="economy", wi_econ="SEA6|IT.NET.USER.ZS")
    assert build(con, wi_source="none").data.empty


def test_read_picked_is_the_views_series(con) -> None:
    values = {"wi_source": "economy", "wi_indicator": "IT.NET.USER.ZS", "wi_econ": "SEA6|GMV"}
    picked = wc.read_picked(con, "en", values)
    assert picked.code == "GMV" and picked.noted == ("SEA6",)
    assert picked.history.equals(wc.picked(Ctx.read(con, "en"), values).history)
