"""Static exports of what a page shows: PNG/SVG/PDF of a chart (title and source line baked in), CSV and Excel.

Images are drawn by a headless Chromium (Kaleido) with the project's own CJK font (assets/fonts, a subset of Noto
Sans CJK SC), so that Chinese shows on a host that has no CJK font of its own.
"""

from __future__ import annotations

import functools
import io
import os
import shutil
import tempfile
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from aseanict.figures import charts
from aseanict.figures.narrow import points

EXPORT_WIDTH, EXPORT_HEIGHT = 1400, 800  # readable on a screen and a projector
FONT_DIR = Path(__file__).resolve().parents[1] / "assets" / "fonts"
FONT_FAMILY = "AseanICT Sans SC"  # the bundled subset (scripts/subset_font.py)
FONT_FILE = FONT_DIR / "AseanICTSansSC-Regular.otf"
GENERIC_FAMILIES = {"sans-serif", "serif", "monospace"}


@dataclass(frozen=True)
class ExportSize:
    width: int  # CSS pixels the chart is laid out in (its type sizes are set for about 1400)
    height: int
    scale: float  # pixels per CSS pixel in a PNG (a PDF or SVG is vector: its page is width x height)

    @property
    def pixels(self) -> tuple[int, int]:
        return round(self.width * self.scale), round(self.height * self.scale)


# "slide" is a full-HD 16:9 picture laid out at 1440 x 810 and drawn at 4/3: 1920 x 1080 pixels with the same
# type sizes as on screen (a chart laid out at 1920 would have type too small for a room).
SIZES = {"screen": ExportSize(EXPORT_WIDTH, EXPORT_HEIGHT, 1.0), "slide": ExportSize(1440, 810, 4 / 3)}
_server_lock = threading.Lock()
_server_started = False


class ExportError(RuntimeError):
    """A static export is not possible here; the message says what is missing."""


@functools.cache  # every chart asks on every run, and shutil.which stats each folder on the PATH: once a process
def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def font_config(base: str | None = None) -> Path:
    """A fontconfig file that adds the bundled font to the machine's own configuration (`base`: the file
    FONTCONFIG_FILE named, else the system's). Chromium finds fonts through fontconfig only, and fontconfig
    cannot read an environment variable in an include, so the file is written for this process."""
    base = base or os.environ.get("FONTCONFIG_FILE") or "/etc/fonts/fonts.conf"
    folder = Path(tempfile.mkdtemp(prefix="aseanict-fonts-"))
    path = folder / "fonts.conf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{FONT_DIR}</dir>\n"
        f'  <include ignore_missing="yes">{base}</include>\n'
        f"  <cachedir>{folder / 'cache'}</cachedir>\n"
        "</fontconfig>\n",
        encoding="utf-8",
    )
    return path


def with_bundled_font(family: str | None) -> str:
    """A CSS font list with the bundled CJK font before any other CJK font and the generic fallback: Latin text in
    the figure's own fonts where the host has them, Chinese always in the bundled font (the same on every host)."""
    names = [f.strip() for f in (family or "").split(",") if f.strip() and f.strip() != FONT_FAMILY]
    latin = [f for f in names if f not in GENERIC_FAMILIES and "CJK" not in f]
    cjk = [f for f in names if "CJK" in f]
    generic = [f for f in names if f in GENERIC_FAMILIES] or ["sans-serif"]
    return ", ".join([*latin, FONT_FAMILY, *cjk, *generic])


def _ensure_server() -> None:
    # Kaleido starts a headless browser; starting it once saves ~5 s on every export.
    global _server_started
    with _server_lock:
        if _server_started:
            return
        if chromium_path() is None:
            raise ExportError(
                "PNG and SVG export needs a Chromium browser on the machine running the app "
                "(Debian: apt-get install chromium). CSV and Excel downloads work without it."
            )
        import kaleido

        # The browser inherits this process's environment when Kaleido starts it; nothing else here reads it.
        os.environ["FONTCONFIG_FILE"] = str(font_config())

        try:
            kaleido.start_sync_server(headless=True, silence_warnings=True)
        except Exception as exc:  # kaleido raises its own error types; all mean "no export here"
            raise ExportError(f"The chart exporter could not start a browser: {exc}") from exc
        _server_started = True


