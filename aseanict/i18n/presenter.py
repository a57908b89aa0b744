"""Strings of presenter mode."""

STRINGS = {
    "nav.presenter": {"en": "Presenter mode", "zh": "演示模式"},
    "present.title": {"en": "Presenter mode", "zh": "演示模式"},
    "present.intro": {
        "en": "A sequence of charts to show to a room: step through them full-screen with large type, or "
        "download the whole sequence as PowerPoint or PDF. Pick your own views below; the address keeps them.",
        "zh": "面向会场的一组图表：以大字号全屏逐页展示，或将整组图表下载为 PowerPoint 或 PDF。可在下方自选图表，地址会保存您的选择。",
    },
    "present.sequence": {"en": "Views in this sequence", "zh": "本组图表"},
    "present.fullscreen": {"en": "Full screen (hide the sidebar)", "zh": "全屏（隐藏侧边栏）"},
    "present.previous": {"en": "Previous", "zh": "上一页"},
    "present.next": {"en": "Next", "zh": "下一页"},
    "present.step": {"en": "View {n} of {total}", "zh": "第 {n} 页，共 {total} 页"},
    "present.pptx": {"en": "PowerPoint deck", "zh": "PowerPoint 演示文稿"},
    "present.pdf": {"en": "PDF", "zh": "PDF 文件"},
    "present.deck_title": {"en": "The 2016 report revisited", "zh": "重温 2016 年报告"},
    "present.deck_subtitle": {
        "en": "ICT in China and ASEAN: the CAICT report's figures beside today's data",
        "zh": "中国与东盟的信息通信技术：中国信通院报告数据与最新数据对照",
    },
    "present.empty": {"en": "Pick at least one view.", "zh": "请至少选择一个图表。"},
    "present.world": {"en": "World average", "zh": "世界平均"},
    "present.view.users": {"en": "Internet users", "zh": "互联网用户"},
    "present.view.fixed": {"en": "Fixed broadband", "zh": "固定宽带"},
    "present.view.idi": {"en": "ICT Development Index", "zh": "ICT 发展指数"},
    "present.view.price": {"en": "Fixed-broadband prices", "zh": "固定宽带资费"},
    "present.view.offline": {"en": "People offline", "zh": "未上网人口"},
    "present.view.gmv": {"en": "The 6.5× forecast vs what happened", "zh": "6.5 倍预测与实际"},
    "present.users.title": {"en": "Internet users, % of population", "zh": "互联网用户占人口比例（%）"},
    "present.users.takeaway": {
        "en": "Since the 2016 report every country has put more people online; the laggards are catching up.",
        "zh": "2016 年报告以来，各国上网人口比例均有提高，落后国家正在追赶。",
    },
    "present.fixed.title": {"en": "Fixed broadband subscriptions per 100 people", "zh": "每百人固定宽带用户数"},
    "present.fixed.takeaway": {
        "en": "Fixed broadband is still rare in most of ASEAN: mobile carries the region online.",
        "zh": "固定宽带在东盟大部分国家仍不普及：移动网络承载了该地区的上网需求。",
    },
    "present.idi.title": {"en": "ICT Development Index, IDI {year} (0–100)", "zh": "ICT 发展指数，IDI {year}（0–100）"},
    "present.idi.takeaway": {
        "en": "On ITU's new index the gap between the leaders and Lao PDR, Myanmar and Timor-Leste remains wide.",
        "zh": "在国际电联新指数中，领先国家与老挝、缅甸、东帝汶之间的差距仍然很大。",
    },
    "present.price.title": {
        "en": "Fixed broadband price, % of monthly GNI per capita, {year}",
        "zh": "固定宽带资费占月人均国民总收入比例，{year} 年",
    },
    "present.price.target": {"en": "2% target", "zh": "2% 目标"},
    "present.price.takeaway": {
        "en": "Prices fell far since the report's 37% (2010), but several countries are still above the 2% target.",
        "zh": "资费已较报告中的 37%（2010 年）大幅下降，但仍有多个国家高于 2% 的目标。",
    },
    "present.offline.title": {"en": "People not using the internet (millions)", "zh": "未使用互联网的人口（百万）"},
    "present.offline.unit": {"en": "million people", "zh": "百万人"},
    "present.offline.takeaway": {
        "en": "In absolute numbers the offline population is concentrated in the most populous countries.",
        "zh": "从绝对数量看，未上网人口集中在人口最多的国家。",
    },
    "present.gmv.title": {
        "en": "Internet economy 2025, six countries: each edition's forecast",
        "zh": "2025 年互联网经济（六国）：各版本的预测",
    },
    "present.gmv.takeaway": {
        "en": "The 2016 forecast of about $200 billion for 2025 (the report's 6.5×) was overtaken: 2025 surpassed $300 billion.",
        "zh": "2016 年对 2025 年约 2000 亿美元的预测（报告中的 6.5 倍）已被超越：2025 年超过 3000 亿美元。",
    },
}
