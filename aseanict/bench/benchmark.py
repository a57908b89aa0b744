"""`python -m aseanict bench`: store build, query latency, warm page runs and cold start, measured and printed.

Speed is measured here, not asserted in tests: the figures go in the issue notes.
"""

from __future__ import annotations

import asyncio
import logging
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from aseanict import config
from aseanict.bench import appserver, loadclient
from aseanict.store import database, queries

PAGE_QUERIES: dict[str, Callable[[queries.Connection], object]] = {
    "series (1 indicator x 12 countries)": lambda c: queries.series(c, ["IT.NET.USER.ZS"], config.DEFAULT_COUNTRIES),
    "latest value per country": lambda c: queries.latest(c, "IT.NET.BBND.P2", config.DEFAULT_COUNTRIES),
    "ranks in one year": lambda c: queries.ranks(c, "IT.NET.USER.ZS", 2020, config.DEFAULT_COUNTRIES),
    "group aggregate (ASEAN)": lambda c: queries.group_aggregate(c, "IT.NET.USER.ZS", "ASEAN"),
    "all sources for one indicator": lambda c: queries.all_sources_for(c, "ITU_IDI_NEW", config.DEFAULT_COUNTRIES),
    "coverage grid": lambda c: queries.coverage(c, "IT.CEL.SETS.P2"),
}


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def time_calls(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    fn()  # warm-up
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


def bench_build(tmp: Path) -> None:
    db = tmp / "bench.duckdb"
    started = time.perf_counter()
    database.build(db)
    seconds = time.perf_counter() - started
    print(
        f"store build: {seconds:.2f} s, {db.stat().st_size / 1e6:.1f} MB "
        f"({database.validate(db).counts['observations']:,} observations)"
    )


def bench_queries(con: queries.Connection, label: str, repeat: int = 50) -> None:
    print(f"query latency on {label} (p50 / p95 ms, {repeat} runs):")
    for name, query in PAGE_QUERIES.items():
        p50, p95 = time_calls(lambda q=query: q(con.cursor()), repeat)
        print(f"  {name:<40} {p50:7.2f} / {p95:7.2f}")


def _cold_start(script: Path, cwd: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from `streamlit run` to healthy, from `streamlit run` to the first page's run finished (every chart
    sent), and from healthy to that (what the first visitor waits for once the server lets anyone in)."""
    started = time.perf_counter()
    with appserver.running_app(script, cwd, env, watch_files=False) as (url, _, healthy):
        at_healthy = time.perf_counter()
        run = asyncio.run(loadclient.first_run(url))
        ended = time.perf_counter()
        if run.exceptions or run.errors or not run.finished:
            raise RuntimeError(f"{script.name}: the first run failed: {run.exceptions + run.errors}")
        return healthy, ended - started, ended - at_healthy


COLD_START_FIGURES = (
    "cold start, process launch to healthy (the app warms up before it answers)",
    "cold start, process launch to the first page fully drawn",
    "first visitor, server healthy to the first page fully drawn (target ratio <= 1.5)",
)


def bench_cold_start(tmp: Path, repeat: int = 5) -> None:
    """The app against a bare one-line app, started in turns (app, bare, app, ...) so that a slow minute on the
    machine falls on both: run all of one and then all of the other, the first visitor's ratio came out at 1.06x and
    1.65x for the same code. Five of each: a first visitor's wait is 0.1-0.2 s, the size of that spread."""
    bare = tmp / "bare_app.py"
    bare.write_text("import streamlit as st\nst.write('hello')\n")
    env = os.environ | {"ASEANICT_DB": str(tmp / "cold.duckdb")}
    pairs = [
        (_cold_start(config.ROOT / "app.py", config.ROOT, env), _cold_start(bare, tmp, env)) for _ in range(repeat)
    ]
    app, base = [a for a, _ in pairs], [b for _, b in pairs]
    for i, what in enumerate(COLD_START_FIGURES):
        a, b = statistics.median(x[i] for x in app), statistics.median(x[i] for x in base)
        print(f"{what} (median of {repeat}): app {a:.2f} s, bare one-line app {b:.2f} s, ratio {a / b:.2f}")


# A typical interaction per page: (page, widget kind, key, two values to switch between).
INTERACTIONS = [
    ("2_idi_trends.py", "selectbox", "idi_old_edition", ["2016|MIS 2016", "2017|MIS 2017"]),
    ("4_tariffs.py", "radio", "tariffs_unit", ["usd", "pct_gni"]),
    ("5_divide.py", "selectbox", "divide_indicator", ["fixed", "users"]),
    ("7_what_if.py", "number_input", "wi_rate_base", [12.0, 10.0]),
]


def _timed_runs(at, repeat: int, change=None) -> tuple[float, float]:
    at.run()
    samples = []
    for i in range(repeat):
        if change:
            change(at, i)
        started = time.perf_counter()
        at.run()
        samples.append((time.perf_counter() - started) * 1000)
    if at.exception:
        raise RuntimeError(f"exception in a benchmarked run: {at.exception[0].message}")
    return percentiles(samples)


def bench_pages(repeat: int = 10) -> None:
    """Every page and every section of it (only the open section runs), then a typical widget change."""
    from streamlit.testing.v1 import AppTest

    from aseanict.core.sections import PAGE_SECTIONS

    # AppTest runs pages outside a server: Streamlit says so on every run ("missing ScriptRunContext").
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(
        lambda record: "missing ScriptRunContext" not in record.getMessage()
    )

    pages = [config.ROOT / "app.py", *sorted((config.ROOT / "pages").glob("*.py"))]
    print(f"warm script run per page and section (AppTest, p50 / p95 ms, {repeat} runs):")
    worst = 0.0
    for page in pages:
        for tab in PAGE_SECTIONS.get(page.name, (None,)):
            at = AppTest.from_file(str(page), default_timeout=120)
            if tab:
                at.query_params["tab"] = tab
            p50, p95 = _timed_runs(at, repeat)
            worst = max(worst, p95)
            print(f"  {page.name + (f' ?tab={tab}' if tab else ''):<40} {p50:7.1f} / {p95:7.1f}")
    print(f"  worst p95: {worst:.1f} ms (target < 150 ms)")
    print("typical interaction, whole page rerun (AppTest runs no fragment alone; a widget change and its run, ms):")
    for name, kind, key, values in INTERACTIONS:
        at = AppTest.from_file(str(config.ROOT / "pages" / name), default_timeout=120)

        def change(at, i, kind=kind, key=key, values=values) -> None:
            getattr(at, kind)(key=key).set_value(values[i % 2])

        p50, p95 = _timed_runs(at, repeat, change)
        print(f"  {name} {key:<24} {p50:7.1f} / {p95:7.1f}")


# A widget change as the browser sends it: (page's url path, open tab, selectbox key). A selectbox inside a page
# section is in a fragment (ui/widgets.sections): the browser names the fragment and only that section reruns.
# One above the sections (divide_indicator, the overview's slope picker) reruns the page.
BROWSER_INTERACTIONS = [
    ("idi_trends", "old", "idi_old_edition"),
    ("countries", "compare", "prof_rank_indicator"),
    ("divide", "over_time", "divide_map_indicator"),
    ("divide", "close", "divide_close_country"),
    ("internet_economy", "growth", "econ_series"),
    ("divide", "over_time", "divide_indicator"),
    ("", None, "overview_slope"),
]


async def _browser_interaction(
    url: str, path: str, tab: str | None, key: str, repeat: int
) -> tuple[str, str, float, float]:
    """A user opens a link to the page (and tab), then switches the widget back and forth."""
    import websockets

    async with websockets.connect(
        url.replace("http", "ws", 1) + loadclient.STREAM_PATH, subprotocols=["streamlit"], max_size=None
    ) as ws:
        session = loadclient.Session(ws, 0, loadclient.LoadResult(1), 120.0)
        first = await session.step("(first URL)", "open", loadclient.rerun_request(""))
        page = next(p for p in first.pages if p.url_pathname == path or (not path and p.script_hash == first.page_hash))
        query = "&".join(q for q in (session.query, f"tab={tab}" if tab else "") if q)
        shown = await session.step(page.label, "visit", loadclient.rerun_request(query, page))
        what = f"{page.label}{f' ?tab={tab}' if tab else ''} {key}"
        widget, samples, kinds = shown.choices.get(key), [], set()
        if widget is None or len(widget.options) < 2:
            return what, "widget not found", 0.0, 0.0
        options = [o for o in widget.options if o != widget.value][:2]
        for i in range(repeat + 1):  # the first change fills the caches for both values; it is not counted
            started = time.perf_counter()
            run = await session.pick(page, widget, options[i % len(options)], f"change {key}")
            if i:
                samples.append((time.perf_counter() - started) * 1000)
            kinds.add("section (fragment) run" if run.fragment_run else "page run")
            widget = run.choices.get(key, widget)
        problems = "; ".join(session.result.problems[:2]) + "; ".join(run.exceptions[:1] + run.errors[:1])
        return what, ", ".join(sorted(kinds)) + (f" PROBLEM: {problems}" if problems else ""), *percentiles(samples)


def bench_browser_interactions(tmp: Path, repeat: int = 10) -> None:
    """A widget change as the browser sends it (over the websocket, with its fragment), one user, warm caches."""
    env = os.environ | {"ASEANICT_DB": str(tmp / "interactions.duckdb")}
    with appserver.running_app(config.ROOT / "app.py", config.ROOT, env, watch_files=False) as (url, _, _):
        rows = [asyncio.run(_browser_interaction(url, *entry, repeat)) for entry in BROWSER_INTERACTIONS]
    print(
        f"a widget change as the browser sends it (websocket, request to script_finished, p50 / p95 ms, {repeat} runs):"
    )
    for what, kind, p50, p95 in rows:
        print(f"  {what:<50} {p50:7.1f} / {p95:7.1f}  {kind}")


def main(full_scale: bool = True, sessions: int = 20) -> int:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        bench_build(tmp)
        con = database.connect(tmp / "bench.duckdb")
        bench_queries(con, "the bundled data")
        con.close()
        if full_scale:
            # Deterministic, so a previous run's file is reused: building it takes minutes on two cores.
            cache = Path(os.environ.get("ASEANICT_BENCH_DIR", Path(tempfile.gettempdir()) / "aseanict-bench"))
            cache.mkdir(parents=True, exist_ok=True)
            started = time.perf_counter()
            db = database.synthetic_path(cache)
            how = "reused from an earlier run"
            if not db.exists():
                db = database.synthetic_store(cache)
                how = f"built in {time.perf_counter() - started:.0f} s"
            size = db.stat().st_size / 1e6
            big = database.connect_read_only(db)
            n = queries.observation_count(big)
            print(f"synthetic store: {n:,} observations, {how}, {size:.0f} MB")
            bench_queries(big, "a synthetic store at World Bank scale", repeat=30)
            big.close()
        bench_pages()
        bench_browser_interactions(tmp)
        bench_cold_start(tmp)
        if sessions:
            bench_sessions(tmp, sessions)
    return 0


def process_tree(pid: int) -> list[int]:
    """The process and all its descendants (Linux /proc), e.g. a Chromium the app started for an export."""
    pids, i = [pid], 0
    while i < len(pids):
        for task in Path(f"/proc/{pids[i]}/task").glob("*"):
            try:
                pids += [int(child) for child in (task / "children").read_text().split()]
            except OSError:  # the thread or process has just ended
                pass
        i += 1
    return pids


def status_kb(pid: int, field: str) -> int:
    """A memory field of /proc/<pid>/status (VmRSS, VmHWM), in kB; 0 once the process has gone."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in lines if line.startswith(f"{field}:")), 0)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its descendants so far (0 for one that has gone)."""
    total = 0
    for p in process_tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of stat(5)
    return total / os.sysconf("SC_CLK_TCK")


def tree_rss_mb(pid: int) -> float:
    return sum(status_kb(p, "VmRSS") for p in process_tree(pid)) / 1024


class MemorySampler:
    """Samples the resident memory of a process tree in a thread, and keeps the highest figure."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid, self.every, self.peak_mb = pid, every, 0.0
        self.samples: list[tuple[float, float]] = []  # (seconds since start, MB)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        started = time.monotonic()
        while not self._stop.is_set():
            mb = tree_rss_mb(self.pid)
            if mb:  # 0 once the process is gone (a replica killed mid-run)
                self.samples.append((time.monotonic() - started, mb))
            self.peak_mb = max(self.peak_mb, mb)
            self._stop.wait(self.every)

    def at(self, fraction: float) -> float:
        """The memory (MB) sampled nearest `fraction` of the way through the run (0 with no sample)."""
        if not self.samples:
            return 0.0
        moment = fraction * self.samples[-1][0]
        return min(self.samples, key=lambda sample: abs(sample[0] - moment))[1]

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        # The kernel's high-water mark of the server catches a spike between two samples.
        self.peak_mb = max(self.peak_mb, status_kb(self.pid, "VmHWM") / 1024)


def bench_sessions(tmp: Path, n_sessions: int = 20) -> None:
    """n concurrent simulated users (Streamlit websocket clients) through every page, with the server's memory."""
    env = os.environ | {
        "ASEANICT_DB": str(tmp / "load.duckdb"),
        "STREAMLIT_CLIENT_SHOW_ERROR_DETAILS": "full",  # so that an exception under load says what it was
    }
    with appserver.running_app(config.ROOT / "app.py", config.ROOT, env, watch_files=False) as (url, proc, _):
        idle, cpu_before = tree_rss_mb(proc.pid), cpu_seconds(proc.pid)
        with MemorySampler(proc.pid) as memory:
            result = asyncio.run(loadclient.drive(url, n_sessions))
        after, cpu = tree_rss_mb(proc.pid), cpu_seconds(proc.pid) - cpu_before
    exceptions, errors = result.shown("exceptions"), result.shown("errors")
    p50, p95 = percentiles(result.run_seconds() or [0.0])
    print(
        f"{n_sessions} concurrent websocket sessions, each opening every tab of every page and switching the "
        f"language on each page: {result.seconds:.0f} s wall time"
    )
    print(
        f"  script runs finished: {result.runs_finished} of {len(result.steps)}; exceptions: {len(exceptions)}; "
        f"error alerts: {len(errors)}; other problems: {len(result.problems)}"
    )
    print(f"  page run under load, request to script_finished (p50 / p95): {p50:.2f} / {p95:.2f} s (target p50 < 2 s)")
    print(
        f"  script runs per server CPU-second: {result.runs_finished / cpu if cpu else 0:.1f} "
        f"({result.runs_finished} runs, {cpu:.0f} CPU-s in {result.seconds:.0f} s on {os.cpu_count()} cores)"
    )
    print(
        f"  peak memory with {n_sessions} sessions: {memory.peak_mb:.0f} MB (target < 500 MB); "
        f"server idle {idle:.0f} MB, after the run {after:.0f} MB"
    )
    for line in (exceptions + errors + result.problems)[:20]:
        print("   ", line)
