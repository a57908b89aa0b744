"""Divide panels: every indicator the page offers has a unit to name on its axis."""

from __future__ import annotations

from aseanict.topics.divide import panels
from aseanict.topics.divide.views import INDICATORS


def test_every_indicator_on_offer_has_a_unit_in_both_languages() -> None:
    assert set(panels.UNIT_KEYS) == set(INDICATORS)
    assert panels.unit("mbb", "en") == "per 100 people" and panels.unit("mbb", "zh") == "每百人"
