"""Typed read queries over the store; every value is a bound parameter. Each takes a connection or cursor."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pandas as pd

from aseanict.store import sql

Con = Connection = duckdb.DuckDBPyConnection  # what callers outside the store name in their type hints
YEAR_MIN, YEAR_MAX = 1960, 2100
# Source authority runs from 1 (the producer's own publication) to 5 (press, third-party copies); 1-2 are primary
# (ITU, the World Bank, UNSD and copies of their own files).
PRIMARY, WEAKEST = 2, 5


def _run(con: Con, query: str, params: dict | None = None) -> pd.DataFrame:
    return con.execute(query, params or {}).df()


def _clean_list(values: Sequence[str] | str) -> list[str]:
    # A single string is one code, not a list of characters.
    if isinstance(values, str):
        values = [values]
    return [str(v) for v in values]


def data_version(con: Con) -> dict[str, str]:
    """{"version": 12 hex characters of the data's content hash, "date": the newest source access date (ISO)}."""
    meta = dict(con.execute(sql.READ_META).fetchall())
    return {"version": meta.get("data_version", ""), "date": meta.get("data_date", "")}


def countries(con: Con) -> pd.DataFrame:
    return _run(con, sql.COUNTRIES)


def indicators(con: Con) -> pd.DataFrame:
    return _run(con, sql.INDICATORS)


def sources(con: Con) -> pd.DataFrame:
    return _run(con, sql.SOURCES)


def map_indicators(con: Con) -> list[str]:
    """Codes of the indicators with a value for at least one country (not only for groups): what a map shows."""
    return list(_run(con, sql.MAP_INDICATORS)["indicator"])


def series(
    con: Con,
    indicators: Sequence[str] | str,
    entities: Sequence[str] | str,
    year_from: int = YEAR_MIN,
    year_to: int = YEAR_MAX,
    include_flagged: bool = False,
) -> pd.DataFrame:
    """One value per entity, indicator, year and edition (the most authoritative source); flagged
    (experimental) values only when asked. `conflict` says whether another source gives a different value."""
    return _run(
        con,
        sql.SERIES,
        {
            "indicators": _clean_list(indicators),
            "entities": _clean_list(entities),
            "year_from": int(year_from),
            "year_to": int(year_to),
            "include_flagged": bool(include_flagged),
        },
    )


def all_sources_for(
    con: Con, indicator: str, entities: Sequence[str] | str, year_from: int = YEAR_MIN, year_to: int = YEAR_MAX
) -> pd.DataFrame:
    """Every stored value with its full source record, conflicting and disputed ones included."""
    return _run(
        con,
        sql.ALL_SOURCES_FOR,
        {
            "indicator": indicator,
            "entities": _clean_list(entities),
            "year_from": int(year_from),
            "year_to": int(year_to),
        },
    )


def latest(
    con: Con, indicator: str, entities: Sequence[str] | str, max_year: int = YEAR_MAX, max_authority: int = WEAKEST
) -> pd.DataFrame:
    """The most recent value per entity (up to max_year; from sources at least as strong as max_authority),
    with its year, source and the source's authority."""
    params = {"indicator": indicator, "entities": _clean_list(entities), "max_year": int(max_year)}
    return _run(con, sql.LATEST, params | {"max_authority": int(max_authority)})


def ranks(
    con: Con, indicator: str, year: int, entities: Sequence[str] | str, higher_is_better: bool = True
) -> pd.DataFrame:
    """Rank of each entity with a value in that year (1 = best; ties share the better rank)."""
    return _run(
        con,
        sql.RANKS,
        {
            "indicator": indicator,
            "year": int(year),
            "entities": _clean_list(entities),
            "higher_is_better": bool(higher_is_better),
        },
    )


def group_aggregate(
    con: Con,
    indicator: str,
    group: str,
    year_from: int = YEAR_MIN,
    year_to: int = YEAR_MAX,
    as_of: int | None = None,
    max_authority: int = WEAKEST,
) -> pd.DataFrame:
    """Derived group values per year: simple mean, population-weighted mean, median, min and max of the members
    with data.

    Each row says which members had data and which did not, so a partial aggregate is never mistaken for a
    full one. Membership follows accession (Timor-Leste counts for ASEAN from 2025); with `as_of` it is the
    members of that year in every year (the same countries at both ends of a comparison over time).
    """
    params = {"indicator": indicator, "group": group, "year_from": int(year_from), "year_to": int(year_to)}
    extra = {"as_of": None if as_of is None else int(as_of), "max_authority": int(max_authority)}
    return _run(con, sql.GROUP_AGGREGATE, params | extra)


def notes_for(con: Con, indicators: Sequence[str] | str, entities: Sequence[str] | str) -> pd.DataFrame:
    return _run(con, sql.NOTES_FOR, {"indicators": _clean_list(indicators), "entities": _clean_list(entities)})


def all_notes(con: Con) -> pd.DataFrame:
    return _run(con, sql.ALL_NOTES)


def series_breaks(con: Con) -> pd.DataFrame:
    """Every documented break (note_id, entity, indicator, year, kind): from `year` on, a series is not comparable
    with its earlier years. An empty entity means every entity. core.breaks.Registry reads this frame."""
    return _run(con, sql.SERIES_BREAKS)


def report_figures(con: Con, topic: str | None = None) -> pd.DataFrame:
    return _run(con, sql.REPORT_FIGURES, {"topic": topic})


def forecasts(con: Con) -> pd.DataFrame:
    return _run(con, sql.FORECASTS)


def coverage(con: Con, indicator: str) -> pd.DataFrame:
    """How many values each entity has per year for one indicator (the availability grid)."""
    return _run(con, sql.COVERAGE, {"indicator": indicator})


TABLE1_COLUMNS = {
    "Table 1: area": "Area (sq km)",
    "Table 1: GDP": "GDP 2014 (100 M USD)",
    "Table 1: population": "Population (10,000)",
    "Table 1: Internet users": "Internet users (10,000)",
    "Table 1: Internet penetration rate": "Internet penetration",
    "Table 1: IDI index (0-10)": "IDI (2014)",
    "Table 1: IDI global ranking": "IDI global ranking",
}
TABLE1_ROWS = ["SGP", "BRN", "MYS", "THA", "VNM", "PHL", "IDN", "KHM", "LAO", "MMR", "CHN", "ASEAN"]


def seed_table1(con: Con) -> pd.DataFrame:
    """The CAICT report's Table 1, read back from the stored report figures, in the report's row order."""
    figures = report_figures(con)
    figures = figures[figures.indicator.isin(list(TABLE1_COLUMNS))]
    table = figures.pivot(index="entity", columns="indicator", values="value")
    table = table.reindex(index=[e for e in TABLE1_ROWS if e in table.index], columns=list(TABLE1_COLUMNS))
    return table.rename(columns=TABLE1_COLUMNS).rename_axis(index="entity", columns=None).reset_index()


def observation_count(con: Con) -> int:
    return int(con.execute(sql.OBSERVATION_COUNT).fetchone()[0])
