"""ICT Development Index logic: editions and data years, world reference, ranks, growth, pillars and figures."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from aseanict.core import compare, takeaway
from aseanict.figures import charts
from aseanict.i18n import t
from aseanict.store import queries

OLD, OLD_RANK, NEW = "ITU_IDI_OLD", "ITU_IDI_OLD_RANK", "ITU_IDI_NEW"
UNIVERSAL, MEANINGFUL = "ITU_IDI_NEW_CONNECTIVITY_UNIVERSAL", "ITU_IDI_NEW_CONNECTIVITY_MEANINGFUL"
PILLARS = (UNIVERSAL, MEANINGFUL)
# The 2009-2017 index's three sub-indices (published for all 12 countries for 2016 and 2017, in MIS 2017).
OLD_SUBINDICES = ("ITU_IDI_OLD_ACCESS", "ITU_IDI_OLD_USE", "ITU_IDI_OLD_SKILLS")
WORLD = "WLD"
# Raw series that both IDI methods draw on, available every year on both sides of the 2017/2023 break.
LONG_SERIES = ("IT.NET.USER.ZS", "IT.NET.BBND.P2", "IT.CEL.SETS.P2")
# From MIS 2015 on, ITU named the index after the publication year but computed it from the previous year's
# data ("IDI 2015" = 2014 data); earlier editions named it after its data year ("IDI 2010" in MIS 2011).
FIRST_EDITION_NAMED_AFTER_PUBLICATION = 2015
SEED_TABLE1_EDITION = (2015, "MIS 2015")  # Table 1 cites MIS 2015 although its heading says "(2014)"
LAST_OLD = (2017, "MIS 2017")  # the last edition before ITU stopped the 2009-2017 index


def key_of(year: int, edition: str) -> str:
    return f"{int(year)}|{edition}"


def split_key(key: str) -> tuple[int, str]:
    year, edition = key.split("|", 1)
    return int(year), edition


def edition_points(series: pd.DataFrame) -> pd.DataFrame:
    """Index rows keyed by (year, edition), with the edition's year and, where ITU's naming hides it, the data year."""
    out = series.loc[series.get("period", pd.Series("", index=series.index)).fillna("") == ""].copy()
    edition_year = pd.to_numeric(out["edition"].astype(str).str.extract(r"(\d{4})\s*$")[0], errors="coerce")
    out["edition_year"] = edition_year.astype("Int64")
    shifted = (
        out["indicator"].astype(str).str.startswith("ITU_IDI_OLD")
        & (out["year"] == edition_year)
        & (edition_year >= FIRST_EDITION_NAMED_AFTER_PUBLICATION)
    )
    out["data_year"] = pd.Series(pd.NA, index=out.index, dtype="Int64")
    out.loc[shifted, "data_year"] = out.loc[shifted, "year"].astype(int) - 1
    out["key"] = [key_of(y, e) for y, e in zip(out["year"], out["edition"])]
    return out.sort_values(["year", "edition", "entity"]).reset_index(drop=True)


def label(key: str, lang: str, data_year: int | None = None) -> str:
    """'IDI 2015 · MIS 2015 · 2014 data'; 'IDI 2024' when the edition is the index's own name."""
    year, edition = split_key(key)
    text = edition if edition == f"IDI {year}" else t("idi.label", lang, year=year, edition=edition)
    if data_year is not None and not pd.isna(data_year) and int(data_year) != year:
        text += " · " + t("idi.label_data", lang, year=int(data_year))
    return text


def key_labels(points: pd.DataFrame, lang: str) -> dict[str, str]:
    """Every (year, edition) key present, newest first, with its display label."""
    if points.empty:
        return {}
    first = points.drop_duplicates("key").sort_values(["year", "edition_year"], ascending=False)
    return {k: label(k, lang, d) for k, d in zip(first["key"], first["data_year"])}


def entity_key_labels(points: pd.DataFrame, entity: str, lang: str) -> dict[str, str]:
    """key_labels of one country's points: the editions that scored it."""
    return key_labels(points[points.entity == entity], lang)


def points_with_world(rows: pd.DataFrame) -> pd.DataFrame:
    """Edition points of the index, each with that edition's world average beside it."""
    points = edition_points(rows)
    return with_world(points, points[points.entity == WORLD])


def with_world(points: pd.DataFrame, world: pd.DataFrame) -> pd.DataFrame:
    """Adds the world average of the same year and edition, and whether each value is above it (<NA> if none)."""
    ref = world[["year", "edition", "value"]].rename(columns={"value": "world"})
    out = points.merge(ref.drop_duplicates(["year", "edition"]), on=["year", "edition"], how="left")
    above = out["value"] > out["world"]
    out["above_world"] = above.astype("boolean").where(out["world"].notna())
    return out


