"""Regenerate the project's data/ tables from the curated shared tables (a developer tool; the app never runs it)."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from indicator_meta import DECIMALS_BY_UNIT, META, NAMES_EN  # noqa: E402
from simplify_geo import simplify_file  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "data"
# The day the older shared tables (SERIES_FILES) were imported into data/. The additions of 2026-11-30
# (ADDITION_FILES) carry their own `accessed` date per row, and a source takes that date.
ACCESSED = "2026-11-23"

SERIES_FILES = [
    "wdi_ict.csv",
    "itu_price_baskets.csv",
    "itu_price_baskets_additions.csv",
    "itu_idi.csv",
    "itu_idi_additions.csv",
    "itu_idi_additions2.csv",
    "sdg_ict.csv",
    "itu_access_divide.csv",
    "economy_sea.csv",
]

# "Additions of 2026-11-30" in shared/data/SOURCES.md: another layout (entity, indicator, year, value, unit,
# source_title, source_url_or_repo_path, quote_or_locator, accessed, note) and no licence column, so each file
# names its licence here (per source title where one file mixes kinds of source).
ADDITION_FILES = {
    "itu_mobile_broadband_p100.csv": "ITU terms of use",
    "itu_idi_old_2016_2017_subindices.csv": "ITU (quoted index values)",
    "itu_4g_coverage_2012_2024.csv": "ITU terms of use",
    "itu_internet_daily_urban_rural.csv": "ITU terms of use",
    "nbs_china_online_retail.csv": {
        "NBS release": "government news release (secondary; quoted figures)",
        "Securities Daily": "press report (facts quoted)",
        "智研咨询": "press/blog report (secondary; quoted figures)",
    },
    "econsea_2023_outlook.csv": "press report of a copyrighted report (Google, Temasek, Bain & Company e-Conomy "
    "SEA); facts quoted, not licensed data",
}
# Codes of the additions that are another vintage of a series the store already has.
CODE_ALIASES = {
    # ITU DataHub's 4G coverage is the series the SDG database publishes as IT_MOB_4GNTWK (SDG 9.c.1)
    "ITU_POP_COV_4G": "IT_MOB_4GNTWK",
    # e-Conomy SEA 2023's "up to $1 trillion GMV by 2030" is a forecast of GMV (stored in forecasts.csv)
    "GMV_2030_POTENTIAL": "GMV",
}
# Units of the additions written as the store already writes them (a name only: values are unchanged),
# or, for NBS's 亿元 (CNY 100 million), converted to CNY billion: (unit, divisor).
UNIT_ALIASES = {
    "subscriptions per 100 inhabitants": ("per 100 inhabitants", 1),
    "rank (of 176)": ("rank", 1),
    "CNY 100 million (亿元)": ("CNY billion", 10),
    "% of total retail sales of consumer goods": ("%", 1),
}
# Daily use is a share of Internet users (see N-DAILY-USE): the export's "% of population" would misread it.
UNIT_BY_CODE = {"ITU_USERS_DAILY": "%", "ITU_USERS_DAILY_URB": "%", "ITU_USERS_DAILY_RUR": "%"}
# Sources that hold an older vintage of a series whose newer vintage is also stored: one rank below it, so
# that best_observations takes the newer one (both stay in observations, and `conflict` shows where they differ).
SUPERSEDED_VINTAGES = {
    "ddf--datapoints--it_mob_4gntwk--": "SDG database vintage of 2020; ITU DataHub (itu_4g_coverage_2012_2024.csv) is newer",
}
# ITU price-basket releases (the datasets, not quoted figures from reports) checked for carried-forward values.
PRICE_BASKET_TITLE = "ICT Price Baskets"

SEED_SOURCE = {
    "source": "CAICT (2016), China-ASEAN ICT Development Report (seed document)",
    "source_url": "seeds/caict-china-asean-ict-report.txt",
    "license": "seed document (quoted figures)",
    "file": "seed_figures.csv",
}
ASEAN_SOURCE = {
    "source": "ASEAN Secretariat, member states and dates of admission",
    "source_url": "https://asean.org/member-states/",
    "license": "facts (membership dates)",
    "file": "countries.csv",
}

COUNTRIES = [
    # iso3, english, chinese, kind, ASEAN accession year, groups
    ("BRN", "Brunei Darussalam", "文莱", "country", 1984, "ASEAN;ASEAN6;ASEAN_CHINA"),
    ("KHM", "Cambodia", "柬埔寨", "country", 1999, "ASEAN;CLMV;ASEAN_CHINA"),
    ("IDN", "Indonesia", "印度尼西亚", "country", 1967, "ASEAN;ASEAN6;ASEAN_CHINA"),
    ("LAO", "Lao PDR", "老挝", "country", 1997, "ASEAN;CLMV;ASEAN_CHINA"),
    ("MYS", "Malaysia", "马来西亚", "country", 1967, "ASEAN;ASEAN6;ASEAN_CHINA"),
    ("MMR", "Myanmar", "缅甸", "country", 1997, "ASEAN;CLMV;ASEAN_CHINA"),
    ("PHL", "Philippines", "菲律宾", "country", 1967, "ASEAN;ASEAN6;ASEAN_CHINA"),
    ("SGP", "Singapore", "新加坡", "country", 1967, "ASEAN;ASEAN6;ASEAN_CHINA"),
    ("THA", "Thailand", "泰国", "country", 1967, "ASEAN;ASEAN6;ASEAN_CHINA"),
    ("TLS", "Timor-Leste", "东帝汶", "country", 2025, "ASEAN;ASEAN_CHINA"),
    ("VNM", "Viet Nam", "越南", "country", 1995, "ASEAN;CLMV;ASEAN_CHINA"),
    ("CHN", "China", "中国", "country", None, "ASEAN_CHINA"),
    ("WLD", "World", "世界", "aggregate", None, ""),
    ("EAS", "East Asia & Pacific (World Bank)", "东亚与太平洋（世界银行）", "aggregate", None, ""),
    (
        "EAP",
        "East Asia & Pacific excl. high income (World Bank)",
        "东亚与太平洋（不含高收入，世界银行）",
        "aggregate",
        None,
        "",
    ),
    ("ASEAN", "ASEAN average (as published by CAICT)", "东盟平均（CAICT 发布）", "aggregate", None, ""),
    (
        "SEA6",
        "Southeast Asia-6 (e-Conomy SEA: IDN MYS PHL SGP THA VNM)",
        "东南亚六国（e-Conomy SEA）",
        "aggregate",
        None,
        "",
    ),
    ("SEA", "Southeast Asia (eMarketer)", "东南亚（eMarketer）", "aggregate", None, ""),
    ("UNSD_SEA", "South-Eastern Asia (UN M49)", "东南亚（联合国 M49）", "aggregate", None, ""),
    ("UNSD_ESEA", "Eastern and South-Eastern Asia (UN M49)", "东亚和东南亚（联合国 M49）", "aggregate", None, ""),
    ("ITU_ASP", "Asia-Pacific (ITU region)", "亚太地区（国际电联）", "aggregate", None, ""),
    ("ITU_AFR", "Africa (ITU region)", "非洲（国际电联）", "aggregate", None, ""),
    ("ITU_ARB", "Arab States (ITU region)", "阿拉伯国家（国际电联）", "aggregate", None, ""),
    ("ITU_CIS", "CIS (ITU region)", "独联体（国际电联）", "aggregate", None, ""),
    ("ITU_EUR", "Europe (ITU region)", "欧洲（国际电联）", "aggregate", None, ""),
    ("ITU_AMS", "Americas (ITU region)", "美洲（国际电联）", "aggregate", None, ""),
    ("LDC", "Least developed countries", "最不发达国家", "aggregate", None, ""),
    ("LLDC", "Landlocked developing countries", "内陆发展中国家", "aggregate", None, ""),
    ("SIDS", "Small island developing states", "小岛屿发展中国家", "aggregate", None, ""),
    ("HIC", "High income", "高收入经济体", "aggregate", None, ""),
    ("UMC", "Upper-middle income", "中高收入经济体", "aggregate", None, ""),
    ("LMC", "Lower-middle income", "中低收入经济体", "aggregate", None, ""),
    ("LIC", "Low income", "低收入经济体", "aggregate", None, ""),
    ("LMY", "Low & middle income", "低收入和中等收入经济体", "aggregate", None, ""),
]

# Seed forecasts: seed ids -> how they read as a forecast. Outcome entity/indicator link a forecast to the
# observed series it can be checked against (None where the data has no comparable outcome).
SEED_FORECASTS = [
    # id, entity, indicator, base_year, base_value, target_year, target_value, rate_pct, multiple,
    # outcome_entity, outcome_indicator, seed ids, note
    (
        "F-CAICT-IE65",
        "ASEAN",
        "GMV",
        2015,
        None,
        2025,
        200.0,
        None,
        6.5,
        "SEA6",
        "GMV",
        "S023;S221;S222",
        "The report states the multiple and the $200B target but not the base; its origin, "
        "e-Conomy SEA 2016, gives 2015 = $31B for six countries (IDN MYS PHL SGP THA VNM), not all of ASEAN.",
    ),
    (
        "F-CAICT-SHOP",
        "ASEAN",
        "GMV_ECOM",
        2015,
        5.5,
        2025,
        88.0,
        32.0,
        None,
        "SEA6",
        "GMV_ECOM",
        "S174;S175;S176",
        "Report: 'online shopping sales'; the outcome series is e-Conomy SEA e-commerce GMV "
        "for six countries, a related but not identical measure.",
    ),
    (
        "F-CAICT-THBB",
        "THA",
        "BB_PENETRATION_MOBILE_FIXED",
        None,
        None,
        2020,
        133.0,
        None,
        None,
        "THA",
        "BB_PENETRATION_MOBILE_FIXED",
        "S035",
        "GSMA target quoted by the report. The outcome is computed by the dashboard: ITU's active mobile-broadband "
        "plus the World Bank's fixed-broadband subscriptions per 100 people, in years with both. ITU's "
        "mobile-broadband series for Thailand starts in 2022 in the stored copy, so the 2020 target year itself "
        "has no value; later years show whether the level was reached.",
    ),
    (
        "F-CAICT-CNRURAL",
        "CHN",
        "RURAL_BB_COVERAGE",
        None,
        None,
        2020,
        98.0,
        None,
        None,
        None,
        None,
        "S153",
        "No rural broadband coverage series in the store.",
    ),
    (
        "F-CAICT-CNXB",
        "CHN",
        "CROSS_BORDER_ECOM_CNY_TN",
        2015,
        5.4,
        2016,
        6.5,
        None,
        None,
        None,
        None,
        "S181;S183",
        "No cross-border e-commerce series in the store.",
    ),
    (
        "F-CAICT-CNXBSHARE",
        "CHN",
        "CROSS_BORDER_ECOM_SHARE_TRADE",
        None,
        None,
        2016,
        19.0,
        None,
        None,
        None,
        None,
        "S184",
        "No outcome series in the store.",
    ),
    (
        "F-CAICT-TRADE",
        "CHN+ASEAN",
        "TRADE_USD_TN",
        None,
        None,
        2020,
        1.0,
        None,
        None,
        None,
        None,
        "S010",
        "No trade series in the store.",
    ),
    (
        "F-CAICT-INVEST",
        "CHN+ASEAN",
        "INVESTMENT_USD_BN",
        None,
        None,
        2020,
        150.0,
        None,
        None,
        None,
        None,
        "S011",
        "No investment series in the store.",
    ),
    (
        "F-CAICT-RANK2050",
        "ASEAN",
        "ECONOMY_WORLD_RANK",
        None,
        None,
        2050,
        4.0,
        5.6,
        None,
        None,
        None,
        "S006;S007",
        "Assumes 5.6% annual GDP growth; target year not yet reached.",
    ),
    (
        "F-CAICT-SMART",
        "ASEAN",
        "SMART_CITIES",
        None,
        None,
        2025,
        30.0,
        None,
        None,
        None,
        None,
        "S211",
        "Stated as 'more than 30'. No outcome series in the store.",
    ),
    (
        "F-CAICT-MYSCITY",
        "MYS",
        "DIGITAL_CITIES",
        None,
        None,
        2020,
        12.0,
        None,
        None,
        None,
        None,
        "S213",
        "No outcome series in the store.",
    ),
    (
        "F-CAICT-GAMES",
        "ASEAN",
        "ONLINE_GAMES_CAGR",
        None,
        None,
        None,
        None,
        28.8,
        None,
        None,
        None,
        "S201",
        "The report gives no period for this CAGR.",
    ),
]

NOTES = [
    # note_id, entity, indicator, year_from, year_to, kind, english, chinese
    # A series_break or definition_change note's year_from is the first year of the new comparable segment:
    # the app splits lines and limits growth rates and fits there (aseanict/core/breaks.py).
    (
        "N-CHN-USERS-BREAK",
        "CHN",
        "IT.NET.USER.ZS",
        2023,
        2024,
        "series_break",
        "China's internet-user share jumps from 75.6% (2022) to 90.6% (2023). WDI/ITU report it so, but it looks "
        "like a change of survey basis, not real growth: read the 2022→2023 step as a series break.",
        "中国互联网用户比例从 2022 年的 75.6% 跃升至 2023 年的 90.6%。世界银行/国际电联如此公布，但这更像是调查口径变化而非真实增长："
        "应将 2022→2023 年的跳变视为序列断点。",
    ),
    (
        "N-TABLE1-PENETRATION",
        "",
        "IT.NET.USER.ZS",
        2014,
        2015,
        "source_difference",
        "The 2016 report's Table 1 internet penetration column comes from Internet World Stats, not ITU/WDI, and is not "
        "comparable: for 2014 Indonesia is 34.1% in the report against 17.14% in WDI, Thailand 55.7% against 34.89%.",
        "报告表 1 的互联网普及率取自 Internet World Stats，而非国际电联/世界银行，二者不可比：2014 年印度尼西亚报告值为 34.1%，"
        "世界银行为 17.14%；泰国为 55.7% 对 34.89%。",
    ),
    (
        "N-SEED-TARIFFS",
        "",
        "ITU_FBB_PCT_GNI",
        2010,
        2013,
        "source_difference",
        "The 2016 report's tariff figures (its footnote 12, 'Broadband Development Alliance') do not match ITU's price "
        "baskets: Cambodia fixed broadband is 92.5% → 15% of GNI per capita in the report, 72.97% → 14.82% in ITU. "
        "They are kept as separate series.",
        "报告中的资费数据（脚注 12，“宽带发展联盟”）与国际电联价格篮子不一致：柬埔寨固定宽带资费在报告中为人均国民总收入的 "
        "92.5% → 15%，国际电联为 72.97% → 14.82%。二者作为不同序列分别保存。",
    ),
    (
        "N-FBB-BASKET",
        "",
        "ITU_FBB_PCT_GNI",
        2018,
        2018,
        "definition_change",
        "Fixed-broadband basket: 1 GB a month in 2008–2017, 5 GB from 2018. Values either side of 2018 price "
        "different baskets.",
        "固定宽带价格篮子：2008–2017 年为每月 1GB，2018 年起为 5GB。2018 年前后的数值对应不同的篮子。",
    ),
    (
        "N-MBB-BASKET",
        "",
        "ITU_MBB_DATA_PCT_GNI",
        2018,
        2025,
        "definition_change",
        "Mobile-data basket: 1 GB (2013–2017), 1.5 GB (2018–2020), 2 GB (from 2021), 5 GB as the official basket "
        "from 2025 (2025 2 GB values are experimental).",
        "移动数据价格篮子：1GB（2013–2017）、1.5GB（2018–2020）、2GB（2021 年起），2025 年起官方篮子为 5GB（2025 年 2GB 数值为试验性）。",
    ),
    (
        "N-MBB-BASKET-2021",
        "",
        "ITU_MBB_DATA_PCT_GNI",
        2021,
        2021,
        "definition_change",
        "Mobile-data basket: 1.5 GB a month in 2018–2020, 2 GB from 2021. Values either side of 2021 price "
        "different baskets.",
        "移动数据价格篮子：2018–2020 年为每月 1.5GB，2021 年起为 2GB。2021 年前后的数值对应不同的篮子。",
    ),
    (
        "N-MOBCELL-BASKET",
        "",
        "ITU_MOBCELL_LOW_PCT_GNI",
        2018,
        2018,
        "definition_change",
        "Mobile-cellular basket: 30 calls + 100 SMS until 2017, then 70 minutes + 20 SMS.",
        "移动电话价格篮子：2017 年前为 30 次通话 + 100 条短信，之后为 70 分钟 + 20 条短信。",
    ),
    (
        "N-BRN-IDI2024",
        "BRN",
        "ITU_IDI_NEW",
        2024,
        2024,
        "conflict",
        "Brunei IDI 2024: ITU's own Table 1 gives 95.7. The 95.1 reported by the Borneo Bulletin/Adnkronos is not "
        "supported by ITU (95.1 is Australia's score in the same table) and is kept only as a disputed value.",
        "文莱 2024 年 IDI：国际电联自己的表 1 为 95.7。《婆罗洲公报》/Adnkronos 报道的 95.1 没有国际电联依据（95.1 是同表中澳大利亚的得分），"
        "仅作为有争议的数值保留。",
    ),
    (
        "N-IDI-METHODS",
        "",
        "ITU_IDI_NEW",
        2023,
        2025,
        "methodology",
        "ITU changed the IDI method in 2023: the 2009–2017 index (0–10, 11 indicators on access, use and skills) and "
        "the 2023+ index (0–100, universal and meaningful connectivity pillars) are not comparable and are never "
        "joined into one line or one growth rate.",
        "国际电联于 2023 年更改了 IDI 方法：2009–2017 年指数（0–10 分，接入、使用、技能三类 11 项指标）与 2023 年起的指数"
        "（0–100 分，普遍连接与有意义连接两大支柱）不可比，绝不合并为一条线或一个增长率。",
    ),
    (
        "N-IDI-EDITIONS",
        "",
        "ITU_IDI_OLD",
        2009,
        2017,
        "methodology",
        "Each Measuring the Information Society edition recomputed earlier years with revised data, so the same "
        "year can have different values by edition (Thailand 2015: 5.36 in MIS 2015, 5.05 in MIS 2016). Year here is "
        "the edition year; the reference data are usually a year older.",
        "每一版《衡量信息社会报告》都会用修订数据重新计算往年数值，因此同一年份在不同版本中数值可能不同（泰国 2015 年：MIS 2015 为 5.36，"
        "MIS 2016 为 5.05）。此处年份为版本年份，基础数据通常早一年。",
    ),
    (
        "N-TABLE1-YEAR",
        "",
        "ITU_IDI_OLD",
        2015,
        2015,
        "labelling",
        "The 2016 report's Table 1 labels its IDI column '(2014)' but cites ITU MIS 2015: the values are the IDI 2015 "
        "edition (2014 reference data) and are stored as 2015.",
        "报告表 1 的 IDI 列标注为“(2014)”，但引用的是国际电联 MIS 2015：这些数值属于 IDI 2015 版（2014 年基础数据），按 2015 年保存。",
    ),
    (
        "N-IDI-NEW-RANK",
        "",
        "ITU_IDI_NEW_RANK",
        2023,
        2025,
        "methodology",
        "ITU publishes no ranks for the 2023+ IDI ('economies are not ranked'); the one rank stored (Malaysia 15th, "
        "2023) is MCMC's own count.",
        "国际电联不对 2023 年起的 IDI 排名（“不对经济体排名”）；库中唯一的排名（马来西亚 2023 年第 15）是马来西亚通讯与多媒体委员会自行统计。",
    ),
    (
        "N-WLD-BB-END",
        "WLD",
        "IT.NET.BBND.P2",
        2020,
        2020,
        "coverage",
        "The World series for fixed broadband ends in 2020 and for mobile subscriptions in 2022 (older file vintages).",
        "世界固定宽带序列止于 2020 年，移动电话序列止于 2022 年（数据文件版本较旧）。",
    ),
    (
        "N-WLD-PRICE-BASIS",
        "WLD",
        "ITU_FBB_PCT_GNI",
        2021,
        2025,
        "source_difference",
        "World price medians for 2008–2021 are ITU constant-panel medians; the 2021–2025 ones come from ITU Facts and "
        "Figures (median over all economies with data). They are not comparable; for 2021 both are kept.",
        "2008–2021 年世界资费中位数为国际电联固定样本中位数；2021–2025 年取自国际电联《事实与数据》（当年所有有数据经济体的中位数）。"
        "二者不可比；2021 年两者均保留。",
    ),
    (
        "N-RURAL-REVISION",
        "WLD",
        "ITU_USERS_RURAL",
        2025,
        2025,
        "series_break",
        "ITU Facts and Figures 2025 revised the urban/rural series (2024: urban 83%, rural 48%; 2025: 85% and 58%). "
        "Do not read 2024→2025 as growth.",
        "国际电联《事实与数据 2025》修订了城乡序列（2024 年：城镇 83%、农村 48%；2025 年：85% 与 58%）。不要把 2024→2025 的变化理解为增长。",
    ),
    (
        "N-ECONOMY-SEA-SCOPE",
        "SEA6",
        "GMV",
        2015,
        2030,
        "coverage",
        "e-Conomy SEA covers six countries (Indonesia, Malaysia, the Philippines, Singapore, Thailand, Viet Nam). GMV "
        "is the value of goods and services sold online, not value added or GDP. Each edition revises earlier "
        "estimates and forecasts; editions are kept apart.",
        "e-Conomy SEA 仅覆盖六国（印度尼西亚、马来西亚、菲律宾、新加坡、泰国、越南）。GMV 是线上售出商品和服务的总价值，不是增加值或 GDP。"
        "每一版都会修订此前的估计和预测；各版本分别保存。",
    ),
    (
        "N-PRICE-EXPERIMENTAL",
        "",
        "ITU_MBB_DATA5GB_PCT_GNI",
        2022,
        2025,
        "methodology",
        "Some 2022–2025 basket values are flagged experimental by ITU (back-collection or retired baskets); they are "
        "marked as such.",
        "部分 2022–2025 年价格篮子数值被国际电联标为试验性（回溯采集或已停用的篮子），在此相应标注。",
    ),
    (
        "N-PRICE-CARRIED",
        "",
        "ITU_FBB_PCT_GNI",
        2008,
        2025,
        "methodology",
        "Some ITU basket values repeat exactly from one year to the next although GNI per capita and PPP factors "
        "changed (China 2018 = 2019 in every basket; China fixed broadband PPP 2014 = 2015). Such repeats of a "
        "%-of-GNI or PPP value within one ITU release are flagged 'carried forward' (the USD value of the same "
        "basket and year too, where it repeats as well). They are ITU's published values and count as such; "
        "an unchanged USD price on its own is not flagged.",
        "部分国际电联价格篮子数值与上一年完全相同，尽管人均国民总收入和购买力平价系数已变化（中国 2018 年与 2019 年所有篮子相同；"
        "中国固定宽带购买力平价价格 2014 年与 2015 年相同）。同一国际电联发布版本中，占国民总收入比例或购买力平价数值与上一年完全"
        "相同者标为“沿用上年数值”（同一篮子同一年份的美元数值若也相同，一并标注）。这些仍是国际电联公布的数值，照常计入；"
        "仅美元价格不变的不作标注。",
    ),
    (
        "N-KHM-USERS-2015",
        "KHM",
        "IT.NET.USER.ZS",
        2014,
        2016,
        "as_published",
        "Cambodia's internet-user share reads 14.0% (2014), 6.43% (2015) and 32.4% (2016) in the World Bank/ITU "
        "series. The source gives no reason for the fall and the jump; the values are stored as published. ITU's "
        "by-sex series (SDG 17.8.1) has the same 2015→2016 step (women 6.34% → 32.44%, men 6.53% → 32.35%). Do not "
        "read either step as real change.",
        "柬埔寨互联网用户比例在世界银行/国际电联序列中为 14.0%（2014 年）、6.43%（2015 年）和 32.4%（2016 年）。"
        "来源未说明下降和跃升的原因；数值按公布值保存。国际电联分性别序列（可持续发展目标 17.8.1）在 2015→2016 年有同样的跳变"
        "（女性 6.34% → 32.44%，男性 6.53% → 32.35%）。两次跳变均不应理解为真实变化。",
    ),
    (
        "N-4G-VINTAGES",
        "",
        "IT_MOB_4GNTWK",
        2012,
        2024,
        "revision",
        "4G coverage comes in two ITU vintages: the UN SDG database copy of 2020 (to 2018) and ITU's DataHub via "
        "World Bank Data360 (2012–2024). Where both give a year, the newer DataHub value is shown; both are kept.",
        "4G 覆盖率有两个国际电联数据版本：联合国可持续发展目标数据库 2020 年版（至 2018 年）和经世界银行 Data360 获取的国际电联 "
        "DataHub（2012–2024 年）。两者都有的年份显示较新的 DataHub 数值；两者均保留。",
    ),
    (
        "N-MYS-4G-REVISION",
        "MYS",
        "IT_MOB_4GNTWK",
        2017,
        2018,
        "revision",
        "ITU revised Malaysia's 4G population coverage down: 2017 is 77.2% and 2018 79.7% in ITU's DataHub, against "
        "92% and 93% in the SDG database vintage of 2020. The newer values are shown; the older ones are kept as "
        "another source. The other 62 overlapping country-years agree within 0.05.",
        "国际电联下调了马来西亚的 4G 人口覆盖率：DataHub 中 2017 年为 77.2%、2018 年为 79.7%，而可持续发展目标数据库 2020 年版为 "
        "92% 和 93%。显示较新的数值；较旧的数值作为另一来源保留。其余 62 个重叠的国家-年份相差不超过 0.05。",
    ),
    (
        "N-IDI-2016-RECOMPUTED",
        "",
        "ITU_IDI_OLD",
        2016,
        2016,
        "revision",
        "IDI 2016 has two editions: the first release in MIS 2016 and MIS 2017's recomputation with revised data "
        "(China 5.19 → 5.17, Indonesia 3.86 → 3.85). Both are kept, by edition; MIS 2017 also gives the access, use "
        "and skills sub-indices for 2016 and 2017.",
        "IDI 2016 有两个版本：MIS 2016 的首次发布值，以及 MIS 2017 用修订数据重新计算的数值（中国 5.19 → 5.17，印度尼西亚 "
        "3.86 → 3.85）。两者按版本分别保留；MIS 2017 还给出了 2016 和 2017 年的接入、使用和技能分指数。",
    ),
    (
        "N-CN-ONLINE-RETAIL",
        "CHN",
        "ONLINE_RETAIL_SALES",
        2020,
        2023,
        "source_quality",
        "China's online retail sales are NBS figures, but none was read from stats.gov.cn: 2021 and 2023 from NBS "
        "release text on third-party mirror sites, 2022 from a Securities Daily report of MOFCOM's figures (rounded "
        "to 0.01 trillion yuan), 2020 from a consultancy article (rounded; weakest). Converted from 亿元 to CNY "
        "billion (÷10). 2014–2019 and 2024 were not found in a readable copy.",
        "中国网上零售额为国家统计局数据，但均非直接读自国家统计局网站：2021 和 2023 年取自第三方网站转载的国家统计局发布文本，"
        "2022 年取自《证券日报》对商务部数据的报道（取整至 0.01 万亿元），2020 年取自咨询公司文章（取整；最弱）。由亿元换算为十亿元"
        "（÷10）。2014–2019 年和 2024 年未找到可读的副本。",
    ),
    # What was searched for the weak sources (sources.csv has no notes column, so it is said here), 2026-11-30.
    (
        "N-IDI2025-SOURCE",
        "",
        "ITU_IDI_NEW",
        2025,
        2025,
        "source_quality",
        "IDI 2025 scores come from a third party's copy of ITU's IDIDataset_2025.xlsx, not from ITU. Searched on "
        "2026-11-30 in stored public code and web pages for ITU's own workbook or report table: only scripts that "
        "download the workbook from itu.int and report summaries without country tables were found. Read these "
        "values as unconfirmed by ITU.",
        "IDI 2025 得分取自第三方对国际电联 IDIDataset_2025.xlsx 的副本，而非国际电联本身。2026-11-30 在存档的公开代码和网页中"
        "查找国际电联自己的工作簿或报告表格：只找到从 itu.int 下载该工作簿的脚本和不含各国表格的报告摘要。这些数值应视为未经"
        "国际电联确认。",
    ),
    (
        "N-WLD-IDI2023-SOURCE",
        "WLD",
        "ITU_IDI_NEW",
        2023,
        2023,
        "source_quality",
        "The world IDI 2023 (72.8) is quoted from a press article (Malay Mail, quoting MCMC). Searched on 2026-11-30 "
        "for ITU's IDI 2023 report: only its table of contents was found in a stored copy, not the annex with group "
        "averages, so 72.8 is not confirmed from ITU.",
        "2023 年世界 IDI（72.8）引自新闻报道（《马来邮报》引述马来西亚通讯与多媒体委员会）。2026-11-30 查找国际电联 IDI 2023 "
        "报告：存档副本中只找到目录，没有列出组别平均值的附件，因此 72.8 未经国际电联原文确认。",
    ),
    (
        "N-ECONOMY-SEA-SOURCES",
        "SEA6",
        "GMV",
        2015,
        2030,
        "source_quality",
        "All e-Conomy SEA figures here are quoted from press coverage of the reports, not read from the reports. "
        "Searched on 2026-11-30: the 2023 report exists as third-party uploads (Scribd, SlideShare), but no values "
        "were read from them; GMV by country for the 2023 and 2024 editions was not found in a readable copy.",
        "此处所有 e-Conomy SEA 数字均引自对报告的新闻报道，而非读自报告本身。2026-11-30 查找：2023 年报告有第三方上传的副本"
        "（Scribd、SlideShare），但未从中读取数值；2023 和 2024 年版的分国家 GMV 未找到可读副本。",
    ),
]

for _code, _where_en, _where_zh in [
    ("ITU_USERS_DAILY", "", ""),
    ("ITU_USERS_DAILY_URB", " (urban)", "（城镇）"),
    ("ITU_USERS_DAILY_RUR", " (rural)", "（农村）"),
]:
    NOTES.append(
        (
            f"N-DAILY-USE{_code.removeprefix('ITU_USERS_DAILY').replace('_', '-')}",
            "",
            _code,
            2008,
            2024,
            "definition",
            f"Daily Internet use{_where_en} is ITU's 'individuals using the Internet at least once a day'. It is NOT the "
            "share of the population using the Internet (IT.NET.USER.ZS): the values are higher than that share "
            "(Indonesia 2024: 92.9 against 72.8; Thailand 2016: 79.8 against 47.5), so they are shares of Internet "
            "users, although the Data360 export labels them '% of population'.",
            f"每日上网{_where_zh}指国际电联的“每天至少上网一次的个人”。它不是互联网用户占人口的比例（IT.NET.USER.ZS）："
            "其数值高于该比例（印度尼西亚 2024 年：92.9 对 72.8；泰国 2016 年：79.8 对 47.5），因此是占网民的比例，"
            "尽管 Data360 导出文件标注为“占人口 %”。",
        )
    )


# Each producer's name in Chinese, as Chinese citations (GB/T 7714) and credits name it: the full official name.
PRODUCER_ZH = {
    "ITU": "国际电信联盟",
    "World Bank": "世界银行",
    "National Bureau of Statistics of China": "国家统计局",
    "UN Statistics Division (ITU custodian)": "联合国统计司（国际电信联盟为监管机构）",
    "CAICT": "中国信息通信研究院",
    "ASEAN Secretariat": "东盟秘书处",
    "Google, Temasek, Bain & Company (e-Conomy SEA), via press": "谷歌、淡马锡、贝恩公司（e-Conomy SEA），经媒体报道",
    "Press / third party": "媒体及第三方",
}


def _producer(title: str, licence: str) -> str:
    t = title.lower() + " " + str(licence).lower()
    if title.startswith("NBS release"):  # NBS's own release, read from a mirror: NBS made the figures
        return "National Bureau of Statistics of China"
    if t.startswith("itu ict indicators database"):  # ITU's own database, exported by World Bank Data360
        return "ITU"
    if "asean secretariat" in t:
        return "ASEAN Secretariat"
    if "world bank" in t:
        return "World Bank"
    if title.startswith("Seed") or "caict" in t:
        return "CAICT"
    if "un sdg" in t:
        return "UN Statistics Division (ITU custodian)"
    if "e-conomy sea" in t or "google" in t or "temasek" in t:
        return "Google, Temasek, Bain & Company (e-Conomy SEA), via press"
    if "emarketer" in t or "adb" in t or "businessmirror" in t:
        return "Press / third party"
    if title.lower().startswith("itu"):
        return "ITU"
    return "Press / third party"


def _authority(title: str, licence: str) -> int:
    """1 = the producer's own data; higher = further from it. Used to pick one value when sources agree."""
    t, lic = title.lower(), str(licence).lower()
    if "world bank" in t or "un sdg" in t or t.startswith("itu (2024)") or "price baskets" in t:
        return 1
    if t.startswith("itu") or "via github copy" in t:
        return 2
    if "government" in lic or "statistical office" in t:
        return 3
    if title.startswith("Seed"):
        return 4
    return 5


