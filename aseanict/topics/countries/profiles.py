"""Country profiles and comparisons: key indicators, ranks among ASEAN + China, gaps, small multiples, 0-1 profile."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from aseanict.core import breaks as series_breaks
from aseanict.core import compare, groups, provenance, units
from aseanict.core.breaks import NO_BREAKS, Registry
from aseanict.core.groups import MEAN_COLUMN, group_method
from aseanict.figures import charts, narrow
from aseanict.i18n import t
from aseanict.store import queries

KEY_INDICATORS = (
    "IT.NET.USER.ZS",
    "IT.NET.BBND.P2",
    "IT.CEL.SETS.P2",
    "ITU_IDI_NEW",
    "ITU_FBB_PCT_GNI",
    "ITU_MBB_DATA_PCT_GNI",
    "NY.GNP.PCAP.CD",
)
# Groups small enough to compare side by side. The store has no income classification per country, so
# there is no income-group peer set (deriving one from GNI thresholds would be this dashboard's invention).
PEER_GROUPS = ("ASEAN6", "CLMV")
RANKABLE_TOPICS = ("access", "coverage", "divide", "tariff", "idi", "economy")  # country-level series
MAX_COMPARE = 6
SPARK_FROM = 2010
WORLD = "WLD"
CARD_COLUMNS = [
    "indicator", "code", "latest", "year", "trend", "trend_from", "rank",
    "asean", "gap_asean", "asean_basis", "world", "gap_world", "source_id",
]  # fmt: skip


def rankable(indicators: pd.DataFrame) -> list[str]:
    """The codes of the indicators countries can be ranked on (country-level series)."""
    return list(indicators.loc[indicators["topic"].isin(RANKABLE_TOPICS), "code"])


def one_per_year(series: pd.DataFrame) -> pd.DataFrame:
    """One value per entity, indicator and year. Where editions give the same year different values, the edition
    named after that year (its first publication) wins, else the latest edition."""
    part = series[series["period"].fillna("") == ""].copy() if "period" in series else series.copy()
    part["_own"] = [str(e).endswith(str(y)) for e, y in zip(part["edition"], part["year"])]
    part = part.sort_values(["entity", "indicator", "year", "_own", "edition"])
    return part.drop_duplicates(["entity", "indicator", "year"], keep="last").drop(columns="_own")


def key_series(series: pd.DataFrame) -> pd.DataFrame:
    """The profile's rows: one value per year, from primary sources wherever a country's series has them (ITU's
    own IDI 2024 report, not a third-party copy of the 2025 dataset), as on the Overview's cards."""
    return one_per_year(provenance.strongest_sources(series, queries.PRIMARY))


def directions(indicators: pd.DataFrame) -> dict[str, bool | None]:
    """higher_is_better per indicator code; None where the store defines no better direction."""
    out: dict[str, bool | None] = {}
    for code, flag in zip(indicators["code"], indicators["higher_is_better"]):
        out[str(code)] = None if pd.isna(flag) else bool(flag)
    return out


def ranking(
    series: pd.DataFrame, indicator: str, year: int, entities: Sequence[str], higher: bool | None
) -> pd.DataFrame:
    """Rank of each entity on one indicator in one year (1 = best; no direction: highest first).

    Entities without a value are listed last with no rank, never ranked as zero. `n_ranked` is the field size.
    """
    part = series[(series["indicator"] == indicator) & (series["year"] == year) & series["entity"].isin(entities)]
    frame = pd.DataFrame({"iso3": list(entities)}).merge(
        part.rename(columns={"entity": "iso3"})[["iso3", "value", "source_id"]], on="iso3", how="left"
    )
    ranked = compare.rank_within(frame, higher_is_better=higher is not False)
    ranked["n_ranked"] = int(ranked["value"].notna().sum())
    return ranked


def ranking_display(
    ranked: pd.DataFrame,
    names: Mapping[str, str],
    year: int,
    lang: str,
    code: str = "",
    decimals: Mapping[str, int] | None = None,
) -> pd.DataFrame:
    """A ranking as shown: country names, values at the indicator's precision, the rank "of N with data in
    YEAR", and "–" where a country has no value or rank."""
    n = int(ranked["n_ranked"].iloc[0]) if len(ranked) else 0
    return pd.DataFrame(
        {
            "iso3": [names.get(e, e) for e in ranked["iso3"]],
            "value": [_at_precision(v, code, decimals, lang) for v in ranked["value"]],
            "rank": [
                "–" if pd.isna(r) else t("prof.rank_of", lang, rank=int(r), n=n, year=year) for r in ranked["rank"]
            ],
        }
    )


