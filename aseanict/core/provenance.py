"""Source lines and licence credits for charts and tables, from the store's sources table."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from aseanict.i18n import t

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
    "press/blog report": "facts quoted from press reports and blogs",
    "CC BY-SA": "CC BY-SA (Wikipedia)",
    "facts": "facts",
}


# Chinese renderings of producers and licence names, for credits on Chinese pages.
ZH = {
    "World Bank": "世界银行",
    "National Bureau of Statistics of China": "国家统计局",
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
    "facts quoted from press reports and blogs": "引自媒体及博客报道的事实",
}

# Each licence as the sources table states it, in Chinese: the caveats ("licence not checked") matter.
LICENCE_ZH = {
    "facts (membership dates)": "事实（加入日期）",
    "press report (facts quoted)": "媒体报道（引用事实）",
    "press report of a copyrighted report (Google, Temasek, Bain & Company e-Conomy SEA); facts quoted, not licensed "
    "data": "媒体对受版权保护报告（谷歌、淡马锡、贝恩 e-Conomy SEA）的报道；引用事实，并非授权数据",
    "press/blog report (secondary; quoted figures)": "媒体或博客报道（二手；引用数字）",
    "press/blog report (secondary; rank only)": "媒体或博客报道（二手；仅排名）",
    "ITU terms of use (quoted figure)": "国际电联使用条款（引用数字）",
    "CC BY-NC-SA 3.0 IGO (ITU report licence, stated on its copyright page)": (
        "CC BY-NC-SA 3.0 IGO（国际电联报告许可，见其版权页）"
    ),
    "ITU data (ITU terms); transcription in third-party repo (no licence checked)": (
        "国际电联数据（国际电联条款）；第三方代码库中的转录（未核查许可）"
    ),
    "press report": "媒体报道",
    "seed document (quoted figures)": "中国信通院报告（引用数字）",
    "CC BY-SA (Wikipedia text); figures from ITU": "CC BY-SA（维基百科文本）；数字来自国际电联",
    "ITU terms of use": "国际电联使用条款",
    "UN SDG database terms": "联合国可持续发展目标数据库条款",
    "ITU report (copyright ITU); read from an unofficial flipbook copy": "国际电联报告（国际电联版权）；读自非官方翻页电子书副本",
    "government news release (secondary; quoted figures)": "政府新闻稿（二手；引用数字）",
    "ITU (quoted index values)": "国际电联（引用指数值）",
    "ITU data (ITU terms); third-party repository, licence not checked": "国际电联数据（国际电联条款）；第三方代码库，未核查许可",
    "government statistical release (secondary for ITU figures)": "政府统计发布（国际电联数字的二手来源）",
    "CC BY 4.0 (WB); PDDL packaging": "CC BY 4.0（世界银行）；PDDL 打包",
    "CC BY 4.0": "CC BY 4.0",
}
# The curation's own words in source records, as a reader says them ("seed" = the 2016 CAICT report the
# dashboard follows). The records in data/ keep theirs: the source ids are made from them.
PLAIN_WORDS = (
    (" (seed document)", ""),
    ("Seed: CAICT", "CAICT"),
    ("seed document (quoted figures)", "CAICT 2016 report (quoted figures)"),
    ("(via derived long CSV)", "(via a reshaped copy of ITU's file)"),
    ("(via derived CSV)", "(via a reshaped copy of ITU's file)"),
    ("(footnote text not present in seed file)", "(footnote text not available)"),
)
# Columns of the records that are for the curation, not the reader: kept in downloads, hidden on screen.
HIDDEN_ON_SCREEN = ("source_id", "producer_zh", "via", "authority")  # producer_zh: the zh page's producer column
SOURCE_COLUMNS = (
    "source_id",
    "producer",
    "producer_zh",
    "title",
    "url",
    "licence",
    "accessed",
    "via",
    "authority",
    "licence_short",
)


def short_licence(licence: str) -> str:
    for prefix, short in SHORT_LICENCE.items():
        if licence.startswith(prefix):
            return short
    return licence


def credit(source_ids: Iterable[str], sources: pd.DataFrame, lang: str = "en") -> str:
    """'Source: World Bank (CC BY 4.0); ITU (ITU terms of use)': one entry per producer, licences combined.
    The one credit-line builder: charts, tables, presenter views and exports all use it."""
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
    label = t("common.source" if len(parts) == 1 else "common.sources", lang)
    return f"{label}: " + "; ".join(parts)


def licence_text(licence: str, lang: str) -> str:
    """A licence as the sources table states it, in the reader's language (its short form if untranslated)."""
    if lang != "zh":
        return licence
    return LICENCE_ZH.get(licence) or ZH.get(short_licence(licence), licence)


def source_table(source_ids: Iterable[str], sources: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The full record of each source used, for a 'where do these numbers come from' expander.

    Producers and licences are in the reader's language; titles stay as the producer wrote them."""
    cols = ["source_id", "producer", "title", "url", "licence", "accessed"]
    table = sources.loc[sources.source_id.isin(set(source_ids)), cols].reset_index(drop=True)
    return sources_display(table, lang)


def plain_words(text: object) -> object:
    """A source title, licence or citation without the curation's words (PLAIN_WORDS); other values as given."""
    if not isinstance(text, str):
        return text
    for curated, plain in PLAIN_WORDS:
        text = text.replace(curated, plain)
    return text


def sources_display(sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A sources table (any of its columns) with producers and licences in the reader's language, and titles
    in plain words."""
    out = sources.copy()
    if "title" in out:
        out["title"] = out["title"].map(plain_words)
    if lang != "zh":
        if "licence" in out:
            out["licence"] = out["licence"].map(plain_words)
        return out
    if "producer" in out:
        out["producer"] = out["producer"].map(lambda p: ZH.get(str(p), p))
    if "licence_short" in out:
        out["licence_short"] = out["licence_short"].map(lambda s: ZH.get(str(s), s))
    if "licence" in out:
        out["licence"] = out["licence"].map(lambda lic: licence_text(str(lic), lang))
    return out


def source_columns(lang: str) -> dict[str, str]:
    """Column headers of a sources table in the reader's language (for st.dataframe's column_config); the
    curation's columns (ids, file paths) hidden."""
    return {c: None if c in HIDDEN_ON_SCREEN else t(f"source.col.{c}", lang) for c in SOURCE_COLUMNS}


def strongest_sources(series: pd.DataFrame, primary: int) -> pd.DataFrame:
    """Rows of a series from primary sources (authority <= primary) wherever an entity's indicator has any, so
    that a newer value from a weaker source (a press report, a third-party copy) never displaces them; series
    that exist only in weaker sources are kept as they are."""
    if series.empty or "authority" not in series:
        return series
    strong = series["authority"] <= primary
    has_strong = strong.groupby([series["entity"], series["indicator"]]).transform("any")
    return series[strong | ~has_strong]
