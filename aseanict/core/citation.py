"""Citation text for a chart or a country profile in APA, BibTeX and GB/T 7714-2015: the original producers
first (from the sources behind what is shown), then the dashboard, its data version and the access date.

Pure: plain values in (the sources rows, a title, an address, the data version, the access date, the language),
strings out. The date of viewing is the caller's to give, so the same inputs always cite the same way.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from aseanict.core.takeaway import plain
from aseanict.i18n import t

STYLES = ("apa", "bibtex", "gbt7714")
GBT_MAX_AUTHORS = 3  # GB/T 7714-2015 8.1.2: up to three responsible parties, then "等" / "et al"
_BIBTEX_SPECIAL = re.compile(r"([&%$#_{}])")


def producers(sources: pd.DataFrame, lang: str) -> list[str]:
    """Each producer once, in the reader's language, strongest source first (lowest authority rank), then by
    English name (the same order in both languages): a primary series' producer before a press report."""
    if sources.empty:
        return []
    rank = (
        sources.groupby("producer")["authority"].min()
        if "authority" in sources
        else sources.groupby("producer").size() * 0
    )
    ordered = [str(p) for p, _ in sorted(rank.items(), key=lambda item: (item[1], str(item[0])))]
    if lang != "zh" or "producer_zh" not in sources:
        return ordered
    chinese = dict(zip(sources["producer"].astype(str), sources["producer_zh"].astype(str)))
    return [chinese.get(p) or p for p in ordered]


def _apa_authors(names: list[str], lang: str) -> str:
    if lang == "zh":
        return "、".join(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + ", & " + names[-1]


def _gbt_authors(names: list[str], lang: str) -> str:
    shown = names[:GBT_MAX_AUTHORS]
    if len(names) > GBT_MAX_AUTHORS:
        shown.append(t("cite.et_al", lang))
    return ", ".join(shown)


def _long_date(day: dt.date, lang: str) -> str:
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day:%B} {day.day}, {day.year}"


def _bibtex(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(r"\\\1", text)


def bibtex_key(key: str, version: str) -> str:
    """A key BibTeX accepts (ASCII letters, digits, underscores), unique per chart and data version."""
    return re.sub(r"[^A-Za-z0-9_]+", "_", f"aseanict_{key}_{version}").strip("_")


def citations(
    sources: pd.DataFrame,
    *,
    title: str,
    url: str,
    version: str,
    version_date: str,
    accessed: dt.date,
    lang: str,
    key: str = "chart",
) -> dict[str, str]:
    """{style: citation text} for STYLES. `sources` holds the rows of the sources table behind what is cited
    (producer, producer_zh, authority); `version` and `version_date` are the store's data version and date."""
    names = producers(sources, lang) or [t("cite.publisher", lang)]
    title = plain(title)
    year = version_date[:4] if version_date else t("cite.no_date", lang)
    date = version_date or t("cite.no_date", lang)
    publisher = t("cite.publisher", lang)
    fields = {"title": title, "url": url, "version": version, "date": date, "year": year, "publisher": publisher}
    apa = t("cite.apa", lang, authors=_apa_authors(names, lang), accessed=_long_date(accessed, lang), **fields)
    gbt = t("cite.gbt7714", lang, authors=_gbt_authors(names, lang), accessed=accessed.isoformat(), **fields)
    note = t("cite.bibtex_note", lang, version=version, date=date, accessed=accessed.isoformat())
    entries = {
        "author": " and ".join("{" + _bibtex(n) + "}" for n in names),
        "title": "{" + _bibtex(title) + "}",
        "year": _bibtex(year),
        "howpublished": _bibtex(publisher),
        "version": _bibtex(version),
        "url": url,
        "urldate": accessed.isoformat(),
        "note": _bibtex(note),
    }
    body = ",\n".join(f"  {field} = {{{value}}}" for field, value in entries.items())
    bibtex = f"@misc{{{bibtex_key(key, version)},\n{body}\n}}"
    return {"apa": apa, "bibtex": bibtex, "gbt7714": gbt}
