"""Garbage collection for a long-running server: young objects often, the whole heap rarely.

Streamlit's default (runner.postScriptGC) runs gc.collect(2) after every run: a third of the server's CPU under
load, so .streamlit/config.toml turns it off. Without any full collection, though, the reference cycles a run
leaves behind (Plotly figures point to their parents) pile up in the oldest generation, which Python collects
rarely when the caches hold many long-lived objects: a server's memory grew by hundreds of MB in ten minutes of a
crowd. But a full collection walks every object the caches hold: half a second on a loaded server, with every
session waiting. So:
- every few seconds, collect the objects made since the last time and freeze the survivors (gc.freeze: a
  collection no longer visits them); that frees what runs left behind, and costs little;
- every minute, thaw everything and collect it all once, which frees cached charts that were dropped since (a
  frozen object is still freed when nothing refers to it, but not when it is only in a cycle).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable

EVERY_SECONDS = 5.0
THAW_EVERY_SECONDS = 60.0
_last = [float("-inf"), float("-inf")]  # [last collection, last full one]
_lock = threading.Lock()


def collect_now_and_then(clock: Callable[[], float] = time.monotonic) -> str | None:
    """Collect if none ran in the last EVERY_SECONDS in this process (any session's run may trigger it): "young"
    (what is not frozen, then freeze it), "full" once every THAW_EVERY_SECONDS, None if it was not time yet."""
    with _lock:
        now = clock()
        if now - _last[0] < EVERY_SECONDS:
            return None
        _last[0] = now
        full = now - _last[1] >= THAW_EVERY_SECONDS
        if full:
            _last[1] = now
            gc.unfreeze()
        gc.collect()
        gc.freeze()
    return "full" if full else "young"


def freeze_warm_objects() -> None:
    """After the warm start: the modules and warmed caches live as long as the process, so later collections
    need not walk them again."""
    with _lock:
        gc.collect()
        gc.freeze()
