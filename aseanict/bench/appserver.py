"""Start `streamlit run` on a free local port and wait until it is healthy (for the benchmark and browser tests)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_app(
    script: Path,
    cwd: Path,
    env: dict[str, str],
    log: IO[str] | None = None,
    timeout: float = 120.0,
    watch_files: bool = True,
) -> Iterator[tuple[str, subprocess.Popen, float]]:
    """Yield (url, process, seconds to healthy); the server is stopped on exit.

    `watch_files=False` serves the code as it was at start: under a long load run, someone saving a file
    would otherwise reload the app mid-run and show exceptions that no user would see.
    """
    port = free_port()
    frozen = ["--server.fileWatcherType", "none", "--server.runOnSave", "false"]
    started = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(script),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
            *([] if watch_files else frozen),
        ],
        cwd=cwd,
        env=env,
        stdout=log or subprocess.DEVNULL,
        stderr=subprocess.STDOUT if log else subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                if time.perf_counter() - started > timeout or proc.poll() is not None:
                    raise RuntimeError(f"{script} did not become healthy within {timeout:.0f} s") from None
                time.sleep(0.05)
        yield url, proc, time.perf_counter() - started
    finally:
        proc.terminate()
        proc.wait(timeout=30)
