"""The CAICT report's Table 1 exactly as printed, and today's data for the same columns and countries."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from aseanict.i18n import t
from aseanict.store.queries import TABLE1_COLUMNS, TABLE1_ROWS
from aseanict.topics.idi.editions import LAST_OLD, NEW, OLD, OLD_RANK

TABLE1_MEMBERS = [e for e in TABLE1_ROWS if e not in ("CHN", "ASEAN")]
TABLE1_HEADERS = {  # i18n keys of the column headings as printed
    "Table 1: area": "idi.t1.area",
    "Table 1: GDP": "idi.t1.gdp",
    "Table 1: population": "idi.t1.pop",
    "Table 1: Internet users": "idi.t1.users",
    "Table 1: Internet penetration rate": "idi.t1.penetration",
    "Table 1: IDI index (0-10)": "idi.t1.idi",
    "Table 1: IDI global ranking": "idi.t1.rank",
}
TODAY_INDICATORS = ("NY.GDP.MKTP.CD", "SP.POP.TOTL", "IT.NET.USER.ZS", NEW, OLD, OLD_RANK)


def _as_number(token: str) -> float:
    return float(token.replace(",", "").rstrip("%"))


def table1_printed(figures: pd.DataFrame) -> pd.DataFrame:
    """The report's Table 1 cell by cell as printed ("81.3%", "5.9", ASEAN rank "-"), in the report's order.

    The printed text comes from each figure's quote (the row as printed); every cell is checked against the
    stored value, so a transcription slip raises instead of showing a figure the report does not contain.
    """
    table = figures[figures["indicator"].isin(list(TABLE1_COLUMNS))]
    rows = []
    for entity in TABLE1_ROWS:
        part = table[table["entity"] == entity]
        if part.empty:
            continue
        tokens = str(part["quote"].iloc[0]).split()[-len(TABLE1_COLUMNS) :]
        row = {"entity": entity}
        for token, column in zip(tokens, TABLE1_COLUMNS):
            stored = part.loc[part["indicator"] == column, "value"]
            if not stored.empty and not math.isclose(_as_number(token), float(stored.iloc[0]), abs_tol=1e-9):
                raise ValueError(f"Table 1 {entity} {column}: printed {token} but stored {stored.iloc[0]}")
            row[column] = token
        rows.append(row)
    return pd.DataFrame(rows, columns=["entity", *TABLE1_COLUMNS])


def table1_above_world(printed: pd.DataFrame, world: float | None) -> pd.Series:
    """True where a row's printed IDI is above the world average (the report shades those rows grey)."""
    idi_col = "Table 1: IDI index (0-10)"
    if world is None:
        return pd.Series(False, index=printed.index)
    return printed[idi_col].map(lambda v: v not in ("", "-") and _as_number(v) > world)


def table1_styled(printed: pd.DataFrame, names: dict[str, str], world: float | None):  # -> pandas Styler
    """Table 1 as printed, with the IDI cell shaded grey where it is above the world average, as in the report."""
    above = table1_above_world(printed, world)
    shown = printed.assign(entity=printed["entity"].map(lambda e: names.get(e, e)))

    def shade(column: pd.Series) -> list[str]:
        if column.name != "Table 1: IDI index (0-10)":
            return [""] * len(column)
        return ["background-color: #d0d0d0; font-weight: 600" if a else "" for a in above]

    return shown.style.apply(shade, axis=0)


def _latest(series: pd.DataFrame, indicator: str) -> pd.DataFrame:
    part = series[(series["indicator"] == indicator) & (series["entity"] != "")]
    return part.sort_values(["year", "edition"]).groupby("entity").tail(1).set_index("entity")


def _last_old(series: pd.DataFrame, indicator: str) -> pd.DataFrame:
    year, edition = LAST_OLD
    part = series[(series["indicator"] == indicator) & (series["year"] == year) & (series["edition"] == edition)]
    return part.drop_duplicates("entity").set_index("entity")


def _common_year(series: pd.DataFrame, indicator: str, members: list[str]) -> int | None:
    """Latest year in which every member has a value (a group total over fewer members would mislead)."""
    part = series[(series["indicator"] == indicator) & series["entity"].isin(members)]
    counts = part.groupby("year")["entity"].nunique()
    full = counts[counts == len(members)]
    return int(full.index.max()) if not full.empty else None


