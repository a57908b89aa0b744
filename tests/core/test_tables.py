import pandas as pd

from aseanict.core import tables


def test_sparkline_runs_lowest_to_highest_bar() -> None:
    assert tables.sparkline([1.0, 2.0, 3.0]) == "▁▅█"
    assert tables.sparkline([5.0, 5.0]) == "▄▄"  # a flat run sits mid-height
    assert tables.sparkline([]) == "–"
    assert tables.sparkline([float("nan"), 1.0, 2.0]) == "▁█"


def test_static_table_is_plain_text_with_labels_and_dashes() -> None:
    table = pd.DataFrame(
        {"who": ["ASEAN"], "value": [float("nan")], "note": ["surpass $300B and $200B"], "trend": [[1, 2]]}
    )
    shown = tables.static_table(table, {"who": "Who", "note": "Note"})
    assert list(shown.columns) == ["Who", "value", "Note", "trend"]
    row = shown.iloc[0]
    assert row["value"] == "–"
    assert row["Note"] == r"surpass \$300B and \$200B"  # no maths between the two dollar signs
    assert row["trend"] == "▁█"


def test_static_table_puts_the_index_first() -> None:
    grid = pd.DataFrame({"2024": ["✓"], "2025": ["✗"]}, index=["Viet Nam"])
    shown = tables.static_table(grid, index=True)
    assert list(shown.iloc[0]) == ["Viet Nam", "✓", "✗"]


def test_a_short_table_is_as_tall_as_its_rows_and_a_long_one_scrolls() -> None:
    assert tables.fitting_height(12) == 35 * 13 + 3
    assert tables.fitting_height(tables.MAX_STATIC_ROWS + 1) is None
