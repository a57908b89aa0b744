"""Presenter mode: named views (a chart, the rows behind it, a one-line takeaway) and saved sequences of them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from aseanict.core import breaks, labels, provenance, units
from aseanict.figures import charts
from aseanict.i18n import t
from aseanict.store import queries
from aseanict.topics.divide import metrics as divide
from aseanict.topics.divide import views as divide_views
from aseanict.topics.economy import charts as echarts
from aseanict.topics.economy import editions as economy
from aseanict.topics.presenter import sequences
from aseanict.topics.presenter import takeaways as say

PROJECTOR_FONT = 20  # readable from the back of a conference room


@dataclass(frozen=True)
class View:
    figure: go.Figure
    data: pd.DataFrame
    title: str
    takeaway: str
    credit: str


Builder = Callable[[queries.Connection, str, Mapping[str, str], Sequence[str]], View]


def _credit(con: queries.Connection, source_ids, lang: str) -> str:
    return provenance.credit(source_ids, queries.sources(con), lang)


def _line_view(indicator: str, title_key: str, y_title: str) -> Builder:
    def build(con, lang, names, countries) -> View:
        rows = queries.series(con, indicator, list(countries), 2000)
        credit = _credit(con, rows.source_id.unique(), lang)
        title = t(title_key, lang)
        # Lines cut and marked at series breaks: China's 2023 step must not read as growth in a room either.
        marks, split = breaks.for_chart(
            breaks.Registry.from_frame(queries.series_breaks(con)), rows, indicator, names, lang
        )
        precisions = units.precisions(queries.indicators(con))
        fig = charts.line_chart(
            rows, title=title, y_title=y_title, names=names, source_line=credit, breaks=marks, split_at=split,
            value_format=units.hover_format(indicator, precisions),
        )  # fmt: skip
        decimals = precisions.get(indicator, units.DEFAULT_DECIMALS)
        return View(fig, rows, title, say.gap_over_time(rows, names, lang, decimals=decimals), credit)

    return build


def _latest_bar_view(
    indicator: str,
    title_key: str,
    reference: float | None,
    reference_key: str,
    value_format: str = ".1f",
    max_year: int = queries.YEAR_MAX,
    reference_entity: str | None = None,
    flag: str = "above",
) -> Builder:
    """The latest year's bars against a reference line; the takeaway names who is on its `flag` side."""

    def build(con, lang, names, countries) -> View:
        rows = queries.latest(con, indicator, list(countries), max_year)
        year = int(rows.year.max()) if not rows.empty else 0
        rows = rows[rows.year == year]  # one edition or year on one chart; others would not compare
        ref_value, ref_sources = reference, []
        if reference_entity:
            ref = queries.series(con, indicator, reference_entity, year, year)
            ref_value = float(ref.value.iloc[0]) if not ref.empty else None
            ref_sources = list(ref.source_id)
        credit = _credit(con, [*rows.source_id.unique(), *ref_sources], lang)
        title = t(title_key, lang, year=year)
        fig = charts.bar_chart(
            rows,
            title=title,
            x_title="",
            names=names,
            source_line=credit,
            reference_value=ref_value,
            reference_name=t(reference_key, lang),
            value_format=value_format,
        )
        said = say.against_line(
            rows, names, lang, decimals=int(value_format[1:-1]), line=ref_value, line_key=f"{reference_key}_said",
            flag=flag,
        )  # fmt: skip
        return View(fig, rows, title, said, credit)

    return build


def _offline_view(con, lang, names, countries) -> View:
    """People offline in one year for all (the latest year with the most countries reporting, as on the divide
    page), never each country's own latest year summed into one picture."""
    users = queries.series(con, "IT.NET.USER.ZS", list(countries))
    pop = queries.series(con, "SP.POP.TOTL", list(countries))
    year = divide_views.best_year(divide_views.pick(users, "IT.NET.USER.ZS"))  # the divide page's default year
    rows = users.loc[users["year"] == year, ["entity", "year", "value", "source_id"]].merge(
        pop[["entity", "year", "value"]].rename(columns={"value": "population"}), on=["entity", "year"], how="inner"
    )
    rows = rows.assign(value=[divide.people_offline(s, p) / 1e6 for s, p in zip(rows.value, rows.population)])
    credit = _credit(con, [*rows.source_id.unique(), *pop.source_id.unique()], lang)
    title = t("present.offline.title", lang, year=year)
    fig = charts.bar_chart(rows, title=title, x_title=t("present.offline.unit", lang), names=names, source_line=credit)
    return View(fig, rows, title, say.largest(rows, names, lang, decimals=1), credit)  # bar_chart's .1f


