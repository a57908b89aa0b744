"""The store under bad conditions: a read-only place, a writer's lock, where it lives, many threads at once.

Tests may run as root, where chmod does not stop writes, so an unwritable place is made in ways that hold for
root too: a path under a regular file (its folder cannot be created), the store module's temporary-file call
answering EROFS (the first write of every build), and, where user namespaces allow, a real read-only tmpfs.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pandas as pd
import pytest

from aseanict import __main__ as cli
from aseanict import config
from aseanict.store import database, queries
from aseanict.ui import cached

ROOT = Path(__file__).resolve().parents[2]


def change_data(data_dir: Path, entity: str = "SGP") -> None:
    """Add one observation (a valid one for Singapore, 1961), so that a store built before is stale."""
    frame = pd.read_csv(data_dir / "observations.csv", dtype=str, keep_default_na=False)
    row = {col: "" for col in frame.columns} | {
        "entity": entity,
        "indicator": "IT.NET.USER.ZS",
        "year": "1961",
        "value": "1.0",
        "qualifier": "=",
        "source_id": "wdi-2e0b2e7d",
    }
    pd.concat([frame, pd.DataFrame([row])]).to_csv(data_dir / "observations.csv", index=False)


def has_changed_row(con: duckdb.DuckDBPyConnection) -> bool:
    query = "SELECT count(*) FROM observations WHERE entity = 'SGP' AND indicator = 'IT.NET.USER.ZS' AND year = 1961"
    return con.execute(query).fetchone()[0] > 0


def make_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on every build fails at its first write, as on a read-only file system. Only the store module's
    own reference to tempfile is replaced; the rest of the process writes as usual."""

    def refuse(*args: object, dir: str | None = None, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), dir)

    monkeypatch.setattr(database, "tempfile", SimpleNamespace(mkstemp=refuse))


# --- a read-only place -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("data_changed", "action"), [(False, "ok"), (True, "stale, not rebuilt")])
def test_a_current_or_stale_store_in_a_read_only_place_is_served_as_it_is(
    tmp_path: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch, data_changed: bool, action: str
) -> None:
    db, _ = database.build(tmp_path / "s.duckdb", data_copy)
    before = db.read_bytes()
    if data_changed:
        change_data(data_copy)
    make_read_only(monkeypatch)
    opened = database.open_store(db, data_copy)
    assert opened.action == action and opened.built_at.startswith("20")
    if data_changed:  # the reason, for the notice
        assert "Read-only file system" in opened.stale_reason and str(tmp_path) in opened.stale_reason
    else:
        assert opened.stale_reason == ""
    cur = opened.connection.cursor()
    assert len(queries.countries(cur)) == len(pd.read_csv(data_copy / "countries.csv"))
    assert not has_changed_row(cur)  # a stale store shows its own build's figures, as the notice says
    opened.connection.close()
    assert db.read_bytes() == before


@pytest.mark.parametrize("broken", ["missing", "corrupt"])
def test_a_missing_or_corrupt_store_in_a_read_only_place_is_a_clear_error_and_nothing_changes(
    tmp_path: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch, broken: str
) -> None:
    db = tmp_path / "s.duckdb"
    if broken == "corrupt":
        db.write_bytes(b"this is not a database")
    make_read_only(monkeypatch)
    with pytest.raises(database.StoreUnwritable) as raised:
        database.open_store(db, data_copy)
    message = str(raised.value)
    assert str(db) in message and broken in message
    assert "ASEANICT_DB" in message and "python -m aseanict build" in message
    assert raised.value.path == db and "Read-only file system" in raised.value.reason
    assert sorted(p.name for p in tmp_path.iterdir()) == (["data", "s.duckdb"] if broken == "corrupt" else ["data"])
    if broken == "corrupt":
        assert db.read_bytes() == b"this is not a database"


def test_a_store_path_under_a_file_is_a_clear_error(tmp_path: Path, data_copy: Path) -> None:
    # A real unwritable place, even for root: the store's folder would have to be created inside a regular file.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    db = blocker / "s.duckdb"
    with pytest.raises(database.StoreUnwritable, match="missing and cannot be rebuilt there") as raised:
        database.open_store(db, data_copy)
    assert raised.value.path == db
    assert blocker.read_text() == "x"


