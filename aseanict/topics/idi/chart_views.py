"""The IDI page's named charts (registered in topics/chart_views): each index over time, one edition's bars
against the world, the 2016-2017 sub-indices, the new index's pillars and the long series (idi_long)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from aseanict.core import units
from aseanict.figures import charts
from aseanict.i18n import t
from aseanict.topics.idi import editions as idi
from aseanict.topics.view_kit import COUNTRIES, ChartView, Ctx, Param, Shown, check, year

PAGE = "2_idi_trends.py"
CODES = {"old": idi.OLD, "new": idi.NEW}


def points(ctx: Ctx, prefix: str, countries: Sequence[str]) -> pd.DataFrame:
    """The index's edition points with the world average beside each (the old index also has ASEAN's)."""
    extra = ("ASEAN", idi.WORLD) if prefix == "old" else (idi.WORLD,)
    return idi.points_with_world(ctx.series((CODES[prefix],), (*countries, *extra)))


def editions(points: pd.DataFrame, prefix: str, lang: str) -> tuple[dict[str, str], str | None]:
    """The editions a picker offers (key -> label, newest first) and the one it opens on: the latest, or for the
    new index the latest with a world average."""
    labels = idi.key_labels(points[~points.entity.isin([idi.WORLD, "ASEAN"])], lang)
    if not labels:
        return {}, None
    with_world = points.loc[points.entity == idi.WORLD, "key"]
    preferred = with_world.iloc[-1] if prefix == "new" and not with_world.empty else ""
    return labels, preferred if preferred in labels else next(iter(labels))


def index_chart(ctx: Ctx, prefix: str, countries: Sequence[str]) -> Shown:
    data = points(ctx, prefix, countries)
    fig = idi.index_figure(
        data, ctx.names, ctx.lang, title=t(f"idi.{prefix}.chart", ctx.lang), y_title=t(f"idi.{prefix}.axis", ctx.lang),
        source_line=ctx.credit(data.source_id.unique()), join_editions=prefix == "new",
    )  # fmt: skip
    return Shown(fig, data, t(f"idi.{prefix}.caption", ctx.lang))


def edition_chart(ctx: Ctx, prefix: str, countries: Sequence[str], edition: str | None) -> Shown | None:
    every = points(ctx, prefix, countries)
    labels, default = editions(every, prefix, ctx.lang)
    if not labels:
        return None
    key = check(edition or default, labels, f"idi_{prefix}_edition")
    part = every[(every.key == key) & (every.entity != "ASEAN")]
    fig = idi.edition_bars(
        part, ctx.names, title=labels[key], x_title=t(f"idi.{prefix}.axis", ctx.lang),
        source_line=ctx.credit(part.source_id.unique()), world_name=t("idi.world", ctx.lang),
    )  # fmt: skip
    missing = idi.missing_entities(every, list(countries), key)
    return Shown(fig, part, t("idi.bars_caption", ctx.lang), {"missing": missing})


def subindices(ctx: Ctx, countries: Sequence[str], idi_sub_year: int | None) -> Shown | None:
    rows = ctx.series(idi.OLD_SUBINDICES, countries)
    years = sorted({int(y) for y in rows.year}, reverse=True)
    if not years:
        return None
    chosen = check(idi_sub_year, years, "idi_sub_year")
    part = rows[rows.year == chosen]
    fig = idi.subindices_figure(
        part, ctx.names, ctx.lang, title=t("idi.sub.chart", ctx.lang, year=chosen),
        source_line=ctx.credit(part.source_id.unique()),
    )  # fmt: skip
    return Shown(fig, part, t("idi.sub.caption", ctx.lang))


def pillar_rows(ctx: Ctx, countries: Sequence[str]) -> pd.DataFrame:
    return ctx.series(idi.PILLARS, (*countries, idi.WORLD, "ITU_ASP"))


def pillars(ctx: Ctx, countries: Sequence[str]) -> Shown | None:
    rows = pillar_rows(ctx, countries)
    if (shown_year := idi.pillar_year(rows)) is None:
        return None
    part = rows[rows.year == shown_year]
    fig = idi.pillars_figure(
        part, ctx.names, ctx.lang, title=t("idi.pillars.chart", ctx.lang, year=shown_year),
        source_line=ctx.credit(part.source_id.unique()),
    )  # fmt: skip
    return Shown(fig, part, t("idi.pillars.caption", ctx.lang))


def long_series(ctx: Ctx, countries: Sequence[str], idi_long_indicator: str) -> Shown:
    code = idi_long_indicator
    rows = ctx.series((code,), countries, 2000)
    world_rows = ctx.series((code,), (idi.WORLD,), 2000)
    both = pd.concat([rows, world_rows], ignore_index=True)
    fig = charts.line_chart(
        rows, title=ctx.indicator_label(code), y_title=t(f"idi.long.unit.{code}", ctx.lang), names=ctx.names,
        source_line=ctx.credit(both.source_id.unique()), reference=world_rows,
        reference_name=t("idi.world", ctx.lang),
        breaks=[(2017, t("idi.long.old_end", ctx.lang)), (2023, t("idi.long.new_start", ctx.lang))],
        value_format=units.hover_format(code, ctx.decimals),
    )  # fmt: skip
    return Shown(fig, both, t("idi.long.caption", ctx.lang))


def _edition(prefix: str) -> Param:
    return Param(
        f"idi_{prefix}_edition",
        "code",
        None,
        about="an edition key, year|edition, as in the page's address (absent: the latest)",
    )


VIEWS = {
    "idi_old_all": ChartView(PAGE, (COUNTRIES,), lambda ctx, countries: index_chart(ctx, "old", countries)),
    "idi_new_all": ChartView(PAGE, (COUNTRIES,), lambda ctx, countries: index_chart(ctx, "new", countries)),
    "idi_old_bars": ChartView(
        PAGE,
        (COUNTRIES, _edition("old")),
        lambda ctx, countries, idi_old_edition: edition_chart(ctx, "old", countries, idi_old_edition),
    ),  # fmt: skip
    "idi_new_bars": ChartView(
        PAGE,
        (COUNTRIES, _edition("new")),
        lambda ctx, countries, idi_new_edition: edition_chart(ctx, "new", countries, idi_new_edition),
    ),  # fmt: skip
    "idi_subindices": ChartView(PAGE, (COUNTRIES, year("idi_sub_year")), subindices),
    "idi_pillars": ChartView(PAGE, (COUNTRIES,), pillars),
    "idi_long": ChartView(
        PAGE, (COUNTRIES, Param("idi_long_indicator", "choice", idi.LONG_SERIES[0], idi.LONG_SERIES)), long_series
    ),
}
