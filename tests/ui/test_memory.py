"""Garbage collection: young objects every few seconds, the whole heap once a minute (ui.memory)."""

from __future__ import annotations

import gc
import weakref

import pytest

from aseanict.ui import memory


class Node:
    pass


def cycle() -> weakref.ref:
    """A reference cycle, as Plotly objects and their parents make; a weak reference to one end."""
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(memory, "_last", [float("-inf"), float("-inf")])
    now = [1000.0]
    yield now
    gc.unfreeze()


def test_collections_run_at_most_once_per_interval_and_a_full_one_once_a_minute(clock) -> None:
    tick = lambda: clock[0]  # noqa: E731
    assert memory.collect_now_and_then(tick) == "full"  # the first run collects everything
    clock[0] += memory.EVERY_SECONDS / 2
    assert memory.collect_now_and_then(tick) is None  # a run soon after does not collect
    clock[0] += memory.EVERY_SECONDS
    assert memory.collect_now_and_then(tick) == "young"
    clock[0] += memory.THAW_EVERY_SECONDS
    assert memory.collect_now_and_then(tick) == "full"


def test_young_cycles_are_freed_and_frozen_ones_at_the_next_full_collection(clock) -> None:
    tick = lambda: clock[0]  # noqa: E731
    young = cycle()
    assert memory.collect_now_and_then(tick) == "full"
    assert young() is None
    kept = Node()
    kept.other = Node()
    kept.other.other = kept  # survives the collection, so it is frozen
    clock[0] += memory.EVERY_SECONDS
    memory.collect_now_and_then(tick)
    ref = weakref.ref(kept)
    del kept  # now garbage, but frozen: a young collection does not see it
    clock[0] += memory.EVERY_SECONDS
    assert memory.collect_now_and_then(tick) == "young"
    assert ref() is not None
    clock[0] += memory.THAW_EVERY_SECONDS
    assert memory.collect_now_and_then(tick) == "full"
    assert ref() is None