def test_the_cli_build_into_an_unwritable_place_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "not-a-folder").write_text("x")
    monkeypatch.setenv("ASEANICT_DB", str(tmp_path / "not-a-folder" / "s.duckdb"))
    assert cli.main(["build"]) == 1
    assert "Build failed; any existing store is untouched" in capsys.readouterr().err


def test_a_stale_store_whose_new_data_break_a_rule_is_served_with_the_reason(tmp_path: Path, data_copy: Path) -> None:
    db, _ = database.build(tmp_path / "s.duckdb", data_copy)
    before = db.read_bytes()
    change_data(data_copy, entity="XXX")  # no such country
    opened = database.open_store(db, data_copy)
    assert opened.action == "stale, not rebuilt" and "observations.csv" in opened.stale_reason
    opened.connection.close()
    assert db.read_bytes() == before


def _can_mount_a_private_tmpfs() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


READ_ONLY_SCRIPT = textwrap.dedent(
    """
    import json, shutil, sys
    from pathlib import Path
    from aseanict.store import database
    ro, data, changed = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    out = {}
    opened = database.open_store(ro / "s.duckdb", data)
    out["current"] = [opened.action, len(opened.connection.execute("SELECT * FROM countries").fetchall())]
    opened.connection.close()
    with open(data / "observations.csv", "a") as csv:
        csv.write("SGP,IT.NET.USER.ZS,1961,1.0,=,wdi-2e0b2e7d" + "," * 5 + "\\n")
    opened = database.open_store(ro / "s.duckdb", data)
    out["stale"] = [opened.action, opened.stale_reason]
    try:
        database.open_store(ro / "none.duckdb", data)
    except database.StoreUnwritable as exc:
        out["missing"] = str(exc)
    print(json.dumps(out))
    """
)


