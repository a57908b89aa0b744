"""Strings of the Data & sources page."""

STRINGS = {
    "data.title": {"en": "Data & sources", "zh": "数据与来源"},
    "data.intro": {
        "en": "Browse any indicator by country and year, download exactly what is shown, and follow every value "
        "to its source and licence.",
        "zh": "按国家和年份浏览任意指标，下载所见数据，并追溯每个数值的来源与许可。",
    },
    "data.topic": {"en": "Topic", "zh": "主题"},
    "data.years": {"en": "Years", "zh": "年份"},
    "data.include_aggregates": {"en": "Include world and regional aggregates", "zh": "包括世界和地区汇总"},
    "data.include_flagged": {"en": "Include values ITU flags as experimental", "zh": "包括国际电联标为试验性的数值"},
    "data.aggregates_only": {
        "en": "This series exists only for groups of countries, so the groups are shown.",
        "zh": "此序列仅有国家组数据，因此显示国家组。",
    },
    "data.table": {"en": "Countries × years", "zh": "国家 × 年份"},
    "data.long": {"en": "Every value with its source", "zh": "每个数值及其来源"},
    "data.coverage": {"en": "Coverage: which country has data in which year", "zh": "覆盖情况：各国各年是否有数据"},
    "data.series_info": {"en": "About this series", "zh": "关于此序列"},
    "data.all_sources": {"en": "All sources in the store", "zh": "数据库中的全部来源"},
    "data.report_figures": {"en": "Every figure of the 2016 CAICT report", "zh": "2016 年中国信通院报告的全部数字"},
    "data.conflicts": {
        "en": "{n} values have sources that disagree; the table shows the most authoritative one, and the "
        "long table lists them all.",
        "zh": "有 {n} 个数值的来源不一致；表格显示最权威的来源，长表列出全部来源。",
    },
    "data.direction": {"en": "Higher is better", "zh": "越高越好"},
    "data.direction_lower": {"en": "Lower is better", "zh": "越低越好"},
    "data.direction_none": {"en": "Neither higher nor lower is better", "zh": "无好坏方向"},
    "data.upload": {"en": "Bring your own data", "zh": "上传您自己的数据"},
    "data.upload_help": {
        "en": "A CSV or Excel file in long format, columns country (ISO3), indicator (a code above), year, value and "
        "optionally source. Your values are drawn on every chart of that indicator, for this session only: "
        "they are never stored and no one else sees them.",
        "zh": "长格式的 CSV 或 Excel 文件，列为 country（ISO3 代码）、indicator（上方的指标代码）、year、value，可选 source。"
        "您的数据会叠加显示在该指标的所有图表上，仅限本次会话：不会保存，其他人也看不到。",
    },
    "data.upload_file": {"en": "Your file", "zh": "您的文件"},
    "data.upload_ok": {
        "en": "{n} rows loaded; they now appear on the matching charts.",
        "zh": "已载入 {n} 行，相应图表已显示。",
    },
    "data.upload_failed": {"en": "The file was not loaded:", "zh": "文件未载入："},
    "data.upload_template": {"en": "Download a template", "zh": "下载模板"},
    "data.upload_clear": {"en": "Remove my data", "zh": "移除我的数据"},
    "topic.access": {"en": "Access and use", "zh": "接入与使用"},
    "topic.coverage": {"en": "Network coverage", "zh": "网络覆盖"},
    "topic.divide": {"en": "Digital divide", "zh": "数字鸿沟"},
    "topic.economy": {"en": "Economy and population", "zh": "经济与人口"},
    "topic.tariff": {"en": "Prices and affordability", "zh": "资费与可负担性"},
    "topic.idi": {"en": "ICT Development Index", "zh": "ICT 发展指数"},
    "topic.internet_economy": {"en": "Internet economy", "zh": "互联网经济"},
    "topic.ecommerce": {"en": "E-commerce", "zh": "电子商务"},
    "record.col.entity": {"en": "Country or group", "zh": "国家或组别"},
    "record.col.indicator": {"en": "Indicator", "zh": "指标"},
    "record.col.year": {"en": "Year", "zh": "年份"},
    "record.col.period": {"en": "Period", "zh": "时期"},
    "record.col.value": {"en": "Value", "zh": "数值"},
    "record.col.qualifier": {"en": "Qualifier", "zh": "限定"},
    "record.col.edition": {"en": "Edition", "zh": "版本"},
    "record.col.flag": {"en": "Flag", "zh": "标记"},
    "record.col.note": {"en": "Note", "zh": "说明"},
    "record.col.quote": {"en": "Quote", "zh": "原文引用"},
    "record.flag.experimental": {"en": "experimental", "zh": "试验性"},
    "record.flag.disputed": {"en": "disputed", "zh": "有争议"},
    "record.flag.carried_forward": {"en": "carried forward", "zh": "沿用上年数值"},
}