def missing_entities(points: pd.DataFrame, entities: list[str], key: str) -> list[str]:
    """The entities asked for that have no value under this key: shown as missing, never as zero."""
    have = set(points.loc[points["key"] == key, "entity"])
    return [e for e in entities if e not in have]


WEAK_MARK = "†"  # a value from a secondary source quoting ITU, not from a copy of ITU's own table


def rank_pivot(ranks: pd.DataFrame, names: dict[str, str], lang: str) -> pd.DataFrame:
    """Published global ranks: one row per (year, edition), newest first, one column per country; "–" = not found;
    a rank from a secondary source (the CAICT report, press, blogs, Wikipedia) carries WEAK_MARK."""
    if ranks.empty:
        return pd.DataFrame()
    labels = key_labels(ranks, lang)
    wide = missing_as_dash(ranks.pivot(index="key", columns="entity", values="value").astype("Int64"))
    if "authority" in ranks:
        weak = ranks.pivot(index="key", columns="entity", values="authority") > queries.PRIMARY
        wide = wide.where(~weak.reindex_like(wide).fillna(False), wide + WEAK_MARK)
    wide = wide.reindex([k for k in labels if k in wide.index])
    wide.index = [labels[k] for k in wide.index]
    wide.columns = [names.get(e, e) for e in wide.columns]
    return wide


def missing_as_dash(frame: pd.DataFrame) -> pd.DataFrame:
    """A display copy as text in which every missing cell reads "–" (a table would otherwise print "None")."""

    def text(v: object) -> str:
        if pd.isna(v):
            return "–"
        return f"{v:g}" if isinstance(v, float) else str(v)

    return frame.map(text)


def rank_moves(ranks: pd.DataFrame, key_from: str, key_to: str) -> pd.DataFrame:
    """Rank change between two editions (positive = climbed); the field of economies ranked differs by edition."""
    frame = ranks[["entity", "key", "value"]].rename(columns={"entity": "iso3", "key": "edition", "value": "rank"})
    frame = frame[frame["edition"].isin([key_from, key_to])]
    return compare.rank_changes(frame, key_from, key_to)


def growth_between(points: pd.DataFrame, entity: str, key_from: str, key_to: str) -> dict:
    """Average annual growth of one entity's index between two published values, with its arithmetic.

    Refuses to mix the two methods (0-10 and 0-100 scores): there is no growth rate across the break.
    """
    part = points[points["entity"] == entity]
    if part["indicator"].nunique() > 1:
        raise ValueError("values from different indices (old and new IDI) cannot be compared")
    rows = part.set_index("key")
    if key_from not in rows.index or key_to not in rows.index:
        raise ValueError("no value for one of the two editions")
    y0, e0 = split_key(key_from)
    y1, e1 = split_key(key_to)
    v0, v1 = float(rows.at[key_from, "value"]), float(rows.at[key_to, "value"])
    rate = compare.average_annual_growth(v0, y0, v1, y1)  # raises if y1 <= y0
    return {
        "v0": v0,
        "y0": y0,
        "v1": v1,
        "y1": y1,
        "rate": rate,
        "arithmetic": compare.growth_arithmetic(v0, y0, v1, y1),
        "same_edition": e0 == e1,
    }


def seed_growth(figures: pd.DataFrame) -> pd.DataFrame:
    """Each IDI growth rate printed in the report, recomputed from the report's own start and end values.

    A rate whose inputs the report does not print (the world's 6.30%) is kept as quoted and marked as not
    recomputable: nothing is filled in for it.
    """
    idi = figures[figures["topic"] == "idi"]
    rates = idi[idi["indicator"].str.contains("average annual growth", case=False)]
    levels = idi[idi["indicator"].str.startswith("ICT Development Index")]
    rows = []
    for rate in rates.itertuples():
        y0, y1 = (int(y) for y in str(rate.year).split("-"))
        own = levels[levels["entity"] == rate.entity].set_index("year")
        found = str(y0) in own.index and str(y1) in own.index
        v0 = float(own.at[str(y0), "value"]) if found else math.nan
        v1 = float(own.at[str(y1), "value"]) if found else math.nan
        rows.append(
            {
                "entity": rate.entity,
                "y0": y0,
                "v0": v0,
                "y1": y1,
                "v1": v1,
                "printed_pct": float(rate.value),
                "computed_pct": 100 * compare.average_annual_growth(v0, y0, v1, y1) if found else math.nan,
                "arithmetic": compare.growth_arithmetic(v0, y0, v1, y1) if found else "",
                "recomputable": found,
                "quote": rate.quote,
                "ids": ",".join([rate.id, *(own.loc[[str(y0), str(y1)], "id"] if found else [])]),
                "source_id": rate.source_id,
            }
        )
    return pd.DataFrame(rows)


