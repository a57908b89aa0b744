"""Static exports of what a page shows: PNG/SVG of a chart (title and source line baked in), CSV and Excel."""

from __future__ import annotations

import io
import shutil
import threading
import warnings

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

EXPORT_WIDTH, EXPORT_HEIGHT = 1400, 800  # slide-friendly 16:9-ish, readable on a projector
_server_lock = threading.Lock()
_server_started = False


class ExportError(RuntimeError):
    """A static export is not possible here; the message says what is missing."""


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


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

        try:
            kaleido.start_sync_server(headless=True, silence_warnings=True)
        except Exception as exc:  # kaleido raises its own error types; all mean "no export here"
            raise ExportError(f"The chart exporter could not start a browser: {exc}") from exc
        _server_started = True


def figure_image(
    fig: go.Figure, fmt: str = "png", width: int = EXPORT_WIDTH, height: int = EXPORT_HEIGHT, scale: float = 1.0
) -> bytes:
    """The figure as PNG or SVG bytes, exactly as styled (title, legend and source line included)."""
    if fmt not in ("png", "svg", "pdf"):
        raise ValueError(f"unsupported image format {fmt!r}")
    _ensure_server()
    exported = go.Figure(fig)
    exported.update_layout(width=width, height=height)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return pio.to_image(exported, format=fmt, width=width, height=height, scale=scale)
        except Exception as exc:
            raise ExportError(f"The chart could not be exported as {fmt.upper()}: {exc}") from exc


def with_data_version(fig: go.Figure, line: str) -> go.Figure:
    """A copy of the figure with the data version at its foot, right-aligned opposite the source line, so that
    an image pasted into a brief still says which data it shows."""
    stamped = go.Figure(fig)
    if line:
        stamped.add_annotation(
            text=line,
            xref="paper",
            yref="paper",
            x=1,
            y=0,
            yshift=-62,
            xanchor="right",
            yanchor="top",
            showarrow=False,
            font={"size": 10, "color": "#777777"},
        )
    return stamped


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