def years_with_data(series: pd.DataFrame, indicator: str, entities: Sequence[str]) -> list[int]:
    part = series[(series["indicator"] == indicator) & series["entity"].isin(entities)]
    return sorted({int(y) for y in part["year"]}, reverse=True)


def common_year(series: pd.DataFrame, indicator: str, entities: Sequence[str]) -> int | None:
    """The latest year with the most of these entities reporting (all of them if any year has all)."""
    part = series[(series["indicator"] == indicator) & series["entity"].isin(entities)]
    if part.empty:
        return None
    counts = part.groupby("year")["entity"].nunique()
    best = counts[counts == counts.max()]
    return int(best.index.max())


def _group_reference(
    aggregates: pd.DataFrame, indicator: str, own: pd.Series, up_to: int
) -> tuple[float, float, int | None, int, float | None]:
    """The derived ASEAN value from the latest year (up to `up_to`) in which every member had data and the
    country has a value too: (ASEAN value, the country's value that year, year, members, the median where the
    members differ widely). A year in which half
    the members reported would compare the country with a different group."""
    method = group_method(indicator)
    mine = aggregates[(aggregates["indicator"] == indicator) & (aggregates["year"] <= up_to)]
    full = groups.complete(mine, method)
    full = full[full["year"].isin(own.index)]
    if full.empty:
        return math.nan, math.nan, None, 0, None
    r = full.iloc[-1]
    median = float(r["median"]) if "median" in r and groups.spread_is_wide(r["min_value"], r["max_value"]) else None
    return float(r[MEAN_COLUMN[method]]), float(own[int(r["year"])]), int(r["year"]), int(r["n_members"]), median


def profile_table(
    series: pd.DataFrame,
    aggregates: pd.DataFrame,
    higher: Mapping[str, bool | None],
    focus: str,
    field: Sequence[str],
    labels: Mapping[str, str],
    lang: str,
    breaks: Registry = NO_BREAKS,
) -> pd.DataFrame:
    """One row per key indicator for one country: latest value and year, a sparkline since SPARK_FROM (gaps
    stay gaps, and it starts after a series break), rank among `field` in that year, and gaps to the derived
    ASEAN value and to the World."""
    rows = []
    for code in KEY_INDICATORS:
        own = series[(series["entity"] == focus) & (series["indicator"] == code)].sort_values("year")
        if own.empty:
            rows.append(
                {"indicator": labels.get(code, code), "code": code, "latest": math.nan, "trend": [], "rank": "–"}
            )
            continue
        last = own.iloc[-1]
        year, value = int(last["year"]), float(last["value"])
        trend_from, trend = unbroken_run(own.set_index("year")["value"], SPARK_FROM, breaks.years(code, focus))
        rank_year = groups.comparison_year(series, code, field, focus) or year
        ranked = ranking(series, code, rank_year, field, higher.get(code)).set_index("iso3")
        asean, own_then, asean_year, n_members, median = _group_reference(
            aggregates, code, own.set_index("year")["value"], year
        )
        world = series[(series["entity"] == WORLD) & (series["indicator"] == code) & (series["year"] == year)]
        world_value = float(world["value"].iloc[0]) if not world.empty else math.nan
        rank = ranked.at[focus, "rank"]
        n_ranked = int(ranked["n_ranked"].iloc[0])
        rows.append(
            {
                "indicator": labels.get(code, code),
                "code": code,
                "latest": value,
                "year": year,
                "trend": trend,
                "trend_from": trend_from,
                "rank": t("prof.rank_of", lang, rank=int(rank), n=n_ranked, year=rank_year)
                if not pd.isna(rank)
                else "–",
                "asean": asean,
                "gap_asean": compare.gap_to_reference(own_then, asean),
                "asean_basis": (
                    t("prof.basis", lang, year=asean_year, m=n_members)
                    + (t("prof.median", lang, value=_fmt(median)) if median is not None else "")
                )
                if asean_year
                else "–",
                "world": world_value,
                "gap_world": compare.gap_to_reference(value, world_value),
                "source_id": last["source_id"],
            }
        )
    out = pd.DataFrame(rows).reindex(columns=CARD_COLUMNS)
    for col in ("year", "trend_from"):
        out[col] = out[col].astype("Int64")
    return out


def _fmt(value: float, signed: bool = False) -> str:
    # Enough digits to read a price (0.38) without cluttering an income (13,660).
    if value is None or pd.isna(value):
        return "–"
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:{'+' if signed else ''},.{digits}f}"


def _at_precision(value: float, code: str, decimals: Mapping[str, int] | None, lang: str, signed: bool = False) -> str:
    """A value at its indicator's precision (core.units) when the precisions are known, else _fmt's digits."""
    if decimals is None or value is None or pd.isna(value):
        return _fmt(value, signed)
    text = units.indicator_number(value, code, decimals, lang)
    return f"+{text}" if signed and value >= 0 else text


