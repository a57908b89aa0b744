"""The digital-divide page's panels: figure, rows behind it and sentence in the reader's language, from Ctx."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from aseanict.core import breaks as series_breaks
from aseanict.core import figure_text, units
from aseanict.core.breaks import NO_BREAKS, Registry
from aseanict.figures import charts, maps
from aseanict.i18n import format_number, t
from aseanict.topics.divide import charts as divide_charts
from aseanict.topics.divide import metrics as divide
from aseanict.topics.divide import views as divide_views
from aseanict.topics.divide.views import INDICATORS, POPULATION

UNIT_KEYS = {"users": "pct", "fixed": "per100", "mobile": "per100", "mbb": "per100", "cov3g": "pct", "cov4g": "pct"}
USERS = INDICATORS["users"]


@dataclass(frozen=True)
class Ctx:
    rows: pd.DataFrame  # series rows for the selected countries and WLD
    countries: list[str]
    lang: str
    names: Mapping[str, str]
    credit: Callable[[Iterable[str]], str]  # source ids -> "Source: ..." line
    breaks: Registry = NO_BREAKS  # documented series breaks: lines split there, paces start after them
    decimals: Mapping[str, int] = field(default_factory=dict)  # code -> display precision (core.units.precisions)

    def source_line(self, *frames: pd.DataFrame) -> str:
        ids = {s for f in frames if "source_id" in f for s in f["source_id"].dropna()}
        return self.credit(sorted(ids))

    def country_list(self, codes: Iterable[str]) -> str:
        return ", ".join(self.names.get(c, c) for c in codes)


@dataclass(frozen=True)
class Shown:
    fig: go.Figure
    data: pd.DataFrame  # the rows behind the chart, with source ids
    caption: str = ""


def unit(key: str, lang: str) -> str:
    return t(f"divide.unit.{UNIT_KEYS[key]}", lang)


def series(ctx: Ctx, key: str) -> pd.DataFrame:
    """The selected countries' rows of one indicator, as an iso3 frame."""
    return divide_views.split(divide_views.pick(ctx.rows, INDICATORS[key]), ctx.countries)[0]


def missing_note(ctx: Ctx, year: int, missing: list[str]) -> str:
    return t("divide.missing", ctx.lang, year=year, countries=ctx.country_list(missing)) if missing else ""


def trend(ctx: Ctx, key: str) -> Shown | None:
    mine, world = divide_views.split(divide_views.pick(ctx.rows, INDICATORS[key]), ctx.countries)
    if mine.dropna(subset=["value"]).empty:
        return None
    data = divide_views.subset(ctx.rows, (INDICATORS[key],), [*ctx.countries, "WLD"])
    marks, split = series_breaks.for_chart(
        ctx.breaks, divide_views.as_entity(pd.concat([mine, world])), INDICATORS[key], ctx.names, ctx.lang
    )
    fig = charts.line_chart(
        divide_views.as_entity(mine),
        title=t(f"divide.ind.{key}", ctx.lang),
        y_title=unit(key, ctx.lang),
        names=ctx.names,
        source_line=ctx.source_line(data),
        reference=divide_views.as_entity(world),
        reference_name=ctx.names.get("WLD", "World"),
        breaks=marks,
        split_at=split,
        value_format=units.hover_format(INDICATORS[key], ctx.decimals),
    )
    return Shown(fig, data, t("divide.coverage_note", ctx.lang) if key.startswith("cov") else "")


def map_view(
    ctx: Ctx, rows: pd.DataFrame, indicators: pd.DataFrame, code: str, label: str, worldview: str
) -> Shown | None:
    """Any indicator's values of the selected countries on the map: one frame per year with a value, opening on
    the latest, one colour scale for every year (its 0–100 range for shares and scores, else the range of the
    values drawn), small states as ringed dots."""
    mine = rows[(rows["indicator"] == code) & rows["entity"].isin(ctx.countries)].dropna(subset=["value"])
    if mine.empty:
        return None
    about = indicators.set_index("code").loc[code]
    valid = tuple(None if pd.isna(v) else float(v) for v in (about["min_value"], about["max_value"]))
    low, high, basis = maps.colour_range(mine["value"], valid)
    years = sorted(int(y) for y in mine["year"].unique())
    fig = maps.value_map(
        mine[["entity", "year", "value"]],
        year=years[-1],
        titles={y: t("divide.map_title", ctx.lang, indicator=label, year=y) for y in years},
        colorbar_title=units.unit_label(str(about["unit"]), ctx.lang),
        names=ctx.names,
        source_line=ctx.source_line(mine),
        selected=ctx.countries,
        lang=ctx.lang,
        worldview=worldview,
        scale=(low, high),
        value_format=units.hover_format(code, ctx.decimals),
        reverse=not pd.isna(about["higher_is_better"]) and not bool(about["higher_is_better"]),
    )
    digits = int(ctx.decimals.get(code, 1))
    scale = t(
        f"maps.scale.{basis}",
        ctx.lang,
        lo=format_number(low, ctx.lang, digits),
        hi=format_number(high, ctx.lang, digits),
    )
    caption = " ".join([t("divide.map_caption", ctx.lang), scale, t("maps.play_hint", ctx.lang)])
    return Shown(fig, mine, caption)


