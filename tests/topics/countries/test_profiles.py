"""Country profiles and comparison: one value per year, ranks, gaps, sparklines, 0-1 profile, peers, figures."""

from __future__ import annotations

import math

import duckdb
import numpy as np
import pandas as pd
import pytest

from aseanict import config
from aseanict.core.breaks import Registry
from aseanict.store import queries
from aseanict.topics.countries import profiles
from aseanict.topics.overview import headlines as overview

FIELD = config.DEFAULT_COUNTRIES


def rows(*items: tuple) -> pd.DataFrame:
    """Series-like rows from (entity, indicator, year, value) tuples."""
    frame = pd.DataFrame(items, columns=["entity", "indicator", "year", "value"])
    return frame.assign(period="", edition="", source_id="src")


@pytest.fixture(scope="module")
def data(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return profiles.key_series(queries.series(con, profiles.KEY_INDICATORS, [*FIELD, "WLD"]))


@pytest.fixture(scope="module")
def higher(con: duckdb.DuckDBPyConnection) -> dict:
    return profiles.directions(queries.indicators(con))


def test_one_per_year_prefers_the_edition_named_after_the_year() -> None:
    frame = pd.DataFrame(
        {
            "entity": ["THA", "THA", "VNM", "VNM"],
            "indicator": ["ITU_IDI_OLD"] * 4,
            "year": [2015, 2015, 2010, 2010],
            "edition": ["MIS 2015", "MIS 2016", "MIS 2011", "MIS 2015"],
            "value": [5.36, 5.05, 3.53, 3.61],
            "period": "",
            "source_id": "s",
        }
    )
    out = profiles.one_per_year(frame).set_index("entity")
    assert out.at["THA", "value"] == 5.36  # first published in its own edition
    assert out.at["VNM", "value"] == 3.61  # neither is "own": the latest edition


def test_directions_keep_unknown_as_none(higher: dict) -> None:
    assert higher["IT.NET.USER.ZS"] is True and higher["ITU_FBB_PCT_GNI"] is False
    assert higher["IT.MLT.MAIN.P2"] is None


def test_ranking_lists_missing_last_without_rank() -> None:
    frame = rows(("SGP", "X", 2020, 9.0), ("MMR", "X", 2020, 1.0), ("VNM", "X", 2020, 9.0), ("LAO", "X", 2019, 5.0))
    out = profiles.ranking(frame, "X", 2020, ["SGP", "MMR", "VNM", "LAO", "'; DROP TABLE x; --"], True)
    ranks = dict(zip(out.iso3, out["rank"]))
    assert ranks["SGP"] == ranks["VNM"] == 1 and ranks["MMR"] == 3
    assert pd.isna(ranks["LAO"]) and pd.isna(ranks["'; DROP TABLE x; --"])
    assert out["n_ranked"].iloc[0] == 3
    cheaper = profiles.ranking(frame, "X", 2020, ["SGP", "MMR"], False)
    assert cheaper.iso3.iloc[0] == "MMR"  # lower is better
    unknown = profiles.ranking(frame, "X", 2020, ["SGP", "MMR"], None)
    assert unknown.iso3.iloc[0] == "SGP"  # no direction: highest first
    shown = profiles.ranking_display(out, {"SGP": "Singapore"}, 2020, "en")
    assert shown.iloc[0].tolist() == ["Singapore", "9.00", "1 of 3 with data in 2020"]  # LAO has no 2020 value
    assert shown.set_index("iso3").at["LAO", "rank"] == "–" and shown.set_index("iso3").at["LAO", "value"] == "–"


def test_years_and_common_year() -> None:
    frame = rows(
        ("A", "X", 2020, 1.0),
        ("B", "X", 2020, 2.0),
        ("A", "X", 2021, 1.0),
        ("A", "X", 2019, 1.0),
        ("B", "X", 2019, 1.0),
    )
    assert profiles.years_with_data(frame, "X", ["A", "B"]) == [2021, 2020, 2019]
    assert profiles.common_year(frame, "X", ["A", "B"]) == 2020  # the latest with both
    assert profiles.common_year(frame, "X", ["C"]) is None


def test_unbroken_run_never_bridges_a_gap() -> None:
    values = pd.Series({2008: 1.0, 2011: 2.0, 2012: np.nan, 2013: 3.0, 2014: 4.0})
    assert profiles.unbroken_run(values, 2010) == (2013, [3.0, 4.0])
    assert profiles.unbroken_run(pd.Series({2015: 5.0}), 2010) == (2015, [5.0])
    assert profiles.unbroken_run(pd.Series({2005: 5.0}), 2010) == (None, [])


def test_profile_table_by_hand() -> None:
    frame = rows(
        ("SGP", "IT.NET.USER.ZS", 2021, 90.0),
        ("SGP", "IT.NET.USER.ZS", 2022, 95.0),
        ("MMR", "IT.NET.USER.ZS", 2022, 40.0),
        ("WLD", "IT.NET.USER.ZS", 2022, 65.0),
    )
    aggregates = pd.DataFrame(
        {
            "indicator": ["IT.NET.USER.ZS", "IT.NET.USER.ZS"],
            "year": [2021, 2022],
            "simple_mean": [60.0, 67.5],
            "weighted_mean": [48.0, 50.0],
            "n_with_data": [10, 2],  # 2022: only 2 of 10 members, not ASEAN
            "n_members": [10, 10],
        }
    )
    card = profiles.profile_table(frame, aggregates, {"IT.NET.USER.ZS": True}, "SGP", ["SGP", "MMR"], {}, "en")
    row = card.set_index("code").loc["IT.NET.USER.ZS"]
    assert (row.latest, row.year, row.trend, row.trend_from) == (95.0, 2022, [90.0, 95.0], 2021)
    assert row["rank"] == "1 of 2 with data in 2022"
    # ASEAN from the last year with every member, against Singapore's value of that same year
    assert row.asean == 48.0 and row.gap_asean == 42.0  # a share of people: population-weighted
    assert row.asean_basis == "2021, all 10 members"
    assert row.world == 65.0 and row.gap_world == 30.0
    missing = card.set_index("code").loc["ITU_IDI_NEW"]  # no data at all: missing, never zero
    assert math.isnan(missing.latest) and missing["rank"] == "–"
    shown = profiles.profile_display(card, "en").set_index("indicator")
    assert shown.at["IT.NET.USER.ZS", "latest"] == "95.0 (2022)"
    assert shown.at["IT.NET.USER.ZS", "vs_asean"] == "+42.0 (48.0, 2021, all 10 members)"
    assert shown.at["ITU_IDI_NEW", "vs_world"] == "–"


def test_profile_table_from_the_store(data: pd.DataFrame, higher: dict, con: duckdb.DuckDBPyConnection) -> None:
    aggregates = pd.concat([queries.group_aggregate(con, c, "ASEAN") for c in profiles.KEY_INDICATORS])
    card = profiles.profile_table(data, aggregates, higher, "CHN", FIELD, {}, "en").set_index("code")
    latest = queries.latest(con, "IT.NET.USER.ZS", ["CHN"]).iloc[0]
    assert card.at["IT.NET.USER.ZS", "latest"] == pytest.approx(latest.value)
    assert card.at["IT.NET.USER.ZS", "year"] == latest.year
    prices = card.loc["ITU_FBB_PCT_GNI"]
    assert prices.asean_basis == "2025, all 11 members; median 2.63"  # Timor-Leste's 37.7% pulls the mean up
    users = card.loc["IT.NET.USER.ZS"]
    heads = overview.headline_values(con).set_index(["entity", "indicator"])
    assert users.asean == pytest.approx(heads.loc[("ASEAN", "IT.NET.USER.ZS"), "value"])  # the Overview's ASEAN
    rank_year = int(users["rank"].rsplit(" ", 1)[1])
    reporting = data[(data.indicator == "IT.NET.USER.ZS") & (data.year == rank_year) & data.entity.isin(FIELD)]
    assert reporting.entity.nunique() >= len(FIELD) - 1  # ranked among (nearly) all, not "3 of 6"
    assert list(card.index) == list(profiles.KEY_INDICATORS)


def test_normalised_profile(data: pd.DataFrame, higher: dict) -> None:
    scores = profiles.normalised_profile(data, higher, ["SGP", "MMR", "VNM"], profiles.KEY_INDICATORS)
    assert scores.score.dropna().between(0, 1).all()
    price = scores[scores.indicator == "ITU_FBB_PCT_GNI"].set_index("entity")
    cheapest = price.value.idxmin()
    assert price.at[cheapest, "score"] == 1.0  # lower price is better
    users = scores[scores.indicator == "IT.NET.USER.ZS"].set_index("entity")
    assert users.score.idxmax() == users.value.idxmax()
    assert scores.groupby("indicator").year.nunique().eq(1).all()  # one year per indicator
    none = profiles.normalised_profile(data, {"IT.MLT.MAIN.P2": None}, ["SGP"], ["IT.MLT.MAIN.P2"])
    assert none.empty  # no better direction: not scored


def test_peers_and_default_comparison(con: duckdb.DuckDBPyConnection) -> None:
    countries = queries.countries(con)
    assert sorted(profiles.peers("CLMV", countries)) == ["KHM", "LAO", "MMR", "VNM"]
    assert len(profiles.peers("ASEAN6", countries)) == 6
    assert len(profiles.peers("ASEAN", countries)) == profiles.MAX_COMPARE  # capped
    assert profiles.peers("HIGH_INCOME", countries) == []  # no income groups in the data
    assert profiles.default_comparison("VNM", ["CHN", "VNM", "SGP", "THA", "MYS"]) == ["VNM", "CHN", "SGP", "THA"]


def test_small_multiples_leave_gaps(data: pd.DataFrame) -> None:
    part = rows(("KHM", "IT.NET.USER.ZS", 2015, 10.0), ("KHM", "IT.NET.USER.ZS", 2018, 30.0))
    fig = profiles.small_multiples(part, ["IT.NET.USER.ZS", "NO.SUCH"], {}, {}, title="t", source_line="S")
    trace = fig.data[0]
    assert list(trace.x) == [2015, 2016, 2017, 2018]
    assert np.isnan(trace.y[1]) and np.isnan(trace.y[2])  # missing years are gaps, never zero
    assert trace.connectgaps is False
    full = profiles.small_multiples(
        data[data.entity.isin(["CHN", "VNM"])], profiles.KEY_INDICATORS, {}, {}, title="t", source_line="S"
    )
    assert sum(t.showlegend for t in full.data) == 2  # one legend entry per country
    axes = [full.layout[name] for name in full.layout if name.startswith("yaxis")]
    assert axes and all(a.exponentformat == "none" and a.separatethousands for a in axes)  # 40,000, never 40k


def test_profile_figure_one_trace_per_country(data: pd.DataFrame, higher: dict) -> None:
    scores = profiles.normalised_profile(data, higher, ["CHN", "LAO"], profiles.KEY_INDICATORS)
    fig = profiles.profile_figure(scores, {"CHN": "China"}, {}, title="t", x_title="x", source_line="S")
    assert sorted(t.name for t in fig.data) == ["China", "LAO"]
    assert all(0 <= x <= 1 for t in fig.data for x in t.x)


def test_sparkline_starts_at_a_series_break() -> None:
    values = pd.Series([64.08, 70.05, 73.05, 75.61, 90.6, 92.0], index=[2019, 2020, 2021, 2022, 2023, 2024])
    assert profiles.unbroken_run(values, 2010) == (2019, list(values))
    assert profiles.unbroken_run(values, 2010, (2023,)) == (2023, [90.6, 92.0])


def test_small_multiples_cut_each_line_at_its_break_and_mark_the_panel() -> None:
    rows = pd.DataFrame(
        {
            "entity": ["CHN"] * 4 + ["THA"] * 4,
            "indicator": "IT.NET.USER.ZS",
            "year": [2021, 2022, 2023, 2024] * 2,
            "value": [73.05, 75.61, 90.6, 92.0, 85.27, 87.98, 89.54, 90.87],
            "source_id": "wdi",
        }
    )
    registry = Registry.from_frame(
        pd.DataFrame({"note_id": ["N"], "entity": ["CHN"], "indicator": ["IT.NET.USER.ZS"], "year": [2023],
                      "kind": ["series_break"]})
    )  # fmt: skip
    names = {"CHN": "China", "THA": "Thailand"}
    fig = profiles.small_multiples(
        rows, ["IT.NET.USER.ZS"], names, {}, title="t", source_line="s", breaks=registry, lang="en"
    )
    china = next(tr for tr in fig.data if tr.name == "China")
    pairs = list(zip(china.x, china.y))
    assert not any(
        x0 < 2023 <= x1 and not (math.isnan(y0) or math.isnan(y1)) for (x0, y0), (x1, y1) in zip(pairs, pairs[1:])
    )
    assert any(s.x0 == 2023 for s in fig.layout.shapes)
    assert "China: series break" in [a.text for a in fig.layout.annotations]
    plain = profiles.small_multiples(rows, ["IT.NET.USER.ZS"], names, {}, title="t", source_line="s")
    assert not plain.layout.shapes  # without the registry nothing is cut or marked


def test_profile_card_says_where_a_trend_starts_at_a_break(con) -> None:
    registry = Registry.from_frame(queries.series_breaks(con))
    data = profiles.one_per_year(queries.series(con, list(profiles.KEY_INDICATORS), ["CHN", "THA", "WLD"]))
    aggregates = pd.concat([queries.group_aggregate(con, c, "ASEAN") for c in profiles.KEY_INDICATORS])
    higher = profiles.directions(queries.indicators(con))
    card = profiles.profile_table(data, aggregates, higher, "CHN", ["CHN", "THA"], {}, "en", registry)
    users = card.set_index("code").loc["IT.NET.USER.ZS"]
    assert users["trend_from"] == 2023 and users["trend"] == [90.6, 92.0]
    assert ("IT.NET.USER.ZS", 2023) in profiles.trends_after_breaks(card, registry, "CHN")


def test_rankable_indicators_are_the_country_level_topics() -> None:
    table = pd.DataFrame({"code": ["A", "B", "C"], "topic": ["access", "forecast", "idi"]})
    assert profiles.rankable(table) == ["A", "C"]
