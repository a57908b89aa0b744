"""The nginx path: 2 replicas behind the OS's nginx, a short think-time crowd, one replica killed mid-run.

Users on the survivor must see no error; users on the killed replica must reconnect through nginx to the
survivor and get the same page and settings back from the URL. Runs in `make test` (CI installs nginx);
skipped only where nginx is not installed. About a minute on two cores.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
from pathlib import Path

import pytest

from aseanict.bench import replicas, scaleout, thinktime

NGINX = replicas.find_nginx()
needs_nginx = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (apt-get install nginx; CI does)")


def test_the_config_routes_each_replica_first_with_the_others_as_backups(tmp_path: Path) -> None:
    text = replicas.nginx_config("127.0.0.1:8500", [8501, 8502, 8503], tmp_path, down={2})
    upstream_1 = text.split("upstream replica_1 {")[1].split("}")[0]
    assert upstream_1.split(";")[0].strip() == "server 127.0.0.1:8502 max_fails=1 fail_timeout=10s"
    assert (
        "127.0.0.1:8503 down backup" in upstream_1
        and "127.0.0.1:8501 max_fails=1 fail_timeout=10s backup" in upstream_1
    )
    assert "r2 replica_2;" in text and "listen 127.0.0.1:8500;" in text
    assert "proxy_set_header Upgrade $http_upgrade;" in text and "/_stcore/health" in text
    assert re.findall(r"@[A-Z_]+@", text) == []  # every placeholder filled


@needs_nginx
def test_nginx_accepts_the_written_config(tmp_path: Path) -> None:
    for folder in replicas.TEMP_FOLDERS:
        (tmp_path / "tmp" / folder).mkdir(parents=True)
    (tmp_path / "nginx.conf").write_text(replicas.nginx_config("127.0.0.1:8500", [8501, 8502], tmp_path))
    checked = subprocess.run(
        [NGINX, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr


def test_the_same_settings_in_another_order_are_the_same_view() -> None:
    assert thinktime.same_view("lang=zh&group=CLMV", "group=CLMV&lang=zh")
    assert not thinktime.same_view("lang=zh&group=CLMV", "lang=zh")


@needs_nginx
def test_a_replica_killed_mid_run_loses_no_survivor_and_no_view(built_store: Path) -> None:
    env = dict(os.environ) | {"ASEANICT_DB": str(built_store)}
    with replicas.Cluster(2, env=env, restart=False, check_every=1.0) as cluster:
        result = asyncio.run(
            scaleout.crowd_with_kill(cluster, users=6, seconds=20, kill_after=8, think=(1.0, 3.0), arrive_over=2)
        )
        events = list(cluster.events)
    first = scaleout.first_replicas(result)
    on_r0, on_r1 = {u for u, r in first.items() if r == "r0"}, {u for u, r in first.items() if r == "r1"}
    assert on_r0 and on_r1, f"nginx spread the first visits over both replicas: {first}"
    assert result.problems == []
    assert result.errors(on_r0) == [] and not (result.moved() & on_r0), "users on the survivor saw nothing"
    assert result.moved() == on_r1, "every user of the killed replica came back"
    assert all(r.after == "r0" for r in result.reconnects)
    assert [r.detail for r in result.reconnects if not r.restored] == []
    assert any("r1" in e and "marked down" in e for e in events), events
    after_kill = [a for a in result.actions if a.user in on_r1 and a.what != "reconnect" and a.replica == "r0"]
    assert after_kill and result.errors(on_r1) == [], "and carried on on the survivor without an error"


class _Process:
    """A stand-in for a replica's process: running until given a return code."""

    def __init__(self, returncode: int | None = None) -> None:
        self.returncode = returncode

    def poll(self) -> int | None:
        return self.returncode


def _cluster(
    monkeypatch: pytest.MonkeyPatch, answering: set[int], exited: set[int] = frozenset()
) -> tuple[replicas.Cluster, list[list[int]]]:
    """Two replicas (ports 9000, 9001) whose health checks answer as given; and the `down` set of each reload."""
    cluster = replicas.Cluster(2, restart=False)
    cluster.replicas = [replicas.Replica(i, 9000 + i, _Process(1 if i in exited else None)) for i in range(2)]
    reloads: list[list[int]] = []
    monkeypatch.setattr(cluster, "_reload", lambda: reloads.append(sorted(cluster.down)))
    monkeypatch.setattr(replicas.appserver, "is_healthy", lambda url, timeout: int(url[-1]) in answering)
    return cluster, reloads


def test_a_replica_that_misses_two_checks_is_marked_down_while_another_is_up(monkeypatch) -> None:
    cluster, reloads = _cluster(monkeypatch, answering={1})
    cluster.check()
    assert cluster.down == set()  # one late answer is not enough
    cluster.check()
    assert cluster.down == {0} and reloads == [[0]]


def test_the_last_replica_up_is_kept_in_nginx_when_it_is_slow_not_dead(monkeypatch) -> None:
    cluster, _ = _cluster(monkeypatch, answering=set(), exited={1})
    for _ in range(3):
        cluster.check()
    assert cluster.down == {1}  # the one that exited goes; the slow survivor stays
    assert any("r0" in event and "only one up" in event for event in cluster.events)
