"""Streamlit caching around the store: one shared read-only connection, a cursor per query, cached results.

It imports no feature code: pages hand it the topic function to run (from_store, shared_from_store, memo)."""

from __future__ import annotations

import base64
import hashlib
import os
import sys
import threading
import weakref
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

import numpy as np
import orjson
import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import streamlit as st

from aseanict import config
from aseanict.core import frame_refs, labels, lru
from aseanict.core.breaks import Registry
from aseanict.store import database, queries

T = TypeVar("T")
R = TypeVar("R")


def store_path() -> Path:
    """$ASEANICT_DB, else `path` under `[store]` in Streamlit's secrets, else the default beside data/."""
    if os.environ.get("ASEANICT_DB"):  # it wins anyway; with no secrets file, Streamlit looks for one on each call
        return config.db_path()
    return config.store_path(st.secrets.to_dict() if st.secrets.load_if_toml_exists() else {})


@st.cache_resource(show_spinner="Preparing the data store…", max_entries=4)
def opened_store(path: str) -> database.OpenStore:
    """One read-only connection per store file, shared by every session. Errors are not cached: a reload retries."""
    return database.open_store(Path(path))


def connection() -> queries.Connection:
    return opened_store(str(store_path())).connection


def cursor() -> queries.Connection:
    # DuckDB connections are not safe to share between threads; cursors of one connection are.
    return connection().cursor()


def countries() -> pd.DataFrame:
    return _own(queries.countries)


def indicators() -> pd.DataFrame:
    return _own(queries.indicators)


def sources() -> pd.DataFrame:
    return _own(queries.sources)


@st.cache_data(max_entries=64, show_spinner=False)
def map_indicators() -> list[str]:
    return queries.map_indicators(cursor())


def series(
    indicators: tuple[str, ...],
    entities: tuple[str, ...],
    year_from: int = 1960,
    year_to: int = 2100,
    include_flagged: bool = False,
) -> pd.DataFrame:
    return _own(queries.series, tuple(indicators), tuple(entities), year_from, year_to, include_flagged)


def all_sources_for(
    indicator: str, entities: tuple[str, ...], year_from: int = 1960, year_to: int = 2100
) -> pd.DataFrame:
    return _own(queries.all_sources_for, indicator, tuple(entities), year_from, year_to)


def latest(indicator: str, entities: tuple[str, ...], max_year: int = 2100) -> pd.DataFrame:
    return _own(queries.latest, indicator, tuple(entities), max_year)


def ranks(indicator: str, year: int, entities: tuple[str, ...], higher_is_better: bool = True) -> pd.DataFrame:
    return _own(queries.ranks, indicator, year, tuple(entities), higher_is_better)


def group_aggregate(
    indicator: str, group: str, year_from: int = 1960, year_to: int = 2100, as_of: int | None = None
) -> pd.DataFrame:
    return _own(queries.group_aggregate, indicator, group, year_from, year_to, as_of)


