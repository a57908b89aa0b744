"""Garbage collection: what the warm start made is frozen once, everything else is collected every
FULL_EVERY_SECONDS (ui.memory)."""

from __future__ import annotations

import gc
import os
import weakref

import pytest

from aseanict.bench.benchmark import status_kb
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
    monkeypatch.setattr(memory, "_last", [float("-inf")])
    threshold = gc.get_threshold()
    now = [1000.0]
    yield now
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_a_full_collection_runs_at_most_every_full_every_seconds(clock) -> None:
    tick = lambda: clock[0]  # noqa: E731
    assert memory.collect_now_and_then(tick) is True  # the first run collects
    clock[0] += memory.FULL_EVERY_SECONDS / 2
    assert memory.collect_now_and_then(tick) is False  # a run soon after does not
    clock[0] += memory.FULL_EVERY_SECONDS / 2
    assert memory.collect_now_and_then(tick) is True


def test_cycles_are_freed_by_the_full_collection(clock) -> None:
    gc.disable()  # so that only the collection under test can free it
    try:
        ref = cycle()
        assert memory.collect_now_and_then(lambda: clock[0]) is True
        assert ref() is None
    finally:
        gc.enable()


def test_the_warm_objects_are_frozen_and_later_collections_leave_them_out(clock) -> None:
    before = gc.get_freeze_count()
    warm = Node()
    memory.freeze_warm_objects()
    assert gc.get_freeze_count() > before
    assert gc.get_threshold()[2] == memory.OLDEST_RARELY
    assert not any(o is warm for o in gc.get_objects())  # frozen objects are not walked
    fresh = Node()
    memory.collect_now_and_then(lambda: clock[0])
    assert any(o is fresh for o in gc.get_objects())  # not frozen: a full collection walks it


def test_with_no_warm_start_the_first_collection_freezes_what_survives_it(clock) -> None:
    gc.unfreeze()
    survivor = Node()
    assert memory.collect_now_and_then(lambda: clock[0]) is True
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[2] == memory.OLDEST_RARELY  # as after a warm start
    assert not any(o is survivor for o in gc.get_objects())
    later = Node()
    clock[0] += memory.FULL_EVERY_SECONDS
    memory.collect_now_and_then(lambda: clock[0])
    assert any(o is later for o in gc.get_objects())  # only the first one freezes


def test_each_full_collection_also_gives_the_allocators_free_memory_back(clock, monkeypatch) -> None:
    trims = []
    monkeypatch.setattr(memory, "return_freed_memory", lambda: trims.append(clock[0]) or True)
    memory.collect_now_and_then(lambda: clock[0])
    clock[0] += memory.FULL_EVERY_SECONDS / 2
    memory.collect_now_and_then(lambda: clock[0])  # no collection, no trim
    assert trims == [1000.0]


def _rss_mb() -> float:
    return status_kb(os.getpid(), "VmRSS") / 1024


@pytest.mark.skipif(memory._LIBC is None, reason="malloc_trim is glibc's")
def test_freed_memory_inside_the_heap_goes_back_to_the_system() -> None:
    blocks = [bytearray(64 * 1024) for _ in range(3000)]  # ~190 MB from malloc's heap, written (resident)
    keep = blocks[::8]  # a survivor every 512 KB: the heap cannot shrink from its top alone
    del blocks
    before = _rss_mb()
    assert memory.return_freed_memory() is True
    assert before - _rss_mb() > 100  # most of the ~165 MB freed was resident until the trim
    del keep


def test_the_arena_cap_leaves_a_setting_from_the_environment_alone(monkeypatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert memory.cap_malloc_arenas() is False
    monkeypatch.delenv("MALLOC_ARENA_MAX")
    assert memory.cap_malloc_arenas() is (memory._LIBC is not None)


def _widget_script() -> None:
    import streamlit as st

    from aseanict.ui import memory

    st.session_state["forgotten"] = st.session_state.get("forgotten", 0) + memory.forget_stale_widgets()
    n = st.session_state.get("n", 0)
    st.session_state["n"] = n + 1
    # A label that changes every run, as one does with the language: a new widget id each time.
    st.selectbox(f"Country group {n}", ["ASEAN", "ASEAN+China"], key="group")
    st.text_input("A widget drawn on the first run only", key="once") if n == 0 else None


def _metadata(at) -> dict:
    return at.session_state._state._state._new_widget_state.widget_metadata


def test_a_session_forgets_the_widgets_it_no_longer_draws() -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_widget_script).run()
    at.selectbox(key="group").select("ASEAN+China").run()
    for _ in range(8):
        at.run()
    assert not at.exception
    ids = list(_metadata(at))
    # Streamlit replaces a keyed widget's metadata when its key registers under a new id, but keeps a widget's that
    # is no longer drawn (the first run's text input) for good.
    assert not [wid for wid in ids if wid.endswith("-once")], ids
    assert len(ids) == 1 and at.session_state["forgotten"] == 1
    assert at.selectbox(key="group").value == "ASEAN+China"  # the value the user chose survives its widget's new ids
