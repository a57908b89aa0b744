"""The size-budgeted cache shared results are kept in (core.lru)."""

from __future__ import annotations

import gc
import json
import threading
import time
import weakref

import pytest

from aseanict.core import lru
from aseanict.topics.view_kit import BadSetting  # its __init__ does not take its own args back


class Clock:
    """A clock each build moves on by the seconds it says it takes."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def build(self, value: str, seconds: float = 0.0, made: list | None = None):
        def make():
            self.now += seconds
            if made is not None:
                made.append(value)
            return value

        return make


def test_with_equal_costs_the_least_recently_used_entries_go_once_the_weight_passes_the_budget() -> None:
    clock = Clock()
    cache = lru.BudgetedCache(budget=10, weigh=len, clock=clock)
    made: list[str] = []
    cache.get("a", clock.build("aaaa", made=made))
    cache.get("b", clock.build("bbbb", made=made))
    assert cache.get("a", clock.build("never", made=made)) == "aaaa"  # a hit: "a" is now the most recent
    cache.get("c", clock.build("cccc", made=made))  # 12 > 10: "b", the least recent, goes
    assert made == ["aaaa", "bbbb", "cccc"]
    assert cache.get("a", clock.build("again", made=made)) == "aaaa"
    assert cache.get("b", clock.build("bbbb", made=made)) == "bbbb" and made[-1] == "bbbb"  # made again
    assert cache.stats.weight <= 10 and cache.stats.evictions == 2


def test_what_took_long_to_make_per_byte_stays_and_what_is_cheap_per_byte_goes_first() -> None:
    clock = Clock()
    cache = lru.BudgetedCache(budget=100, weigh=len, clock=clock)
    cache.get("profile", clock.build("p" * 10, seconds=0.3))  # a table: small and slow to make
    cache.get("line", clock.build("l" * 30, seconds=0.05))
    cache.get("map", clock.build("m" * 50, seconds=0.4))  # an animated chart: 8x the profile's size
    cache.get("line", clock.build("never"))  # the line chart is the most recent ...
    made: list[str] = []
    cache.get("bars", clock.build("b" * 30, seconds=0.1, made=made))  # 120 > 100
    # ... but per byte the cheapest to make again: it goes, not the profile used longest ago.
    assert cache.get("profile", clock.build("again", made=made)) == "p" * 10
    assert cache.get("map", clock.build("again", made=made)) == "m" * 50
    assert cache.get("line", clock.build("l" * 30, made=made)) and made == ["b" * 30, "l" * 30]


def test_an_entry_left_unused_goes_in_the_end_however_dear_it_was_to_make() -> None:
    clock = Clock()
    cache = lru.BudgetedCache(budget=100, weigh=len, clock=clock)
    cache.get("old", clock.build("o" * 10, seconds=1.0))
    for i in range(200):  # each eviction raises the age the newer entries are kept at
        cache.get(i, clock.build("x" * 30, seconds=0.1))
    made: list[str] = []
    cache.get("old", clock.build("o" * 10, made=made))
    assert made == ["o" * 10]


def test_one_heavy_entry_pushes_out_many_light_ones_and_one_too_heavy_is_not_kept() -> None:
    clock = Clock()
    cache = lru.BudgetedCache(budget=100, weigh=len, clock=clock)
    for i in range(10):
        cache.get(i, clock.build("x" * 10, seconds=0.01))
    assert cache.stats.entries == 10
    cache.get("map", clock.build("m" * 60, seconds=1.0))  # dear to make: it stays, light ones make room
    assert cache.stats.entries == 5 and cache.stats.weight == 100
    assert cache.get("huge", clock.build("h" * 101)) == "h" * 101
    assert cache.stats.entries == 5  # returned, not kept


def test_a_refusal_is_kept_and_raised_again_other_errors_are_not_kept() -> None:
    cache = lru.BudgetedCache(budget=10_000, weigh=len)
    calls = []

    def refuse():
        calls.append(1)
        raise ValueError("nothing to draw")

    for _ in range(2):
        with pytest.raises(ValueError, match="nothing to draw"):
            cache.get("k", refuse)
    assert len(calls) == 1

    def broken():
        calls.append(2)
        raise RuntimeError("bug")

    for _ in range(2):
        with pytest.raises(RuntimeError):
            cache.get("b", broken)
    assert calls.count(2) == 2


class _Held:
    """Something a run holds in a local (a table, a figure): weakly referenceable, so a test can see it go."""


def test_a_kept_refusal_holds_no_frames_of_the_build_or_of_the_runs_that_hit_it() -> None:
    # A traceback holds its frames and their locals; raising the same object again adds the new frames to it.
    cache = lru.BudgetedCache(budget=10_000, weigh=len)
    held = []

    def refuse():
        in_the_build = _Held()
        held.append(weakref.ref(in_the_build))
        raise BadSetting("year", "no such year")

    def run():
        in_a_run = _Held()
        held.append(weakref.ref(in_a_run))
        try:
            cache.get("k", refuse)
        except BadSetting as refusal:
            return refusal

    refusals = [run() for _ in range(3)]
    assert [(r.param, r.message, str(r)) for r in refusals] == [
        ("year", "year: no such year", "year: no such year")
    ] * 3
    del refusals
    gc.collect()
    assert len(held) == 4 and all(ref() is None for ref in held)


def test_a_kept_refusal_says_what_the_original_said() -> None:
    cache = lru.BudgetedCache(budget=10_000, weigh=len)
    for make in (lambda: b"\xff".decode("utf-8"), lambda: int("x"), lambda: json.loads("{")):
        try:
            make()
        except ValueError as original:
            expected = (type(original), str(original))
        for _ in range(2):
            with pytest.raises(ValueError) as raised:
                cache.get(expected, make)
            assert (type(raised.value), str(raised.value)) == expected


def test_callers_asking_for_the_same_key_at_once_share_one_build() -> None:
    cache = lru.BudgetedCache(budget=10_000, weigh=len)
    builds = []

    def slow():
        builds.append(1)
        time.sleep(0.2)
        return "made"

    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("k", slow))) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["made"] * 5 and len(builds) == 1
    assert cache.stats.misses == 1 and cache.stats.hits == 4


def test_with_one_builder_builds_of_different_keys_take_turns_and_hits_do_not_wait() -> None:
    cache = lru.BudgetedCache(budget=10_000, weigh=len, builders=1)
    cache.get("kept", lambda: "kept")
    inside, most, lock = [0], [0], threading.Lock()
    release = threading.Event()

    def build(value: str):
        def make():
            with lock:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            release.wait(5)
            with lock:
                inside[0] -= 1
            return value

        return make

    results = []
    threads = [threading.Thread(target=lambda k=k: results.append(cache.get(k, build(k)))) for k in "abcd"]
    for thread in threads:
        thread.start()
    time.sleep(0.1)  # one build is under way, three wait for their turn
    started = time.perf_counter()
    assert cache.get("kept", build("never")) == "kept"  # a hit while a build runs
    assert time.perf_counter() - started < 0.05
    release.set()
    for thread in threads:
        thread.join()
    assert sorted(results) == list("abcd") and most[0] == 1


def test_a_build_inside_a_build_takes_no_turn_of_its_own() -> None:
    cache = lru.BudgetedCache(budget=10_000, weigh=len, builders=1)
    outer = lambda: cache.get("inner", lambda: "in") + "+out"  # noqa: E731 - would wait for itself if it took a turn
    done = []
    thread = threading.Thread(target=lambda: done.append(cache.get("outer", outer)), daemon=True)
    thread.start()
    thread.join(5)
    assert done == ["in+out"]


def test_freeze_makes_settings_hashable_and_keeps_them_apart() -> None:
    a = lru.freeze({"countries": ["CHN", "VNM"], "year": 2024})
    b = lru.freeze({"year": 2024, "countries": ("CHN", "VNM")})
    assert hash(a) and a != b  # a list and a tuple are different settings to a view that checks types
    assert lru.freeze({"year": 2024, "countries": ["CHN", "VNM"]}) == a  # key order does not matter
    with pytest.raises(TypeError):
        lru.freeze(object.__new__(type("Unhashable", (), {"__hash__": None})))
