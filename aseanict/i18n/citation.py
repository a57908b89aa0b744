"""Citations ("Cite this" under every chart and on the country profile), the data version in the footer."""

STRINGS = {
    "cite.expander": {"en": "Cite this", "zh": "引用本图"},
    "cite.expander_profile": {"en": "Cite this profile", "zh": "引用本国家概况"},
    "cite.profile_title": {"en": "Country profile: {country}", "zh": "国家概况：{country}"},
    "cite.intro": {
        "en": "The original producers first, then this dashboard, its data version and today's date as the access "
        "date. Copy with the button at the top right of each block.",
        "zh": "先列原始数据发布方，再列本仪表板、数据版本，并以今天的日期为访问日期。点击每个代码块右上角的按钮复制。",
    },
    "cite.style.apa": {"en": "APA (7th edition)", "zh": "APA（第 7 版）"},
    "cite.style.bibtex": {"en": "BibTeX", "zh": "BibTeX"},
    "cite.style.gbt7714": {"en": "GB/T 7714-2015", "zh": "GB/T 7714-2015（中文出版物）"},
    "cite.publisher": {"en": "aseanict: ASEAN–China ICT dashboard", "zh": "aseanict：中国—东盟信息通信技术仪表板"},
    "cite.no_date": {"en": "n.d.", "zh": "无日期"},
    "cite.apa": {
        "en": "{authors}. ({year}). {title} [Data set]. In {publisher} (data version {version}, {date}). "
        "Retrieved {accessed}, from {url}",
        "zh": "{authors}. ({year}). {title} [数据集]. 载于 {publisher}（数据版本 {version}，{date}）. "
        "检索于 {accessed}，来自 {url}",
    },
    "cite.gbt7714": {
        "en": "{authors}. {title}: data version {version}[DS/OL]. {publisher}, {year}({date})[{accessed}]. {url}.",
        "zh": "{authors}. {title}: 数据版本 {version}[DS/OL]. {publisher}, {year}({date})[{accessed}]. {url}.",
    },
    "cite.bibtex_note": {
        "en": "Data version {version} ({date}); accessed {accessed}",
        "zh": "数据版本 {version}（{date}）；访问日期 {accessed}",
    },
    "cite.et_al": {"en": "et al", "zh": "等"},
    "footer.data_version": {
        "en": "Data version {version} ({date}): cite it with the figures you quote.",
        "zh": "数据版本 {version}（{date}）：引用数字时请一并注明。",
    },
    "footer.data_version_short": {
        "en": "aseanict data version {version} ({date})",
        "zh": "aseanict 数据版本 {version}（{date}）",
    },
}
