"""Tables made ready to show: cells as text a reader sees whole, row counts that decide whether a table scrolls.

A short table is shown static (every row, text wrapping inside its column) so that nothing is cut at laptop width;
its cells go through Markdown, so every value is made plain first. A list of numbers (a trend) becomes a text
sparkline, which wraps with the table instead of needing a fixed-width chart column.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pandas as pd

from aseanict.core.plain_text import plain

MAX_STATIC_ROWS = 25  # up to this many rows a table shows every row; a longer one scrolls in its own box
ROW_PX = 35  # st.dataframe's row (and header) height
SPARK_BARS = "▁▂▃▄▅▆▇█"
MISSING = "–"


def sparkline(values: object) -> str:
    """A run of numbers as bars of eight heights ('▁▃▅█'), lowest to highest of the run; '–' without numbers."""
    numbers = [float(v) for v in (values if isinstance(values, (list, tuple)) else list(values or [])) if _finite(v)]
    if not numbers:
        return MISSING
    lo, hi = min(numbers), max(numbers)
    top = len(SPARK_BARS) - 1
    return "".join(SPARK_BARS[round((v - lo) / (hi - lo) * top) if hi > lo else top // 2] for v in numbers)


def _finite(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def cell_text(value: object) -> str:
    """One cell as the reader sees it: missing is '–', a list of numbers a sparkline, anything else its text."""
    if isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and not isinstance(value, str)):
        listed = value.tolist() if hasattr(value, "tolist") else value
        if isinstance(listed, list):
            return sparkline(listed)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return MISSING
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def static_table(table: pd.DataFrame, headers: Mapping[str, str] | None = None, *, index: bool = False) -> pd.DataFrame:
    """The table as plain Markdown-safe text for st.table: headers renamed (`headers`: column -> label), every cell
    through cell_text and `plain`. With `index`, the index becomes the first column (it is the rows' name)."""
    headers = headers or {}
    shown = table.reset_index() if index else table.reset_index(drop=True)
    if index:
        shown = shown.rename(columns={shown.columns[0]: headers.get("_index", "")})
    out = pd.DataFrame(
        {plain(headers.get(str(c), c)): [plain(cell_text(v)) for v in shown[c]] for c in shown.columns},
        index=pd.RangeIndex(len(shown)),
    )
    return out


def fitting_height(rows: int) -> int | None:
    """st.dataframe's height that shows every row of a short table (None: a long one keeps the default box)."""
    return ROW_PX * (rows + 1) + 3 if rows <= MAX_STATIC_ROWS else None
