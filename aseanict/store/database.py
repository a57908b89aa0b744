"""The DuckDB store: build it atomically from data/, open it read-only, and check every rule."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import duckdb
import pandas as pd

from aseanict import config
from aseanict.store import sql

CSV_FILES = {t: f"{t}.csv" for t in sql.TABLES}
# Columns read as numbers; everything else is text, with empty cells kept as '' (not NaN).
NUMERIC = {
    "sources": {"authority": "Int64"},
    "countries": {"asean_since": "Int64"},
    "indicators": {"min_value": "Float64", "max_value": "Float64", "decimals": "Int64"},
    "observations": {"year": "Int64", "value": "Float64"},
    "forecasts": {
        "base_year": "Int64",
        "base_value": "Float64",
        "target_year": "Int64",
        "target_value": "Float64",
        "rate_pct": "Float64",
        "multiple": "Float64",
        "made_in": "Int64",
    },
    "report_figures": {"value": "Float64"},
    "series_notes": {"year_from": "Int64", "year_to": "Int64"},
}
NULLABLE_TEXT = {"forecasts": ["outcome_entity", "outcome_indicator"]}
BOOLEAN = {"indicators": ["higher_is_better"]}


# A writer (someone's DuckDB shell, a script) often lets go within a moment: retry this long in all (seconds).
LOCK_RETRY_DELAYS = (0.1, 0.2, 0.4, 0.8)
_LOCKED = "Could not set lock on file"
_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")
_pause = time.sleep  # replaced in tests, so that a lock can be released "during" the wait


class StoreError(RuntimeError):
    """The store could not be built or opened; the message says why and what to do."""


class StoreUnwritable(StoreError):
    """The store needs (re)building, but its location cannot be written (read-only file system or folder)."""

    def __init__(self, path: Path, status: str, reason: str) -> None:
        self.path, self.status, self.reason = path, status, reason
        super().__init__(
            f"The store at {path} is {status} and cannot be rebuilt there ({reason}). "
            "Set ASEANICT_DB to a writable path, or build it once with `python -m aseanict build` "
            "(with the same ASEANICT_DB) as a user who can write there."
        )


class StoreLocked(StoreError):
    """Another program holds the store open for writing, and DuckDB then refuses every other reader."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path, self.holder = path, holder
        super().__init__(
            f"The store at {path} is locked by another program that opened it for writing ({holder}). "
            "Close that program or its DuckDB connection, then reload."
        )


class StoreNotAFile(StoreError):
    """The store's path exists but is not a regular file (a folder, device, FIFO or socket): never written over."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path, self.kind = path, kind
        super().__init__(
            f"The store path {path} is {kind}, not a regular file; it is left as it is. "
            "Set ASEANICT_DB to a file path (it may not exist yet)."
        )


_KINDS = {stat.S_ISDIR: "a folder", stat.S_ISCHR: "a character device", stat.S_ISBLK: "a block device",
          stat.S_ISFIFO: "a FIFO (named pipe)", stat.S_ISSOCK: "a socket"}  # fmt: skip


def store_file(db: Path) -> Path:
    """The file the store lives in: a symlink is followed (the store is written through it, to its target),
    and what is there must be a regular file or nothing. Checked before any open: DuckDB would block on a FIFO
    and a build would replace a device or a socket with a file."""
    target = db.resolve() if db.is_symlink() else db
    try:
        mode = target.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):  # nothing there (yet); whether it can be made is build's concern
        return target
    except OSError as exc:  # a symlink loop, a name too long: not a place for the store
        raise StoreError(f"The store path {db} cannot be used: {exc}") from exc
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS.items() if test(mode)), "not a regular file")
        raise StoreNotAFile(db, kind)
    return target


def refuse_if_locked(db: Path) -> None:
    """Raise StoreLocked if another program holds the store open for writing: replacing the file under it would
    lose that program's writes (and it would keep writing to a file nobody reads)."""
    if not db.exists():
        return
    try:
        _open_read_only(db).close()
    except StoreLocked:
        raise
    except duckdb.Error:
        pass  # not a readable store (corrupt, older): nobody holds it; it is rebuilt


class Prepared(NamedTuple):
    """What ensure_store found and did."""

    path: Path
    action: str  # 'ok', 'rebuilt (missing|stale|outdated|corrupt)' or 'stale, not rebuilt'
    stale_reason: str = ""  # why a stale store is served as it is


@dataclass(frozen=True)
class OpenStore:
    """The shared read-only connection (take a cursor per query) and how the store was found."""

    connection: duckdb.DuckDBPyConnection
    path: Path
    action: str
    stale_reason: str = ""
    built_at: str = ""


