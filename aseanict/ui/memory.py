"""Garbage collection for a long-running server: what lives as long as the process is frozen once, the rest is
collected whole every FULL_EVERY_SECONDS (15 s), and young objects are left to Python's own collector.

Streamlit's default (runner.postScriptGC) runs gc.collect(2) after every run: a third of the server's CPU under
load, so .streamlit/config.toml turns it off. Without any full collection, though, the reference cycles a run
leaves behind (Plotly figures point to their parents) pile up in the oldest generation, which Python collects
rarely when the caches hold many long-lived objects. A full collection walks every object that is not frozen, with
every session waiting, so what it walks is kept small:
- the modules and what the warm start made (ui.warm) are frozen once (gc.freeze) and never walked again (with no
  warm start, what survives the first run's collection);
- young objects are collected by Python's generational collector, a few at a time, as it always does;
- every 15 s, one run collects everything else: the shared charts, the sessions and the garbage of the runs
  since. Its pause is the walk of what lives (~0.1 s at first, ~0.5 s once the shared cache is full) plus the
  garbage it frees (about 7 µs an object): once a minute, the pause grew to 1.1 s by the tenth minute of a
  100-user crowd (150,000 objects freed at a time), and every session waits while it runs. Every 15 s: 0.1–0.6 s;
  two 300-second crowds in the same hour gave p95 1.15 s against 1.37 s; a 10-minute one 1.09 s, 13.7 runs per
  CPU-second and 523 MB at the end (1.35 s, 12.2 and 558 MB once a minute, two hours earlier). Tried and not
  kept: freezing the survivors of each collection and thawing every 3 minutes (pauses of 0.1 s, but each thaw's
  1–1.6 s and the garbage frozen until it cost more: p95 1.21 s, 564 MB); an earlier scheme froze every survivor
  every few seconds and thawed the whole heap each minute (the modules walked too).

A session also keeps the metadata of every widget it ever drew (its callbacks, serialisers and formatted options),
under every id the widget had: an id changes with the widget's label, options or default, so with the language, the
country group, the indicator. A 100-user crowd left 67 a session after 2 minutes (6,745), still rising; each full run now
forgets those no longer in use (forget_stale_widgets).
"""

from __future__ import annotations

import ctypes
import gc
import os
import threading
import time
from collections.abc import Callable

from streamlit.runtime.state import get_session_state

FULL_EVERY_SECONDS = 15.0
# Python collects its oldest generation by itself when a quarter as many objects as it holds have joined it since:
# with a shared cache of charts that was every ten seconds or so under a crowd, half a second each. Set this high,
# the collection every FULL_EVERY_SECONDS is the only full one.
OLDEST_RARELY = 1_000_000
MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # glibc's mallopt parameter number
_last = [float("-inf")]  # when the last full collection ran
_lock = threading.Lock()


def collect_now_and_then(clock: Callable[[], float] = time.monotonic) -> bool:
    """Collect everything that is not frozen if no run did in the last FULL_EVERY_SECONDS in this process (any
    session's run may trigger it); True if it did."""
    with _lock:
        now = clock()
        if now - _last[0] < FULL_EVERY_SECONDS:
            return False
        _last[0] = now
        gc.collect()
        return_freed_memory()
        if not gc.get_freeze_count():  # no warm start froze the modules (a test's app): the first run's survivors
            _freeze()
    return True


def freeze_warm_objects() -> None:
    """After a warm start: the modules and warmed caches live as long as the process, so collections need not
    walk them again (a warmed chart the shared cache drops later is freed all the same, unless it is in a cycle)."""
    with _lock:
        gc.collect()
        _freeze()


def _freeze() -> None:
    """Freeze what is alive now, and leave the oldest generation to the full collections (collect_now_and_then)
    from here on."""
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, OLDEST_RARELY)


def _glibc() -> ctypes.CDLL | None:
    """The C library if it is glibc (malloc_trim and mallopt are its own), else None (musl, macOS)."""
    try:
        libc = ctypes.CDLL(None)
        _ = libc.gnu_get_libc_version, libc.malloc_trim, libc.mallopt
    except (OSError, AttributeError):
        return None
    return libc


_LIBC = _glibc()


def cap_malloc_arenas() -> bool:
    """Keep glibc's malloc to MALLOC_ARENAS heaps, before the script threads make more; True if set. Each thread
    that finds the heaps busy gets a new one (up to 8 per core), and each keeps its own free memory."""
    if _LIBC is None or os.environ.get("MALLOC_ARENA_MAX"):
        return False
    return bool(_LIBC.mallopt(_M_ARENA_MAX, MALLOC_ARENAS))


def return_freed_memory() -> bool:
    """Give the C allocator's free memory back to the system (glibc only; a few ms); True if it could."""
    if _LIBC is None:
        return False
    _LIBC.malloc_trim(0)
    return True


def forget_stale_widgets() -> int:
    """At the start of a full run: forget the metadata of the session's widgets that hold no value any more (Streamlit
    removed them as stale after an earlier run: they were not drawn), which Streamlit keeps for good; how many.
    A widget drawn again registers its metadata anew. 0 where Streamlit's session state is not as this expects."""
    safe = get_session_state()
    try:
        lock, state = safe._lock, safe._state
        with lock:
            widgets = state._new_widget_state
            live = widgets.states.keys() | state._old_state.keys()
            gone = [wid for wid in widgets.widget_metadata if wid not in live]
            for wid in gone:
                del widgets.widget_metadata[wid]
    except AttributeError:  # another Streamlit's internals: leave them be
        return 0
    return len(gone)