def _edition(row: pd.Series) -> str:
    if isinstance(row.get("report_edition"), str) and row["report_edition"]:
        return row["report_edition"]
    if str(row["indicator_code"]).startswith("ITU_IDI"):
        text = f"{row.get('note', '')} {row['source']}"
        m = re.search(r"\b(MIS \d{4}|IDI \d{4})\b", text)
        edition = m.group(1) if m else f"IDI {row['year']}"
        # the 2009-2017 index editions were published as the MIS report of the same year: one name for both
        if row["indicator_code"].startswith("ITU_IDI_OLD"):
            edition = edition.replace("IDI ", "MIS ")
        return edition
    return ""


def _flag(row: pd.Series) -> str:
    note = str(row.get("note", "")).lower()
    if row["iso3"] == "BRN" and row["indicator_code"] == "ITU_IDI_NEW" and row["value"] == 95.1:
        return "disputed"
    if "experimental" in note or "status=exp" in note:
        return "experimental"
    return ""


def _qualifier(row: pd.Series) -> str:
    note = str(row.get("note", "")).lower()
    if "qualifier <=" in note or "upper bound" in str(row.get("unit", "")).lower():
        return "<="
    if "lower bound" in note or '"over"' in note or '"exceed"' in note or '"surpass"' in note:
        return ">"
    if "approximate" in note or "rounded" in note:
        return "~"
    return "="


