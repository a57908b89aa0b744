"""A shared chart is kept as its JSON (cached.KeptFigure): every view must draw and read the same from it as from
the figure it was made from, with no focus and with one, on a desktop and on a phone, in both languages."""

from __future__ import annotations

import base64
import gc
import json

import numpy as np
import plotly.graph_objects as go
import pytest

from aseanict.core import labels
from aseanict.figures import charts
from aseanict.store import queries
from aseanict.topics import chart_views
from aseanict.ui import cached, chart

FOCUS = ("CHN", "VNM")


@pytest.fixture(scope="module")
def names(con) -> dict[str, dict[str, str]]:
    countries = queries.countries(con)
    return {lang: labels.country_names(countries, lang) for lang in ("en", "zh")}


def drawn(shown: chart._Shown) -> tuple:
    """What the browser draws (the figure's JSON, its keys sorted: their order may differ, and NaN written as NaN:
    it is not equal to itself) and the reading under it."""
    return json.dumps(values(json.loads(shown.figure._json)), sort_keys=True), shown.reading, shown.title


def values(spec: object) -> object:
    """The spec with Plotly's typed arrays as the numbers they hold: a figure read back from JSON may type the same
    years as int16 where the built one had int32 (to_dict narrows only int64); the browser reads the same numbers."""
    if isinstance(spec, dict):
        if "bdata" in spec:
            array = np.frombuffer(base64.b64decode(spec["bdata"]), dtype=spec["dtype"])
            shape = [int(n) for n in spec["shape"].split(",")] if "shape" in spec else [-1]
            return array.reshape(shape).tolist()
        return {k: values(v) for k, v in spec.items()}
    return [values(v) for v in spec] if isinstance(spec, list) else spec


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("view", sorted(chart_views.VIEWS))
def test_a_kept_chart_is_drawn_and_read_as_the_figure_was(con, names, monkeypatch, view: str, lang: str) -> None:
    monkeypatch.setattr(chart, "names", lambda lang: dict(names[lang]))
    shown = chart_views.build(con, view, lang)
    if shown is None:
        pytest.skip(f"{view} draws nothing with its defaults")
    fig = charts.apply_focus(shown.fig, (), lang=lang)  # as ui.views keeps it
    kept = chart.kept(fig, lang, shown.caption)
    bare = cached.KeptFigure(fig)  # no reading made ahead: _as_built makes it from the JSON read back
    for phone in (False, True):
        before = chart._shown(fig, (), lang, shown.caption, phone)
        assert drawn(chart._as_built(kept, lang, shown.caption, phone)) == drawn(before)
        assert drawn(chart._as_built(bare, lang, shown.caption, phone)) == drawn(before)
        focused = charts.apply_focus(go.Figure(fig), FOCUS, lang=lang)
        before = chart._shown(focused, FOCUS, lang, shown.caption, phone)
        after = chart._shown(chart._focus_copy(kept, FOCUS, lang), FOCUS, lang, shown.caption, phone)
        assert drawn(after) == drawn(before)


def test_a_kept_figure_is_one_block_of_bytes_and_hands_out_new_figures() -> None:
    fig = go.Figure(go.Scatter(x=[2020, 2021], y=[70.3, 74.2], name="VNM"), layout={"title": {"text": "Users"}})
    kept = cached.KeptFigure(fig)
    assert isinstance(kept.json, bytes)
    assert not [r for r in gc.get_referents(kept) if gc.is_tracked(r) and not isinstance(r, type)]  # nothing to walk
    first = kept.figure()
    first.data[0].y = (1.0, 2.0)  # a caller changes its own copy
    assert kept.figure().data[0].y == (70.3, 74.2) and kept.spec()["layout"]["title"]["text"] == "Users"
    assert cached._weight(kept) == 4096 + len(kept.json)
