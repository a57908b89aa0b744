"""Full garbage collections now and then, not after every script run.

Streamlit's default (runner.postScriptGC) runs gc.collect(2) after every run: a third of the server's CPU under
load, so .streamlit/config.toml turns it off. Without any full collection, though, the reference cycles a run
leaves behind (Plotly figures point to their parents) pile up in the oldest generation, which Python collects
rarely when the caches hold many long-lived objects: a server's memory grew by hundreds of MB in ten minutes of a
crowd. One full collection every few seconds per process keeps both costs small.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable

EVERY_SECONDS = 5.0
_last = [float("-inf")]
_lock = threading.Lock()


def collect_now_and_then(clock: Callable[[], float] = time.monotonic) -> bool:
    """gc.collect() if none ran in the last EVERY_SECONDS in this process (any session's run may trigger it);
    True if it ran."""
    with _lock:
        now = clock()
        if now - _last[0] < EVERY_SECONDS:
            return False
        _last[0] = now
    gc.collect()
    return True


def freeze_warm_objects() -> None:
    """After the warm start: the modules and warmed caches live as long as the process, so later full
    collections need not walk them again (gc.freeze moves them to a generation no collection visits)."""
    gc.collect()
    gc.freeze()
