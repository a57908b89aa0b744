"""Strings of the Countries page's bubbles over time (topics/countries/bubbles.py)."""

STRINGS = {
    "bubbles.header": {"en": "Two indicators over time", "zh": "两项指标的历年变化"},
    "bubbles.intro": {
        "en": "Each bubble is a country: its position shows two indicators, its area the population, its colour the "
        "group. Press play or move the year slider under the chart.",
        "zh": "每个气泡代表一个国家：位置表示两项指标，面积表示人口，颜色表示国家组别。点击播放或拖动图下方的年份滑块。",
    },
    "bubbles.x": {"en": "Horizontal axis", "zh": "横轴"},
    "bubbles.y": {"en": "Vertical axis", "zh": "纵轴"},
    "bubbles.trails": {"en": "Trails: each country's path up to the year shown", "zh": "轨迹：各国截至所示年份的路径"},
    "bubbles.year": {"en": "Year shown first", "zh": "首先显示的年份"},
    "bubbles.same": {"en": "Pick two different indicators.", "zh": "请选择两项不同的指标。"},
    "bubbles.title": {"en": "{y} against {x}, {first}–{last}", "zh": "{y}与{x}，{first}–{last} 年"},
    "bubbles.group.CHINA": {"en": "China", "zh": "中国"},
    "bubbles.group.ASEAN6": {"en": "ASEAN-6", "zh": "东盟六国"},
    "bubbles.group.CLMV": {"en": "CLMV", "zh": "柬老缅越"},
    "bubbles.group.ASEAN_OTHER": {"en": "Other ASEAN", "zh": "其他东盟成员国"},
    "bubbles.population": {"en": "Population (million)", "zh": "人口（百万）"},
    "bubbles.play": {"en": "▶ Play", "zh": "▶ 播放"},
    "bubbles.pause": {"en": "‖ Pause", "zh": "‖ 暂停"},
    "bubbles.year_prefix": {"en": "Year: ", "zh": "年份："},
    "bubbles.frame_missing": {
        "en": "{n} of {total} countries lack a value this year",
        "zh": "本年 {total} 个国家中有 {n} 个缺少数值",
    },
    "bubbles.break.series_break": {"en": "New method from {year}", "zh": "{year} 年起采用新统计口径"},
    "bubbles.break.definition_change": {"en": "New definition from {year}", "zh": "{year} 年起定义变更"},
    "bubbles.break_item": {"en": "{what}: {who} ({indicator})", "zh": "{what}：{who}（{indicator}）"},
    "bubbles.everyone": {"en": "all countries", "zh": "所有国家"},
    "bubbles.missing_run": {
        "en": "{years}: {n} of {total} ({who})",
        "zh": "{years} 年：{total} 国中缺 {n} 国（{who}）",
    },
    "bubbles.missing_count": {"en": "{years}: {n} of {total}", "zh": "{years} 年：{total} 国中缺 {n} 国"},
    "bubbles.missing": {
        "en": "A country appears in a year only with both values of that year (never filled in). Missing: {items}.",
        "zh": "某国只在当年两项数值齐全时出现（绝不插补）。缺失：{items}。",
    },
    "bubbles.none_missing": {
        "en": "Every country has both values in every year shown.",
        "zh": "所示各年中每个国家两项数值均齐全。",
    },
    "bubbles.caption": {
        "en": "Bubble area: population. The chart plays in your browser.",
        "zh": "气泡面积：人口。图表在浏览器中播放。",
    },
    "bubbles.log": {
        "en": "{axis} on a log scale: equal distances are equal ratios.",
        "zh": "{axis}为对数刻度：相同距离代表相同倍数。",
    },
    "bubbles.break_mark": {
        "en": "◆ on the slider: a series break starts that year; the frames from then on say which.",
        "zh": "滑块上的 ◆：该年起序列断开，此后各帧注明具体情况。",
    },
}
