"""A presenter's own sequences: names, order, the URL and the JSON file; bad input falls back and never raises."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aseanict.topics.presenter import sequences
from aseanict.topics.presenter import views as presenter

KNOWN = ["users", "fixed", "idi", "price", "offline", "gmv"]
DEFAULT = ["users", "fixed"]
MINE = {"My talk": ["gmv", "idi"]}


def _file(*entries: object, **extra: object) -> bytes:
    return json.dumps({"format": "aseanict-sequences", "version": 1, "sequences": list(entries), **extra}).encode()


# --- names -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  My   talk ", "My talk"),
        ("line\nbreak\ttab", "line break tab"),
        ("重温　2016 年报告", "重温 2016 年报告"),  # an ideographic space is folded too
        ("zero\u200bwidth", "zero width"),
        (None, ""),
        (42, ""),
    ],
)
def test_names_are_cleaned(raw: object, expected: str) -> None:
    assert sequences.clean_name(raw) == expected


def test_url_name_too_long_is_dropped_with_a_problem() -> None:
    assert sequences.parse_name("x" * 81) == ("", "name: longer than 80 characters")
    assert sequences.parse_name("x" * 80) == ("x" * 80, None)
    assert sequences.parse_name(["old", "new"]) == ("new", None)


# --- the URL -------------------------------------------------------------------------------------------------------


def test_url_gives_views_name_and_step() -> None:
    start = sequences.from_url({"views": "gmv,idi,users", "name": "ASEAN day", "step": "3"}, KNOWN, DEFAULT)
    assert (start.views, start.name, start.step, start.problems) == (["gmv", "idi", "users"], "ASEAN day", 3, [])


def test_empty_url_is_the_default_sequence_without_a_notice() -> None:
    start = sequences.from_url({}, KNOWN, DEFAULT)
    assert (start.views, start.name, start.step, start.problems) == (DEFAULT, "", 1, [])


def test_bad_url_values_fall_back_and_say_which() -> None:
    start = sequences.from_url({"views": "nope", "name": "n" * 300, "step": "9"}, KNOWN, DEFAULT)
    assert (start.views, start.name, start.step) == (DEFAULT, "", 1)
    assert [p.split(":")[0] for p in start.problems] == ["views", "name", "step"]


def test_a_step_past_the_end_of_the_sequence_is_reset() -> None:
    start = sequences.from_url({"views": "gmv,idi", "step": "3"}, KNOWN, DEFAULT)
    assert start.step == 1 and start.problems == ["step: 3 is outside 1–2"]


url_values = st.one_of(st.none(), st.text(), st.lists(st.text(), max_size=3), st.integers(), st.floats())


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({"views": url_values, "name": url_values, "step": url_values}))
def test_no_url_raises(params: dict) -> None:
    start = sequences.from_url(params, KNOWN, DEFAULT)
    assert start.views and set(start.views) <= set(KNOWN)
    assert len(start.name) <= sequences.MAX_NAME and start.name == sequences.clean_name(start.name)
    assert 1 <= start.step <= len(start.views)


# --- order, built-ins and saving -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("index", "delta", "expected"),
    [(1, -1, ["b", "a", "c"]), (1, 1, ["a", "c", "b"]), (0, -1, ["a", "b", "c"]), (2, 1, ["a", "b", "c"])],
)
def test_move_up_and_down_stops_at_the_ends(index: int, delta: int, expected: list[str]) -> None:
    assert sequences.move(["a", "b", "c"], index, delta) == expected


def test_what_is_on_screen_is_matched_to_a_builtin_or_a_saved_sequence() -> None:
    builtin = {"short": ["users", "fixed"]}
    assert sequences.matching("", ["users", "fixed"], builtin, MINE) == "builtin:short"
    assert sequences.matching("", ["fixed", "users"], builtin, MINE) is None  # reordered: the user's own now
    assert sequences.matching("My talk", ["gmv", "idi"], builtin, MINE) == "saved:My talk"
    assert sequences.matching("My talk", ["gmv"], builtin, MINE) is None


def test_builtin_sequences_use_known_views_and_have_titles() -> None:
    assert len(presenter.SEQUENCES) >= 3
    for views in presenter.SEQUENCES.values():
        assert views and set(views) <= set(presenter.VIEWS) and len(set(views)) == len(views)
        assert presenter.sequence_title("", views, "zh") != presenter.sequence_title("", views, "en")
    assert presenter.sequence_title("", presenter.SEQUENCES["revisited"], "en") == "The 2016 report revisited"
    assert presenter.sequence_title("", ["gmv"], "en") == "Untitled sequence"
    assert presenter.sequence_title("Mine", presenter.SEQUENCES["revisited"], "en") == "Mine"


def test_save_adds_or_replaces_by_name_and_refuses_what_cannot_be_saved() -> None:
    saved, problem = sequences.save(MINE, "  Second ", ["users"], "en")
    assert problem is None and saved == {"My talk": ["gmv", "idi"], "Second": ["users"]}
    saved, problem = sequences.save(saved, "My talk", ["price"], "en")
    assert problem is None and saved["My talk"] == ["price"] and list(saved) == ["My talk", "Second"]
    assert sequences.save(MINE, " ", ["users"], "en") == (MINE, "Give the sequence a name first.")
    assert sequences.save(MINE, "x" * 81, ["users"], "en")[1]
    assert sequences.save(MINE, "Empty", [], "en")[1] == "Pick at least one view."
    full = {f"s{i}": ["users"] for i in range(sequences.MAX_SAVED)}
    assert sequences.save(full, "one more", ["users"], "zh") == (full, "最多可保存 20 个序列，请先删除一个。")
    assert sequences.save(full, "s0", ["gmv"], "en")[1] is None  # replacing one is always possible


# --- the JSON file -------------------------------------------------------------------------------------------


def test_file_round_trips_names_and_order() -> None:
    mine = {"重温": ["gmv", "users"], "Affordability & access": ["price", "offline", "fixed"]}
    loaded = sequences.load_file(sequences.to_json(mine), KNOWN, {}, "en")
    assert loaded.problems == [] and loaded.saved == mine and list(loaded.saved) == list(mine)
    assert loaded.added == 2


def test_loading_keeps_the_users_sequences_and_renames_a_clash() -> None:
    content = _file({"name": "My talk", "views": ["users"]}, {"name": "New", "views": ["price"]})
    loaded = sequences.load_file(content, KNOWN, MINE, "en")
    assert loaded.saved == {"My talk": ["gmv", "idi"], "My talk (2)": ["users"], "New": ["price"]}
    again = sequences.load_file(content, KNOWN, loaded.saved, "en")  # the same file twice adds nothing new
    assert again.saved["My talk (3)"] == ["users"] and again.added == 1  # a clash is kept, never overwritten
    same = sequences.load_file(sequences.to_json(MINE), KNOWN, MINE, "en")
    assert same.saved == MINE and same.added == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"", "not valid JSON"),
        (b"\xff\xfe", "not valid JSON"),
        (b"[1, 2]", "not a file of presenter sequences"),
        (json.dumps({"sequences": "users"}).encode(), "not a file of presenter sequences"),
        (_file({"name": "A", "views": ["users"]}, version=2), "not a file of presenter sequences"),
        (_file(), "holds no sequence"),
        (_file({"name": "A", "views": ["users", "DROP TABLE"]}), "does not know: ‘DROP TABLE’"),
        (_file({"name": "A", "views": ["users", 3]}), "does not know: ‘3’"),
        (_file({"name": "A", "views": ["users", "users"]}), "same view twice"),
        (_file({"name": "A", "views": []}), "has no views"),
        (_file({"name": "A", "views": ["users"] * 21}), "more than 20 views"),
        (_file({"name": "x" * 81, "views": ["users"]}), "longer than 80 characters"),
        (_file({"name": "  ", "views": ["users"]}), "#1 has no name"),
        (_file({"name": "A", "views": ["users"]}, {"name": "A", "views": ["gmv"]}), "‘A’ is used twice"),
        (_file("users"), "#1 is not a name with a list of views"),
        (_file(*[{"name": f"s{i}", "views": ["users"]} for i in range(21)]), "holds 21 sequences"),
        (b" " * (sequences.MAX_FILE_BYTES + 1), "larger than 64 kB"),
        (b"[" * 50_000, "not valid JSON"),
    ],
)
def test_a_bad_file_loads_nothing_and_says_why(content: bytes, message: str) -> None:
    loaded = sequences.load_file(content, KNOWN, MINE, "en")
    assert loaded.saved == MINE and loaded.added == 0
    assert any(message in p for p in loaded.problems), loaded.problems


def test_a_file_with_one_bad_sequence_loads_none_of_it() -> None:
    content = _file({"name": "Good", "views": ["users"]}, {"name": "Bad", "views": ["nope"]})
    loaded = sequences.load_file(content, KNOWN, {}, "zh")
    assert loaded.saved == {} and loaded.problems == ["序列 ‘Bad’ 包含本仪表板没有的图表：‘nope’。"]


def test_a_file_that_would_pass_the_limit_loads_nothing() -> None:
    mine = {f"s{i}": ["users"] for i in range(sequences.MAX_SAVED - 1)}
    loaded = sequences.load_file(
        _file({"name": "a", "views": ["gmv"]}, {"name": "b", "views": ["gmv"]}), KNOWN, mine, "en"
    )
    assert loaded.saved == mine and "up to 20" in loaded.problems[0]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | st.sampled_from(KNOWN),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.sampled_from(["name", "views", "x"]), inner),
    max_leaves=20,
)
files = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.lists(json_values, max_size=4).map(lambda e: _file(*e)),
    st.lists(
        st.fixed_dictionaries({"name": st.text(max_size=90), "views": st.lists(st.sampled_from([*KNOWN, "x"]))}),
        max_size=4,
    ).map(lambda e: _file(*e)),
)


@settings(max_examples=400, deadline=None)
@given(files)
def test_no_file_raises_or_loses_a_sequence(content: bytes) -> None:
    loaded = sequences.load_file(content, KNOWN, MINE, "en")
    assert all(loaded.saved[name] == views for name, views in MINE.items())
    assert len(loaded.saved) <= sequences.MAX_SAVED
    for name, views in loaded.saved.items():
        assert name == sequences.clean_name(name) and 0 < len(name) <= sequences.MAX_NAME
        assert views and set(views) <= set(KNOWN) and len(set(views)) == len(views)
    if loaded.problems:  # all of the file or none of it
        assert loaded.saved == MINE and loaded.added == 0
    assert loaded.added == len(loaded.saved) - len(MINE)


# --- text shown to the user -------------------------------------------------------------------------------------


def test_file_names_are_plain_ascii_with_a_fallback() -> None:
    assert sequences.file_stem("ASEAN day: 2026 / Jakarta") == "ASEAN_day_2026_Jakarta"
    assert sequences.file_stem("重温 2016 年报告") == "2016"
    assert sequences.file_stem("重温") == "aseanict_deck"