def profile_display(card: pd.DataFrame, lang: str, decimals: Mapping[str, int] | None = None) -> pd.DataFrame:
    """The profile as a compact table: value with year, trend, rank, and each gap beside its reference value;
    values and gaps at each indicator's precision (decimals: code -> places), as on every other page."""

    def versus(gap: float, ref: float, basis: str | None, code: str) -> str:
        if pd.isna(ref):
            return "–"
        ref_text = _at_precision(ref, code, decimals, lang) + (f", {basis}" if basis else "")
        return t("prof.versus", lang, gap=_at_precision(gap, code, decimals, lang, signed=True), ref=ref_text)

    codes = card["code"] if "code" in card else [""] * len(card)
    return pd.DataFrame(
        {
            "indicator": card["indicator"],
            "latest": [
                "–" if pd.isna(v) else f"{_at_precision(v, c, decimals, lang)} ({y})"
                for v, c, y in zip(card["latest"], codes, card["year"])
            ],
            "trend": card["trend"],
            "trend_from": card["trend_from"],
            "rank": card["rank"].fillna("–"),
            "vs_asean": [
                versus(g, r, b, c) for g, r, b, c in zip(card["gap_asean"], card["asean"], card["asean_basis"], codes)
            ],
            "vs_world": [versus(g, r, None, c) for g, r, c in zip(card["gap_world"], card["world"], codes)],
        }
    )


def unbroken_run(values: pd.Series, first_year: int, breaks: Sequence[int] = ()) -> tuple[int | None, list[float]]:
    """The latest run of consecutive years with data (from first_year on), for a sparkline.

    A sparkline cannot show a gap, and drawing straight across one would invent the missing years, so the
    trend starts after the last missing year; nor can it show a series break (core.breaks), so it starts at
    the latest one too. Returns (start year, values), or (None, []) without data.
    """
    years = sorted(int(y) for y in values.index if int(y) >= first_year and pd.notna(values[y]))
    if not years:
        return None, []
    start = years[-1]
    while start - 1 in years and start not in breaks:
        start -= 1
    return start, [float(values[y]) for y in range(start, years[-1] + 1)]


def trends_after_breaks(card: pd.DataFrame, breaks: Registry, focus: str) -> list[tuple[str, int]]:
    """(indicator label, year) for each profile row whose sparkline starts at a series break, to say so."""
    return [
        (str(label), int(start))
        for label, code, start in zip(card["indicator"], card["code"], card["trend_from"])
        if pd.notna(start) and int(start) in breaks.years(str(code), focus)
    ]


def normalised_profile(
    series: pd.DataFrame, higher: Mapping[str, bool | None], entities: Sequence[str], indicators: Sequence[str]
) -> pd.DataFrame:
    """Each indicator scaled 0-1 across the entities (compare.normalise_0_1) in its common year.

    Long rows: entity, indicator, year, value, score, source_id. Indicators with no better direction are left
    out (a 0-1 'better' score would be meaningless); a missing value keeps a missing score.
    """
    values, years = {}, {}
    rows = []
    for code in indicators:
        if higher.get(code) is None:
            continue
        year = common_year(series, code, entities)
        if year is None:
            continue
        part = series[(series["indicator"] == code) & (series["year"] == year) & series["entity"].isin(entities)]
        values[code] = part.set_index("entity")["value"].reindex(list(entities))
        years[code] = year
        rows.append(part[["entity", "indicator", "year", "value", "source_id"]])
    if not values:
        return pd.DataFrame(columns=["entity", "indicator", "year", "value", "score", "source_id"])
    wide = pd.DataFrame(values)
    scores = compare.normalise_0_1(wide, {c: bool(higher[c]) for c in wide.columns})
    long = scores.rename_axis("entity").reset_index().melt(id_vars="entity", var_name="indicator", value_name="score")
    long["year"] = long["indicator"].map(years)
    found = pd.concat(rows)[["entity", "indicator", "value", "source_id"]]
    return long.merge(found, on=["entity", "indicator"], how="left")


def peers(group: str, countries: pd.DataFrame) -> list[str]:
    """A comparison set from a country group (compare.peer_set), capped at MAX_COMPARE."""
    return compare.peer_set(group, countries)[:MAX_COMPARE]


def default_comparison(focus: str, selection: Sequence[str], n: int = 4) -> list[str]:
    """The profiled country first, then the sidebar's countries, n at most."""
    out = [focus]
    for code in selection:
        if code not in out and len(out) < n:
            out.append(code)
    return out


# ------------------------------------------------------------------------------------------------- figures