@pytest.mark.skipif(not _can_mount_a_private_tmpfs(), reason="needs user namespaces (unshare -rm) for a tmpfs")
def test_on_a_real_read_only_file_system(tmp_path: Path, data_copy: Path) -> None:
    """A tmpfs mounted read-only in a private mount namespace: invisible outside the subprocess, gone after it."""
    built, _ = database.build(tmp_path / "built.duckdb", data_copy)
    changed = tmp_path / "changed"
    shutil.copytree(data_copy, changed)
    change_data(changed)
    ro = tmp_path / "ro"
    ro.mkdir()
    shell = (
        f'mount -t tmpfs -o size=64m none "{ro}" && cp "{built}" "{ro}/s.duckdb" && mount -o remount,ro "{ro}" '
        f'&& "{sys.executable}" -c "$0" "{ro}" "{data_copy}" "{changed}/observations.csv"'
    )
    run = subprocess.run(
        ["unshare", "-rm", "sh", "-c", shell, READ_ONLY_SCRIPT],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["current"] == ["ok", len(pd.read_csv(data_copy / "countries.csv"))]
    assert out["stale"][0] == "stale, not rebuilt" and "Read-only file system" in out["stale"][1]
    assert f"{ro}/none.duckdb is missing and cannot be rebuilt there" in out["missing"]


# --- a writer's lock ---------------------------------------------------------------------------------------------

HOLD_FOR_WRITING = "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('holding', flush=True); sys.stdin.read()"


@contextmanager
def writer_holding(db: Path) -> Iterator[subprocess.Popen]:
    """Another process with a read-write DuckDB connection to db, so holding DuckDB's exclusive lock, until its
    stdin is closed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_FOR_WRITING, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "holding"
        yield proc
    finally:
        release(proc)


def release(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.stdin.close()
        proc.wait(timeout=60)


def test_a_store_locked_by_a_writer_is_a_clear_error_naming_it_after_retries(
    tmp_path: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = database.build(tmp_path / "s.duckdb", data_copy)
    inode = db.stat().st_ino
    waits: list[float] = []
    monkeypatch.setattr(database, "_pause", waits.append)
    with writer_holding(db) as writer:
        with pytest.raises(database.StoreLocked) as raised:
            database.open_store(db, data_copy)
    assert waits == list(database.LOCK_RETRY_DELAYS)
    assert f"PID {writer.pid}" in raised.value.holder and "python" in raised.value.holder
    assert str(db) in str(raised.value) and "Close that program" in str(raised.value)
    assert db.stat().st_ino == inode, "a locked store is not 'corrupt': it must not be rebuilt over"
    opened = database.open_store(db, data_copy)  # the writer has gone: it opens
    assert opened.action == "ok"
    opened.connection.close()


def test_a_lock_released_while_waiting_is_not_an_error(
    tmp_path: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = database.build(tmp_path / "s.duckdb", data_copy)
    waits: list[float] = []
    with writer_holding(db) as writer:

        def writer_lets_go(delay: float) -> None:
            waits.append(delay)
            release(writer)

        monkeypatch.setattr(database, "_pause", writer_lets_go)
        opened = database.open_store(db, data_copy)
    assert waits == [database.LOCK_RETRY_DELAYS[0]]
    assert opened.action == "ok" and not queries.countries(opened.connection.cursor()).empty
    opened.connection.close()


def test_cli_validate_on_a_locked_store_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = database.build(tmp_path / "s.duckdb")
    monkeypatch.setenv("ASEANICT_DB", str(db))
    monkeypatch.setattr(database, "_pause", lambda delay: None)
    with writer_holding(db):
        assert cli.main(["validate"]) == 2
    assert "locked by another program" in capsys.readouterr().err


# --- where the store lives ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "configured", "expected"),
    [
        (None, None, config.DATA_DIR / "aseanict.duckdb"),
        (None, "/srv/from-secrets.duckdb", Path("/srv/from-secrets.duckdb")),
        ("/srv/from-env.duckdb", "/srv/from-secrets.duckdb", Path("/srv/from-env.duckdb")),
        ("", "/srv/from-secrets.duckdb", Path("/srv/from-secrets.duckdb")),  # set but empty counts as unset
    ],
)
def test_the_environment_wins_over_secrets_over_the_default(
    monkeypatch: pytest.MonkeyPatch, env: str | None, configured: str | None, expected: Path
) -> None:
    if env is None:
        monkeypatch.delenv("ASEANICT_DB", raising=False)
    else:
        monkeypatch.setenv("ASEANICT_DB", env)
    assert config.db_path(configured) == expected


# --- one shared read-only connection, a cursor per query ---------------------------------------------------------


def test_the_shared_connection_is_one_and_read_only(built_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASEANICT_DB", str(built_store))
    con = cached.connection()
    assert cached.connection() is con
    assert cached.cursor() is not cached.cursor()
    with pytest.raises(duckdb.Error, match="(?i)read-only"):
        cached.cursor().execute("CREATE TABLE scratch (i INTEGER)")


def test_many_threads_querying_the_shared_connection_get_the_right_rows(
    built_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASEANICT_DB", str(built_store))
    jobs = [
        (indicator, entity)
        for indicator in ["IT.NET.USER.ZS", "IT.CEL.SETS.P2", "ITU_IDI_NEW"]
        for entity in ["CHN", "SGP", "VNM", "MMR", "TLS"]
    ]
    serial = {job: queries.series(cached.cursor(), [job[0]], [job[1]]) for job in jobs}
    assert sum(len(rows) for rows in serial.values()) > 100, "the check needs rows to compare"

    def query(job: tuple[str, str]) -> tuple[tuple[str, str], pd.DataFrame, pd.DataFrame]:
        cur = cached.cursor()
        return job, queries.series(cur, [job[0]], [job[1]]), queries.latest(cached.cursor(), job[0], [job[1]])

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(query, jobs * 6))
    assert len(results) == len(jobs) * 6
    for job, rows, latest in results:
        pd.testing.assert_frame_equal(rows, serial[job])
        assert set(latest.entity) <= {job[1]}
