"""The size-budgeted cache shared results are kept in (core.lru)."""

from __future__ import annotations

import threading
import time

import pytest

from aseanict.core import lru


def test_the_least_recently_used_entries_go_once_the_weight_passes_the_budget() -> None:
    cache = lru.WeightedLRU(budget=10, weigh=len)
    made = []

    def make(value: str):
        return lambda: made.append(value) or value

    cache.get("a", make("aaaa"))
    cache.get("b", make("bbbb"))
    assert cache.get("a", make("never")) == "aaaa"  # a hit: "a" is now the most recent
    cache.get("c", make("cccc"))  # 12 > 10: "b", the least recent, goes
    assert made == ["aaaa", "bbbb", "cccc"]
    assert cache.get("a", make("again")) == "aaaa"
    assert cache.get("b", make("bbbb")) == "bbbb" and made[-1] == "bbbb"  # made again
    assert cache.stats.weight <= 10 and cache.stats.evictions == 2


def test_one_heavy_entry_pushes_out_many_light_ones_and_one_too_heavy_is_not_kept() -> None:
    cache = lru.WeightedLRU(budget=100, weigh=len)
    for i in range(10):
        cache.get(i, lambda i=i: "x" * 10)
    assert cache.stats.entries == 10
    cache.get("map", lambda: "m" * 60)
    assert cache.stats.entries == 5 and cache.stats.weight == 100
    assert cache.get("huge", lambda: "h" * 101) == "h" * 101
    assert cache.stats.entries == 5  # returned, not kept


def test_a_refusal_is_kept_and_raised_again_other_errors_are_not_kept() -> None:
    cache = lru.WeightedLRU(budget=10_000, weigh=len)
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


def test_callers_asking_for_the_same_key_at_once_share_one_build() -> None:
    cache = lru.WeightedLRU(budget=10_000, weigh=len)
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


def test_freeze_makes_settings_hashable_and_keeps_them_apart() -> None:
    a = lru.freeze({"countries": ["CHN", "VNM"], "year": 2024})
    b = lru.freeze({"year": 2024, "countries": ("CHN", "VNM")})
    assert hash(a) and a != b  # a list and a tuple are different settings to a view that checks types
    assert lru.freeze({"year": 2024, "countries": ["CHN", "VNM"]}) == a  # key order does not matter
    with pytest.raises(TypeError):
        lru.freeze(object.__new__(type("Unhashable", (), {"__hash__": None})))
