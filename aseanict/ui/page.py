"""The Streamlit side shared by every page: sidebar selection kept in the URL, charts with sources and downloads.

This, widgets.py and cached.py are the only package modules that import Streamlit; everything they show is computed
by the pure modules.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import urllib.parse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from aseanict import config, i18n
from aseanict.core import citation, compare, labels, provenance, takeaway, units, upload, urlstate
from aseanict.core.plain_text import plain
from aseanict.figures import charts, export
from aseanict.i18n import t
from aseanict.topics import chart_views
from aseanict.ui import cached
from aseanict.ui.glossary import show_glossary
from aseanict.ui.restart import notice_lost_state

LAYOUT_CSS = Path(__file__).resolve().parents[1] / "assets" / "layout.css"  # sidebar pickers, tables


@dataclass(frozen=True)
class Selection:
    lang: str
    countries: tuple[str, ...]
    group: str
    focus: tuple[str, ...] = ()


def _group_members(group: str, countries: pd.DataFrame) -> list[str]:
    members = set(compare.peer_set(group, countries))
    return [c for c in config.DEFAULT_COUNTRIES if c in members]  # China first, then ASEAN, as in the picker


# The store's countries and indicators do not change while the app runs: their names, labels and precisions are
# made once per process. Pickers and charts ask for them many times a run, and a cache call would hash its
# arguments (the countries table) every time; this is a dict lookup.
_PER_PROCESS: dict[tuple, object] = {}


def _once(key: tuple, make):
    if key not in _PER_PROCESS:
        _PER_PROCESS[key] = make()
    return _PER_PROCESS[key]


def names(lang: str) -> dict[str, str]:
    """ISO3 -> display name in the language (a copy: callers may add to it)."""
    return dict(_once(("names", lang), lambda: labels.country_names(cached.countries(), lang)))


def _indicator_labels(lang: str) -> dict[str, str]:
    return _once(("indicator_labels", lang), lambda: labels.indicator_labels(cached.indicators(), lang))


def indicator_labels(lang: str) -> dict[str, str]:
    """Code -> indicator label in the language, the unit added where names repeat (a copy)."""
    return dict(_indicator_labels(lang))


def _precisions() -> dict[str, int]:
    return _once(("precisions",), lambda: units.precisions(cached.indicators()))


def precisions() -> dict[str, int]:
    """Code -> the indicator's display precision (decimal places), from the store (a copy)."""
    return dict(_precisions())


def number(value: float | None, code: str, lang: str, qualifier: str = "=") -> str:
    """A value of an indicator at its one precision, in the reader's language (core.units.indicator_number)."""
    return units.indicator_number(value, code, _precisions(), lang, qualifier)


def indicator_label(code: str, lang: str) -> str:
    """The indicator's label in the language (core.labels.indicator_labels)."""
    return _indicator_labels(lang).get(code, code)


def _leave_legacy_multipage_mode() -> None:
    """A deep link (/countries) opened first on a fresh server makes Streamlit fall back to its old 'pages/'
    folder mode, which runs the page without app.py: no navigation titles, no wide layout, for every session
    until someone opens the root. Switching the flag off and rerunning sends the run through app.py."""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def language() -> str:
    """The reader's language: the sidebar's choice, else the link's lang=, else English. The one resolver:
    app.py's navigation titles and the store's messages use it before the sidebar has run."""
    lang = st.session_state.get("sel_lang") or st.query_params.get("lang")
    return lang if lang in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def store_or_stop() -> None:
    """Open the store before anything draws; a broken one gets a clear message, never a traceback."""
    from aseanict.store import database

    _leave_legacy_multipage_mode()
    lang = language()
    try:
        opened = cached.opened_store(str(cached.store_path()))
    except database.StoreLocked as exc:
        message = t("common.store_locked", lang, path=exc.path, holder=exc.holder)
    except database.StoreUnwritable as exc:
        message = t("common.store_unwritable", lang, path=exc.path, details=exc.reason)
    except database.StoreError as exc:
        message = t("common.store_error", lang, details=str(exc))
    else:
        if opened.stale_reason:
            st.warning(t("common.store_stale", lang, built_at=opened.built_at, details=opened.stale_reason))
        return
    st.error(message)
    st.stop()


