"""Parse view settings from URL query parameters: never raise, fall back to defaults and say what was reset."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

MAX_PARAM_LENGTH = 500  # longer values are not a view anyone copied; refuse them outright


@dataclass
class Parsed:
    values: dict[str, object] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _text(raw: object) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, (list, tuple)):  # a parameter given twice: the last one wins, as in a browser
        raw = raw[-1] if raw else ""
    text = str(raw).strip()
    return text[: MAX_PARAM_LENGTH + 1]


def parse_list(
    raw: object, allowed: Collection[str], default: Sequence[str], name: str, *, max_items: int = 20
) -> tuple[list[str], str | None]:
    """Comma-separated codes; unknown codes are dropped (and reported); nothing valid -> default."""
    text = _text(raw)
    if text is None:
        return list(default), None
    if len(text) > MAX_PARAM_LENGTH:
        return list(default), f"{name}: too long"
    items = [part.strip().upper() for part in text.split(",") if part.strip()]
    allowed_upper = {a.upper(): a for a in allowed}
    kept = list(dict.fromkeys(allowed_upper[i] for i in items if i in allowed_upper))[:max_items]
    unknown = [i for i in items if i not in allowed_upper]
    if not kept:
        return list(default), f"{name}: no known value in '{text[:40]}'"
    return kept, (f"{name}: ignored {', '.join(unknown[:5])}" if unknown else None)


def parse_choice(raw: object, allowed: Collection[str], default: str, name: str) -> tuple[str, str | None]:
    text = _text(raw)
    if text is None:
        return default, None
    if text in allowed:
        return text, None
    return default, f"{name}: '{text[:40]}' is not one of the options"


def parse_code(raw: object, default: str | None, name: str, max_length: int = 80) -> tuple[str | None, str | None]:
    """A code whose options depend on the data (an indicator, an edition): only its length is checked here; the
    chart that uses it checks it against the data."""
    text = _text(raw)
    if text is None or text == "":
        return default, None
    if len(text) > max_length:
        return default, f"{name}: too long"
    return text, None


def parse_int(raw: object, lo: int, hi: int, default: int, name: str) -> tuple[int, str | None]:
    text = _text(raw)
    if text is None:
        return default, None
    try:
        value = int(text)
    except ValueError:
        return default, f"{name}: '{text[:40]}' is not a whole number"
    if not lo <= value <= hi:
        return default, f"{name}: {value} is outside {lo}–{hi}"
    return value, None


def parse_float(raw: object, lo: float, hi: float, default: float, name: str) -> tuple[float, str | None]:
    text = _text(raw)
    if text is None:
        return default, None
    try:
        value = float(text)
    except ValueError:
        return default, f"{name}: '{text[:40]}' is not a number"
    if not math.isfinite(value) or not lo <= value <= hi:
        return default, f"{name}: {text[:40]} is outside {lo:g}–{hi:g}"
    return value, None


def parse_flag(raw: object, default: bool, name: str) -> tuple[bool, str | None]:
    text = _text(raw)
    if text is None:
        return default, None
    if text.lower() in ("1", "true", "yes", "on"):
        return True, None
    if text.lower() in ("0", "false", "no", "off"):
        return False, None
    return default, f"{name}: '{text[:40]}' is not 1 or 0"


def parse_range(
    raw: object, lo: int, hi: int, default: tuple[int, int], name: str
) -> tuple[tuple[int, int], str | None]:
    """'2005-2025' -> (2005, 2025): both ends whole numbers within lo-hi, in order."""
    text = _text(raw)
    if text is None:
        return default, None
    parts = text.replace("–", "-").split("-")
    try:
        start, end = (int(p) for p in parts) if len(parts) == 2 else (None, None)
    except ValueError:
        start = end = None
    if start is None or end is None:
        return default, f"{name}: '{text[:40]}' is not a range like 2005-2025"
    if not lo <= start <= end <= hi:
        return default, f"{name}: {start}–{end} is not an ordered range within {lo}–{hi}"
    return (start, end), None
