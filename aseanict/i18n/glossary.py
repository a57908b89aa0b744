"""The glossary in the sidebar of every page: the words the dashboard's numbers are read with."""

# Terms in the order the sidebar lists them: glossary.term.<code> is the word, glossary.text.<code> says it.
TERMS = (
    "report",
    "report_figure",
    "idi_methods",
    "mis",
    "series_break",
    "derived",
    "asean6",
    "clmv",
    "gmv",
    "basket",
    "ppp",
)

STRINGS = {
    "glossary.title": {"en": "Glossary", "zh": "术语表"},
    "glossary.intro": {"en": "Words used on these pages, in plain terms.", "zh": "本网站所用术语的简明解释。"},
    "glossary.term.report": {"en": "The 2016 report", "zh": "2016 年报告"},
    "glossary.text.report": {
        "en": "The China-ASEAN ICT Development Report published by CAICT (China Academy of Information and "
        "Communications Technology) in 2016: the document this dashboard follows and checks against today's data.",
        "zh": "中国信息通信研究院（中国信通院）2016 年发布的《中国—东盟信息通信技术发展报告》：本网站依循的文件，"
        "并用今天的数据加以对照。",
    },
    "glossary.term.report_figure": {"en": "Report figure number", "zh": "报告数字编号"},
    "glossary.text.report_figure": {
        "en": "Every number quoted from the 2016 report has a number of its own, shown in the data "
        "page's list of the report's figures and kept in downloads, so that a figure can be traced to its sentence.",
        "zh": "2016 年报告中引用的每个数字都有自己的编号，列在数据页的报告数字表中并保留在下载文件里，"
        "以便追溯到原文句子。",
    },
    "glossary.term.idi_methods": {
        "en": "ICT Development Index (IDI): two methods",
        "zh": "ICT 发展指数（IDI）：两种方法",
    },
    "glossary.text.idi_methods": {
        "en": "ITU's index of a country's ICT development. The 2009–2017 method scores 0–10 from 11 indicators of "
        "access, use and skills; the method used since 2023 scores 0–100 from two pillars, universal and "
        "meaningful connectivity. The two are different measures: they are never joined into one line, one "
        "change or one growth rate.",
        "zh": "国际电联衡量一国信息通信技术发展水平的指数。2009–2017 年方法以接入、使用、技能三类 11 项指标计分，"
        "满分 10 分；2023 年起的方法以普遍连接与有意义连接两大支柱计分，满分 100 分。二者是不同的度量，"
        "绝不合并为一条线、一个变化或一个增长率。",
    },
    "glossary.term.mis": {"en": "MIS edition", "zh": "MIS 版本"},
    "glossary.text.mis": {
        "en": "ITU's yearly Measuring the Information Society (MIS) report, in which the 2009–2017 IDI was published. "
        "Each edition recomputed earlier years, so “IDI 2012 · MIS 2013” means the IDI for 2012 as published in "
        "the MIS 2013 report; the same year can differ between editions.",
        "zh": "国际电联每年发布的《衡量信息社会报告》（Measuring the Information Society，MIS），2009–2017 年的 IDI "
        "即在其中发布。每一版都会重新计算往年数值，因此“IDI 2012 · MIS 2013”指 MIS 2013 报告中公布的 2012 年 IDI；"
        "同一年份在不同版本中数值可能不同。",
    },
    "glossary.term.series_break": {"en": "Series break", "zh": "序列断点"},
    "glossary.text.series_break": {
        "en": "A point where a series changes its basis (a new survey, a new price basket, a new method): the values "
        "before and after it measure different things, so a jump there is not real change. Lines are drawn apart "
        "at a break.",
        "zh": "序列口径发生变化之处（新的调查、新的价格篮子、新的方法）：断点前后的数值衡量的内容不同，"
        "其间的跳变并非真实变化。图中的线在断点处断开。",
    },
    "glossary.term.derived": {"en": "Derived group value", "zh": "推算的组别数值"},
    "glossary.text.derived": {
        "en": "A value for a group (ASEAN, ASEAN-6, CLMV) computed here from its members' published values (a "
        "population-weighted or simple mean, as each chart says), only for years in which every member reported. "
        "No producer published it.",
        "zh": "本网站根据成员国公布的数值计算出的组别数值（人口加权平均或简单平均，各图表另有说明），"
        "仅限所有成员均有数据的年份。并非任何机构发布的数字。",
    },
    "glossary.term.asean6": {"en": "ASEAN-6", "zh": "东盟六国（ASEAN-6）"},
    "glossary.text.asean6": {
        "en": "The six older ASEAN members: Brunei Darussalam, Indonesia, Malaysia, the Philippines, Singapore and "
        "Thailand. (e-Conomy SEA's “Southeast Asia-6” is a different six: Indonesia, Malaysia, the Philippines, "
        "Singapore, Thailand and Viet Nam.)",
        "zh": "东盟六个老成员国：文莱、印度尼西亚、马来西亚、菲律宾、新加坡和泰国。（e-Conomy SEA 的“东南亚六国”"
        "是另外六国：印度尼西亚、马来西亚、菲律宾、新加坡、泰国和越南。）",
    },
    "glossary.term.clmv": {"en": "CLMV", "zh": "CLMV（柬老缅越）"},
    "glossary.text.clmv": {
        "en": "Cambodia, Lao PDR, Myanmar and Viet Nam, the ASEAN members that joined in the 1990s.",
        "zh": "柬埔寨、老挝、缅甸和越南，即 20 世纪 90 年代加入东盟的成员国。",
    },
    "glossary.term.gmv": {"en": "GMV (gross merchandise value)", "zh": "GMV（商品交易总额）"},
    "glossary.text.gmv": {
        "en": "The total value of goods and services sold online in a year (e-commerce, travel, transport and food "
        "delivery, online media), before costs: the size of the internet economy, not its revenue.",
        "zh": "一年内在线售出的商品和服务总值（电子商务、旅游、出行与外卖、在线媒体），未扣除成本："
        "衡量互联网经济的规模，而非其收入。",
    },
    "glossary.term.basket": {"en": "Price basket", "zh": "价格篮子"},
    "glossary.text.basket": {
        "en": "ITU's fixed monthly package (for example 5 GB of fixed broadband) priced the same way in every "
        "country, so prices can be compared. ITU has enlarged the baskets over time (fixed broadband 1 GB until "
        "2017, 5 GB from 2018).",
        "zh": "国际电联在各国以相同方式定价的固定月度套餐（例如 5GB 固定宽带），使价格可以比较。"
        "国际电联多次扩大篮子（固定宽带 2017 年前为 1GB，2018 年起为 5GB）。",
    },
    "glossary.term.ppp": {"en": "PPP (purchasing power parity)", "zh": "PPP（购买力平价）"},
    "glossary.text.ppp": {
        "en": "A conversion that removes price-level differences between countries: a price in PPP dollars says what "
        "it costs in local buying power. Prices are also shown in US dollars and as a % of monthly gross national "
        "income (GNI) per person, the measure of affordability.",
        "zh": "消除各国价格水平差异的换算方法：以购买力平价美元表示的价格反映其在当地的实际购买力。"
        "价格还以美元以及占月人均国民总收入（GNI）的百分比表示，后者衡量可负担性。",
    },
}
