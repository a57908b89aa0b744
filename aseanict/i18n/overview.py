"""Strings of the Overview page."""

STRINGS = {
    "overview.title": {"en": "ASEAN and China at a glance", "zh": "东盟与中国概览"},
    "overview.intro": {
        "en": "Latest headline figures, each with its year and source. ASEAN values are derived here from the "
        "member countries (only years in which every member reported).",
        "zh": "最新的核心指标，均注明年份和来源。东盟数值由本工具根据成员国数据推算（仅采用所有成员国均有数据的年份）。",
    },
    "overview.h.users": {"en": "Internet users", "zh": "互联网用户"},
    "overview.h.fixed": {"en": "Fixed broadband", "zh": "固定宽带"},
    "overview.h.mobile": {"en": "Mobile subscriptions", "zh": "移动电话用户"},
    "overview.h.idi": {"en": "ICT Development Index", "zh": "ICT 发展指数"},
    "overview.h.gmv": {"en": "Internet economy (GMV, 6 countries)", "zh": "互联网经济（GMV，六国）"},
    "overview.china": {"en": "China", "zh": "中国"},
    "overview.asean": {"en": "ASEAN", "zh": "东盟"},
    "overview.sea6": {"en": "Southeast Asia-6", "zh": "东南亚六国"},
    "overview.derived_help": {
        "en": "Derived: {method} mean of {members}.",
        "zh": "推算值：{members} 的{method}平均。",
    },
    "overview.members_all": {"en": "derived from all {n} members", "zh": "由全部 {n} 个成员国推算"},
    "overview.median": {"en": "median {value}", "zh": "中位数 {value}"},
    "overview.weak_source": {
        "en": "from press coverage, not the producer's own report",
        "zh": "来自媒体报道，而非发布方自己的报告",
    },
    "overview.newer_weaker": {
        "en": "A newer value, {value} ({year}), exists only in a weaker source; the headline uses the producer's own "
        "publication.",
        "zh": "较新的数值 {value}（{year} 年）仅见于较弱的来源；核心数字采用发布方自己的出版物。",
    },
    "overview.newer_cell": {
        "en": "; {year}: {value} in a weaker source only",
        "zh": "；{year} 年 {value} 仅见于较弱来源",
    },
    "overview.newer_help": {"en": "newer value from {credit}", "zh": "较新数值来自{credit}"},
    "overview.method.weighted": {"en": "population-weighted", "zh": "人口加权"},
    "overview.method.simple": {"en": "simple", "zh": "简单"},
    "unit.pct_pop": {"en": "% of population", "zh": "占人口 %"},
    "unit.per100": {"en": "per 100 people", "zh": "每百人"},
    "unit.idi100": {"en": "score 0–100", "zh": "0–100 分"},
    "unit.usd_bn": {"en": "USD billion", "zh": "十亿美元"},
    "overview.chart_title": {"en": "Internet users, % of population", "zh": "互联网用户占人口比例（%）"},
    "overview.then_now": {"en": "What changed since the 2016 report", "zh": "2016 年报告以来的变化"},
    "overview.then_now_intro": {
        "en": "The CAICT China–ASEAN ICT report's headline numbers beside the latest data in this dashboard.",
        "zh": "中国信通院《中国—东盟信息通信发展报告》的核心数字与本仪表板最新数据对照。",
    },
    "overview.slope.indicator": {"en": "Then and now, indicator", "zh": "今昔对比指标"},
    "overview.slope.title": {"en": "{indicator}: {then} and {now}", "zh": "{indicator}：{then} 年与 {now} 年"},
    "overview.slope.caption": {
        "en": "Each country's value in {then} and in {now}, the latest year in which (nearly) every country reports; "
        "▲/▼ is the change in rank among the {n} countries with both values.",
        "zh": "各国 {then} 年与 {now} 年（几乎所有国家都有数据的最近年份）的数值；▲/▼ 为两年均有数据的 {n} 个国家中的排名变化。",
    },
    "overview.slope.moved": {
        "en": "The series changes definition in {year}, after the {report} report: values either side are not "
        "comparable, so the chart starts in {year}.",
        "zh": "该序列在 {report} 年报告之后于 {year} 年变更定义，前后数值不可比，因此图表从 {year} 年开始。",
    },
    "overview.slope.entity_break": {
        "en": "{who}: series break in {year}, so its line is dashed and its rank change is not given.",
        "zh": "{who}：{year} 年序列断开，因此其线条为虚线，不给出排名变化。",
    },
    "overview.slope.break_label": {"en": "break {year}", "zh": "{year} 年断点"},
    "overview.slope.missing": {
        "en": "Not shown (no value in both years): {who}.",
        "zh": "未显示（两年数值不全）：{who}。",
    },
    "overview.slope.no_now": {
        "en": "This indicator has no values after {then}: nothing to compare with the report's year.",
        "zh": "该指标 {then} 年之后没有数值，无法与报告年份比较。",
    },
    "overview.slope.too_soon": {
        "en": "The series changes definition in {year} and the latest year is {now}: too few years to compare.",
        "zh": "该序列于 {year} 年变更定义，而最新年份为 {now} 年，可比较的年份太少。",
    },
    "overview.slope.too_few": {
        "en": "Fewer than two countries have values in both {then} and {now}: nothing to compare.",
        "zh": "{then} 年与 {now} 年均有数值的国家不足两个，无法比较。",
    },
    "overview.value_year": {"en": "{value} ({year})", "zh": "{value}，{year} 年"},
    "overview.col.figure": {"en": "Figure", "zh": "指标"},
    "overview.col.report": {"en": "In the 2016 report", "zh": "2016 年报告"},
    "overview.col.now": {"en": "Latest data", "zh": "最新数据"},
    "overview.col.caveat": {"en": "Read with care", "zh": "注意"},
    "overview.col.members": {"en": "Who is counted", "zh": "统计范围"},
    "overview.same_members": {
        "en": "the same {n} members as in the report's year{median}",
        "zh": "与报告年份相同的 {n} 个成员国{median}",
    },
    "overview.median_part": {"en": "; median {value}", "zh": "；中位数 {value}"},
    "overview.joined_later": {
        "en": "{names} joined later; with {them}, {year}: {value}{median}",
        "zh": "{names}后来加入；计入{them}后 {year} 年为 {value}{median}",
    },
    "overview.joined_no_data": {
        "en": "{names} joined later; no year since has data for every member, so no value with {names}",
        "zh": "{names}后来加入；此后尚无所有成员国均有数据的年份，因此没有计入{names}的数值",
    },
    "overview.them_one": {"en": "it", "zh": "其"},
    "overview.them_many": {"en": "them", "zh": "其"},
    "overview.col.quote": {"en": "Report quote", "zh": "报告原文"},
    "overview.tn.cn_users": {"en": "China, internet penetration", "zh": "中国互联网普及率"},
    "overview.tn.asean_users": {"en": "ASEAN, internet penetration", "zh": "东盟互联网普及率"},
    "overview.tn.cn_idi": {"en": "China, ICT Development Index", "zh": "中国 ICT 发展指数"},
    "overview.tn.asean_idi": {"en": "ASEAN, ICT Development Index", "zh": "东盟 ICT 发展指数"},
    "overview.tn.asean_fbb": {
        "en": "ASEAN, fixed-broadband price (% of GNI per capita)",
        "zh": "东盟固定宽带资费（占人均国民总收入 %）",
    },
    "overview.tn.ie": {"en": "ASEAN internet economy, 2025", "zh": "东盟互联网经济（2025 年）"},
    "overview.caveat.cn_break": {
        "en": "WDI shows a break in 2023 (new survey basis).",
        "zh": "世界银行数据在 2023 年存在序列断点（调查口径变化）。",
    },
    "overview.caveat.iws": {
        "en": "The report's 40.67% is from Internet World Stats; today's value is WDI, population-weighted.",
        "zh": "报告的 40.67% 来自 Internet World Stats；现值为世界银行数据的人口加权平均。",
    },
    "overview.caveat.idi": {
        "en": "Not comparable: the report uses the 0–10 index, today's is ITU's 2023+ 0–100 index.",
        "zh": "不可比：报告使用 0–10 分旧指数，现值为国际电联 2023 年起的 0–100 分新指数。",
    },
    "overview.caveat.tariff": {
        "en": "Report source differs from ITU; the ITU basket is 5 GB since 2018 (1 GB before).",
        "zh": "报告来源与国际电联不同；国际电联篮子自 2018 年起为 5GB（此前为 1GB）。",
    },
    "overview.caveat.gmv": {
        "en": "Forecast (e-Conomy SEA 2016, via the report) vs the 2025 estimate (e-Conomy SEA 2025, 'surpass "
        "$300B'), six countries only.",
        "zh": "预测值（e-Conomy SEA 2016，经报告引用）对比 2025 年估计值（e-Conomy SEA 2025，“超过 3000 亿美元”），仅六国。",
    },
}