def gap_text(ctx: Ctx, key: str, year: int) -> str:
    gap, missing = divide_views.gap(series(ctx, key), year, ctx.countries)
    if gap is None:
        return t("common.no_data", ctx.lang)
    sentence = t(
        "divide.gap_sentence",
        ctx.lang,
        year=year,
        best=ctx.names.get(gap.best_iso3, gap.best_iso3),
        best_value=format_number(gap.best_value, ctx.lang, 1),
        worst=ctx.names.get(gap.worst_iso3, gap.worst_iso3),
        worst_value=format_number(gap.worst_value, ctx.lang, 1),
        gap=format_number(gap.gap, ctx.lang, 1),
        ratio=format_number(gap.ratio, ctx.lang, 1) if gap.ratio is not None else "–",
        unit=unit(key, ctx.lang),
    )
    return f"{sentence} {missing_note(ctx, year, missing)}".strip()


@dataclass(frozen=True)
class Metric:
    label: str
    value: str
    help: str = ""


def lorenz_view(ctx: Ctx, year: int) -> tuple[Metric, Shown | None]:
    users, pop = divide_views.pick(ctx.rows, USERS), divide_views.pick(ctx.rows, POPULATION)
    lz = divide_views.lorenz(users, pop, year, ctx.countries)
    metric = Metric(
        t("divide.gini_metric", ctx.lang, year=year),
        format_number(lz.gini, ctx.lang, 3),
        t("divide.gini_help", ctx.lang, countries=ctx.country_list(lz.countries))
        + (" " + missing_note(ctx, year, list(lz.missing)) if lz.missing else ""),
    )
    if lz.curve.empty:
        return metric, None
    data = divide_views.subset(ctx.rows, (USERS, POPULATION), ctx.countries, year)
    fig = divide_charts.lorenz_chart(
        lz.curve,
        title=t("divide.lorenz_title", ctx.lang, year=year),
        x_title=t("divide.lorenz_x", ctx.lang),
        y_title=t("divide.lorenz_y", ctx.lang),
        equality_label=t("divide.equality", ctx.lang),
        names=ctx.names,
        source_line=ctx.source_line(data),
        gini=lz.gini,
        gini_label=t("divide.gini", ctx.lang),
        year=year,
    )
    return metric, Shown(fig, data)


def convergence_sentence(conv: divide_views.Convergence, lang: str) -> str:
    if conv.converging is None:
        return t("divide.conv_unknown", lang)
    rows = conv.table.set_index("year")
    return t(
        "divide.conv_yes" if conv.converging else "divide.conv_no",
        lang,
        first=conv.first_year,
        last=conv.last_year,
        cv0=f"{rows.at[conv.first_year, 'cv']:.2f}",
        cv1=f"{rows.at[conv.last_year, 'cv']:.2f}",
        n=int(rows.at[conv.last_year, "n"]),
    )


def dispersion_view(ctx: Ctx) -> Shown | None:
    """Coefficient of variation and population-weighted Gini of internet use per year, on one chart."""
    users, pop = divide_views.pick(ctx.rows, USERS), divide_views.pick(ctx.rows, POPULATION)
    conv = divide_views.convergence(users, ctx.countries)
    if conv.table.empty:
        return None
    ginis = divide_views.gini_by_year(users, pop, ctx.countries)
    # Only years in which every country of the comparison reports: a year with fewer countries would show a
    # drop or jump in spread that is only a change in who is counted.
    table = conv.table[["year", "n", "cv"]].merge(ginis[["year", "gini", "complete"]], on="year", how="inner")
    table = table[(table["n"] == table["n"].max()) & table["complete"]].drop(columns="complete")
    data = divide_views.subset(ctx.rows, (USERS, POPULATION), ctx.countries)
    fig = divide_charts.dispersion_chart(
        table,
        columns={"cv": t("divide.cv", ctx.lang), "gini": t("divide.gini", ctx.lang)},
        title=t("divide.dispersion_title", ctx.lang),
        y_title=t("divide.dispersion_y", ctx.lang),
        source_line=ctx.source_line(data),
        hover_n=t("divide.n_countries", ctx.lang),
    )
    return Shown(fig, data, convergence_sentence(conv, ctx.lang))


