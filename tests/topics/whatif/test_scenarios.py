"""Tests for topics/whatif/scenarios and ui/whatif_state: presets reproduce the report, bounds hold, state stays in step."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aseanict.store import queries
from aseanict.topics.whatif import scenario_chart, scenarios
from aseanict.topics.whatif.scenarios import Settings, assemble
from aseanict.ui import whatif_state as ws

FAST = settings(max_examples=80, deadline=None)


@pytest.fixture(scope="module")
def forecasts(con) -> pd.DataFrame:
    return queries.forecasts(con)


@pytest.fixture(scope="module")
def outcomes(con, forecasts) -> pd.DataFrame:
    return queries.series(con, list(forecasts.outcome_indicator.dropna()), list(forecasts.outcome_entity.dropna()))


@pytest.fixture(scope="module")
def indicators(con) -> pd.DataFrame:
    return queries.indicators(con)


def settings_from(state: dict) -> Settings:
    full = dict(ws.DEFAULTS) | state
    return scenario_chart.settings(full)


# The report's three forecasts, in one click each.


def test_preset_65x_reproduces_the_report(forecasts, outcomes) -> None:
    state = ws.preset_state("ie65", forecasts, outcomes)
    # No base in the report: the 2015 value as published in 2016 (e-Conomy SEA 2016), not the 2018 restatement.
    assert state["wi_base_year"] == 2015 and state["wi_base_value"] == 31.0
    assert scenarios.preset("ie65", forecasts, outcomes).base_edition == "e-Conomy SEA 2016"
    assert state["wi_model"] == "multiple" and state["wi_multiple"] == 6.5
    sc = assemble(settings_from(state), None, "USD billion", "en")
    assert round(100 * sc.rates["base"], 1) == 20.6
    assert sc.end_values["base"] == pytest.approx(31 * 6.5)  # 201.5, "about $200 billion"
    assert sc.reach["base"] == 2025
    assert any("6.5^(1/10) − 1 = 20.6% a year" in line for line in sc.arithmetic)


def test_preset_shop_reproduces_the_report(forecasts, outcomes) -> None:
    state = ws.preset_state("shop", forecasts, outcomes)
    assert (state["wi_base_year"], state["wi_base_value"], state["wi_rate_base"]) == (2015, 5.5, 32.0)
    assert state["wi_econ"] == "SEA6|GMV_ECOM"
    sc = assemble(settings_from(state), None, "USD billion", "en")
    assert round(sc.end_values["base"]) == 88
    assert scenarios.num(sc.end_values["base"]) == "88.3"
    assert "Base: 5.5 × (1 + 32.00%)^10 = 88.3 USD billion" in sc.arithmetic


def test_preset_thailand_has_target_but_no_base(forecasts, outcomes) -> None:
    state = ws.preset_state("thbb", forecasts, outcomes)
    assert state["wi_source"] == "none"  # no mobile-broadband series to draw
    assert (state["wi_target_year"], state["wi_target_value"]) == (2020, 133.0)
    assert state["wi_base_value"] is None
    with pytest.raises(ValueError, match="wi_base_value"):
        settings_from(state)
    # With a base typed in, the rate it implies is written out.
    sc = assemble(settings_from(state | {"wi_base_value": 60.0}), None, "", "en")
    assert sc.implied_rate == pytest.approx((133 / 60) ** (1 / 4) - 1)


def test_preset_values_come_from_the_forecast_rows(forecasts) -> None:
    assert scenarios.preset_values("ie65", forecasts)["multiple"] == "6.5"
    shop = scenarios.preset_values("shop", forecasts)
    assert (shop["base"], shop["rate"], shop["year"]) == ("5.5", "32", "2025")
    assert scenarios.preset_values("thbb", forecasts)["target"] == "133"
    assert scenarios.preset_values("nope", forecasts) == {}


def test_unknown_preset_raises(forecasts, outcomes) -> None:
    with pytest.raises(ValueError):
        ws.preset_state("F-NOPE'; DROP", forecasts, outcomes)


def test_preset_stays_active_until_series_or_base_year_changes(forecasts, outcomes) -> None:
    state = dict(ws.DEFAULTS) | ws.preset_state("ie65", forecasts, outcomes)
    assert scenario_chart.active_preset(state, forecasts, outcomes).key == "ie65"
    state["wi_base_value"] = 40.0  # the user's own base keeps the preset (its note names both values)
    assert scenario_chart.active_preset(state, forecasts, outcomes).key == "ie65"
    state["wi_base_year"] = 2018
    assert scenario_chart.active_preset(state, forecasts, outcomes) is None
    state["wi_base_year"], state["wi_econ"] = 2015, "SEA6|GMV_ECOM"
    assert scenario_chart.active_preset(state, forecasts, outcomes) is None
    # a link carries only the wi_* values: the preset is active from them alone
    link = {k: v for k, v in ws.preset_state("shop", forecasts, outcomes).items() if k in ws.STATE_KEYS}
    assert scenario_chart.active_preset(link, forecasts, outcomes).key == "shop"


def test_preset_note_quotes_and_uses_screen_numbers(forecasts, outcomes) -> None:
    state = dict(ws.DEFAULTS) | ws.preset_state("ie65", forecasts, outcomes)
    sc = assemble(settings_from(state), None, "USD billion", "en")
    preset = scenario_chart.active_preset(state, forecasts, outcomes)
    note = ws.preset_note(preset, forecasts, outcomes, state, sc, "USD billion", "en")
    assert "6.5 times" in note and "20.6% a year" in note and "201.5 USD billion" in note
    assert "e-Conomy SEA 2016" in note


# Assembly.


def test_constant_rate_paths_and_target_years() -> None:
    s = Settings(base_year=2020, base_value=100.0, target_year=2030, rates_pct=(0.0, 10.0, 20.0), target_value=150.0)
    sc = assemble(s, None, "", "en")
    assert sc.end_values["low"] == pytest.approx(100.0)
    assert sc.end_values["base"] == pytest.approx(100 * 1.1**10)
    assert sc.reach == {"low": None, "base": 2025, "high": 2023}  # 100*1.1^4.25 = 150: first whole year 2025
    assert len(sc.band) == 3 * 11


def test_bounded_constant_path_is_held_at_the_bound_and_said_so() -> None:
    s = Settings(base_year=2020, base_value=80.0, target_year=2030, rates_pct=(1.0, 10.0, 30.0))
    sc = assemble(s, 100.0, "%", "en")
    assert sc.band["value"].max() == 100.0
    assert sc.band.loc[sc.band.scenario == "high", "capped"].any()
    assert any("2021" in n for n in sc.notes)  # 80 * 1.3 = 104 in 2021


def test_logistic_ceiling_defaults_to_bound_and_is_never_raised_above_it() -> None:
    s = Settings(base_year=2020, base_value=50.0, target_year=2040, model="logistic", ceiling=120.0)
    sc = assemble(s, 100.0, "%", "en")
    assert sc.band["value"].max() < 100.0
    assert any("120" in n for n in sc.notes)


def test_logistic_ceiling_below_base_is_refused() -> None:
    s = Settings(base_year=2020, base_value=50.0, target_year=2030, model="logistic", ceiling=40.0)
    with pytest.raises(ValueError, match="below"):
        assemble(s, None, "", "en")


def test_logistic_without_any_ceiling_asks_for_one() -> None:
    s = Settings(base_year=2020, base_value=50.0, target_year=2030, model="logistic")
    with pytest.raises(ValueError, match="ceiling"):
        assemble(s, None, "", "en")


def test_base_above_bound_is_refused() -> None:
    s = Settings(base_year=2020, base_value=101.0, target_year=2030)
    with pytest.raises(ValueError, match="above"):
        assemble(s, 100.0, "%", "en")


def test_base_at_bound_with_logistic_stays_flat() -> None:
    s = Settings(base_year=2020, base_value=100.0, target_year=2025, model="logistic", target_value=90.0)
    sc = assemble(s, 100.0, "%", "en")
    assert set(sc.band["value"]) == {100.0}
    assert sc.reach["base"] == 2020


@pytest.mark.parametrize(
    "bad",
    [
        Settings(base_year=2030, base_value=5.0, target_year=2020),
        Settings(base_year=2020, base_value=-5.0, target_year=2030),
        Settings(base_year=2020, base_value=0.0, target_year=2030),
        Settings(base_year=2020, base_value=5.0, target_year=2020, model="multiple", multiple=2.0),
        Settings(base_year=2020, base_value=5.0, target_year=2030, model="multiple", multiple=None),
        Settings(base_year=2020, base_value=5.0, target_year=2030, model="nonsense"),
        Settings(base_year=2020, base_value=5.0, target_year=2030, rates_pct=(-100.0, 5.0, 10.0)),
    ],
)
def test_hostile_settings_raise_value_error(bad: Settings) -> None:
    with pytest.raises(ValueError):
        assemble(bad, None, "", "en")


def test_target_above_bound_is_never_reached() -> None:
    s = Settings(base_year=2020, base_value=50.0, target_year=2030, target_value=133.0)
    sc = assemble(s, 100.0, "%", "en")
    assert sc.reach == {"low": None, "base": None, "high": None}
    assert any("never" in n for n in sc.notes)


@FAST
@given(
    bound=st.sampled_from([10.0, 100.0]),
    share=st.floats(0.001, 1.0),
    rates=st.lists(st.floats(-0.95, 5.0), min_size=3, max_size=3),
    model=st.sampled_from(scenarios.MODELS),
    span=st.integers(1, 80),
    multiple=st.floats(0.01, 1000.0),
    ceiling=st.one_of(st.none(), st.floats(1e-3, 1e4)),
)
def test_bounded_share_never_exceeds_its_bound(bound, share, rates, model, span, multiple, ceiling) -> None:
    s = Settings(
        base_year=2000,
        base_value=share * bound,
        target_year=2000 + span,
        model=model,
        rates_pct=tuple(100 * r for r in rates),
        multiple=multiple,
        ceiling=ceiling,
        target_value=bound,
    )
    try:
        sc = assemble(s, bound, "%", "en")
    except ValueError:
        # Only a ceiling below the base may be refused; anything else must project.
        assert model == "logistic" and ceiling is not None and ceiling < s.base_value
        return
    assert sc.band["value"].max() <= bound
    assert sc.band["value"].min() >= 0
    assert all(math.isfinite(v) for v in sc.end_values.values())


# State kept in step with the data.


def history(years: list[int], values: list[float]) -> pd.DataFrame:
    return pd.DataFrame({"year": years, "value": values, "qualifier": "=", "edition": "", "source_id": "x"})


def test_sync_base_takes_last_year_then_the_years_value() -> None:
    state = dict(ws.DEFAULTS)
    ws.sync_base(state, history([2020, 2021, 2022], [1.0, 2.0, 3.0]))
    assert (state["wi_base_year"], state["wi_base_value"]) == (2022, 3.0)
    state["wi_base_value"] = 9.0  # the user's own edit stands
    ws.sync_base(state, history([2020, 2021, 2022], [1.0, 2.0, 3.0]))
    assert state["wi_base_value"] == 9.0
    state["wi_base_year"] = 2020  # a new base year takes the data's value
    ws.sync_base(state, history([2020, 2021, 2022], [1.0, 2.0, 3.0]))
    assert state["wi_base_value"] == 1.0


def test_sync_base_keeps_a_typed_value_when_the_year_has_no_data() -> None:
    state = dict(ws.DEFAULTS) | {"wi_source": "none", "wi_base_year": 2016, "wi_base_value": 7.0}
    ws.sync_base(state, scenario_chart.empty_history())
    assert (state["wi_base_year"], state["wi_base_value"]) == (2016, 7.0)


def test_sync_base_does_not_override_a_preset(forecasts, outcomes) -> None:
    state = dict(ws.DEFAULTS) | ws.preset_state("ie65", forecasts, outcomes)
    ws.sync_base(state, history([2015, 2025], [32.0, 300.0]))  # latest edition restates 2015 as 32
    assert (state["wi_base_year"], state["wi_base_value"]) == (2015, 31.0)
    preset = scenario_chart.active_preset(state, forecasts, outcomes)
    assert "e-Conomy SEA 2016" in ws.base_caption(state, history([2015, 2025], [32.0, 300.0]), preset, "en")


def test_state_keys_are_prefixed_and_init_fills_only_missing() -> None:
    assert all(k.startswith("wi_") for k in ws.STATE_KEYS)
    state = {"wi_model": "constant"}
    ws.init_state(state)
    assert state["wi_model"] == "constant" and set(ws.STATE_KEYS) <= set(state)


def test_ensure_choice_resets_unknown_values() -> None:
    state = {"wi_indicator": "'; DROP TABLE"}
    ws.ensure_choice(state, "wi_indicator", ["A", "B"])
    assert state["wi_indicator"] == "A"


def test_bound_for_shares_and_not_for_subscriptions(indicators) -> None:
    assert scenarios.bound_for("IT.NET.USER.ZS", indicators) == 100.0
    assert scenarios.bound_for("ITU_IDI_OLD", indicators) == 10.0
    assert scenarios.bound_for("IT.CEL.SETS.P2", indicators) is None  # per 100 people can exceed 100
    assert scenarios.bound_for("GMV", indicators) is None
    assert scenarios.bound_for("NO_SUCH", indicators) is None


def test_indicator_choices_skip_ranks_rates_and_econ(indicators) -> None:
    choices = scenarios.indicator_choices(indicators)
    assert "IT.NET.USER.ZS" in choices
    assert "ITU_IDI_OLD_RANK" not in choices and "GMV" not in choices and "GMV_CAGR" not in choices


def test_group_history_keeps_only_complete_years() -> None:
    agg = pd.DataFrame(
        {
            "year": [2020, 2021],
            "simple_mean": [50.0, 60.0],
            "weighted_mean": [55.0, None],
            "n_with_data": [3, 2],
            "n_members": [3, 3],
        }
    )
    hist, method, dropped = scenarios.group_history(agg, "IT.NET.USER.ZS")
    assert method == "weighted" and list(hist["value"]) == [55.0] and dropped == [2021]
    hist, method, _ = scenarios.group_history(agg, "ITU_IDI_NEW")
    assert method == "simple" and list(hist["year"]) == [2020]


def test_fit_uses_recent_years_and_names_them() -> None:
    years = list(range(2000, 2021))
    h = history(years, [100 * 1.05 ** (y - 2000) if y < 2011 else 100 * 1.05**10 * 1.2 ** (y - 2010) for y in years])
    rate, text = scenarios.fit(h, "constant", None, "en")
    assert rate == pytest.approx(0.2, abs=1e-9)
    assert "2011–2020" in text
    assert scenarios.fit(history([2020], [1.0]), "constant", None, "en")[0] is None


def test_results_table_and_years_text() -> None:
    s = Settings(base_year=2015, base_value=5.5, target_year=2025, rates_pct=(27.0, 32.0, 37.0), target_value=88.0)
    table = ws.results_table(assemble(s, None, "USD billion", "en"), s, "USD billion", "en")
    assert list(table.iloc[1]) == ["Base", "32.0%", "88.3", "2025"]
    assert scenario_chart.years_text([2000, 2001, 2002, 2005, 2007, 2008]) == "2000–2002, 2005, 2007–2008"
    assert scenario_chart.years_text([]) == "–"


@pytest.mark.parametrize(
    ("x", "text"), [(201.5, "201.5"), (88.3287, "88.3"), (31.0, "31"), (0.0312, "0.0312"), (1234567.0, "1,234,567")]
)
def test_num(x: float, text: str) -> None:
    assert scenarios.num(x) == text


@pytest.mark.parametrize(("lang", "expected"), [("en", "133.4 per 100 in 2022"), ("zh", "2022 年为每百人 133.4")])
def test_the_thailand_preset_states_the_computed_outcome(con, forecasts, lang: str, expected: str) -> None:
    from aseanict.topics.whatif import forecast_check

    outcomes = forecast_check.with_sums(
        queries.series(con, list(forecast_check.outcome_codes(forecasts)), ["THA", "SEA6"])
    )
    state = dict(ws.DEFAULTS) | ws.preset_state("thbb", forecasts, outcomes)
    assert state["wi_source"] == "none"  # not an e-Conomy SEA series: nothing to project from
    preset = scenario_chart.active_preset(state, forecasts, outcomes)
    note = ws.preset_note(preset, forecasts, outcomes, state, None, "", lang)
    assert expected in note


CHINA_YEARS, CHINA_USERS = [2019, 2020, 2021, 2022, 2023, 2024], [64.08, 70.05, 73.05, 75.61, 90.6, 92.0]


@pytest.mark.parametrize("model", ["constant", "logistic"])
def test_fitted_rate_starts_at_a_series_break_and_says_so(model: str) -> None:
    h = history(CHINA_YEARS, CHINA_USERS)
    across, _ = scenarios.fit(h, model, 100.0, "en")
    rate, text = scenarios.fit(h, model, 100.0, "en", breaks=(2023,))
    assert rate is not None and rate < across
    assert "2023–2024" in text and "breaks in 2023" in text
    _, text_zh = scenarios.fit(h, model, 100.0, "zh", breaks=(2023,))
    assert "2023–2024" in text_zh and "断开" in text_zh


@pytest.mark.parametrize(("lang", "words"), [("en", "breaks in 2024"), ("zh", "2024 年断开")])
def test_no_fitted_rate_with_one_point_after_a_break_and_the_reason_is_given(lang: str, words: str) -> None:
    rate, text = scenarios.fit(history(CHINA_YEARS, CHINA_USERS), "constant", None, lang, breaks=(2024,))
    assert rate is None and words in text
