"""IDI logic and the report's Table 1: editions, world reference, ranks, growth, conflicts, the printed table."""

from __future__ import annotations

import math

import duckdb
import numpy as np
import pandas as pd
import pytest

from aseanict import config
from aseanict.store import queries
from aseanict.store.queries import TABLE1_COLUMNS
from aseanict.topics.idi import editions as idi
from aseanict.topics.idi import table1 as idi_table1

ALL = [*config.DEFAULT_COUNTRIES, "ASEAN", "WLD"]


def rows(*items: tuple) -> pd.DataFrame:
    """Series-like rows from (entity, indicator, year, edition, value) tuples."""
    frame = pd.DataFrame(items, columns=["entity", "indicator", "year", "edition", "value"])
    return frame.assign(period="", source_id="src-" + frame["entity"])


@pytest.fixture(scope="module")
def old(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    points = idi.edition_points(queries.series(con, idi.OLD, ALL))
    return idi.with_world(points, points[points.entity == "WLD"])


@pytest.fixture(scope="module")
def new(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    points = idi.edition_points(queries.series(con, idi.NEW, ALL))
    return idi.with_world(points, points[points.entity == "WLD"])


# --------------------------------------------------------------------------------- editions and data years


def test_edition_points_label_the_data_year_only_where_itu_shifted_it() -> None:
    points = idi.edition_points(
        rows(
            ("CHN", idi.OLD, 2015, "MIS 2015", 5.05),  # IDI 2015 = 2014 data
            ("VNM", idi.OLD, 2010, "MIS 2011", 3.53),  # IDI 2010 named after its data year
            ("VNM", idi.OLD, 2010, "MIS 2015", 3.61),  # restated in a later edition
            ("CHN", idi.NEW, 2024, "IDI 2024", 85.8),
        )
    ).set_index("key")
    assert points.at["2015|MIS 2015", "data_year"] == 2014
    assert pd.isna(points.at["2010|MIS 2011", "data_year"])
    assert pd.isna(points.at["2010|MIS 2015", "data_year"])
    assert pd.isna(points.at["2024|IDI 2024", "data_year"])
    assert points.at["2015|MIS 2015", "edition_year"] == 2015


def test_labels_say_edition_and_data_year() -> None:
    assert idi.label("2015|MIS 2015", "en", 2014) == "IDI 2015 · MIS 2015 · 2014 data"
    assert idi.label("2010|MIS 2015", "en", None) == "IDI 2010 · MIS 2015"
    assert idi.label("2024|IDI 2024", "en") == "IDI 2024"
    assert "2014 年数据" in idi.label("2015|MIS 2015", "zh", 2014)
    assert idi.split_key(idi.key_of(2017, "MIS 2017")) == (2017, "MIS 2017")


def test_store_headline_editions_carry_the_year_before_as_data_year(old: pd.DataFrame) -> None:
    labels = idi.key_labels(old, "en")
    assert labels["2015|MIS 2015"].endswith("2014 data")
    assert labels["2017|MIS 2017"].endswith("2016 data")
    assert list(labels)[0] == "2017|MIS 2017"  # newest first


def test_one_countrys_key_labels_are_the_editions_that_scored_it() -> None:
    points = idi.edition_points(
        rows(
            ("THA", idi.OLD, 2015, "MIS 2015", 5.36),
            ("THA", idi.OLD, 2016, "MIS 2016", 5.18),
            ("PHL", idi.OLD, 2017, "MIS 2017", 4.67),
        )
    )
    assert list(idi.entity_key_labels(points, "THA", "en")) == ["2016|MIS 2016", "2015|MIS 2015"]
    assert idi.entity_key_labels(points, "VNM", "en") == {}


def test_world_reference_comes_from_the_same_edition_only() -> None:
    points = idi.edition_points(
        rows(
            ("THA", idi.OLD, 2015, "MIS 2015", 5.36),
            ("THA", idi.OLD, 2015, "MIS 2016", 5.05),  # no MIS 2016 world value for 2015
            ("PHL", idi.OLD, 2015, "MIS 2015", 4.57),
            ("WLD", idi.OLD, 2015, "MIS 2015", 5.03),
        )
    )
    out = idi.with_world(points, points[points.entity == "WLD"]).set_index(["entity", "edition"])
    assert bool(out.at[("THA", "MIS 2015"), "above_world"]) is True
    assert bool(out.at[("PHL", "MIS 2015"), "above_world"]) is False
    assert pd.isna(out.at[("THA", "MIS 2016"), "above_world"])  # unknown, not "below"


def test_store_marks_the_reports_above_world_countries(old: pd.DataFrame) -> None:
    table1 = old[old.key == "2015|MIS 2015"].set_index("entity")
    above = sorted(table1.index[table1.above_world.fillna(False).astype(bool)])
    # The report: "The IDI indices of Malaysia, Brunei, Thailand and China have all exceeded the global average"
    # (and Singapore, ranked 19th); world average 5.03 in MIS 2015.
    assert above == ["BRN", "CHN", "MYS", "SGP", "THA"]


def test_missing_entities_are_listed_not_zeroed(old: pd.DataFrame) -> None:
    assert idi.missing_entities(old, ["CHN", "TLS", "KHM"], "2016|MIS 2016") == ["TLS", "KHM"]
    assert idi.missing_entities(old, ["CHN' OR 1=1"], "2016|MIS 2016") == ["CHN' OR 1=1"]


# ------------------------------------------------------------------------------------------------- ranks


def test_rank_pivot_and_moves(con: duckdb.DuckDBPyConnection) -> None:
    ranks = idi.edition_points(queries.series(con, idi.OLD_RANK, config.DEFAULT_COUNTRIES))
    pivot = idi.rank_pivot(ranks, {"BRN": "Brunei"}, "en")
    assert pivot.at["IDI 2015 · MIS 2015 · 2014 data", "Brunei"] == "71†"  # quoted by the CAICT report
    assert pivot.at["IDI 2015 · MIS 2015 · 2014 data", "TLS"] == "–"  # no rank found, not zero
    weak = pivot.loc[[i for i in pivot.index if "MIS 2013" in i]]
    assert weak.map(lambda v: v.endswith(idi.WEAK_MARK) or v == "–").all().all()  # press copies say so
    assert not pivot.loc[[i for i in pivot.index if "MIS 2017" in i]].map(lambda v: idi.WEAK_MARK in v).any().any()
    moves = idi.rank_moves(ranks, "2015|MIS 2015", "2017|MIS 2017").set_index("iso3")
    assert moves.at["BRN", "change"] == 18  # 71 -> 53: climbed 18 places
    assert moves.at["THA", "change"] == -4  # 74 -> 78
    assert moves.at["VNM", "change"] == -6  # 102 -> 108 (MIS 2017 rank from the Knoema copy of MIS 2017)
    assert pd.isna(moves.at["TLS", "change"])  # no MIS 2015 rank for Timor-Leste in the data
    assert idi.rank_pivot(ranks.iloc[0:0], {}, "en").empty


def test_default_pair_and_dashes() -> None:
    assert idi.default_pair(["a", "b", "c"], "b", "c") == (1, 2)
    assert idi.default_pair(["a", "b", "c"], "x", "y") == (0, 2)
    shown = idi.missing_as_dash(pd.DataFrame({"r": pd.array([3, None], dtype="Int64"), "v": [1.5, np.nan]}))
    assert shown["r"].tolist() == ["3", "–"] and shown["v"].tolist() == ["1.5", "–"]


# ------------------------------------------------------------------------------------------------ growth


def test_seed_growth_reproduces_the_report(con: duckdb.DuckDBPyConnection) -> None:
    seed = idi.seed_growth(queries.report_figures(con, "idi")).set_index("entity")
    assert round(seed.at["CHN", "computed_pct"], 2) == 8.98 == seed.at["CHN", "printed_pct"]
    assert round(seed.at["ASEAN", "computed_pct"], 2) == 6.47 == seed.at["ASEAN", "printed_pct"]
    assert seed.at["CHN", "arithmetic"] == "(5.05 / 3.58)^(1/4) \u2212 1 = 8.98%"
    # The world's 6.30% has no inputs in the report or the store: quoted, never recomputed from invented ones.
    assert not seed.at["WLD", "recomputable"]
    assert math.isnan(seed.at["WLD", "computed_pct"]) and math.isnan(seed.at["WLD", "v0"])
    assert seed.at["WLD", "printed_pct"] == 6.30 and seed.at["WLD", "arithmetic"] == ""
    shown = idi.seed_growth_display(seed.reset_index(), {}, "en").set_index("entity")
    assert shown.at["CHN", "computed"] == "8.98%" and shown.at["ASEAN", "computed"] == "6.47%"
    assert shown.at["WLD", "computed"] == "cannot be recomputed" and shown.at["WLD", "printed"] == "6.30%"


def test_seed_growth_from_hand_made_figures() -> None:
    figures = pd.DataFrame(
        {
            "id": ["A", "B", "C", "D"],
            "topic": ["idi"] * 4,
            "entity": ["XXX", "XXX", "XXX", "YYY"],
            "indicator": ["ICT Development Index (0-10)"] * 2 + ["IDI average annual growth rate 2011-2015"] * 2,
            "year": ["2011", "2015", "2011-2015", "2011-2015"],
            "value": [2.0, 4.0, 18.92, 1.0],
            "quote": ["q"] * 4,
            "source_id": ["s"] * 4,
        }
    )
    out = idi.seed_growth(figures).set_index("entity")
    assert out.at["XXX", "computed_pct"] == pytest.approx(100 * (2**0.25 - 1))  # doubling in 4 years
    assert out.at["XXX", "ids"] == "C,A,B"
    assert not out.at["YYY", "recomputable"]


def test_growth_between_editions(old: pd.DataFrame, new: pd.DataFrame) -> None:
    g = idi.growth_between(old, "CHN", "2011|MIS 2011", "2015|MIS 2015")
    assert round(100 * g["rate"], 2) == 8.98 and not g["same_edition"]
    same = idi.growth_between(old, "IDN", "2016|MIS 2017", "2017|MIS 2017")
    assert same["same_edition"] and same["rate"] == pytest.approx(4.33 / 3.85 - 1)
    g_new = idi.growth_between(new, "PHL", "2023|IDI 2023", "2024|IDI 2024")
    assert g_new["rate"] == pytest.approx(74.4 / 65.0 - 1)
    with pytest.raises(ValueError):
        idi.growth_between(old, "CHN", "2015|MIS 2015", "2011|MIS 2011")  # backwards
    with pytest.raises(ValueError):
        idi.growth_between(old, "CHN", "2011|MIS 2011", "2099|MIS 2099")  # no such edition
    with pytest.raises(ValueError, match="different indices"):
        idi.growth_between(pd.concat([old, new]), "CHN", "2015|MIS 2015", "2024|IDI 2024")  # across the break


# -------------------------------------------------------------------------------- new index, conflicts


def test_selection_table_ranks_only_within_the_selection(new: pd.DataFrame, con: duckdb.DuckDBPyConnection) -> None:
    pillars = queries.series(con, idi.PILLARS, ["SGP", "TLS", "PHL"])
    part = new[new.entity.isin(["SGP", "TLS", "PHL", "WLD"])]
    table = idi.selection_table(part, pillars, "2024|IDI 2024", {"SGP": "Singapore"}).set_index("name")
    assert table["rank"].tolist() == [1, 2, 3] and "WLD" not in table.index and "world" not in table
    assert table.at["Singapore", idi.UNIVERSAL] == 100.0
    assert bool(table.at["TLS", "above_world"]) is False
    assert idi.selection_table(part, pillars, "2099|IDI 2099", {}).empty


def test_brunei_conflict_shows_both_sources(con: duckdb.DuckDBPyConnection) -> None:
    everything = queries.all_sources_for(con, idi.NEW, ["BRN", "CHN"])
    out = idi.conflicts(everything)
    assert set(out.entity) == {"BRN"} and set(out.year) == {2024}
    assert sorted(out.value) == [95.1, 95.7, 95.7]
    assert "disputed" in set(out.flag)
    assert idi.conflicts(everything.iloc[0:0]).empty


def test_pillar_year_is_the_best_covered(con: duckdb.DuckDBPyConnection) -> None:
    pillars = queries.series(con, idi.PILLARS, config.DEFAULT_COUNTRIES)
    assert idi.pillar_year(pillars) == 2024  # 2025 has the Philippines only
    assert idi.pillar_year(pillars.iloc[0:0]) is None


# ------------------------------------------------------------------------------------------------ figures


def test_old_index_figure_never_joins_editions(old: pd.DataFrame) -> None:
    fig = idi.index_figure(old, {}, "en", title="t", y_title="y", source_line="Source: ITU", join_editions=False)
    for trace in fig.data:
        texts = {x for x in (trace.text or []) if x}
        if trace.name.startswith("World"):
            continue
        editions = {text.split(" · ")[1] for text in texts}
        assert len(editions) <= 1, f"{trace.name} joins {editions}"
    stars = [
        t
        for t in fig.data
        if isinstance(t.marker.symbol, tuple | list | np.ndarray) and "star" in list(t.marker.symbol)
    ]
    assert stars, "values above the world average are marked"
    assert all(v is None or v <= 10 for t in fig.data for v in t.y)  # 0-10 scale only


def test_new_index_figure_is_its_own_scale(new: pd.DataFrame) -> None:
    fig = idi.index_figure(new, {}, "en", title="t", y_title="y", source_line="S", join_editions=True)
    values = [v for t in fig.data for v in t.y if v is not None]
    assert min(values) > 10  # never a 0-10 value on the 0-100 chart


def test_edition_bars_mark_above_world_and_skip_missing(old: pd.DataFrame) -> None:
    part = old[old.key == "2015|MIS 2015"]
    fig = idi.edition_bars(part, {}, title="t", x_title="x", source_line="S", world_name="World")
    bar = fig.data[0]
    marked = {y for y, text in zip(bar.y, bar.text) if "▲" in text}
    assert marked == {"SGP", "MYS", "BRN", "THA", "CHN"}
    assert "TLS" not in bar.y and 0 not in list(bar.x)


def test_table1_printed_cell_by_cell(con: duckdb.DuckDBPyConnection) -> None:
    figures = queries.report_figures(con)
    printed = idi_table1.table1_printed(figures).set_index("entity")
    assert list(printed.index) == queries.TABLE1_ROWS
    cells = figures[figures.indicator.isin(list(TABLE1_COLUMNS))]
    assert cells.id.min() == "S055" and cells.id.max() == "S137" and len(cells) == 83
    for fig in cells.itertuples():
        token = printed.at[fig.entity, fig.indicator]
        assert token in fig.quote.split(), (fig.id, token)
        assert float(token.rstrip("%")) == pytest.approx(fig.value), fig.id
    # Formatting as printed, not as a float would print it.
    assert printed.at["SGP", "Table 1: Internet penetration rate"] == "81.3%"
    assert printed.at["MYS", "Table 1: IDI index (0-10)"] == "5.9"
    assert printed.at["BRN", "Table 1: GDP"] == "151.0"
    assert printed.at["ASEAN", "Table 1: Internet penetration rate"] == "40.67%"
    assert printed.at["ASEAN", "Table 1: IDI global ranking"] == "-"


def test_table1_printed_refuses_a_mismatch(con: duckdb.DuckDBPyConnection) -> None:
    figures = queries.report_figures(con).copy()
    figures.loc[figures.id == "S060", "value"] = 8.8
    with pytest.raises(ValueError, match="printed 8.08"):
        idi_table1.table1_printed(figures)


def test_table1_grey_rows(con: duckdb.DuckDBPyConnection) -> None:
    printed = idi_table1.table1_printed(queries.report_figures(con))
    above = printed.loc[idi_table1.table1_above_world(printed, 5.03), "entity"]
    assert sorted(above) == ["BRN", "CHN", "MYS", "SGP", "THA"]
    assert not idi_table1.table1_above_world(printed, None).any()


def test_table1_today(con: duckdb.DuckDBPyConnection) -> None:
    series = queries.series(con, idi_table1.TODAY_INDICATORS, queries.TABLE1_ROWS[:-1])
    today = idi_table1.table1_today(series, "en").set_index("entity")
    assert list(today.index) == queries.TABLE1_ROWS
    assert (today["area"] == "not in store").all()  # never invented
    assert (today["rank_new"] == "ITU publishes none").all()
    assert today.at["ASEAN", "rank_old"] == "-"
    users = queries.latest(con, "IT.NET.USER.ZS", ["CHN"]).iloc[0]
    assert today.at["CHN", "penetration"] == f"{users.value:.1f}% ({users.year})"
    # ASEAN-10: GDP summed over the ten members in the latest year in which all ten have data.
    gdp = queries.series(con, "NY.GDP.MKTP.CD", idi_table1.TABLE1_MEMBERS)
    full = gdp.groupby("year").entity.nunique()
    year = int(full[full == 10].index.max())
    total = gdp[gdp.year == year].value.sum() / 1e8
    assert today.at["ASEAN", "gdp"] == f"{total:,.1f} ({year})"
    assert today.at["VNM", "rank_old"] == "108 (2017)"  # MIS 2017 rank from the Knoema copy of MIS 2017


def test_table1_today_shows_missing_as_missing() -> None:
    series = rows(("SGP", "SP.POP.TOTL", 2020, "", 5.7e6), ("SGP", "IT.NET.USER.ZS", 2021, "", 90.0))
    today = idi_table1.table1_today(series, "en").set_index("entity")
    assert today.at["SGP", "pop"] == "570 (2020)"
    assert today.at["SGP", "users"] == "–"  # no population in the users' year: not derived
    assert today.at["SGP", "penetration"] == "90.0% (2021)"
    assert today.at["BRN", "gdp"] == "–" and today.at["ASEAN", "gdp"] == "–"


def test_old_method_subindices_are_charted_for_all_twelve(con) -> None:
    rows = queries.series(con, list(idi.OLD_SUBINDICES), config.DEFAULT_COUNTRIES)
    latest = rows[rows.year == rows.year.max()]
    assert set(latest.entity) == set(config.DEFAULT_COUNTRIES) and int(latest.year.iloc[0]) == 2017
    fig = idi.subindices_figure(latest, {}, "en", title="t", source_line="s")
    assert [tr.name for tr in fig.data] == ["ICT access", "ICT use", "ICT skills"]
    assert all(len(tr.x) == 12 for tr in fig.data) and tuple(fig.layout.xaxis.range) == (0, 10)
    # each bar is the stored value of its country and sub-index
    access = latest[latest.indicator == "ITU_IDI_OLD_ACCESS"].set_index("entity").value
    assert dict(zip(fig.data[0].y, fig.data[0].x)) == access.to_dict()
