"""The maps' worldview follows the language until the reader picks one (ui/worldview.py, README "Maps")."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.apptest_pages import run

DIVIDE = Path(__file__).resolve().parents[2] / "pages/5_divide.py"


def _widget(at: AppTest, key: str):
    return next(w for kind in ("radio", "selectbox") for w in at.get(kind) if w.key == key)


def switch_language(at: AppTest, lang: str) -> AppTest:
    _widget(at, "w_lang").set_value(lang)
    at.run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> tuple[str, str | None]:
    """The worldview the radio shows and the one in the address."""
    in_url = at.query_params.get("worldview")
    return _widget(at, "worldview").value, in_url[0] if isinstance(in_url, list) else in_url


def test_without_a_choice_the_worldview_follows_the_language() -> None:
    at = run(DIVIDE, lang="en")
    assert shown(at) == ("natural_earth", None)
    assert shown(switch_language(at, "zh")) == ("china_official", None)  # was Natural Earth, named in the URL
    assert "中国官方视图" in at.get("plotly_chart")[-1].proto.spec  # the map's credit line says so too
    assert shown(switch_language(at, "en")) == ("natural_earth", None)


def test_a_worldview_the_reader_picked_is_kept_across_languages() -> None:
    at = run(DIVIDE, lang="zh")
    _widget(at, "worldview").set_value("natural_earth")
    at.run()
    assert shown(switch_language(at, "en")) == ("natural_earth", None)
    assert shown(switch_language(at, "zh")) == ("natural_earth", "natural_earth")


def test_a_worldview_named_in_the_link_is_kept_across_languages() -> None:
    at = run(DIVIDE, lang="en", worldview="china_official")
    assert shown(switch_language(at, "zh")) == ("china_official", None)
    assert shown(switch_language(at, "en")) == ("china_official", "china_official")
