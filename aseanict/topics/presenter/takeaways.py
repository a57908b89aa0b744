"""Presenter mode's one-line takeaways, computed from the rows each view draws, so that the chart on the screen
can never contradict the sentence read aloud under it. Values are quoted at the chart's own rounding."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from aseanict.core import takeaway
from aseanict.i18n import t
from aseanict.topics.economy.editions import qualifier_prefix


def _name(names: Mapping[str, str], entity: str) -> str:
    return names.get(entity, entity)


def gap_over_time(rows: pd.DataFrame, names: Mapping[str, str], lang: str, decimals: int = 1) -> str:
    """Highest and lowest in the first and the last year in which every country on the chart reports, and
    whether the distance between them narrowed or widened: 'catching up' only when the data show it."""
    rows = rows.dropna(subset=["value"])
    if rows.empty:
        return ""
    counts = rows.groupby("year")["entity"].nunique()
    full = counts[counts == counts.max()].index
    first, last = int(full.min()), int(full.max())
    if counts.max() < 2:
        return ""

    def ends(year: int) -> tuple[pd.Series, pd.Series]:
        part = rows[rows["year"] == year].sort_values("value")
        return part.iloc[-1], part.iloc[0]

    top1, bottom1 = ends(last)
    if first == last:
        return t("present.say.latest", lang, year=last, **_pair(top1, bottom1, names, decimals))
    top0, bottom0 = ends(first)
    # The verdict compares the gaps at the rounding quoted, so that a listener can check it from the numbers.
    gap0 = round(top0["value"], decimals) - round(bottom0["value"], decimals)
    gap1 = round(top1["value"], decimals) - round(bottom1["value"], decimals)
    verdict = "narrowed" if gap1 < gap0 else ("widened" if gap1 > gap0 else "same")
    return t(
        "present.say.gap",
        lang,
        y0=first,
        y1=last,
        verdict=t(f"present.say.{verdict}", lang),
        top0=_name(names, top0["entity"]),
        tv0=takeaway.number(top0["value"], decimals),
        bottom0=_name(names, bottom0["entity"]),
        bv0=takeaway.number(bottom0["value"], decimals),
        **_pair(top1, bottom1, names, decimals),
    )


def _pair(top: pd.Series, bottom: pd.Series, names: Mapping[str, str], decimals: int) -> dict[str, str]:
    return {
        "top": _name(names, top["entity"]),
        "tv": takeaway.number(top["value"], decimals),
        "bottom": _name(names, bottom["entity"]),
        "bv": takeaway.number(bottom["value"], decimals),
    }


def against_line(
    rows: pd.DataFrame,
    names: Mapping[str, str],
    lang: str,
    *,
    decimals: int = 1,
    line: float | None = None,
    line_key: str = "",
    flag: str = "above",
) -> str:
    """Highest and lowest bar, and (if the chart draws a reference line) who is on its wrong side: above a price
    target, below the world average. flag: 'above' or 'below', the side to name."""
    rows = rows.dropna(subset=["value"]).sort_values("value")
    if rows.empty:
        return ""
    ranked = t("present.say.bars", lang, **_pair(rows.iloc[-1], rows.iloc[0], names, decimals))
    if line is None:
        return t("present.say.end", lang, text=ranked)
    side = rows[rows["value"] > line] if flag == "above" else rows[rows["value"] < line]
    listed = [_name(names, e) for e in (side if flag == "below" else side.iloc[::-1])["entity"]]
    reference = t(line_key, lang)
    if listed:
        which = t(f"present.say.{flag}", lang, line=reference, names=takeaway.listing(listed, lang))
    else:
        which = t(f"present.say.none_{flag}", lang, line=reference)
    return t("present.say.end", lang, text=t("present.say.and", lang, first=ranked, second=which))


def largest(rows: pd.DataFrame, names: Mapping[str, str], lang: str, decimals: int = 1) -> str:
    """The two largest bars and the smallest: where the most and the fewest are (people offline)."""
    rows = rows.dropna(subset=["value"]).sort_values("value", ascending=False)
    if len(rows) < 3:
        return against_line(rows, names, lang, decimals=decimals)
    first, second, last = rows.iloc[0], rows.iloc[1], rows.iloc[-1]
    return t(
        "present.say.largest",
        lang,
        first=_name(names, first["entity"]),
        v1=takeaway.number(first["value"], decimals),
        second=_name(names, second["entity"]),
        v2=takeaway.number(second["value"], decimals),
        last=_name(names, last["entity"]),
        vl=takeaway.number(last["value"], decimals),
    )


def forecast_vs_estimate(rev: pd.DataFrame, actual: pd.Series | None, lang: str) -> str:
    """The first edition's forecast for the target year against the estimate for it, qualifiers as printed."""
    if rev.empty:
        return ""
    first = rev.iloc[0]
    forecast = float(first["target_value"])
    said = f"{qualifier_prefix(first['qualifier'])}{forecast:g}"
    if actual is None:
        return t("present.say.forecast_only", lang, edition=first["edition"], forecast=said)
    value, qualifier = float(actual["value"]), str(actual["qualifier"])
    if value > forecast and qualifier in (">", ">=", "=", "~"):
        verdict = "overtaken"
    elif value < forecast and qualifier in ("<", "<=", "=", "~"):
        verdict = "short"
    elif value == forecast and qualifier in ("=", "~"):
        verdict = "met"
    else:
        verdict = "open"  # a bound on the wrong side of the forecast decides nothing
    return t(
        "present.say.forecast",
        lang,
        edition=first["edition"],
        year=int(actual["year"]),
        forecast=said,
        estimate=f"{qualifier_prefix(actual['qualifier'])}{value:g}",
        verdict=t(f"present.say.{verdict}", lang),
    )