def offline_view(ctx: Ctx, year: int) -> tuple[Metric, Shown]:
    users, pop = divide_views.pick(ctx.rows, USERS), divide_views.pick(ctx.rows, POPULATION)
    table = divide_views.offline(users, pop, year, ctx.countries)
    total, missing = divide_views.offline_total(table)
    metric = Metric(
        t("divide.offline_total", ctx.lang, year=year),
        format_number(total, ctx.lang),
        missing_note(ctx, year, missing),
    )
    data = divide_views.subset(ctx.rows, (USERS, POPULATION), ctx.countries, year)
    bars = table.dropna(subset=["offline_m"]).rename(columns={"iso3": "entity", "offline_m": "value"})
    fig = charts.bar_chart(
        bars[["entity", "value"]],
        title=t("divide.offline_title", ctx.lang, year=year),
        x_title=t("divide.millions", ctx.lang),
        names=ctx.names,
        source_line=ctx.source_line(data),
    )
    return metric, Shown(fig, data, missing_note(ctx, year, missing))


def ratio_view(ctx: Ctx, figures: pd.DataFrame) -> Shown:
    """Active mobile-broadband per fixed-broadband subscription, beside the report's own 2014 ratios (stars)."""
    mobile, fixed = INDICATORS["mbb"], INDICATORS["fixed"]
    ratios = divide_views.mobile_fixed_ratio(
        divide_views.pick(ctx.rows, mobile), divide_views.pick(ctx.rows, fixed), ctx.countries
    )
    seed = divide_views.seed_ratio_points(figures)
    data = divide_views.subset(ctx.rows, (mobile, fixed), ctx.countries)
    fig = divide_charts.ratio_chart(
        ratios,
        names=ctx.names,
        title=t("divide.ratio_title", ctx.lang),
        y_title=t("divide.ratio_y", ctx.lang),
        source_line=ctx.source_line(data, seed),
        seed_points=seed.assign(
            year=seed["year"].astype(int),
            label=[f"{ctx.names.get(e, e)}: {v:g}×" for e, v in zip(seed["entity"], seed["value"])],
        ),
        seed_label=t("divide.ratio_seed", ctx.lang),
    )
    quotes = " · ".join(f"“{q}”" for q in dict.fromkeys(seed["quote"]))  # figure numbers stay in the download
    return Shown(fig, data, quotes)


def projection_sentence(result: divide.TargetProjection, target: float, lang: str) -> str:
    value = format_number(target, lang, 1)
    if result.status == "insufficient_data" and result.since_break is not None:
        return series_breaks.too_few(result.since_break, lang)
    if result.status == "already_reached" or not result.years_used:
        return t(f"divide.proj_{result.status}", lang, target=value)
    first, last = result.years_used[0], result.years_used[-1]
    space = "" if lang == "zh" else " "  # Chinese sentences follow each other without a space
    respected = space + series_breaks.note(result.since_break, first, last, lang) if result.since_break else ""
    if result.status == "projected":
        rate = f"{result.rate:+.2f}" if result.method == "linear" else f"{result.rate:+.1%}"
        sentence = t(
            f"divide.proj_{result.method}", lang, year=result.year, target=value, rate=rate, first=first, last=last
        )
        return sentence + respected
    return t(f"divide.proj_{result.status}", lang, target=value) + respected


def projection_view(
    ctx: Ctx, key: str, country: str, target: float, recent: int, method: str
) -> tuple[str, Shown, pd.DataFrame]:
    """The chosen country's path to the target (sentence, chart) and every selected country's year (table)."""
    mine = series(ctx, key)
    history = divide_views.history(mine, country)
    country_breaks = ctx.breaks.years(INDICATORS[key], country)
    result = divide.years_to_target(history, target, recent_years=recent, method=method, breaks=country_breaks)
    path = divide_views.projection_path(history, result, target)
    data = divide_views.subset(ctx.rows, (INDICATORS[key],), [country])
    name = ctx.names.get(country, country)
    own = divide_views.as_entity(mine[mine["iso3"] == country])
    marks, _ = series_breaks.for_chart(ctx.breaks, own, INDICATORS[key], ctx.names, ctx.lang)
    fig = divide_charts.projection_chart(
        history,
        path,
        entity=country,
        target=target,
        target_label=t("divide.target_line", ctx.lang, value=format_number(target, ctx.lang, 1)),
        projection_label=t("divide.projection", ctx.lang),
        names=ctx.names,
        title=t("divide.projection_title", ctx.lang, country=name, indicator=t(f"divide.ind.{key}", ctx.lang)),
        y_title=unit(key, ctx.lang),
        source_line=ctx.source_line(data),
        breaks=marks,
    )
    sentence = f"**{name}** · {projection_sentence(result, target, ctx.lang)}"
    by_country = {c: ctx.breaks.years(INDICATORS[key], c) for c in ctx.countries}
    table = divide_views.projections(mine, ctx.countries, target, recent, method, by_country)
    return sentence, Shown(fig, data, t("divide.close_def", ctx.lang)), projections_table(table, ctx)


