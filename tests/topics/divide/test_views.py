"""Tests for aseanict.divide_views and divide_panels: shaping query rows for the divide maths, hand-computed."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from aseanict.core.breaks import Registry
from aseanict.topics.divide import metrics as divide
from aseanict.topics.divide import panels as divide_panels
from aseanict.topics.divide import views as divide_views

USERS, POP = "IT.NET.USER.ZS", "SP.POP.TOTL"


def series_rows(indicator: str, values: dict[tuple[str, int], float]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"entity": e, "indicator": indicator, "year": y, "value": v, "source_id": "wdi-x", "note": ""}
            for (e, y), v in values.items()
        ]
    )


def iso(values: dict[tuple[str, int], float]) -> pd.DataFrame:
    return pd.DataFrame([{"iso3": e, "year": y, "value": v} for (e, y), v in values.items()])


def test_pick_renames_and_keeps_one_indicator():
    rows = pd.concat([series_rows(USERS, {("SGP", 2020): 90.0}), series_rows(POP, {("SGP", 2020): 5e6})])
    out = divide_views.pick(rows, USERS)
    assert out.columns.tolist() == ["iso3", "year", "value", "source_id"] and out["value"].tolist() == [90.0]
    assert divide_views.pick(rows, "NOPE'; DROP").empty


def test_best_year_is_the_latest_of_the_fullest_years():
    df = iso({("A", 2020): 1, ("B", 2020): 2, ("A", 2021): 1, ("B", 2021): 2, ("A", 2022): 3})
    assert divide_views.best_year(df) == 2021
    assert divide_views.best_year(iso({("A", 2020): np.nan})) is None


def test_one_year_names_the_countries_without_data():
    part, missing = divide_views.one_year(iso({("A", 2020): 1.0, ("B", 2020): np.nan}), 2020, ["A", "B", "C"])
    assert part["iso3"].tolist() == ["A"] and missing == ["B", "C"]


def test_lorenz_hand_case_and_missing_population():
    # Shares 100% and 20%, populations 1 and 3: the Gini of divide's own hand case, 0.375.
    users = iso({("A", 2020): 100.0, ("B", 2020): 20.0, ("C", 2020): 50.0})
    pop = iso({("A", 2020): 1.0, ("B", 2020): 3.0})
    lz = divide_views.lorenz(users, pop, 2020, ["A", "B", "C", "D"])
    assert lz.gini == pytest.approx(0.375)
    assert lz.countries == ("A", "B") and set(lz.missing) == {"C", "D"}


def test_lorenz_equal_shares_is_zero_and_empty_is_nan():
    users = iso({("A", 2020): 60.0, ("B", 2020): 60.0})
    pop = iso({("A", 2020): 1e6, ("B", 2020): 1e9})
    assert divide_views.lorenz(users, pop, 2020, ["A", "B"]).gini == pytest.approx(0.0, abs=1e-12)
    assert math.isnan(divide_views.lorenz(users, pop, 1999, ["A", "B"]).gini)


def test_gini_by_year_flags_incomplete_years():
    users = iso({("A", 2020): 100.0, ("B", 2020): 20.0, ("A", 2021): 50.0, ("B", 2021): 50.0, ("A", 2022): 60.0})
    pop = iso({("A", y): 1.0 for y in (2020, 2021, 2022)} | {("B", y): 3.0 for y in (2020, 2021, 2022)})
    out = divide_views.gini_by_year(users, pop, ["A", "B"])
    assert out["year"].tolist() == [2020, 2021]  # 2022 has one country: no spread to measure
    assert out["gini"].tolist() == pytest.approx([0.375, 0.0], abs=1e-12)
    assert out["complete"].tolist() == [True, True]


def test_convergence_compares_years_with_the_same_countries():
    df = iso({("A", 2010): 10.0, ("B", 2010): 30.0, ("A", 2020): 60.0, ("B", 2020): 80.0, ("A", 2021): 90.0})
    conv = divide_views.convergence(df, ["A", "B"])
    # cv 2010 = 10/20 = 0.5; 2020 = 10/70: falling, so converging, judged on 2010 vs 2020 (not 2021, one country).
    assert (conv.first_year, conv.last_year, conv.converging) == (2010, 2020, True)
    assert divide_views.convergence(df, ["ZZZ"]).converging is None


def test_offline_hand_case_and_partial_total():
    users = iso({("A", 2020): 75.0, ("B", 2020): np.nan})
    pop = iso({("A", 2020): 2_000_000, ("B", 2020): 1_000_000})
    table = divide_views.offline(users, pop, 2020, ["A", "B", "C"]).set_index("iso3")
    assert table.at["A", "offline"] == 500_000 and table.at["A", "offline_m"] == 0.5
    assert math.isnan(table.at["B", "offline"]) and math.isnan(table.at["C", "offline"])  # missing, not zero
    total, missing = divide_views.offline_total(table.reset_index())
    assert total == 500_000 and missing == ["B", "C"]


def test_mobile_fixed_ratio():
    mobile = iso({("IDN", 2014): 125.0, ("LAO", 2014): 60.0})
    fixed = iso({("IDN", 2014): 5.0, ("LAO", 2014): 0.0})
    out = divide_views.mobile_fixed_ratio(mobile, fixed, ["IDN", "LAO"]).set_index("iso3")["value"]
    assert out["IDN"] == 25.0 and math.isnan(out["LAO"])  # zero denominator: NaN, never infinity


def test_leader_laggard_and_target_level():
    df = iso({("A", 2020): 90.0, ("A", 2023): 99.0, ("B", 2023): 40.0, ("C", 2021): 35.0, ("C", 2023): np.nan})
    lead = divide_views.leader(df, ["A", "B", "C"])
    assert (lead.iso3, lead.value, lead.year) == ("A", 99.0, 2023)
    assert divide_views.laggard(df, ["A", "B", "C"]) == "C"  # its own latest value, 35 in 2021
    assert divide_views.target_level("leader", lead, 0) == 99.0
    assert divide_views.target_level("universal", lead, 0) == 95.0
    assert divide_views.target_level("custom", lead, 80) == 80.0
    assert divide_views.leader(df, ["ZZZ"]).iso3 is None and divide_views.laggard(df, []) is None


def test_projection_path_linear_reaches_the_target():
    history = pd.DataFrame({"year": [2020, 2021, 2022], "value": [50.0, 55.0, 60.0]})
    result = divide.years_to_target(history, 72.0)
    path = divide_views.projection_path(history, result, 72.0)
    # +5 a year from 60 in 2022: 65, 70, then 75 capped at the target in 2025.
    assert path["year"].tolist() == [2022, 2023, 2024, 2025]
    assert path["value"].tolist() == [60.0, 65.0, 70.0, 72.0]
    flat = divide.years_to_target(pd.DataFrame({"year": [2020, 2021], "value": [5.0, 5.0]}), 72.0)
    assert divide_views.projection_path(history, flat, 72.0).empty


def test_projections_table_covers_every_country():
    df = iso({("A", 2020): 50.0, ("A", 2022): 60.0, ("B", 2022): 97.0})
    out = divide_views.projections(df, ["A", "B", "C"], 95.0, 5, "linear").set_index("iso3")
    assert out.at["A", "status"] == "projected" and out.at["A", "year"] == 2029  # +5/yr from 60: 95 in 7 years
    assert out.at["B", "status"] == "already_reached"
    assert out.at["C", "status"] == "insufficient_data" and math.isnan(out.at["C", "last_value"])


def test_gender_gap_uses_the_latest_common_year():
    rows = pd.concat(
        [
            series_rows("ITU_USERS_MALE", {("IDN", 2020): 56.6, ("IDN", 2021): 65.0, ("MMR", 2017): 28.6}),
            series_rows("ITU_USERS_FEMALE", {("IDN", 2020): 50.8, ("MMR", 2017): 19.4}),
        ]
    )
    out = divide_views.gender_gap(rows, ["IDN", "MMR", "LAO"]).set_index("iso3")
    assert out.at["IDN", "year"] == 2020  # 2021 has no female value
    assert out.at["IDN", "gap"] == pytest.approx(5.8) and out.at["IDN", "parity"] == pytest.approx(50.8 / 56.6)
    assert out.index.tolist() == ["MMR", "IDN"]  # widest gap first; LAO has none


def test_china_regions_and_quotes():
    figures = pd.DataFrame(
        {
            "id": ["S152", "S150", "S151", "S149"],
            "entity": ["CHN-West", "CHN-East", "CHN-Central", "CHN-Zhejiang"],
            "value": [24.0, 50.6, 25.5, 3.0],
            "quote": ["q", "q", "q", "z"],
            "indicator": ["mbb"] * 3 + ["ratio"],
        }
    )
    assert divide_views.china_regions(figures)["entity"].tolist() == ["CHN-East", "CHN-Central", "CHN-West"]
    assert divide_views.china_quotes(figures) == [("S152, S150, S151", "q"), ("S149", "z")]


def test_panels_against_the_store(con):
    from aseanict.store import queries

    countries = ["CHN", "SGP", "KHM", "TLS"]
    rows = queries.series(con, list(divide_views.ALL_CODES), [*countries, "WLD"], 2000, 2100)
    ctx = divide_panels.Ctx(rows, countries, "en", {"TLS": "Timor-Leste"}, lambda ids: "Source: " + ",".join(ids))
    assert "Timor-Leste" in divide_panels.gap_text(ctx, "users", 2023)
    gini, lorenz = divide_panels.lorenz_view(ctx, 2023)
    assert 0 <= float(gini.value) < 1 and lorenz is not None
    total, offline = divide_panels.offline_view(ctx, 2023)
    assert "million" in total.value
    shown = divide_panels.dispersion_view(ctx)
    assert shown is not None and set(shown.data["entity"]) <= set(countries)
    sentence, projection, table = divide_panels.projection_view(ctx, "users", "TLS", 95.0, 5, "linear")
    assert "Timor-Leste" in sentence and len(table) == 4
    assert divide_panels.trend(ctx, "cov4g").caption  # coverage ends in 2018: said under the chart
    assert divide_panels.gender_view(divide_panels.Ctx(rows, ["TLS"], "en", {}, str)) is None


def test_the_mobile_to_fixed_ratio_compares_what_the_report_compared(con) -> None:
    """Active mobile broadband over fixed broadband, as in the report's 25x for Indonesia (2014), not
    mobile-cellular lines (voice included) over fixed broadband."""
    from aseanict.store import queries

    assert divide_views.INDICATORS["mbb"] == "ITU_MBB_ACTIVE_P100"
    rows = queries.series(con, ["ITU_MBB_ACTIVE_P100", "IT.NET.BBND.P2", "IT.CEL.SETS.P2"], ["IDN"])
    mbb, fixed = divide_views.pick(rows, "ITU_MBB_ACTIVE_P100"), divide_views.pick(rows, "IT.NET.BBND.P2")
    ratio = divide_views.mobile_fixed_ratio(mbb, fixed, ["IDN"]).set_index("year")["value"].dropna()
    first = int(ratio.index.min())
    expected = mbb.set_index("year").at[first, "value"] / fixed.set_index("year").at[first, "value"]
    assert ratio[first] == pytest.approx(expected)
    assert 10 < ratio.max() < 40  # the report's order of magnitude (25x), not cellular lines' hundreds


def test_years_to_close_names_the_years_after_a_break_in_both_languages() -> None:
    rows = pd.DataFrame(
        {
            "entity": ["CHN"] * 6 + ["THA"] * 6,
            "indicator": "IT.NET.USER.ZS",
            "year": [2019, 2020, 2021, 2022, 2023, 2024] * 2,
            "value": [64.08, 70.05, 73.05, 75.61, 90.6, 92.0, 77.0, 78.7, 85.3, 88.0, 89.5, 90.9],
            "source_id": "wdi",
        }
    )
    registry = Registry.from_frame(
        pd.DataFrame({"note_id": ["N"], "entity": ["CHN"], "indicator": ["IT.NET.USER.ZS"], "year": [2023],
                      "kind": ["series_break"]})
    )  # fmt: skip
    names = {"CHN": "China", "THA": "Thailand"}
    for lang, words in (("en", "Computed from 2023–2024 only"), ("zh", "仅用 2023–2024 年计算")):
        ctx = divide_panels.Ctx(rows, ["CHN", "THA"], lang, names, lambda ids: "Source", registry)
        sentence, shown, table = divide_panels.projection_view(ctx, "users", "CHN", 99.0, 5, "linear")
        assert "2029" in sentence and words in sentence
        assert table.iloc[0, -1] == "2029"  # China's year in the table comes from the same pace
        assert "2023" in table.iloc[0, 2] and "2023" not in table.iloc[1, 2]
        # the chart's history is cut at the break and marked
        line = shown.fig.data[0]
        assert any(math.isnan(y) for y in line.y) and 2022.5 in list(line.x)
        assert any(
            a.text == ("China: series break" if lang == "en" else "China：序列断点")
            for a in shown.fig.layout.annotations
        )
    refused = divide.years_to_target(rows[rows.entity == "CHN"], 99.0, breaks=(2024,))
    assert "2024" in divide_panels.projection_sentence(refused, 99.0, "en")


def test_daily_use_pairs_urban_and_rural_in_each_countrys_latest_year_with_both() -> None:
    rows = pd.DataFrame(
        {
            "entity": ["THA", "THA", "THA", "THA", "SGP"],
            "indicator": ["ITU_USERS_DAILY_URB", "ITU_USERS_DAILY_RUR", "ITU_USERS_DAILY_URB", "ITU_USERS_DAILY_RUR",
                          "ITU_USERS_DAILY_URB"],
            "year": [2019, 2019, 2020, 2020, 2017],
            "value": [90.0, 80.0, 92.0, 85.0, 99.0],
        }
    )  # fmt: skip
    pairs = divide_views.daily_pairs(rows)
    assert pairs.to_dict("records") == [{"iso3": "THA", "year": 2020, "urban": 92.0, "rural": 85.0}]  # SGP: no rural
    assert divide_views.daily_pairs(rows.iloc[0:0]).empty
