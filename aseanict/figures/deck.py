"""Slide decks from a sequence of charts: PowerPoint (one chart per slide, with title and source) and PDF."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import plotly.graph_objects as go
from PIL import Image
from pptx import Presentation
from pptx.util import Emu, Pt

from aseanict.figures import export

SLIDE_W, SLIDE_H = Emu(12_192_000), Emu(6_858_000)  # 16:9, 13.33 × 7.5 in
# Where a slide's chart goes: below the title, above the takeaway and source.
PICTURE_TOP, PICTURE_W, PICTURE_H = Emu(1_400_000), SLIDE_W - Emu(600_000), SLIDE_H - Emu(2_300_000)


@dataclass(frozen=True)
class Slide:
    title: str
    image_png: bytes  # the chart as exported: without its title in a PowerPoint deck (pptx_picture), with it in a PDF
    source: str
    takeaway: str = ""


def pptx_deck(slides: Sequence[Slide], deck_title: str, subtitle: str = "") -> bytes:
    """A title slide, then one slide per chart: title, the chart, the takeaway and the source."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    prs.core_properties.title = deck_title  # what PowerPoint shows in its title bar and file list
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = deck_title
    cover.placeholders[1].text = subtitle
    blank = prs.slide_layouts[5]  # title only
    for item in slides:
        slide = prs.slides.add_slide(blank)
        slide.shapes.title.text = item.title
        slide.shapes.title.text_frame.paragraphs[0].font.size = Pt(28)
        width, height = Image.open(io.BytesIO(item.image_png)).size
        scale = min(PICTURE_W / width, PICTURE_H / height)
        pic_w, pic_h = int(width * scale), int(height * scale)
        slide.shapes.add_picture(io.BytesIO(item.image_png), (SLIDE_W - pic_w) // 2, PICTURE_TOP, pic_w, pic_h)
        box = slide.shapes.add_textbox(Emu(300_000), SLIDE_H - Emu(850_000), SLIDE_W - Emu(600_000), Emu(700_000))
        frame = box.text_frame
        frame.word_wrap = True
        frame.text = item.takeaway
        frame.paragraphs[0].font.size = Pt(16)
        source = frame.add_paragraph()
        source.text = item.source
        source.font.size = Pt(11)
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()


def pptx_picture(size: str = "slide", stamp: str = "") -> Callable[[go.Figure], bytes]:
    """How a chart is drawn for a PowerPoint slide: without its own title (the slide shows it once), in the
    picture frame's shape so that it fills it, at the resolution of a slide 1400 ("screen") or 1920 ("slide")
    pixels wide; `stamp` (the data version line) at its foot."""
    chosen = export.SIZES[size]
    width = round(chosen.width * PICTURE_W / SLIDE_W)
    height = round(width * PICTURE_H / PICTURE_W)
    return lambda fig: export.figure_image(
        export.with_data_version(fig, stamp), "png", width, height, chosen.scale, titled=False
    )


def pdf_page(size: str = "slide", stamp: str = "") -> Callable[[go.Figure], bytes]:
    """How a chart is drawn for a page of the PDF deck: whole (title and source line), at export.SIZES[size],
    with `stamp` (the data version line) at its foot."""
    return lambda fig: export.sized_image(export.with_data_version(fig, stamp), "png", size)


def pdf_deck(slides: Sequence[Slide], title: str = "") -> bytes:
    """The charts as a PDF, one page each (each image already carries its title and source line)."""
    if not slides:
        raise ValueError("a deck needs at least one slide")
    pages = [Image.open(io.BytesIO(s.image_png)).convert("RGB") for s in slides]
    buffer = io.BytesIO()
    pages[0].save(buffer, format="PDF", save_all=True, append_images=pages[1:], resolution=150, title=title)
    return buffer.getvalue()
