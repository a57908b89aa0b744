"""The focus is applied to a named view's figure once per (view, language, settings, focus), not on every run:
restyling every trace and placing the end labels was the costliest part of a page run."""

from __future__ import annotations

import json

import pytest

from aseanict.config import ROOT
from aseanict.core.colours import COUNTRY_COLOURS, GREY
from aseanict.figures import charts
from tests.apptest_pages import run

OVERVIEW = ROOT / "pages" / "1_overview.py"


def _focused_colours(at) -> dict[str, str]:
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    return {t.get("legendgroup"): t.get("line", {}).get("color") for t in spec["data"] if t.get("legendgroup")}


def test_a_view_is_focused_once_and_the_second_run_reuses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple] = []
    real = charts.apply_focus

    def counting(fig, focus_codes, **kwargs):
        calls.append(tuple(focus_codes))
        return real(fig, focus_codes, **kwargs)

    monkeypatch.setattr(charts, "apply_focus", counting)
    at = run(OVERVIEW, focus="LAO", countries="CHN,LAO,VNM,THA")  # a combination no other test opens
    first = len(calls)
    assert first >= 1 and ("LAO",) in calls
    colours = _focused_colours(at)
    assert colours["LAO"] == COUNTRY_COLOURS["LAO"] and colours["CHN"] == GREY  # the focus is drawn
    at.run()
    assert len(calls) == first  # nothing restyled again
    assert _focused_colours(at) == colours  # and the same chart is drawn
