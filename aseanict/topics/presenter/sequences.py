"""A presenter's own sequences of views: names, order, and reading them back from a URL or a JSON file.

Nothing is stored on the server (replicas share no state), so a sequence travels in the address
(views, name, step) or in a small JSON file the user downloads and uploads again. Every reader here
takes anything and never raises: a bad value falls back and says why.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from aseanict.core import urlstate
from aseanict.i18n import t

MAX_NAME = 80  # a slide-deck title, not a paragraph
MAX_VIEWS = 20
MAX_SAVED = 20
MAX_FILE_BYTES = 64_000  # twenty sequences of twenty views fit in a few kB
FILE_FORMAT = "aseanict-sequences"
FILE_VERSION = 1
MAX_PROBLEMS = 8  # a long list of the same mistake helps no one

Saved = dict[str, list[str]]  # name -> view ids, in the order they are shown


def clean_name(raw: object) -> str:
    """Control characters and runs of whitespace become one space; trimmed. Anything not text is ''."""
    if not isinstance(raw, str):
        return ""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in raw).split())


def parse_name(raw: object) -> tuple[str, str | None]:
    """A sequence name from the URL: '' (no name) when absent; too long -> '' and a problem."""
    if isinstance(raw, (list, tuple)):  # a parameter given twice: the last one wins, as in a browser
        raw = raw[-1] if raw else None
    if raw is None:
        return "", None
    name = clean_name(str(raw)[: urlstate.MAX_PARAM_LENGTH])
    if len(name) > MAX_NAME:
        return "", f"name: longer than {MAX_NAME} characters"
    return name, None


@dataclass(frozen=True)
class FromUrl:
    views: list[str]
    name: str
    step: int  # 1-based, as shown and as in the URL
    problems: list[str]


def from_url(params: Mapping[str, object], known: Sequence[str], default: Sequence[str]) -> FromUrl:
    """The sequence, its name and the step a copied address asks for; anything odd falls back."""
    views, views_problem = urlstate.parse_list(params.get("views"), known, default, "views", max_items=MAX_VIEWS)
    name, name_problem = parse_name(params.get("name"))
    step, step_problem = urlstate.parse_int(params.get("step"), 1, len(views), 1, "step")
    problems = [p for p in (views_problem, name_problem, step_problem) if p]
    return FromUrl(views, name, step, problems)


def move(views: Sequence[str], index: int, delta: int) -> list[str]:
    """The views with one of them moved delta places; a move past either end changes nothing."""
    moved = list(views)
    target = index + delta
    if 0 <= index < len(moved) and 0 <= target < len(moved):
        moved.insert(target, moved.pop(index))
    return moved


def builtin_of(views: Sequence[str], builtin: Mapping[str, Sequence[str]]) -> str | None:
    """The built-in sequence with exactly these views in this order, if any."""
    return next((key for key, items in builtin.items() if list(items) == list(views)), None)


def matching(name: str, views: Sequence[str], builtin: Mapping[str, Sequence[str]], saved: Mapping) -> str | None:
    """Which built-in ('builtin:<id>') or saved ('saved:<name>') sequence is on screen unchanged, if any."""
    if name in saved and list(saved[name]) == list(views):
        return f"saved:{name}"
    key = None if name else builtin_of(views, builtin)  # a built-in has no name of its own: its title is translated
    return f"builtin:{key}" if key else None


def save(saved: Mapping[str, Sequence[str]], name: str, views: Sequence[str], lang: str) -> tuple[Saved, str | None]:
    """The saved sequences with this one added (or replaced, if the name exists); or unchanged and why not."""
    name = clean_name(name)
    current = {k: list(v) for k, v in saved.items()}
    if not name:
        return current, t("present.save.no_name", lang)
    if len(name) > MAX_NAME:
        return current, t("present.save.long_name", lang, max=MAX_NAME)
    if not views:
        return current, t("present.empty", lang)
    if name not in current and len(current) >= MAX_SAVED:
        return current, t("present.save.full", lang, max=MAX_SAVED)
    current[name] = list(views)
    return current, None


def to_json(saved: Mapping[str, Sequence[str]]) -> bytes:
    document = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "sequences": [{"name": name, "views": list(views)} for name, views in saved.items()],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


@dataclass
class Loaded:
    saved: Saved  # the user's sequences after the load: all of the old ones, plus the file's if it was valid
    added: int = 0
    problems: list[str] = field(default_factory=list)


def _read(content: bytes, lang: str) -> tuple[list | None, str | None]:
    if len(content) > MAX_FILE_BYTES:
        return None, t("present.file.too_big", lang, kb=MAX_FILE_BYTES // 1000)
    try:
        document = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError; so is a NaN in a bad spot
        return None, t("present.file.not_json", lang, details=str(exc)[:80])
    except RecursionError:  # '[[[[…' nested deeper than the parser goes
        return None, t("present.file.not_json", lang, details="nested too deeply")
    if not isinstance(document, dict) or not isinstance(document.get("sequences"), list):
        return None, t("present.file.not_ours", lang)
    if document.get("format", FILE_FORMAT) != FILE_FORMAT or document.get("version", FILE_VERSION) != FILE_VERSION:
        return None, t("present.file.not_ours", lang)
    return document["sequences"], None


def _check_entry(number: int, entry: object, known: Collection[str], lang: str) -> tuple[str, list[str], list[str]]:
    """(name, views, problems) of one entry of the file; number counts from 1, as a reader would."""
    if not isinstance(entry, dict) or not isinstance(entry.get("views"), list):
        return "", [], [t("present.file.bad_entry", lang, n=number)]
    name = clean_name(entry.get("name"))
    label = _quoted(name) if name else f"#{number}"
    problems = []
    if not name:
        problems.append(t("present.file.no_name", lang, n=number))
    elif len(name) > MAX_NAME:
        problems.append(t("present.file.long_name", lang, n=number, max=MAX_NAME))
    views = entry["views"]
    if not views:
        problems.append(t("present.file.no_views", lang, name=label))
    elif len(views) > MAX_VIEWS:
        problems.append(t("present.file.too_many_views", lang, name=label, max=MAX_VIEWS))
    else:
        unknown = [_quoted(str(v)) for v in views if not isinstance(v, str) or v not in known]
        if unknown:
            problems.append(t("present.file.unknown_views", lang, name=label, views=", ".join(unknown[:5])))
        elif len(set(views)) < len(views):
            problems.append(t("present.file.repeated_view", lang, name=label))
    return name, [str(v) for v in views], problems


def _quoted(text: str) -> str:
    return f"‘{text[:40]}{'…' if len(text) > 40 else ''}’"


def _unused_name(name: str, taken: Collection[str]) -> str:
    """name, or 'name (2)', 'name (3)', … cut so that it still fits MAX_NAME."""
    number = 2
    candidate = name
    while candidate in taken:
        suffix = f" ({number})"
        candidate = name[: MAX_NAME - len(suffix)] + suffix
        number += 1
    return candidate


def load_file(content: bytes, known: Collection[str], saved: Mapping[str, Sequence[str]], lang: str) -> Loaded:
    """The user's sequences with a file's added: all of the file or none of it, and never one of theirs lost.

    A name already saved with the same views is skipped; with other views the file's copy gets a new name."""
    current = {k: list(v) for k, v in saved.items()}
    entries, problem = _read(content, lang)
    if problem:
        return Loaded(current, problems=[problem])
    if len(entries) > MAX_SAVED:
        return Loaded(current, problems=[t("present.file.too_many", lang, n=len(entries), max=MAX_SAVED)])
    problems: list[str] = []
    incoming: Saved = {}
    for number, entry in enumerate(entries, start=1):
        name, views, entry_problems = _check_entry(number, entry, known, lang)
        problems += entry_problems
        if name and name in incoming:
            problems.append(t("present.file.repeated_name", lang, name=_quoted(name)))
        incoming[name] = views
    if not entries:
        problems.append(t("present.file.empty", lang))
    if problems:
        return Loaded(current, problems=problems[:MAX_PROBLEMS])
    added = 0
    for name, views in incoming.items():
        if current.get(name) == views:
            continue
        current[_unused_name(name, current)] = views
        added += 1
    if len(current) > MAX_SAVED:
        return Loaded({k: list(v) for k, v in saved.items()}, problems=[t("present.save.full", lang, max=MAX_SAVED)])
    return Loaded(current, added=added)


def file_stem(name: str, fallback: str = "aseanict_deck") -> str:
    """A plain ASCII file name from a sequence name (any script may be in the name; not every system takes it)."""
    stem = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_")[:60]
    return stem or fallback
