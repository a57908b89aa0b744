"""The cache layer's own keys: a figure's dict for st.plotly_chart, what is made once per figure, frame digests, the
store's shared tables and what they weigh."""

from __future__ import annotations

import gc
import json
import sys

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io
import plotly.tools
import pytest
from streamlit import dataframe_util

from aseanict.ui import cached


def figure(y: list[float]) -> go.Figure:
    return go.Figure(go.Scatter(x=[2020, 2021, 2022], y=y, name="VNM"), layout={"title": {"text": "Users"}})


def test_streamlit_reads_the_same_figure_from_drawn_as_from_the_figure() -> None:
    fig = figure([70.3, 74.2, 79.1])
    # what st.plotly_chart does with what it is given, down to the JSON it sends
    sent = plotly.tools.return_figure_from_figure_or_data(cached.drawable(fig), validate_figure=True)
    expected = plotly.tools.return_figure_from_figure_or_data(fig, validate_figure=True)
    assert plotly.io.to_json(sent, validate=False) == plotly.io.to_json(expected, validate=False)


def test_what_is_drawn_is_kept_as_json_and_sent_as_the_figure_would_be() -> None:
    # numpy values with a gap, mixed custom data, and dates: Plotly's own encoder writes dates with microseconds,
    # the kept JSON without; the browser reads the same instants
    fig = go.Figure(
        go.Scatter(
            x=pd.to_datetime(["2020-01-01", "2021-06-30"]),
            y=np.array([1.5, np.nan]),
            customdata=np.array([["VNM", 1], ["THA", 2]], dtype=object),
        )
    )
    drawn = cached.drawable(fig)
    assert isinstance(drawn._json, bytes) and not hasattr(drawn, "_spec")
    sent = json.loads(plotly.io.to_json(plotly.tools.return_figure_from_figure_or_data(drawn, True), validate=False))
    expected = json.loads(plotly.io.to_json(plotly.tools.return_figure_from_figure_or_data(fig, True), validate=False))
    sent_x, expected_x = sent["data"][0].pop("x"), expected["data"][0].pop("x")
    assert sent == expected
    assert list(pd.to_datetime(sent_x)) == list(pd.to_datetime(expected_x))
    assert drawn.to_dict() is not drawn.to_dict()  # a fresh dict each draw: nobody changes the kept one


def test_a_figure_is_turned_into_its_dict_once_and_another_figure_gets_its_own() -> None:
    fig, other = figure([1.0, 2.0, 3.0]), figure([4.0, 5.0, 6.0])
    first = cached.per_object(fig, "drawn", cached.drawable)
    assert cached.per_object(fig, "drawn", cached.drawable) is first
    assert (
        cached.per_object(other, "drawn", cached.drawable).to_dict()["data"][0]["y"] != first.to_dict()["data"][0]["y"]
    )


def test_a_figure_that_is_gone_leaves_nothing_behind() -> None:
    fig = figure([1.0, 2.0, 3.0])
    cached.per_object(fig, "drawn", cached.drawable)
    key = id(fig)
    del fig
    gc.collect()
    assert key not in cached._PER_OBJECT


def test_per_object_makes_each_variant_once() -> None:
    fig, made = figure([1.0, 2.0, 3.0]), []

    def titled(f: go.Figure, lang: str) -> str:
        made.append(lang)
        return f"{f.layout.title.text} ({lang})"

    assert cached.per_object(fig, ("title", "en"), lambda f: titled(f, "en")) == "Users (en)"
    assert cached.per_object(fig, ("title", "en"), lambda f: titled(f, "en")) == "Users (en)"
    assert cached.per_object(fig, ("title", "zh"), lambda f: titled(f, "zh")) == "Users (zh)"
    assert made == ["en", "zh"]


def test_per_object_keeps_only_the_most_recent_variants_of_a_kind_when_asked() -> None:
    fig, made = figure([1.0, 2.0, 3.0]), []

    def variant(focus: str) -> str:
        return cached.per_object(fig, ("shown", focus), lambda f: made.append(focus) or focus, keep=2)

    cached.per_object(fig, "rows", lambda f: "rows")  # another kind: never dropped for these
    for focus in ("VNM", "THA", "VNM", "IDN"):  # VNM used again before IDN comes: THA is the oldest
        variant(focus)
    assert made == ["VNM", "THA", "IDN"]
    variant("VNM"), variant("IDN")
    assert made == ["VNM", "THA", "IDN"]  # both still kept
    variant("THA")
    assert made == ["VNM", "THA", "IDN", "THA"]  # made again: it had been dropped
    kept = cached._PER_OBJECT[id(fig)][1]
    assert sorted(k for k in kept if k != "rows") == [("shown", "IDN"), ("shown", "THA")] and "rows" in kept


