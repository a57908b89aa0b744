"""Source lines and licence credits for charts and tables, from the store's sources table."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

SHORT_LICENCE = {
    "CC BY 4.0": "CC BY 4.0",
    "ITU terms": "ITU terms of use",
    "UN SDG": "UN SDG database terms",
    "CC BY-NC-SA 3.0 IGO": "CC BY-NC-SA 3.0 IGO",
    "seed document": "quoted from the CAICT report",
    "press report": "facts quoted from press reports",
    "ITU data": "ITU terms of use",
    "ITU (quoted": "ITU terms of use",
    "ITU report": "ITU copyright",
    "government": "quoted from government releases",
    "CC BY-SA": "CC BY-SA (Wikipedia)",
    "facts": "facts",
}


# Chinese renderings of producers and licence names, for credits on Chinese pages.
ZH = {
    "World Bank": "世界银行",
    "ITU": "国际电联",
    "UN Statistics Division (ITU custodian)": "联合国统计司（国际电联为监管机构）",
    "CAICT": "中国信通院",
    "ASEAN Secretariat": "东盟秘书处",
    "Press / third party": "媒体及第三方",
    "Google, Temasek, Bain & Company (e-Conomy SEA), via press": "谷歌、淡马锡、贝恩（e-Conomy SEA），经媒体报道",
    "ITU terms of use": "国际电联使用条款",
    "UN SDG database terms": "联合国可持续发展目标数据库条款",
    "quoted from the CAICT report": "引自中国信通院报告",
    "facts quoted from press reports": "引自媒体报道的事实",
    "ITU copyright": "国际电联版权",
    "quoted from government releases": "引自政府发布",
    "CC BY-SA (Wikipedia)": "CC BY-SA（维基百科）",
    "facts": "事实",
}


def short_licence(licence: str) -> str:
    for prefix, short in SHORT_LICENCE.items():
        if licence.startswith(prefix):
            return short
    return licence


def credit(
    source_ids: Iterable[str],
    sources: pd.DataFrame,
    singular: str = "Source",
    plural: str = "Sources",
    lang: str = "en",
) -> str:
    """'Source: World Bank (CC BY 4.0); ITU (ITU terms of use)': one entry per producer, licences combined."""
    ids = set(source_ids)
    used = sources[sources.source_id.isin(ids)]
    if used.empty:
        return ""

    def say(text: str) -> str:
        return ZH.get(text, text) if lang == "zh" else text

    parts = []
    for producer, rows in used.groupby("producer", sort=True):
        licences = sorted({say(short_licence(str(lic))) for lic in rows.licence})
        parts.append(f"{say(str(producer))} ({', '.join(licences)})")
    label = singular if len(parts) == 1 else plural
    return f"{label}: " + "; ".join(parts)


def source_table(source_ids: Iterable[str], sources: pd.DataFrame) -> pd.DataFrame:
    """The full record of each source used, for a 'where do these numbers come from' expander."""
    cols = ["source_id", "producer", "title", "url", "licence", "accessed"]
    return sources.loc[sources.source_id.isin(set(source_ids)), cols].reset_index(drop=True)
