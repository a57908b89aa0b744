"""Full garbage collections run now and then, not after every script run (and not never)."""

from __future__ import annotations

import gc

import pytest

from aseanict.ui import memory


def test_a_full_collection_runs_at_most_once_per_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda *a: runs.append(1) or 0)
    monkeypatch.setattr(memory, "_last", [float("-inf")])
    now = [1000.0]
    clock = lambda: now[0]  # noqa: E731
    assert memory.collect_now_and_then(clock)  # the first run collects
    now[0] += memory.EVERY_SECONDS / 2
    assert not memory.collect_now_and_then(clock)  # a run soon after does not
    now[0] += memory.EVERY_SECONDS
    assert memory.collect_now_and_then(clock)  # a run after the interval does
    assert len(runs) == 2


def test_cycles_left_by_runs_are_freed() -> None:
    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a  # a reference cycle, as Plotly objects and their parents make
    ref = __import__("weakref").ref(a)
    del a, b
    memory._last[0] = float("-inf")
    assert memory.collect_now_and_then()
    assert ref() is None
