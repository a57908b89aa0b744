"""`python -m aseanict diff OLD NEW`: the values that differ between two stores, so that a refresh can be audited."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from aseanict.store import sql


class DiffError(RuntimeError):
    """A store could not be read; the message names it and says why."""


@dataclass(frozen=True)
class StoreDiff:
    old: Path
    new: Path
    versions: dict[str, dict[str, str]]  # 'old' / 'new' -> {"data_version", "data_date"} (empty for older stores)
    counts: tuple[int, int]  # values shown in each store
    rows: pd.DataFrame  # one row per value that differs (sql.DIFF_VALUES)

    @property
    def same(self) -> bool:
        return self.rows.empty

    def text(self) -> str:
        lines = [
            f"OLD {self.old} ({_version(self.versions['old'])})",
            f"NEW {self.new} ({_version(self.versions['new'])})",
        ]
        for row in self.rows.itertuples(index=False):
            when = f"{row.year}{' ' + row.period if row.period else ''}{f' [{row.edition}]' if row.edition else ''}"
            old = _value(row.old_qualifier, row.old_value)
            new = _value(row.new_qualifier, row.new_value)
            source = " -> ".join(dict.fromkeys(s for s in (row.old_source, row.new_source) if isinstance(s, str)))
            lines.append(
                f"{row.change:<8} {row.indicator:<24} {row.entity:<8} {when:<16} {old} -> {new}   source {source}"
            )
        counts = self.rows.change.value_counts() if not self.rows.empty else pd.Series(dtype=int)
        summary = ", ".join(f"{int(counts.get(kind, 0)):,} {kind}" for kind in ("changed", "added", "removed"))
        total = (
            f"{len(self.rows):,} value{'s' if len(self.rows) != 1 else ''} differ{'s' if len(self.rows) == 1 else ''}"
        )
        lines.append(
            f"Summary: {'no value differs' if self.same else total}"
            + ("" if self.same else f" ({summary})")
            + f"; {self.counts[0]:,} values in OLD, {self.counts[1]:,} in NEW."
        )
        return "\n".join(lines)


def _version(meta: dict[str, str]) -> str:
    if not meta.get("data_version"):
        return "no data version: built before versions were recorded"
    return f"data version {meta['data_version']}, {meta.get('data_date') or 'no date'}"


def _value(qualifier: object, value: object) -> str:
    if not isinstance(value, float) or pd.isna(value):
        return "–"
    number = str(value).removesuffix(".0")
    return number if qualifier in ("=", None) else f"{qualifier}{number}"


def _attach(con: duckdb.DuckDBPyConnection, path: Path, side: str) -> int:
    """Attach one store read-only; the number of values it shows."""
    if not path.is_file():
        raise DiffError(f"{side} store {path} does not exist (or is not a file).")
    name = f"{side.lower()}_store"
    try:
        con.execute(sql.ATTACH_OLD if side == "OLD" else sql.ATTACH_NEW, {"path": str(path)})
        return int(con.execute(sql.DIFF_COUNT[name]).fetchone()[0])
    except duckdb.Error as exc:
        raise DiffError(f"{side} store {path} cannot be read as an aseanict store: {exc}") from exc


def diff_stores(old: Path, new: Path) -> StoreDiff:
    """Compare the values two stores show; both are opened read-only and left as they are."""
    old, new = Path(old), Path(new)
    con = duckdb.connect()
    try:
        counts = (_attach(con, old, "OLD"), _attach(con, new, "NEW"))
        try:
            versions = {
                "old": dict(con.execute(sql.DIFF_META["old_store"]).fetchall()),
                "new": dict(con.execute(sql.DIFF_META["new_store"]).fetchall()),
            }
            rows = con.execute(sql.DIFF_VALUES).df()
        except duckdb.Error as exc:
            raise DiffError(f"The stores could not be compared: {exc}") from exc
    finally:
        con.close()
    return StoreDiff(old, new, versions, counts, rows)