def projections_table(table: pd.DataFrame, ctx: Ctx) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("common.country", ctx.lang): [ctx.names.get(e, e) for e in table["iso3"]],
            t("divide.col.last", ctx.lang): [
                "–" if pd.isna(v) else f"{v:,.1f} ({y})" for v, y in zip(table["last_value"], table["last_year"])
            ],
            t("divide.col.status", ctx.lang): [
                t(f"divide.status.{s}", ctx.lang)
                + (
                    ""
                    if pd.isna(b)
                    else ("" if ctx.lang == "zh" else " ") + t("divide.status.since_break", ctx.lang, year=int(b))
                )
                for s, b in zip(table["status"], table["since_break"])
            ],
            t("divide.col.year", ctx.lang): [
                "" if y is None or (isinstance(y, float) and math.isnan(y)) else str(int(y)) for y in table["year"]
            ],
        }
    )


def regions_view(ctx: Ctx, figures: pd.DataFrame) -> Shown:
    regions = divide_views.china_regions(figures)
    labels = {e: t(f"divide.region.{e.split('-')[1].lower()}", ctx.lang) for e in regions["entity"]}
    fig = charts.bar_chart(
        regions[["entity", "value"]],
        title=t("divide.regions_title", ctx.lang),
        x_title=t("divide.unit.pct", ctx.lang),
        names=labels,
        source_line=ctx.source_line(regions),
    )
    fig.update_xaxes(range=[0, float(regions["value"].max()) * 1.2])  # room for the value labels
    quotes = " · ".join(f"“{quote}”" for _, quote in divide_views.china_quotes(figures))
    return Shown(fig, regions, f"{t('divide.regions_caption', ctx.lang)} {quotes}")


def gender_view(ctx: Ctx) -> Shown | None:
    gaps = divide_views.gender_gap(ctx.rows, ctx.countries)
    if gaps.empty:
        return None
    data = divide_views.subset(ctx.rows, divide_views.GENDER, ctx.countries)
    fig = divide_charts.dumbbell_chart(
        gaps,
        ends=(("male", t("divide.male", ctx.lang)), ("female", t("divide.female", ctx.lang))),
        names=ctx.names,
        title=t("divide.gender_title", ctx.lang),
        x_title=t("divide.unit.pct", ctx.lang),
        source_line=ctx.source_line(data),
    )
    lacking = ctx.country_list(c for c in ctx.countries if c not in set(gaps["iso3"])) or "–"
    return Shown(fig, data, t("divide.gender_caption", ctx.lang, missing=lacking))


def urban_rural_table(rows: pd.DataFrame, lang: str, names: Mapping[str, str]) -> pd.DataFrame:
    """The few urban/rural figures in the store (world and ITU Asia-Pacific), each with its quoted note."""
    part = rows[rows["indicator"].isin(divide_views.URBAN_RURAL)].sort_values(["entity", "indicator", "year"])
    return pd.DataFrame(
        {
            t("divide.col.area", lang): [names.get(e, e) for e in part["entity"]],
            t("common.indicator", lang): [t(f"divide.ur.{c}", lang) for c in part["indicator"]],
            t("common.year", lang): part["year"].astype(int),
            t("common.value", lang): part["value"],
            t("divide.col.note", lang): [figure_text.value_note(n, lang) for n in part["note"]],
        }
    )


def daily_use_view(ctx: Ctx) -> Shown | None:
    """Daily internet use among internet users, urban against rural, per country in its latest year with both."""
    rows = ctx.rows[ctx.rows["entity"].isin(ctx.countries)]
    pairs = divide_views.daily_pairs(rows)
    if pairs.empty:
        return None
    shown = set(zip(pairs.iso3, pairs.year))  # each country's year on the chart
    data = rows[rows["indicator"].isin(divide_views.DAILY_URBAN_RURAL)]
    data = data[[(e, y) in shown for e, y in zip(data.entity, data.year)]]
    fig = divide_charts.dumbbell_chart(
        pairs,
        ends=(("urban", t("divide.daily.urban", ctx.lang)), ("rural", t("divide.daily.rural", ctx.lang))),
        names=ctx.names,
        title=t("divide.daily.title", ctx.lang),
        x_title=t("divide.daily.axis", ctx.lang),
        source_line=ctx.source_line(data),
    )
    return Shown(fig, data, t("divide.daily.note", ctx.lang))