def small_multiples(
    series: pd.DataFrame,
    indicators: Sequence[str],
    names: Mapping[str, str],
    labels: Mapping[str, str],
    *,
    title: str,
    source_line: str,
    year_from: int = 2000,
    breaks: Registry = NO_BREAKS,
    lang: str = "en",
) -> go.Figure:
    """One small panel per indicator, one line per country in its fixed colour; each panel has its own scale.
    A line is cut at each of its series breaks, marked in its panel."""
    codes = [c for c in indicators if not series[series["indicator"] == c].empty]
    cols = 2
    n_rows = max(1, math.ceil(len(codes) / cols))
    fig = make_subplots(
        rows=n_rows, cols=cols, subplot_titles=[labels.get(c, c) for c in codes], vertical_spacing=0.42 / n_rows
    )
    shown: set[str] = set()
    entities = sorted(series["entity"].unique())
    for k, code in enumerate(codes):
        row, col = k // cols + 1, k % cols + 1
        drawn = series[(series["indicator"] == code) & (series["year"] >= year_from)]
        split = series_breaks.split_by_entity(breaks, drawn, code)
        for i, entity in enumerate(entities):
            part = drawn[drawn["entity"] == entity]
            if part.empty:
                continue
            part = part.sort_values("year")
            # Missing years become gaps: reindex to every year so that a line is never drawn across one.
            full = part.set_index("year")["value"].reindex(range(int(part["year"].min()), int(part["year"].max()) + 1))
            full = series_breaks.with_break_gaps(
                full.rename_axis("year").reset_index(), split.get(entity, ())
            ).set_index("year")["value"]
            fig.add_trace(
                go.Scatter(
                    x=full.index,
                    y=full.values,
                    mode="lines+markers",
                    marker={"size": 4},
                    name=names.get(entity, entity),
                    legendgroup=entity,
                    showlegend=entity not in shown,
                    line={"color": charts.colour_for(entity, i), "width": 2},
                    connectgaps=False,
                    hovertemplate=f"{names.get(entity, entity)} %{{x}}: %{{y:,.2f}}<extra>{labels.get(code, code)}</extra>",
                    meta={"panel": labels.get(code, code)},  # the reading names each panel's indicator
                ),
                row=row,
                col=col,
            )
            shown.add(entity)
        charts.mark_breaks(fig, series_breaks.marks(breaks, split, code, names, lang), row=row, col=col)
    fig.update_annotations(font={"size": 12})
    fig.update_xaxes(tickformat="d")
    # Full numbers with thousands separators, never "40k": the SI letters are Latin on a Chinese page.
    fig.update_yaxes(exponentformat="none", separatethousands=True)
    for k, code in enumerate(codes):
        span = series.loc[(series["indicator"] == code) & (series["year"] >= year_from), "year"]
        if not span.empty and span.max() - span.min() <= 6:
            fig.update_xaxes(dtick=1, row=k // cols + 1, col=k % cols + 1)  # no "2024.5" ticks on short series
    fig = charts.style(fig, title=title, source_line=source_line, height=260 * n_rows + 160)
    # The grid recorded: on a phone the page draws the panels one under another (figures.narrow).
    fig.update_layout(margin={"t": 90}, meta=narrow.grid_meta(fig.layout.meta, len(codes), n_rows * cols))
    return fig


def profile_figure(
    scores: pd.DataFrame,
    names: Mapping[str, str],
    labels: Mapping[str, str],
    *,
    title: str,
    x_title: str,
    source_line: str,
) -> go.Figure:
    """Dot plot: one row per indicator (with the year used), one dot per country at its 0-1 score."""
    fig = go.Figure()
    order = list(dict.fromkeys(scores["indicator"]))
    row_label = {c: f"{labels.get(c, c)} ({int(scores.loc[scores.indicator == c, 'year'].iloc[0])})" for c in order}
    for i, (entity, part) in enumerate(scores.groupby("entity", sort=True)):
        part = part.dropna(subset=["score"])
        fig.add_trace(
            go.Scatter(
                x=part["score"],
                y=[row_label[c] for c in part["indicator"]],
                mode="markers",
                name=names.get(entity, entity),
                marker={"color": charts.colour_for(entity, i), "size": 13, "line": {"color": "white", "width": 1}},
                customdata=np.stack([part["value"]], axis=-1) if len(part) else None,
                hovertemplate="%{fullData.name}: %{x:.2f} (%{customdata[0]:,.2f})<extra>%{y}</extra>",
            )
        )
    fig.update_yaxes(categoryorder="array", categoryarray=[row_label[c] for c in reversed(order)])
    fig.update_layout(xaxis_range=[-0.05, 1.05], xaxis_title=x_title)
    fig = charts.style(fig, title=title, source_line=source_line, height=max(380, 60 * len(order) + 180))
    return fig
