"""A one-sentence, text-only reading of a chart for its caption: what a screen-reader user (or someone reading
the slide from the back of the room) needs to get the point without seeing the lines."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from aseanict.i18n import format_number, t

AGGREGATES_LAST = ("WLD", "ASEAN", "ITU_ASP", "SEA6")  # readers compare countries; a world line is context


def plain(title: str) -> str:
    """A chart title without its HTML (line breaks, small print)."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", title or "")).strip()


def sentence(data: pd.DataFrame, names: Mapping[str, str], lang: str) -> str:
    """'Latest values: highest Singapore (96.0, 2023), lowest Myanmar (58.5, 2023).' from the rows behind a
    chart (entity, year, value; the first indicator if there are several). Empty when the rows don't fit."""
    if not {"entity", "year", "value"} <= set(data.columns):
        return ""
    rows = data.dropna(subset=["value"])
    if "indicator" in rows and rows.indicator.nunique() > 1:
        rows = rows[rows.indicator == rows.indicator.iloc[0]]
    rows = rows[~rows.entity.isin(AGGREGATES_LAST)] if rows.entity.nunique() > 1 else rows
    rows = rows[pd.to_numeric(rows.year, errors="coerce").notna()]
    if rows.empty:
        return ""
    latest = rows.assign(year=rows.year.astype(int)).sort_values("year").groupby("entity").tail(1)

    def say(row) -> str:
        return t("a11y.point", lang, name=names.get(row.entity, row.entity),
                 value=format_number(float(row.value), lang, 1), year=int(row.year))  # fmt: skip

    if len(latest) == 1:
        return t("a11y.one", lang, point=say(latest.iloc[0]))
    ordered = latest.sort_values("value")
    return t("a11y.range", lang, top=say(ordered.iloc[-1]), bottom=say(ordered.iloc[0]), n=len(latest))


def caption(title: str, data: pd.DataFrame, names: Mapping[str, str], lang: str, note: str = "") -> str:
    """Title, takeaway, then the chart's own note: the text alternative shown under every chart."""
    parts = [f"**{plain(title)}**" if plain(title) else "", sentence(data, names, lang), note]
    return " ".join(p for p in parts if p)