def _forecast_view(con, lang, names, countries) -> View:
    forecasts = queries.forecasts(con)
    obs = queries.series(con, "GMV", ["SEA6"])
    rev = economy.revisions(forecasts, "SEA6", "GMV", 2025)
    actual = economy.estimate_for(obs, "SEA6", "GMV", 2025)
    credit = _credit(con, [*rev.source_id, *([actual.source_id] if actual is not None else [])], lang)
    title = t("present.gmv.title", lang)
    fig = echarts.revisions_chart(
        rev, actual, title=title, y_title=t("unit.usd_bn", lang), source_line=credit, lang=lang
    )
    return View(fig, economy.revision_rows(rev, actual), title, say.forecast_vs_estimate(rev, actual, lang), credit)


VIEWS: dict[str, Builder] = {
    "users": _line_view("IT.NET.USER.ZS", "present.users.title", "%"),
    "fixed": _line_view("IT.NET.BBND.P2", "present.fixed.title", ""),
    "mobile": _line_view("IT.CEL.SETS.P2", "present.mobile.title", ""),
    # IDI 2024: the latest edition with ITU's own report behind every value and a published world average
    "idi": _latest_bar_view(
        "ITU_IDI_NEW",
        "present.idi.title",
        None,
        "present.world",
        max_year=2024,
        reference_entity="WLD",
        flag="below",
    ),
    "price": _latest_bar_view("ITU_FBB_PCT_GNI", "present.price.title", 2.0, "present.price.target", ".2f"),
    # ITU's 2 GB data-only basket: the one the Broadband Commission's 2% affordability target is measured on
    "mobile_price": _latest_bar_view(
        "ITU_MBB_DATA_PCT_GNI",
        "present.mobile_price.title",
        2.0,
        "present.price.target",
        ".2f",
    ),
    "offline": _offline_view,
    "gmv": _forecast_view,
}
# Built-in sequences to start from; their titles are the i18n keys present.seq.<id>.
SEQUENCES = {
    "revisited": ["users", "fixed", "idi", "price", "offline", "gmv"],
    "affordability": ["price", "mobile_price", "fixed", "offline"],
    "divide": ["users", "mobile", "fixed", "offline", "idi"],
}


def sequence_title(name: str, views: Sequence[str], lang: str) -> str:
    """The user's name for the sequence; else the built-in's title in the language; else 'Untitled'."""
    if name:
        return name
    builtin = sequences.builtin_of(views, SEQUENCES)
    return t(f"present.seq.{builtin}", lang) if builtin else t("present.untitled", lang)


def build_view(con: queries.Connection, view_id: str, lang: str, countries: Sequence[str]) -> View:
    names = labels.country_names(queries.countries(con), lang)
    return VIEWS[view_id](con, lang, names, countries)


def for_projector(fig: go.Figure) -> go.Figure:
    """Large type and a taller canvas for a room; the chart itself is unchanged."""
    big = go.Figure(fig)
    big.update_layout(
        font={"size": PROJECTOR_FONT},
        title={"font": {"size": PROJECTOR_FONT + 10}},
        height=max(620, int(fig.layout.height or 460) + 160),
        legend_font_size=PROJECTOR_FONT - 4,
    )
    big.update_xaxes(tickfont_size=PROJECTOR_FONT - 4, title_font_size=PROJECTOR_FONT - 2)
    big.update_yaxes(tickfont_size=PROJECTOR_FONT - 4, title_font_size=PROJECTOR_FONT - 2)
    big.update_traces(cliponaxis=False, selector={"type": "bar"})  # larger value labels must not be cut off
    for note in big.layout.annotations:
        note.font.size = max(PROJECTOR_FONT - 6, note.font.size or 11)
    return big


def clamp_step(step: int, n_views: int) -> int:
    return min(max(step, 0), max(n_views - 1, 0))


def deck_slides(views: Sequence[View], image: Callable[[go.Figure], bytes]) -> list:
    """Slides for a deck: each view's chart drawn by `image` (deck.pptx_picture or deck.pdf_page), takeaway, credit."""
    from aseanict.figures import deck

    return [deck.Slide(v.title, image(v.figure), v.credit, v.takeaway) for v in views]
