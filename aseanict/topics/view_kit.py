"""What a named chart view is made of (topics/chart_views holds the registry; each page's views are in
topics/<page>/chart_views.py): its settings (`Param`), what it shows (`Shown`), what it reads (`Ctx`), and the two
ways it can decline (`BadSetting`: a setting the data does not have; `Refused`: nothing to draw, with a reason)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from aseanict import config
from aseanict.core import labels, provenance, units
from aseanict.core.breaks import Registry
from aseanict.figures.worldview import DEFAULT_WORLDVIEW, NATURAL_EARTH, WORLDVIEWS
from aseanict.store import queries


@dataclass(frozen=True)
class Param:
    """One setting of a view, named like the page's URL parameter (the widget key).

    kind: "countries" (ISO3 codes), "choice" (one of `choices`), "flag" (1 / 0), "int" or "number" (within
    lo..hi), or "code" (a value whose options depend on the data, e.g. an indicator or an edition: the view
    checks it and raises BadSetting). A default of None means "the view picks", e.g. the latest year."""

    name: str
    kind: str
    default: Any
    choices: tuple[str, ...] = ()
    lo: float | None = None
    hi: float | None = None
    about: str = ""  # for the API description: what the value is and where its options are listed


@dataclass(frozen=True)
class Shown:
    fig: go.Figure
    data: pd.DataFrame  # the rows behind the chart: exactly its CSV download
    caption: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)  # what the page shows beside the chart (a metric...)


class BadSetting(ValueError):
    """A setting the data has no option for (an edition, a year, an indicator): the API answers 400, a link
    falls back to the default with a notice."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param, self.message = param, f"{param}: {message}"


class Refused(ValueError):
    """Nothing to draw for these settings, for a reason the page says (`reason`: a catalogue key)."""

    def __init__(self, reason: str, **values: object) -> None:
        super().__init__(reason)
        self.reason, self.values = reason, values


@dataclass(frozen=True)
class Ctx:
    """What a figure needs besides its rows, in the reader's language, read from the store."""

    con: queries.Connection
    lang: str
    names: Mapping[str, str]
    sources: pd.DataFrame
    decimals: Mapping[str, int]
    breaks: Registry

    def credit(self, source_ids) -> str:
        return provenance.credit(source_ids, self.sources, self.lang)

    def series(self, codes, entities, year_from: int = queries.YEAR_MIN, year_to: int = queries.YEAR_MAX,
               include_flagged: bool = False) -> pd.DataFrame:  # fmt: skip
        return queries.series(self.con, tuple(codes), tuple(entities), year_from, year_to, include_flagged)

    @functools.cached_property
    def indicators(self) -> pd.DataFrame:
        return queries.indicators(self.con)

    @functools.cached_property
    def countries(self) -> pd.DataFrame:
        return queries.countries(self.con)

    @functools.cached_property
    def indicator_labels(self) -> dict[str, str]:
        return labels.indicator_labels(self.indicators, self.lang)

    @functools.cached_property
    def map_indicators(self) -> list[str]:
        return queries.map_indicators(self.con)

    @functools.cached_property
    def forecasts(self) -> pd.DataFrame:
        return queries.forecasts(self.con)

    def report_figures(self, topic: str | None = None) -> pd.DataFrame:
        return queries.report_figures(self.con, topic)

    def indicator_label(self, code: str) -> str:
        return self.indicator_labels.get(code, code)

    @classmethod
    def read(cls, con: queries.Connection, lang: str) -> Ctx:
        return cls(
            con,
            lang,
            labels.country_names(queries.countries(con), lang),
            queries.sources(con),
            units.precisions(queries.indicators(con)),
            Registry.from_frame(queries.series_breaks(con)),
        )


@dataclass(frozen=True)
class ChartView:
    page: str  # the page's file name under pages/, where the chart lives
    params: tuple[Param, ...]
    make: Callable[..., Shown | None]  # make(ctx, **settings); None when there is nothing to draw


COUNTRIES = Param("countries", "countries", tuple(config.DEFAULT_COUNTRIES))


def year(name: str) -> Param:
    """A year picked on the page (a slider or a list of the years with data); absent: the view's usual pick."""
    return Param(name, "int", None, lo=queries.YEAR_MIN, hi=queries.YEAR_MAX, about="a year with data")


def check(value: Any, options, param: str) -> Any:
    """`value` if it is one of `options` (None: the first option), else BadSetting naming a few options."""
    options = list(options)
    if value is None and options:
        return options[0]
    if value not in options:
        listed = ", ".join(str(o) for o in options[:8]) + (", …" if len(options) > 8 else "")
        raise BadSetting(param, f"{str(value)[:40]!r} is not available here (options: {listed or 'none'})")
    return value


WORLDVIEW = Param("worldview", "choice", None, WORLDVIEWS, about="absent: the language's default")


def map_worldview(lang: str, chosen: str | None) -> str:
    """The map's worldview: the one asked for, else the language's default (as the page's radio opens)."""
    return chosen or DEFAULT_WORLDVIEW.get(lang, NATURAL_EARTH)