SEED_GROWTH_COLUMNS = ("entity", "start", "end", "computed", "printed", "arithmetic")


def seed_growth_display(seed: pd.DataFrame, names: dict[str, str], lang: str) -> pd.DataFrame:
    """The report's growth rates beside this dashboard's recomputation, as text for a table."""

    def level(v: float, y: int) -> str:
        return "–" if pd.isna(v) else f"{v:g} ({y})"

    return pd.DataFrame(
        {
            "entity": [names.get(e, e) for e in seed["entity"]],
            "start": [level(v, y) for v, y in zip(seed["v0"], seed["y0"])],
            "end": [level(v, y) for v, y in zip(seed["v1"], seed["y1"])],
            "computed": [
                f"{c:.2f}%" if ok else t("idi.growth.cannot", lang)
                for c, ok in zip(seed["computed_pct"], seed["recomputable"])
            ],
            "printed": [f"{p:.2f}%" for p in seed["printed_pct"]],
            "arithmetic": [
                a if ok else t("idi.growth.no_inputs", lang) for a, ok in zip(seed["arithmetic"], seed["recomputable"])
            ],
        },
        columns=list(SEED_GROWTH_COLUMNS),
    )


def default_pair(keys: list[str], first: str, second: str) -> tuple[int, int]:
    """Positions of two preferred keys in an option list, falling back to its two ends."""
    i = keys.index(first) if first in keys else 0
    j = keys.index(second) if second in keys else len(keys) - 1
    return i, j


def pillar_year(pillars: pd.DataFrame) -> int | None:
    """The year with pillar scores for the most economies (2024 today: 2025 has one country only)."""
    if pillars.empty:
        return None
    counts = pillars.groupby("year")["entity"].nunique()
    return int(counts[counts == counts.max()].index.max())


def selection_table(points: pd.DataFrame, pillars: pd.DataFrame, key: str, names: dict[str, str]) -> pd.DataFrame:
    """New-index scores of one edition with pillars, world comparison and rank within the selection only."""
    part = points[(points["key"] == key) & (points["entity"] != WORLD)]
    if part.empty:
        return pd.DataFrame()
    ranked = compare.rank_within(part.rename(columns={"entity": "iso3"})[["iso3", "value", "world", "above_world"]])
    year = split_key(key)[0]
    for code in PILLARS:
        own = pillars[(pillars["indicator"] == code) & (pillars["year"] == year)].set_index("entity")["value"]
        ranked[code] = ranked["iso3"].map(own)
    ranked.insert(0, "name", ranked["iso3"].map(lambda e: names.get(e, e)))
    return ranked.drop(columns=["iso3", "world"])


def conflicts(all_sources: pd.DataFrame) -> pd.DataFrame:
    """Every source of each value on which sources disagree (same entity, year and edition, different values)."""
    if all_sources.empty:
        return all_sources
    spread = all_sources.groupby(["entity", "year", "edition"])["value"].transform("nunique")
    cols = ["entity", "year", "edition", "value", "flag", "producer", "title", "note", "source_id"]
    return all_sources.loc[spread > 1, cols].reset_index(drop=True)


# ------------------------------------------------------------------------------------------------- figures


def index_figure(
    points: pd.DataFrame,
    names: dict[str, str],
    lang: str,
    *,
    title: str,
    y_title: str,
    source_line: str,
    join_editions: bool,
) -> go.Figure:
    """Published scores as markers (stars above the same edition's world average) and the world as short dashes.

    Lines join a country's values only within one edition, unless join_editions (the 2023+ index, whose
    editions ITU does not revise): the old index's editions each recomputed earlier years.
    """
    fig = go.Figure()
    world = points[points["entity"] == WORLD]
    countries = points[points["entity"] != WORLD]
    for i, (entity, part) in enumerate(countries.groupby("entity", sort=True)):
        colour = charts.colour_for(entity, i)
        groups = [part] if join_editions else [g for _, g in part.groupby("edition")]
        for j, segment in enumerate(groups):
            segment = segment.sort_values("year")
            above = segment["above_world"].fillna(False).astype(bool)
            fig.add_trace(
                go.Scatter(
                    x=segment["year"],
                    y=segment["value"],
                    mode="lines+markers" if len(segment) > 1 else "markers",
                    name=names.get(entity, entity),
                    legendgroup=entity,
                    showlegend=j == 0,
                    line={"color": colour, "width": 2},
                    marker={
                        "color": colour,
                        "size": np.where(above, 14, 9),
                        "symbol": np.where(above, "star", "circle"),
                    },
                    text=[label(k, lang, d) for k, d in zip(segment["key"], segment["data_year"])],
                    hovertemplate="%{fullData.name} · %{text}: %{y:.2f}<extra></extra>",
                )
            )
    if not world.empty:
        xs, ys, texts = [], [], []
        for row in world.sort_values("year").itertuples():
            xs += [row.year - 0.4, row.year + 0.4, None]
            ys += [row.value, row.value, None]
            texts += [label(row.key, lang, row.data_year)] * 2 + [None]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                text=texts,
                mode="lines",
                name=t("idi.world_same_edition", lang),
                line={"color": "#555555", "width": 3, "dash": "dash"},
                meta=takeaway.SKIP,  # the reading ranks the countries; the world is context
                hovertemplate="%{fullData.name} · %{text}: %{y:.2f}<extra></extra>",
            )
        )
    fig.update_xaxes(tickformat="d", dtick=1)
    fig = charts.style(fig, title=title, source_line=source_line, y_title=y_title, height=640)  # room for the legend
    return fig


