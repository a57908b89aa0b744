"""Page widgets whose values live in the URL, so that a copied address reproduces the view.

Each widget is seeded from its query parameter on the first run of a session (a bad value falls back to the
default with a short notice), keeps its value across page switches (persist_state), and writes it back to
the address on every run (left out while it equals the default, to keep links short). The parameter name is
the widget key. Like ui.py, this is Streamlit glue: the parsing itself is urlstate's.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from aseanict.core import urlstate
from aseanict.core.plain_text import plain
from aseanict.core.sections import PAGE_SECTIONS
from aseanict.i18n import t

TAB_PARAM = "tab"


def _notice(problem: str | None, lang: str) -> None:
    if problem:
        st.info(t("common.url_notice", lang, details=plain(problem)))


def _write(key: str, text: str | None) -> None:
    """Set a parameter of the address, or take it out (None)."""
    if text is None:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != text:
        st.query_params[key] = text


def _to_url(key: str, text: str, default_text: str) -> None:
    _write(key, None if text == default_text else text)  # a default is left out, to keep links short


def _seed(
    key: str, parse: Callable[[object], tuple[Any, str | None]], valid: Callable[[Any], bool], default, lang
) -> None:
    """Give the widget its starting value: from the URL on a session's first run, else keep what it has,
    unless the options moved under it (another widget changed them), when it goes back to the default."""
    ss = st.session_state
    if key not in ss:
        raw = st.query_params.get(key)
        value, problem = parse(raw) if raw is not None else (default, None)
        ss[key] = value
        _notice(problem, lang)
    elif not valid(ss[key]):
        ss[key] = default


def choice(widget: Callable[..., Any], label: str, options: Sequence[Hashable], *, key: str, lang: str,
           default: Hashable | None = None, **kwargs: Any) -> Any:  # fmt: skip
    """A single choice (selectbox, radio, select_slider, segmented_control) kept in the URL as str(option)."""
    options = list(options)
    if not options:
        raise ValueError(f"{key}: no options")
    default = options[0] if default is None or default not in options else default
    by_text = {str(o): o for o in options}

    def parse(raw: object) -> tuple[Any, str | None]:
        text, problem = urlstate.parse_choice(raw, by_text, str(default), key)
        return by_text[text], problem

    _seed(key, parse, lambda v: v in options, default, lang)
    value = widget(label, options, key=key, persist_state="session", **kwargs)
    _to_url(key, str(value), str(default))
    return value


def flag(widget: Callable[..., Any], label: str, *, key: str, lang: str, default: bool = False, **kwargs: Any) -> bool:
    """A toggle or checkbox kept in the URL as 1 / 0."""
    _seed(key, lambda raw: urlstate.parse_flag(raw, default, key), lambda v: isinstance(v, bool), default, lang)
    value = bool(widget(label, key=key, persist_state="session", **kwargs))
    _to_url(key, "1" if value else "0", "1" if default else "0")
    return value


def number(label: str, *, key: str, lang: str, lo: float, hi: float, default: float, **kwargs: Any) -> float:
    """A number input kept in the URL; out-of-range or non-numeric values fall back to the default."""
    _seed(
        key,
        lambda raw: urlstate.parse_float(raw, lo, hi, default, key),
        lambda v: isinstance(v, (int, float)) and lo <= v <= hi,
        default,
        lang,
    )
    value = float(st.number_input(label, min_value=lo, max_value=hi, key=key, persist_state="session", **kwargs))
    _to_url(key, f"{value:g}", f"{default:g}")
    return value


def tabs(codes: Sequence[str], labels: Sequence[str], *, page: str, lang: str) -> dict[str, DeltaGenerator]:
    """Page sections as tabs that run lazily: only the open tab's code needs to run (`if tab.open`), which
    keeps a page run short however many sections it has. The open tab is in the URL as tab=<code>."""
    ss = st.session_state
    state = f"sel_tab_{page}"
    codes, labels = list(codes), list(labels)
    if state not in ss:
        ss[state], problem = urlstate.parse_choice(st.query_params.get(TAB_PARAM), codes, codes[0], TAB_PARAM)
        _notice(problem, lang)
    widget_key = f"w_tab_{page}"

    def on_change() -> None:
        picked = ss.get(widget_key)
        ss[state] = codes[labels.index(picked)] if picked in labels else codes[0]

    containers = st.tabs(labels, default=labels[codes.index(ss[state])], key=widget_key, on_change=on_change)
    _to_url(TAB_PARAM, ss[state], codes[0])
    return dict(zip(codes, containers))


def section_tabs(page_file: str, label_prefix: str, *, page: str, lang: str) -> dict[str, DeltaGenerator]:
    """A page's sections (sections.PAGE_SECTIONS), labelled "<label_prefix>.<code>" from the catalogue."""
    codes = PAGE_SECTIONS[page_file]
    return tabs(codes, [t(f"{label_prefix}.{code}", lang) for code in codes], page=page, lang=lang)


