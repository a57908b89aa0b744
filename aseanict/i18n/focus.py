"""Strings of the focus-countries picker and of charts that grey the countries out of focus."""

STRINGS = {
    "sidebar.focus": {"en": "Focus countries", "zh": "重点国家"},
    "sidebar.focus_none": {"en": "None: every country in colour", "zh": "无：各国均显示颜色"},
    "sidebar.focus_help": {
        "en": "Highlighted in every chart; the other countries turn light grey.",
        "zh": "在每张图表中突出显示；其他国家变为浅灰色。",
    },
    "focus.grey_note": {
        "en": "Grey: more lines than colours can tell apart; pick focus countries",
        "zh": "灰色：线条过多，颜色无法区分；请选择重点国家",
    },
    "focus.caption_grey": {
        "en": "{n} countries in grey: pick focus countries in the sidebar to colour them.",
        "zh": "{n} 个国家显示为灰色：在侧边栏选择重点国家即可着色。",
    },
}
