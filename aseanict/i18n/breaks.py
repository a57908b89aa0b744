"""Strings for series breaks (core/breaks.py): chart markers and what a rate computed after a break says."""

STRINGS = {
    "common.break.series_break": {"en": "series break", "zh": "序列断点"},
    "common.break.definition_change": {"en": "definition changed", "zh": "定义变更"},
    "common.break.of": {"en": "{countries}: {what}", "zh": "{countries}：{what}"},
    "common.list_sep": {"en": ", ", "zh": "、"},
    "common.break.used": {
        "en": "Computed from {first}–{last} only: the series breaks in {year} (not comparable with earlier years), "
        "so the years before {year} are left out.",
        "zh": "仅用 {first}–{last} 年计算：该序列在 {year} 年断开（与此前年份不可比），因此未计入 {year} 年以前的数据。",
    },
    "common.break.trend": {
        "en": "{indicator}: the trend starts in {year}, where the series breaks (earlier years are not comparable).",
        "zh": "{indicator}：趋势线从 {year} 年开始，该序列在此断开（与此前年份不可比）。",
    },
    "common.break.too_few": {
        "en": "No pace can be given: the series breaks in {year} (not comparable with earlier years), and fewer "
        "than two values are left from {year} on.",
        "zh": "无法给出速度：该序列在 {year} 年断开（与此前年份不可比），而 {year} 年起的数值不足两个。",
    },
}
