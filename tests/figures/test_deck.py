"""Decks open back with the right number of slides, titles and sources."""

from __future__ import annotations

import io
import os
import re

import plotly.graph_objects as go
import pytest
from PIL import Image, ImageChops
from pptx import Presentation

from aseanict.figures import deck, export


def _png(colour: str, size=(1400, 800)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


SLIDES = [
    deck.Slide("Internet users", _png("white"), "Source: World Bank (CC BY 4.0)", "More people online."),
    deck.Slide("IDI 2024", _png("grey"), "Source: ITU (CC BY-NC-SA 3.0 IGO)"),
]


def test_pptx_has_a_cover_and_one_slide_per_chart() -> None:
    prs = Presentation(io.BytesIO(deck.pptx_deck(SLIDES, "The 2016 report revisited", "NACT symposium")))
    assert prs.core_properties.title == "The 2016 report revisited"
    assert len(prs.slides) == 3
    titles = [s.shapes.title.text for s in prs.slides]
    assert titles == ["The 2016 report revisited", "Internet users", "IDI 2024"]
    texts = " ".join(sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame)
    assert "World Bank (CC BY 4.0)" in texts and "ITU (CC BY-NC-SA 3.0 IGO)" in texts
    pictures = [sh for s in list(prs.slides)[1:] for sh in s.shapes if sh.shape_type == 13]
    assert len(pictures) == 2 and all(p.left >= 0 and p.left + p.width <= prs.slide_width for p in pictures)


def test_pdf_has_one_page_per_chart() -> None:
    pdf = deck.pdf_deck(SLIDES)
    assert pdf.startswith(b"%PDF")
    assert re.findall(rb"/Count (\d+)", pdf) == [b"2"]
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 2


def test_pdf_carries_the_deck_title() -> None:
    assert "东盟 ASEAN".encode("utf-16-be") in deck.pdf_deck(SLIDES, "东盟 ASEAN")


def test_empty_pdf_is_refused() -> None:
    with pytest.raises(ValueError):
        deck.pdf_deck([])


@pytest.mark.skipif(export.chromium_path() is None and not os.environ.get("CI"), reason="no Chromium here")
def test_a_pptx_slide_shows_its_title_once_and_its_chart_fills_the_frame() -> None:
    fig = go.Figure(go.Bar(x=["a", "b"], y=[1, 2])).update_layout(title="Internet users 上网人数")
    picture = deck.pptx_picture("slide")(fig)
    width, height = Image.open(io.BytesIO(picture)).size
    assert width > 1800 and abs(width / height - deck.PICTURE_W / deck.PICTURE_H) < 0.01  # full HD, frame's shape
    titled = Image.open(io.BytesIO(export.figure_image(fig, "png", width, height)))
    bare = Image.open(io.BytesIO(export.figure_image(fig, "png", width, height, titled=False)))
    # The title band of the slide's picture is empty: PowerPoint shows the title above it, once.
    band = (0, 0, width // 2, 40)
    assert (
        ImageChops.difference(bare.convert("RGB").crop(band), Image.new("RGB", (width // 2, 40), "white")).getbbox()
        is None
    )
    assert ImageChops.difference(
        titled.convert("RGB").crop(band), Image.new("RGB", (width // 2, 40), "white")
    ).getbbox()
    prs = Presentation(io.BytesIO(deck.pptx_deck([deck.Slide("Internet users 上网人数", picture, "Source: ITU")], "t")))
    picture_shape = next(sh for sh in prs.slides[1].shapes if sh.shape_type == 13)
    assert prs.slides[1].shapes.title.text == "Internet users 上网人数"
    assert picture_shape.width > deck.PICTURE_W * 0.99
