"""Reading the API's query parameters strictly: a value that is not understood is refused with a message naming
the parameter (an app link falls back to defaults; an API answer must be exactly what was asked for)."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from aseanict.store import queries
from aseanict.topics.chart_views import Param

MAX_QUERY_LENGTH = 2_000  # characters of the query string
MAX_COUNTRIES = 40  # more than the store holds (34): a longer list is not a real request
MAX_INDICATORS = 10
MAX_ROWS = 3_000  # rows in one answer; ask for fewer indicators, countries or years
_CODE = re.compile(r"^[A-Za-z0-9_.+\-]{1,40}$")  # what a country or indicator code looks like
_CODE_SETTING = re.compile(r"^[A-Za-z0-9_.+|\- ]{1,80}$")  # an indicator, a country or an edition key (2017|2017)
_YEARS = re.compile(r"^(\d{4})(?:\.\.(\d{4}))?$")


class BadRequest(Exception):
    def __init__(self, status: int, message: str, parameter: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.parameter = status, message, parameter


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"


def check_names(params: Mapping[str, str], allowed: Collection[str]) -> None:
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        takes = ", ".join(sorted(allowed)) or "no parameters"
        raise BadRequest(400, f"unknown parameter {_short(unknown[0])!r}; this address takes {takes}", unknown[0])


def codes(raw: str, known: Collection[str], name: str, limit: int) -> list[str]:
    """'CHN~IDN' (or 'CHN,IDN') -> ['CHN', 'IDN'], each a known code; refuse unknown, malformed or too many."""
    parts = [p.strip() for p in re.split(r"[~,]", raw) if p.strip()]
    if not parts:
        raise BadRequest(400, f"{name} is empty; give codes separated by ~, e.g. CHN~IDN", name)
    if len(parts) > limit:
        raise BadRequest(413, f"{name}: {len(parts)} codes asked for; at most {limit} in one request", name)
    by_upper = {k.upper(): k for k in known}
    bad = [p for p in parts if not _CODE.match(p) or p.upper() not in by_upper]
    if bad:
        listing = "/api/v1/countries" if name == "countries" else "/api/v1/indicators"
        raise BadRequest(400, f"{name}: unknown code {_short(bad[0])!r} (see {listing})", name)
    return list(dict.fromkeys(by_upper[p.upper()] for p in parts))


def years(raw: str | None) -> tuple[int, int]:
    """'2010..2024' or '2015' -> (from, to), within the store's years and in order."""
    if raw is None:
        return queries.YEAR_MIN, queries.YEAR_MAX
    match = _YEARS.match(raw.strip())
    if not match:
        raise BadRequest(400, f"years: {_short(raw)!r} is not a year or a range like 2010..2024", "years")
    start = int(match.group(1))
    end = int(match.group(2) or start)
    if start > end:
        raise BadRequest(400, f"years: {start}..{end} runs backwards; write {end}..{start}", "years")
    if start < queries.YEAR_MIN or end > queries.YEAR_MAX:
        raise BadRequest(400, f"years: {start}..{end} is outside {queries.YEAR_MIN}..{queries.YEAR_MAX}", "years")
    return start, end


def language(raw: str | None) -> str:
    if raw is None:
        return "en"
    if raw not in ("en", "zh"):
        raise BadRequest(400, f"lang: {_short(raw)!r} is not en or zh", "lang")
    return raw


def setting(param: Param, raw: str | None, countries_known: Collection[str]) -> object:
    """One chart-view setting from its query value (absent: the view's default)."""
    if raw is None:
        return param.default
    if param.kind == "countries":
        return tuple(codes(raw, countries_known, param.name, MAX_COUNTRIES))
    if param.kind in ("int", "number"):
        try:
            value = int(raw) if param.kind == "int" else float(raw)
        except ValueError:
            raise BadRequest(400, f"{param.name}: {_short(raw)!r} is not a {'whole ' if param.kind == 'int' else ''}"
                             "number", param.name) from None  # fmt: skip
        if not (param.lo <= value <= param.hi):  # NaN fails this too
            raise BadRequest(400, f"{param.name}: {_short(raw)} is outside {param.lo:g}..{param.hi:g}", param.name)
        return value
    if param.kind == "code":  # checked against the data by the view (a 400 from its BadSetting)
        if not _CODE_SETTING.match(raw):
            raise BadRequest(400, f"{param.name}: {_short(raw)!r} is not a code", param.name)
        return raw
    if param.kind == "flag":
        if raw.lower() in ("1", "true"):
            return True
        if raw.lower() in ("0", "false"):
            return False
        raise BadRequest(400, f"{param.name}: {_short(raw)!r} is not 1 or 0", param.name)
    if raw not in param.choices:
        listed = ", ".join(c or "'' (none)" for c in param.choices)
        raise BadRequest(400, f"{param.name}: {_short(raw)!r} is not one of {listed}", param.name)
    return raw