def build_sources(frames: pd.DataFrame) -> pd.DataFrame:
    keys = frames[["source", "source_url", "license", "file", "accessed"]].drop_duplicates(
        ["source", "source_url", "license"]
    )
    extra = pd.DataFrame([SEED_SOURCE, ASEAN_SOURCE])
    keys = pd.concat([keys, extra], ignore_index=True)
    rows = []
    for k in keys.itertuples(index=False):
        digest = hashlib.sha1(f"{k.source}|{k.source_url}|{k.license}".encode()).hexdigest()[:8]
        rows.append(
            {
                "source_id": f"{Path(k.file).stem.split('_')[0]}-{digest}",
                "producer": _producer(k.source, k.license),
                "producer_zh": PRODUCER_ZH[_producer(k.source, k.license)],
                "title": k.source,
                "url": k.source_url,
                "licence": k.license,
                "accessed": k.accessed if isinstance(k.accessed, str) and k.accessed else ACCESSED,
                "via": f"shared/data/{k.file}" if k.file.endswith(".csv") and k.file != "countries.csv" else "",
                "authority": _authority(k.source, k.license)
                + any(part in k.source_url for part in SUPERSEDED_VINTAGES),
            }
        )
    out = pd.DataFrame(rows)
    assert out.source_id.is_unique
    return out


