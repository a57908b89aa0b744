"""Strings of the Digital divide page."""

STRINGS = {
    "divide.nav": {"en": "Digital divide", "zh": "数字鸿沟"},
    "divide.title": {"en": "The digital divide", "zh": "数字鸿沟"},
    "divide.intro": {
        "en": "Who is online, who is not, and whether the gap between countries is closing. Countries without "
        "data for a year are shown as missing, never as zero.",
        "zh": "谁已上网、谁仍未上网，以及国家之间的差距是否在缩小。某年没有数据的国家显示为缺失，绝不按零处理。",
    },
    "divide.indicator": {"en": "Indicator", "zh": "指标"},
    "divide.ind.users": {"en": "Individuals using the internet", "zh": "互联网用户比例"},
    "divide.ind.fixed": {"en": "Fixed-broadband subscriptions", "zh": "固定宽带用户"},
    "divide.ind.mobile": {"en": "Mobile-cellular subscriptions", "zh": "移动电话用户"},
    "divide.ind.mbb": {"en": "Active mobile-broadband subscriptions", "zh": "活跃移动宽带用户"},
    "divide.ind.cov3g": {"en": "Population covered by at least 3G", "zh": "3G 及以上网络人口覆盖率"},
    "divide.ind.cov4g": {"en": "Population covered by 4G", "zh": "4G 网络人口覆盖率"},
    "divide.unit.pct": {"en": "% of population", "zh": "占人口 %"},
    "divide.unit.per100": {"en": "per 100 people", "zh": "每百人"},
    "divide.coverage_note": {
        "en": "3G/4G coverage comes from the UN SDG database snapshot of 2020, so it ends in 2018.",
        "zh": "3G/4G 覆盖率取自 2020 年的联合国可持续发展目标数据库快照，因此止于 2018 年。",
    },
    "divide.over_time_h": {"en": "By country, over time", "zh": "各国历年变化"},
    "divide.map_h": {"en": "Map", "zh": "地图"},
    "divide.map_year": {"en": "Year", "zh": "年份"},
    "divide.map_indicator": {"en": "Indicator on the map", "zh": "地图指标"},
    "divide.map_title": {"en": "{indicator}, {year}", "zh": "{indicator}，{year} 年"},
    "divide.map_caption": {
        "en": "Outlines from Natural Earth 1:50m (public domain), bundled with the app so that the map draws with "
        "no internet connection; they imply no position on disputed boundaries. Grey: no data for that year.",
        "zh": "轮廓取自 Natural Earth 1:50m（公有领域），随应用打包，因此地图无需联网即可显示；不代表对任何有争议边界的立场。"
        "灰色：该年无数据。",
    },
    "divide.gap_h": {"en": "Best and worst", "zh": "最高与最低"},
    "divide.gap_def": {
        "en": "**Gap** = best value minus worst value among the selected countries in that year, in the "
        "indicator's units; **ratio** = best ÷ worst (how many times higher).",
        "zh": "**差距** = 当年所选国家中最高值减最低值（以指标本身单位计）；**倍数** = 最高值 ÷ 最低值。",
    },
    "divide.gap_sentence": {
        "en": "{year}: {best} {best_value} vs {worst} {worst_value} ({unit}): a gap of {gap}, a ratio of {ratio}×.",
        "zh": "{year} 年：{best} {best_value}，{worst} {worst_value}（{unit}）：差距 {gap}，倍数 {ratio}。",
    },
    "divide.missing": {"en": "No data in {year} for: {countries}.", "zh": "{year} 年无数据：{countries}。"},
    "divide.inequality_h": {"en": "How unequal is internet use across the group?", "zh": "组内互联网使用有多不平等？"},
    "divide.users_year": {"en": "Year for the Lorenz curve and people offline", "zh": "洛伦兹曲线和离线人口的年份"},
    "divide.lorenz_def": {
        "en": "**Lorenz curve**: countries sorted from the lowest to the highest share online; x = cumulative share "
        "of the group's population, y = cumulative share of its internet users. **Gini coefficient** = 1 − 2 × the "
        "area under the curve: 0 when every country has the same share online; it grows as users concentrate in "
        "some countries. Population-weighted and between countries only: gaps inside a country are not counted.",
        "zh": "**洛伦兹曲线**：按上网比例从低到高排列国家；横轴为组内人口累计占比，纵轴为互联网用户累计占比。"
        "**基尼系数** = 1 − 2 × 曲线下面积：各国上网比例相同时为 0，用户越集中于部分国家越高。按人口加权，仅衡量国家之间的差距，不含国内差距。",
    },
    "divide.lorenz_title": {"en": "Lorenz curve of internet use, {year}", "zh": "互联网使用洛伦兹曲线，{year} 年"},
    "divide.lorenz_x": {"en": "Cumulative share of population", "zh": "人口累计占比"},
    "divide.lorenz_y": {"en": "Cumulative share of internet users", "zh": "互联网用户累计占比"},
    "divide.equality": {"en": "Equal shares", "zh": "完全平等线"},
    "divide.gini_metric": {"en": "Gini of internet use, {year}", "zh": "互联网使用基尼系数，{year} 年"},
    "divide.gini_help": {"en": "Countries counted: {countries}", "zh": "计入的国家：{countries}"},
    "divide.conv_def": {
        "en": "**Convergence**: the spread between countries each year, as the coefficient of variation "
        "(standard deviation ÷ mean of the country shares, unweighted). If it falls over time the countries are "
        "converging. It is compared between the first and last years in which the most countries report, so "
        "the same countries are compared.",
        "zh": "**收敛**：每年各国之间的离散程度，用变异系数衡量（各国比例的标准差 ÷ 均值，不加权）。若随时间下降，说明各国在趋同。"
        "比较的是报告国家最多的首末两年，以保证比较的是同一组国家。",
    },
    "divide.dispersion_title": {"en": "Spread of internet use between countries", "zh": "各国互联网使用的离散程度"},
    "divide.dispersion_y": {"en": "Index (0 = no spread)", "zh": "指数（0 = 无差异）"},
    "divide.cv": {"en": "Coefficient of variation", "zh": "变异系数"},
    "divide.gini": {"en": "Gini (population-weighted)", "zh": "基尼系数（人口加权）"},
    "divide.n_countries": {"en": "countries:", "zh": "国家数："},
    "divide.conv_yes": {
        "en": "Converging: the coefficient of variation fell from {cv0} in {first} to {cv1} in {last} ({n} countries).",
        "zh": "正在收敛：变异系数从 {first} 年的 {cv0} 降至 {last} 年的 {cv1}（{n} 个国家）。",
    },
    "divide.conv_no": {
        "en": "Not converging: the coefficient of variation went from {cv0} in {first} to {cv1} in {last} ({n} countries).",
        "zh": "没有收敛：变异系数从 {first} 年的 {cv0} 变为 {last} 年的 {cv1}（{n} 个国家）。",
    },
    "divide.conv_unknown": {
        "en": "Too few years or countries to tell whether the spread is shrinking.",
        "zh": "年份或国家太少，无法判断差距是否在缩小。",
    },
    "divide.offline_def": {
        "en": "**People offline** = population (World Bank SP.POP.TOTL) × (1 − share using the internet).",
        "zh": "**离线人口** = 人口总数（世界银行 SP.POP.TOTL）×（1 − 互联网使用比例）。",
    },
    "divide.offline_title": {"en": "People not using the internet, {year}", "zh": "未使用互联网的人口，{year} 年"},
    "divide.millions": {"en": "million people", "zh": "百万人"},
    "divide.offline_total": {"en": "Offline in the selected countries, {year}", "zh": "所选国家离线人口，{year} 年"},
    "divide.ratio_h": {"en": "Mobile compared with fixed", "zh": "移动与固定对比"},
    "divide.ratio_def": {
        "en": "**Mobile-to-fixed ratio** = active mobile-broadband subscriptions ÷ fixed-broadband subscriptions "
        "(both per 100 people; ITU via World Bank Data360, and the World Bank): the same pair of measures as the "
        "report's 15× (ASEAN) and 25× (Indonesia) for 2014. ITU's mobile-broadband series here has gaps (no "
        "Indonesia before 2016, no Timor-Leste), so the report's 2014 ratios can be set only beside the nearest "
        "years with data.",
        "zh": "**移动与固定之比** = 活跃移动宽带用户 ÷ 固定宽带用户（均为每百人；国际电联经世界银行 Data360，以及世界银行）："
        "与报告中 2014 年的 15 倍（东盟）和 25 倍（印度尼西亚）比较的是同一对指标。此处国际电联的移动宽带序列有缺失"
        "（印度尼西亚 2016 年以前、东帝汶均无数据），因此报告的 2014 年倍数只能与最接近的有数据年份并列对照。",
    },
    "divide.ratio_title": {
        "en": "Active mobile-broadband subscriptions per fixed-broadband subscription",
        "zh": "每个固定宽带用户对应的活跃移动宽带用户数",
    },
    "divide.ratio_y": {"en": "times (log scale)", "zh": "倍（对数刻度）"},
    "divide.ratio_seed": {"en": "Report: mobile broadband ÷ fixed (2014)", "zh": "报告：移动宽带 ÷ 固定宽带（2014）"},
    "divide.close_h": {"en": "Years to close the gap", "zh": "缩小差距需要多少年"},
    "divide.close_intro": {
        "en": "For the indicator chosen at the top of the page: {indicator}.",
        "zh": "针对页面顶部所选指标：{indicator}。",
    },
    "divide.close_country": {"en": "Country", "zh": "国家"},
    "divide.close_target": {"en": "Target", "zh": "目标"},
    "divide.target.leader": {
        "en": "Leader's latest level: {country} {value}",
        "zh": "领先者最新水平：{country} {value}",
    },
    "divide.target.universal": {"en": "95% (near-universal use)", "zh": "95%（接近普及）"},
    "divide.target.custom": {"en": "Another level", "zh": "自定义水平"},
    "divide.custom_level": {"en": "Level", "zh": "水平"},
    "divide.recent_years": {"en": "Years of history for the pace", "zh": "用于计算速度的历史年数"},
    "divide.method": {"en": "Pace", "zh": "增长方式"},
    "divide.method.linear": {"en": "Same gain each year", "zh": "每年增量相同"},
    "divide.method.compound": {"en": "Same growth rate each year", "zh": "每年增长率相同"},
    "divide.close_def": {
        "en": "**Method**: the average yearly change over the chosen recent years (end points of the observed "
        "values), carried forward from the latest value until the target is reached. **Limits**: penetration "
        "saturates below 100% and growth slows as it nears the top, so the year is the earliest plausible date "
        "at the recent pace, not a forecast; a compound rate overshoots faster. The UN/ITU 2030 target is 100% "
        "of people aged 15 and over; 95% of all ages is used here as a reachable near-universal level.",
        "zh": "**方法**：取所选最近年份内的年均变化（以观测值首尾两点计算），从最新值起按此速度推进，直到达到目标。"
        "**局限**：普及率在 100% 以下就会饱和，接近上限时增长放缓，因此得出的年份是按近期速度最早可能达到的时间，并非预测；"
        "按复合增长率推算会更快越过上限。联合国/国际电联 2030 年目标为 15 岁及以上人口 100% 上网；此处以全年龄 95% 作为可实现的接近普及水平。",
    },
    "divide.proj_linear": {
        "en": "Reaches {target} in {year} at {rate} points a year (average {first}–{last}).",
        "zh": "按每年 {rate} 个百分点（{first}–{last} 年平均）的速度，将于 {year} 年达到 {target}。",
    },
    "divide.proj_compound": {
        "en": "Reaches {target} in {year} at {rate} a year (average {first}–{last}).",
        "zh": "按每年 {rate}（{first}–{last} 年平均）的增长率，将于 {year} 年达到 {target}。",
    },
    "divide.proj_already_reached": {"en": "Already at or above {target}.", "zh": "已达到或超过 {target}。"},
    "divide.proj_not_growing": {
        "en": "Not moving toward {target} over these years: no year can be given.",
        "zh": "这些年份中没有向 {target} 靠近：无法给出年份。",
    },
    "divide.proj_insufficient_data": {
        "en": "Too few data points to project toward {target}.",
        "zh": "数据点太少，无法推算何时达到 {target}。",
    },
    "divide.status.projected": {"en": "projected", "zh": "可推算"},
    "divide.status.already_reached": {"en": "already reached", "zh": "已达到"},
    "divide.status.not_growing": {"en": "not moving toward it", "zh": "未向目标靠近"},
    "divide.status.insufficient_data": {"en": "too little data", "zh": "数据不足"},
    "divide.status.since_break": {"en": "(pace from {year}: series break)", "zh": "（速度自 {year} 年起计：序列断点）"},
    "divide.target_line": {"en": "target {value}", "zh": "目标 {value}"},
    "divide.projection": {"en": "at the recent pace", "zh": "按近期速度"},
    "divide.projection_title": {
        "en": "{country}: {indicator}, and the recent pace carried forward",
        "zh": "{country}：{indicator}及按近期速度的推算",
    },
    "divide.col.last": {"en": "Latest (year)", "zh": "最新值（年份）"},
    "divide.col.status": {"en": "Status", "zh": "状态"},
    "divide.col.year": {"en": "Year reached", "zh": "达到年份"},
    "divide.col.area": {"en": "Area", "zh": "地区"},
    "divide.col.note": {"en": "Source note", "zh": "来源说明"},
    "divide.within_h": {"en": "Divides within countries", "zh": "国内数字鸿沟"},
    "divide.regions_title": {
        "en": "China: mobile-broadband penetration by region, 2015 (as reported)",
        "zh": "中国：分地区移动宽带普及率，2015 年（报告数据）",
    },
    "divide.region.east": {"en": "Eastern China", "zh": "东部地区"},
    "divide.region.central": {"en": "Central China", "zh": "中部地区"},
    "divide.region.west": {"en": "Western China", "zh": "西部地区"},
    "divide.regions_caption": {
        "en": "From the 2016 report (which cites the Report on Export Cross-border E-commerce Development in China "
        "2015-2016); no other source in the store splits China by region.",
        "zh": "数据来自 2016 年报告（其引用《中国出口跨境电子商务发展报告 2015-2016》）；数据库中没有其他按地区拆分中国的数据来源。",
    },
    "divide.gender_title": {
        "en": "Internet use by sex, latest year with both",
        "zh": "按性别的互联网使用率（两者均有数据的最新年份）",
    },
    "divide.male": {"en": "Men", "zh": "男性"},
    "divide.female": {"en": "Women", "zh": "女性"},
    "divide.gender_caption": {
        "en": "ITU data (UN SDG database). Countries without a sex breakdown: {missing}.",
        "zh": "国际电联数据（联合国可持续发展目标数据库）。无性别数据的国家：{missing}。",
    },
    "divide.gender_none": {"en": "None of the selected countries has a sex breakdown.", "zh": "所选国家均无性别数据。"},
    "divide.urban_rural": {
        "en": "Urban and rural internet use: the store has no figures for any of the 12 countries, only ITU's world "
        "and Asia-Pacific estimates below.",
        "zh": "城乡互联网使用：数据库中 12 个国家均无相关数据，只有下列国际电联的全球和亚太估计。",
    },
    "divide.ur.ITU_USERS_URBAN": {"en": "Urban internet use (%)", "zh": "城镇互联网使用率（%）"},
    "divide.ur.ITU_USERS_RURAL": {"en": "Rural internet use (%)", "zh": "农村互联网使用率（%）"},
    "divide.ur.ITU_USERS_URBAN_RURAL_RATIO": {"en": "Urban ÷ rural ratio", "zh": "城乡之比"},
    "divide.quotes_h": {"en": "All the report's divide figures, as quoted", "zh": "报告中全部数字鸿沟数据（原文引用）"},
    "divide.daily.title": {
        "en": "Daily internet use (at least once a day), urban and rural internet users",
        "zh": "每日上网（每天至少一次）：城镇与农村网民",
    },
    "divide.daily.urban": {"en": "Urban, daily use", "zh": "城镇，每日上网"},
    "divide.daily.rural": {"en": "Rural, daily use", "zh": "农村，每日上网"},
    "divide.daily.axis": {
        "en": "% of internet users online at least once a day",
        "zh": "每天至少上网一次的网民比例（%）",
    },
    "divide.daily.note": {
        "en": "Daily use is how often internet users go online, a share of internet users, not of the population: "
        "it is not the 'individuals using the internet' indicator and can be higher than it. Each country's latest "
        "year with both values; ITU publishes it for few countries.",
        "zh": "每日上网衡量的是网民上网的频率，是占网民而非占人口的比例：它不是“互联网用户比例”指标，数值可能高于后者。"
        "每个国家取两项数值均有的最近年份；国际电联仅公布了少数国家的数据。",
    },
}