def test_a_table_is_sent_as_streamlit_would_send_it_made_once_per_frame() -> None:
    frame = pd.DataFrame({"entity": ["VNM", "THA"], "value": [79.1, None]}, index=["a", "b"])
    table = cached.arrow(frame)
    assert cached.arrow(frame) is table
    # the bytes Streamlit sends for the frame itself (its own conversion, index metadata included)
    assert dataframe_util.convert_arrow_table_to_arrow_bytes(table) == dataframe_util.convert_pandas_df_to_arrow_bytes(
        frame
    )
    mixed = pd.DataFrame({"cell": [1, "two"]}, dtype=object)  # Arrow refuses it: Streamlit fixes its columns itself
    assert cached.arrow(mixed) is mixed


def test_what_one_make_makes_may_use_per_object_too() -> None:
    # A static table's Arrow form is made inside per_object: a second, nested per_object must not wait on the first.
    frame = pd.DataFrame({"value": [1.0, 2.0]})
    made = cached.per_object(frame, "nested", lambda f: cached.arrow(f.assign(value=f.value * 2)))
    assert made.column("value").to_pylist() == [2.0, 4.0]


def test_a_reading_of_a_shared_table_is_made_once_per_table_and_arguments() -> None:
    frame, calls = pd.DataFrame({"value": [1.0, 2.0, 4.0]}), []

    def above(table: pd.DataFrame, limit: float) -> int:
        calls.append(limit)
        return int((table.value > limit).sum())

    assert cached.derived(frame, above, 1.5) == 2 and cached.derived(frame, above, 1.5) == 2
    assert cached.derived(frame, above, 3.0) == 1
    assert cached.derived(frame.copy(), above, 1.5) == 2  # another table: made again
    assert calls == [1.5, 3.0, 1.5]


def rows(values: list[float], entity: str = "VNM") -> pd.DataFrame:
    frame = pd.DataFrame({"entity": entity, "year": [2020, 2021, 2022], "value": values})
    return frame.astype({"entity": "str"})


def total(frame: pd.DataFrame, scale: float = 1.0) -> float:
    return float(frame.value.sum()) * scale


def test_memo_keys_a_frame_by_its_content() -> None:
    first = cached.memo(total, rows([1.0, 2.0, 3.0]), scale=2.0)
    assert first == 12.0
    assert cached.memo(total, rows([1.0, 2.0, 3.0]), scale=2.0) == 12.0  # an equal frame: the same entry
    assert cached.memo(total, rows([1.0, 2.0, 4.0]), scale=2.0) == 14.0  # one value differs
    assert cached.memo(total, rows([1.0, 2.0, 3.0]), scale=3.0) == 18.0  # a keyword differs
    assert cached._frame_digest(rows([1.0, 2.0, 3.0], "THA")) != cached._frame_digest(rows([1.0, 2.0, 3.0]))
    as_float = rows([1.0, 2.0, 3.0]).astype({"year": "float64"})  # same numbers, another type
    assert cached._frame_digest(as_float) != cached._frame_digest(rows([1.0, 2.0, 3.0]))


def test_a_frame_with_python_objects_is_left_to_streamlit_to_hash() -> None:
    mixed = pd.DataFrame({"value": [1, "1"]}, dtype=object)
    assert cached._frame_digest(mixed) is None
    assert cached.memo(len, mixed) == 2


def test_a_table_from_the_store_is_read_once_and_each_caller_changes_only_its_own(
    built_store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASEANICT_DB", str(built_store))
    mine = cached.series(("IT.NET.USER.ZS",), ("VNM", "THA"))
    theirs = cached.series(("IT.NET.USER.ZS",), ("VNM", "THA"))
    assert mine is not theirs and len(mine) > 10
    # read once: the two share the shared table's arrays (no copy made) ...
    assert np.shares_memory(mine["value"].to_numpy(), theirs["value"].to_numpy())
    first_value, first_entity = theirs["value"].iloc[0], theirs["entity"].iloc[0]
    # ... yet changing one (a value, a column, its rows) changes nothing another run reads
    mine.loc[mine.index[0], "value"] = -1.0
    mine["entity"] = "XXX"
    mine.drop(index=mine.index[1:], inplace=True)
    again = cached.series(("IT.NET.USER.ZS",), ("VNM", "THA"))
    assert (again["value"].iloc[0], again["entity"].iloc[0]) == (first_value, first_entity)
    assert len(again) == len(theirs) and "XXX" not in set(again["entity"])


def test_a_shared_table_weighs_what_it_holds_in_memory() -> None:
    small = pd.DataFrame({"entity": ["VNM"], "value": [1.0]})
    large = pd.DataFrame({"entity": [f"entity {i}" for i in range(5000)], "value": np.arange(5000.0)})
    strings = sum(map(sys.getsizeof, large.entity.array))
    assert cached._weight(large) - cached._weight(small) > large.value.nbytes + strings
    # a string many rows refer to is counted once
    repeated = pd.DataFrame({"entity": ["Viet Nam " * 20] * 5000, "value": np.arange(5000.0)})
    assert cached._weight(repeated) < cached._weight(large) - strings / 2
    assert cached._weight((figure([1.0, 2.0, 3.0]), large)) > cached._weight(large)
