"""The one-sentence reading under each chart (aseanict.core.takeaway), made from what the chart draws."""

STRINGS = {
    "a11y.point": {"en": "{name} ({value}, {year})", "zh": "{name}（{value}，{year} 年）"},
    "a11y.point_value": {"en": "{name} ({value})", "zh": "{name}（{value}）"},
    "a11y.unit": {"en": ", {unit}", "zh": "（{unit}）"},
    "a11y.latest": {"en": "Latest values{unit}: {points}.", "zh": "最新数值{unit}：{points}。"},
    "a11y.values": {"en": "Values{unit}: {points}.", "zh": "数值{unit}：{points}。"},
    "a11y.range": {"en": "highest {top}, lowest {bottom}", "zh": "最高为{top}，最低为{bottom}"},
    "a11y.panel": {"en": "{panel}: {text}", "zh": "{panel}：{text}"},
    "a11y.sep": {"en": "; ", "zh": "；"},
    "a11y.change": {"en": "Over the years shown: {items}.", "zh": "所示年份中：{items}。"},
    "a11y.change_item": {
        "en": "{name} from {first} ({y0}) to {last} ({y1})",
        "zh": "{name}从 {first}（{y0} 年）变为 {last}（{y1} 年）",
    },
    "a11y.ends": {"en": "Where each line ends: {items}.", "zh": "各条线的终点：{items}。"},
    "a11y.revisions": {
        "en": "Estimate for {year}: {estimate}. Each edition's forecast for it: {items}.",
        "zh": "{year} 年估计值：{estimate}。各版本对该年的预测：{items}。",
    },
    "a11y.bubbles": {"en": "In {year}: {points}.", "zh": "{year} 年：{points}。"},
    "a11y.classes": {"en": "{items}.", "zh": "{items}。"},
    "a11y.lorenz": {
        "en": "Gini coefficient {gini} in {year} (0 would mean every country equally connected).",
        "zh": "{year} 年基尼系数为 {gini}（0 表示各国上网程度完全相同）。",
    },
    "a11y.and": {"en": "{head} and {last}", "zh": "{head}和{last}"},
    "a11y.list_sep": {"en": ", ", "zh": "、"},
}