def _licence(file: str, title: str) -> str:
    licence = ADDITION_FILES[file]
    if isinstance(licence, str):
        return licence
    return next(lic for start, lic in licence.items() if title.startswith(start))


def read_addition(file: str) -> pd.DataFrame:
    """One of the additions of 2026-11-30 in the layout of SERIES_FILES (codes and unit names as the store
    writes them; 亿元 converted to CNY billion)."""
    raw = pd.read_csv(SHARED / file, dtype={"year": str, "accessed": str})
    units = raw["unit"].map(lambda u: UNIT_ALIASES.get(u, (u, 1)))
    codes = raw["indicator"].map(lambda c: CODE_ALIASES.get(c, c))
    note = raw["note"].fillna("")
    divisor = units.str[1]
    converted = divisor.ne(1)
    note = note.where(~converted, (note + "; ").str.lstrip("; ") + "converted from 亿元 (CNY 100 million): value ÷ 10")
    out = pd.DataFrame(
        {
            "iso3": raw["entity"],
            "indicator_code": codes,
            "indicator_name": codes.map(lambda c: NAMES_EN.get(c, c)),
            "unit": [UNIT_BY_CODE.get(c, u) for c, u in zip(codes, units.str[0])],
            "year": raw["year"],
            "value": raw["value"] / divisor,
            "source": raw["source_title"],
            "source_url": raw["source_url_or_repo_path"],
            "license": [_licence(file, t) for t in raw["source_title"]],
            "note": note,
            "quote": raw["quote_or_locator"],
            "accessed": raw["accessed"],
            "value_type": ["forecast" if c in ("GMV_2030_POTENTIAL",) else "observation" for c in raw["indicator"]],
            "report_edition": "e-Conomy SEA 2023" if file.startswith("econsea_2023") else "",
        }
    )
    return out.assign(file=file)


