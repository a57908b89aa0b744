"""English and Simplified Chinese strings: one catalogue module per page, merged here, looked up with t()."""

from __future__ import annotations

import importlib
import math
import pkgutil

LANGUAGES = {"en": "English", "zh": "简体中文"}
DEFAULT_LANGUAGE = "en"


def _load_catalogue() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        strings = importlib.import_module(f"{__name__}.{module}").STRINGS
        duplicated = set(merged) & set(strings)
        if duplicated:
            raise RuntimeError(f"i18n keys defined twice ({module}): {sorted(duplicated)}")
        merged.update(strings)
    return merged


CATALOGUE = _load_catalogue()


def missing_translations() -> list[tuple[str, str]]:
    """(key, language) pairs with no text: the test suite fails on any."""
    return [(key, lang) for key, texts in CATALOGUE.items() for lang in LANGUAGES if not texts.get(lang)]


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The text for key in lang, with {placeholders} filled; English if the language lacks it."""
    texts = CATALOGUE.get(key)
    if texts is None:
        return key  # visible in the UI and caught by the catalogue test, but never a crash
    text = texts.get(lang) or texts[DEFAULT_LANGUAGE]
    return text.format(**values) if values else text


def format_number(value: float | None, lang: str = DEFAULT_LANGUAGE, digits: int = 1, *, fixed: bool = False) -> str:
    """A number as a reader of that language expects it: 1.4 billion / 14.1亿, 5.6 million / 560万.

    A whole number drops its decimals (92, not 92.0) unless fixed: then every value shows `digits` places, so
    that values of one indicator line up (92.0 beside 75.6)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    magnitude = abs(value)
    if lang == "zh":
        if magnitude >= 1e8:
            return f"{value / 1e8:,.{digits}f}亿"
        if magnitude >= 1e4:
            return f"{value / 1e4:,.{digits}f}万"
        return f"{value:,.{digits}f}" if fixed or value != int(value) else f"{int(value):,}"
    if magnitude >= 1e9:
        return f"{value / 1e9:,.{digits}f} billion"
    if magnitude >= 1e6:
        return f"{value / 1e6:,.{digits}f} million"
    return f"{value:,.{digits}f}" if fixed or value != int(value) else f"{int(value):,}"
