"""Command line: python -m aseanict build | validate | refresh | serve | diff | bench."""

from __future__ import annotations

import argparse
import sys
import time

from aseanict import config
from aseanict.store import database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m aseanict", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="build the DuckDB store from data/ (atomic, idempotent)")
    sub.add_parser("validate", help="check every rule of the store and report counts per source")
    sub.add_parser(
        "refresh", help="fetch the WDI series from the World Bank API and rebuild the store (all or nothing)"
    )
    serve = sub.add_parser(
        "serve", help="N Streamlit replicas on one store behind the OS's nginx (sticky sessions, health checks)"
    )
    serve.add_argument("--replicas", type=int, default=2, help="how many Streamlit processes (default 2)")
    serve.add_argument("--port", type=int, default=8501, help="nginx's port, the one people open (default 8501)")
    serve.add_argument("--host", default="0.0.0.0", help="nginx's address (default all: the room's network)")
    serve.add_argument("--first-replica-port", type=int, default=None, help="replicas from here (default port+1)")
    diff = sub.add_parser(
        "diff", help="list the values that differ between two stores (exit 0 same, 1 differ, 2 a store unreadable)"
    )
    diff.add_argument("old", help="the older store file (.duckdb)")
    diff.add_argument("new", help="the newer store file (.duckdb)")
    bench = sub.add_parser("bench", help="measure build, queries, page runs and cold start; print the figures")
    bench.add_argument(
        "--quick",
        action="store_true",
        help="a few minutes: no World-Bank-scale store, 3 sessions in the load run, no think-time or nginx part "
        "(the full run takes about 25 minutes on 2 cores)",
    )
    bench.add_argument(
        "--sessions",
        type=int,
        default=None,
        help="concurrent simulated users in the load run (default 20, or 3 with --quick; 0 skips it)",
    )
    bench.add_argument(
        "--nginx",
        action="store_true",
        help="only the room-scale part: think-time crowd on one process, then nginx + 2 replicas (one killed)",
    )
    bench.add_argument("--users", type=int, default=100, help="people in the think-time crowd (default 100)")
    bench.add_argument(
        "--seconds", type=float, default=300.0, help="length of each think-time run (default 300; one process: 2x)"
    )
    args = parser.parse_args(argv)

    if args.command == "build":
        started = time.perf_counter()
        try:
            path, report = database.build()
        except (database.StoreError, OSError) as exc:  # OSError: the store's folder is not writable
            print(f"Build failed; any existing store is untouched.\n{exc}", file=sys.stderr)
            return 1
        seconds = time.perf_counter() - started
        print(report.text())
        print(f"Built {path} in {seconds:.2f} s ({path.stat().st_size / 1e6:.1f} MB).")
        return 0
    if args.command == "refresh":
        from aseanict.store import refresh

        try:
            result = refresh.refresh()
        except (refresh.RefreshError, database.StoreError) as exc:
            print(f"Refresh failed; data/ and the store are unchanged.\n{exc}", file=sys.stderr)
            return 1
        print(
            f"Refreshed {result.indicators} WDI series: {result.rows:,} values from the World Bank API "
            f"(source {result.source_id}) replace {result.replaced:,} older World Bank values; store rebuilt."
        )
        return 0
    if args.command == "serve":
        from aseanict.bench import replicas

        if args.replicas < 1:
            print("--replicas must be at least 1.", file=sys.stderr)
            return 2
        try:
            return replicas.serve(args.replicas, args.port, args.host, args.first_replica_port)
        except (RuntimeError, database.StoreError, OSError) as exc:
            print(f"Could not serve: {exc}", file=sys.stderr)
            return 1
    if args.command == "diff":
        from aseanict.store import diff as store_diff

        try:
            found = store_diff.diff_stores(args.old, args.new)
        except store_diff.DiffError as exc:
            print(exc, file=sys.stderr)
            return 2
        print(found.text())
        return 0 if found.same else 1
    if args.command == "bench":
        from aseanict.bench import benchmark

        sessions = args.sessions if args.sessions is not None else (3 if args.quick else 20)
        started = time.perf_counter()
        try:
            if not args.nginx:
                code = benchmark.main(full_scale=not args.quick, sessions=sessions)
                if code or args.quick:
                    return code
            return _room_scale(args.users, args.seconds, sessions)
        finally:
            print(f"benchmark wall time: {(time.perf_counter() - started) / 60:.1f} min")
    if args.command == "validate":
        path = config.db_path()
        try:
            if database.store_status(path) in ("missing", "outdated", "corrupt"):
                print(f"No usable store at {path}: run `python -m aseanict build` first.", file=sys.stderr)
                return 2
            report = database.validate(path)
        except database.StoreError as exc:
            print(exc, file=sys.stderr)
            return 2
        print(report.text())
        return 0 if report.ok else 1
    return 2


def _room_scale(users: int, seconds: float, sessions: int) -> int:
    """The think-time crowd and the nginx scale-out (aseanict/bench/scaleout.py); the one-process run is twice as
    long, to show whether memory grows."""
    import tempfile
    from pathlib import Path

    from aseanict.bench import scaleout

    if users < 1 or seconds <= 0:
        print("--users must be at least 1 and --seconds positive.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        return scaleout.run(Path(tmp), users, seconds, sessions, one_process_seconds=2 * seconds)


if __name__ == "__main__":
    sys.exit(main())