def flag_carried_forward(observations: pd.DataFrame, sources: pd.DataFrame, countries: set[str]) -> pd.DataFrame:
    """Mark ITU basket values that repeat the previous year's value exactly within one release.

    A %-of-GNI or PPP value cannot repeat by chance when GNI per capita or the PPP factor changed, so such a repeat
    means ITU carried the value forward. The USD value of the same country, basket and year is marked too when it
    repeats as well; an unchanged USD price on its own is plausible and is not marked. Countries only (aggregates
    are medians ITU recomputes). A value already flagged (experimental) keeps its flag and gets the note.
    """
    releases = set(sources.loc[sources.title.str.contains(PRICE_BASKET_TITLE, regex=False), "source_id"])
    obs = observations.copy()
    scope = obs.source_id.isin(releases) & obs.entity.isin(countries) & obs.period.eq("")
    part = obs[scope].sort_values("year")
    group = part.groupby(["entity", "indicator", "source_id", "edition"])
    repeat = part.value.eq(group.value.shift()) & part.year.eq(group.year.shift() + 1)
    basket = part.indicator.str.replace(r"_(PCT_GNI|PPP|USD)$", "", regex=True)
    strong = repeat & ~part.indicator.str.endswith("_USD")
    strong_keys = set(zip(part.entity[strong], basket[strong], part.year[strong], part.source_id[strong]))
    usd = repeat & part.indicator.str.endswith("_USD")
    usd &= pd.Series([k in strong_keys for k in zip(part.entity, basket, part.year, part.source_id)], index=part.index)
    marked = part.index[strong | usd]
    text = "same value as the year before in this ITU release: carried forward (see N-PRICE-CARRIED)"
    obs.loc[marked, "note"] = [f"{n}; {text}" if n else text for n in obs.loc[marked, "note"]]
    obs.loc[marked, "flag"] = obs.loc[marked, "flag"].where(obs.loc[marked, "flag"].ne(""), "carried_forward")
    return obs


