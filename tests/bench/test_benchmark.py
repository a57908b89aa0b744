"""The benchmark's memory readings from /proc (Linux)."""

from __future__ import annotations

import os
import subprocess
import sys

from aseanict.bench import benchmark as bench


def test_the_process_tree_includes_a_child_and_its_memory() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in bench.process_tree(os.getpid())
        alone = bench.status_kb(os.getpid(), "VmRSS") / 1024
        assert bench.tree_rss_mb(os.getpid()) > alone
    finally:
        child.kill()
        child.wait()


def test_a_process_that_has_gone_has_no_memory() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert bench.status_kb(child.pid, "VmRSS") == 0
