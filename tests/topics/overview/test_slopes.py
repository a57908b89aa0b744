"""Then and now: ranks at both ends, breaks respected, labels kept apart."""

from __future__ import annotations

import pandas as pd
import pytest

from aseanict.core import takeaway
from aseanict.core.breaks import NO_BREAKS, Registry
from aseanict.core.colours import COUNTRY_COLOURS, GREY, GREY_TEXT
from aseanict.figures import charts, focus
from aseanict.topics.overview import slopes

FIELD = ("CHN", "SGP", "VNM", "KHM")
NAMES = {"CHN": "China", "SGP": "Singapore", "VNM": "Viet Nam", "KHM": "Cambodia"}


def rows(code: str = "IT.NET.USER.ZS") -> pd.DataFrame:
    values = {
        "CHN": {2016: 53.2, 2023: 90.6},
        "SGP": {2016: 84.5, 2018: 88.0, 2023: 94.3},
        "VNM": {2016: 53.0, 2018: 60.0, 2023: 78.1},
        "KHM": {2016: 32.4, 2022: 55.0},  # nothing in 2023
    }
    return pd.DataFrame(
        [{"entity": e, "indicator": code, "year": y, "value": v, "source_id": "wdi"}
         for e, by_year in values.items() for y, v in by_year.items()]
    )  # fmt: skip


def breaks(*items: tuple[str, int, str]) -> Registry:
    frame = pd.DataFrame(
        [{"note_id": f"N{i}", "entity": e, "indicator": c, "year": y, "kind": "series_break"} for i, (c, y, e) in enumerate(items)]
    )  # fmt: skip
    return Registry.from_frame(frame)


def test_ranks_at_both_ends_and_their_change() -> None:
    ends = slopes.then_and_now(rows(), "IT.NET.USER.ZS", FIELD, True, NO_BREAKS)
    assert (ends.then_year, ends.now_year) == (2016, 2023)
    by = ends.table.set_index("entity")
    assert by.loc["SGP", "rank_now"] == 1 and by.loc["CHN", "rank_then"] == 2 and by.loc["CHN", "rank_now"] == 2
    assert by.loc["VNM", "change"] == 0
    assert ends.missing == ("KHM",)  # no 2023 value: not drawn, and named


def test_lower_is_better_ranks_the_cheapest_first() -> None:
    ends = slopes.then_and_now(rows(), "IT.NET.USER.ZS", FIELD, False, NO_BREAKS)
    assert ends.table.set_index("entity").loc["VNM", "rank_now"] == 1


def test_a_break_for_every_country_moves_the_start_into_the_same_segment() -> None:
    ends = slopes.then_and_now(rows(), "IT.NET.USER.ZS", FIELD, True, breaks(("IT.NET.USER.ZS", 2018, "")))
    assert ends.then_year == 2018 and ends.moved_by == 2018
    assert sorted(ends.table.entity) == ["SGP", "VNM"]  # the two with 2018 values
    assert ends.table.set_index("entity").loc["VNM", "then"] == 60.0


def test_a_break_too_close_to_the_end_is_refused_with_a_reason() -> None:
    with pytest.raises(slopes.NothingToCompare) as refused:
        slopes.then_and_now(rows(), "IT.NET.USER.ZS", FIELD, True, breaks(("IT.NET.USER.ZS", 2023, "")))
    assert refused.value.reason == "overview.slope.too_soon"


def test_one_countrys_break_leaves_it_without_a_rank_change() -> None:
    ends = slopes.then_and_now(rows(), "IT.NET.USER.ZS", FIELD, True, breaks(("IT.NET.USER.ZS", 2023, "CHN")))
    china = ends.table.set_index("entity").loc["CHN"]
    assert china["break_year"] == 2023 and pd.isna(china["change"])
    fig = slopes.slope_figure(ends, names=NAMES, title="T", y_title="%", source_line="WB", lang="en")
    line = next(t for t in fig.data if t.name == "China")
    assert line.line.dash == "dash"
    assert any(a.text == "China 90.6 break 2023" for a in fig.layout.annotations)
    assert "China: series break in 2023" in slopes.slope_caption(ends, NAMES, "en")


def test_too_few_countries_at_both_ends_is_refused() -> None:
    with pytest.raises(slopes.NothingToCompare) as refused:
        slopes.then_and_now(rows()[rows().entity == "SGP"], "IT.NET.USER.ZS", FIELD, True, NO_BREAKS)
    assert refused.value.reason == "overview.slope.too_few"


def test_right_end_labels_carry_the_rank_change_and_the_reading_both_years() -> None:
    data = rows()
    data.loc[(data.entity == "VNM") & (data.year == 2023), "value"] = 95.0  # Viet Nam climbs from 3rd to 1st
    ends = slopes.then_and_now(data, "IT.NET.USER.ZS", FIELD, True, NO_BREAKS)
    fig = slopes.slope_figure(ends, names=NAMES, title="T", y_title="%", source_line="WB", lang="en")
    texts = {a.text for a in fig.layout.annotations}
    assert {"Viet Nam 95.0 ▲2", "Singapore 94.3 ▼1", "China 90.6 ▼1"} <= texts
    assert "Viet Nam from 53.0 (2016) to 95.0 (2023)" in takeaway.caption(fig, NAMES, "en")


def test_spread_keeps_labels_apart_and_in_order() -> None:
    placed = slopes.spread([90.6, 89.5, 20.0], 3.0)
    assert placed[0] - placed[1] >= 3.0 - 1e-9 and placed[2] < placed[1]
    assert slopes.rank_text(2, "en") == "▲2" and slopes.rank_text(-1, "en") == "▼1" and slopes.rank_text(0, "en") == "="


def test_the_focus_colours_a_country_and_its_labels_and_greys_the_rest() -> None:
    ends = slopes.then_and_now(rows(), "IT.NET.USER.ZS", FIELD, True, NO_BREAKS)
    fig = slopes.slope_figure(ends, names=NAMES, title="T", y_title="%", source_line="WB", lang="en")
    charts.apply_focus(fig, ("VNM",), lang="en")
    colour = {t.legendgroup: t.line.color for t in fig.data}
    assert colour["VNM"] == COUNTRY_COLOURS["VNM"] and colour["CHN"] == GREY
    label = {a.text.split()[0]: a.font.color for a in fig.layout.annotations if a.text.endswith(("▲1", "▼1", "="))}
    assert label["Viet"] == COUNTRY_COLOURS["VNM"] and label["China"] == GREY_TEXT
    assert not any(a.name == focus.END_LABEL for a in fig.layout.annotations)  # its own labels, not repeated