def edition_bars(
    part: pd.DataFrame, names: dict[str, str], *, title: str, x_title: str, source_line: str, world_name: str
) -> go.Figure:
    """One edition as horizontal bars, best on top; bars above the world average carry a ▲ and a dark edge."""
    ordered = part[part["entity"] != WORLD].sort_values("value")
    above = ordered["above_world"].fillna(False).astype(bool)
    digits = ".2f" if ordered["value"].max() <= 10 else ".1f"
    fig = go.Figure(
        go.Bar(
            x=ordered["value"],
            y=[names.get(e, e) for e in ordered["entity"]],
            ids=list(ordered["entity"]),  # each bar's country: the sidebar's focus colours it (figures/focus)
            orientation="h",
            marker={
                "color": [charts.colour_for(e, i) for i, e in enumerate(ordered["entity"])],
                "line": {"color": ["#222222" if a else "rgba(0,0,0,0)" for a in above], "width": 2},
            },
            text=[f"{v:{digits}}{' ▲' if a else ''}" for v, a in zip(ordered["value"], above)],
            textposition="outside",
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    world = ordered["world"].dropna()
    if not world.empty:
        fig.add_vline(
            x=float(world.iloc[0]),
            line={"color": "#555555", "dash": "dash"},
            annotation_text=f"{world_name} {world.iloc[0]:{digits}}",
            annotation_position="top",
        )
    fig.update_layout(xaxis_title=x_title, showlegend=False, xaxis_range=[0, ordered["value"].max() * 1.15])
    fig = charts.style(fig, title=title, source_line=source_line, height=max(320, 34 * len(ordered) + 160))
    return fig


def components_figure(
    rows: pd.DataFrame,
    codes: tuple[str, ...],
    names: dict[str, str],
    lang: str,
    *,
    title: str,
    source_line: str,
    top: float,
    x_title: str,
) -> go.Figure:
    """An index's components side by side per economy (grouped bars, 0 to `top`), ordered by their mean."""
    wide = rows.pivot_table(index="entity", columns="indicator", values="value", aggfunc="first")
    wide = wide.reindex(columns=list(codes)).dropna(how="all")
    wide = wide.assign(mean=wide.mean(axis=1)).sort_values("mean")
    fig = go.Figure()
    for code, colour in zip(codes, ("#4477AA", "#EE6677", "#228833")):
        fig.add_trace(
            go.Bar(
                y=[names.get(e, e) for e in wide.index],
                x=wide[code],
                orientation="h",
                name=t(f"idi.component.{code}", lang),
                marker={"color": colour},
                hovertemplate=f"%{{y}}: %{{x:.{1 if top > 10 else 2}f}}<extra>%{{fullData.name}}</extra>",
            )
        )
    fig.update_layout(barmode="group", xaxis_range=[0, top], xaxis_title=x_title)
    per_row = 22 * len(codes)
    fig = charts.style(fig, title=title, source_line=source_line, height=max(360, per_row * len(wide) + 160))
    fig.update_layout(legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0}, margin={"t": 90})
    return fig


def pillars_figure(
    pillars: pd.DataFrame, names: dict[str, str], lang: str, *, title: str, source_line: str
) -> go.Figure:
    """The two 2023+ pillars side by side per economy, ordered by their mean (the IDI)."""
    return components_figure(
        pillars, PILLARS, names, lang, title=title, source_line=source_line, top=100, x_title=t("idi.score100", lang)
    )


def subindices_figure(
    subindices: pd.DataFrame, names: dict[str, str], lang: str, *, title: str, source_line: str
) -> go.Figure:
    """The 2009-2017 index's access, use and skills sub-indices (0-10) per economy."""
    return components_figure(
        subindices, OLD_SUBINDICES, names, lang, title=title, source_line=source_line, top=10,
        x_title=t("idi.old.axis", lang),
    )  # fmt: skip
