"""Strings of the Broadband tariffs and affordability page."""

STRINGS = {
    "tariffs.nav": {"en": "Tariffs & affordability", "zh": "资费与可负担性"},
    "tariffs.title": {"en": "Broadband tariffs and affordability", "zh": "宽带资费与可负担性"},
    "tariffs.intro": {
        "en": "ITU's price baskets: the monthly price of the cheapest plan that includes a set allowance, as a share "
        "of monthly GNI per capita, in US dollars or in PPP dollars. ITU has changed what the baskets contain "
        "several times, so each basket definition is drawn as its own line and never joined to the next.",
        "zh": "国际电联价格篮子：包含规定用量的最便宜套餐的月价格，可按占月人均国民总收入的比例、美元或购买力平价美元显示。"
        "国际电联多次调整篮子内容，因此每种篮子定义单独成线，绝不与下一种相连。",
    },
    "tariffs.basket": {"en": "Price basket", "zh": "价格篮子"},
    "tariffs.group.fixed": {"en": "Fixed broadband", "zh": "固定宽带"},
    "tariffs.group.mobile_data": {"en": "Mobile data (data-only)", "zh": "移动数据（纯数据）"},
    "tariffs.group.mdv_low": {"en": "Mobile data and voice, low usage", "zh": "移动数据与语音（低用量）"},
    "tariffs.group.mdv_high": {"en": "Mobile data and voice, high usage", "zh": "移动数据与语音（高用量）"},
    "tariffs.unit_label": {"en": "Unit", "zh": "单位"},
    "tariffs.unit.pct_gni": {"en": "% of monthly GNI per capita", "zh": "占月人均国民总收入 %"},
    "tariffs.unit.usd": {"en": "US$ a month", "zh": "美元/月"},
    "tariffs.unit.ppp": {"en": "PPP$ a month", "zh": "购买力平价美元/月"},
    "tariffs.show_experimental": {"en": "Show experimental values", "zh": "显示试验性数值"},
    "tariffs.show_world": {"en": "World median", "zh": "世界中位数"},
    "tariffs.log_scale": {"en": "Logarithmic scale", "zh": "对数刻度"},
    "tariffs.def.fbb_1gb": {"en": "1 GB basket (2008–2017)", "zh": "1GB 篮子（2008–2017）"},
    "tariffs.def.fbb_5gb": {"en": "5 GB basket (2018–)", "zh": "5GB 篮子（2018–）"},
    "tariffs.def.mbb_1gb": {
        "en": "1 GB, postpaid computer-based (2013–2017)",
        "zh": "1GB，后付费电脑上网（2013–2017）",
    },
    "tariffs.def.mbb_1_5gb": {"en": "1.5 GB data-only (2018–2020)", "zh": "1.5GB 纯数据（2018–2020）"},
    "tariffs.def.mbb_2gb": {"en": "2 GB data-only (2021–)", "zh": "2GB 纯数据（2021–）"},
    "tariffs.def.mbb_5gb": {"en": "5 GB data-only (official from 2025)", "zh": "5GB 纯数据（2025 年起为正式篮子）"},
    "tariffs.def.mdv_low_500mb": {
        "en": "70 min + 20 SMS + 500 MB (2018–2024)",
        "zh": "70 分钟 + 20 条短信 + 500MB（2018–2024）",
    },
    "tariffs.def.mdv_low_1gb": {"en": "70 min + 50 SMS + 1 GB (2025–)", "zh": "70 分钟 + 50 条短信 + 1GB（2025–）"},
    "tariffs.def.mdv_high_1_5gb": {
        "en": "140 min + 70 SMS + 1.5 GB (2018–2020)",
        "zh": "140 分钟 + 70 条短信 + 1.5GB（2018–2020）",
    },
    "tariffs.def.mdv_high_2gb": {"en": "140 min + 70 SMS + 2 GB (2021–)", "zh": "140 分钟 + 70 条短信 + 2GB（2021–）"},
    "tariffs.def.mdv_high_5gb": {"en": "140 min + 20 SMS + 5 GB (2025–)", "zh": "140 分钟 + 20 条短信 + 5GB（2025–）"},
    "tariffs.short.fbb_1gb": {"en": "1 GB", "zh": "1GB"},
    "tariffs.short.fbb_5gb": {"en": "5 GB basket", "zh": "5GB 篮子"},
    "tariffs.short.mbb_1gb": {"en": "1 GB", "zh": "1GB"},
    "tariffs.short.mbb_1_5gb": {"en": "1.5 GB", "zh": "1.5GB"},
    "tariffs.short.mbb_2gb": {"en": "2 GB", "zh": "2GB"},
    "tariffs.short.mbb_5gb": {"en": "5 GB", "zh": "5GB"},
    "tariffs.short.mdv_low_500mb": {"en": "500 MB bundle", "zh": "500MB 套餐"},
    "tariffs.short.mdv_low_1gb": {"en": "1 GB bundle", "zh": "1GB 套餐"},
    "tariffs.short.mdv_high_1_5gb": {"en": "1.5 GB bundle", "zh": "1.5GB 套餐"},
    "tariffs.short.mdv_high_2gb": {"en": "2 GB bundle", "zh": "2GB 套餐"},
    "tariffs.short.mdv_high_5gb": {"en": "5 GB bundle", "zh": "5GB 套餐"},
    "tariffs.short.unknown": {"en": "basket not documented", "zh": "篮子未注明"},
    "tariffs.def.unknown": {"en": "basket not documented", "zh": "篮子未注明"},
    "tariffs.experimental": {"en": "experimental (ITU flag)", "zh": "试验性（国际电联标注）"},
    "tariffs.median_panel": {"en": "World median (ITU constant panel)", "zh": "世界中位数（国际电联固定样本）"},
    "tariffs.median_ff": {"en": "World median (ITU Facts and Figures)", "zh": "世界中位数（国际电联《事实与数据》）"},
    "tariffs.target_short.bc2025": {"en": "Broadband Commission 2025: < 2%", "zh": "宽带委员会 2025 目标：< 2%"},
    "tariffs.target_short.a4ai_1for2": {"en": "A4AI “1 for 2”: 1 GB ≤ 2%", "zh": "A4AI “1 for 2”：1GB ≤ 2%"},
    "tariffs.target_line": {"en": "Target: {value}%", "zh": "目标：{value}%"},  # the line's label (legend: in full)
    "tariffs.targets_line": {"en": "Targets: {value}%", "zh": "目标：{value}%"},
    "tariffs.target_short.a4ai_5gb": {"en": "A4AI 5 GB ≤ 2% by 2026", "zh": "A4AI 2026 年 5GB ≤ 2%"},
    "tariffs.break_new": {"en": "→ {basket}", "zh": "→ 改为{basket}"},
    "tariffs.break_official": {"en": "{basket} official", "zh": "{basket}转为正式"},
    "tariffs.chart_title": {"en": "{basket}: price of the ITU basket", "zh": "{basket}：国际电联价格篮子"},
    "tariffs.chart_caption": {
        "en": "{year}: cheapest {low} ({low_value}), dearest {high} ({high_value}), in {unit}. Each line is one "
        "basket definition; dotted lines with hollow markers are values ITU marks experimental.",
        "zh": "{year} 年：最便宜为{low}（{low_value}），最贵为{high}（{high_value}），单位：{unit}。每条线代表一种篮子定义；"
        "虚线和空心标记为国际电联标注的试验性数值。",
    },
    "tariffs.chart_caption_empty": {
        "en": "Each line is one basket definition; dotted lines with hollow markers are values ITU marks experimental.",
        "zh": "每条线代表一种篮子定义；虚线和空心标记为国际电联标注的试验性数值。",
    },
    "tariffs.releases": {"en": "Where each year comes from: {items}.", "zh": "各年份数据来源：{items}。"},
    "tariffs.no_rows": {"en": "No prices for this basket and selection.", "zh": "此篮子和所选国家没有价格数据。"},
    "tariffs.targets_h": {
        "en": "Affordability targets: who meets them, year by year",
        "zh": "可负担性目标：逐年达标情况",
    },
    "tariffs.target_def.bc2025": {
        "en": "**Broadband Commission 2025 target** (adopted January 2018): entry-level broadband services "
        "should cost less than 2% of monthly GNI per capita. Judged here on the fixed-broadband, data-only "
        "mobile and low-usage data-and-voice baskets, each as it is.",
        "zh": "**宽带委员会 2025 年目标**（2018 年 1 月通过）：入门级宽带服务价格应低于月人均国民总收入的 2%。"
        "此处按固定宽带、纯数据移动宽带和低用量数据与语音篮子各自的价格判断。",
    },
    "tariffs.target_def.a4ai_1for2": {
        "en": "**A4AI “1 for 2”** (2016): 1 GB of mobile broadband data for 2% or less of average monthly income. "
        "It fits ITU's data-only basket directly only in the years that basket was 1 GB (2013–2017).",
        "zh": "**A4AI “1 for 2”**（2016 年）：1GB 移动宽带数据的价格不超过月平均收入的 2%。"
        "只有在国际电联纯数据篮子为 1GB 的年份（2013–2017）才能直接对照。",
    },
    "tariffs.target_def.a4ai_5gb": {
        "en": "**A4AI “Journey from 1 to 5”** (July 2021): 5 GB of mobile or fixed broadband for 2% or less of "
        "average monthly income by 2026. It fits the 5 GB fixed basket (from 2018) and the 5 GB mobile basket "
        "(experimental 2022–2024, official from 2025).",
        "zh": "**A4AI “从 1 到 5”**（2021 年 7 月）：到 2026 年，5GB 移动或固定宽带的价格不超过月平均收入的 2%。"
        "可对照 5GB 固定宽带篮子（2018 年起）和 5GB 移动篮子（2022–2024 年为试验性，2025 年起为正式）。",
    },
    "tariffs.target_pick": {"en": "Target", "zh": "目标"},
    "tariffs.year_pick": {"en": "Year on the map", "zh": "地图年份"},
    "tariffs.status.meets": {"en": "meets", "zh": "达标"},
    "tariffs.status.meets_larger": {"en": "meets (shown by a larger basket)", "zh": "达标（由更大用量篮子推断）"},
    "tariffs.status.fails": {"en": "does not meet", "zh": "未达标"},
    "tariffs.status.fails_smaller": {
        "en": "does not meet (shown by a smaller basket)",
        "zh": "未达标（由更小用量篮子推断）",
    },
    "tariffs.status.undetermined": {"en": "cannot tell from this basket", "zh": "无法由此篮子判断"},
    "tariffs.status.no_data": {"en": "no data", "zh": "无数据"},
    "tariffs.status.not_applicable": {"en": "target does not fit this basket", "zh": "目标不适用于此篮子"},
    "tariffs.map_title": {"en": "{target}, {year}", "zh": "{target}，{year} 年"},
    "tariffs.counts": {
        "en": "In {year}: {meets} of {n} selected countries meet the target, {fails} do not, {unknown} cannot be judged.",
        "zh": "{year} 年：所选 {n} 个国家中 {meets} 个达标，{fails} 个未达标，{unknown} 个无法判断。",
    },
    "tariffs.not_applicable_msg": {
        "en": "This target does not fit the chosen basket. Pick the fixed-broadband or mobile-data basket above.",
        "zh": "此目标不适用于所选篮子。请在上方选择固定宽带或移动数据篮子。",
    },
    "tariffs.method": {
        "en": "How it is judged: ITU prices the cheapest plan with at least the basket's allowance, so a plan with "
        "more data can only cost the same or more. A larger basket within 2% therefore shows the target's "
        "allowance is too; a smaller basket above 2% shows the target's is not; other cases cannot be told. "
        "ITU divides by GNI per capita, a proxy for the average income the A4AI targets name. "
        "Symbols: ✓ meets, ✗ does not, (✓)/(✗) shown by a larger/smaller basket, ? cannot tell, – no data, "
        "† experimental value.",
        "zh": "判断方法：国际电联按至少包含篮子用量的最便宜套餐定价，因此数据更多的套餐价格只会相同或更高。"
        "所以更大用量的篮子低于 2% 时，目标用量也必然达标；更小用量的篮子高于 2% 时，目标用量必然不达标；其他情况无法判断。"
        "国际电联以人均国民总收入近似 A4AI 目标中的平均收入。符号：✓ 达标，✗ 未达标，(✓)/(✗) 由更大/更小用量篮子推断，"
        "? 无法判断，– 无数据，† 试验性数值。",
    },
    "tariffs.grid_h": {"en": "Every country and year", "zh": "各国逐年情况"},
    "tariffs.seed_h": {
        "en": "The 2016 report's tariff figures beside ITU's",
        "zh": "2016 年报告的资费数据与国际电联数据对照",
    },
    "tariffs.seed_intro": {
        "en": "The CAICT report cites the Broadband Development Alliance for its tariff figures, not ITU. The "
        "numbers differ; both are shown, neither is corrected. The store has no ITU ASEAN average, so the ITU "
        "side of the report's ASEAN rows is a simple mean derived here from the members with data.",
        "zh": "CAICT 报告的资费数据引自宽带发展联盟，而非国际电联。两者数值不同；此处并列展示，不作修正。"
        "数据库中没有国际电联的东盟平均值，因此报告中东盟行对应的国际电联数值是本工具根据有数据成员国推算的简单平均。",
    },
    "tariffs.seed_no_itu": {
        "en": "ITU has no value for this basket and year.",
        "zh": "国际电联没有该篮子该年份的数值。",
    },
    "tariffs.seed_diff": {
        "en": "Report {seed}% vs ITU {itu}%: a difference of {diff} percentage points (the report's value is "
        "{ratio}× ITU's).",
        "zh": "报告 {seed}% 对国际电联 {itu}%：相差 {diff} 个百分点（报告数值为国际电联的 {ratio} 倍）。",
    },
    "tariffs.seed_derived": {
        "en": "ITU value derived here: simple mean of {members}; missing: {missing}.",
        "zh": "国际电联数值为本工具推算：{members} 的简单平均；缺失：{missing}。",
    },
    "tariffs.changes_h": {
        "en": "China's 2015 tariff cuts beside ITU's baskets",
        "zh": "中国 2015 年降费与国际电联篮子对照",
    },
    "tariffs.changes_caveat": {
        "en": "Different measures: the report does not say how its tariff level is defined; ITU prices one basket "
        "(the cheapest plan with at least 1 GB) in PPP dollars, which removes exchange-rate moves. A cut in "
        "average tariffs per unit of bandwidth or traffic need not move the price of an entry basket.",
        "zh": "口径不同：报告未说明其资费水平如何定义；国际电联以购买力平价美元为一个篮子定价（至少含 1GB 的最便宜套餐），"
        "剔除了汇率变动。单位带宽或单位流量平均资费的下降不一定会改变入门篮子的价格。",
    },
    "tariffs.change_statement": {
        "en": "Report {seed}% vs ITU {itu}%: ITU's basket price, PPP$ a month, went {before} ({y0}) → {after} ({y1}).",
        "zh": "报告 {seed}% 对国际电联 {itu}%：国际电联篮子价格（购买力平价美元/月）{before}（{y0}）→ {after}（{y1}）。",
    },
    "tariffs.quotes_h": {"en": "All the report's tariff figures, as quoted", "zh": "报告中全部资费数据（原文引用）"},
    "tariffs.col.id": {"en": "Report figure no.", "zh": "报告数字编号"},
    "tariffs.col.seed": {"en": "Report (% of GNI)", "zh": "报告（占 GNI %）"},
    "tariffs.col.itu": {"en": "ITU (% of GNI)", "zh": "国际电联（占 GNI %）"},
    "tariffs.col.basket": {"en": "ITU basket", "zh": "国际电联篮子"},
    "tariffs.col.statement": {"en": "Discrepancy", "zh": "差异说明"},
    "tariffs.col.quote": {"en": "Quote", "zh": "原文"},
    "tariffs.col.cited": {"en": "Source cited by the report", "zh": "报告引用来源"},
    "tariffs.col.notes": {"en": "Notes", "zh": "备注"},
    "tariffs.col.seed_change": {"en": "Report change (%)", "zh": "报告变化（%）"},
    "tariffs.col.itu_change": {"en": "ITU change, PPP$ (%)", "zh": "国际电联变化，购买力平价美元（%）"},
}