def sidebar() -> Selection:
    """Language, group and countries: read once from the URL, kept in session state across pages, and
    written back to the URL so that a copied address reproduces the view."""
    ss = st.session_state
    country_table = cached.countries()
    known = [c for c in config.DEFAULT_COUNTRIES if c in set(country_table.iso3)]
    groups = list(config.GROUPS)
    params = st.query_params
    problems = []
    # Each setting is read from the URL once per session, then lives in session state (sel_*).
    if "sel_lang" not in ss:
        ss.sel_lang, problem = urlstate.parse_choice(params.get("lang"), i18n.LANGUAGES, i18n.DEFAULT_LANGUAGE, "lang")
        problems.append(problem)
    if "sel_group" not in ss:
        ss.sel_group, problem = urlstate.parse_choice(params.get("group"), [*groups, "custom"], "ASEAN_CHINA", "group")
        problems.append(problem)
    if "sel_countries" not in ss:
        default = _group_members(ss.sel_group, country_table) if ss.sel_group != "custom" else known
        ss.sel_countries, problem = urlstate.parse_list(params.get("countries"), known, default, "countries")
        problems.append(problem)
    if "sel_focus" not in ss:
        raw = params.get("focus") or None  # an empty focus= is no focus, not a bad value
        ss.sel_focus, problem = urlstate.parse_list(raw, known, [], "focus")
        problems.append(problem)
    if "url_problems" not in ss:
        ss.url_problems = [p for p in problems if p]
    lang = ss.sel_lang

    # Streamlit forgets widget state when the user switches page; re-assigning the widget keys from the sel_*
    # copies on every run keeps the sidebar the same on every page. Changes arrive through the callbacks,
    # which run before this, so nothing the user picked is overwritten.
    ss.w_lang = ss.sel_lang
    ss.w_group = ss.sel_group
    ss.w_countries = list(ss.sel_countries)
    ss.w_focus = list(ss.sel_focus)

    def on_lang() -> None:
        ss.sel_lang = ss.w_lang

    def on_group() -> None:
        ss.sel_group = ss.w_group
        if ss.w_group != "custom":
            ss.sel_countries = ss.w_countries = _group_members(ss.w_group, country_table)

    def on_countries() -> None:
        ss.sel_countries = list(ss.w_countries)
        if ss.sel_group != "custom" and set(ss.w_countries) != set(_group_members(ss.sel_group, country_table)):
            ss.sel_group = ss.w_group = "custom"

    def on_focus() -> None:
        ss.sel_focus = list(ss.w_focus)

    with st.sidebar:
        st.selectbox(
            t("sidebar.language", lang),
            list(i18n.LANGUAGES),
            key="w_lang",
            on_change=on_lang,
            format_func=lambda code: i18n.LANGUAGES[code],
        )
        display = names(lang)
        st.selectbox(
            t("sidebar.group", lang),
            [*groups, "custom"],
            key="w_group",
            on_change=on_group,
            format_func=lambda g: t("sidebar.custom", lang) if g == "custom" else t(f"group.{g}", lang),
        )
        st.multiselect(
            t("sidebar.countries", lang),
            known,
            key="w_countries",
            on_change=on_countries,
            format_func=lambda c: display.get(c, c),
        )
        st.multiselect(
            t("sidebar.focus", lang),
            known,
            key="w_focus",
            on_change=on_focus,
            format_func=lambda c: display.get(c, c),
            help=t("sidebar.focus_help", lang),
        )
    show_glossary(lang)
    if ss.get("url_problems"):
        st.info(t("common.url_notice", lang, details=plain("; ".join(ss.url_problems))))
    st.query_params.update({"lang": lang, "group": ss.sel_group, "countries": ",".join(ss.sel_countries)})
    if ss.sel_focus:
        st.query_params["focus"] = ",".join(ss.sel_focus)
    elif "focus" in st.query_params:
        del st.query_params["focus"]
    return Selection(lang=lang, countries=tuple(ss.sel_countries), group=ss.sel_group, focus=tuple(ss.sel_focus))


def focus() -> tuple[str, ...]:
    """The sidebar's focus countries (none before the sidebar has run)."""
    return tuple(st.session_state.get("sel_focus") or ())


def focused(fig: go.Figure, lang: str) -> go.Figure:
    """A copy of the figure with the sidebar's focus applied (charts.apply_focus), kept while the figure lives and
    shared (copying a figure validates every trace again): callers must not change it in place."""
    chosen = focus()
    return cached.per_figure(fig, ("focus", chosen, lang), lambda f: _focus_copy(f, chosen, lang))


