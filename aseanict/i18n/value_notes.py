"""Chinese for the per-value notes that pages show beside a value, keyed by the English note: notes of
data/observations.csv (the urban/rural figures on the divide page, the disputed IDI values) and every note of
data/forecasts.csv (the forecast check). Quotes keep their English.
"""

STRINGS: dict[str, dict[str, str]] = {}

VALUE_NOTES_ZH = {
    "SUPERSEDED: ITU IDI 2024 report Table 1 gives Brunei 95.7 (see itu_idi_additions.csv); 95.1 is Australia's score"
    ' in the same table. Keep only as an example of a press error. "Brunei achieved a score of 95.1 in the United'
    ' Nations ICT Development Index 2024"; CONFLICTS with 95.7 in project-atlas transcription': (
        "已被取代：国际电联 IDI 2024 报告表 1 给出文莱为 95.7（见 itu_idi_additions.csv）；95.1 是同表中澳大利亚的分值。"
        "仅作为媒体报道错误的示例保留。原文：“Brunei achieved a score of 95.1 in the United Nations ICT Development"
        " Index 2024”；与 project-atlas 转录中的 95.7 冲突"
    ),
    'Quote: "compared with less than half of the rural population (48 per cent)". CONFLICT/REVISION: FF2025 puts'
    " rural use at 58 per cent in 2025 and says the ratio fell only from 1.6 to 1.5 over four years, so FF2025 uses"
    " a revised series; do not chart 2024 (FF2024) and 2025 (FF2025) as one line.": (
        "引文：“compared with less than half of the rural population (48 per cent)”。冲突/修订：FF2025 称 2025 年"
        "农村使用率为 58%，并称四年间该比值仅从 1.6 降至 1.5，可见 FF2025 使用了修订后的序列；不要把 2024 年"
        "（FF2024）和 2025 年（FF2025）画成一条线。"
    ),
    'Quote: "compared to just over half of the rural population (58 per cent)". See 2024 row: FF2025 series is'
    " revised relative to FF2024.": (
        "引文：“compared to just over half of the rural population (58 per cent)”。见 2024 年一行：FF2025 的序列"
        "相对 FF2024 有修订。"
    ),
    'Quote: "Worldwide, 82 per cent of urban dwellers are using the Internet in 2022. That percentage is 1.8 times as'
    ' high as the percentage of Internet users in rural areas." Rural level not printed (not derived here).': (
        "引文：“Worldwide, 82 per cent of urban dwellers are using the Internet in 2022. That percentage is 1.8 times"
        " as high as the percentage of Internet users in rural areas.”原文未给出农村水平（此处不作推算）。"
    ),
    'Quote: "Globally, 83 per cent of urban dwellers are using the Internet in 2024, compared with less than half of'
    ' the rural population (48 per cent)."': (
        "引文：“Globally, 83 per cent of urban dwellers are using the Internet in 2024, compared with less than half"
        " of the rural population (48 per cent).”"
    ),
    'Quote: "Globally, 85 per cent of urban dwellers use the Internet in 2025, compared to just over half of the'
    ' rural population (58 per cent)."': (
        "引文：“Globally, 85 per cent of urban dwellers use the Internet in 2025, compared to just over half of the"
        " rural population (58 per cent).”"
    ),
    'Quote: "the ratio is 1.8, down from 2.4 three years ago" (2019).': (
        "引文：“the ratio is 1.8, down from 2.4 three years ago”（2019 年）。"
    ),
    'Quote: "In the Asia-Pacific region, the ratio is 1.8, down from 2.4 three years ago."': (
        "引文：“In the Asia-Pacific region, the ratio is 1.8, down from 2.4 three years ago.”"
    ),
    'Quote: "in the Asia-Pacific region, the gap has even widened slightly, from 1.6 to 1.7" (over the last four'
    " years; base year not stated, so not stored).": (
        "引文：“in the Asia-Pacific region, the gap has even widened slightly, from 1.6 to 1.7”（过去四年；"
        "未说明基年，因此未存储）。"
    ),
    'Quote: "Over the last three years, the ratio has decreased from 2.3 to 1.8" (2019 -> 2022).': (
        "引文：“Over the last three years, the ratio has decreased from 2.3 to 1.8”（2019 → 2022 年）。"
    ),
    'Quote: "Over the last three years, the ratio has decreased from 2.3 to 1.8". CONFLICT: FF2024 says the world'
    ' ratio "has been stuck at 1.7 over the last four years" (i.e. 2021-2024, revised series).': (
        "引文：“Over the last three years, the ratio has decreased from 2.3 to 1.8”。冲突：FF2024 称全球比值"
        "“has been stuck at 1.7 over the last four years”（即 2021–2024 年，修订后的序列）。"
    ),
    'Quote: "The urban-rural gap, measured as the ratio of the two percentages, has been stuck at 1.7 over the last'
    ' four years."': (
        "引文：“The urban-rural gap, measured as the ratio of the two percentages, has been stuck at 1.7 over the"
        " last four years.”"
    ),
    'Quote: "The urban-rural gap, measured as the ratio of the two percentages, has slowly decreased from 1.6 to 1.5'
    ' over the last four years."': (
        "引文：“The urban-rural gap, measured as the ratio of the two percentages, has slowly decreased from 1.6 to"
        " 1.5 over the last four years.”"
    ),
    "third-hand transcription (ITU -> Wikipedia -> repository); verify against ITU before publication; CONFLICT: press"
    " report (Borneo Bulletin via Adnkronos, 10 Jul 2024) gives 95.1 for IDI 2024": (
        "三手转录（国际电联 → 维基百科 → 代码库）；发布前须与国际电联核对；冲突：媒体报道（Borneo Bulletin，经"
        " Adnkronos 转载，2024 年 7 月 10 日）给出 IDI 2024 为 95.1"
    ),
    'IDI 2024 edition. ITU Table 1 row (PDF page index 9): "Brunei Darussalam ASP HI 94.8 95.7 +1% 93.1 98.4".'
    " Columns: region, income group, IDI 2023, IDI 2024, change, Universal, Meaningful. RESOLVES CONFLICT: ITU's own"
    " table gives 95.7 (= project-atlas/Wikipedia value); the 95.1 reported by Borneo Bulletin/Adnkronos is not"
    " supported by ITU (95.1 is Australia's IDI 2024 in the same table).": (
        "IDI 2024 版。国际电联表 1 的一行（PDF 第 9 页）：“Brunei Darussalam ASP HI 94.8 95.7 +1% 93.1 98.4”。"
        "各列依次为：地区、收入组、IDI 2023、IDI 2024、变化、普遍连接、有意义连接。冲突已解决：国际电联自己的表格"
        "给出 95.7（与 project-atlas/维基百科数值相同）；Borneo Bulletin/Adnkronos 报道的 95.1 没有国际电联数据支持"
        "（95.1 是同表中澳大利亚的 IDI 2024）。"
    ),
    # data/forecasts.csv
    "US$1.2 trillion expressed in billions": "1.2 万亿美元，以十亿美元表示",
    'headline figure "$200B"': "标题数字“$200B”",
    "rounded headline of the 197 figure": "197 这一数字在标题中的取整值",
    'lower bound ("exceed")': "下限（原文为“exceed”）",
    'other summaries: "surpass USD300 billion by 2025"': "其他摘要：“surpass USD300 billion by 2025”",
    'US$1 trillion expressed in billions; "up to"': "1 万亿美元，以十亿美元表示；原文为“up to”",
    '"up to"': "原文为“up to”（最多）",
    "value taken from the article headline/address only; body text not seen": "数值仅取自文章标题或网址，未见正文",
    "lower bound": "下限",
    "ride-hailing": "网约车",
    "The report states the multiple and the $200B target but not the base; its origin,"
    " e-Conomy SEA 2016, gives 2015 = $31B for six countries (IDN MYS PHL SGP THA VNM), not all of ASEAN.": (
        "报告给出了倍数和 2000 亿美元的目标，但没有给出基数；其出处 e-Conomy SEA 2016"
        " 给出 2015 年为 310 亿美元，仅涵盖六国（IDN MYS PHL SGP THA VNM），并非整个东盟。"
    ),
    "Report: 'online shopping sales'; the outcome series is e-Conomy SEA e-commerce GMV"
    " for six countries, a related but not identical measure.": (
        "报告原文为“online shopping sales”（网络购物销售额）；对照的实际序列是"
        " e-Conomy SEA 六国电子商务 GMV，相关但并不相同。"
    ),
    "GSMA target quoted by the report. The outcome is computed by the dashboard: ITU's active"
    " mobile-broadband plus the World Bank's fixed-broadband subscriptions per 100 people, in years with both."
    " ITU's mobile-broadband series for Thailand starts in 2022 in the stored copy, so the 2020 target year itself"
    " has no value; later years show whether the level was reached.": (
        "报告引用的 GSMA 目标。实际值由本仪表板计算：国际电联活跃移动宽带用户与世界银行固定宽带用户（均为每百人）之和，"
        "仅取两者均有数据的年份。所存副本中泰国的移动宽带序列始于 2022 年，因此 2020 目标年份本身没有数值；之后的年份可显示是否达到该水平。"
    ),
    'e-Conomy SEA 2023 edition restates the 2022 edition\'s "up to $1 trillion by 2030" potential; qualifier <= ;'
    " not a point forecast": "e-Conomy SEA 2023 年版重申 2022 年版“到 2030 年最高可达 1 万亿美元”的潜力；限定为“不超过”；并非点预测",
    "No rural broadband coverage series in the store.": "数据库中没有农村宽带覆盖序列。",
    "No cross-border e-commerce series in the store.": "数据库中没有跨境电商序列。",
    "No outcome series in the store.": "数据库中没有可对照的实际序列。",
    "No trade series in the store.": "数据库中没有贸易序列。",
    "No investment series in the store.": "数据库中没有投资序列。",
    "Assumes 5.6% annual GDP growth; target year not yet reached.": ("假定 GDP 年增长 5.6%；目标年份尚未到来。"),
    "Stated as 'more than 30'. No outcome series in the store.": (
        "原文为“more than 30”（30 个以上）。数据库中没有可对照的实际序列。"
    ),
    "The report gives no period for this CAGR.": "报告没有给出这一年均复合增长率的时期。",
}
