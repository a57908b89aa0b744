"""Dead weak references pandas keeps on long-lived tables.

Under copy-on-write (always on since pandas 3) every view taken from a table (a column, rows picked by a mask)
adds a weak reference to the table's blocks, so that a later write knows to copy. When the view goes, its
reference stays, dead, until the list is cleared: pandas clears it only when it passes 500 entries, per block. A
table the server shares for minutes (ui.cached) is viewed on most runs, so each of its blocks carries up to a few
hundred dead references: a 10-minute crowd left ~150,000 of them (12 MB), still rising. `forget_dead_views`
clears them after each full collection (ui.memory; asking pandas whether a block is still referenced clears the
dead ones).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

import pandas as pd


def forget_dead_views(values: Iterable[object]) -> int:
    """Clear the dead view references of the tables in `values` (a table, or a tuple or dataclass holding some,
    one level down); how many tables it went through. 0 for tables whose pandas keeps no such references."""
    done = 0
    for value in values:
        for table in _tables_in(value):
            try:
                for block in table._mgr.blocks:
                    block.refs.has_reference()
                index_refs = getattr(table.index, "_references", None)
                if index_refs is not None:
                    index_refs.has_reference()
            except AttributeError:  # another pandas' internals: leave them be
                continue
            done += 1
    return done


def _tables_in(value: object) -> list[pd.DataFrame | pd.Series]:
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return [value]
    if isinstance(value, tuple):
        parts = value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = tuple(getattr(value, f.name) for f in dataclasses.fields(value))
    else:
        return []
    return [part for part in parts if isinstance(part, (pd.DataFrame, pd.Series))]
