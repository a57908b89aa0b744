"""A chart on a page (show_chart): what it draws with the sidebar's focus, a one-line reading, its sources, a
citation, the rows and images to download, and its <iframe> snippet.

Everything it shows is computed by the pure modules; this only lays it out (the names, credit lines and sources
helpers are ui.page's).
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import urllib.parse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from aseanict.core import citation, provenance, takeaway, upload
from aseanict.figures import charts, export, narrow
from aseanict.i18n import t
from aseanict.topics import chart_views
from aseanict.ui import cached
from aseanict.ui.page import credit, data_version, data_version_line, focus, lazy_box, names, show_sources

# What one shared chart keeps of what runs made from it: both languages on a desktop and a phone, and two focuses.
VARIANTS_KEPT = 6


def focused(fig: go.Figure | cached.KeptFigure, lang: str, *, phone: bool = False) -> go.Figure:
    """The figure with the sidebar's focus applied (charts.apply_focus), as st.plotly_chart reads it (its JSON:
    cached.drawable; redrawn for a phone with `phone`: figures.narrow), made once per focus, language and kind of
    screen while the figure lives: a copy kept as a figure held thousands of objects for each, and st.plotly_chart
    turned it into a dict again on every run."""
    chosen = focus()
    reshape = narrow.for_phone if phone else None
    return cached.per_object(
        fig,
        ("focus", chosen, lang, phone),
        lambda f: cached.drawable(_focus_copy(f, chosen, lang), reshape),
        keep=VARIANTS_KEPT,
    )


def _focus_copy(fig: go.Figure | cached.KeptFigure, chosen: tuple[str, ...], lang: str) -> go.Figure:
    return charts.apply_focus(_copy(fig), chosen, lang=lang)


def _copy(fig: go.Figure | cached.KeptFigure) -> go.Figure:
    """A new figure to change: read back from a kept one's JSON, else copied."""
    return fig.figure() if isinstance(fig, cached.KeptFigure) else go.Figure(fig)


def page_address() -> str:
    """This view's address, settings included (the browser's, else the local server's while none is known)."""
    base = st.context.url or f"http://localhost:{st.get_option('server.port')}/"
    query = urlencode(st.query_params.to_dict(), safe=",")  # commas as typed in the address bar
    return f"{base}?{query}" if query else base


@functools.lru_cache(maxsize=512)  # a few KB each; keyed by the page's address, so its own cache, not memo's
def _citations(ids: tuple[str, ...], title: str, url: str, version: str, version_date: str, accessed: dt.date,
               lang: str, key: str) -> dict[str, str]:  # fmt: skip
    return citation.citations(
        _sources_of(ids, version), title=title, url=url, version=version, version_date=version_date, accessed=accessed,
        lang=lang, key=key,
    )  # fmt: skip


@functools.lru_cache(maxsize=256)
def _sources_of(ids: tuple[str, ...], version: str) -> pd.DataFrame:
    """The sources' rows, picked once per set of ids and data version: _citations misses with every new address
    (each setting changes it), and picking rows from the Arrow-backed table was most of a miss."""
    all_sources = cached.sources()
    return all_sources[all_sources.source_id.isin(ids)]


def show_citation(
    source_ids: Iterable[str], title: str, *, key: str, lang: str, label_key: str = "cite.expander"
) -> None:
    """'Cite this': the view in APA, BibTeX and GB/T 7714, each in a code block with a copy button; the access
    date is today's. Made and sent only while the box is open."""
    box = lazy_box(st.expander, t(label_key, lang), f"cite_{key}")
    if box is None:
        return
    version = data_version()
    cited = _citations(
        tuple(sorted({str(s) for s in source_ids})), title, page_address(), version["version"], version["date"],
        dt.date.today(), lang, key,
    )  # fmt: skip
    with box:
        st.caption(t("cite.intro", lang))
        for style in citation.STYLES:
            st.markdown(f"**{t(f'cite.style.{style}', lang)}**")
            st.code(cited[style], language="latex" if style == "bibtex" else None, wrap_lines=True)


def export_size(key: str, lang: str, default: str = "screen") -> str:
    """The size of the images and PDFs a download makes: on screen (1400 × 800) or a 16:9 slide (1920 × 1080)."""
    chosen = st.segmented_control(
        t("common.export_size", lang),
        list(export.SIZES),
        default=default,
        format_func=lambda s: t(f"common.size.{s}", lang),
        key=key,
        label_visibility="collapsed",
    )
    return chosen or default  # a segmented control can be cleared; that means the default


