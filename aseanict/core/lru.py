"""A thread-safe cache that keeps results within a size budget, giving up first those cheapest to make again.

Streamlit's caches bound the number of entries, not their size: one animated map weighs as much as a hundred line
charts, so a count small enough for a crowd asking for maps evicts the line charts a room keeps coming back to
(100 simulated users asked for 233 distinct charts in 150 s; with 48 entries half their runs rebuilt a chart).
Here each entry has a weight (bytes, roughly) and entries go once the total passes the budget.

Which go: a plain least-recently-used order evicted a country profile (4 KB, 0.3 s to make) to keep one more
animated chart (150 KB, 0.4 s): under a 10-minute crowd of 100 users, half the builds (577 of 963 s of building)
remade something evicted; with the order below, 759 builds of 2,287 (96 of 348 s). The order here is
GreedyDual-Size (Cao and Irani, 1997): each entry is worth the seconds its build took per byte it holds, plus an
"age" that rises to the worth of each entry evicted; an entry used again gets the current age added afresh. The
entry of least worth goes first, so cheap-per-byte results go before dear ones and anything unused for long goes in
the end (with equal costs and weights this is least-recently-used). Each key is built by one caller at a time; the
others wait for that result instead of building it too.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import threading
import time
from collections.abc import Callable, Hashable, Iterator, Mapping
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
    """A build that refused with a ValueError: kept like a result, so that asking again refuses at once.

    What is kept and what is raised are copies with no traceback and no chained exception: a traceback holds the
    frames it passed through, and each frame its locals (the run's tables, figures and page elements), and raising
    the same object again adds that raise's frames to the ones it already holds. Kept as it was raised, one refusal
    asked for again and again under a crowd held every run that asked for it."""

    error: ValueError

    @classmethod
    def of(cls, error: ValueError) -> _Raised:
        return cls(_bare_copy(error))

    def again(self) -> ValueError:
        return _bare_copy(self.error)


def _bare_copy(error: ValueError) -> ValueError:
    """The same exception (its type, arguments and attributes) with no traceback, cause or context. Not copy.copy:
    that calls the class again with its args, which a subclass's __init__ may not take (view_kit.BadSetting); where
    it does, it runs (a UnicodeDecodeError's message is made from what its __init__ sets)."""
    kind = type(error)
    copy = kind.__new__(kind, *error.args)
    try:
        kind.__init__(copy, *error.args)
    except TypeError:
        pass  # its attributes come from the original below
    copy.__dict__.update(error.__dict__)
    return copy


@dataclass
class Stats:
    hits: int = 0
    misses: int = 0
    evictions: int = 0
    entries: int = 0
    weight: int = 0


@dataclass
class _Entry:
    value: Any
    weight: int
    density: float  # seconds to make per unit of weight: what keeping it saves, per byte it holds
    worth: float = 0.0
    stamp: int = 0  # which heap item is its current one (older ones are skipped)


# A turn to build is waited for at most this long (seconds), then the build starts anyway: a safety net, never a
# deadlock, if a build ever waits for another thread that waits for its turn.
GATE_TIMEOUT = 30.0
MIN_COST = 0.001  # seconds: a build faster than the clock can tell still counts as this much


class BudgetedCache:
    """`get(key, make)`: make() once per key while it stays within `budget` (total weight, by `weigh`); over the
    budget, the entry least worth keeping goes first (the module's docstring: GreedyDual-Size).

    A result that raised a ValueError (a refusal: the same input refuses again) is kept too; any other exception is
    not kept. An entry heavier than the whole budget is returned but not kept. `clock` times the builds: by default
    the CPU time of the building thread, which is what a crowd queues for (a wall clock would count the time other
    sessions' threads held the interpreter)."""

    def __init__(
        self, budget: int, weigh: Callable[[Any], int], clock: Callable[[], float] = time.thread_time,
        builders: int | None = None,
    ) -> None:  # fmt: skip
        self.budget, self._weigh, self._clock = budget, weigh, clock
        self._gate = threading.BoundedSemaphore(builders) if builders else None
        self._inside = threading.local()  # .depth: how many builds this thread is inside (a build may get() too)
        self._entries: dict[Hashable, _Entry] = {}
        self._queue: list[tuple[float, int, Hashable]] = []  # (worth, stamp, key): a heap, least worth first
        self._stamps = itertools.count()
        self._age = 0.0
        self._lock = threading.Lock()
        self._building: dict[Hashable, threading.Lock] = {}
        self.stats = Stats()

    def get(self, key: Hashable, make: Callable[[], Any]) -> Any:
        found = self._lookup(key)
        if found is None:
            with self._building_turn():
                found = self._build(key, make)
        value = found[0]
        if isinstance(value, _Raised):
            raise value.again()
        return value

    @contextlib.contextmanager
    def _building_turn(self) -> Iterator[None]:
        """With `builders`, at most that many threads build at a time; the others wait for their turn (a build
        inside a build takes none). Hits never wait: with one core's worth of interpreter, eight threads building at
        once each ran at an eighth of the speed, and so did every run that only drew what was made."""
        depth = getattr(self._inside, "depth", 0)
        turn = self._gate is not None and depth == 0 and self._gate.acquire(timeout=GATE_TIMEOUT)
        self._inside.depth = depth + 1
        try:
            yield
        finally:
            self._inside.depth = depth
            if turn:
                self._gate.release()

    def _build(self, key: Hashable, make: Callable[[], Any]) -> tuple[Any]:
        with self._lock:
            building = self._building.setdefault(key, threading.Lock())
        with building:  # one build per key; whoever waited finds it made
            found = self._lookup(key, count_miss=True)
            if found is None:
                try:
                    started = self._clock()
                    found = (self._make(make),)
                    self._keep(key, found[0], self._clock() - started)
                finally:
                    with self._lock:
                        self._building.pop(key, None)
        return found

    def values(self) -> list[Any]:
        """What is kept now (a snapshot)."""
        with self._lock:
            return [entry.value for entry in self._entries.values()]

    def _make(self, make: Callable[[], Any]) -> Any:
        try:
            return make()
        except ValueError as error:
            return _Raised.of(error)

    def _lookup(self, key: Hashable, count_miss: bool = False) -> tuple[Any] | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                self.stats.misses += count_miss
                return None
            self._queue_at_current_age(key, entry)
            self.stats.hits += 1
            return (entry.value,)

    def _queue_at_current_age(self, key: Hashable, entry: _Entry) -> None:
        entry.worth, entry.stamp = self._age + entry.density, next(self._stamps)
        heapq.heappush(self._queue, (entry.worth, entry.stamp, key))
        if len(self._queue) > 4 * len(self._entries) + 64:  # drop the items hits have left behind
            self._queue = [(e.worth, e.stamp, k) for k, e in self._entries.items()]
            heapq.heapify(self._queue)

    def _keep(self, key: Hashable, value: Any, seconds: float) -> None:
        weight = 256 if isinstance(value, _Raised) else max(1, int(self._weigh(value)))
        if weight > self.budget:
            return
        with self._lock:
            entry = _Entry(value, weight, max(seconds, MIN_COST) / weight)
            self._entries[key] = entry
            self._queue_at_current_age(key, entry)
            self.stats.weight += weight
            while self.stats.weight > self.budget:
                self._evict_least_worth()
            self.stats.entries = len(self._entries)

    def _evict_least_worth(self) -> None:
        while True:
            worth, stamp, key = heapq.heappop(self._queue)
            entry = self._entries.get(key)
            if entry is not None and entry.stamp == stamp:
                break
        del self._entries[key]
        self._age = worth  # what is kept from now on must be worth more than what just went
        self.stats.weight -= entry.weight
        self.stats.evictions += 1