def _focus_copy(fig: go.Figure, chosen: tuple[str, ...], lang: str) -> go.Figure:
    return charts.apply_focus(go.Figure(fig), chosen, lang=lang)


def page(title_key: str | None, intro_key: str | None = None, *, require_countries: bool = False) -> Selection:
    """Every page's opening: the store, the shared sidebar, the title and intro, and (if the page needs
    countries) a clear message instead of empty charts when none is picked. A page that draws its own title
    (presenter mode hides it on full screen) passes None."""
    st.html(LAYOUT_CSS)  # style only: takes no room on the page
    store_or_stop()
    selection = sidebar()
    notice_lost_state(selection.lang)
    if title_key:
        st.title(t(title_key, selection.lang))
    if intro_key:
        st.caption(t(intro_key, selection.lang))
    if require_countries and not selection.countries:
        st.info(t("common.pick_country", selection.lang))
        st.stop()
    return selection


def _credit(source_ids: tuple[str, ...], lang: str) -> str:
    return provenance.credit(source_ids, cached.sources(), lang)


def credit(source_ids: Iterable[str], lang: str) -> str:
    """The source and licence line for a chart (made once per set of sources and language)."""
    return cached.memo(_credit, tuple(sorted({str(s) for s in source_ids})), lang)


def _source_table(source_ids: tuple[str, ...], lang: str) -> pd.DataFrame:
    return provenance.source_table(source_ids, cached.sources(), lang)


def show_sources(source_ids: Iterable[str], lang: str) -> None:
    """Every source behind what is shown, with its address: one click from a number to where it came from."""
    with st.expander(t("common.sources", lang)):
        st.dataframe(
            cached.memo(_source_table, tuple(sorted({str(s) for s in source_ids})), lang),
            hide_index=True,
            column_config=provenance.source_columns(lang)
            | {"url": st.column_config.LinkColumn(t("source.col.url", lang))},
        )


def data_version() -> dict[str, str]:
    """The store's data version: {"version": 12 hex characters of data/'s content hash, "date": its date}."""
    return cached.data_version(str(cached.store_path()))


def data_version_line(lang: str) -> str:
    """'aseanict data version 1a2b3c4d5e6f (2026-11-30)': stamped on exports."""
    return t("footer.data_version_short", lang, **data_version())


def footer(lang: str) -> None:
    """Under every page: the data version, which a citation, an export or a CHANGELOG entry names. Not under the
    presenter's full screen: a room sees the chart alone, and the version is on every slide the deck exports."""
    if st.session_state.get("pres_full"):
        return
    st.divider()
    st.caption(t("footer.data_version", lang, **data_version()))


def page_address() -> str:
    """This view's address, settings included (the browser's, else the local server's while none is known)."""
    base = st.context.url or f"http://localhost:{st.get_option('server.port')}/"
    query = urlencode(st.query_params.to_dict(), safe=",")  # commas as typed in the address bar
    return f"{base}?{query}" if query else base


@functools.lru_cache(maxsize=512)  # a few KB each; keyed by the page's address, so its own cache, not memo's
def _citations(ids: tuple[str, ...], title: str, url: str, version: str, version_date: str, accessed: dt.date,
               lang: str, key: str) -> dict[str, str]:  # fmt: skip
    all_sources = cached.sources()
    return citation.citations(
        all_sources[all_sources.source_id.isin(ids)], title=title, url=url, version=version,
        version_date=version_date, accessed=accessed, lang=lang, key=key,
    )  # fmt: skip


def show_citation(
    source_ids: Iterable[str], title: str, *, key: str, lang: str, label_key: str = "cite.expander"
) -> None:
    """'Cite this': the view in APA, BibTeX and GB/T 7714, each in a code block with a copy button; the access
    date is today's."""
    version = data_version()
    cited = _citations(
        tuple(sorted({str(s) for s in source_ids})), title, page_address(), version["version"], version["date"],
        dt.date.today(), lang, key,
    )  # fmt: skip
    with st.expander(t(label_key, lang)):
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


