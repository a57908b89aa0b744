"""The country palette stays distinguishable with typical vision and under the three colour-vision deficiencies."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from aseanict.core import colours


def test_ciede2000_matches_the_published_test_pairs() -> None:
    # Sharma, Wu and Dalal (2005), table 1, pairs 1, 17 and 34.
    pairs = [
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
    ]
    for lab1, lab2, expected in pairs:
        assert colours.ciede2000(np.array(lab1), np.array(lab2)) == pytest.approx(expected, abs=1e-4)


def test_simulation_leaves_grey_grey_and_merges_red_and_green_for_deuteranopes() -> None:
    assert colours.distance("#777777", "#777777", "deuteranopia") == 0
    red, green = "#CC3311", "#779900"
    assert colours.distance(red, green) > 30
    assert colours.distance(red, green, "deuteranopia") < colours.distance(red, green) / 2


@pytest.mark.parametrize("vision", colours.VISIONS)
def test_no_two_country_colours_are_confusable(vision: str) -> None:
    distance, first, second = colours.closest_pair(colours.COUNTRY_COLOURS, vision)
    assert distance >= colours.MIN_DISTANCE, f"{first} and {second} are ΔE00 {distance:.1f} apart ({vision})"


@pytest.mark.parametrize("vision", colours.VISIONS)
def test_country_colours_stand_apart_from_the_focus_grey_and_the_page(vision: str) -> None:
    for code, colour in colours.COUNTRY_COLOURS.items():
        for other in (colours.GREY, colours.BACKGROUND):
            assert colours.distance(colour, other, vision) >= colours.MIN_DISTANCE, (code, other, vision)


def test_the_palette_has_one_distinct_colour_per_country_and_aggregate() -> None:
    palette = colours.COUNTRY_COLOURS
    assert {"CHN", "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"} <= set(palette)
    assert len(set(palette.values())) == len(palette)
    assert all(a != b for a, b in itertools.combinations(palette.values(), 2))


def test_a_bad_colour_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="not a #RRGGBB"):
        colours.hex_to_rgb("red")
