"""Charts asked for by name with plain settings: the page, the embed page and the data API
(/api/v1/views/<name>) all call `build`, so the rows of a chart's CSV download and the API's answer are made by
the same function and cannot differ.

Every chart a page draws is a view here: each page's views are in topics/<page>/chart_views.py and join the one
registry, `VIEWS`. A view's settings are named like the page's URL parameters; `Param` says what each accepts, so
that the API can refuse a bad value with a message and describe the view in its OpenAPI document, and a link can
fall back to the default with a notice."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from aseanict.core import urlstate
from aseanict.store import queries
from aseanict.topics.countries import chart_views as countries
from aseanict.topics.divide import chart_views as divide
from aseanict.topics.economy import chart_views as economy
from aseanict.topics.idi import chart_views as idi
from aseanict.topics.overview import chart_views as overview
from aseanict.topics.tariffs import chart_views as tariffs
from aseanict.topics.view_kit import BadSetting, ChartView, Ctx, Param, Refused, Shown
from aseanict.topics.whatif import chart_views as whatif

__all__ = ["VIEWS", "BadSetting", "ChartView", "Ctx", "Param", "Refused", "Shown", "build", "defaults"]

VIEWS: dict[str, ChartView] = {
    **overview.VIEWS, **idi.VIEWS, **countries.VIEWS, **tariffs.VIEWS, **divide.VIEWS, **economy.VIEWS,
    **whatif.VIEWS,
}  # fmt: skip


def defaults(view: str) -> dict[str, Any]:
    return {p.name: p.default for p in VIEWS[view].params}


def build(
    con: queries.Connection, view: str, lang: str, settings: Mapping[str, Any] | None = None, ctx: Ctx | None = None
) -> Shown | None:
    """The chart `view` with these settings (the rest at their defaults): figure, rows and caption. Raises
    BadSetting for a value the data has no option for, Refused when there is nothing to draw for a reason.
    `ctx`: a Ctx.read of this store in this language kept from before (its tables are read again otherwise)."""
    chosen = defaults(view) | dict(settings or {})
    ctx = dataclasses.replace(ctx, con=con) if ctx is not None else Ctx.read(con, lang)
    return VIEWS[view].make(ctx, **chosen)


def _text(p: Param, value: Any) -> str:
    if p.kind == "countries":
        return ",".join(value)
    if p.kind == "flag":
        return "1" if value else "0"
    if p.kind == "number":
        return f"{float(value):g}"
    return str(value)


def url_query(view: str, lang: str, settings: Mapping[str, Any]) -> dict[str, str]:
    """The address parameters of a view, as the app's links write them (countries comma-separated, flags 1 / 0);
    settings at their default are left out to keep links short."""
    query = {"view": view, "lang": lang}
    for p in VIEWS[view].params:
        value = settings.get(p.name, p.default)
        if p.kind == "countries" and value is not None:
            value = tuple(value)
        if value is None or value == p.default:
            continue
        query[p.name] = _text(p, value)
    return query


def settings_from_url(
    view: str, query: Mapping[str, str], countries: Sequence[str]
) -> tuple[dict[str, Any], list[str]]:
    """A view's settings from a link, as forgiving as the pages: a bad value falls back to the default, said.
    (A "code" setting is checked by the view itself: see `build_forgiving`.)"""
    settings, problems = {}, []
    for p in VIEWS[view].params:
        raw = query.get(p.name)
        if p.kind == "countries":
            value, problem = urlstate.parse_list(raw, countries, p.default, p.name)
            value = tuple(value)
        elif p.kind == "flag":
            value, problem = urlstate.parse_flag(raw, p.default, p.name)
        elif p.kind == "int":
            value, problem = urlstate.parse_int(raw, int(p.lo), int(p.hi), p.default, p.name)
        elif p.kind == "number":
            value, problem = urlstate.parse_float(raw, p.lo, p.hi, p.default, p.name)
        elif p.kind == "code":
            value, problem = urlstate.parse_code(raw, p.default, p.name)
        else:
            value, problem = urlstate.parse_choice(raw, p.choices, p.default, p.name)
        settings[p.name] = value
        problems += [problem] if problem else []
    return settings, problems


def build_forgiving(
    con: queries.Connection, view: str, lang: str, settings: Mapping[str, Any]
) -> tuple[Shown | None, list[str]]:
    """`build` for a link: a setting the data has no option for goes back to its default, and is said."""
    settings, problems = dict(settings), []
    for _ in VIEWS[view].params:
        try:
            return build(con, view, lang, settings), problems
        except BadSetting as bad:
            if settings.get(bad.param) == defaults(view).get(bad.param):
                raise
            settings[bad.param] = defaults(view)[bad.param]
            problems.append(bad.message)
    return build(con, view, lang, settings), problems
