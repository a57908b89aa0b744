"""Room-scale figures: a think-time crowd on one process, then through nginx in front of 2 replicas with one
replica killed mid-run, and the no-think-time throughput of both (`python -m aseanict bench --nginx`).

Server CPU is read from /proc/<pid>/stat (user + system time of each server and its children), memory from
/proc/<pid>/status, so nothing is installed. nginx comes from the OS; without it the nginx part says so.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from pathlib import Path

from aseanict import config
from aseanict.bench import appserver, loadclient, replicas, thinktime
from aseanict.bench.benchmark import MemorySampler, cpu_seconds, percentiles, tree_rss_mb
from aseanict.store import database


@dataclass
class ServerUse:
    """CPU seconds and memory (MB) of the server processes over one load run."""

    cpu: float = 0.0
    rss_start: tuple[float, ...] = ()
    rss_half: tuple[float, ...] = ()  # half-way through the run: caches fill in the first half, then stay in budget
    rss_end: tuple[float, ...] = ()
    rss_peak: tuple[float, ...] = ()


class Watch:
    """Measures the servers `pids` while a load runs: `with Watch(pids) as use: ...`."""

    def __init__(self, pids: list[int]) -> None:
        self.pids, self.use = pids, ServerUse()
        self.samplers = [MemorySampler(pid) for pid in pids]

    def __enter__(self) -> ServerUse:
        self.cpu_start = [cpu_seconds(p) for p in self.pids]
        self.use.rss_start = tuple(tree_rss_mb(p) for p in self.pids)
        for sampler in self.samplers:
            sampler.__enter__()
        return self.use

    def __exit__(self, *exc: object) -> None:
        ended = [cpu_seconds(p) for p in self.pids]
        # A replica killed mid-run has no CPU figure at the end: its time up to then is unknown, so it counts 0.
        self.use.cpu = sum(max(0.0, e - s) for e, s in zip(ended, self.cpu_start))
        self.use.rss_end = tuple(tree_rss_mb(p) for p in self.pids)
        for sampler in self.samplers:
            sampler.__exit__()
        self.use.rss_peak = tuple(s.peak_mb for s in self.samplers)
        self.use.rss_half = tuple(s.at(0.5) for s in self.samplers)


def _mb(values: tuple[float, ...]) -> str:
    return " + ".join(f"{v:.0f}" for v in values) + " MB"


def describe_crowd(label: str, result: thinktime.CrowdResult, use: ServerUse) -> list[str]:
    p50, p95 = percentiles(result.latencies() or [0.0])
    per_cpu = result.runs_finished / use.cpu if use.cpu else 0.0
    lines = [
        f"{label}: {result.users} users, one action every 5-15 s, {result.seconds:.0f} s",
        f"  actions: {len(result.actions)} ({len(result.actions) / max(result.seconds, 1):.1f}/s, "
        f"{sum(a.run.fragment_run for a in result.actions)} of them a section's fragment rerun); action latency "
        f"p50 / p95: {p50:.2f} / {p95:.2f} s (target p95 < 1 s); errors: {len(result.errors())}; "
        f"other problems: {len(result.problems)}",
        f"  script runs per server CPU-second: {per_cpu:.1f} ({result.runs_finished} runs, {use.cpu:.0f} CPU-s)",
        f"  server memory at start {_mb(use.rss_start)}, half-way {_mb(use.rss_half)}, at end {_mb(use.rss_end)}, "
        f"peak {_mb(use.rss_peak)} (target peak < 500 MB each, no growth); over the second half: "
        + ", ".join(f"{end - half:+.0f} MB" if end else "(stopped)" for half, end in zip(use.rss_half, use.rss_end)),
    ]
    return lines + [f"    {line}" for line in (result.errors() + result.problems)[:10]]


def describe_failover(
    result: thinktime.CrowdResult, killed: str, survivor: str, first_replica: dict[int, str]
) -> list[str]:
    on_killed = {u for u, r in first_replica.items() if r == killed}
    stayed = {u for u, r in first_replica.items() if r == survivor} - result.moved()
    restored = [r for r in result.reconnects if r.restored]
    outage = percentiles([r.seconds for r in result.reconnects] or [0.0])
    lines = [
        f"  replica {killed} killed mid-run: {len(stayed)} users on {survivor} saw {len(result.errors(stayed))} errors; "
        f"{len(on_killed)} users were on {killed}: {len(result.reconnects)} reconnected through nginx "
        f"(to {', '.join(sorted({r.after for r in result.reconnects})) or '-'}), {len(restored)} got their page and "
        f"settings back from the URL (reconnect to view back p50 / p95 {outage[0]:.2f} / {outage[1]:.2f} s); "
        f"{result.interrupted} runs in flight on {killed} were cut off and rerun",
        "  lost with the replica (session-only state): an uploaded data overlay and presenter sequences saved "
        "in the session; the page tells the user to upload again / reload their sequence file",
    ]
    return lines + [f"    user {r.user}: {r.detail}" for r in result.reconnects if not r.restored][:5]


def first_replicas(result: thinktime.CrowdResult) -> dict[int, str]:
    first: dict[int, str] = {}
    for action in result.actions:
        first.setdefault(action.user, action.replica)
    return first


def _env(store: Path) -> dict[str, str]:
    return os.environ | {"ASEANICT_DB": str(store), "STREAMLIT_CLIENT_SHOW_ERROR_DETAILS": "full"}


async def crowd_with_kill(cluster: replicas.Cluster, users: int, seconds: float, kill_after: float, **kwargs):
    """The crowd through nginx; replica 1 is killed `kill_after` seconds in (as a crash: SIGKILL)."""

    async def kill() -> None:
        await asyncio.sleep(kill_after)
        await asyncio.to_thread(cluster.kill, 1)

    result, _ = await asyncio.gather(thinktime.crowd(cluster.url, users, seconds, **kwargs), kill())
    return result


def run(
    tmp: Path, users: int = 100, seconds: float = 300.0, sessions: int = 20, one_process_seconds: float | None = None
) -> int:
    """Print the room-scale figures; returns 0, or 1 if nginx is not installed (the one-process part still runs)."""
    store = tmp / "scale.duckdb"
    database.build(store)
    env = _env(store)
    lines = []
    one_seconds = one_process_seconds or seconds
    with appserver.running_app(config.ROOT / "app.py", config.ROOT, env, watch_files=False) as (url, proc, _):
        with Watch([proc.pid]) as use:
            result = asyncio.run(thinktime.crowd(url, users, one_seconds))
        lines += describe_crowd("think time, one process", result, use)
        if sessions:
            tour = asyncio.run(loadclient.drive(url, sessions))
            one_rate = tour.runs_finished / tour.seconds
    print("\n".join(lines), flush=True)
    if replicas.find_nginx() is None:
        print("nginx is not installed (Debian: apt-get install nginx): the scale-out figures are skipped")
        return 1
    lines = []
    with replicas.Cluster(2, env=env, restart=False) as cluster:
        if sessions:  # throughput first, with both replicas up: 20 sessions on each
            with Watch(cluster.pids()) as tour_use:
                tour2 = asyncio.run(loadclient.drive(cluster.url, 2 * sessions))
            rate = tour2.runs_finished / tour2.seconds
            p50, p95 = percentiles(tour2.run_seconds() or [0.0])
            lines += [
                f"throughput, no think time: one process {one_rate:.2f} script runs/s ({sessions} sessions); nginx + 2 "
                f"replicas {rate:.2f} runs/s ({2 * sessions} sessions), {rate / one_rate:.2f}x; run p50 / p95 "
                f"{p50:.2f} / {p95:.2f} s; errors {len(tour2.shown('exceptions') + tour2.shown('errors'))}",
                f"  peak memory with {sessions} sessions per replica: {_mb(tour_use.rss_peak)} (target < 500 MB each)",
            ]
        with Watch(cluster.pids()) as use:
            result = asyncio.run(crowd_with_kill(cluster, users, seconds, kill_after=seconds / 2))
        lines += describe_crowd("think time, nginx + 2 replicas", result, use)
        lines += describe_failover(result, "r1", "r0", first_replicas(result))
        lines += [f"  active check: {event}" for event in cluster.events]
    print("\n".join(lines), flush=True)
    return 0
