"""Presenter mode: every view builds with its source and takeaway; decks open back with the right slides."""

from __future__ import annotations

import io
import math
import os
import re

import pytest
from PIL import Image
from pptx import Presentation

from aseanict import config
from aseanict.figures import deck, export
from aseanict.store import queries
from aseanict.topics.presenter import views as presenter


@pytest.mark.parametrize("view_id", list(presenter.VIEWS))
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_view_builds_with_a_title_credit_and_rows(con, view_id: str, lang: str) -> None:
    view = presenter.build_view(con, view_id, lang, config.DEFAULT_COUNTRIES)
    assert view.title and view.takeaway and not view.data.empty
    assert view.credit.startswith("Source" if lang == "en" else "来源")
    assert view.figure.layout.title.text == view.title


def test_idi_view_uses_one_edition_and_the_world_average(con) -> None:
    view = presenter.build_view(con, "idi", "en", config.DEFAULT_COUNTRIES)
    assert set(view.data.year) == {2024}
    assert any(s.type == "line" and s.x0 == 74.8 for s in view.figure.layout.shapes)


def test_projector_figure_has_large_type(con) -> None:
    fig = presenter.for_projector(presenter.build_view(con, "users", "en", ["CHN"]).figure)
    assert fig.layout.font.size >= 20 and fig.layout.height >= 620
    assert fig.layout.xaxis.tickfont.size >= 16 and fig.layout.yaxis.tickfont.size >= 16
    assert fig.layout.legend.font.size >= 16


def test_projector_bar_labels_are_not_clipped(con) -> None:
    fig = presenter.for_projector(presenter.build_view(con, "mobile_price", "en", ["CHN", "TLS"]).figure)
    assert [trace.cliponaxis for trace in fig.data if trace.type == "bar"] == [False] * len(fig.data)


def test_steps_are_clamped() -> None:
    assert [presenter.clamp_step(s, 3) for s in (-2, 0, 2, 9)] == [0, 0, 2, 2]


@pytest.mark.skipif(export.chromium_path() is None and not os.environ.get("CI"), reason="no Chromium here")
def test_the_revisited_sequence_exports_as_a_deck(con) -> None:
    views = [presenter.build_view(con, v, "en", config.DEFAULT_COUNTRIES) for v in presenter.SEQUENCES["revisited"]]
    slides = presenter.deck_slides(views, lambda fig: export.figure_image(fig, "png", 1200, 700))
    prs = Presentation(io.BytesIO(deck.pptx_deck(slides, "The 2016 report revisited")))
    assert len(prs.slides) == 1 + len(views)  # the cover, then one slide per view
    assert [s.shapes.title.text for s in list(prs.slides)[1:]] == [v.title for v in views]
    assert deck.pdf_deck(slides).startswith(b"%PDF")


def _blank_png(fig) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 700), "white").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_users_sequence_makes_a_deck_named_after_it(con, lang: str) -> None:
    views = [presenter.build_view(con, v, lang, ["CHN", "VNM"]) for v in ["gmv", "mobile_price", "users"]]
    title = presenter.sequence_title("东盟日 / ASEAN day", ["gmv", "mobile_price", "users"], lang)
    slides = presenter.deck_slides(views, _blank_png)
    prs = Presentation(io.BytesIO(deck.pptx_deck(slides, title, "subtitle")))
    cover, *charts = list(prs.slides)
    assert cover.shapes.title.text == prs.core_properties.title == "东盟日 / ASEAN day"
    assert len(charts) == 3 and [s.shapes.title.text for s in charts] == [v.title for v in views]
    texts = [" ".join(sh.text_frame.text for sh in s.shapes if sh.has_text_frame) for s in charts]
    assert all(v.credit in text and v.takeaway in text for v, text in zip(views, texts))
    pdf = deck.pdf_deck(slides, title)
    assert re.findall(rb"/Count (\d+)", pdf) == [b"3"]


@pytest.mark.parametrize(("lang", "label"), [("en", "China: series break"), ("zh", "中国：序列断点")])
def test_users_view_keeps_chinas_break_marker_and_gap(con, lang: str, label: str) -> None:
    view = presenter.build_view(con, "users", lang, ["CHN", "THA"])
    china = view.figure.data[[tr.name for tr in view.figure.data].index("China" if lang == "en" else "中国")]
    points = dict(zip(china.x, china.y))
    assert points[2022] == pytest.approx(75.6113) and points[2023] == pytest.approx(90.6)
    assert math.isnan(points[2022.5])  # the line stops before the break and starts again after it
    projected = presenter.for_projector(view.figure)
    assert label in [a.text for a in projected.layout.annotations]
    assert any(s.x0 == 2023 for s in projected.layout.shapes)
    without_china = presenter.build_view(con, "users", lang, ["THA"])
    assert label not in [a.text for a in without_china.figure.layout.annotations]


def test_people_offline_is_one_year_named_in_the_title(con) -> None:
    """Not each country's own latest year summed into one picture: one year for all, said in the title."""
    view = presenter.build_view(con, "offline", "en", config.DEFAULT_COUNTRIES)
    year = int(view.data.year.iloc[0])
    assert view.data.year.nunique() == 1 and str(year) in view.title
    reporting = queries.series(con, "IT.NET.USER.ZS", config.DEFAULT_COUNTRIES)
    counts = reporting.groupby("year").entity.nunique()
    assert counts[year] == counts.max()  # the latest year with the most countries, as on the divide page