@dataclass
class ValidationReport:
    counts: dict[str, int] = field(default_factory=dict)
    per_source: pd.DataFrame = field(default_factory=pd.DataFrame)
    violations: dict[str, pd.DataFrame] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.violations

    def text(self) -> str:
        lines = ["Rows per table:"]
        lines += [f"  {t:<16} {n:>7,}" for t, n in self.counts.items()]
        if not self.per_source.empty:
            lines.append("Observations per producer:")
            for producer, n in self.per_source.groupby("producer")["n"].sum().items():
                lines.append(f"  {producer:<60} {n:>7,}")
        if self.ok:
            lines.append(f"OK: all {len(sql.CHECKS)} rules pass.")
        for rule, rows in self.violations.items():
            lines.append(f"VIOLATION ({len(rows)} rows): {rule}")
            lines.append("  " + rows.head(10).to_string(index=False).replace("\n", "\n  "))
        return "\n".join(lines)


def data_fingerprint(data_dir: Path | None = None) -> str:
    """Hash of the CSV contents the store is built from (content, not mtime: git checkouts reset mtimes)."""
    data_dir = data_dir or config.DATA_DIR
    digest = hashlib.sha256(sql.SCHEMA_VERSION.encode())
    for name in sorted(CSV_FILES.values()):
        path = data_dir / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()


def data_version(data_dir: Path | None = None) -> str:
    """The data version: 12 hex characters of a hash of the CSV contents alone (unlike the fingerprint, a schema
    change that leaves every value as it was keeps the version, so citations stay valid)."""
    data_dir = data_dir or config.DATA_DIR
    digest = hashlib.sha256()
    for name in sorted(CSV_FILES.values()):
        path = data_dir / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()[:12]


def read_table(table: str, data_dir: Path) -> pd.DataFrame:
    path = data_dir / CSV_FILES[table]
    if not path.exists():
        raise StoreError(f"Missing data file {path}: the store cannot be built without it.")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise StoreError(f"{path.name} is not a readable CSV file: {exc}") from exc
    for col, dtype in NUMERIC.get(table, {}).items():
        raw = frame[col].str.strip()
        converted = pd.to_numeric(raw.replace("", None), errors="coerce")
        bad = raw.ne("") & converted.isna()
        if bad.any():
            row = int(bad.idxmax())
            raise StoreError(f"{path.name}, line {row + 2}: column '{col}' must be a number, got {raw[row]!r}.")
        frame[col] = converted.astype(dtype)
    for col in NULLABLE_TEXT.get(table, []):
        frame[col] = frame[col].replace("", None)
    for col in BOOLEAN.get(table, []):
        frame[col] = frame[col].map({"True": True, "False": False, "": None})
    return frame


def _load(con: duckdb.DuckDBPyConnection, data_dir: Path) -> None:
    con.execute(sql.SCHEMA)
    for table in sql.TABLES:
        frame = read_table(table, data_dir)  # noqa: F841 - read by name in the INSERT below
        try:
            con.execute(sql.INSERT_FROM_FRAME[table])
        except duckdb.Error as exc:
            raise StoreError(f"{CSV_FILES[table]} was rejected by the store's rules: {exc}") from exc
    con.execute(sql.BEST_OBSERVATIONS)


def validate_connection(con: duckdb.DuckDBPyConnection) -> ValidationReport:
    report = ValidationReport()
    report.counts = {t: con.execute(sql.COUNT_ROWS[t]).fetchone()[0] for t in sql.TABLES}
    report.per_source = con.execute(sql.COUNTS_PER_SOURCE).df()
    for rule, query in sql.CHECKS.items():
        rows = con.execute(query).df()
        if not rows.empty:
            report.violations[rule] = rows
    return report


def build(db: Path | None = None, data_dir: Path | None = None) -> tuple[Path, ValidationReport]:
    """Build the store from data/ into a temporary file, check it, then rename it into place.

    An interrupted or failed build leaves any existing store untouched.
    """
    db = store_file(Path(db or config.db_path()))
    data_dir = Path(data_dir or config.DATA_DIR)
    refuse_if_locked(db)
    db.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{db.name}.", suffix=".tmp", dir=db.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # DuckDB wants to create the file itself
    try:
        con = duckdb.connect(str(tmp))
        try:
            _load(con, data_dir)
            report = validate_connection(con)
            if not report.ok:
                raise StoreError("The data break the store's rules:\n" + report.text())
            con.executemany(
                sql.INSERT_META,
                [
                    ["fingerprint", data_fingerprint(data_dir)],
                    ["schema_version", sql.SCHEMA_VERSION],
                    ["built_at", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())],
                    ["data_version", data_version(data_dir)],
                    # The data's date is the newest access date of any source, not the build date: rebuilding the
                    # same data must not change what a citation names.
                    ["data_date", str(con.execute(sql.NEWEST_ACCESS).fetchone()[0] or "")],
                ],
            )
            con.execute("CHECKPOINT")
        finally:
            con.close()
        refuse_if_locked(db)  # again: a writer may have opened the store while this one was built
        os.replace(tmp, db)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            leftover.unlink(missing_ok=True)
    return db, report


