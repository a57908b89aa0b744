"""The store: builds from data/, enforces its rules, rejects bad rows clearly, and never leaves a broken file."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from aseanict import __main__ as cli
from aseanict.store import database, queries


def _append_row(path: Path, **values: object) -> None:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    row = {col: "" for col in frame.columns} | {k: str(v) for k, v in values.items()}
    pd.concat([frame, pd.DataFrame([row])]).to_csv(path, index=False)


def _valid_observation(**overrides: object) -> dict:
    row = {
        "entity": "SGP",
        "indicator": "IT.NET.USER.ZS",
        "year": 1961,
        "value": 1.0,
        "qualifier": "=",
        "source_id": "wdi-2e0b2e7d",
    }
    return row | overrides


def test_build_counts_every_table(con: duckdb.DuckDBPyConnection) -> None:
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ["observations", "sources"]}
    assert counts["observations"] == len(pd.read_csv(database.config.DATA_DIR / "observations.csv"))
    assert counts["sources"] == len(pd.read_csv(database.config.DATA_DIR / "sources.csv"))


def test_every_observation_has_a_known_source_and_licence(con: duckdb.DuckDBPyConnection) -> None:
    orphans = con.execute(
        "SELECT count(*) FROM observations o LEFT JOIN sources s USING (source_id) WHERE s.licence IS NULL"
    ).fetchone()[0]
    assert orphans == 0


def test_validation_passes_on_the_bundled_data(built_store: Path) -> None:
    report = database.validate(built_store)
    assert report.ok, report.text()
    assert "OK: all" in report.text()
    assert report.counts["report_figures"] == 224


def test_timor_leste_joined_asean_in_2025(con: duckdb.DuckDBPyConnection) -> None:
    assert con.execute("SELECT asean_since FROM countries WHERE iso3 = 'TLS'").fetchone()[0] == 2025


def test_build_is_idempotent(tmp_path: Path, data_copy: Path) -> None:
    db = tmp_path / "s.duckdb"
    database.build(db, data_copy)
    first = database.validate(db).counts
    database.build(db, data_copy)
    assert database.validate(db).counts == first
    assert database.store_status(db, data_copy) == "ok"


def test_the_data_version_follows_the_values_not_the_build(tmp_path: Path, data_copy: Path) -> None:
    from aseanict.store import queries

    db = tmp_path / "s.duckdb"
    database.build(db, data_copy)
    with database.connect_read_only(db) as con:
        first = queries.data_version(con)
    assert len(first["version"]) == 12 and int(first["version"], 16) >= 0
    assert first["date"] == max(pd.read_csv(data_copy / "sources.csv")["accessed"])
    database.build(db, data_copy)  # the same data built again: the same version
    with database.connect_read_only(db) as con:
        assert queries.data_version(con) == first
    with (data_copy / "observations.csv").open("a") as f:
        f.write("\n")
    database.build(db, data_copy)  # any change to the CSVs: a new version
    with database.connect_read_only(db) as con:
        assert queries.data_version(con)["version"] != first["version"]


@pytest.mark.parametrize(
    ("table", "row", "message"),
    [
        ("observations", _valid_observation(entity="XXX"), "observations.csv was rejected"),
        ("observations", _valid_observation(indicator="NOPE"), "observations.csv was rejected"),
        ("observations", _valid_observation(source_id="nowhere"), "observations.csv was rejected"),
        ("observations", _valid_observation(value="12,5"), "column 'value' must be a number"),
        ("observations", _valid_observation(year=1850), "observations.csv was rejected"),
        ("observations", _valid_observation(indicator="ITU_IDI_OLD", year=2015, value=45), "0-10"),
        ("observations", _valid_observation(indicator="ITU_IDI_NEW", year=2024, value=7.5), "0-10 score"),
        ("observations", _valid_observation(value=140), "valid range"),
        ("observations", _valid_observation(flag="made-up"), "observations.csv was rejected"),
        (
            "countries",
            {"iso3": "bad code", "name_en": "x", "name_zh": "x", "kind": "country", "source_id": "wdi-2e0b2e7d"},
            "countries.csv was rejected",
        ),
    ],
)
def test_a_bad_row_is_rejected_with_a_clear_message(
    tmp_path: Path, data_copy: Path, table: str, row: dict, message: str
) -> None:
    _append_row(data_copy / f"{table}.csv", **row)
    with pytest.raises(database.StoreError, match=message):
        database.build(tmp_path / "s.duckdb", data_copy)


def test_a_duplicate_value_from_one_source_is_rejected(tmp_path: Path, data_copy: Path) -> None:
    first = pd.read_csv(data_copy / "observations.csv", dtype=str, keep_default_na=False).iloc[0].to_dict()
    _append_row(data_copy / "observations.csv", **first)
    with pytest.raises(database.StoreError, match="(?i)duplicate|primary key|constraint"):
        database.build(tmp_path / "s.duckdb", data_copy)


def test_conflicting_sources_coexist(con: duckdb.DuckDBPyConnection) -> None:
    values = con.execute(
        "SELECT value FROM observations WHERE entity='BRN' AND indicator='ITU_IDI_NEW' AND year=2024 ORDER BY value"
    ).fetchall()
    assert [v for (v,) in values] == [95.1, 95.7, 95.7]


def test_a_failed_build_leaves_the_existing_store_byte_identical(tmp_path: Path, data_copy: Path) -> None:
    db = tmp_path / "s.duckdb"
    database.build(db, data_copy)
    before = db.read_bytes()
    _append_row(data_copy / "observations.csv", **_valid_observation(entity="XXX"))
    with pytest.raises(database.StoreError):
        database.build(db, data_copy)
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_missing_stale_and_corrupt_stores_are_rebuilt(tmp_path: Path, data_copy: Path) -> None:
    db = tmp_path / "s.duckdb"
    assert database.ensure_store(db, data_copy)[1] == "rebuilt (missing)"
    assert database.ensure_store(db, data_copy)[1] == "ok"
    _append_row(data_copy / "observations.csv", **_valid_observation())
    assert database.store_status(db, data_copy) == "stale"
    assert database.ensure_store(db, data_copy)[1] == "rebuilt (stale)"
    db.write_bytes(b"this is not a database")
    assert database.store_status(db, data_copy) == "corrupt"
    assert database.ensure_store(db, data_copy)[1] == "rebuilt (corrupt)"
    assert database.validate(db).ok


def test_an_unreadable_csv_gives_a_clear_error(tmp_path: Path, data_copy: Path) -> None:
    (data_copy / "sources.csv").write_bytes(b'\xff\xfe\x00garbage\n"unterminated')
    with pytest.raises(database.StoreError, match="sources.csv"):
        database.build(tmp_path / "s.duckdb", data_copy)


def test_a_missing_csv_gives_a_clear_error(tmp_path: Path, data_copy: Path) -> None:
    (data_copy / "forecasts.csv").unlink()
    with pytest.raises(database.StoreError, match="Missing data file"):
        database.build(tmp_path / "s.duckdb", data_copy)


def test_cli_build_and_validate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("ASEANICT_DB", str(tmp_path / "cli.duckdb"))
    assert cli.main(["build"]) == 0
    assert cli.main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "World Bank" in out and "OK: all" in out and "MB" in out


def test_cli_validate_without_store_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("ASEANICT_DB", str(tmp_path / "none.duckdb"))
    assert cli.main(["validate"]) == 2
    assert "python -m aseanict build" in capsys.readouterr().err


def test_the_cached_synthetic_store_is_named_after_the_schema_that_makes_it(tmp_path, monkeypatch) -> None:
    """A benchmark cache made by an older schema (one column fewer) must never be reused."""
    from aseanict.store import sql

    today = database.synthetic_path(tmp_path)
    assert today.parent == tmp_path and today.name.startswith("synthetic-") and today.suffix == ".duckdb"
    assert database.synthetic_path(tmp_path) == today  # the same schema, the same file
    monkeypatch.setattr(sql, "BEST_OBSERVATIONS", sql.BEST_OBSERVATIONS.replace(",\n       authority", ""))
    assert database.synthetic_path(tmp_path) != today


def test_a_small_synthetic_store_fills_the_real_schema(tmp_path) -> None:
    # The benchmark's World-Bank-scale store, at toy size: its statements must bind to the schema as it is now
    # (a column added to sources once broke `python -m aseanict bench`).
    db = database.synthetic_store(tmp_path, n_entities=15, n_indicators=3, n_years=2)
    con = database.connect_read_only(db)
    assert queries.observation_count(con) == 15 * 3 * 2
    con.close()
