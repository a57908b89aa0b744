"""Tests for aseanict.forecast_check: errors and bounds, years early or late, scope caveats, the store's forecasts."""

from __future__ import annotations

import pandas as pd
import pytest

from aseanict.store import queries
from aseanict.topics.whatif import charts as whatif_charts
from aseanict.topics.whatif import forecast_check as fc
from aseanict.topics.whatif import forecast_text as fc_text


def series(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["year", "value", "qualifier"])


def outcome(rows: list[tuple], entity: str = "SEA6", indicator: str = "GMV") -> pd.DataFrame:
    """(year, value, qualifier, edition) rows in the queries.series shape."""
    return pd.DataFrame(
        [
            {
                "entity": entity,
                "indicator": indicator,
                "year": y,
                "period": "",
                "value": v,
                "qualifier": q,
                "source_id": f"src-{e}",
                "edition": e,
                "conflict": False,
            }
            for y, v, q, e in rows
        ]
    )


def forecast(**values: object) -> pd.Series:
    base = {
        "forecast_id": "F-TEST",
        "entity": "SEA6",
        "indicator": "GMV",
        "base_year": None,
        "base_value": None,
        "target_year": 2025,
        "target_value": None,
        "rate_pct": None,
        "multiple": None,
        "qualifier": "=",
        "made_by": "someone",
        "made_in": 2016,
        "edition": "e-Conomy SEA 2016",
        "source_id": "src",
        "outcome_entity": "SEA6",
        "outcome_indicator": "GMV",
        "quote": "q",
        "note": None,
    }
    return pd.Series(base | values)


GMV = outcome(
    [
        (2015, 31.0, "=", "e-Conomy SEA 2016"),
        (2015, 32.0, "=", "e-Conomy SEA 2018"),
        (2021, 170.0, "=", "e-Conomy SEA 2021"),
        (2022, 200.0, "~", "e-Conomy SEA 2022"),
        (2025, 300.0, ">", "e-Conomy SEA 2025"),
    ]
)


# When a target was reached.


@pytest.mark.parametrize(
    ("rows", "target", "expected"),
    [
        ([(2021, 170, "="), (2022, 200, "~"), (2025, 300, ">")], 240, fc.Reach(2023, 2025, False)),  # gap: a range
        ([(2021, 170, "="), (2022, 200, "~")], 197, fc.Reach(2022, 2022, False)),
        ([(2015, 31, "="), (2016, 40, "=")], 10, fc.Reach(None, 2015, False)),  # the first year: maybe earlier
        ([(2022, 200, "="), (2025, 300, ">")], 310, fc.Reach(2023, None, True)),  # ">300" says nothing of 310
        ([(2020, 400, "="), (2022, 460, "=")], 480, fc.Reach(2023, None, False)),
        ([], 5, fc.Reach(None, None, False)),
    ],
)
def test_reach(rows, target, expected) -> None:
    assert fc.reach(series(rows), target) == expected


def test_reach_downwards_uses_upper_bounds() -> None:
    prices = series([(2018, 10.0, "="), (2020, 6.0, "<"), (2022, 4.0, "=")])
    assert fc.reach(prices, 6.5, up=False) == fc.Reach(2019, 2020, False)
    assert fc.reach(prices, 5.0, up=False).reached_by == 2022  # "<6" does not settle 5


# One forecast against its outcome.


def test_level_forecast_against_a_lower_bound_actual() -> None:
    row = fc.check_one(forecast(target_value=363.0, base_year=2021, base_value=170.0), GMV, as_of=2025)
    assert row["status"] == "checked"
    assert (row["actual"], row["actual_qualifier"]) == (300.0, ">")
    assert row["error"] == pytest.approx(21.0)
    assert row["error_bound"] == "<="  # the truth is above 300, so the over-forecast is at most 21%
    assert "bound_actual" in row["caveats"]
    assert fc_text.error_text(row) == "≤ +21.0%"
    assert fc_text.years_text(row, "en") == "undetermined (lower-bound data)"


def test_level_forecast_reached_early_with_approximate_value() -> None:
    row = fc.check_one(forecast(target_value=197.0, base_year=2015, base_value=31.0), GMV, as_of=2025)
    assert fc_text.error_text(row) == "≤ -34.3%"
    assert (row["reached_from"], row["reached_by"]) == (2022, 2022)
    assert fc_text.years_text(row, "en") == "3 yr early"
    assert "approx" in row["caveats"]


def test_multiple_without_base_uses_the_base_as_known_when_made() -> None:
    row = fc.check_one(forecast(base_year=2015, multiple=6.5), GMV, as_of=2025)
    assert row["measure"] == "multiple" and row["base_from"] == "data"
    assert row["base_value"] == 31.0  # e-Conomy SEA 2016's figure, not the 2018 restatement
    assert row["target_level"] == pytest.approx(201.5)
    assert row["actual"] == pytest.approx(300 / 31) and row["actual_qualifier"] == ">"
    assert fc_text.value_text(row["forecast"], "=", "multiple") == "6.5×"
    assert {"base_from_data", "restated"} <= set(row["caveats"].split(";"))


def test_rate_forecast_error_in_points() -> None:
    row = fc.check_one(forecast(base_year=2015, rate_pct=20.0), GMV, as_of=2025)
    assert row["measure"] == "rate" and row["error_unit"] == "pp"
    assert row["actual"] == pytest.approx(100 * ((300 / 31) ** 0.1 - 1))
    assert fc_text.error_text(row) == "≤ -5.5 pp"
    assert row["target_level"] == pytest.approx(31 * 1.2**10)


