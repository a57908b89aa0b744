"""A thread-safe cache that keeps the most recently used results within a size budget.

Streamlit's caches bound the number of entries, not their size: one animated map weighs as much as a hundred line
charts, so a count small enough for a crowd asking for maps evicts the line charts a room keeps coming back to
(100 simulated users asked for 233 distinct charts in 150 s; with 48 entries half their runs rebuilt a chart).
Here each entry has a weight (bytes, roughly) and the least recently used entries go once the total passes the
budget. Each key is built by one caller at a time; the others wait for that result instead of building it too.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any


def freeze(value: Any) -> Hashable:
    """A hashable stand-in for plain settings: dicts (by sorted items), lists, tuples and sets, recursively."""
    if isinstance(value, Mapping):
        return ("dict", tuple(sorted((str(k), freeze(v)) for k, v in value.items())))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(freeze(v) for v in value))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(map(repr, value))))
    hash(value)  # anything else must be hashable as it is (a TypeError says which argument is not)
    return value


@dataclass(frozen=True)
class _Raised:
    """A build that refused with a ValueError: kept like a result, so that asking again refuses at once."""

    error: ValueError


@dataclass
class Stats:
    hits: int = 0
    misses: int = 0
    evictions: int = 0
    entries: int = 0
    weight: int = 0


class WeightedLRU:
    """`get(key, make)`: make() once per key while it stays within `budget` (total weight, by `weigh`).

    A result that raised a ValueError (a refusal: the same input refuses again) is kept too; any other exception is
    not kept. An entry heavier than the whole budget is returned but not kept."""

    def __init__(self, budget: int, weigh: Callable[[Any], int]) -> None:
        self.budget, self._weigh = budget, weigh
        self._entries: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[Hashable, threading.Lock] = {}
        self.stats = Stats()

    def get(self, key: Hashable, make: Callable[[], Any]) -> Any:
        found = self._lookup(key)
        if found is None:
            with self._lock:
                building = self._building.setdefault(key, threading.Lock())
            with building:  # one build per key; whoever waited finds it made
                found = self._lookup(key, count_miss=True)
                if found is None:
                    try:
                        found = (self._make(make),)
                        self._keep(key, found[0])
                    finally:
                        with self._lock:
                            self._building.pop(key, None)
        value = found[0]
        if isinstance(value, _Raised):
            raise value.error
        return value

    def _make(self, make: Callable[[], Any]) -> Any:
        try:
            return make()
        except ValueError as error:
            return _Raised(error)

    def _lookup(self, key: Hashable, count_miss: bool = False) -> tuple[Any] | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                self.stats.misses += count_miss
                return None
            self._entries.move_to_end(key)
            self.stats.hits += 1
            return (entry[0],)

    def _keep(self, key: Hashable, value: Any) -> None:
        weight = 256 if isinstance(value, _Raised) else max(1, int(self._weigh(value)))
        if weight > self.budget:
            return
        with self._lock:
            self._entries[key] = (value, weight)
            self.stats.weight += weight
            while self.stats.weight > self.budget:
                _, (_, gone) = self._entries.popitem(last=False)
                self.stats.weight -= gone
                self.stats.evictions += 1
            self.stats.entries = len(self._entries)