@dataclass(frozen=True)
class _Shown:
    """What a run needs of a chart with the focus applied: the figure as st.plotly_chart reads it, its reading."""

    figure: go.Figure
    reading: str
    title: str | None


@dataclass(frozen=True)
class _Rows:
    """What a run needs of the rows behind a chart: their sources and their CSV, made once per table (a shared
    chart's table is the same object on every run; reading a column of it on each run costs time and leaves
    pandas a weak reference to clear)."""

    source_ids: tuple[str, ...]
    csv: bytes

    @classmethod
    def of(cls, data: pd.DataFrame) -> _Rows:
        ids = data["source_id"].dropna().unique() if "source_id" in data else []
        return cls(tuple(s for s in ids if not str(s).startswith("upload:")), export.frame_csv(data))


def _shown(focused_fig: go.Figure, chosen: tuple[str, ...], lang: str, caption: str, phone: bool) -> _Shown:
    said = _said(focused_fig, chosen, lang, caption)
    return _Shown(_drawable(focused_fig, phone), said.reading, said.title)


def _as_built(fig: cached.KeptFigure, lang: str, caption: str, phone: bool) -> _Shown:
    """What a run with no focus draws of a kept chart: its JSON as it is, and its reading (made when it was kept)."""
    said = cached.per_object(fig, ("said", lang, caption), lambda f: _said(f.figure(), (), lang, caption))
    return _Shown(_drawable(fig, phone), said.reading, said.title)


@dataclass(frozen=True)
class _Said:
    """The one-line reading under a chart and its title (for the citation)."""

    reading: str
    title: str | None


def _said(fig: go.Figure, chosen: tuple[str, ...], lang: str, caption: str) -> _Said:
    # The reading is made from the figure, not from `data` (the download may hold more than is drawn).
    reading = takeaway.caption(fig, names(lang), lang, caption)
    greyed = charts.greyed_count(fig)
    if greyed and not chosen:
        reading += " " + t("focus.caption_grey", lang, n=greyed)
    title = fig.layout.title.text
    return _Said(reading, charts.unwrap(title) if title else None)


def kept(fig: go.Figure, lang: str, caption: str) -> cached.KeptFigure:
    """The figure as a shared chart is kept (cached.KeptFigure), with what a run with no focus says under it made
    now, from the figure itself: made later, it would cost reading the JSON back into a figure."""
    kept_fig = cached.KeptFigure(fig)
    said = _said(fig, (), lang, caption)
    cached.per_object(kept_fig, ("said", lang, caption), lambda _: said)
    return kept_fig


def for_this_screen(fig: go.Figure) -> go.Figure:
    """The figure as st.plotly_chart should draw it on this browser (one panel a row on a phone: figures.narrow),
    made once per figure and kind of screen while the figure lives (cached.per_object): for a shared figure."""
    phone = on_phone()
    return cached.per_object(fig, ("screen", phone), lambda f: _drawable(f, phone))


def _drawable(fig: go.Figure | cached.KeptFigure, phone: bool) -> go.Figure:
    return cached.drawable(fig, narrow.for_phone if phone else narrow.for_desktop)


def plotly_config() -> dict[str, Any]:
    """What every st.plotly_chart is given. No Plotly toolbar on a phone: a touch screen shows it all the time, over
    the chart's title (the page's own buttons download the chart; a touch zooms and pans it)."""
    return {"displaylogo": False, "responsive": True, "displayModeBar": not on_phone()}


def on_phone() -> bool:
    """The browser says it is a phone ("Mobi" in its user agent, as MDN advises): Streamlit does not tell a page how
    wide the screen is, and a grid of panels needs one column there (figures.narrow)."""
    return "Mobi" in (st.context.headers.get("User-Agent") or "")


