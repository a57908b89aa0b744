"""Tests for aseanict.tariffs and tariff_charts: basket definitions, segments that never join, targets, seed vs ITU."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aseanict.topics.tariffs import baskets as tariffs
from aseanict.topics.tariffs import charts as tariff_charts
from aseanict.topics.tariffs import tables as tariff_tables
from aseanict.topics.tariffs.baskets import BASKETS, TARGETS


def rows(*records: tuple, indicator: str = "ITU_FBB_PCT_GNI") -> pd.DataFrame:
    """(entity, year, value[, flag[, note]]) records as series rows."""
    out = []
    for r in records:
        entity, year, value, *rest = r
        flag = rest[0] if rest else ""
        note = rest[1] if len(rest) > 1 else ""
        out.append(
            {
                "entity": entity,
                "indicator": indicator,
                "year": year,
                "value": value,
                "flag": flag,
                "note": note,
                "source_id": "itu-x",
            }
        )
    return pd.DataFrame(out)


# basket definitions


@pytest.mark.parametrize(
    ("basket", "year", "definition", "allowance"),
    [
        ("fbb", 2008, "fbb_1gb", 1),
        ("fbb", 2017, "fbb_1gb", 1),
        ("fbb", 2018, "fbb_5gb", 5),
        ("fbb", 2030, "fbb_5gb", 5),
        ("mbb", 2013, "mbb_1gb", 1),
        ("mbb", 2017, "mbb_1gb", 1),
        ("mbb", 2018, "mbb_1_5gb", 1.5),
        ("mbb", 2020, "mbb_1_5gb", 1.5),
        ("mbb", 2021, "mbb_2gb", 2),
        ("mbb", 2025, "mbb_2gb", 2),
        ("mbb5", 2022, "mbb_5gb", 5),
        ("mdv_low", 2024, "mdv_low_500mb", 0.5),
        ("mdv_low1gb", 2025, "mdv_low_1gb", 1),
    ],
)
def test_period_for_follows_itu_basket_history(basket, year, definition, allowance):
    period = tariffs.period_for(BASKETS[basket], year)
    assert (period.definition, period.allowance_gb) == (definition, allowance)


def test_period_for_years_before_a_basket_existed():
    assert tariffs.period_for(BASKETS["mbb"], 2012) is None
    assert tariffs.period_for(BASKETS["mdv_low"], 2025) is None  # replaced by the 1 GB bundle


def test_basket_of_picks_the_longest_prefix():
    assert tariffs.basket_of("ITU_MBB_DATA5GB_PCT_GNI").key == "mbb5"
    assert tariffs.basket_of("ITU_MBB_DATA_USD").key == "mbb"
    assert tariffs.basket_of("ITU_MDV_HIGH5GB_PPP").key == "mdv_high5gb"
    for hostile in ["ITU_FOO_PCT_GNI", "ITU_MBB_DATA", "ITU_FBB_PCT_GNI'; DROP TABLE x", ""]:
        with pytest.raises(ValueError):
            tariffs.basket_of(hostile)


def test_codes_per_group_and_unit():
    assert tariffs.codes("mobile_data", "ppp") == ["ITU_MBB_DATA_PPP", "ITU_MBB_DATA5GB_PPP"]
    assert tariffs.codes("fixed", "pct_gni") == ["ITU_FBB_PCT_GNI"]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("hist: fixed broadband 1GB (2008-2017)", "country"),
        ("median, N(world)=133; fixed broadband 5GB (2018-)", "panel_median"),
        ('Quote: "dropped from 3.5 to 3.2 per cent"; FF headline global median', "ff_median"),
        ("", "country"),
    ],
)
def test_basis(note, expected):
    assert tariffs.basis(note) == expected


# segments


def test_segments_break_at_the_2018_fixed_basket_change():
    labelled = tariffs.label_rows(rows(("KHM", 2016, 13.5), ("KHM", 2017, 11.7), ("KHM", 2018, 10.4)))
    assert labelled["segment"].nunique() == 2
    assert labelled.groupby("segment")["year"].apply(list).tolist() == [[2016, 2017], [2018]]


def test_experimental_values_and_medians_get_their_own_segments():
    data = pd.concat(
        [
            rows(("KHM", 2024, 2.4), ("KHM", 2025, 2.1, "experimental"), indicator="ITU_MBB_DATA_PCT_GNI"),
            rows(
                ("WLD", 2020, 1.2, "", "median, N(world)=137"),
                ("WLD", 2021, 1.25, "", "median, N(world)=137"),
                ("WLD", 2022, 1.5, "", "Quote: x. FF headline global median"),
                indicator="ITU_MBB_DATA_PCT_GNI",
            ),
        ]
    )
    labelled = tariffs.label_rows(data)
    by_segment = labelled.groupby("segment")["year"].apply(list).to_dict()
    assert sorted(by_segment.values()) == [[2020], [2021], [2022], [2024], [2025]]
    assert labelled.loc[labelled.year == 2025, "experimental"].item()
    assert sorted(tariffs.visible(labelled, False)["year"]) == [2020, 2021, 2022, 2024]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(2008, 2026), min_size=1, max_size=19, unique=True), st.booleans())
def test_no_segment_ever_spans_two_definitions(years, mobile):
    indicator = "ITU_MBB_DATA_PCT_GNI" if mobile else "ITU_FBB_PCT_GNI"
    labelled = tariffs.label_rows(rows(*[("LAO", y, 1.0) for y in years], indicator=indicator))
    assert (labelled.groupby("segment")["definition"].nunique() == 1).all()
    assert (labelled.groupby("segment")["experimental"].nunique() == 1).all()


def test_definition_breaks_mark_new_baskets_and_official_status():
    mobile = pd.concat(
        [
            rows(*[("THA", y, 1.0) for y in range(2016, 2025)], indicator="ITU_MBB_DATA_PCT_GNI"),
            rows(
                ("THA", 2022, 2.4, "experimental"),
                ("THA", 2024, 0.7, "experimental"),
                ("THA", 2025, 0.6),
                indicator="ITU_MBB_DATA5GB_PCT_GNI",
            ),
        ]
    )
    marks = tariffs.definition_breaks(tariffs.label_rows(mobile))
    assert marks == [
        (2018, "mbb_1_5gb", "new"),
        (2021, "mbb_2gb", "new"),
        (2022, "mbb_5gb", "new"),
        (2025, "mbb_5gb", "official"),
    ]
    assert tariffs.definition_breaks(tariffs.label_rows(rows(("SGP", 2015, 0.6)))) == []


def test_releases_lists_each_source_with_its_years():
    data = pd.concat([rows(("SGP", 2020, 1.0), ("SGP", 2021, 1.0)), rows(("SGP", 2023, 1.0))])
    data.loc[data.year == 2023, "source_id"] = "itu-new"
    sources = pd.DataFrame({"source_id": ["itu-x", "itu-new"], "title": ["Mar 2022 release", "Dec 2025 release"]})
    assert tariffs.releases(data, sources) == [("Mar 2022 release", "2020–2021"), ("Dec 2025 release", "2023")]


def test_latest_spread_ignores_experimental_and_medians():
    data = rows(
        ("SGP", 2024, 0.2), ("KHM", 2024, 2.6), ("LAO", 2025, 9.9, "experimental"), ("WLD", 2024, 5, "", "median")
    )
    spread = tariffs.latest_spread(tariffs.label_rows(data))
    assert (spread.year, spread.low, spread.high, spread.high_value) == (2024, "SGP", "KHM", 2.6)
    assert tariffs.latest_spread(tariffs.label_rows(rows(("LAO", 2025, 1.0, "experimental")))) is None


# targets


@pytest.mark.parametrize(
    ("target", "basket", "allowance", "value", "expected"),
    [
        ("bc2025", "fbb", 5, 1.99, "meets"),
        ("bc2025", "fbb", 5, 2.0, "fails"),  # "less than 2%"
        ("a4ai_1for2", "mbb", 1, 2.0, "meets"),  # "2% or less"
        ("a4ai_1for2", "mbb", 2, 1.5, "meets_larger"),  # 2 GB within 2% -> 1 GB is too
        ("a4ai_1for2", "mbb", 2, 3.0, "undetermined"),
        ("a4ai_5gb", "mbb", 2, 3.0, "fails_smaller"),  # 2 GB above 2% -> 5 GB is too
        ("a4ai_5gb", "mbb", 2, 1.0, "undetermined"),
        ("a4ai_5gb", "mbb5", 5, 1.0, "meets"),
        ("a4ai_5gb", "fbb", 5, 2.5, "fails"),
        ("a4ai_5gb", "fbb", 1, 2.5, "fails_smaller"),
        ("a4ai_1for2", "fbb", 5, 0.5, "not_applicable"),  # 1 for 2 is about mobile data
        ("a4ai_1for2", "mdv_low1gb", 1, 0.5, "not_applicable"),  # voice bundles say nothing about data alone
        ("bc2025", "mdv_high", 2, 0.5, "not_applicable"),  # high usage is not entry level
        ("bc2025", "fbb", 5, float("nan"), "no_data"),
    ],
)
def test_assess(target, basket, allowance, value, expected):
    assert tariffs.assess(value, allowance, TARGETS[target], BASKETS[basket]) == expected


def test_compliance_prefers_direct_then_official_evidence():
    data = pd.concat(
        [
            rows(("IDN", 2024, 0.49), ("IDN", 2021, 3.0), indicator="ITU_MBB_DATA_PCT_GNI"),
            rows(("IDN", 2024, 0.52, "experimental"), ("IDN", 2025, 0.24), indicator="ITU_MBB_DATA5GB_PCT_GNI"),
            rows(("WLD", 2024, 1.5, "", "median, N=1"), indicator="ITU_MBB_DATA5GB_PCT_GNI"),
        ]
    )
    table = tariffs.compliance(tariffs.label_rows(data), TARGETS["a4ai_5gb"]).set_index("year")
    assert table.loc[2024, "status"] == "meets" and table.loc[2024, "indicator"] == "ITU_MBB_DATA5GB_PCT_GNI"
    assert table.loc[2021, "status"] == "fails_smaller"
    assert table.loc[2025, "status"] == "meets"
    assert "WLD" not in set(table["entity"])
    bc = tariffs.compliance(tariffs.label_rows(data), TARGETS["bc2025"]).set_index("year")
    assert not bc.loc[2024, "experimental"]  # the official 2 GB value beats the experimental 5 GB one


def test_compliance_counts_and_statuses_for_year():
    table = tariffs.compliance(
        tariffs.label_rows(rows(("SGP", 2020, 0.7), ("KHM", 2020, 12.0), ("MMR", 2020, np.nan))), TARGETS["bc2025"]
    )
    assert tariffs.compliance_counts(table, 2020) == {"meets": 1, "fails": 1, "unknown": 1, "n": 3}
    assert tariffs.compliance_years(table) == [2020]
    statuses = tariffs.statuses_for_year(table, 2020, ["SGP", "LAO"])
    assert statuses["status"].tolist() == ["meets", "no_data"]  # no row is no data, never a failure


def test_compliance_empty_when_target_does_not_fit():
    table = tariffs.compliance(
        tariffs.label_rows(rows(("SGP", 2020, 0.2), indicator="ITU_MDV_HIGH_PCT_GNI")), TARGETS["bc2025"]
    )
    assert tariffs.compliance_years(table) == []


# seed figures beside ITU


def seed_figures() -> pd.DataFrame:
    base = {"topic": "tariff", "qualifier": "=", "source_cited": "fn12", "notes": "", "source_id": "seed"}
    records = [
        ("S037", "ASEAN", "fixed broadband tariff as % of average GNI", "2010", 37.16, "% of GNI"),
        ("S039", "KHM", "fixed broadband tariff as % of GNI", "2010", 92.5, "% of GNI"),
        ("S043", "LAO", "mobile data tariff as % of GNI", "2010", 8.6, "% of GNI"),
        ("S029", "CHN", "change in fixed broadband tariff vs end-2014", "2015", -50.6, "%"),
        ("S160", "SGP", "transit bandwidth wholesale price vs London (lower bound)", "", 2.0, "times"),
    ]
    return pd.DataFrame(
        [
            dict(base, id=i, entity=e, indicator=ind, year=y, value=v, unit=u, quote=f"q{i}")
            for i, e, ind, y, v, u in records
        ]
    )


def test_seed_levels_states_the_difference_and_labels_derived_means():
    itu = rows(("KHM", 2010, 72.97))
    means = pd.DataFrame(
        {
            "indicator": ["ITU_FBB_PCT_GNI"],
            "year": [2010],
            "simple_mean": [31.58],
            "members_with_data": ["BRN,KHM"],
            "members_missing": ["MMR"],
        }
    )
    out = tariffs.seed_levels(seed_figures(), itu, [means, pd.DataFrame()]).set_index("id")
    assert list(out.index) == ["S037", "S039", "S043"]  # changes and other units are not levels
    assert out.at["S039", "difference"] == pytest.approx(92.5 - 72.97)
    assert out.at["S039", "ratio"] == pytest.approx(92.5 / 72.97)
    assert not out.at["S039", "derived"]
    assert out.at["S037", "derived"] and out.at["S037", "members"] == "BRN,KHM" and out.at["S037", "missing"] == "MMR"
    assert math.isnan(out.at["S043", "itu_value"])  # ITU's mobile basket starts in 2013: missing, not zero


def test_seed_changes_compare_the_same_year_on_year_change():
    itu = rows(("CHN", 2014, 30.0), ("CHN", 2015, 15.0), indicator="ITU_FBB_PPP")
    out = tariffs.seed_changes(seed_figures(), itu)
    assert out["itu_change"].tolist() == [pytest.approx(-50.0)]
    assert out["seed_change"].tolist() == [-50.6]


def test_seed_levels_against_the_store(con):
    from aseanict.store import queries

    figures = queries.report_figures(con, "tariff")
    itu = queries.series(con, list(tariffs.SEED_LEVEL_CODES), ["KHM", "LAO"], 2008, 2016)
    means = [queries.group_aggregate(con, c, "ASEAN", 2008, 2016) for c in tariffs.SEED_LEVEL_CODES]
    out = tariffs.seed_levels(figures, itu, means).set_index("id")
    # The discrepancy SOURCES.md documents: seed 92.5 -> 15 against ITU 72.97 -> 14.82.
    assert out.at["S039", "itu_value"] == pytest.approx(72.97) and out.at["S040", "itu_value"] == pytest.approx(14.82)
    assert out.at["S037", "derived"] and "MMR" in out.at["S037", "missing"]


# charts


def test_basket_chart_never_joins_definitions_and_marks_the_change():
    data = rows(*[("KHM", y, 20.0 - y % 10) for y in range(2015, 2021)])
    fig = tariff_charts.basket_figure(
        tariffs.label_rows(data),
        group="fixed",
        unit="pct_gni",
        lang="en",
        names={"KHM": "Cambodia"},
        source_line="Source: ITU",
        log_y=True,
    )
    lines = [tr for tr in fig.data if tr.meta]
    assert sorted(list(tr.x) for tr in lines) == [[2015, 2016, 2017], [2018, 2019, 2020]]
    assert [s.x0 for s in fig.layout.shapes if s.xref == "x"] == [2017.5]  # the break, between 2017 and 2018
    assert [s.y0 for s in fig.layout.shapes if s.yref == "y"] == [2.0]  # the 2% target
    assert any("2%" in a.text for a in fig.layout.annotations)  # the target line is labelled
    usd = tariff_charts.basket_figure(
        tariffs.label_rows(rows(("KHM", 2020, 5.0), indicator="ITU_FBB_USD")),
        group="fixed",
        unit="usd",
        lang="en",
        names={},
        source_line="",
        log_y=False,
    )
    assert not any("2%" in (a.text or "") for a in usd.layout.annotations)  # no % target on a dollar axis


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_basket_chart_labels_the_target_line_short_and_names_each_target_in_full_in_the_legend(lang):
    from aseanict.figures import focus
    from aseanict.i18n import t

    fig = tariff_charts.basket_figure(
        tariffs.label_rows(rows(*[("KHM", y, 3.0) for y in range(2019, 2022)])),
        group="fixed", unit="pct_gni", lang=lang, names={"KHM": "Cambodia"}, source_line="", log_y=False,
    )  # fmt: skip
    label = next(a.text for a in fig.layout.annotations if a.name == focus.TARGET_LABEL)
    # In the right margin (160 px at most) with the countries' names: the two targets' 56 columns were cut there.
    assert len(label) <= 12 and "2%" in label
    legend = [tr.name for tr in fig.data if tr.showlegend is not False and tr.line.dash == "dash"]
    assert legend == [t(f"tariffs.target_short.{key}", lang) for key in ("bc2025", "a4ai_5gb")]


def test_compliance_grid_marks_experimental_and_missing():
    table = pd.DataFrame(
        {"entity": ["SGP", "KHM"], "year": [2025, 2024], "status": ["meets", "fails"], "experimental": [True, False]}
    )
    grid = tariff_tables.compliance_grid(table, {"SGP": "Singapore", "KHM": "Cambodia"})
    assert grid.loc["Singapore", "2025"] == "✓†" and grid.loc["Singapore", "2024"] == "–"
    assert grid.loc["Cambodia", "2024"] == "✗"


def test_seed_tables_state_each_discrepancy_in_words():
    levels = pd.DataFrame(
        [
            {
                "id": "S039",
                "entity": "KHM",
                "year": 2010,
                "seed_value": 92.5,
                "itu_value": 72.97,
                "definition": "fbb_1gb",
                "derived": False,
                "members": "",
                "missing": "",
                "quote": "q",
                "source_cited": "fn12",
                "difference": 19.53,
                "ratio": 92.5 / 72.97,
            },
            {
                "id": "S041",
                "entity": "ASEAN",
                "year": 2010,
                "seed_value": 4.92,
                "itu_value": np.nan,
                "definition": "none",
                "derived": True,
                "members": "",
                "missing": "",
                "quote": "q",
                "source_cited": "fn12",
                "difference": np.nan,
                "ratio": np.nan,
            },
        ]
    )
    table = tariff_tables.seed_levels_table(levels, "en", {"KHM": "Cambodia"})
    text = tariff_tables.statements(table, "en")
    assert "**Cambodia 2010**: Report 92.50% vs ITU 72.97%: a difference of +19.53 percentage points" in text
    assert "**ASEAN 2010**: ITU has no value" in text and "derived" not in text  # no mean to label
    assert "S039" not in text and "S041" not in text  # figure numbers stay in the table (hidden on screen)
    assert table["Report figure no."].tolist() == ["S039", "S041"]
    assert table["ITU (% of GNI)"].tolist() == ["72.97", "–"]  # missing shown as missing


def test_basket_caption_names_cheapest_and_dearest():
    labelled = tariffs.label_rows(rows(("SGP", 2024, 0.7), ("KHM", 2024, 9.94)))
    caption = tariff_tables.basket_caption(labelled, "pct_gni", "en", {"SGP": "Singapore", "KHM": "Cambodia"})
    assert caption.startswith("2024: cheapest Singapore (0.70), dearest Cambodia (9.94)")
    assert tariff_tables.basket_caption(labelled.iloc[0:0], "usd", "zh", {}).startswith("每条线")
