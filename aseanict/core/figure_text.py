"""Texts that come with the data, in the reader's language: what each CAICT report figure measures, its notes,
the regions and country groups it is about, and the per-value notes pages show. Quotes stay as printed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from aseanict.core import provenance, units
from aseanict.i18n import CATALOGUE, t
from aseanict.i18n.report_figures import NOTES_ZH, WHAT_ZH
from aseanict.i18n.value_notes import VALUE_NOTES_ZH


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def what(description: object, lang: str) -> str:
    """What a report figure measures ('online retail sales' / '网络零售额')."""
    text = _text(description)
    return WHAT_ZH.get(text, text) if lang == "zh" else text


def note(text: object, lang: str) -> str:
    """A curator's note on a report figure; empty if there is none."""
    text = _text(text)
    return NOTES_ZH.get(text, text) if lang == "zh" else text


# A forecast's note ends with the report's figure numbers ("[report figures S023;S221]"): kept in downloads,
# left out on screen.
FIGURE_NUMBERS = re.compile(r"\s*\[report figures [^\]]*\]$")


def value_note(text: object, lang: str) -> str:
    """A note on one value (observations) or one forecast (forecasts), without the report's figure numbers;
    empty if there is none."""
    text = FIGURE_NUMBERS.sub("", _text(text))
    return VALUE_NOTES_ZH.get(text, text) if lang == "zh" else text


def entity(code: str, names: Mapping[str, str], lang: str) -> str:
    """A country, aggregate, region (CHN-East) or combination (CHN+ASEAN) by name."""
    if code in names:
        return names[code]
    if f"rfig.entity.{code}" in CATALOGUE:
        return t(f"rfig.entity.{code}", lang)
    if "+" in code:
        return " + ".join(entity(part, names, lang) for part in code.split("+"))
    return code


def figure_value(qualifier: object, value: float, unit: str, lang: str) -> str:
    """A report figure's value with its unit, as printed in English or as a Chinese reader writes it."""
    return units.value_text(value, unit, lang, str(qualifier) if qualifier else "=")


FIGURE_COLUMNS = ("id", "topic", "entity", "indicator", "year", "value", "unit", "qualifier", "quote", "source_cited")


def figures_display(figures: pd.DataFrame, names: Mapping[str, str], lang: str) -> pd.DataFrame:
    """The report's figures for reading: who, what and notes in the reader's language, the quote as printed."""
    out = figures.copy()
    out["entity"] = out["entity"].map(lambda e: entity(str(e), names, lang))
    out["indicator"] = out["indicator"].map(lambda d: what(d, lang))
    out["topic"] = out["topic"].map(lambda k: t(f"topic.{k}", lang) if f"topic.{k}" in CATALOGUE else k)
    out["unit"] = out["unit"].map(lambda u: units.unit_label(str(u), lang))
    out["notes"] = out["notes"].map(lambda n: note(n, lang))
    if "source_cited" in out:
        out["source_cited"] = out["source_cited"].map(provenance.plain_words)
    return out


def figure_columns(lang: str) -> dict[str, str]:
    """Column headers of the report-figures table in the reader's language (for st.dataframe's column_config)."""
    return {c: t(f"rfig.col.{c}", lang) for c in (*FIGURE_COLUMNS, "notes")} | {"source_id": None}