def _open_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    """Open read-only; while a writer holds DuckDB's exclusive lock, wait a little, then raise StoreLocked."""
    delays = iter(LOCK_RETRY_DELAYS)
    while True:
        try:
            return duckdb.connect(str(path), read_only=True)
        except duckdb.IOException as exc:
            if _LOCKED not in str(exc):
                raise
            delay = next(delays, None)
            if delay is None:
                found = _LOCK_HOLDER.search(str(exc))
                holder = f"{found['program']}, PID {found['pid']}" if found else str(exc)
                raise StoreLocked(path, holder) from exc
            _pause(delay)


def store_status(db: Path | None = None, data_dir: Path | None = None) -> str:
    """'ok', 'missing', 'stale' (data changed since the build), 'outdated' (older schema) or 'corrupt'.

    Raises StoreLocked if another program holds the file open for writing: that is not a reason to rebuild.
    """
    db = store_file(Path(db or config.db_path()))
    if not db.exists():
        return "missing"
    try:
        con = _open_read_only(db)
        try:
            meta = dict(con.execute(sql.READ_META).fetchall())
        finally:
            con.close()
    except duckdb.Error:
        return "corrupt"
    if meta.get("schema_version") != sql.SCHEMA_VERSION:
        return "outdated"
    return "ok" if meta.get("fingerprint") == data_fingerprint(data_dir) else "stale"


def ensure_store(db: Path | None = None, data_dir: Path | None = None) -> Prepared:
    """Build the store if it is missing, stale, outdated or corrupt.

    A stale store (same schema, older data) that cannot be rebuilt, because its place is read-only or the new
    data break a rule, is served as it is with the reason; anything else that cannot be rebuilt is an error.
    """
    db = Path(db or config.db_path())
    status = store_status(db, data_dir)
    if status == "ok":
        return Prepared(db, "ok")
    try:
        build(db, data_dir)
    except (OSError, duckdb.IOException) as exc:
        if status == "stale":
            return Prepared(db, "stale, not rebuilt", f"{db.parent} is not writable: {exc}")
        raise StoreUnwritable(db, status, str(exc)) from exc
    except StoreError as exc:
        if status == "stale":
            return Prepared(db, "stale, not rebuilt", str(exc))
        raise
    return Prepared(db, f"rebuilt ({status})")


def open_store(db: Path | None = None, data_dir: Path | None = None) -> OpenStore:
    """Build the store if needed and open it read-only. Share the connection; use a cursor per query."""
    try:
        prepared = ensure_store(db, data_dir)
    except OSError as exc:  # e.g. data/ unreadable: still a message, not a traceback
        raise StoreError(f"The store at {db or config.db_path()} could not be prepared: {exc}") from exc
    try:
        con = _open_read_only(prepared.path)
        built_at = dict(con.execute(sql.READ_META).fetchall()).get("built_at", "")
    except duckdb.Error as exc:
        raise StoreError(f"Could not open the store at {prepared.path}: {exc}") from exc
    return OpenStore(con, prepared.path, prepared.action, prepared.stale_reason, built_at)


def connect(db: Path | None = None, data_dir: Path | None = None) -> duckdb.DuckDBPyConnection:
    """Open the store read-only, building it first if needed. Share the connection; use a cursor per query."""
    return open_store(db, data_dir).connection


def validate(db: Path | None = None) -> ValidationReport:
    con = _open_read_only(Path(db or config.db_path()))
    try:
        return validate_connection(con)
    finally:
        con.close()


def connect_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=True)


def synthetic_path(folder: Path) -> Path:
    """Where the synthetic store of today's schema lives: named after the SQL that makes it, so that a store made
    by an older schema (a cache from an earlier run) is never reused."""
    made_by = "\n".join([sql.SCHEMA, *sql.SYNTHETIC_FILL, sql.BEST_OBSERVATIONS])
    return folder / f"synthetic-{hashlib.sha256(made_by.encode()).hexdigest()[:12]}.duckdb"


def synthetic_store(tmp: Path, n_entities: int = 220, n_indicators: int = 1500, n_years: int = 65) -> Path:
    """A store at World Bank scale (~21 M observations) with the real schema, made by DuckDB itself."""
    db = synthetic_path(tmp)
    partial = db.with_suffix(".duckdb.partial")
    partial.unlink(missing_ok=True)
    con = duckdb.connect(str(partial))
    con.execute(sql.SCHEMA)
    sizes = {"n_entities": n_entities, "n_indicators": n_indicators, "n_years": n_years}
    for statement in sql.SYNTHETIC_FILL:
        con.execute(statement, {k: v for k, v in sizes.items() if f"${k}" in statement})
    con.execute(sql.BEST_OBSERVATIONS)
    con.close()
    os.replace(partial, db)
    return db
