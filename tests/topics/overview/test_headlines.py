"""Overview: headline cards and the 2016 report beside today's data, like with like and by source authority."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from aseanict.store import queries
from aseanict.topics.overview import headlines as overview


def test_headlines_carry_year_and_source(con: duckdb.DuckDBPyConnection) -> None:
    heads = overview.headline_values(con)
    assert (heads.source_ids.str.len() > 0).all() and heads.year.notna().all()
    china_users = heads[(heads.entity == "CHN") & (heads.indicator == "IT.NET.USER.ZS")].iloc[0]
    assert china_users.value == pytest.approx(92.0) and china_users.year == 2024
    asean = heads[heads.entity == "ASEAN"]
    assert asean.derived.all() and (asean.members.str.count(",") >= 9).all()


def test_then_and_now_pairs_report_with_latest(con: duckdb.DuckDBPyConnection) -> None:
    tn = overview.then_and_now(con).set_index("label_key")
    assert tn.at["overview.tn.cn_users", "report_value"] == 51.7
    assert not tn.at["overview.tn.cn_idi", "comparable"]
    assert tn.at["overview.tn.ie", "report_value"] == 200.0


def test_then_and_now_keeps_lower_bounds(con: duckdb.DuckDBPyConnection) -> None:
    tn = overview.then_and_now(con).set_index("label_key")
    assert tn.at["overview.tn.ie", "now_qualifier"] == ">"  # e-Conomy SEA 2025: "surpass $300B"
    table = overview.then_now_table(overview.then_and_now(con), "en", lambda ids: "", {})
    assert table.loc[5, "Latest data"] == ">300 (2025)"  # a bound as its source stated it


def test_then_and_now_compares_the_report_years_members(con) -> None:
    tn = overview.then_and_now(con).set_index("label_key")
    fbb = tn.loc["overview.tn.asean_fbb"]
    report_members = set(
        queries.group_aggregate(con, "ITU_FBB_PCT_GNI", "ASEAN", 2013, 2013).members.iloc[0].split(",")
    )
    assert set(fbb.members.split(",")) == report_members  # the same countries at both ends
    assert fbb.joined_later == "TLS" and fbb.now_value == pytest.approx(3.33, abs=0.01)
    assert fbb.now_median == pytest.approx(2.59, abs=0.01)  # members far apart: the median stands beside the mean
    assert fbb.with_joined_value == pytest.approx(6.45, abs=0.01) and fbb.with_joined_year == 2025
    text = overview.members_text(fbb.to_dict(), {"TLS": "Timor-Leste"}, "en")
    assert "same 10 members" in text and "Timor-Leste joined later" in text and "6.5" in text


def test_headlines_show_the_primary_source_and_name_a_newer_weaker_one(con) -> None:
    heads = overview.headline_values(con).set_index(["entity", "indicator"])
    idi = heads.loc[("CHN", "ITU_IDI_NEW")]
    sources = queries.sources(con).set_index("source_id")
    assert sources.at[idi.source_ids, "authority"] <= queries.PRIMARY  # ITU's own IDI 2024 report
    assert idi.newer_year > idi.year and sources.at[idi.newer_source_ids, "authority"] > queries.PRIMARY
    assert not idi.weak_source
    gmv = heads.loc[("SEA6", "GMV")]
    assert gmv.weak_source and pd.isna(gmv.newer_year)
    for row in heads[heads.derived].itertuples():
        assert row.n_members == len(row.members.split(","))  # a group card counts every member


@pytest.mark.parametrize(("later", "verdict"), [((99.0, 60.0), "the gap narrowed"), ((99.0, 20.0), "the gap widened")])
def test_the_overview_chart_note_is_computed_from_its_rows(later: tuple[float, float], verdict: str) -> None:
    """No fixed 'the gap has narrowed' under a chart whose selection may show the opposite."""
    rows = pd.DataFrame(
        {"entity": ["SGP", "MMR", "SGP", "MMR", "SGP", "MMR"], "year": [2015, 2015, 2016, 2016, 2023, 2023],
         "value": [10.0, 1.0, 80.0, 25.0, *later]}
    )  # fmt: skip
    text = overview.since_report(rows, {"SGP": "Singapore", "MMR": "Myanmar"}, "en", 1)
    assert text.startswith("In 2016") and verdict in text  # from the report's year, not 2015
