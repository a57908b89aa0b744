"""Where ASEANICT_DB points: a folder, FIFO, socket or device is refused (build and app alike), a symlink is
written through to its target, and a store another program holds for writing is never built over."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from aseanict import __main__ as cli
from aseanict.store import database
from tests.store.test_database_conditions import writer_holding


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _socket(path: Path) -> Path:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays
    return path


def _null_device(path: Path) -> Path:
    """A character device node like /dev/null (1, 3), made in tmp_path: the real /dev/null is never touched."""
    try:
        os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here ({exc})")
    return path


MAKERS = {"FIFO": _fifo, "folder": _folder, "socket": _socket, "character device": _null_device}


@pytest.mark.parametrize("kind", MAKERS)
def test_build_refuses_a_path_that_is_not_a_regular_file(
    kind: str, tmp_path: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = MAKERS[kind](tmp_path / "store.duckdb")
    before = path.lstat()
    with pytest.raises(database.StoreNotAFile, match="not a regular file"):
        database.build(path, data_copy)
    monkeypatch.setenv("ASEANICT_DB", str(path))
    assert cli.main(["build"]) == 1
    err = capsys.readouterr().err
    assert "Build failed" in err and str(path) in err and "not a regular file" in err
    after = path.lstat()
    assert (after.st_mode, after.st_ino, after.st_rdev) == (before.st_mode, before.st_ino, before.st_rdev)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")], "no temporary file left behind"


@pytest.mark.parametrize("kind", ["FIFO", "folder", "socket"])
def test_the_app_refuses_it_with_a_message_and_does_not_block(kind: str, tmp_path: Path, data_copy: Path) -> None:
    path = MAKERS[kind](tmp_path / "store.duckdb")
    with pytest.raises(database.StoreNotAFile) as raised:  # a FIFO would block an open for ever
        database.open_store(path, data_copy)
    assert str(path) in str(raised.value) and "ASEANICT_DB" in str(raised.value)
    assert stat.S_IFMT(path.lstat().st_mode) != stat.S_IFREG


def test_a_symlink_is_written_through_to_its_target(tmp_path: Path, data_copy: Path) -> None:
    target = tmp_path / "real" / "store.duckdb"
    target.parent.mkdir()
    link = tmp_path / "store.duckdb"
    link.symlink_to(target)  # dangling: the build creates the target
    built, _ = database.build(link, data_copy)
    assert link.is_symlink() and target.is_file() and built == target
    inode = target.stat().st_ino
    database.build(link, data_copy)  # a rebuild replaces the target, and keeps the link
    assert link.is_symlink() and os.readlink(link) == str(target) and target.stat().st_ino != inode
    opened = database.open_store(link, data_copy)
    assert opened.action == "ok"
    opened.connection.close()


def test_a_symlink_to_a_folder_is_refused(tmp_path: Path, data_copy: Path) -> None:
    link = tmp_path / "store.duckdb"
    link.symlink_to(_folder(tmp_path / "folder"))
    with pytest.raises(database.StoreNotAFile, match="a folder"):
        database.build(link, data_copy)


def test_build_refuses_a_store_another_program_holds_for_writing(
    tmp_path: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = database.build(tmp_path / "s.duckdb", data_copy)
    inode = db.stat().st_ino
    monkeypatch.setattr(database, "_pause", lambda delay: None)
    monkeypatch.setenv("ASEANICT_DB", str(db))
    with writer_holding(db) as writer:
        with pytest.raises(database.StoreLocked) as raised:
            database.build(db, data_copy)
        assert cli.main(["build"]) == 1
    err = capsys.readouterr().err
    assert f"PID {writer.pid}" in raised.value.holder
    assert "locked by another program" in err and f"PID {writer.pid}" in err and "Built" not in err
    assert db.stat().st_ino == inode, "the writer's file was not replaced"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".wal"))]
