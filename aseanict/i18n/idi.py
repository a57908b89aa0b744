"""Strings of the ICT Development Index page."""

STRINGS = {
    "nav.idi": {"en": "ICT Development Index", "zh": "ICT 发展指数"},
    "idi.title": {"en": "ICT Development Index (IDI)", "zh": "ICT 发展指数（IDI）"},
    "idi.intro": {
        "en": "ITU's composite index of ICT development. ITU replaced its method in 2023: the 2009–2017 index "
        "(0–10) and the 2023+ index (0–100) measure different things on different scales, so they are kept in "
        "separate tabs and never joined into one line or one growth rate.",
        "zh": "国际电联（ITU）的信息通信技术发展综合指数。国际电联于 2023 年更换了方法：2009–2017 年指数（0–10 分）"
        "与 2023 年起的指数（0–100 分）衡量的内容和尺度都不同，因此分列在不同标签页，绝不连成一条线或计算跨方法的增长率。",
    },
    "idi.tab.old": {"en": "2009–2017 index (0–10)", "zh": "2009–2017 年指数（0–10）"},
    "idi.tab.new": {"en": "2023+ index (0–100)", "zh": "2023 年起指数（0–100）"},
    "idi.tab.growth": {"en": "Growth between editions", "zh": "版本间增长率"},
    "idi.tab.table1": {"en": "Report Table 1 and today", "zh": "报告表 1 与今日数据"},
    "idi.tab.long": {"en": "Across the break", "zh": "跨越方法断点"},
    "idi.old.method": {
        "en": "**How the 2009–2017 index was built.** ITU's *Measuring the Information Society* (MIS) reports "
        "combined 11 indicators in three sub-indices: **access** (fixed-telephone and mobile-cellular "
        "subscriptions, international Internet bandwidth per user, households with a computer and with Internet "
        "access; weight 40%), **use** (individuals using the Internet, fixed- and mobile-broadband "
        "subscriptions; 40%) and **skills** (mean years of schooling, secondary and tertiary enrolment; 20%). "
        "Each indicator was scaled against a reference value; the weighted sum is a score from 0 to 10, and "
        "economies were ranked on it.\n\n"
        "**Edition year and data year.** Here a value's year is the year in the index's name. From MIS 2015 on, "
        "ITU named the index after the publication year but computed it from the previous year's data: IDI 2015 "
        "describes 2014, which is why the 2016 report's Table 1 heads its IDI column “(2014)”. Each edition also "
        "recomputed earlier years with revised data, so one year can have different values in different editions "
        "(hover a point to see its edition). Values from different editions are never joined by a line.",
        "zh": "**2009–2017 年指数的构成。** 国际电联《衡量信息社会》（MIS）报告把 11 项指标分为三个分项指数："
        "**接入**（固定电话和移动电话用户、每用户国际互联网带宽、拥有计算机和接入互联网的家庭；权重 40%）、"
        "**使用**（互联网用户比例、固定和移动宽带用户；40%）和**技能**（平均受教育年限、中等和高等教育入学率；20%）。"
        "每项指标按参考值标准化，加权求和得到 0–10 分，并据此对各经济体排名。\n\n"
        "**版本年份与数据年份。** 此处数值的年份即指数名称中的年份。自 MIS 2015 起，国际电联以发布年份命名指数，"
        "但使用上一年的数据：IDI 2015 反映的是 2014 年，因此 2016 年报告的表 1 把 IDI 列标为“(2014)”。"
        "每个版本还会用修订后的数据重新计算以前年份，同一年份在不同版本中的数值可能不同（将鼠标悬停在点上可查看版本）。"
        "不同版本的数值绝不连成一条线。",
    },
    "idi.old.chart": {
        "en": "ICT Development Index 2009–2017 method, by edition (0–10)",
        "zh": "ICT 发展指数（2009–2017 方法，按版本，0–10）",
    },
    "idi.old.axis": {"en": "IDI score (0–10)", "zh": "IDI 分值（0–10）"},
    "idi.old.caption": {
        "en": "Stars mark scores above the world average of the same edition (world averages exist for the "
        "2015–2017 editions only). Lines join values only within one edition; where a country has two points "
        "for one year (Thailand 2015), a later edition restated that year. The black points are the "
        "report's ASEAN averages (CAICT's own calculation, not ITU's).",
        "zh": "星号表示高于同一版本世界平均值的分值（仅 2015–2017 年版本有世界平均值）。只有同一版本内的数值才连线；"
        "同一国家同一年份有两个点时（如泰国 2015 年），说明后一版本修订了该年份。"
        "黑色点为报告中的东盟平均值（CAICT 自行计算，非国际电联数据）。",
    },
    "idi.world_same_edition": {"en": "World average (same edition)", "zh": "世界平均（同一版本）"},
    "idi.world": {"en": "World average", "zh": "世界平均"},
    "idi.edition": {"en": "Edition", "zh": "版本"},
    "idi.label": {"en": "IDI {year} · {edition}", "zh": "IDI {year}（{edition} 版）"},
    "idi.label_data": {"en": "{year} data", "zh": "{year} 年数据"},
    "idi.bars_caption": {
        "en": "▲ and a dark outline: above the world average of this edition. Countries without a score in "
        "this edition are listed below the chart, not drawn as zero.",
        "zh": "▲ 和深色边框：高于本版本世界平均值。本版本没有分值的国家列在图下方，不画作零。",
    },
    "idi.no_world": {
        "en": "The store has no world average for this edition, so nothing can be marked as above it.",
        "zh": "数据库中没有本版本的世界平均值，因此无法标出高于世界平均的国家。",
    },
    "idi.missing": {"en": "No score in this edition: {names}.", "zh": "本版本没有分值：{names}。"},
    "idi.component.ITU_IDI_OLD_ACCESS": {"en": "ICT access", "zh": "ICT 接入"},
    "idi.component.ITU_IDI_OLD_USE": {"en": "ICT use", "zh": "ICT 使用"},
    "idi.component.ITU_IDI_OLD_SKILLS": {"en": "ICT skills", "zh": "ICT 技能"},
    "idi.sub.chart": {
        "en": "The three sub-indices of the 2009–2017 IDI, {year} (0–10)",
        "zh": "2009–2017 年版 IDI 的三个分指数，{year} 年（0–10）",
    },
    "idi.sub.year": {"en": "Sub-indices for", "zh": "分指数年份"},
    "idi.sub.caption": {
        "en": "Access, use and skills as published in ITU's Measuring the Information Society Report 2017 (its "
        "2016 values are that report's recomputation, which can differ slightly from the 2016 edition's). The "
        "index combines them; a country can lead on access and lag on skills: compare each group of bars.",
        "zh": "接入、使用和技能分指数，取自国际电联《2017 年衡量信息社会报告》（其 2016 年数值为该报告的重新计算，"
        "可能与 2016 年版略有不同）。指数由三者合成；一个国家可能接入领先而技能落后：请比较每组柱形。",
    },
    "idi.ranks": {"en": "Global ranks and rank changes", "zh": "全球排名及其变化"},
    "idi.ranks_caption": {
        "en": "Published ITU global ranks (1 = best). Blank: no rank found for that country and edition. "
        "Change = earlier rank − later rank, so a positive number is a climb. The number of economies ranked "
        "differed between editions, and later editions restated earlier years, so compare ranks with care. "
        "† A rank from a secondary source quoting ITU (the CAICT report, a press report, a blog or Wikipedia), "
        "not from a copy of ITU's own table (here: MIS 2017 and a few MIS 2016 values): check it before quoting it.",
        "zh": "国际电联公布的全球排名（1 为最好）。空白：未找到该国该版本的排名。变化 = 较早排名 − 较晚排名，"
        "正数表示上升。各版本参评经济体数量不同，后续版本还会修订以前年份，比较排名时请谨慎。"
        "† 表示该排名来自引用国际电联的二手来源（中国信通院报告、媒体报道、博客或维基百科），而非国际电联自己表格的副本"
        "（此处为 MIS 2017 及少量 MIS 2016 数值）：引用前请核实。",
    },
    "idi.from": {"en": "From", "zh": "起点"},
    "idi.to": {"en": "To", "zh": "终点"},
    "idi.moves.iso3": {"en": "Country", "zh": "国家"},
    "idi.moves.rank_from": {"en": "Rank (from)", "zh": "排名（起点）"},
    "idi.moves.rank_to": {"en": "Rank (to)", "zh": "排名（终点）"},
    "idi.moves.change": {"en": "Places climbed", "zh": "上升名次"},
    "idi.conf.entity": {"en": "Country", "zh": "国家"},
    "idi.conf.edition": {"en": "Edition", "zh": "版本"},
    "idi.conf.flag": {"en": "Flag", "zh": "标记"},
    "idi.conf.producer": {"en": "Source", "zh": "来源"},
    "idi.conf.title": {"en": "Title", "zh": "标题"},
    "idi.conf.note": {"en": "Note", "zh": "说明"},
    "idi.new.method": {
        "en": "**How the 2023+ index is built.** ITU member states adopted a new method in 2023, after the old "
        "index had been discontinued. It has 10 indicators (such as Internet use, households with Internet "
        "access, mobile-broadband subscriptions, 3G/4G network coverage, data traffic per subscription, the "
        "price of mobile and fixed broadband relative to income, and mobile phone ownership) grouped in two "
        "pillars: **universal connectivity** (is everyone online?) and **meaningful connectivity** (is the "
        "connection good, affordable and used enough to matter?). Each indicator is scored 0–100 against a "
        "goalpost; the IDI is the average of the two pillar scores. **ITU does not rank economies on this "
        "index.** An edition's year is its name (IDI 2024); ITU computes it from the latest data it has, so "
        "the data describe earlier years. ITU does not revise a published edition.",
        "zh": "**2023 年起指数的构成。** 在旧指数停发之后，国际电联成员国于 2023 年通过了新方法。新指数包括 10 项指标"
        "（如互联网使用、家庭互联网接入、移动宽带用户、3G/4G 网络覆盖、每用户数据流量、移动和固定宽带资费相对收入的水平、"
        "手机拥有率），分为两个支柱：**普遍连接**（是否人人上网？）和**有意义连接**（连接是否质量好、负担得起并充分使用？）。"
        "每项指标按目标值折算为 0–100 分，IDI 为两个支柱得分的平均值。**国际电联不对经济体进行排名**。"
        "版本年份即其名称（IDI 2024）；国际电联使用当时可得的最新数据计算，因此数据反映的是更早的年份。已发布的版本不作修订。",
    },
    "idi.new.chart": {
        "en": "ICT Development Index 2023 method, by edition (0–100)",
        "zh": "ICT 发展指数（2023 方法，按版本，0–100）",
    },
    "idi.new.axis": {"en": "IDI score (0–100)", "zh": "IDI 分值（0–100）"},
    "idi.new.caption": {
        "en": "Stars mark scores above the world average of the same edition (each edition's average over its own "
        "set of economies). There is no world average for IDI 2025 in the store, and the 2025 scores come "
        "from a dataset copied from ITU, not from ITU's report.",
        "zh": "星号表示高于同一版本世界平均值的分值（各版本按其自身参评经济体计算的平均值）。"
        "数据库中没有 IDI 2025 的世界平均值，2025 年分值来自转录国际电联数据的数据集，而非国际电联报告本身。",
    },
    "idi.new.no_ranks": {
        "en": "ITU publishes no ranks for the 2023+ index (“economies are not ranked”). The table below ranks "
        "only the countries selected in the sidebar, against each other: it is not a global rank.",
        "zh": "国际电联不公布 2023 年起指数的排名（“不对经济体排名”）。下表只在侧边栏所选国家之间排序，并非全球排名。",
    },
    "idi.sel.name": {"en": "Country", "zh": "国家"},
    "idi.sel.iso3": {"en": "Code", "zh": "代码"},
    "idi.sel.value": {"en": "IDI (0–100)", "zh": "IDI（0–100）"},
    "idi.sel.world": {"en": "World average", "zh": "世界平均"},
    "idi.sel.above_world": {"en": "Above world average", "zh": "高于世界平均"},
    "idi.sel.rank": {"en": "Rank in selection (not global)", "zh": "所选国家内排序（非全球）"},
    "idi.sel.ITU_IDI_NEW_CONNECTIVITY_UNIVERSAL": {"en": "Universal connectivity", "zh": "普遍连接"},
    "idi.sel.ITU_IDI_NEW_CONNECTIVITY_MEANINGFUL": {"en": "Meaningful connectivity", "zh": "有意义连接"},
    "idi.component.ITU_IDI_NEW_CONNECTIVITY_UNIVERSAL": {"en": "Universal connectivity", "zh": "普遍连接"},
    "idi.component.ITU_IDI_NEW_CONNECTIVITY_MEANINGFUL": {"en": "Meaningful connectivity", "zh": "有意义连接"},
    "idi.pillars.chart": {"en": "The two pillars of IDI {year} (0–100)", "zh": "IDI {year} 的两个支柱（0–100）"},
    "idi.pillars.caption": {
        "en": "Pillar scores are published for IDI 2024 only (for IDI 2025 the store has the Philippines alone). "
        "World and Asia-Pacific are ITU averages. A country can be strong on one pillar and lag on the "
        "other: compare each pair of bars.",
        "zh": "支柱得分仅有 IDI 2024 的公开数据（IDI 2025 仅有菲律宾）。世界和亚太为国际电联平均值。"
        "一个国家可能在一个支柱上表现强、在另一个上落后：请对比每组两根柱子。",
    },
    "idi.score100": {"en": "Score (0–100)", "zh": "分值（0–100）"},
    "idi.conflict": {
        "en": "Sources disagree on these values; every source is listed. Charts use ITU's own figure "
        "(for Brunei IDI 2024, ITU's Table 1); a press figure that ITU does not support is kept but marked disputed.",
        "zh": "以下数值各来源不一致，列出全部来源。图表采用国际电联自己的数字（文莱 IDI 2024 取国际电联表 1）；"
        "国际电联不支持的媒体数字保留但标为有争议。",
    },
    "idi.growth.seed": {"en": "The report's growth rates, recomputed", "zh": "报告中的增长率（重新计算）"},
    "idi.growth.col.entity": {"en": "Country or group", "zh": "国家或组别"},
    "idi.growth.col.start": {"en": "Start (year)", "zh": "起点（年份）"},
    "idi.growth.col.end": {"en": "End (year)", "zh": "终点（年份）"},
    "idi.growth.col.computed": {"en": "Computed here", "zh": "本工具计算"},
    "idi.growth.col.printed": {"en": "Printed in the report", "zh": "报告数值"},
    "idi.growth.col.arithmetic": {"en": "Arithmetic", "zh": "算式"},
    "idi.growth.cannot": {"en": "cannot be recomputed", "zh": "无法重新计算"},
    "idi.growth.no_inputs": {
        "en": "The report prints this rate without its start and end values, and the store has no world IDI for 2011.",
        "zh": "报告只给出了这一增长率，没有给出其起点和终点数值；数据库中也没有 2011 年的世界 IDI。",
    },
    "idi.growth.seed_caption": {
        "en": "Average annual growth = (end / start)^(1 / years) − 1, one function for every rate on this page. "
        "China's and ASEAN's rates come out exactly from the report's own start and end values. The world's "
        "rate is shown as quoted: its inputs are not printed, so it cannot be checked. The report's 2011 and 2015 values "
        "come from different ITU editions, each of which revised earlier years; read these rates as the report's.",
        "zh": "年均增长率 =（终点 / 起点）^(1 / 年数) − 1，本页所有增长率都用同一函数计算。中国和东盟的增长率"
        "可由报告自身的起点和终点数值精确得出。世界的增长率按原文列出：报告未给出其输入数值，因此无法核验。"
        "报告的 2011 年和 2015 年数值来自国际电联的不同版本（每个版本都修订过以前年份），这些增长率应视为报告的计算。",
    },
    "idi.growth.any": {"en": "Growth between any two editions", "zh": "任意两个版本之间的增长率"},
    "idi.index": {"en": "Index", "zh": "指数"},
    "idi.growth.need_two": {
        "en": "This country has fewer than two scores on this index.",
        "zh": "该国在此指数上的分值少于两个。",
    },
    "idi.growth.order": {
        "en": "Pick a start edition that comes before the end edition.",
        "zh": "请选择早于终点版本的起点版本。",
    },
    "idi.growth.result": {"en": "{name}: average annual growth", "zh": "{name}：年均增长率"},
    "idi.growth.editions": {
        "en": "These two values come from different editions. Each edition recomputed earlier years with revised "
        "data, so part of this rate may reflect revisions rather than change on the ground.",
        "zh": "这两个数值来自不同版本。每个版本都用修订数据重新计算以前年份，因此该增长率可能部分反映的是数据修订而非实际变化。",
    },
    "idi.t1.intro": {
        "en": "**Table 1 of the 2016 CAICT report, as printed** (“Related ICT application indices of the ASEAN "
        "countries and China”). Its IDI column is headed “(2014)” but cites ITU MIS 2015: the values are the "
        "IDI 2015 edition, computed from 2014 data. The ASEAN row is CAICT's own total or average.",
        "zh": "**2016 年 CAICT 报告表 1（按原样）**（“东盟国家与中国信息通信应用相关指数”）。IDI 列标为“(2014)”，"
        "但引用的是国际电联 MIS 2015：这些数值是 IDI 2015 版本，使用 2014 年数据计算。东盟一行为 CAICT 自行计算的合计或平均。",
    },
    "idi.t1.area": {"en": "Area (Sq. km)", "zh": "面积（平方公里）"},
    "idi.edition_help": {
        "en": "“IDI 2012 · MIS 2013” is the index for 2012 as published in ITU's Measuring the Information "
        "Society (MIS) report of 2013; each edition recomputed earlier years. “2014 data”: the year of the data "
        "behind an edition named after its publication year. See the glossary in the sidebar.",
        "zh": "“IDI 2012 · MIS 2013”指国际电联 2013 年《衡量信息社会报告》（MIS）中公布的 2012 年指数；每一版都会重新计算往年数值。"
        "“2014 年数据”：以发布年份命名的版本所依据的数据年份。参见侧边栏中的术语表。",
    },
    "idi.t1.gdp": {"en": "GDP (2014), hundred million US dollars", "zh": "GDP（2014）（亿美元）"},
    "idi.t1.pop": {"en": "Population (10,000)", "zh": "人口（万）"},
    "idi.t1.users": {"en": "Internet Users (10,000)", "zh": "互联网用户（万）"},
    "idi.t1.penetration": {"en": "Internet Penetration Rate (2014)", "zh": "互联网普及率（2014）"},
    "idi.t1.idi": {"en": "IDI Index (2014)", "zh": "IDI 指数（2014）"},
    "idi.t1.rank": {"en": "IDI Global Ranking", "zh": "IDI 全球排名"},
    "idi.t1.grey": {
        "en": "Grey: IDI above the world average of the same edition ({world}, MIS 2015), as the report shades "
        "them. Every number is exactly as printed, decimals included.",
        "zh": "灰色：IDI 高于同一版本的世界平均值（{world}，MIS 2015），与报告的灰色标注一致。所有数字与原文完全一致（包括小数位）。",
    },
    "idi.t1.today": {"en": "The same columns with today's data", "zh": "相同栏目的最新数据"},
    "idi.today.entity": {"en": "Country", "zh": "国家"},
    "idi.today.area": {"en": "Area", "zh": "面积"},
    "idi.today.gdp": {"en": "GDP, hundred million US dollars (year)", "zh": "GDP（亿美元，年份）"},
    "idi.today.pop": {"en": "Population (10,000, year)", "zh": "人口（万，年份）"},
    "idi.today.users": {"en": "Internet users (10,000, derived)", "zh": "互联网用户（万，推算）"},
    "idi.today.penetration": {"en": "Internet users, % (ITU/WDI)", "zh": "互联网用户比例 %（国际电联/世界银行）"},
    "idi.today.idi_new": {"en": "IDI 2023 method (0–100)", "zh": "IDI 2023 方法（0–100）"},
    "idi.today.idi_old": {"en": "IDI old method, last edition (0–10)", "zh": "旧方法 IDI，最后版本（0–10）"},
    "idi.today.rank_old": {"en": "Global rank, last old edition", "zh": "全球排名（旧方法最后版本）"},
    "idi.today.rank_new": {"en": "Global rank, 2023 method", "zh": "全球排名（2023 方法）"},
    "idi.asean_printed": {"en": "ASEAN (as printed)", "zh": "东盟（报告原值）"},
    "idi.asean_derived": {"en": "ASEAN-10 (derived here)", "zh": "东盟十国（本工具推算）"},
    "idi.not_in_store": {"en": "not in store", "zh": "数据库中没有"},
    "idi.no_itu_rank": {"en": "ITU publishes none", "zh": "国际电联不公布"},
    "idi.t1.sources": {
        "en": "**Why the numbers differ from the report.** The report's penetration column comes from *Internet "
        "World Stats* (2016); today's column is ITU's share of individuals using the Internet as published by "
        "the World Bank (WDI). The two count users differently, so they are not comparable even for the same "
        "year (see the note below). Internet users here are derived: that "
        "share × population. GDP and population are World Bank data (the report used the *Statistical Manual of "
        "China-ASEAN Countries 2015*); land area is not in this dashboard's data. The ASEAN row is derived here "
        "for the report's ten members (Timor-Leste joined in 2025): totals summed, the user share weighted by "
        "population, IDI a simple mean, each in the latest year in which all ten have data.",
        "zh": "**为何与报告数字不同。** 报告的普及率一栏来自 *Internet World Stats*（2016）；今日一栏是世界银行（WDI）发布的"
        "国际电联互联网用户比例。两者统计口径不同，即使同一年份也不可比（见下方说明）。"
        "此处互联网用户数为推算值：用户比例 × 人口。GDP 和人口为世界银行数据（报告使用《中国—东盟国家统计手册 2015》）；"
        "本仪表板数据中没有国土面积。东盟一行由本工具按报告的十个成员国推算（东帝汶 2025 年加入）：总量相加，"
        "用户比例按人口加权，IDI 为简单平均，均取十国都有数据的最近年份。",
    },
    "idi.long.intro": {
        "en": "Neither IDI can be followed across 2017→2023, but the raw indicators behind them can: "
        "Internet use is an indicator in both methods; fixed-broadband and mobile-cellular subscriptions were part of "
        "the old index, and the new one measures the same networks through mobile-broadband subscriptions, "
        "coverage and traffic. These series are consistent World Bank/ITU data for every year.",
        "zh": "两种 IDI 都无法跨越 2017→2023 年连续比较，但其背后的原始指标可以：互联网使用是两种方法共有的指标；"
        "固定宽带和移动电话用户属于旧指数，新指数则通过移动宽带用户、网络覆盖和流量衡量同样的网络。这些序列是逐年一致的世界银行/国际电联数据。",
    },
    "idi.long.old_end": {"en": "last old IDI", "zh": "旧 IDI 最后一版"},
    "idi.long.new_start": {"en": "first new IDI", "zh": "新 IDI 第一版"},
    "idi.long.caption": {
        "en": "The dotted lines mark where the old index ends (2017 edition) and the new one starts (2023); these "
        "series have no method change there. A break in a line is a year without data. The dashed grey line is the world.",
        "zh": "点线标出旧指数结束（2017 年版）和新指数开始（2023 年）的位置；这些序列在此处没有方法变化。线条中断处为无数据年份。灰色虚线为世界水平。",
    },
    "idi.long.unit.IT.NET.USER.ZS": {"en": "% of population", "zh": "占人口 %"},
    "idi.long.unit.IT.NET.BBND.P2": {"en": "per 100 people", "zh": "每百人"},
    "idi.long.unit.IT.CEL.SETS.P2": {"en": "per 100 people", "zh": "每百人"},
}
