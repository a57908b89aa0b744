"""Command line: python -m aseanict build | validate | refresh | bench."""

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
    bench = sub.add_parser("bench", help="measure build, queries, page runs and cold start; print the figures")
    bench.add_argument(
        "--quick", action="store_true", help="skip the World-Bank-scale synthetic store; 3 sessions in the load run"
    )
    bench.add_argument(
        "--sessions",
        type=int,
        default=None,
        help="concurrent simulated users in the load run (default 20, or 3 with --quick; 0 skips it)",
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
    if args.command == "bench":
        from aseanict.bench import benchmark

        sessions = args.sessions if args.sessions is not None else (3 if args.quick else 20)
        return benchmark.main(full_scale=not args.quick, sessions=sessions)
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


if __name__ == "__main__":
    sys.exit(main())
