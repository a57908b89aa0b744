"""Strings shared by the app shell and every page."""

STRINGS = {
    "app.title": {"en": "ASEAN–China ICT dashboard", "zh": "中国—东盟信息通信技术仪表板"},
    "app.tagline": {
        "en": "ICT and digital-economy metrics for China and the ASEAN member states, every figure with its source.",
        "zh": "中国与东盟成员国的信息通信技术和数字经济指标，每个数字都注明来源。",
    },
    "nav.overview": {"en": "Overview", "zh": "概览"},
    "nav.data": {"en": "Data & sources", "zh": "数据与来源"},
    "sidebar.language": {"en": "Language", "zh": "语言"},
    "sidebar.group": {"en": "Country group", "zh": "国家组"},
    "sidebar.countries": {"en": "Countries", "zh": "国家"},
    "sidebar.countries_none": {"en": "Choose countries", "zh": "请选择国家"},
    "sidebar.custom": {"en": "Custom selection", "zh": "自定义选择"},
    "group.ASEAN": {"en": "ASEAN", "zh": "东盟"},
    "group.ASEAN6": {"en": "ASEAN-6", "zh": "东盟六国"},
    "group.CLMV": {"en": "CLMV (Cambodia, Lao PDR, Myanmar, Viet Nam)", "zh": "柬老缅越"},
    "group.ASEAN_CHINA": {"en": "ASEAN + China", "zh": "东盟 + 中国"},
    "common.source": {"en": "Source", "zh": "来源"},
    "common.sources": {"en": "Sources", "zh": "来源"},
    "common.licence": {"en": "Licence", "zh": "许可"},
    "common.year": {"en": "Year", "zh": "年份"},
    "common.value": {"en": "Value", "zh": "数值"},
    "common.country": {"en": "Country", "zh": "国家"},
    "common.indicator": {"en": "Indicator", "zh": "指标"},
    "common.unit": {"en": "Unit", "zh": "单位"},
    "common.no_data": {"en": "No data for this selection.", "zh": "此选择没有数据。"},
    "common.pick_country": {"en": "Pick at least one country in the sidebar.", "zh": "请在侧边栏至少选择一个国家。"},
    "common.download_csv": {"en": "CSV (rows shown)", "zh": "CSV（所示数据）"},
    "common.download_xlsx": {"en": "Excel", "zh": "Excel 表格"},
    "common.download_more": {"en": "Excel, images", "zh": "Excel、图片"},
    "common.download_png": {"en": "PNG image", "zh": "PNG 图片"},
    "common.download_svg": {"en": "SVG image", "zh": "SVG 矢量图"},
    "common.download_pdf": {"en": "PDF", "zh": "PDF 文件"},
    "common.export_size": {"en": "Image size", "zh": "图片尺寸"},
    "common.size.screen": {"en": "Screen 1400×800", "zh": "屏幕 1400×800"},
    "common.size.slide": {"en": "Slide 16:9, 1920×1080", "zh": "幻灯片 16:9，1920×1080"},
    "common.no_image_export": {
        "en": "PNG/SVG export needs a Chromium browser on the server (apt-get install chromium); CSV and Excel work.",
        "zh": "导出 PNG/SVG 需要服务器安装 Chromium 浏览器（apt-get install chromium）；CSV 和 Excel 可正常下载。",
    },
    "common.your_data": {"en": "your data", "zh": "您的数据"},
    "common.notes": {"en": "Notes on these data", "zh": "数据说明"},
    "common.derived": {"en": "derived", "zh": "推算"},
    "common.upload_lost": {
        "en": "Your uploaded data was on a server that restarted; upload it again (Data & sources page).",
        "zh": "您上传的数据所在的服务器已重启，请重新上传（“数据与来源”页面）。",
    },
    "common.sequences_lost": {
        "en": "Your saved presenter sequences were on a server that restarted; load your sequence file again "
        "(Presenter mode).",
        "zh": "您保存的演示序列所在的服务器已重启，请重新载入序列文件（“演示模式”页面）。",
    },
    "common.url_notice": {
        "en": "Some settings in the address were not understood and were reset: {details}",
        "zh": "地址中的部分设置无法识别，已恢复默认：{details}",
    },
    "common.store_error": {
        "en": "The data store could not be opened. {details}",
        "zh": "无法打开数据库。{details}",
    },
    "common.store_unwritable": {
        "en": "The data store {path} has to be built, but that place cannot be written ({details}). "
        "Set ASEANICT_DB to a writable path, or build the store there once with `python -m aseanict build`.",
        "zh": "需要生成数据库 {path}，但该位置不可写入（{details}）。"
        "请将 ASEANICT_DB 设为可写入的路径，或在该位置用 `python -m aseanict build` 生成一次数据库。",
    },
    "common.store_locked": {
        "en": "The data store {path} is locked by another program that opened it for writing ({holder}). "
        "Close that program, then reload this page.",
        "zh": "数据库 {path} 被另一个以写入方式打开它的程序锁定（{holder}）。请关闭该程序，然后重新加载本页。",
    },
    "common.store_stale": {
        "en": "The files in data/ have changed since the data store was built ({built_at}), and it could not "
        "be rebuilt: {details}. The figures shown are those of that build.",
        "zh": "自数据库生成（{built_at}）以来，data/ 中的文件已有改动，但数据库无法重新生成：{details}。"
        "所示数字来自该次生成的数据库。",
    },
    "common.conflict": {"en": "sources disagree", "zh": "来源不一致"},
    "source.col.source_id": {"en": "Source id", "zh": "来源编号"},
    "source.col.producer": {"en": "Producer", "zh": "发布方"},
    "source.col.title": {"en": "Title", "zh": "标题"},
    "source.col.url": {"en": "Address", "zh": "网址"},
    "source.col.licence": {"en": "Licence", "zh": "许可"},
    "source.col.accessed": {"en": "Accessed", "zh": "访问日期"},
    "source.col.via": {"en": "Via", "zh": "转引自"},
    "source.col.authority": {"en": "Authority rank", "zh": "权威等级"},
    "source.col.licence_short": {"en": "Licence (short)", "zh": "许可（简称）"},
}
