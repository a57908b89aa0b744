"""Units in the reader's language: labels for axes and headers, and values written as a reader of it expects.

English keeps the data's own wording ("6.21 % of GNI"). Chinese writes percentages as "占 GNI 6.21%", ranks
as "第 4 名", and amounts in billions or millions with 万/亿/万亿 ("3000 亿美元", "7.1 亿"), the scale a
Chinese reader uses; a value is only rescaled, never rounded.
"""

from __future__ import annotations

import math

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
QUALIFIER_ZH = {">": "超过", ">=": "至少", "<": "不到", "<=": "不超过", "~": "约"}
CHINESE_SCALES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))


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


def value_text(value: float | None, unit: str, lang: str, qualifier: str = "=") -> str:
    """A value with its unit and qualifier (>, ~, <=) in the reader's language; '–' if there is none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if lang != "zh":
        prefix = qualifier if qualifier != "=" else ""
        return f"{prefix}{value:g} {unit}".strip()
    word = QUALIFIER_ZH[qualifier] + " " if qualifier in QUALIFIER_ZH else ""
    if unit in SCALED:
        size, counted = SCALED[unit]
        return f"{word}{chinese_amount(value * size)}{counted}"
    template = UNITS_ZH.get(unit, ("", "{v} " + unit))[1]
    return template.format(v=f"{word}{plain(value)}").strip()