@st.cache_data(max_entries=256, show_spinner=False)
def note_texts(indicators: tuple[str, ...], entities: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """The notes on these series, in the language: plain text, because a cached table is copied (unpickled) on
    every run that asks, and most runs ask (1.4% of a crowd's CPU as a table)."""
    notes = queries.notes_for(cursor(), list(indicators), list(entities))
    return tuple(notes[labels.column("text", lang)])


def report_figures(topic: str | None = None) -> pd.DataFrame:
    return _own(queries.report_figures, topic)


def forecasts() -> pd.DataFrame:
    return _own(queries.forecasts)


def coverage(indicator: str) -> pd.DataFrame:
    return _own(queries.coverage, indicator)


def seed_table1() -> pd.DataFrame:
    return _own(queries.seed_table1)


def all_notes() -> pd.DataFrame:
    return _own(queries.all_notes)


@st.cache_data(max_entries=8, show_spinner=False)
def series_breaks() -> Registry:
    """The registry of documented series breaks, for charts and rates that must not cross them."""
    return Registry.from_frame(queries.series_breaks(cursor()))


@st.cache_data(max_entries=64, show_spinner=False)
def _from_store(_fn, name: str, args: tuple, kwargs: tuple) -> object:
    return _fn(cursor(), *args, **dict(kwargs))


def from_store(fn, /, *args, **kwargs):
    """fn(cursor, *args, **kwargs) for a topic function that reads the store, once per distinct input; each
    caller gets its own copy (a table it may change)."""
    return _from_store(fn, f"{fn.__module__}.{fn.__qualname__}", args, tuple(sorted(kwargs.items())))


def _figure_bytes(fig: go.Figure) -> int:
    # The figure's own data, layout and frames as JSON, read in place: fig.to_dict() would deep-copy them first.
    parts = {"data": fig._data, "layout": fig._layout, "frames": [frame._props for frame in fig._frame_objs]}
    return len(_to_json(parts))


def _to_json(value: object) -> bytes:
    """A figure's parts (or its dict) as JSON, numpy arrays and non-string keys included."""
    return orjson.dumps(value, default=_plain, option=orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS)


def _plain(value: object) -> object:
    return value.tolist() if hasattr(value, "tolist") else str(value)


def _weight(result: object) -> int:
    """About the bytes a shared result holds: its figures' JSON (a go.Figure in memory is 8 (a map) to 20 times that,
    measured when pages kept a dict of it; a KeptFigure is its JSON), its tables' memory (_table_bytes), plus a
    little for the rest. Tables counted at that little, the cache filled with them (cheap per counted byte, dear to
    make again) while its counted weight stayed flat. A topic's own dataclass (the data page's selection: four tables
    and a CSV) still counts as the little: counted in full, the crowd rebuilt more and the server ended higher
    (README, "What the growth is, and what was tried against it")."""
    parts = result if isinstance(result, tuple) else (result,)
    held = [f for part in parts for f in (part, *(getattr(part, name, None) for name in ("fig", "figure", "data")))]
    return (
        4096
        + sum(_figure_bytes(f) for f in held if isinstance(f, go.Figure))
        + sum(len(f.json) for f in held if isinstance(f, KeptFigure))
        + sum(_table_bytes(f) for f in held if isinstance(f, pd.DataFrame))
    )


def _table_bytes(table: pd.DataFrame) -> int:
    """About the bytes a table holds: its arrays, and each Python string of its text columns once. Pandas' deep
    count adds a string's size for every row that refers to it, about twice the truth for the store's series
    (809 rows: 413 KB against 217 KB); counted once, a series of that size takes ~9 ms, once per shared table."""
    total = int(table.memory_usage(index=True, deep=False).sum())
    for _, column in table.items():
        if column.dtype == object or isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "python":
            distinct = {id(value): value for value in column.array}
            total += sum(map(sys.getsizeof, distinct.values()))
    return total


class KeptFigure:
    """A shared chart kept as its JSON, read back into a new go.Figure where a run needs one (a focus, a reading).

    A go.Figure is hundreds to thousands of small Python objects that the collector tracks (a bar chart ~200, the
    animated bubble chart ~4,500): every full collection (ui.memory, every 15 s, every session waiting) walked those
    of all the shared charts (a third of what it walked under a crowd: 349,000 objects against 237,000 kept as JSON),
    and when one went, it left Python's memory arenas part-full. As JSON it is one block of bytes."""

    __slots__ = ("json", "__weakref__")  # per_object keys what is made from it by a weak reference

    def __init__(self, fig: go.Figure) -> None:
        self.json = _to_json(fig.to_dict())

    def spec(self) -> dict:
        """The figure's dict as fig.to_dict() makes it (numeric arrays as Plotly's base64 typed arrays), the
        caller's own."""
        return orjson.loads(self.json)

    def figure(self) -> go.Figure:
        """A new figure (validated again, as a copy of a figure is), the caller's to change. Its numeric arrays are
        numpy arrays again, as they were built: Plotly would keep a typed array as the dict it was given, which
        nothing here can read values from."""
        return go.Figure(_numpy_arrays(self.spec()))


def _numpy_arrays(value: object) -> object:
    """`value` with Plotly's typed arrays ({"dtype", "bdata", "shape"?}: to_dict's form of a numpy array) as numpy
    arrays; integers as int64, as pandas gave them (to_dict narrows them to the smallest type that holds them)."""
    if isinstance(value, dict):
        if "bdata" in value and "dtype" in value:
            array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
            array = array.astype(np.int64) if array.dtype.kind in "iu" else array.copy()
            if "shape" in value:
                array = array.reshape([int(n) for n in str(value["shape"]).split(",")])
            return array
        return {k: _numpy_arrays(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_numpy_arrays(v) for v in value]
    return value


# Shared results include the animated figures (a map with its 35 years is ~240 KB of JSON, a line chart ~5-15 KB), so
# they are kept within a size budget, not a count (core.lru: why).
_SHARED = lru.BudgetedCache(config.SHARED_RESULTS_BUDGET, _weight, builders=1)


def forget_dead_views() -> int:
    """Clear the dead view references pandas keeps on the shared tables (core.frame_refs); how many tables."""
    return frame_refs.forget_dead_views(_SHARED.values())


def shared_from_store(fn, /, *args, **kwargs):
    """fn(cursor, *args, **kwargs) for a topic function that reads the store, once per distinct input while it
    stays in the budget. The result is shared, not copied (unpickling a figure re-validates all of it): callers
    must not change it in place."""
    key = (fn.__module__, fn.__qualname__, str(store_path()), lru.freeze(args), lru.freeze(kwargs))
    return _SHARED.get(key, lambda: fn(cursor(), *args, **kwargs))


def _own(read: Callable[..., pd.DataFrame], /, *args) -> pd.DataFrame:
    """read(cursor, *args), a table from the store read once while it stays in the shared budget, as the caller's
    own: under pandas' copy-on-write a shallow copy shares the shared table's arrays until either is changed, so it
    costs next to nothing, and changing it changes nothing shared. Streamlit's st.cache_data unpickled a full copy on
    every call instead: every run paid for it, and each session kept the copies its page held (Python strings and
    all: 40,000 objects after 10 minutes of a 100-user crowd, still rising)."""
    return shared_from_store(read, *args).copy(deep=False)


@st.cache_resource(max_entries=256, show_spinner=False)
def _memo(name: str, key: tuple, _fn, _args: tuple, _kwargs: dict) -> object:
    return _fn(*_args, **_kwargs)


def _frame_digest(frame: pd.DataFrame) -> str | None:
    """A digest of a frame's columns, types, index and values from its Arrow form: Streamlit's own hash of a frame
    (pandas' hash_pandas_object) turns every Arrow string column into Python objects first, several times slower.
    None for a frame with object columns (Arrow would read 1 and 1.0 alike): Streamlit hashes those."""
    if any(map(pd.api.types.is_object_dtype, [*frame.dtypes, frame.index.dtype])):
        return None
    try:
        table = pa.Table.from_pandas(frame, preserve_index=True)
    except (pa.ArrowException, TypeError, ValueError):
        return None
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return hashlib.blake2b(sink.getvalue(), digest_size=20).hexdigest()


def _key_part(value: object) -> object:
    if isinstance(value, pd.DataFrame):
        digest = _frame_digest(value)
        if digest is not None:
            return ("frame", digest)
    return value


def memo(fn, /, *args, **kwargs):
    """Call a pure function (a chart builder, a derived table) once per distinct input and share the result
    across reruns and sessions: building Plotly figures is most of a page run. The result is shared, not
    copied, so callers must not change it in place (ui.show_chart copies before it adds an overlay)."""
    key = (tuple(_key_part(a) for a in args), tuple((k, _key_part(v)) for k, v in sorted(kwargs.items())))
    return _memo(f"{fn.__module__}.{fn.__qualname__}", key, fn, args, kwargs)


@st.cache_data(max_entries=4, show_spinner=False)
def data_version(path: str) -> dict[str, str]:
    """{"version", "date"} of the store at path (keyed by path: a replica pointed at a new store gets its own)."""
    return queries.data_version(opened_store(path).connection.cursor())


class _Drawn(go.Figure):
    """A figure as st.plotly_chart reads it: st.plotly_chart only calls to_dict() on the figure it is given.

    Kept as its JSON, read back on each draw (~0.4 ms a chart): kept as a dict, every drawn variant of every shared
    chart was thousands of small Python objects, which Python's allocator does not give back to the system."""

    def __init__(self, spec: dict) -> None:  # no Figure.__init__: it would validate every trace again
        self._json = _to_json(spec)

    def to_dict(self) -> dict:
        return orjson.loads(self._json)


# id(object) -> (a weak reference to it, {key: what was made from it}); an entry goes when its object does.
_PER_OBJECT: dict[int, tuple[weakref.ref, dict]] = {}
# Copying one shared figure from several script threads at once can mix up its traces' types (Plotly raised
# "Invalid property 'lat' for Scatter" under load): what per_object makes is made one at a time.
_MAKING = threading.RLock()  # re-entrant: what one make() makes may use per_object too
_ORDER = threading.Lock()  # guards the made dicts' order (most recently used last) and their trimming


def per_object(obj: T, key: Hashable, make: Callable[[T], R], *, keep: int | None = None) -> R:
    """make(obj), once per object and key, kept while the object lives and shared (by identity: a shared figure or
    table is never changed in place (memo's rule), and a new one, such as a copy with an overlay, gets its own).
    For work a shared figure or table needs on every run, for which Streamlit's caches would hash all of it.

    `keep`: for variants without bound (a chart drawn with each focus a visitor picks), key is a tuple and at most
    `keep` of the object's variants with the same key[0] are kept, the least recently used dropped. Unbounded,
    a shared chart kept a full copy of its figure for every focus ever picked while it lived: the largest part of
    the server's memory growth under a crowd."""
    ident = id(obj)
    entry = _PER_OBJECT.get(ident)
    if entry is None or entry[0]() is not obj:
        # the table bound now: at interpreter exit the module's globals are cleared before the last objects go
        entry = (weakref.ref(obj, lambda _ref, table=_PER_OBJECT: table.pop(ident, None)), {})
        _PER_OBJECT[ident] = entry
    made = entry[1]
    with _ORDER:
        if key in made:
            made[key] = value = made.pop(key)
            return value
    with _MAKING:
        with _ORDER:
            if key in made:
                return made[key]
        value = make(obj)
        with _ORDER:
            made[key] = value
            if keep is not None:
                _trim(made, key[0], keep)
    return value


def _trim(made: dict, kind: Hashable, keep: int) -> None:
    """Drop the oldest of made's variants whose key starts with `kind` until `keep` are left."""
    variants = [k for k in made if isinstance(k, tuple) and k and k[0] == kind]
    for old in variants[: max(0, len(variants) - keep)]:
        del made[old]


def derived(obj: T, fn: Callable[..., R], *args: Hashable) -> R:
    """fn(obj, *args) once per shared object and plain arguments, kept while the object lives (per_object): for a
    reading or a sentence a page takes from a shared table or context on every run."""
    return per_object(obj, (fn, args), lambda o: fn(o, *args))


def drawable(fig: go.Figure | KeptFigure, reshape: Callable[[dict], dict] | None = None) -> go.Figure:
    """The figure to hand st.plotly_chart, its dict made now (and passed through `reshape`), for a figure shown on
    many runs (keep it with per_object): st.plotly_chart calls fig.to_dict(), a deep copy of every trace, each time
    it is given a figure."""
    spec = fig.spec() if isinstance(fig, KeptFigure) else fig.to_dict()
    return _Drawn(reshape(spec) if reshape else spec)


def arrow(frame: pd.DataFrame) -> pa.Table | pd.DataFrame:
    """The frame as the Arrow table st.dataframe and st.table send, made once per frame object and kept while it
    lives (per_object): given a pandas frame, Streamlit converts it again on every call, the largest cost of a shared
    table drawn on every run. The frame itself when Arrow cannot take it as it is (Streamlit then fixes its columns)."""
    return per_object(frame, "arrow", to_arrow)


def to_arrow(frame: pd.DataFrame) -> pa.Table | pd.DataFrame:
    try:
        return pa.Table.from_pandas(frame)  # what Streamlit does with a pandas frame, index metadata included
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return frame
