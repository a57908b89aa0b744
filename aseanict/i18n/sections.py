"""Short labels of the page sections (tabs); the codes are aseanict.sections.PAGE_SECTIONS'."""

STRINGS = {
    "prof.tab.profile": {"en": "Country profile", "zh": "国家概况"},
    "prof.tab.compare": {"en": "Compare countries", "zh": "国家比较"},
    "prof.tab.over_time": {"en": "Compare over time", "zh": "历年比较"},
    "tariffs.tab.baskets": {"en": "Prices over time", "zh": "历年价格"},
    "tariffs.tab.targets": {"en": "Affordability targets", "zh": "可负担性目标"},
    "tariffs.tab.report": {"en": "The 2016 report vs ITU", "zh": "2016 年报告与国际电联对照"},
    "divide.tab.over_time": {"en": "By country", "zh": "各国情况"},
    "divide.tab.inequality": {"en": "Inequality", "zh": "不平等程度"},
    "divide.tab.ratio": {"en": "Mobile vs fixed", "zh": "移动与固定"},
    "divide.tab.close": {"en": "Years to close the gap", "zh": "缩小差距所需年数"},
    "divide.tab.within": {"en": "Within countries", "zh": "国内鸿沟"},
    "econ.tab.growth": {"en": "Growth and forecasts", "zh": "增长与预测"},
    "econ.tab.breakdown": {"en": "Sectors and countries", "zh": "行业与国家"},
    "econ.tab.china": {"en": "China and e-commerce shares", "zh": "中国与电商占比"},
}
