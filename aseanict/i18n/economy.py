"""Strings of the Internet economy & e-commerce page."""

STRINGS = {
    "nav.economy": {"en": "Internet economy", "zh": "互联网经济"},
    "econ.title": {"en": "Internet economy and e-commerce", "zh": "互联网经济与电子商务"},
    "econ.intro": {
        "en": "Southeast Asia's internet economy as the e-Conomy SEA reports measured it, edition by edition, and "
        "the e-commerce figures of the 2016 CAICT report. Forecasts are kept apart from estimates: every edition "
        "revised its outlook.",
        "zh": "按 e-Conomy SEA 各期报告测算的东南亚互联网经济，以及 2016 年 CAICT 报告中的电子商务数据。预测与估计"
        "分开显示：每一期报告都修订了前景预测。",
    },
    "econ.what_is_gmv": {
        "en": "**What GMV is.** Gross merchandise value is the value of goods and services sold online "
        "(e-commerce, online travel, online media, ride-hailing and food delivery) at the price buyers paid. It "
        "is a sales total, not value added, so it is **not** GDP or a part of it; GMV as a % of GDP only gives a "
        "sense of scale.",
        "zh": "**GMV 是什么。** 商品交易总额（GMV）是在线售出的商品和服务（电子商务、在线旅游、在线媒体、网约车和外卖）"
        "按买方支付价格计算的总值。它是销售总额而非增加值，因此**不是** GDP，也不是 GDP 的组成部分；GMV 占 GDP "
        "的比例只用来说明规模。",
    },
    "econ.which_countries": {
        "en": "**Which countries.** e-Conomy SEA (Google, Temasek, Bain & Company) covers six countries: "
        "Indonesia, Malaysia, the Philippines, Singapore, Thailand and Viet Nam. Brunei, Cambodia, Lao PDR, "
        "Myanmar and Timor-Leste are not included. Where the CAICT report says 'ASEAN' for these figures, its "
        "source measured these six.",
        "zh": "**涵盖哪些国家。** e-Conomy SEA（谷歌、淡马锡、贝恩）涵盖六国：印度尼西亚、马来西亚、菲律宾、新加坡、"
        "泰国和越南，不含文莱、柬埔寨、老挝、缅甸和东帝汶。CAICT 报告在这些数字上所说的“东盟”，其来源实际只测算了这六国。",
    },
    "econ.cov.SEA6": {
        "en": "Covers six countries: Indonesia, Malaysia, the Philippines, Singapore, Thailand, Viet Nam (not "
        "Brunei, Cambodia, Lao PDR, Myanmar, Timor-Leste).",
        "zh": "涵盖六国：印度尼西亚、马来西亚、菲律宾、新加坡、泰国、越南（不含文莱、柬埔寨、老挝、缅甸、东帝汶）。",
    },
    "econ.cov.SEA": {
        "en": "Covers Southeast Asia as eMarketer defines it: another source and scope than e-Conomy SEA.",
        "zh": "涵盖 eMarketer 定义的东南亚：来源和范围都与 e-Conomy SEA 不同。",
    },
    "econ.cov.ASEAN": {
        "en": "The report says 'ASEAN'; its source for these figures, e-Conomy SEA, covered six countries.",
        "zh": "报告称“东盟”；这些数字的来源 e-Conomy SEA 只涵盖六国。",
    },
    "econ.cov.ASEAN6": {"en": "The report's '6 major ASEAN economies'.", "zh": "报告所说的“东盟六大经济体”。"},
    "econ.cov.country": {"en": "Covers {name} only.", "zh": "仅涵盖{name}。"},
    "econ.series": {"en": "Figure and coverage", "zh": "指标与范围"},
    "econ.editions_title": {
        "en": "{indicator}, {entity}: estimates and each edition's forecasts",
        "zh": "{indicator}（{entity}）：估计值与各期预测",
    },
    "econ.editions_caption": {
        "en": "Solid line: estimates, each year from the latest edition that reports it (a triangle marks a lower "
        "bound, 'more than'); hollow circles: earlier editions' figures for the same year. Dashed lines: one "
        "forecast per edition, from the base it stated to its target (a large diamond). Editions are never joined "
        "into one line.",
        "zh": "实线：估计值，每年取报告该年的最新一期（三角形表示下限，即“超过”）；空心圆：较早各期对同一年的数字。"
        "虚线：每期一条预测，从该期给出的基数到目标值（大菱形）。不同期的数字从不连成一条线。",
    },
    "econ.chart.estimates": {"en": "Estimates (latest edition per year)", "zh": "估计值（每年取最新一期）"},
    "econ.chart.earlier": {"en": "Earlier editions' figures (restated)", "zh": "较早各期的数字（已被修订）"},
    "econ.chart.forecast_by": {"en": "Forecast, {edition}", "zh": "预测：{edition}"},
    "econ.chart.forecast": {"en": "Forecast", "zh": "预测"},
    "econ.chart.actual_line": {
        "en": "{year} estimate: {value} ({edition})",
        "zh": "{year} 年估计值：{value}（{edition}）",
    },
    "econ.revisions": {"en": "How the forecast for one year was revised", "zh": "同一目标年的预测如何被修订"},
    "econ.target_year": {"en": "Target year", "zh": "目标年份"},
    "econ.revisions_title": {
        "en": "Forecasts of {indicator} for {year}, {entity}, by edition",
        "zh": "各期对 {year} 年{indicator}（{entity}）的预测",
    },
    "econ.revisions_summary": {
        "en": "The forecast for {year} moved from {first} ({first_edition}) to {last} ({last_edition}). "
        "The estimate for {year} is {actual} ({edition}).",
        "zh": "对 {year} 年的预测从 {first}（{first_edition}）变为 {last}（{last_edition}）。{year} 年的估计值为 "
        "{actual}（{edition}）。",
    },
    "econ.revisions_no_actual": {
        "en": "The forecast for {year} moved from {first} ({first_edition}) to {last} ({last_edition}). The data "
        "has no estimate for {year}.",
        "zh": "对 {year} 年的预测从 {first}（{first_edition}）变为 {last}（{last_edition}）。数据中没有 {year} 年的估计值。",
    },
    "econ.lower_bound_note": {
        "en": "'>' marks a lower bound: the source said 'more than' or 'surpass'.",
        "zh": "“>”表示下限：来源的说法是“超过”。",
    },
    "econ.no_revisions": {"en": "No edition forecast this figure.", "zh": "没有任何一期预测该指标。"},
    "econ.col.edition": {"en": "Edition", "zh": "报告期"},
    "econ.col.made_in": {"en": "Published", "zh": "发布年份"},
    "econ.col.base": {"en": "Stated base", "zh": "给出的基数"},
    "econ.col.target": {"en": "Forecast", "zh": "预测值"},
    "econ.col.change": {"en": "Change vs previous edition (%)", "zh": "较上一期变化（%）"},
    "econ.col.quote": {"en": "Quote", "zh": "原文"},
    "econ.col.what": {"en": "Figure", "zh": "指标"},
    "econ.col.covers": {"en": "Covers", "zh": "范围"},
    "econ.col.origin": {"en": "From", "zh": "出处"},
    "econ.col.forecast": {"en": "Forecast?", "zh": "是否预测"},
    "econ.col.notes": {"en": "Notes (data)", "zh": "数据说明"},
    "econ.later_targets": {"en": "Show forecasts for years after {year}", "zh": "显示 {year} 年以后的预测"},
    "econ.entity.ASEAN6": {"en": "6 major ASEAN economies (report)", "zh": "东盟六大经济体（报告）"},
    "econ.col.id": {"en": "Report figure no.", "zh": "报告数字编号"},
    "econ.sectors": {"en": "By sector", "zh": "分行业"},
    "econ.sectors_title": {
        "en": "GMV by sector, six countries (USD billion, latest edition per year)",
        "zh": "分行业 GMV，六国（十亿美元，每年取最新一期）",
    },
    "econ.sectors_caption": {
        "en": "Sectors as e-Conomy SEA defines them. A missing bar is a year no edition in the data reports, not zero.",
        "zh": "行业按 e-Conomy SEA 的定义。缺少的柱表示数据中没有任何一期报告该年，而不是零。",
    },
    "econ.sector.GMV_ECOM": {"en": "E-commerce", "zh": "电子商务"},
    "econ.sector.GMV_TRAVEL": {"en": "Online travel", "zh": "在线旅游"},
    "econ.sector.GMV_MEDIA": {"en": "Online media", "zh": "在线媒体"},
    "econ.sector.GMV_TRANSPORT": {"en": "Transport & food delivery", "zh": "出行与外卖"},
    "econ.countries": {"en": "By country", "zh": "分国家"},
    "econ.countries_title": {
        "en": "Internet-economy GMV by country (USD billion, latest edition per year)",
        "zh": "分国家互联网经济 GMV（十亿美元，每年取最新一期）",
    },
    "econ.countries_caption": {
        "en": "Countries with GMV levels in the data: {have}. None for: {missing}.",
        "zh": "数据中有 GMV 数值的国家：{have}。没有数值的：{missing}。",
    },
    "econ.pct_gdp_title": {
        "en": "Internet-economy GMV as % of GDP, {year}",
        "zh": "{year} 年互联网经济 GMV 占 GDP 比例",
    },
    "econ.pct_gdp_caption": {
        "en": "GMV is sales, not value added: this ratio compares scale only.",
        "zh": "GMV 是销售额而非增加值：该比例只用于比较规模。",
    },
    "econ.china": {"en": "E-commerce in the CAICT report (2016)", "zh": "CAICT 报告（2016）中的电子商务"},
    "econ.china_intro": {
        "en": "China's and ASEAN's e-commerce figures as printed in the report, each with its exact quote. "
        "'Forecast' marks what the report expected rather than observed; amounts in yuan are not converted.",
        "zh": "报告原样刊印的中国和东盟电子商务数字，均附原文。“预测”表示报告的预期而非观测值；人民币金额未作换算。",
    },
    "econ.shares": {"en": "E-commerce share figures", "zh": "电子商务占比数据"},
    "econ.shares_intro": {
        "en": "Percentages from the report next to e-Conomy SEA's GMV as % of GDP; the last column says whom each "
        "covers. They measure different things and are not comparable with each other.",
        "zh": "报告中的百分比与 e-Conomy SEA 的 GMV 占 GDP 比例并列；最后一列说明各自的范围。它们衡量的内容不同，彼此不可比。",
    },
    "econ.origin.caict": {"en": "CAICT report (2016)", "zh": "CAICT 报告（2016）"},
    "econ.origin.econ": {"en": "e-Conomy SEA", "zh": "e-Conomy SEA 报告"},
    "econ.yes": {"en": "forecast", "zh": "预测"},
    "econ.unit.million": {"en": "million", "zh": "百万"},
    "econ.unit.pct_gdp": {"en": "% of GDP", "zh": "占 GDP %"},
    "econ.forecast_link": {
        "en": "How did these forecasts fare? See **Projections & forecasts → Forecasts vs what happened**.",
        "zh": "这些预测结果如何？见 **预测与情景 → 预测与实际**。",
    },
    "econ.cn_retail": {"en": "China: online retail sales, 2020–2023", "zh": "中国：网上零售额，2020–2023 年"},
    "econ.cn_retail_share": {
        "en": "Physical goods sold online were {share}% of all retail sales of consumer goods in {year}.",
        "zh": "{year} 年实物商品网上零售额占社会消费品零售总额的 {share}%。",
    },
    "econ.cn_retail_note": {
        "en": "From the National Bureau of Statistics' annual communiqués, read on sites that mirror them. Hatched "
        "bars (2020, 2022) rest on weaker sources, a consultancy page and a press report of a rounded figure, and "
        'carry their "~". Earlier years and 2024 were not found in a readable copy.',
        "zh": "取自国家统计局年度统计公报（经转载网站读取）。带斜线的柱形（2020、2022 年）来源较弱，分别为咨询机构网页和媒体报道的"
        "约数，并标有“~”。更早年份和 2024 年未找到可读的副本。",
    },
}
