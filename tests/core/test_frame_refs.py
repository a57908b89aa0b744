from dataclasses import dataclass

import pandas as pd

from aseanict.core import frame_refs


def _references(table: pd.DataFrame) -> int:
    return sum(len(block.refs.referenced_blocks) for block in table._mgr.blocks)


@dataclass(frozen=True)
class _Shown:
    fig: object
    data: pd.DataFrame


def test_dead_view_references_on_kept_tables_are_cleared() -> None:
    table = pd.DataFrame({"entity": ["VNM", "THA", "IDN"], "value": [1.0, 2.0, 3.0]})
    in_a_result = pd.DataFrame({"value": [4.0, 5.0]})
    for _ in range(50):  # views a run takes and drops, as pages do on a shared table
        table[table.value > 1.0]
        table["value"].sum()
        in_a_result["value"].max()
    kept_view = table["value"]  # a view still in use keeps its reference
    before = _references(table)
    assert before > 50 and _references(in_a_result) > 40

    assert frame_refs.forget_dead_views([table, _Shown(None, in_a_result), ("text", 3)]) == 2
    assert _references(table) < 5 and _references(in_a_result) < 3
    kept_view.iloc[0] = 9.0  # copy on write still works: the view copies, the table is untouched
    assert table.value.tolist() == [1.0, 2.0, 3.0]


def test_values_without_tables_are_skipped() -> None:
    assert frame_refs.forget_dead_views([None, "x", {"a": 1}, (1, 2)]) == 0
