"""Shape query results for display: wide country × year tables and the coverage grid."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd


def wide_table(series: pd.DataFrame, names: Mapping[str, str]) -> pd.DataFrame:
    """Countries as rows, years as columns; a missing value stays empty. Editions of the same year are
    kept apart as 'year (edition)' columns so that no two sources are averaged into one cell."""
    if series.empty:
        return pd.DataFrame()
    frame = series.copy()
    multi_edition = frame.groupby(["entity", "year"]).edition.nunique().max() > 1
    frame["column"] = (frame.year.astype(str) + " (" + frame.edition + ")") if multi_edition else frame.year.astype(str)
    table = frame.pivot_table(index="entity", columns="column", values="value", aggfunc="first")
    table = table.reindex(columns=sorted(table.columns))
    table.index = [names.get(e, e) for e in table.index]
    return table.rename_axis(index="country", columns=None)


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