def _cell(value: float | None, year: int | None, fmt: str, suffix: str = "") -> str:
    if value is None or pd.isna(value):
        return "–"
    return f"{value:{fmt}}{suffix} ({year})"


def table1_today(series: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Today's values for Table 1's columns and rows, each with its year; the ASEAN row is derived here.

    Units follow the report (100 million USD, 10,000 people). Internet users are derived as the ITU/WDI share
    times population. The ASEAN row covers the report's ten members (Timor-Leste joined in 2025) in the latest
    year in which all ten have data: totals summed, the user share population-weighted, IDI a simple mean.
    """
    gdp, pop, users = (_latest(series, c) for c in ("NY.GDP.MKTP.CD", "SP.POP.TOTL", "IT.NET.USER.ZS"))
    new, old, rank = _latest(series, NEW), _last_old(series, OLD), _last_old(series, OLD_RANK)
    pop_all = series[series["indicator"] == "SP.POP.TOTL"].set_index(["entity", "year"])["value"]
    not_in_store, no_rank = t("idi.not_in_store", lang), t("idi.no_itu_rank", lang)
    rows = []
    for e in TABLE1_ROWS:
        if e == "ASEAN":
            continue
        share = users["value"].get(e)
        users_year = users["year"].get(e)
        pop_then = pop_all.get((e, users_year)) if share is not None else None
        rows.append(
            {
                "entity": e,
                "area": not_in_store,
                "gdp": _cell(gdp["value"].get(e, np.nan) / 1e8, gdp["year"].get(e), ",.1f"),
                "pop": _cell(pop["value"].get(e, np.nan) / 1e4, pop["year"].get(e), ",.0f"),
                "users": _cell(share * pop_then / 100 / 1e4 if pop_then else None, users_year, ",.0f"),
                "penetration": _cell(share, users_year, ".1f", "%"),
                "idi_new": _cell(new["value"].get(e), new["edition"].get(e, ""), ".1f"),
                "idi_old": _cell(old["value"].get(e), LAST_OLD[0], ".2f"),
                "rank_old": _cell(rank["value"].get(e), LAST_OLD[0], ".0f"),
                "rank_new": no_rank,
            }
        )
    rows.append(_asean_today(series, lang, not_in_store))
    return pd.DataFrame(rows)


def _asean_today(series: pd.DataFrame, lang: str, not_in_store: str) -> dict:
    members = TABLE1_MEMBERS
    in_group = series[series["entity"].isin(members)]

    def group(indicator: str) -> tuple[pd.Series, int | None]:
        year = _common_year(in_group, indicator, members)
        part = in_group[(in_group["indicator"] == indicator) & (in_group["year"] == year)]
        return part.drop_duplicates("entity", keep="last").set_index("entity")["value"], year

    gdp, gdp_year = group("NY.GDP.MKTP.CD")
    pop, pop_year = group("SP.POP.TOTL")
    share, share_year = group("IT.NET.USER.ZS")
    pop_then = in_group[(in_group["indicator"] == "SP.POP.TOTL") & (in_group["year"] == share_year)]
    pop_then = pop_then.set_index("entity")["value"]
    complete = share_year is not None and set(pop_then.index) >= set(members)
    users = float((share * pop_then).sum() / 100) if complete else None
    new = in_group[in_group["indicator"] == NEW]
    new_year = _common_year(new, NEW, members)
    new_mean = new.loc[new["year"] == new_year].drop_duplicates("entity")["value"].mean() if new_year else None
    old = _last_old(in_group, OLD)
    old_mean = old["value"].mean() if len(old) == len(members) else None
    return {
        "entity": "ASEAN",
        "area": not_in_store,
        "gdp": _cell(gdp.sum() / 1e8 if gdp_year else None, gdp_year, ",.1f"),
        "pop": _cell(pop.sum() / 1e4 if pop_year else None, pop_year, ",.0f"),
        "users": _cell(users / 1e4 if users else None, share_year, ",.0f"),
        "penetration": _cell(100 * users / pop_then.sum() if users else None, share_year, ".1f", "%"),
        "idi_new": _cell(new_mean, f"IDI {new_year}", ".1f"),
        "idi_old": _cell(old_mean, LAST_OLD[0], ".2f"),
        "rank_old": "-",
        "rank_new": t("idi.no_itu_rank", lang),
    }
