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


def streamlit_command(script: Path, port: int, watch_files: bool = True, address: str = "127.0.0.1") -> list[str]:
    """`streamlit run` on one port. `watch_files=False` serves the code as it was at start: under a long load
    run, someone saving a file would otherwise reload the app mid-run and show exceptions no user would see."""
    frozen = ["--server.fileWatcherType", "none", "--server.runOnSave", "false"]
    return [
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
        address,
        "--browser.gatherUsageStats",
        "false",
        *([] if watch_files else frozen),
    ]


def is_healthy(url: str, timeout: float = 1.0) -> bool:
    """True if the server at `url` answers Streamlit's health check."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=timeout) as response:
            return response.read() == b"ok"
    except OSError:
        return False


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float, what: str) -> float:
    """Seconds until `url` is healthy; an error if the process ends or `timeout` passes first."""
    started = time.perf_counter()
    while not is_healthy(url):
        if time.perf_counter() - started > timeout or proc.poll() is not None:
            raise RuntimeError(f"{what} did not become healthy within {timeout:.0f} s")
        time.sleep(0.05)
    return time.perf_counter() - started


@contextmanager
def running_app(
    script: Path,
    cwd: Path,
    env: dict[str, str],
    log: IO[str] | None = None,
    timeout: float = 120.0,
    watch_files: bool = True,
) -> Iterator[tuple[str, subprocess.Popen, float]]:
    """Yield (url, process, seconds to healthy); the server is stopped on exit (see streamlit_command)."""
    port = free_port()
    started = time.perf_counter()
    proc = subprocess.Popen(
        streamlit_command(script, port, watch_files),
        cwd=cwd,
        env=env,
        stdout=log or subprocess.DEVNULL,
        stderr=subprocess.STDOUT if log else subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, timeout, str(script))
        yield url, proc, time.perf_counter() - started
    finally:
        proc.terminate()
        proc.wait(timeout=30)