def main() -> None:
    OUT.mkdir(exist_ok=True)
    frames = pd.concat(
        [pd.read_csv(SHARED / f, dtype={"year": str}).assign(file=f) for f in SERIES_FILES]
        + [read_addition(f) for f in ADDITION_FILES],
        ignore_index=True,
    )
    frames["license"] = frames["license"].fillna("")
    sources = build_sources(frames)
    sid = {(r.title, r.url, r.licence): r.source_id for r in sources.itertuples()}
    frames["source_id"] = [sid[(s, u, lic)] for s, u, lic in zip(frames.source, frames.source_url, frames.license)]
    frames["edition"] = frames.apply(_edition, axis=1)
    frames["flag"] = frames.apply(_flag, axis=1)
    frames["qualifier"] = frames.apply(_qualifier, axis=1)
    frames["period"] = frames["year"].where(~frames["year"].str.fullmatch(r"\d{4}"), "")
    frames["year_int"] = frames["year"].str.extract(r"(\d{4})(?:H\d)?$")[0]
    frames.loc[frames["year_int"].isna(), "year_int"] = frames["year"].str[-4:]
    frames["year_int"] = frames["year_int"].astype(int)

    is_forecast = frames["value_type"].eq("forecast")
    obs = frames[~is_forecast]
    observations = pd.DataFrame(
        {
            "entity": obs.iso3,
            "indicator": obs.indicator_code,
            "year": obs.year_int,
            "period": obs.period,
            "value": obs.value,
            "qualifier": obs.qualifier,
            "source_id": obs.source_id,
            "edition": obs.edition,
            "flag": obs.flag,
            "note": obs.note.fillna(""),
            "quote": obs["quote"].fillna(""),
        }
    ).sort_values(["indicator", "entity", "year", "source_id", "edition"])
    observations = flag_carried_forward(observations, sources, {c[0] for c in COUNTRIES if c[3] == "country"})
    keys = ["entity", "indicator", "year", "period", "source_id", "edition"]
    duplicated = observations[observations.duplicated(keys, keep=False)]
    if len(duplicated):
        raise SystemExit(f"duplicate primary keys in observations:\n{duplicated[keys]}")

    fc = frames[is_forecast]
    fc_rows = []
    for r in fc.itertuples():
        base = obs[
            (obs.iso3 == r.iso3)
            & (obs.indicator_code == r.indicator_code)
            & (obs.edition == r.edition)
            & (obs.year_int < r.year_int)
            & obs.period.eq("")
        ]
        base = base.sort_values("year_int").tail(1)
        rate = multiple = None
        target_value = r.value
        base_year = int(base.year_int.iloc[0]) if len(base) else None
        base_value = float(base.value.iloc[0]) if len(base) else None
        if r.period:  # a CAGR or multiple over a stated period
            base_year, base_value, target_value = int(r.period[:4]), None, None
            if r.indicator_code.endswith("_CAGR"):
                rate = r.value
            else:
                multiple = r.value
        made_in = re.search(r"(\d{4})", r.edition)
        fc_rows.append(
            {
                "forecast_id": f"F-{r.source_id}-{r.indicator_code}-{r.iso3}-{r.year}",
                "entity": r.iso3,
                "indicator": r.indicator_code.removesuffix("_CAGR").removesuffix("_MULT").removesuffix("_GROWTH"),
                "base_year": base_year,
                "base_value": base_value,
                "target_year": r.year_int,
                "target_value": target_value,
                "rate_pct": rate,
                "multiple": multiple,
                "qualifier": r.qualifier,
                "made_by": "eMarketer"
                if "eMarketer" in r.edition
                else "Google, Temasek, Bain & Company (e-Conomy SEA)",
                "made_in": int(made_in.group(1)) if made_in else None,
                "edition": r.edition,
                "source_id": r.source_id,
                "outcome_entity": r.iso3,
                "outcome_indicator": r.indicator_code.removesuffix("_CAGR")
                .removesuffix("_MULT")
                .removesuffix("_GROWTH"),
                "quote": r.quote,
                "note": "" if pd.isna(r.note) else r.note,
            }
        )
    seed = pd.read_csv(SHARED / "seed_figures.csv", dtype={"year": str})
    seed_sid = sources.loc[sources.title == SEED_SOURCE["source"], "source_id"].iloc[0]
    for fid, ent, ind, by, bv, ty, tv, rate, mult, oe, oi, ids, note in SEED_FORECASTS:
        quotes = " / ".join(dict.fromkeys(seed.set_index("id").loc[ids.split(";"), "quote"]))
        fc_rows.append(
            {
                "forecast_id": fid,
                "entity": ent,
                "indicator": ind,
                "base_year": by,
                "base_value": bv,
                "target_year": ty,
                "target_value": tv,
                "rate_pct": rate,
                "multiple": mult,
                # as printed: "more than 30" stays a lower bound, "approximately 6.5 times" an approximation
                "qualifier": next((q for q in seed.set_index("id").loc[ids.split(";"), "qualifier"] if q != "="), "="),
                "made_by": "CAICT (2016) China-ASEAN ICT report",
                "made_in": 2016,
                "edition": "CAICT 2016",
                "source_id": seed_sid,
                "outcome_entity": oe,
                "outcome_indicator": oi,
                "quote": quotes,
                "note": f"{note} [report figures {ids}]",  # the ids stay in downloads, not on screen
            }
        )
    forecasts = pd.DataFrame(fc_rows)
    for col in ["base_year", "target_year", "made_in"]:
        forecasts[col] = forecasts[col].astype("Int64")

    inds = (
        frames[["indicator_code", "indicator_name", "unit"]]
        .drop_duplicates("indicator_code")
        .rename(columns={"indicator_code": "code", "indicator_name": "name_en"})
    )
    missing = set(inds.code) - set(META)
    if missing:
        raise SystemExit(f"indicator_meta.py has no entry for: {sorted(missing)}")
    inds["name_zh"] = inds.code.map(lambda c: META[c][0])
    inds["topic"] = inds.code.map(lambda c: META[c][1])
    inds["min_value"] = inds.code.map(lambda c: META[c][2])
    inds["max_value"] = inds.code.map(lambda c: META[c][3])
    inds["higher_is_better"] = inds.code.map(lambda c: META[c][4])
    no_precision = sorted(set(inds.unit) - set(DECIMALS_BY_UNIT))
    if no_precision:
        raise SystemExit(f"indicator_meta.DECIMALS_BY_UNIT has no precision for the units: {no_precision}")
    inds["decimals"] = inds.unit.map(DECIMALS_BY_UNIT)
    notes_by_ind = {}
    for n in NOTES:
        notes_by_ind.setdefault(n[2], []).append(n[0])
    inds["series_notes"] = inds.code.map(lambda c: ";".join(notes_by_ind.get(c, [])))
    inds = inds[
        [
            "code",
            "name_en",
            "name_zh",
            "unit",
            "topic",
            "min_value",
            "max_value",
            "higher_is_better",
            "decimals",
            "series_notes",
        ]
    ].sort_values("code")

    countries = pd.DataFrame(COUNTRIES, columns=["iso3", "name_en", "name_zh", "kind", "asean_since", "groups"])
    countries["asean_since"] = countries["asean_since"].astype("Int64")
    countries["source_id"] = sources.loc[sources.title == ASEAN_SOURCE["source"], "source_id"].iloc[0]
    notes = pd.DataFrame(
        NOTES, columns=["note_id", "entity", "indicator", "year_from", "year_to", "kind", "text_en", "text_zh"]
    )

    observations.to_csv(OUT / "observations.csv", index=False)
    forecasts.to_csv(OUT / "forecasts.csv", index=False)
    sources.sort_values("source_id").to_csv(OUT / "sources.csv", index=False)
    inds.to_csv(OUT / "indicators.csv", index=False)
    countries.to_csv(OUT / "countries.csv", index=False)
    notes.to_csv(OUT / "series_notes.csv", index=False)
    seed.assign(source_id=seed_sid).to_csv(OUT / "report_figures.csv", index=False)
    (OUT / "geo").mkdir(exist_ok=True)
    for name in ("asean_china_50m.geojson", "taiwan_hongkong_macao_50m.geojson"):  # the second: worldviews
        before, after = simplify_file(SHARED / "geo" / name, OUT / "geo" / name)
        print(f"map outlines {name}: {before:,} points simplified to {after:,}")
    print(
        f"observations {len(observations)}, forecasts {len(forecasts)}, sources {len(sources)}, "
        f"indicators {len(inds)}, report figures {len(seed)}"
    )


if __name__ == "__main__":
    main()
