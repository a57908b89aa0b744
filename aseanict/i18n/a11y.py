"""The one-sentence reading under each chart (aseanict.takeaway)."""

STRINGS = {
    "a11y.point": {"en": "{name} ({value}, {year})", "zh": "{name}（{value}，{year} 年）"},
    "a11y.one": {"en": "Latest value: {point}.", "zh": "最新数值：{point}。"},
    "a11y.range": {
        "en": "Latest values for {n} economies: highest {top}, lowest {bottom}.",
        "zh": "{n} 个经济体的最新数值：最高为{top}，最低为{bottom}。",
    },
}
