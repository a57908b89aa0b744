"""The series added from the shared tables of 2026-11-30: present with sources and licences, labelled so that they
cannot be misread, carried-forward basket values marked exactly, and the newest 4G vintage preferred."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from aseanict import config
from aseanict.store import queries

DATA = config.DATA_DIR
OBS = pd.read_csv(DATA / "observations.csv", keep_default_na=False)
SOURCES = pd.read_csv(DATA / "sources.csv", keep_default_na=False)
INDICATORS = pd.read_csv(DATA / "indicators.csv", keep_default_na=False).set_index("code")
NOTES = pd.read_csv(DATA / "series_notes.csv", keep_default_na=False).set_index("note_id")
COUNTRIES = pd.read_csv(DATA / "countries.csv", keep_default_na=False)

NEW_INDICATORS = {
    # code: rows expected (the shared files' row counts)
    "ITU_MBB_ACTIVE_P100": 88,
    "ITU_IDI_OLD_ACCESS": 24,
    "ITU_IDI_OLD_ACCESS_RANK": 24,
    "ITU_IDI_OLD_USE": 24,
    "ITU_IDI_OLD_USE_RANK": 24,
    "ITU_IDI_OLD_SKILLS": 24,
    "ITU_IDI_OLD_SKILLS_RANK": 24,
    "ITU_USERS_DAILY": 22,
    "ITU_USERS_DAILY_URB": 17,
    "ITU_USERS_DAILY_RUR": 15,
    "ONLINE_RETAIL_SALES": 4,
    "ONLINE_RETAIL_PHYSICAL": 4,
    "ONLINE_RETAIL_PHYSICAL_PCT_RSCG": 4,
}
DAILY = ["ITU_USERS_DAILY", "ITU_USERS_DAILY_URB", "ITU_USERS_DAILY_RUR"]
KEY = ["entity", "indicator", "year", "period", "source_id", "edition"]


@pytest.mark.parametrize(("code", "rows"), NEW_INDICATORS.items())
def test_each_new_indicator_is_there_with_a_source_and_licence(code: str, rows: int) -> None:
    meta = INDICATORS.loc[code]
    assert meta.name_en and meta.name_zh and meta.unit and meta.topic
    values = OBS[OBS.indicator == code].merge(SOURCES, on="source_id", how="left")
    assert len(values) == rows
    assert values.licence.str.strip().ne("").all() and values.url.str.strip().ne("").all()
    assert values.accessed.eq("2026-11-30").all()


def test_no_primary_key_is_used_twice() -> None:
    assert not OBS.duplicated(KEY).any()


def test_the_2026_11_30_files_keep_their_own_access_date_and_the_older_ones_theirs() -> None:
    via = SOURCES.set_index("source_id")
    assert via.loc[via.via.str.endswith("itu_4g_coverage_2012_2024.csv"), "accessed"].eq("2026-11-30").all()
    assert via.loc[via.via.str.endswith("wdi_ict.csv"), "accessed"].eq("2026-11-23").all()


@pytest.mark.parametrize("code", DAILY)
def test_daily_use_always_says_daily_in_both_languages(code: str) -> None:
    meta = INDICATORS.loc[code]
    assert "daily" in meta.name_en.lower() and "at least once a day" in meta.name_en
    assert "每天" in meta.name_zh and "每日" in meta.name_zh
    standard = INDICATORS.loc["IT.NET.USER.ZS"]
    assert meta.name_en != standard.name_en and meta.name_zh != standard.name_zh
    assert meta.series_notes and all(NOTES.loc[n].text_zh for n in meta.series_notes.split(";"))


def _price_basket_rows() -> pd.DataFrame:
    releases = SOURCES.loc[SOURCES.title.str.contains("ICT Price Baskets", regex=False), "source_id"]
    countries = COUNTRIES.loc[COUNTRIES.kind == "country", "iso3"]
    rows = OBS[OBS.source_id.isin(releases) & OBS.entity.isin(countries) & OBS.period.eq("")]
    rows = rows.sort_values("year")
    group = rows.groupby(["entity", "indicator", "source_id", "edition"])
    return rows.assign(repeat=rows.value.eq(group.value.shift()) & rows.year.eq(group.year.shift() + 1))


def test_carried_forward_flags_are_on_exactly_the_repeated_basket_values() -> None:
    rows = _price_basket_rows()
    relative = ~rows.indicator.str.endswith("_USD")
    marked = rows.note.str.contains("carried forward", regex=False)
    # every repeated %-of-GNI or PPP value is marked; nothing that does not repeat is marked
    assert marked[rows.repeat & relative].all()
    assert not marked[~rows.repeat].any()
    # a USD value is marked only beside a marked %-of-GNI or PPP value of the same basket and year
    basket = rows.indicator.str.replace(r"_(PCT_GNI|PPP|USD)$", "", regex=True)
    strong = set(zip(rows.entity[marked & relative], basket[marked & relative], rows.year[marked & relative]))
    usd = rows[marked & ~relative]
    assert all(k in strong for k in zip(usd.entity, basket[usd.index], usd.year))
    # the flag itself, unless ITU already marked the value experimental
    assert set(rows.flag[marked]) <= {"carried_forward", "experimental"}
    assert set(OBS.index[OBS.flag == "carried_forward"]) == set(rows.index[marked & rows.flag.eq("carried_forward")])
    # the examples SOURCES.md gives
    china = rows[(rows.entity == "CHN") & marked]
    assert {("ITU_FBB_PPP", 2015), ("ITU_FBB_PCT_GNI", 2019)} <= set(zip(china.indicator, china.year))


def test_a_carried_forward_value_counts_like_any_other(con: duckdb.DuckDBPyConnection) -> None:
    shown = queries.series(con, "ITU_FBB_PPP", ["CHN"], 2014, 2015).set_index("year")
    assert shown.at[2015, "flag"] == "carried_forward"
    assert shown.at[2015, "value"] == shown.at[2014, "value"]
    latest = queries.latest(con, "ITU_FBB_PPP", ["CHN"], 2015)
    assert latest.value.tolist() == [shown.at[2015, "value"]]


def test_the_newest_4g_vintage_wins_for_malaysia_and_the_older_one_is_kept(con: duckdb.DuckDBPyConnection) -> None:
    best = queries.series(con, "IT_MOB_4GNTWK", ["MYS"], 2017, 2018).set_index("year")
    assert best.value.to_dict() == {2017: pytest.approx(77.2), 2018: pytest.approx(79.7)}
    assert best.conflict.all()
    assert SOURCES.set_index("source_id").at[best.at[2017, "source_id"], "accessed"] == "2026-11-30"
    everything = queries.all_sources_for(con, "IT_MOB_4GNTWK", ["MYS"], 2017, 2017)
    assert sorted(everything.value) == [pytest.approx(77.2), 92.0]
    note = NOTES.loc["N-MYS-4G-REVISION"]
    assert note.entity == "MYS" and "77.2" in note.text_en and "77.2" in note.text_zh


def test_idi_2016_keeps_both_editions_and_has_sub_indices_for_all_twelve() -> None:
    idi = OBS[OBS.indicator.str.startswith("ITU_IDI_OLD")]
    china = idi[(idi.entity == "CHN") & (idi.indicator == "ITU_IDI_OLD") & (idi.year == 2016)]
    assert dict(zip(china.edition, china.value)) == {"MIS 2016": 5.19, "MIS 2017": 5.17}
    twelve = set(COUNTRIES.loc[COUNTRIES.kind == "country", "iso3"])
    for code in ("ITU_IDI_OLD", "ITU_IDI_OLD_ACCESS", "ITU_IDI_OLD_USE", "ITU_IDI_OLD_SKILLS"):
        for year in (2016, 2017):
            rows = idi[(idi.indicator == code) & (idi.year == year) & (idi.edition == "MIS 2017")]
            assert twelve <= set(rows.entity), (code, year)


def test_weak_online_retail_sources_rank_low_and_say_so() -> None:
    rows = OBS[OBS.indicator == "ONLINE_RETAIL_SALES"].merge(SOURCES, on="source_id").set_index("year")
    assert rows.authority.between(3, 5).all()
    assert rows.at[2020, "authority"] == 5 and "WEAK" in rows.at[2020, "note"]
    assert rows.at[2022, "qualifier"] == "~"
    assert rows.at[2023, "value"] == pytest.approx(15426.4)  # 154264 亿元 in CNY billion


def test_cambodia_internet_users_jump_has_a_note_in_both_languages() -> None:
    note = NOTES.loc["N-KHM-USERS-2015"]
    assert note.indicator == "IT.NET.USER.ZS" and note.entity == "KHM"
    assert "no reason" in note.text_en and "6.43" in note.text_zh


def test_econsea_2023_outlook_is_an_upper_bound_forecast() -> None:
    forecasts = pd.read_csv(DATA / "forecasts.csv")
    row = forecasts[forecasts.edition == "e-Conomy SEA 2023"]
    assert len(row) == 1
    got = row.iloc[0]
    assert (got.indicator, int(got.target_year), float(got.target_value)) == ("GMV", 2030, 1000.0)
    assert got.qualifier == "<=" and got.outcome_entity == "SEA6"
