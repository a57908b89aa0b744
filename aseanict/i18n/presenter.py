"""Strings of presenter mode."""

STRINGS = {
    "nav.presenter": {"en": "Presenter mode", "zh": "演示模式"},
    "present.title": {"en": "Presenter mode", "zh": "演示模式"},
    "present.intro": {
        "en": "A sequence of charts to show to a room: step through them full-screen with large type (← and → keys "
        "work too), or download the whole sequence as PowerPoint or PDF. Start from a ready-made sequence or build "
        "your own; the address keeps the sequence, its name and the step, so a copied link opens it again.",
        "zh": "面向会场的一组图表：以大字号全屏逐页展示（也可用 ← 和 → 键翻页），或将整组图表下载为 PowerPoint 或 PDF。"
        "可从现成的演示序列开始，也可自行组建；地址会保存序列、名称和当前页，复制链接即可再次打开。",
    },
    "present.sequence": {"en": "Views in this sequence", "zh": "本组图表"},
    "present.fullscreen": {"en": "Full screen (hide the sidebar)", "zh": "全屏（隐藏侧边栏）"},
    "present.keys": {
        "en": "Click anywhere on the page, then ← and → step back and forward.",
        "zh": "先点击页面任意位置，再用 ← 和 → 键前后翻页。",
    },
    "present.previous": {"en": "Previous", "zh": "上一页"},
    "present.next": {"en": "Next", "zh": "下一页"},
    "present.step": {"en": "View {n} of {total}", "zh": "第 {n} 页，共 {total} 页"},
    "present.pptx": {"en": "PowerPoint deck", "zh": "PowerPoint 演示文稿"},
    "present.pdf": {"en": "PDF", "zh": "PDF 文件"},
    "present.deck_subtitle": {
        "en": "ICT in China and ASEAN: charts from the aseanict dashboard, each with its source",
        "zh": "中国与东盟的信息通信技术：来自 aseanict 仪表板的图表，均注明来源",
    },
    "present.seq.revisited": {"en": "The 2016 report revisited", "zh": "重温 2016 年报告"},
    "present.seq.affordability": {"en": "Affordability: what getting online costs", "zh": "可负担性：上网的成本"},
    "present.seq.divide": {"en": "The digital divide", "zh": "数字鸿沟"},
    "present.untitled": {"en": "Untitled sequence", "zh": "未命名序列"},
    "present.pick": {"en": "Sequence", "zh": "演示序列"},
    "present.pick_placeholder": {"en": "Your own sequence (not saved)", "zh": "您的自定义序列（未保存）"},
    "present.pick_saved": {"en": "Yours: {name}", "zh": "我的：{name}"},
    "present.build": {"en": "Build this sequence: views, order, name", "zh": "组建序列：图表、顺序、名称"},
    "present.name": {"en": "Name", "zh": "名称"},
    "present.order": {"en": "Order of the views", "zh": "图表顺序"},
    "present.move_up": {"en": "Move up", "zh": "上移"},
    "present.move_down": {"en": "Move down", "zh": "下移"},
    "present.save": {"en": "Save sequence", "zh": "保存序列"},
    "present.saved_ok": {"en": "Saved “{name}”.", "zh": "已保存“{name}”。"},
    "present.save.no_name": {"en": "Give the sequence a name first.", "zh": "请先为序列命名。"},
    "present.save.long_name": {"en": "Names are limited to {max} characters.", "zh": "名称不能超过 {max} 个字符。"},
    "present.save.full": {
        "en": "You can keep up to {max} sequences: delete one first.",
        "zh": "最多可保存 {max} 个序列，请先删除一个。",
    },
    "present.mine": {"en": "Your saved sequences", "zh": "我保存的序列"},
    "present.mine_help": {
        "en": "Saved sequences live in this browser tab only, never on the server. Download them as a file to "
        "keep them, and load the file again next time (or share it).",
        "zh": "保存的序列仅存在于当前浏览器标签页，不会存储在服务器上。请下载为文件以便保留，下次再加载该文件（或分享给他人）。",
    },
    "present.mine_none": {"en": "None saved yet.", "zh": "尚未保存任何序列。"},
    "present.mine_row": {"en": "{name} ({n} views)", "zh": "{name}（{n} 个图表）"},
    "present.delete": {"en": "Delete", "zh": "删除"},
    "present.json_download": {"en": "Download my sequences (JSON)", "zh": "下载我的序列（JSON）"},
    "present.json_upload": {"en": "Load sequences from a file", "zh": "从文件加载序列"},
    "present.json_loaded": {"en": "Loaded {n} sequence(s) from the file.", "zh": "已从文件加载 {n} 个序列。"},
    "present.json_failed": {
        "en": "The file was not loaded (your sequences are unchanged):",
        "zh": "文件未加载（您已有的序列保持不变）：",
    },
    "present.file.too_big": {"en": "The file is larger than {kb} kB.", "zh": "文件超过 {kb} kB。"},
    "present.file.not_json": {
        "en": "The file is not valid JSON ({details}).",
        "zh": "文件不是有效的 JSON（{details}）。",
    },
    "present.file.not_ours": {
        "en": "This is not a file of presenter sequences (expected the file this page downloads).",
        "zh": "这不是演示序列文件（应为本页下载的文件）。",
    },
    "present.file.empty": {"en": "The file holds no sequence.", "zh": "文件中没有任何序列。"},
    "present.file.too_many": {
        "en": "The file holds {n} sequences; at most {max} can be loaded.",
        "zh": "文件包含 {n} 个序列，最多可加载 {max} 个。",
    },
    "present.file.bad_entry": {
        "en": "Sequence #{n} is not a name with a list of views.",
        "zh": "第 {n} 个序列缺少名称或图表列表。",
    },
    "present.file.no_name": {"en": "Sequence #{n} has no name.", "zh": "第 {n} 个序列没有名称。"},
    "present.file.long_name": {
        "en": "The name of sequence #{n} is longer than {max} characters.",
        "zh": "第 {n} 个序列的名称超过 {max} 个字符。",
    },
    "present.file.repeated_name": {"en": "The name {name} is used twice.", "zh": "名称 {name} 重复出现。"},
    "present.file.no_views": {"en": "Sequence {name} has no views.", "zh": "序列 {name} 没有图表。"},
    "present.file.too_many_views": {
        "en": "Sequence {name} has more than {max} views.",
        "zh": "序列 {name} 的图表超过 {max} 个。",
    },
    "present.file.unknown_views": {
        "en": "Sequence {name} has views this dashboard does not know: {views}.",
        "zh": "序列 {name} 包含本仪表板没有的图表：{views}。",
    },
    "present.file.repeated_view": {
        "en": "Sequence {name} shows the same view twice.",
        "zh": "序列 {name} 中有重复的图表。",
    },
    "present.empty": {"en": "Pick at least one view.", "zh": "请至少选择一个图表。"},
    "present.world": {"en": "World average", "zh": "世界平均"},
    "present.view.users": {"en": "Internet users", "zh": "互联网用户"},
    "present.view.fixed": {"en": "Fixed broadband", "zh": "固定宽带"},
    "present.view.idi": {"en": "ICT Development Index", "zh": "ICT 发展指数"},
    "present.view.price": {"en": "Fixed-broadband prices", "zh": "固定宽带资费"},
    "present.view.mobile": {"en": "Mobile subscriptions", "zh": "移动电话用户"},
    "present.view.mobile_price": {"en": "Mobile-data prices", "zh": "移动数据资费"},
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
    "present.mobile.title": {"en": "Mobile cellular subscriptions per 100 people", "zh": "每百人移动电话用户数"},
    "present.mobile.takeaway": {
        "en": "Almost everywhere there is more than one mobile subscription per person; Lao PDR is the exception.",
        "zh": "几乎所有国家的移动电话用户数都超过人口数，老挝是例外。",
    },
    "present.mobile_price.title": {
        "en": "Mobile data (2 GB), % of monthly GNI per capita, {year}",
        "zh": "移动数据资费（2 GB）占月人均国民总收入比例，{year} 年",
    },
    "present.mobile_price.takeaway": {
        "en": "Mobile data costs far less than fixed broadband: nearly every country is below the 2% target.",
        "zh": "移动数据远比固定宽带便宜：几乎所有国家都低于 2% 的目标。",
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
