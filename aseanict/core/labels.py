"""Display names in the reader's language: countries, indicators (with their unit where names repeat) and the
language columns of the store's tables. One lookup for every page, chart and export."""

from __future__ import annotations

import pandas as pd

from aseanict.i18n import CATALOGUE, t

BASKET_UNITS = {"_PCT_GNI": "pct_gni", "_USD": "usd", "_PPP": "ppp"}  # ITU price baskets come in three units
REPORT_ENTITY = "rfig.entity."  # the report's own places (CHN-East, CHN+ASEAN), named in i18n/report_figures.py


def column(base: str, lang: str) -> str:
    """The store's column of a text in the language: column('name', 'zh') -> 'name_zh'."""
    return f"{base}_zh" if lang == "zh" else f"{base}_en"


def country_names(countries: pd.DataFrame, lang: str) -> dict[str, str]:
    """ISO3 -> the country's (or group's) name in the language; also the report's regions and combinations
    (CHN-East -> 'China: eastern region'), so that no region id reaches a chart, caption or table."""
    names = {key.removeprefix(REPORT_ENTITY): t(key, lang) for key in CATALOGUE if key.startswith(REPORT_ENTITY)}
    return names | dict(zip(countries.iso3, countries[column("name", lang)]))


def indicator_labels(indicators: pd.DataFrame, lang: str) -> dict[str, str]:
    """Code -> the indicator's name; where several share a name (a price basket in % of GNI, USD and PPP$),
    with its unit, so that no two choices in a picker read the same."""
    names = indicators[column("name", lang)]
    shared = set(names[names.duplicated(keep=False)])
    labels = {}
    for code, name, unit in zip(indicators.code, names, indicators.unit):
        if name in shared:
            basket = next((u for suffix, u in BASKET_UNITS.items() if code.endswith(suffix)), None)
            name = f"{name} · {t(f'tariffs.unit.{basket}', lang) if basket else unit}"
        labels[code] = str(name)
    return labels