def test_rate_without_any_base_says_so() -> None:
    row = fc.check_one(forecast(base_year=2015, rate_pct=32.0, outcome_indicator="GMV_ECOM"), GMV, as_of=2025)
    assert row["status"] == "no_base"


def test_no_outcome_and_no_target_year() -> None:
    assert fc.check_one(forecast(target_value=133.0, outcome_entity=None), GMV)["status"] == "no_outcome"
    assert fc.check_one(forecast(rate_pct=28.8, target_year=None), GMV)["status"] == "no_target_year"


def test_scope_caveat_when_the_forecast_area_differs() -> None:
    row = fc.check_one(forecast(entity="ASEAN", target_value=200.0), GMV, as_of=2025)
    assert "scope" in row["caveats"]
    assert "six" in fc_text.caveat_text(row["caveats"], "en")


def test_future_target_is_not_due_and_missing_year_is_no_actual() -> None:
    assert fc.check_one(forecast(target_year=2030, target_value=1000.0), GMV, as_of=2025)["status"] == "not_due"
    row = fc.check_one(forecast(target_year=2024, target_value=250.0), GMV, as_of=2025)
    assert row["status"] == "reached_only" and row["actual"] is None
    assert fc_text.years_text(row, "en") == "1 yr early to 1 yr late"  # reached in 2023-2025; the target was 2024
    row = fc.check_one(forecast(target_year=2024, target_value=2000.0), GMV, as_of=2025)
    assert row["status"] == "no_actual"


def test_late_forecast() -> None:
    users = outcome([(2020, 400.0, "=", "e"), (2022, 460.0, "=", "e")], indicator="INTERNET_USERS")
    row = fc.check_one(
        forecast(indicator="INTERNET_USERS", outcome_indicator="INTERNET_USERS", target_year=2020, target_value=480.0),
        users,
        as_of=2022,
    )
    assert fc_text.error_text(row) == "+20.0%"
    assert fc_text.years_text(row, "en") == "3+ yr late (not reached by 2022)"


@pytest.mark.parametrize(
    ("lo", "hi", "text"),
    [
        (-3, -3, "3 yr early"),
        (0, 0, "on time"),
        (-2, 0, "0–2 yr early"),
        (1, 2, "1–2 yr late"),
        (-1, 2, "1 yr early to 2 yr late"),
        (None, -2, "2 yr early or more"),
    ],
)
def test_year_range_texts(lo, hi, text) -> None:
    assert fc_text._year_range(lo, hi, "en") == text


# The store's forecasts.


@pytest.fixture(scope="module")
def checked(con) -> pd.DataFrame:
    forecasts = queries.forecasts(con)
    outcomes = queries.series(con, list(fc.outcome_codes(forecasts)), list(forecasts.outcome_entity.dropna()))
    return fc.check(forecasts, fc.with_sums(outcomes)).set_index("forecast_id")


def test_every_forecast_has_a_row(checked, con) -> None:
    assert len(checked) == len(queries.forecasts(con))
    assert checked.status.notna().all()


def test_the_reports_65x_forecast(checked) -> None:
    row = checked.loc["F-CAICT-IE65"]
    assert row.status == "checked" and fc_text.error_text(row) == "≤ -33.3%"
    assert fc_text.years_text(row, "en") == "3 yr early"
    assert "scope" in row.caveats


def test_the_reports_shopping_forecast_reached_early(checked) -> None:
    row = checked.loc["F-CAICT-SHOP"]
    assert row.status == "reached_only" and row.reached_by == 2021
    assert fc_text.years_text(row, "en") == "4 yr early"


def test_forecasts_without_outcome_say_so(checked) -> None:
    for fid in ("F-CAICT-CNRURAL", "F-CAICT-TRADE"):
        assert checked.loc[fid].status == "no_outcome"
        assert fc_text.years_text(checked.loc[fid], "en") == "–"


def test_display_table_and_chart_rows(checked) -> None:
    table = checked.reset_index()
    shown = fc_text.display_table(table, {}, {}, "zh")
    assert "误差" in shown.columns and len(shown) == len(table)
    rows = fc_text.chart_table(table, {}, {}, "en")
    assert rows.label.is_unique and (rows.error_unit == "pct").all()
    csv = fc_text.chart_csv(rows)
    assert set(csv.role) == {"forecast", "actual"} and csv.source_id.notna().all()
    fig = whatif_charts.error_chart(rows, title="t", source_line="s", lang="en")
    assert len(fig.data[0].y) == len(rows)
    assert any(str(text).startswith("≤") for text in fig.data[0].text)
    summary = fc.summary(table)
    assert summary["n"] == len(table) and summary["n_none"] >= 9


def test_thailands_133_target_is_computed_from_mobile_plus_fixed_broadband(checked, con) -> None:
    """GSMA's 'mobile and fixed broadband penetration' is the sum of two stored series, in years with both."""
    thbb = checked.loc["F-CAICT-THBB"]
    rows = queries.series(con, ["ITU_MBB_ACTIVE_P100", "IT.NET.BBND.P2"], ["THA"])
    both = rows.pivot_table(index="year", columns="indicator", values="value").dropna()
    first = int(both.index.min())
    assert thbb.status == "reached_only" and thbb.actual is None or pd.isna(thbb.actual)  # 2020 has no value
    assert thbb.reached_by == first and both.loc[first].sum() >= 133.0
    sums = fc.with_sums(rows)
    derived = sums[sums.indicator == "BB_PENETRATION_MOBILE_FIXED"].set_index("year")["value"]
    assert list(derived.index) == list(both.index)  # never a year with a part missing
    assert derived[first] == pytest.approx(both.loc[first].sum())
