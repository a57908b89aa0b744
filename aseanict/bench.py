"""`python -m aseanict bench`: store build, query latency, warm page runs and cold start, measured and printed.

Speed is measured here, not asserted in tests: the figures go in the issue notes.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from aseanict import appserver, config, queries, sql, store

PAGE_QUERIES: dict[str, Callable[[duckdb.DuckDBPyConnection], object]] = {
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
    store.build(db)
    seconds = time.perf_counter() - started
    print(
        f"store build: {seconds:.2f} s, {db.stat().st_size / 1e6:.1f} MB "
        f"({store.validate(db).counts['observations']:,} observations)"
    )


def bench_queries(con: duckdb.DuckDBPyConnection, label: str, repeat: int = 50) -> None:
    print(f"query latency on {label} (p50 / p95 ms, {repeat} runs):")
    for name, query in PAGE_QUERIES.items():
        p50, p95 = time_calls(lambda q=query: q(con.cursor()), repeat)
        print(f"  {name:<40} {p50:7.2f} / {p95:7.2f}")


def synthetic_store(tmp: Path, n_entities: int = 220, n_indicators: int = 1500, n_years: int = 65) -> Path:
    """A store at World Bank scale (~21 M observations) with the real schema, made by DuckDB itself."""
    db = tmp / "synthetic.duckdb"
    partial = tmp / "synthetic.duckdb.partial"
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


def _cold_start(script: Path, cwd: Path, env: dict[str, str]) -> float:
    with appserver.running_app(script, cwd, env) as (_, _, seconds):
        return seconds


def bench_cold_start(tmp: Path) -> None:
    bare = tmp / "bare_app.py"
    bare.write_text("import streamlit as st\nst.write('hello')\n")
    env = os.environ | {"ASEANICT_DB": str(tmp / "cold.duckdb")}
    app = [_cold_start(config.ROOT / "app.py", config.ROOT, env) for _ in range(3)]
    base = [_cold_start(bare, tmp, env) for _ in range(3)]
    a, b = statistics.median(app), statistics.median(base)
    print(f"cold start to healthy (median of 3): app {a:.2f} s, bare one-line app {b:.2f} s, ratio {a / b:.2f}")


def bench_pages(repeat: int = 10) -> None:
    from streamlit.testing.v1 import AppTest

    pages = [config.ROOT / "app.py", *sorted((config.ROOT / "pages").glob("*.py"))]
    print(f"warm script run per page (AppTest, p50 / p95 ms, {repeat} runs):")
    for page in pages:
        at = AppTest.from_file(str(page), default_timeout=120)
        at.run()
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            at.run()
            samples.append((time.perf_counter() - started) * 1000)
        p50, p95 = percentiles(samples)
        print(f"  {page.name:<28} {p50:7.1f} / {p95:7.1f}{'  EXCEPTION' if at.exception else ''}")


def main(full_scale: bool = True, sessions: int = 20) -> int:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        bench_build(tmp)
        con = store.connect(tmp / "bench.duckdb")
        bench_queries(con, "the bundled data")
        con.close()
        if full_scale:
            # Deterministic, so a previous run's file is reused: building it takes minutes on two cores.
            cache = Path(os.environ.get("ASEANICT_BENCH_DIR", Path(tempfile.gettempdir()) / "aseanict-bench"))
            cache.mkdir(parents=True, exist_ok=True)
            started = time.perf_counter()
            db = cache / "synthetic.duckdb"
            how = "reused from an earlier run"
            if not db.exists():
                db = synthetic_store(cache)
                how = f"built in {time.perf_counter() - started:.0f} s"
            size = db.stat().st_size / 1e6
            big = duckdb.connect(str(db), read_only=True)
            n = big.execute("SELECT count(*) FROM observations").fetchone()[0]
            print(f"synthetic store: {n:,} observations, {how}, {size:.0f} MB")
            bench_queries(big, "a synthetic store at World Bank scale", repeat=30)
            big.close()
        bench_pages()
        bench_cold_start(tmp)
        if sessions:
            bench_sessions(tmp, sessions)
    return 0


def rss_mb(pid: int) -> tuple[float, float]:
    """Current and peak resident memory of a process, in MB (Linux /proc)."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def drive_sessions(
    url: str, n_sessions: int = 20, chromium: str = "/usr/bin/chromium", rounds: int = 2
) -> dict[str, object]:
    """n concurrent browser sessions, each opening every page and switching the country group.

    Returns the errors seen (exception boxes, error alerts) and the time the whole run took.
    """
    import asyncio

    from playwright.async_api import async_playwright

    async def one_session(browser, index: int, errors: list[str]) -> None:
        await asyncio.sleep(0.5 * index)  # people arrive over seconds, not in the same millisecond
        context = await browser.new_context(viewport={"width": 1280, "height": 900})
        tab = await context.new_page()
        tab.set_default_timeout(240_000)
        ready = "[data-testid='stApp'][data-test-script-state='notRunning']"
        await tab.goto(url)
        await tab.wait_for_selector(ready, timeout=180_000)
        links = tab.locator("[data-testid='stSidebarNavLink']")
        hrefs = [await links.nth(i).get_attribute("href") for i in range(await links.count())]
        groups = ["CLMV", "ASEAN6", "ASEAN_CHINA"]
        for r in range(rounds):
            for href in hrefs:
                sep = "&" if "?" in href else "?"
                await tab.goto(f"{href}{sep}group={groups[(index + r) % len(groups)]}")
                await tab.wait_for_selector(ready, timeout=180_000)
                await tab.wait_for_timeout(300)
                await tab.wait_for_selector(ready, timeout=180_000)
                if await tab.locator("[data-testid='stException']").count():
                    text = await tab.locator("[data-testid='stException']").first.inner_text()
                    errors.append(f"session {index}: exception on {href}: {' '.join(text.split())[:300]}")
                if await tab.locator("[data-testid='stAlert'] [data-testid='stAlertContentError']").count():
                    errors.append(f"session {index}: error shown on {href}")
        await context.close()

    async def run() -> dict[str, object]:
        errors: list[str] = []
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(
                executable_path=chromium,
                args=[
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-dev-shm-usage",
                ],
            )
            started = time.perf_counter()
            await asyncio.gather(*(one_session(browser, i, errors) for i in range(n_sessions)))
            seconds = time.perf_counter() - started
            await browser.close()
        return {"errors": errors, "seconds": seconds}

    return asyncio.run(run())


def bench_sessions(tmp: Path, n_sessions: int = 20) -> None:
    env = os.environ | {"ASEANICT_DB": str(tmp / "load.duckdb")}
    with appserver.running_app(config.ROOT / "app.py", config.ROOT, env) as (url, proc, _):
        idle, _ = rss_mb(proc.pid)
        result = drive_sessions(url, n_sessions)
        now, peak = rss_mb(proc.pid)
    print(
        f"{n_sessions} concurrent browser sessions through every page: {result['seconds']:.1f} s, "
        f"{len(result['errors'])} errors; server memory idle {idle:.0f} MB, peak {peak:.0f} MB, after {now:.0f} MB"
    )
    for error in result["errors"][:10]:
        print("  ", error)
