"""Warm start: work done once when the server starts, before the first visitor (app.py's lifespan calls it)."""

from __future__ import annotations

from aseanict.store import database
from aseanict.ui import cached


def warm_start() -> None:
    """Open (and if needed build) the store, so that the first page does not wait for it. A broken store is left
    for the page to explain (ui.store_or_stop), never an error at start."""
    try:
        cached.opened_store(str(cached.store_path()))
    except database.StoreError:
        pass
