"""URL parameters: defaults on anything odd, a message saying what was reset, and never an exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aseanict.core import urlstate

KNOWN = ["CHN", "IDN", "SGP"]


def test_list_keeps_known_codes_case_insensitively() -> None:
    assert urlstate.parse_list("chn, idn", KNOWN, ["SGP"], "countries") == (["CHN", "IDN"], None)


def test_list_drops_unknown_codes_and_says_so() -> None:
    values, problem = urlstate.parse_list("CHN,XXX", KNOWN, ["SGP"], "countries")
    assert values == ["CHN"] and "XXX" in problem


def test_list_with_nothing_valid_falls_back() -> None:
    values, problem = urlstate.parse_list("';DROP TABLE x;--", KNOWN, ["SGP"], "countries")
    assert values == ["SGP"] and problem


def test_missing_parameter_is_no_problem() -> None:
    assert urlstate.parse_list(None, KNOWN, ["SGP"], "c") == (["SGP"], None)
    assert urlstate.parse_int(None, 1, 5, 3, "y") == (3, None)


def test_numbers_out_of_range_or_not_numbers() -> None:
    assert urlstate.parse_int("2015", 1990, 2030, 2020, "year") == (2015, None)
    assert urlstate.parse_int("1800", 1990, 2030, 2020, "year")[0] == 2020
    assert urlstate.parse_int("abc", 1990, 2030, 2020, "year")[1]
    assert urlstate.parse_float("nan", 0, 1, 0.5, "rate") == (0.5, "rate: nan is outside 0–1")
    assert urlstate.parse_float("0.25", 0, 1, 0.5, "rate") == (0.25, None)


def test_flags_read_common_spellings() -> None:
    assert urlstate.parse_flag("1", False, "log") == (True, None)
    assert urlstate.parse_flag("off", True, "log") == (False, None)
    flag, problem = urlstate.parse_flag("maybe", True, "log")
    assert flag is True and "maybe" in problem


def test_year_ranges() -> None:
    assert urlstate.parse_range("2010-2020", 1990, 2030, (2005, 2025), "years") == ((2010, 2020), None)
    assert urlstate.parse_range("2010–2020", 1990, 2030, (2005, 2025), "years")[0] == (2010, 2020)  # en dash
    for bad in ("2020-2010", "1900-2020", "2010", "a-b", "2010-2020-2030"):
        value, problem = urlstate.parse_range(bad, 1990, 2030, (2005, 2025), "years")
        assert value == (2005, 2025) and problem, bad


def test_repeated_parameter_uses_last() -> None:
    assert urlstate.parse_choice(["en", "zh"], ["en", "zh"], "en", "lang") == ("zh", None)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.none(), st.text(), st.lists(st.text()), st.integers(), st.floats()))
def test_no_input_raises(raw) -> None:
    values, _ = urlstate.parse_list(raw, KNOWN, ["SGP"], "countries")
    assert values and set(values) <= set(KNOWN)
    choice, _ = urlstate.parse_choice(raw, ["en", "zh"], "en", "lang")
    assert choice in ("en", "zh")
    year, _ = urlstate.parse_int(raw, 1990, 2030, 2020, "year")
    assert 1990 <= year <= 2030
    rate, _ = urlstate.parse_float(raw, -1.0, 1.0, 0.1, "rate")
    assert -1.0 <= rate <= 1.0
    flag, _ = urlstate.parse_flag(raw, False, "log")
    assert isinstance(flag, bool)
    (start, end), _ = urlstate.parse_range(raw, 1990, 2030, (2005, 2025), "years")
    assert 1990 <= start <= end <= 2030