def for_export(fig: go.Figure, titled: bool = True) -> go.Figure:
    """A copy drawn in the bundled font, without what only works in a browser (animation frames, the year slider,
    play / pause buttons: the copy shows the year the figure opens on, with its title and notes); without its
    title where a slide shows the title (titled=False)."""
    exported = go.Figure(fig)
    exported.frames, exported.layout.updatemenus, exported.layout.sliders = (), (), ()
    room = exported.layout.meta.get(charts.CONTROLS_ROOM) if isinstance(exported.layout.meta, dict) else None
    if room:  # no empty band where the controls were: the foot notes and the margin come back up
        for note in exported.layout.annotations:
            if note.name == charts.FOOT:
                note.yshift = (note.yshift or 0) + room
        exported.update_layout(margin_b=exported.layout.margin.b - room)
    exported.update_layout(font_family=with_bundled_font(exported.layout.font.family))
    if exported.layout.title.font.family:
        exported.layout.title.font.family = with_bundled_font(exported.layout.title.font.family)
    for note in exported.layout.annotations:
        if note.font.family:
            note.font.family = with_bundled_font(note.font.family)
    if not titled and exported.layout.title.text:
        exported.layout.title.text = ""
        top = exported.layout.margin.t
        exported.update_layout(margin_t=min(top, 40) if top is not None else 40)
    return exported


def figure_image(
    fig: go.Figure,
    fmt: str = "png",
    width: int = EXPORT_WIDTH,
    height: int = EXPORT_HEIGHT,
    scale: float = 1.0,
    *,
    titled: bool = True,
) -> bytes:
    """The figure as PNG, SVG or PDF bytes, exactly as styled (title, legend and source line included; the title
    left out with titled=False), in the bundled font."""
    if fmt not in ("png", "svg", "pdf"):
        raise ValueError(f"unsupported image format {fmt!r}")
    _ensure_server()
    exported = for_export(fig, titled)
    exported.update_layout(width=width, height=height)
    drawn = exported.to_dict()
    spec = points.labels_apart(drawn, points.plot_px(drawn, width))  # points' names apart at the image's width
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return pio.to_image(go.Figure(spec), format=fmt, width=width, height=height, scale=scale)
        except Exception as exc:
            raise ExportError(f"The chart could not be exported as {fmt.upper()}: {exc}") from exc


def with_data_version(fig: go.Figure, line: str) -> go.Figure:
    """A copy of the figure with the data version at its foot, right-aligned opposite the source line, so that
    an image pasted into a brief still says which data it shows."""
    stamped = go.Figure(fig)
    if line:
        source = next((a for a in stamped.layout.annotations if a.name == charts.FOOT), None)
        stamped.add_annotation(
            text=line,
            xref="paper",
            yref="paper",
            x=1,
            y=source.y if source is not None else 0,
            yshift=source.yshift if source is not None else -62,
            name=charts.FOOT,
            xanchor="right",
            yanchor="top",
            showarrow=False,
            font={"size": 10, "color": "#777777"},
        )
    return stamped


def sized_image(fig: go.Figure, fmt: str, size: str = "screen", *, titled: bool = True) -> bytes:
    """figure_image at one of SIZES ("screen" 1400 x 800, "slide" 16:9 1920 x 1080)."""
    chosen = SIZES[size]
    return figure_image(fig, fmt, chosen.width, chosen.height, chosen.scale, titled=titled)


def frame_csv(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8")


def frame_excel(
    frame: pd.DataFrame, *, title: str, credit: str, sources: pd.DataFrame | None = None, data_version: str = ""
) -> bytes:
    """An .xlsx with the rows shown on one sheet, what they are (title, credit, data version) on a second and
    where they come from on a third."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        frame.to_excel(writer, sheet_name="data", index=False)
        about = pd.DataFrame({"field": ["title", "credit", "data version"], "value": [title, credit, data_version]})
        about.to_excel(writer, sheet_name="about", index=False)
        if sources is not None and not sources.empty:
            sources.to_excel(writer, sheet_name="sources", index=False)
    return buffer.getvalue()
