"""What counts as an untranslated string on a Chinese page, and as a raw key or code on any page.

A Chinese page may show Latin script only where it belongs there: names of producers and datasets, licence
names, units and acronyms, URLs, ISO codes, and quotes from English-language documents shown as quotes.
Everything else in English is a missing translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from aseanict import config
from aseanict.core import provenance
from aseanict.i18n import CATALOGUE

# Names and terms that stay in Latin script in Chinese text (removed before the text is checked).
LATIN_TERMS = (
    "e-Conomy SEA",
    "Google",
    "Temasek",
    "Bain & Company",
    "Bain",
    "World Bank",
    "Internet World Stats",
    "Natural Earth",
    "Measuring the Information Society",
    "CC BY-NC-SA 3.0 IGO",
    "CC BY-SA",
    "CC BY 4.0",
    "apt-get install chromium",
    "Mbit/s",
    "kbit/s",
    "Gbit/s",
    "Mbps",
    "Gbps",
    "PPP$",
    "US$",
    "S$",
    "eMarketer",
    "English",
    "Borneo Bulletin",
    "Adnkronos",
    "project-atlas",
    "aseanict",  # the project's name, in citations and the footer
)
URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|int|cn|vn|ph|id|my|sg|th|io)\b\S*")
FILE_NAME = re.compile(r"[\w./-]+\.(?:csv|xlsx|json|mjs|pdf|txt)\b")
HTML_TAG = re.compile(r"<[^>]+>")
PLACEHOLDER = re.compile(r"%\{[^}]*\}")  # Plotly hover-template fields
QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|\"[^\"]*\"")  # an English phrase quoted inside Chinese text
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
BETWEEN_WORDS = re.compile(r"^[\s,;:/&()\[\]'’.!?+*_-]*$")  # what may sit between two words of one English phrase
# BibTeX's own syntax in a citation (entry type and key, field names): not words to translate.
BIBTEX_SYNTAX = re.compile(r"^@\w+\{[^,\n]*,$|^\s*[a-z]+ = ", re.MULTILINE)
KEY = re.compile(r"\b[a-z_]+(?:\.[a-z0-9_]+)+\b")
FILE_SUFFIXES = {"csv", "xlsx", "json", "mjs", "pdf", "htm", "html", "png", "svg", "md"}


@dataclass(frozen=True)
class Allowed:
    """Whole texts that may be shown as they are (from the data: source titles, quotes, citations as printed)."""

    texts: frozenset[str]
    codes: frozenset[str]


@cache
def allowed_from_data(data_dir: Path = config.DATA_DIR) -> Allowed:
    sources = pd.read_csv(data_dir / "sources.csv", dtype=str)
    figures = pd.read_csv(data_dir / "report_figures.csv", dtype=str)
    observations = pd.read_csv(data_dir / "observations.csv", dtype=str)
    forecasts = pd.read_csv(data_dir / "forecasts.csv", dtype=str)
    indicators = pd.read_csv(data_dir / "indicators.csv", dtype=str)
    columns = [
        sources.source_id,
        sources.title,
        sources.url,
        sources.via,
        figures.quote,
        figures.source_cited,
        observations.quote,
        observations.edition,
        forecasts.quote,
        forecasts.edition,
    ]
    written = {str(v).strip() for column in columns for v in column.dropna()}
    # as the pages show them: titles and citations without the curation's words (core.provenance.plain_words)
    texts = frozenset(written | {str(provenance.plain_words(v)).strip() for v in written})
    return Allowed(texts=texts, codes=frozenset(indicators.code))


def _strip(text: str, allowed: Allowed) -> str:
    for quote in sorted((q for q in allowed.texts if len(q) > 12 and q in text), key=len, reverse=True):
        text = text.replace(quote, " ")
    text = HTML_TAG.sub(" ", PLACEHOLDER.sub(" ", BIBTEX_SYNTAX.sub(" ", text)))
    text = URL.sub(" ", FILE_NAME.sub(" ", text))
    text = QUOTED.sub(" ", text)
    for term in LATIN_TERMS:
        text = text.replace(term, " ")
    return text


def _is_english_word(word: str) -> bool:
    """Acronyms (ITU, GMV, USD, CHN) and single letters are not English words that need translating."""
    return len(word) > 1 and not word.isupper()


def english_phrases(text: str, allowed: Allowed) -> list[str]:
    """Runs of two or more English words, or a text that is a single English word."""
    if text.strip() in allowed.texts:
        return []
    stripped = _strip(text, allowed)
    words = list(WORD.finditer(stripped))
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    for match in words:
        if not _is_english_word(match.group()):
            continue  # acronyms neither count nor break a phrase ("ITU terms of use")
        gap = WORD.sub("", stripped[current[-1].end() : match.start()]) if current else ""
        if current and not BETWEEN_WORDS.match(gap):
            runs.append(current)
            current = []
        current.append(match)
    if current:
        runs.append(current)
    found = [stripped[run[0].start() : run[-1].end()] for run in runs if len(run) >= 2]
    rest = stripped.strip(" \t\n,;:.·()[]-–")
    if not found and len(runs) == 1 and len(runs[0]) == 1 and rest == runs[0][0].group():
        found.append(rest)  # a header, label or cell that is one English word ("value", "disputed")
    return found


@cache
def _english_only_values() -> dict[str, str]:
    """English catalogue texts whose Chinese differs: seen on a Chinese page, they are untranslated."""
    return {v["en"]: k for k, v in CATALOGUE.items() if v["en"] != v["zh"] and re.search("[A-Za-z]{2}", v["en"])}


@cache
def _key_prefixes() -> frozenset[str]:
    return frozenset(k.rsplit(".", 1)[0] for k in CATALOGUE)


def raw_keys(text: str) -> list[str]:
    """Catalogue keys shown as text ('idi.tab.old'), or key-shaped text under a known prefix (a missing key)."""
    found = []
    for token in KEY.findall(text):
        prefix, _, last = token.rpartition(".")
        if last in FILE_SUFFIXES:
            continue
        if token in CATALOGUE or prefix in _key_prefixes():
            found.append(token)
    return found


def raw_codes(text: str, allowed: Allowed) -> list[str]:
    """Indicator codes shown in place of a name: the whole text, or a dotted/underscored code that is not in
    brackets or parentheses (a code cited beside its name, "互联网用户 [IT.NET.USER.ZS]", is fine)."""
    if text.strip() in allowed.codes:
        return [text.strip()]
    unbracketed = re.sub(r"\[[^\]]*\]|\([^)]*\)|（[^）]*）", " ", URL.sub(" ", text))
    tokens = re.findall(r"[A-Za-z0-9_.]+", unbracketed)
    return [tok for tok in tokens if tok in allowed.codes and ("." in tok or "_" in tok)]


# The curation's words and ids, which a reader should never meet: "seed" (the 2016 CAICT report), its figure
# numbers (S037), region ids (CHN-East) and empty cells written by Python or pandas.
SEED_WORD = re.compile(r"\bseeds?\b", re.IGNORECASE)
FIGURE_NUMBER = re.compile(r"\bS\d{3}\b")
REGION_ID = re.compile(r"\bCHN-[A-Z][a-z]+")
EMPTY_WORDS = {"None", "nan", "NaN", "<NA>", "NaT"}


def jargon(text: str) -> list[str]:
    """Curation jargon and ids shown as text, in words; empty if none."""
    found = [f"curation word {m.group()!r}" for m in SEED_WORD.finditer(text)]
    found += [f"report figure number {m.group()!r}" for m in FIGURE_NUMBER.finditer(text)]
    found += [f"region id {m.group()!r}" for m in REGION_ID.finditer(text)]
    if text.strip() in EMPTY_WORDS:
        found.append(f"empty value written as {text.strip()!r}")
    return found


def problems(text: str, lang: str, allowed: Allowed) -> list[str]:
    """What is wrong with one shown text, in words; empty if nothing."""
    found = [f"raw key {k!r}" for k in raw_keys(text)]
    found += [f"indicator code {c!r} as a label" for c in raw_codes(text, allowed)]
    found += jargon(text)
    if lang == "zh":
        if text.strip() in _english_only_values():
            found.append(f"English text of {_english_only_values()[text.strip()]!r}")
        else:
            found += [f"English {p!r}" for p in english_phrases(text, allowed)]
    return found


def report(findings: Iterable[tuple[str, str, str, list[str]]]) -> str:
    """One line per offending text (each once): page, element, problems, the text itself."""
    lines = {f"{page} | {where} | {'; '.join(found)} | {text[:160]!r}": None for page, where, text, found in findings}
    return "\n".join(lines)
