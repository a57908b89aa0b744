"""The Streamlit side shared by every page: the opening (store, sidebar selection kept in the URL, title), names and
labels in the reader's language, credit lines, sources and the footer. A chart with its reading and downloads is
ui.chart's.

Everything the ui modules show is computed by the pure modules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from aseanict import config, i18n
from aseanict.core import compare, labels, provenance, units, urlstate
from aseanict.core.plain_text import plain
from aseanict.i18n import t
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


def _members(group: str) -> list[str]:
    """A sidebar group's countries (a copy)."""
    return list(_once(("members", group), lambda: _group_members(group, cached.countries())))


def _known() -> list[str]:
    """The sidebar's countries: the default list, those the store has."""

    def make() -> list[str]:
        stored = set(cached.countries().iso3)
        return [c for c in config.DEFAULT_COUNTRIES if c in stored]

    return list(_once(("known",), make))


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
    known = _known()
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
        default = _members(ss.sel_group) if ss.sel_group != "custom" else known
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
            ss.sel_countries = ss.w_countries = _members(ss.w_group)

    def on_countries() -> None:
        ss.sel_countries = list(ss.w_countries)
        if ss.sel_group != "custom" and set(ss.w_countries) != set(_members(ss.sel_group)):
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
            placeholder=t("sidebar.countries_none", lang),
            on_change=on_countries,
            format_func=lambda c: display.get(c, c),
        )
        st.multiselect(
            t("sidebar.focus", lang),
            known,
            key="w_focus",
            placeholder=t("sidebar.focus_none", lang),
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


def lazy_box(make: Callable[..., Any], label: str, key: str, **options: Any) -> Any:
    """A closed box (`make`: st.expander or st.popover) whose content the caller draws only while it is open: the
    container then, else None. Opening it reruns the section. The boxes under every chart, filled on every run,
    were a fifth of the messages a visitor's tour of the pages sent, for boxes seldom opened. `key`: unique on the
    page."""
    box = make(label, key=key, on_change="rerun", **options)
    return box if box.open else None


def show_sources(source_ids: Iterable[str], lang: str, *, key: str) -> None:
    """Every source behind what is shown, with its address: one click from a number to where it came from. The
    table is made and sent only while its box is open (lazy_box)."""
    box = lazy_box(st.expander, t("common.sources", lang), f"sources_{key}")
    if box is not None:
        box.dataframe(
            cached.arrow(cached.memo(_source_table, tuple(sorted({str(s) for s in source_ids})), lang)),
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


def show_notes(indicators: Iterable[str], entities: Iterable[str], lang: str) -> None:
    for text in cached.note_texts(tuple(indicators), tuple(entities), lang):
        st.warning(text, icon=":material/info:")  # a material icon: an emoji loads a slow emoji table on first use