def _shown(focused_fig: go.Figure, chosen: tuple[str, ...], lang: str, caption: str) -> _Shown:
    # The reading is made from the figure, not from `data` (the download may hold more than is drawn).
    reading = takeaway.caption(focused_fig, names(lang), lang, caption)
    greyed = charts.greyed_count(focused_fig)
    if greyed and not chosen:
        reading += " " + t("focus.caption_grey", lang, n=greyed)
    return _Shown(cached.drawable(focused_fig), reading, focused_fig.layout.title.text)


def show_chart(
    fig: go.Figure,
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
    once, when it builds a chart), so a run without a focus draws it as it is, with no copy.
    """
    user_rows = st.session_state.get("user_data")
    if user_rows is not None and "indicator" in data and data.indicator.nunique() == 1 and "entity" in data:
        overlay = upload.overlay_rows(user_rows, str(data.indicator.iloc[0]), set(data.entity))
        if not overlay.empty:
            fig = charts.add_overlay(go.Figure(fig), overlay, names(lang), t("common.your_data", lang))
            unfocused_look = False  # the overlay's line needs its label too
            data = pd.concat([data, overlay.assign(indicator=data.indicator.iloc[0])], ignore_index=True)
    chosen = focus()
    # What a run draws is made once per figure, focus, language and caption; the focused copy it is made from is
    # not kept (it would double the memory a shared chart holds): an image download makes its own on demand.
    as_built = unfocused_look and not chosen
    shown = cached.per_figure(
        fig,
        ("shown", chosen, lang, caption),
        lambda f: _shown(f if as_built else _focus_copy(f, chosen, lang), chosen, lang, caption),
    )
    st.plotly_chart(
        shown.figure, width="stretch", key=f"chart_{key}", config={"displaylogo": False, "responsive": True}
    )
    st.caption(shown.reading)
    source_ids = (
        [s for s in data["source_id"].dropna().unique() if not str(s).startswith("upload:")]
        if ("source_id" in data)
        else []
    )
    show_sources(source_ids, lang)
    title = shown.title or key
    show_citation(source_ids, title, key=key, lang=lang)
    credit_line = credit(source_ids, lang)
    version_line = data_version_line(lang)
    with st.container(horizontal=True):
        st.download_button(
            t("common.download_csv", lang),
            export.frame_csv(data),
            file_name=f"aseanict_{key}.csv",
            mime="text/csv",
            key=f"csv_{key}",
            on_click="ignore",
        )
        # Excel and images are made only when asked for (a callable), so a page never pays for them.
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
        if export.chromium_path():
            size = export_size(f"size_{key}", lang)
            for fmt, mime in (("png", "image/png"), ("svg", "image/svg+xml"), ("pdf", "application/pdf")):
                st.download_button(
                    t(f"common.download_{fmt}", lang),
                    lambda fmt=fmt: export.sized_image(
                        export.with_data_version(_focus_copy(fig, chosen, lang), version_line),
                        fmt,
                        size,
                    ),
                    file_name=f"aseanict_{key}{'' if size == 'screen' else '_16x9'}.{fmt}",
                    mime=mime,
                    key=f"{fmt}_{key}",
                    on_click="ignore",
                )
        if embed is not None:
            embed_snippet(key, lang, embed)
    if not export.chromium_path():
        st.caption(t("common.no_image_export", lang))


def _origin() -> str:
    """This app's address as the visitor reached it (scheme and host), for links that leave the page."""
    parts = urllib.parse.urlsplit(st.context.url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def embed_snippet(view: str, lang: str, settings: Mapping[str, Any]) -> None:
    """The chart's <iframe> for another web page (the same rows are at /api/v1/views/<view>.csv: README)."""
    query = chart_views.url_query(view, lang, settings)
    src = f"{_origin()}/embed?{urllib.parse.urlencode(query)}"
    with st.popover(t("embed.button", lang), icon=":material/code:"):
        st.caption(t("embed.help", lang))
        st.code(
            f'<iframe src="{html.escape(src)}" width="100%" height="600" style="border:0" loading="lazy" '
            f'title="{html.escape(view)}"></iframe>',
            language="html",
            wrap_lines=True,
        )


def show_notes(indicators: Iterable[str], entities: Iterable[str], lang: str) -> None:
    notes = cached.notes_for(tuple(indicators), tuple(entities))
    if notes.empty:
        return
    for text in notes[labels.column("text", lang)]:
        st.warning(text, icon=":material/info:")  # a material icon: an emoji loads a slow emoji table on first use