def show_chart(
    fig: cached.KeptFigure | go.Figure,
    data: pd.DataFrame,
    *,
    key: str,
    lang: str,
    caption: str = "",
    embed: Mapping[str, Any] | None = None,
    unfocused_look: bool = False,
) -> None:
    """The chart, a one-line reading of what it draws, its sources in full, and the rows behind it as CSV, Excel, PNG and SVG.

    `embed`: the settings of a named chart view (topics/chart_views, `key` its name): adds its <iframe> snippet.

    If the user uploaded their own values for this chart's indicator, they are drawn on top (this session only).

    `unfocused_look`: the figure already went through charts.apply_focus with no countries (ui.views does that
    once, when it builds a chart), so a run without a focus draws it as it is, with no focus step.
    """
    user_rows = st.session_state.get("user_data")
    if user_rows is not None and "indicator" in data and data.indicator.nunique() == 1 and "entity" in data:
        overlay = upload.overlay_rows(user_rows, str(data.indicator.iloc[0]), set(data.entity))
        if not overlay.empty:
            # this run's own figure (a go.Figure): made again on the next run, so it is not kept as JSON
            fig = charts.add_overlay(fig.figure(), overlay, names(lang), t("common.your_data", lang))
            unfocused_look = False  # the overlay's line needs its label too
            data = pd.concat([data, overlay.assign(indicator=data.indicator.iloc[0])], ignore_index=True)
    chosen = focus()
    # What a run draws is made once per figure, focus, language and caption; the figure it is made from is not kept
    # (it would undo the kept figure's point): an image download makes its own on demand.
    as_built = unfocused_look and not chosen
    phone = on_phone()
    shown = cached.per_object(
        fig,
        ("shown", chosen, lang, caption, phone),
        lambda f: _as_built(f, lang, caption, phone) if as_built else
        _shown(_focus_copy(f, chosen, lang), chosen, lang, caption, phone),
        keep=VARIANTS_KEPT,
    )  # fmt: skip
    st.plotly_chart(shown.figure, width="stretch", key=f"chart_{key}", config=plotly_config())
    st.caption(shown.reading)
    rows = cached.per_object(data, "rows", _Rows.of)
    source_ids = list(rows.source_ids)
    show_sources(source_ids, lang, key=key)  # this box and the ones below are drawn when opened (ui.page.lazy_box)
    title = shown.title or key
    show_citation(source_ids, title, key=key, lang=lang)
    with st.container(horizontal=True):
        st.download_button(
            t("common.download_csv", lang),
            rows.csv,
            file_name=f"aseanict_{key}.csv",
            mime="text/csv",
            key=f"csv_{key}",
            on_click="ignore",
        )
        more = lazy_box(st.popover, t("common.download_more", lang), f"downloads_{key}", icon=":material/download:")
        if more is not None:
            with more:
                _file_downloads(fig, data, key=key, lang=lang, chosen=chosen, title=title, source_ids=source_ids)
        if embed is not None:
            embed_snippet(key, lang, embed)
    if not export.chromium_path():
        st.caption(t("common.no_image_export", lang))


def _file_downloads(
    fig: cached.KeptFigure | go.Figure, data: pd.DataFrame, *, key: str, lang: str, chosen: tuple[str, ...], title: str,
    source_ids: list[str],
) -> None:  # fmt: skip
    """The chart's Excel, PNG, SVG and PDF downloads and the images' size. Each file is made only when its button
    is clicked (a callable), so drawing the buttons costs nothing more."""
    credit_line, version_line = credit(source_ids, lang), data_version_line(lang)
    st.download_button(
        t("common.download_xlsx", lang),
        lambda: export.frame_excel(
            data,
            title=title,
            credit=credit_line,
            sources=provenance.source_table(source_ids, cached.sources()),
            data_version=version_line,
        ),
        file_name=f"aseanict_{key}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"xlsx_{key}",
        on_click="ignore",
    )
    if not export.chromium_path():
        return
    size = export_size(f"size_{key}", lang)
    for fmt, mime in (("png", "image/png"), ("svg", "image/svg+xml"), ("pdf", "application/pdf")):
        st.download_button(
            t(f"common.download_{fmt}", lang),
            lambda fmt=fmt: export.sized_image(
                export.with_data_version(_focus_copy(fig, chosen, lang), version_line), fmt, size
            ),
            file_name=f"aseanict_{key}{'' if size == 'screen' else '_16x9'}.{fmt}",
            mime=mime,
            key=f"{fmt}_{key}",
            on_click="ignore",
        )


def _origin() -> str:
    """This app's address as the visitor reached it (scheme and host), for links that leave the page."""
    parts = urllib.parse.urlsplit(st.context.url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def embed_snippet(view: str, lang: str, settings: Mapping[str, Any]) -> None:
    """The chart's <iframe> for another web page (the same rows are at /api/v1/views/<view>.csv: README)."""
    box = lazy_box(st.popover, t("embed.button", lang), f"embed_{view}", icon=":material/code:")
    if box is None:
        return
    query = chart_views.url_query(view, lang, settings)
    src = f"{_origin()}/embed?{urllib.parse.urlencode(query)}"
    with box:
        st.caption(t("embed.help", lang))
        st.code(
            f'<iframe src="{html.escape(src)}" width="100%" height="600" style="border:0" loading="lazy" '
            f'title="{html.escape(view)}"></iframe>',
            language="html",
            wrap_lines=True,
        )
