"""Strings of the Country profiles and comparison page (and the 0-1 scaling note of compare.py)."""

STRINGS = {
    "nav.countries": {"en": "Country profiles", "zh": "国家概况"},
    "brief.download": {"en": "Country brief (A4 PDF)", "zh": "国家简报（A4 PDF）"},
    "brief.ready": {
        "en": "The country brief of {name} is ready to download.",
        "zh": "{name}的国家简报已可下载。",
    },
    "brief.subtitle": {
        "en": "ICT at a glance: latest values, rank among ASEAN + China, gaps to ASEAN and the World",
        "zh": "信息通信技术一览：最新值、在东盟+中国中的排名、与东盟和世界的差距",
    },
    "brief.affordability": {
        "en": "Entry-level broadband price (% of monthly GNI per capita) against the {threshold}% target",
        "zh": "入门级宽带价格（占人均月国民总收入 %）与 {threshold}% 目标",
    },
    "brief.target": {"en": "Target: below 2%", "zh": "目标：低于 2%"},
    "brief.pct_gni": {"en": "% of GNI p.c. (log)", "zh": "占人均国民总收入 %（对数）"},
    "brief.idi_old": {"en": "IDI, 2009–2017 method (0–10)", "zh": "IDI，2009–2017 方法（0–10）"},
    "brief.idi_new": {"en": "IDI, 2023 method (0–100)", "zh": "IDI，2023 方法（0–100）"},
    "brief.notes": {
        "en": "Dashed line: Broadband Commission 2025 target (below 2%). ASEAN: derived mean of the latest year in "
        "which every member had data. Sparklines start after the latest gap or series break.",
        "zh": "虚线：宽带委员会 2025 年目标（低于 2%）。东盟：所有成员均有数据的最近年份的推算平均值。"
        "迷你趋势图从最近的缺失年份或序列断点之后开始。",
    },
    "brief.failed": {"en": "The country brief could not be made: {reason}", "zh": "无法生成国家简报：{reason}"},
    "prof.title": {"en": "Country profiles and comparison", "zh": "国家概况与比较"},
    "prof.intro": {
        "en": "One country's key ICT indicators against ASEAN and the world, then up to six countries side by "
        "side. Every value carries its own year; a missing value is shown as missing, never as zero.",
        "zh": "先看一个国家的关键信息通信指标与东盟和世界的对比，再并列比较最多六个国家。每个数值都注明年份；缺失值显示为缺失，绝不当作零。",
    },
    "prof.profile_header": {"en": "Profile", "zh": "国家概况"},
    "prof.col.latest": {"en": "Latest (year)", "zh": "最新值（年份）"},
    "prof.col.trend": {"en": "Trend", "zh": "趋势"},
    "prof.col.vs_asean": {
        "en": "Gap to ASEAN (ASEAN value, year, members)",
        "zh": "与东盟差距（东盟数值，年份，成员数）",
    },
    "prof.col.vs_world": {"en": "Gap to World (World value)", "zh": "与世界差距（世界数值）"},
    "prof.versus": {"en": "{gap} ({ref})", "zh": "{gap}（{ref}）"},
    "prof.col.rank": {"en": "Rank in ASEAN+China", "zh": "东盟+中国内排名"},
    "prof.rank_of": {"en": "{rank} of {n} with data in {year}", "zh": "{year} 年有数据的 {n} 国中第 {rank}"},
    "prof.basis": {"en": "{year}, all {m} members", "zh": "{year} 年，全部 {m} 个成员国"},
    "prof.median": {"en": "; median {value}", "zh": "；中位数 {value}"},
    "prof.col.trend_from": {"en": "Trend from", "zh": "趋势起始"},
    "prof.short.IT.NET.USER.ZS": {"en": "Internet users (% of population)", "zh": "互联网用户（占人口 %）"},
    "prof.short.IT.NET.BBND.P2": {"en": "Fixed broadband (per 100 people)", "zh": "固定宽带（每百人）"},
    "prof.short.IT.CEL.SETS.P2": {"en": "Mobile subscriptions (per 100 people)", "zh": "移动电话用户（每百人）"},
    "prof.short.ITU_IDI_NEW": {"en": "IDI, 2023 method (0–100)", "zh": "IDI，2023 方法（0–100）"},
    "prof.short.ITU_FBB_PCT_GNI": {
        "en": "Fixed-broadband price (% of monthly GNI p.c.)",
        "zh": "固定宽带资费（占月人均国民总收入 %）",
    },
    "prof.short.ITU_MBB_DATA_PCT_GNI": {
        "en": "Mobile data price, 2 GB (% of monthly GNI p.c.)",
        "zh": "移动数据资费 2GB（占月人均国民总收入 %）",
    },
    "prof.short.NY.GNP.PCAP.CD": {
        "en": "GNI per capita (current US$, Atlas)",
        "zh": "人均国民总收入（现价美元，阿特拉斯法）",
    },
    "prof.card_caption": {
        "en": "Each row shows the country's latest value. The rank is for the latest year in which (nearly) all 12 "
        "countries have data, and says which year and how many; rank 1 is best (for prices, the cheapest). ASEAN "
        "is derived here from the latest year in which every member had data (Timor-Leste counts from 2025), and "
        "the gap compares the country's value in that same year: population-weighted for shares, subscriptions "
        "and income, a simple mean for the IDI and prices. The World gap uses the country's latest year. Gaps are "
        "in the indicator's own units (positive = above). World prices are ITU medians, not means. The trend "
        "covers the latest run of years without a gap.",
        "zh": "每行显示该国最新数值。排名采用 12 国（几乎）都有数据的最近年份，并注明年份和参与排名的国家数；排名 1 为最好"
        "（资费为最便宜）。东盟数值由本工具根据所有成员国均有数据的最近年份推算（东帝汶自 2025 年起计入），差距按该国同一年份的数值计算："
        "比例、用户数和收入按人口加权，IDI 和资费为简单平均。与世界的差距采用该国最新年份。差距以指标自身单位表示（正数为高于）。"
        "世界资费为国际电联中位数而非平均值。趋势线只覆盖最近一段没有缺失年份的连续数据。",
    },
    "prof.compare_header": {"en": "Compare 2–6 countries", "zh": "比较 2–6 个国家"},
    "prof.peers": {"en": "Peers shortcut", "zh": "同类国家快捷选择"},
    "prof.peers_none": {"en": "(choose a group)", "zh": "（选择一个组别）"},
    "prof.no_income_groups": {
        "en": "Income-group peers are not offered: the data has no income classification for each country, "
        "and this dashboard does not invent one.",
        "zh": "不提供按收入组别的同类国家：数据中没有各国的收入分类，本仪表板也不自行编造。",
    },
    "prof.compare_pick": {"en": "Countries to compare (2–6)", "zh": "比较的国家（2–6 个）"},
    "prof.pick_two": {"en": "Pick at least two countries to compare.", "zh": "请至少选择两个国家进行比较。"},
    "prof.multiples_title": {"en": "Key indicators over time", "zh": "关键指标随时间变化"},
    "prof.multiples_caption": {
        "en": "Each panel has its own scale. Breaks in a line are years without data. Price baskets changed "
        "definition over time (see the notes above).",
        "zh": "每个小图有各自的刻度。线条中断处为无数据年份。资费篮子的定义随时间变化（见上方说明）。",
    },
    "prof.ranking": {"en": "Ranking for any indicator and year", "zh": "任一指标、任一年份的排名"},
    "prof.col.rank_selected": {"en": "Rank among these countries", "zh": "在所选国家中的排名"},
    "prof.dir.higher": {"en": "Higher is better.", "zh": "数值越高越好。"},
    "prof.dir.lower": {"en": "Lower is better (rank 1 = lowest).", "zh": "数值越低越好（排名 1 为最低）。"},
    "prof.dir.none": {
        "en": "This indicator has no better direction; ranked from highest to lowest.",
        "zh": "该指标没有优劣方向，按从高到低排序。",
    },
    "prof.rank_caption": {
        "en": "Countries without a value that year are listed last with no rank.",
        "zh": "当年没有数值的国家列在最后，不参与排名。",
    },
    "prof.profile_chart": {"en": "Normalised profile", "zh": "标准化概况"},
    "prof.profile_title": {
        "en": "Where each country stands within this group (0–1)",
        "zh": "各国在本组中的相对位置（0–1）",
    },
    "prof.score_axis": {"en": "Score within the group (1 = best, 0 = weakest)", "zh": "组内得分（1 为最好，0 为最弱）"},
    "prof.profile_years": {
        "en": "Each indicator uses the latest year in which most of these countries have data (year in brackets).",
        "zh": "每个指标采用这些国家中多数有数据的最近年份（括号内为年份）。",
    },
    "compare.scaling_note": {
        "en": "Each indicator is rescaled to 0–1 within the countries shown: the best country scores 1 and the "
        "weakest 0 (reversed where lower is better, such as prices). Scores are relative to this group only and "
        "change when countries are added or removed. An indicator on which all countries are equal scores 0.5 "
        "for all. Missing values stay missing and are not counted as 0.",
        "zh": "每个指标在所示国家范围内重新缩放到 0–1：最好的国家得 1 分，最弱的得 0 分（数值越低越好的指标如资费则反向）。"
        "得分只相对于本组国家，增减国家时会改变。所有国家相等的指标一律记 0.5 分。缺失值保持缺失，不计为 0。",
    },
}
