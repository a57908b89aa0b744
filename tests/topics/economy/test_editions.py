"""Tests for aseanict.economy and its charts: editions kept apart, revisions, sectors, coverage, report figures."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from aseanict.store import queries
from aseanict.topics.economy import charts as econ_charts
from aseanict.topics.economy import editions as economy


def obs(rows: list[tuple]) -> pd.DataFrame:
    """Rows of (entity, indicator, year, value, qualifier, edition[, period]) in the queries.series shape."""
    out = []
    for r in rows:
        entity, indicator, year, value, qualifier, edition, *period = r
        out.append(
            {
                "entity": entity,
                "indicator": indicator,
                "year": year,
                "period": period[0] if period else "",
                "value": value,
                "qualifier": qualifier,
                "source_id": f"src-{edition}",
                "edition": edition,
                "flag": "",
                "n_sources": 1,
                "conflict": False,
                "note": "",
            }
        )
    return pd.DataFrame(out)


GMV = obs(
    [
        ("SEA6", "GMV", 2015, 31.0, "=", "e-Conomy SEA 2016"),
        ("SEA6", "GMV", 2015, 32.0, "=", "e-Conomy SEA 2018"),
        ("SEA6", "GMV", 2018, 72.0, "=", "e-Conomy SEA 2018"),
        ("SEA6", "GMV", 2025, 300.0, ">", "e-Conomy SEA 2025"),
        ("SEA6", "GMV_CAGR", 2018, 32.0, "=", "e-Conomy SEA 2018", "2015-2018"),
        ("SEA6", "GMV_ECOM", 2018, 23.0, "=", "e-Conomy SEA 2018"),
        ("SEA6", "GMV_TRAVEL", 2018, 30.0, "=", "e-Conomy SEA 2018"),
        ("IDN", "GMV", 2018, 27.0, "=", "e-Conomy SEA 2018"),
    ]
)


@pytest.fixture(scope="module")
def forecasts(con) -> pd.DataFrame:
    return queries.forecasts(con)


@pytest.fixture(scope="module")
def store_obs(con) -> pd.DataFrame:
    return queries.series(con, list(economy.LEVELS + economy.SHARES), list(economy.ECON_ENTITIES))


@pytest.mark.parametrize(
    ("edition", "year"),
    [
        ("e-Conomy SEA 2016", 2016),
        ("e-Conomy SEA Spotlight 2017", 2017),
        ("ADB (Nov 2023) citing Cramer-Flood (2022)", 2022),
        ("", None),
        (None, None),
        ("edition 20251", None),
        ("'; DROP TABLE forecasts; --", None),
    ],
)
def test_edition_year(edition, year) -> None:
    assert economy.edition_year(edition) == year


@pytest.mark.parametrize(("q", "text"), [("=", ""), (">", ">"), (">=", "≥"), ("<=", "≤"), ("~", "~"), (None, "")])
def test_qualifier_prefix(q, text) -> None:
    assert economy.qualifier_prefix(q) == text


def test_estimates_drop_multi_year_rates_and_keep_every_edition() -> None:
    est = economy.estimates(GMV)
    assert "GMV_CAGR" not in set(est.indicator)
    assert len(est[(est.indicator == "GMV") & (est.year == 2015)]) == 2
    assert economy.estimates(GMV.iloc[0:0]).empty


def test_latest_per_year_takes_the_latest_edition() -> None:
    latest = economy.latest_per_year(GMV)
    row = latest[(latest.entity == "SEA6") & (latest.indicator == "GMV") & (latest.year == 2015)]
    assert list(row.value) == [32.0] and list(row.edition) == ["e-Conomy SEA 2018"]
    # Idempotent: feeding estimates back in changes nothing.
    assert economy.latest_per_year(economy.estimates(GMV)).equals(latest)


def test_restated_years() -> None:
    restated = economy.restated_years(GMV)
    assert list(zip(restated.year, restated["min"], restated["max"])) == [(2015, 31.0, 32.0)]


def test_estimate_for_keeps_the_lower_bound() -> None:
    row = economy.estimate_for(GMV, "SEA6", "GMV", 2025)
    assert (row.value, row.qualifier) == (300.0, ">")
    assert economy.estimate_for(GMV, "SEA6", "GMV", 2024) is None
    assert economy.estimate_for(GMV, "ZZZ", "GMV", 2025) is None


def test_sector_table_and_options() -> None:
    assert set(economy.sector_table(GMV).indicator) == {"GMV_ECOM", "GMV_TRAVEL"}
    assert economy.options(GMV)[0] == ("SEA6", "GMV")
    assert ("IDN", "GMV") in economy.options(GMV) and ("SEA6", "GMV_CAGR") not in economy.options(GMV)


def test_country_levels_says_who_has_none() -> None:
    rows, have, missing = economy.country_levels(GMV)
    assert have == ["IDN"] and "MYS" in missing and "SEA6" not in set(rows.entity)


# The store: each edition's forecasts kept apart.


def test_revisions_of_the_2025_forecast(forecasts) -> None:
    rev = economy.revisions(forecasts, "SEA6", "GMV", 2025)
    assert list(rev.edition) == [
        "e-Conomy SEA 2016",
        "e-Conomy SEA 2016",
        "e-Conomy SEA 2018",
        "e-Conomy SEA 2019",
        "e-Conomy SEA 2020",
        "e-Conomy SEA 2021",
    ]
    assert list(rev.target_value) == [197.0, 200.0, 240.0, 300.0, 310.0, 363.0]
    assert list(rev.qualifier)[2] == ">"  # "exceed US$240 billion": a lower bound
    change = rev.change_pct.astype("float").tolist()
    assert math.isnan(change[0]) and math.isnan(change[1])  # two press figures of one edition are not a revision
    assert change[2] == pytest.approx(100 * (240 / 197 - 1))
    assert change[5] == pytest.approx(100 * (363 / 310 - 1))
    assert economy.revisions(forecasts, "ZZZ", "GMV", 2025).empty


def test_revisions_summary_and_the_2025_estimate(forecasts, store_obs) -> None:
    rev = economy.revisions(forecasts, "SEA6", "GMV", 2025)
    actual = economy.estimate_for(store_obs, "SEA6", "GMV", 2025)
    text = economy.revisions_summary(rev, actual, 2025, "en")
    assert "197 (e-Conomy SEA 2016)" in text and "363 (e-Conomy SEA 2021)" in text and ">300" in text
    assert "没有" in economy.revisions_summary(rev, None, 2025, "zh")


def test_forecast_paths_exclude_the_caict_report_and_later_targets(forecasts) -> None:
    paths = economy.forecast_paths(forecasts, "SEA6", "GMV")
    assert not paths.forecast_id.str.startswith("F-CAICT").any()
    assert 2030 in set(paths.year)
    assert 2030 not in set(economy.forecast_paths(forecasts, "SEA6", "GMV", last_target=2025).year)
    one = paths[paths.forecast_id == "F-economy-32f4865d-GMV-SEA6-2025"]
    assert list(zip(one.point, one.year, one.value)) == [("base", 2019, 100.0), ("target", 2025, 300.0)]


def test_report_and_share_tables(con, store_obs) -> None:
    figures = queries.report_figures(con, "ecommerce")
    table = economy.report_figures_table(figures)
    assert table.set_index("id").at["S176", "is_forecast"]
    assert not table.set_index("id").at["S174", "is_forecast"]
    shares = economy.share_figures(figures, store_obs)
    assert "% per year" not in set(shares.unit)  # a growth rate is not a share
    assert {"caict", "econ"} == set(shares.origin)
    shown = economy.shares_display(shares, {"CHN": "China"}, "zh")
    assert shown.columns[0] == "国家"  # headers are translated
    assert any("GDP" in str(w) for w in shown.iloc[:, 1])


def test_coverage_texts() -> None:
    names = {"IDN": "Indonesia"}
    assert "Timor-Leste" in economy.coverage_text("SEA6", names, "en")
    assert economy.coverage_text("IDN", names, "en") == "Covers Indonesia only."
    assert "eMarketer" in economy.coverage_text("SEA", names, "en")


def test_unit_label() -> None:
    assert economy.unit_label("USD billion", "zh") == "十亿美元"
    assert economy.unit_label("odd unit", "en") == "odd unit"


# Charts.


def test_editions_chart_breaks_lines_at_missing_years_and_keeps_editions_apart(forecasts) -> None:
    paths = economy.forecast_paths(forecasts, "SEA6", "GMV", last_target=2025)
    sea6 = GMV[(GMV.indicator == "GMV") & (GMV.entity == "SEA6")]
    fig = econ_charts.editions_chart(sea6, paths, title="t", y_title="y", source_line="s", lang="en")
    estimates = fig.data[0]
    assert list(estimates.x) == list(range(2015, 2026)) and math.isnan(estimates.y[1])
    assert fig.data[1].name == "Earlier editions' figures (restated)"
    legend = [tr.name for tr in fig.data[2:] if tr.showlegend is not False]
    assert len(legend) == len(set(legend))  # one legend entry per edition
    assert fig.layout.title.text == "t"
    # The first year's value is printed right of its point, inside the plot: left of it, the plot's edge cut it.
    assert estimates.textposition[0] == "bottom right" and set(estimates.textposition[1:]) == {"top left"}
    assert len(estimates.textposition) == len(estimates.x)


def test_revisions_chart_gives_each_forecast_its_own_bar(forecasts, store_obs) -> None:
    rev = economy.revisions(forecasts, "SEA6", "GMV", 2025)
    actual = economy.estimate_for(store_obs, "SEA6", "GMV", 2025)
    fig = econ_charts.revisions_chart(rev, actual, title="t", y_title="y", source_line="s", lang="en")
    assert len(set(fig.data[0].x)) == len(rev)
    assert ">240" in fig.data[0].text and ">300" in fig.layout.annotations[0].text


def test_sector_chart_has_no_bar_for_missing_years() -> None:
    fig = econ_charts.sector_chart(economy.sector_table(GMV), title="t", y_title="y", source_line="s", lang="en")
    assert {tr.name for tr in fig.data} == {"E-commerce", "Online travel"}
    assert all(list(tr.x) == [2018] for tr in fig.data)


@pytest.mark.parametrize(
    ("years", "last", "expected"), [([2025, 2030], 2025, 2025), ([2025, 2030], 2022, 2025), ([2020, 2025], None, 2020)]
)
def test_default_target_year(years, last, expected) -> None:
    assert economy.default_target_year(years, last) == expected


def test_chinas_online_retail_chart_hatches_the_weaker_sources(con) -> None:
    rows = queries.series(con, list(econ_charts.CHINA_RETAIL), ["CHN"])
    fig = econ_charts.china_retail_chart(rows, labels={}, title="t", y_title="y", source_line="s")
    total = next(tr for tr in fig.data if tr.name == "ONLINE_RETAIL_SALES")
    by_year = rows[rows.indicator == "ONLINE_RETAIL_SALES"].set_index("year")
    for year, shape, text in zip(total.x, total.marker.pattern.shape, total.text):
        weak = by_year.at[year, "authority"] > econ_charts.NBS_TEXT
        assert (shape == "/") == weak  # a press report or a consultancy page is hatched
        assert text.startswith("~") == (by_year.at[year, "qualifier"] == "~")  # and keeps its "~"
    assert any(s == "/" for s in total.marker.pattern.shape) and any(s == "" for s in total.marker.pattern.shape)
    assert fig.layout.yaxis.tickformat == ",.0f"  # 15,000, not the SI "15k"
