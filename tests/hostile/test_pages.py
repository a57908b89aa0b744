"""Every page (found in pages/, so a new page is covered), opened with hostile values in every URL parameter it
reads: it runs without an exception, and any element that echoes a value shows it as plain text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from aseanict.core.sections import PAGE_SECTIONS
from aseanict.topics.presenter import views as presenter_views
from tests.apptest_pages import run
from tests.hostile.corpus import CSV_UPLOADS, NEEDLES, URL_VALUES
from tests.hostile.markdown import unsafe_constructs

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]
VIEWS = [(path, tab) for path in PAGES for tab in PAGE_SECTIONS.get(path.name, (None,))]
# Parameters every page reads (the sidebar's) or a page reads outside widgets (presenter's sequence).
SHARED_PARAMS = ("lang", "group", "countries", "views", "name", "step")
MARKDOWN_ELEMENTS = ("markdown", "caption", "info", "warning", "error", "success", "toast", "title", "subheader")


def widget_params(at: AppTest) -> set[str]:
    """The page's URL-bound widgets: their key is their parameter (ui/widgets.py)."""
    keys = set()
    for node in at.main, at.sidebar:
        for element in _walk(node):
            key = getattr(element, "key", None)
            if isinstance(key, str) and not key.startswith(("w_", "$$")):
                keys.add(key)
    return keys


def _walk(node):
    for child in getattr(node, "children", {}).values():
        yield child
        yield from _walk(child)


def echoed_unsafe(at: AppTest) -> list[tuple[str, str, list[str]]]:
    """(element, its text, constructs) for each Markdown element that echoes a hostile value unescaped."""
    found = []
    for kind in MARKDOWN_ELEMENTS:
        for element in at.get(kind):
            text = _without_app_wrapper(str(getattr(element, "value", "") or ""))
            readable = text.replace("\\", "").replace("\u2060", "")
            if any(needle in readable for needle in NEEDLES) and unsafe_constructs(text):
                found.append((kind, text[:200], unsafe_constructs(text)))
    return found


# The app's own Markdown around an echoed value: a heading or a bold title (presenter mode), a list of problems.
_APP_WRAPPER = re.compile(r"^(?:#{1,6} (.*)|\*\*(.*)\*\*|- (.*))$")


def _without_app_wrapper(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        wrapped = _APP_WRAPPER.match(line)
        lines.append(next(g for g in wrapped.groups() if g is not None) if wrapped else line)
    return "\n".join(lines)


_PARAMS: dict[tuple[Path, str | None], set[str]] = {}


def params_of(path: Path, tab: str | None) -> set[str]:
    if (path, tab) not in _PARAMS:
        at = run(path, **({"tab": tab} if tab else {}))
        _PARAMS[(path, tab)] = widget_params(at) | set(SHARED_PARAMS) - {"tab"}
    return _PARAMS[(path, tab)]


def hostile_run(path: Path, tab: str | None, offset: int) -> AppTest:
    """Every parameter of the view gets a hostile value; neighbours get different ones (offset rotates them)."""
    params = sorted(params_of(path, tab))
    values = {p: URL_VALUES[(offset + i) % len(URL_VALUES)] for i, p in enumerate(params)}
    return run(path, **values, **({"tab": tab} if tab else {}))


@pytest.mark.parametrize(("path", "tab"), VIEWS, ids=lambda v: getattr(v, "name", v))
def test_every_view_with_hostile_parameters(path: Path, tab: str | None) -> None:
    at = hostile_run(path, tab, VIEWS.index((path, tab)))
    assert not at.exception, at.exception
    assert echoed_unsafe(at) == []


@pytest.mark.parametrize("value", URL_VALUES)
def test_each_value_in_the_shared_parameters(value: str) -> None:
    """The sidebar's parameters and the section tab, each value through each (the notice echoes them all)."""
    at = run(ROOT / "pages/2_idi_trends.py", tab=value, lang=value, group=value, countries=value)
    assert not at.exception, at.exception
    assert at.info, "a value that is not understood gets the notice"
    assert echoed_unsafe(at) == []


@pytest.mark.slow
@pytest.mark.parametrize("offset", range(1, len(URL_VALUES)))
@pytest.mark.parametrize(("path", "tab"), VIEWS, ids=lambda v: getattr(v, "name", v))
def test_every_view_with_every_rotation(path: Path, tab: str | None, offset: int) -> None:
    at = hostile_run(path, tab, VIEWS.index((path, tab)) + offset)
    assert not at.exception, at.exception
    assert echoed_unsafe(at) == []


@pytest.mark.slow
@pytest.mark.parametrize("value", URL_VALUES)
def test_presenter_names(value: str) -> None:
    at = run(ROOT / "pages/8_presenter.py", name=value, views=value)
    assert not at.exception, at.exception
    assert echoed_unsafe(at) == []


def _uploader(at: AppTest, key: str):
    return next(u for u in at.get("file_uploader") if u.key == key)


@pytest.mark.parametrize("name", sorted(CSV_UPLOADS))
def test_every_hostile_upload_shows_its_errors_as_plain_text(name: str) -> None:
    at = run(ROOT / "pages/9_data_sources.py")
    _uploader(at, "data_upload").set_value((name, CSV_UPLOADS[name], "text/csv"))
    at.run()
    assert not at.exception, at.exception
    assert at.error, "a refused file gets the error box"
    assert echoed_unsafe(at) == []


def test_hostile_sequence_names_from_a_file_show_as_plain_text() -> None:
    views = list(presenter_views.VIEWS)[:2]
    names = [v for v in URL_VALUES if v.strip() and len(v) <= 80][:10]
    document = {"format": "aseanict-sequences", "version": 1, "sequences": [{"name": n, "views": views} for n in names]}
    at = run(ROOT / "pages/8_presenter.py")
    _uploader(at, "pres_upload").set_value(("mine.json", json.dumps(document).encode(), "application/json"))
    at.run()
    assert not at.exception, at.exception
    assert len(at.session_state["pres_saved"]) == len(names)
    shown = [m.value for m in at.markdown if "views)" in m.value]
    assert len(shown) == len(names), "each saved name is listed"
    assert echoed_unsafe(at) == []
    broken = {**document, "sequences": [{"name": n, "views": ["[x](https://evil.example/)"]} for n in names]}
    _uploader(at, "pres_upload").set_value(("bad.json", json.dumps(broken).encode(), "application/json"))
    at.run()
    assert at.error and echoed_unsafe(at) == []