def is_open(container: DeltaGenerator) -> bool:
    """True for the open tab (and for tabs that do not track state, which all run)."""
    return getattr(container, "open", None) is not False


def draw_open(tabs: dict[str, DeltaGenerator], draw: dict[str, Callable[[], None]]) -> None:
    """Run each open section's drawing function inside its tab; closed tabs cost nothing."""
    for code, container in tabs.items():
        if is_open(container):
            with container:
                draw[code]()


def sections(page_file: str, label_prefix: str, *, page: str, lang: str, draw: dict[str, Callable[[], None]]) -> None:
    """A page's sections as tabs (section_tabs) with the open one drawn (draw_open), all in one fragment
    (st.fragment): switching tabs, or a widget inside a section, reruns only this, not app.py, the sidebar and the
    rest of the page. Sections read the page's settings but set nothing the page reads, so nothing outside goes
    stale; a widget above the tabs still reruns the whole page."""

    def open_section() -> None:
        draw_open(section_tabs(page_file, label_prefix, page=page, lang=lang), draw)

    st.fragment(open_section)()


def many(widget: Callable[..., Any], label: str, options: Sequence[str], *, key: str, lang: str,
         default: Sequence[str], **kwargs: Any) -> list[str]:  # fmt: skip
    """A multiselect kept in the URL as comma-separated codes; unknown codes are dropped with a notice."""
    options = list(options)
    default = [d for d in default if d in options]
    _seed(
        key,
        lambda raw: urlstate.parse_list(raw, options, default, key, max_items=kwargs.get("max_selections") or 20),
        lambda v: isinstance(v, list) and set(v) <= set(options),
        list(default),
        lang,
    )
    value = list(widget(label, options, key=key, persist_state="session", **kwargs))
    _to_url(key, ",".join(value), ",".join(default))
    return value


def mirror(link: dict[str, str], keys: Sequence[str]) -> None:
    """Write a page's settings to the URL: the given values, and none of its other keys (they are defaults)."""
    for key in keys:
        _write(key, link.get(key))


def notices(problems: Sequence[str], lang: str) -> None:
    for problem in problems:
        _notice(problem, lang)


def year_range(label: str, *, key: str, lang: str, lo: int, hi: int, default: tuple[int, int], **kwargs: Any):
    """A range slider of years kept in the URL as start-end."""
    _seed(
        key,
        lambda raw: urlstate.parse_range(raw, lo, hi, default, key),
        lambda v: isinstance(v, tuple) and len(v) == 2 and lo <= v[0] <= v[1] <= hi,
        default,
        lang,
    )
    value = st.slider(label, lo, hi, key=key, persist_state="session", **kwargs)
    _to_url(key, f"{value[0]}-{value[1]}", f"{default[0]}-{default[1]}")
    return value
