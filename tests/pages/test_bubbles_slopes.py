"""AppTests of the Countries page's bubbles over time and the Overview's then-and-now slope chart."""

from __future__ import annotations

from pathlib import Path

import pytest

from aseanict.i18n import t
from tests.apptest_pages import run

ROOT = Path(__file__).resolve().parents[2]
COUNTRIES_PAGE = ROOT / "pages" / "3_countries.py"
OVERVIEW_PAGE = ROOT / "pages" / "1_overview.py"


def chart(at, key: str):
    found = [c for c in at.get("plotly_chart") if c.key == key]
    assert found, f"no chart {key}"
    return found[0].proto


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_bubbles_draw_by_default_gni_against_internet_users(lang: str) -> None:
    at = run(COUNTRIES_PAGE, tab="over_time", lang=lang)
    assert not at.exception and not at.error
    assert "chart_bubbles" in [c.key for c in at.get("plotly_chart")]
    spec = chart(at, "chart_bubbles").spec
    assert '"frames"' in spec and '"sliders"' in spec and '"type":"log"' in spec.replace(" ", "")
    captions = " ".join(c.value for c in at.caption)
    assert t("bubbles.break_mark", lang) in captions  # China's 2023 break in the internet-user series
    assert t("bubbles.missing_run", lang, years="2024", n=6, total=12, who="").split("(")[0].split("（")[0] in captions


def test_bubble_settings_come_from_the_link_and_go_back_to_it() -> None:
    at = run(COUNTRIES_PAGE, tab="over_time", bubbles_x="IT.CEL.SETS.P2", bubbles_trails="1", bubbles_year="2015")
    assert not at.exception
    assert at.selectbox(key="bubbles_x").value == "IT.CEL.SETS.P2"
    assert at.checkbox(key="bubbles_trails").value is True
    assert at.select_slider(key="bubbles_year").value == 2015
    assert '"active":' in chart(at, "chart_bubbles").spec
    at.selectbox(key="bubbles_y").set_value("IT.NET.BBND.P2").run()
    assert at.query_params.get("bubbles_y") == "IT.NET.BBND.P2"
    assert at.query_params.get("bubbles_x") == "IT.CEL.SETS.P2"


def test_the_same_indicator_twice_gets_a_message_not_a_chart() -> None:
    at = run(COUNTRIES_PAGE, tab="over_time", bubbles_x="IT.NET.USER.ZS")
    assert not at.exception
    assert any(i.value == t("bubbles.same", "en") for i in at.info)
    assert "chart_bubbles" not in [c.key for c in at.get("plotly_chart")]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_overview_then_and_now_slope_chart(lang: str) -> None:
    at = run(OVERVIEW_PAGE, lang=lang)
    assert not at.exception
    spec = chart(at, "chart_overview_slope").spec
    assert "▲" in spec and "▼" in spec  # rank changes at the right ends
    captions = " ".join(c.value for c in at.caption)
    assert t("overview.slope.entity_break", lang, who=t("bubbles.group.CHINA", lang), year=2023) in captions


def test_slope_chart_refuses_clearly_and_moves_past_a_basket_change() -> None:
    at = run(OVERVIEW_PAGE, overview_slope="ITU_IDI_NEW")  # no values in the report's year
    assert not at.exception
    assert any(i.value == t("overview.slope.too_few", "en", then=2016, now=2024) for i in at.info)
    at = run(OVERVIEW_PAGE, overview_slope="ITU_FBB_PCT_GNI")  # the basket changed in 2018
    assert not at.exception
    captions = " ".join(c.value for c in at.caption)
    assert t("overview.slope.moved", "en", report=2016, year=2018) in captions
