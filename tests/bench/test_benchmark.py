"""The benchmark's memory readings from /proc (Linux)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

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


def test_the_sampler_reads_the_memory_half_way_through_a_run() -> None:
    sampler = bench.MemorySampler(os.getpid())
    sampler.samples = [(0.0, 100.0), (4.9, 150.0), (5.2, 160.0), (10.0, 200.0)]
    assert sampler.at(0.5) == 150.0  # nearest to 5.0 s
    assert (sampler.at(0.0), sampler.at(1.0)) == (100.0, 200.0)
    assert bench.MemorySampler(os.getpid()).at(0.5) == 0.0  # no sample: no figure


def test_the_sampler_keeps_a_timeline_of_a_live_process() -> None:
    with bench.MemorySampler(os.getpid(), every=0.01) as sampler:
        time.sleep(0.1)
    assert len(sampler.samples) >= 3
    assert all(mb > 0 for _, mb in sampler.samples)
    assert [t for t, _ in sampler.samples] == sorted(t for t, _ in sampler.samples)
