"""The registry of series breaks and the helpers that keep lines and histories on one side of them."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from aseanict.core import breaks

NOTES = pd.DataFrame(
    {
        "note_id": ["N-CHN", "N-BASKET", "N-BASKET-2", "N-OTHER"],
        "entity": ["CHN", "", "", "KHM"],
        "indicator": ["USERS", "PRICE", "PRICE", "USERS"],
        "year": [2023, 2018, 2021, 2015],
        "kind": ["series_break", "definition_change", "definition_change", "as_published"],
    }
)
REGISTRY = breaks.Registry.from_frame(NOTES)
# China's internet users around its 2023 change of survey basis (WDI values), and Thailand's.
USERS = pd.DataFrame(
    {
        "entity": ["CHN"] * 6 + ["THA"] * 3,
        "year": [2019, 2020, 2021, 2022, 2023, 2024, 2022, 2023, 2024],
        "value": [64.08, 70.05, 73.05, 75.61, 90.6, 92.0, 87.98, 89.54, 90.87],
    }
)


def test_registry_gives_each_entity_its_own_breaks_and_notes_without_an_entity_to_all() -> None:
    assert REGISTRY.years("USERS", "CHN") == (2023,)
    assert REGISTRY.years("USERS", "THA") == ()
    assert REGISTRY.years("PRICE", "THA") == (2018, 2021)
    # a kind that is not a break (Cambodia's as-published note) is no segment start
    assert REGISTRY.years("USERS", "KHM") == ()
    assert REGISTRY.for_group("USERS", ["THA", "CHN"]) == (2023,)


def test_crossed_counts_a_break_in_the_last_year_but_not_in_the_first() -> None:
    assert breaks.crossed([2023], 2019, 2024) == 2023
    assert breaks.crossed([2023], 2019, 2023) == 2023
    assert breaks.crossed([2023], 2023, 2024) is None
    assert breaks.crossed([2018, 2021], 2015, 2024) == 2021


def test_latest_segment_keeps_the_years_from_the_break_on() -> None:
    china = USERS[USERS.entity == "CHN"]
    segment, cut = breaks.latest_segment(china, [2023])
    assert cut == 2023 and list(segment.year) == [2023, 2024]
    same, none = breaks.latest_segment(china[china.year >= 2023], [2023])
    assert none is None and len(same) == 2


def test_with_break_gaps_puts_an_empty_point_between_the_two_sides() -> None:
    drawn = breaks.with_break_gaps(USERS[USERS.entity == "CHN"], [2023])
    years, values = list(drawn.year), list(drawn.value)
    gap = years.index(2022.5)
    assert math.isnan(values[gap]) and years[gap - 1] == 2022 and years[gap + 1] == 2023
    assert drawn.entity.iloc[gap] == "CHN"
    # outside the span nothing changes
    assert len(breaks.with_break_gaps(USERS[USERS.entity == "THA"], [2030])) == 3


@pytest.mark.parametrize(("lang", "label"), [("en", "China: series break"), ("zh", "中国：序列断点")])
def test_for_chart_marks_only_breaks_a_line_crosses(lang: str, label: str) -> None:
    names = {"CHN": "China" if lang == "en" else "中国", "THA": "Thailand"}
    marks, split = breaks.for_chart(REGISTRY, USERS, "USERS", names, lang)
    assert split == {"CHN": (2023,)}
    assert marks == [(2023, label)]
    later = USERS[USERS.year >= 2023]
    assert breaks.for_chart(REGISTRY, later, "USERS", names, lang) == ([], {})


def test_a_break_for_every_entity_is_marked_once_without_a_country() -> None:
    prices = pd.DataFrame({"entity": ["THA", "THA", "VNM", "VNM"], "year": [2017, 2019, 2017, 2019], "value": 1.0})
    marks, split = breaks.for_chart(REGISTRY, prices, "PRICE", {}, "en")
    assert split == {"THA": (2018,), "VNM": (2018,)}
    assert marks == [(2018, "definition changed")]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_on_screen_sentences_name_the_years_and_the_break(lang: str) -> None:
    used, refused = breaks.note(2023, 2023, 2024, lang), breaks.too_few(2023, lang)
    assert "2023" in used and "2024" in used and "2023" in refused
    assert used != refused
