"""Shape query results for display: wide country × year tables, the coverage grid, and value records."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from aseanict.core import figure_text, provenance, units
from aseanict.i18n import t

RECORD_COLUMNS = ("entity", "indicator", "year", "period", "value", "qualifier", "edition", "flag", "note", "quote")


def wide_table(
    series: pd.DataFrame,
    names: Mapping[str, str],
    index_label: str = "country",
    *,
    decimals: Mapping[str, int] | None = None,
    lang: str = "en",
) -> pd.DataFrame:
    """Countries as rows, years as columns; a missing value stays empty. Editions of the same year are
    kept apart as 'year (edition)' columns so that no two sources are averaged into one cell. With decimals
    (code -> places), the cells are text at the indicator's precision and an empty one reads '–'."""
    if series.empty:
        return pd.DataFrame()
    frame = series.copy()
    multi_edition = frame.groupby(["entity", "year"]).edition.nunique().max() > 1
    frame["column"] = (frame.year.astype(str) + " (" + frame.edition + ")") if multi_edition else frame.year.astype(str)
    table = frame.pivot_table(index="entity", columns="column", values="value", aggfunc="first")
    table = table.reindex(columns=sorted(table.columns))
    table.index = [names.get(e, e) for e in table.index]
    if decimals is not None:
        code = str(series.indicator.iloc[0]) if "indicator" in series else ""
        table = table.apply(lambda column: units.table_cells(column, code, decimals, lang))
    return table.rename_axis(index=index_label, columns=None)


def coverage_grid(coverage: pd.DataFrame, names: Mapping[str, str]) -> pd.DataFrame:
    """1 where an entity has a value for a year, 0 where it has none, over the full year span."""
    if coverage.empty:
        return pd.DataFrame()
    years = range(int(coverage.year.min()), int(coverage.year.max()) + 1)
    grid = (
        coverage.assign(has=1)
        .pivot_table(index="entity", columns="year", values="has", aggfunc="max")
        .reindex(columns=years)
        .fillna(0)
        .astype(int)
    )
    grid.index = [names.get(e, e) for e in grid.index]
    return grid


def records_display(
    rows: pd.DataFrame,
    names: Mapping[str, str],
    indicator_names: Mapping[str, str],
    lang: str,
    decimals: Mapping[str, int] | None = None,
) -> pd.DataFrame:
    """Values with their sources (all_sources_for rows), for reading: countries and indicators by name, values
    at their indicator's precision (with decimals), flags, producers, licences and notes in the reader's
    language; quotes and source titles as they were written."""
    out = provenance.sources_display(rows, lang).copy()
    if decimals is not None and {"value", "indicator"} <= set(out.columns):
        out["value"] = [units.indicator_number(v, str(c), decimals, lang) for v, c in zip(out.value, out.indicator)]
    if "entity" in out:
        out["entity"] = out["entity"].map(lambda e: figure_text.entity(str(e), names, lang))
    if "indicator" in out:
        out["indicator"] = out["indicator"].map(lambda c: indicator_names.get(c, c))
    if "flag" in out:
        out["flag"] = out["flag"].map(lambda f: t(f"record.flag.{f}", lang) if isinstance(f, str) and f else "")
    if "note" in out:
        out["note"] = out["note"].map(lambda n: figure_text.value_note(n, lang))
    return out


def record_columns(lang: str) -> dict[str, str]:
    """Column headers of a records table in the reader's language (for st.dataframe's column_config)."""
    return {c: t(f"record.col.{c}", lang) for c in RECORD_COLUMNS} | provenance.source_columns(lang)
