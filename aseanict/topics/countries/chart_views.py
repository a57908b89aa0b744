"""The countries page's named charts (registered in topics/chart_views): the key indicators side by side, the
normalised profile of the countries compared, and the bubble chart over time."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from aseanict import config
from aseanict.core import compare
from aseanict.i18n import t
from aseanict.store import queries
from aseanict.topics.countries import bubbles, profiles
from aseanict.topics.view_kit import COUNTRIES, BadSetting, ChartView, Ctx, Param, Refused, Shown, check, year

PAGE = "3_countries.py"
FIELD = tuple(config.DEFAULT_COUNTRIES)
COMPARE = Param(
    "prof_compare", "countries", tuple(profiles.default_comparison(FIELD[0], FIELD)),
    about=f"2 to {profiles.MAX_COMPARE} of {', '.join(FIELD)}",
)  # fmt: skip


def key_series(ctx: Ctx) -> pd.DataFrame:
    """The key indicators of every country the page covers, and the world's."""
    return profiles.key_series(ctx.series(profiles.KEY_INDICATORS, (*FIELD, profiles.WORLD)))


def short_labels(lang: str) -> dict[str, str]:
    return {c: t(f"prof.short.{c}", lang) for c in profiles.KEY_INDICATORS}


def _compared(chosen: Sequence[str]) -> list[str]:
    chosen = list(chosen)
    if outside := [c for c in chosen if c not in FIELD]:
        raise BadSetting("prof_compare", f"{outside[0]} is not one of {', '.join(FIELD)}")
    if len(chosen) > profiles.MAX_COMPARE:
        raise BadSetting("prof_compare", f"at most {profiles.MAX_COMPARE} countries")
    if len(chosen) < 2:
        raise Refused("prof.pick_two")
    return chosen


def multiples(ctx: Ctx, prof_compare: Sequence[str]) -> Shown:
    chosen = _compared(prof_compare)
    data = key_series(ctx)
    shown = data[data.entity.isin(chosen)]
    fig = profiles.small_multiples(
        shown, profiles.KEY_INDICATORS, ctx.names, short_labels(ctx.lang), title=t("prof.multiples_title", ctx.lang),
        source_line=ctx.credit(shown.source_id.unique()), breaks=ctx.breaks, lang=ctx.lang,
    )  # fmt: skip
    return Shown(fig, shown, t("prof.multiples_caption", ctx.lang))


def profile(ctx: Ctx, prof_compare: Sequence[str]) -> Shown:
    chosen = _compared(prof_compare)
    higher = profiles.directions(ctx.indicators)
    scores = profiles.normalised_profile(key_series(ctx), higher, chosen, profiles.KEY_INDICATORS)
    fig = profiles.profile_figure(
        scores, ctx.names, short_labels(ctx.lang), title=t("prof.profile_title", ctx.lang),
        x_title=t("prof.score_axis", ctx.lang), source_line=ctx.credit(scores.source_id.dropna().unique()),
    )  # fmt: skip
    return Shown(fig, scores, compare.scaling_note(ctx.lang) + " " + t("prof.profile_years", ctx.lang))


def bubble_frames(ctx: Ctx, countries: Sequence[str], x: str, y: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows of both axes and population, and one row per year and country with both values."""
    options = bubbles.country_indicators(ctx.indicators)
    x, y = check(x, options, "bubbles_x"), check(y, options, "bubbles_y")
    if x == y:
        raise Refused("bubbles.same")
    rows = profiles.key_series(ctx.series((x, y, bubbles.POPULATION), countries))
    return rows, bubbles.frames_table(rows, x, y, tuple(countries))


def bubble_years(con: queries.Connection, countries: Sequence[str], x: str, y: str) -> tuple[list[int], int | None]:
    """The years of the bubble chart's slider, and the one it opens on."""
    rows = profiles.key_series(queries.series(con, (x, y, bubbles.POPULATION), tuple(countries)))
    frames = bubbles.frames_table(rows, x, y, tuple(countries))
    return sorted(int(v) for v in frames.year.unique()), bubbles.default_year(frames, tuple(countries))


def bubble_chart(
    ctx: Ctx, countries: Sequence[str], bubbles_x: str, bubbles_y: str, bubbles_trails: bool, bubbles_year: int | None
) -> Shown | None:
    chosen = tuple(countries)
    rows, frames = bubble_frames(ctx, chosen, bubbles_x, bubbles_y)
    if frames.empty:
        return None
    years = sorted(int(v) for v in frames.year.unique())
    shown_year = check(bubbles_year, years, "bubbles_year") if bubbles_year is not None else None
    shown_year = shown_year or bubbles.default_year(frames, chosen)
    codes = (bubbles_x, bubbles_y)
    labels = {c: ctx.indicator_label(c) for c in codes}
    unit = dict(zip(ctx.indicators.code, ctx.indicators.unit))
    axes = [bubbles.axis(c, labels[c], unit.get(c), ctx.decimals) for c in codes]
    notes = bubbles.break_notes(ctx.breaks, codes, labels, chosen, years, ctx.names, ctx.lang)
    fig = bubbles.bubble_figure(
        frames, year=shown_year, x=axes[0], y=axes[1], group=bubbles.group_of(ctx.countries), names=ctx.names,
        field=chosen,
        title=t("bubbles.title", ctx.lang, x=labels[bubbles_x], y=labels[bubbles_y], first=years[0], last=years[-1]),
        source_line=ctx.credit(rows.source_id.dropna().unique()), lang=ctx.lang, trails=bubbles_trails,
        notes=notes, break_years=bubbles.entity_breaks(ctx.breaks, codes, chosen),
    )  # fmt: skip
    return Shown(fig, rows, bubbles.bubble_caption(frames, chosen, ctx.names, axes, notes, ctx.lang))


_AXIS = "an indicator code (/api/v1/indicators)"
VIEWS = {
    "prof_multiples": ChartView(PAGE, (COMPARE,), multiples),
    "prof_profile": ChartView(PAGE, (COMPARE,), profile),
    "bubbles": ChartView(
        PAGE,
        (
            COUNTRIES,
            Param("bubbles_x", "code", bubbles.DEFAULT_X, about=_AXIS),
            Param("bubbles_y", "code", bubbles.DEFAULT_Y, about=_AXIS),
            Param("bubbles_trails", "flag", False),
            year("bubbles_year"),
        ),
        bubble_chart,
    ),  # fmt: skip
}
