"""The reading under every chart of every page and section, in English and Chinese, quotes only what that chart
draws: each number in it is a value of the figure it sits under, at the chart's rounding."""

from __future__ import annotations

from pathlib import Path

import pytest

from aseanict.core import labels, takeaway
from aseanict.core.sections import PAGE_SECTIONS
from aseanict.store import queries
from tests.apptest_pages import run
from tests.figure_numbers import figure, unbacked

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "pages").glob("*.py"))
VIEWS = [(path, tab) for path in PAGES for tab in PAGE_SECTIONS.get(path.name, (None,))]


def _leaves(node):
    children = getattr(node, "children", None)
    if children:
        for key in sorted(children):
            yield from _leaves(children[key])
    else:
        yield node


def charts_with_captions(at) -> list[tuple[object, str]]:
    """Each chart's figure and the caption that follows it (show_chart writes the reading right under it)."""
    pairs, waiting = [], None
    for node in _leaves(at.main):
        if node.type == "plotly_chart":
            waiting = figure(node.proto.spec)
        elif node.type == "caption" and waiting is not None:
            pairs.append((waiting, node.value))
            waiting = None
    return pairs


def readings(path: Path, tab: str | None, lang: str):
    at = run(path, lang=lang, **({"tab": tab} if tab else {}))
    assert not at.exception, at.exception
    return charts_with_captions(at)


@pytest.fixture(scope="module")
def names(con):
    table = queries.countries(con)
    return {lang: labels.country_names(table, lang) for lang in ("en", "zh")}


@pytest.mark.parametrize(("path", "tab"), VIEWS, ids=lambda v: getattr(v, "name", v))
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_reading_quotes_only_its_chart(path: Path, tab: str | None, lang: str, names) -> None:
    for fig, caption in readings(path, tab, lang):
        title = takeaway.plain(fig.layout.title.text or "")
        assert caption.startswith(f"**{title}**".replace("$", "\\$")), (title, caption)
        text = takeaway.reading(fig, names[lang], lang)
        if (fig.layout.meta or {}).get("reading") != "none":
            assert text, f"no reading under {title!r}"
        assert text.replace("$", "\\$") in caption, (text, caption)  # the caption reads the chart it sits under
        assert not unbacked(text, fig), (title, text, unbacked(text, fig))


def _caption(path: str, tab: str, title_part: str, lang: str = "en") -> str:
    found = [c for fig, c in readings(ROOT / path, tab, lang) if title_part in (fig.layout.title.text or "")]
    assert found, title_part
    return found[0]


def test_ratio_reading_is_about_the_ratio() -> None:
    text = _caption("pages/5_divide.py", "ratio", "per fixed-broadband")
    assert "173.2" not in text  # mobile subscriptions per 100 people: not what the chart draws
    assert "highest Myanmar (39, 2023)" in text and "lowest China (3, 2023)" in text  # mobile broadband ÷ fixed


def test_inequality_readings_differ_from_the_users_sentence() -> None:
    pairs = readings(ROOT / "pages/5_divide.py", "inequality", "en")
    texts = [c for _, c in pairs]
    assert len(texts) == 3 and not any("Brunei Darussalam (99.0, 2023)" in c for c in texts)
    assert "Gini coefficient 0.0" in texts[0]
    assert "Over the years shown: Coefficient of variation from" in texts[1]
    assert "million people: highest China" in texts[2]


def test_compare_reading_names_each_indicator() -> None:
    text = _caption("pages/3_countries.py", "compare", "Key indicators over time")
    assert "Internet users (% of population): highest" in text
    assert "Mobile subscriptions (per 100 people): highest" in text


def test_gmv_readings_keep_the_qualifier() -> None:
    assert "(>300, 2025)" in _caption("pages/6_internet_economy.py", "growth", "estimates and each edition")
    revisions = _caption("pages/6_internet_economy.py", "growth", "Forecasts of Internet economy GMV")
    assert "Estimate for 2025: >300." in revisions and "(~200)" in revisions
