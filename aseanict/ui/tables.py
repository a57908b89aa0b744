"""Every table on the pages, through one function: it fits a laptop (1280 px) whole and scrolls in its own box on
a phone, its first column pinned. The CSS that does the pinning and the compact grids is in assets/layout.css."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from aseanict.core import lru, tables
from aseanict.ui import cached


def show_table(
    table: pd.DataFrame,
    *,
    column_config: dict | None = None,
    hide_index: bool = True,
    static: bool = False,
    compact: bool = False,
    key: str | None = None,
    **kwargs,
) -> None:
    """A table as wide as the page whose first column (the index, when shown) stays in view while the rest scrolls.

    `static` (a short table of text or symbols): every row shown and long text wrapped inside its column, so that
    nothing is cut at laptop width; `column_config` then gives only header labels (column -> text). `compact`:
    a static grid of narrow columns (symbols by year) in a smaller type, so that many years fit side by side.
    Otherwise an interactive st.dataframe, as tall as its rows while it has at most tables.MAX_STATIC_ROWS."""
    config = dict(column_config or {})
    if static or compact:
        headers = {c: v for c, v in config.items() if isinstance(v, str)}
        # Made once per table object: a shared table is drawn as it was the last time.
        made = cached.per_object(
            table, ("static", lru.freeze(headers), hide_index),
            lambda tab: cached.to_arrow(tables.static_table(tab, headers, index=not hide_index)),
        )  # fmt: skip
        if not compact:
            st.table(made, hide_index=True)
            return
        # The container's key is the class the compact style (assets/layout.css) looks for.
        with st.container(key=f"compact_table_{key or abs(hash((len(table), *map(str, table.columns))))}"):
            st.table(made, hide_index=True)
        return
    first = "_index" if not hide_index else (str(table.columns[0]) if len(table.columns) else None)
    if first is not None:
        pinned = config.get(first)
        if isinstance(pinned, str) or pinned is None:
            config[first] = st.column_config.Column(pinned, pinned=True)
        elif isinstance(pinned, dict):
            config[first] = {**pinned, "pinned": True}
    if "height" not in kwargs and (height := tables.fitting_height(len(table))) is not None:
        kwargs["height"] = height
    st.dataframe(cached.arrow(table), hide_index=hide_index, width="stretch", column_config=config, **kwargs)
