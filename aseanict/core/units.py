"""Units in the reader's language: labels for axes and headers, and values written as a reader of it expects.

English keeps the data's own wording ("6.21 % of GNI"). Chinese writes percentages as "占 GNI 6.21%", ranks
as "第 4 名", and amounts in billions or millions with 万/亿/万亿 ("3000 亿美元", "7.1 亿"), the scale a
Chinese reader uses; a value is only rescaled, never rounded.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pandas as pd

from aseanict.i18n import format_number
from aseanict.i18n.units import UNITS_ZH

# Units counted in Western scales: (size of one unit, what is counted in Chinese). Written with 万/亿/万亿 in zh.
SCALED = {
    "USD trillion": (1e12, "美元"),
    "USD billion": (1e9, "美元"),
    "CNY trillion": (1e12, "元"),
    "CNY billion": (1e9, "元"),
    "CNY million": (1e6, "元"),
    "THB billion": (1e9, "泰铢"),
    "million": (1e6, ""),
}
DEFAULT_DECIMALS = 1  # an indicator the store does not know (an upload's, a derived ratio's)
EMPTY = "–"  # an empty cell or a missing value, in every table and card
QUALIFIER_ZH = {">": "超过", ">=": "至少", "<": "不到", "<=": "不超过", "~": "约"}
CHINESE_SCALES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))


# Units whose values span orders of magnitude across ASEAN + China (GNI per capita from about 1,000 to 75,000
# US$, prices, counts): drawn on a log axis by default, where a doubling is the same distance at any level.
LOG_UNITS = ("US$", "USD", "PPP$", "CNY", "million", "persons", "subscriptions", "% of monthly GNI per capita")


def log_axis(unit: object) -> bool:
    """Whether an indicator of this unit reads best on a log axis (money, prices, counts; not shares or scores)."""
    return isinstance(unit, str) and any(part in unit for part in LOG_UNITS)


def unit_label(unit: str, lang: str) -> str:
    """The unit as an axis title or column header: '% of population' / '占人口 %'."""
    if lang == "zh" and unit in UNITS_ZH:
        return UNITS_ZH[unit][0]
    return unit


def plain(value: float) -> str:
    """A number without float noise or trailing zeros: 3080.5, 7.1, 2000."""
    return f"{round(value, 6):.6f}".rstrip("0").rstrip(".")


def chinese_amount(amount: float) -> str:
    """An amount in 万亿/亿/万: 3.0e11 -> '3000 亿', 7.1e8 -> '7.1 亿', 5.78e6 -> '578 万', 950 -> '950'."""
    for size, word in CHINESE_SCALES:
        if abs(amount) >= size:
            return f"{plain(amount / size)} {word}"
    return plain(amount)


def value_text(value: float | None, unit: str, lang: str, qualifier: str = "=", decimals: int | None = None) -> str:
    """A value with its unit and qualifier (>, ~, <=) in the reader's language; '–' if there is none. With
    decimals (an indicator's precision) the number is written to that many places, else as it was given."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    number = plain(value) if decimals is None else f"{value:,.{decimals}f}"
    if lang != "zh":
        prefix = qualifier if qualifier != "=" else ""
        return f"{prefix}{value:g} {unit}".strip() if decimals is None else f"{prefix}{number} {unit}".strip()
    word = QUALIFIER_ZH[qualifier] + " " if qualifier in QUALIFIER_ZH else ""
    if unit in SCALED:
        size, counted = SCALED[unit]
        return f"{word}{chinese_amount(value * size)}{counted}"
    template = UNITS_ZH.get(unit, ("", "{v} " + unit))[1]
    return template.format(v=f"{word}{number}").strip()


def precisions(indicators: pd.DataFrame) -> dict[str, int]:
    """Code -> the indicator's display precision (decimal places), from the store's indicators table."""
    if "decimals" not in indicators:
        return {}
    return {str(c): int(d) for c, d in zip(indicators.code, indicators.decimals) if pd.notna(d)}


QUALIFIED = (">", ">=", "<", "<=", "~")  # a bound or an approximation, as its source stated it


def indicator_number(
    value: float | None, code: str, decimals: Mapping[str, int], lang: str, qualifier: str = "="
) -> str:
    """A value of an indicator at the indicator's one precision, written for the reader's language: the same
    text on a card, in a table and in a reading (92.0 beside 75.6, never 92 beside 75.6). A value shown in
    millions, billions, 万 or 亿 keeps one decimal place at least ('1.4 billion', not '1 billion'); an empty
    one is '–'. The qualifier (>, <, ~) of a bound or approximation is kept in front, and such a value is written
    as its source stated it, never with more places ('>300', the report's "surpass $300B", not '>300.0')."""
    if value is None or pd.isna(value):
        return EMPTY
    places = decimals.get(code, DEFAULT_DECIMALS)
    if qualifier in QUALIFIED:
        places = min(places, len(plain(float(value)).partition(".")[2]))
    rescaled = abs(float(value)) >= (1e4 if lang == "zh" else 1e6)  # where format_number writes 万/million
    text = format_number(float(value), lang, max(places, 1) if rescaled else places, fixed=True)
    return f"{qualifier}{text}" if qualifier in QUALIFIED else text


def hover_format(code: str, decimals: Mapping[str, int]) -> str:
    """The d3 format of a Plotly hover template for the indicator's values (',.1f'), the cards' precision."""
    return f",.{decimals.get(code, DEFAULT_DECIMALS)}f"


def table_cells(values: pd.Series, code: str, decimals: Mapping[str, int], lang: str) -> pd.Series:
    """A column of an indicator's values as table text at its precision; empty cells '–', never 'None'."""
    return values.map(lambda v: indicator_number(v, code, decimals, lang)).astype(object)
