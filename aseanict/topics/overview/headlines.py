"""Headline figures for the Overview page, and the 2016 report's headline numbers beside the latest data."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd

from aseanict.core import figure_text, units
from aseanict.core.groups import MEAN_COLUMN, group_method
from aseanict.i18n import t
from aseanict.store import queries


def group_value(con: queries.Connection, indicator: str, group: str) -> dict | None:
    """The latest year in which every member had data: value, method, members and sources."""
    method = group_method(indicator)
    agg = queries.group_aggregate(con, indicator, group)
    column = MEAN_COLUMN[method]
    complete = agg[(agg.n_with_data == agg.n_members) & agg[column].notna()]
    if complete.empty:
        return None
    last = complete.iloc[-1]
    members = last.members_with_data.split(",")
    used = queries.series(con, indicator, members, int(last.year), int(last.year))
    return {
        "year": int(last.year),
        "value": float(last[column]),
        "method": method,
        "members": last.members_with_data,
        "source_ids": ",".join(sorted(used.source_id.unique())),
    }


@dataclass(frozen=True)
class Headline:
    key: str  # i18n key of the label
    indicator: str
    entity: str  # a country, or a group code for a derived aggregate
    group: str | None = None  # set when the value is a population-weighted group aggregate
    unit_key: str = ""


HEADLINES = [
    Headline("overview.h.users", "IT.NET.USER.ZS", "CHN", unit_key="unit.pct_pop"),
    Headline("overview.h.users", "IT.NET.USER.ZS", "ASEAN", group="ASEAN", unit_key="unit.pct_pop"),
    Headline("overview.h.fixed", "IT.NET.BBND.P2", "CHN", unit_key="unit.per100"),
    Headline("overview.h.fixed", "IT.NET.BBND.P2", "ASEAN", group="ASEAN", unit_key="unit.per100"),
    Headline("overview.h.mobile", "IT.CEL.SETS.P2", "CHN", unit_key="unit.per100"),
    Headline("overview.h.mobile", "IT.CEL.SETS.P2", "ASEAN", group="ASEAN", unit_key="unit.per100"),
    Headline("overview.h.idi", "ITU_IDI_NEW", "CHN", unit_key="unit.idi100"),
    Headline("overview.h.idi", "ITU_IDI_NEW", "ASEAN", group="ASEAN", unit_key="unit.idi100"),
    Headline("overview.h.gmv", "GMV", "SEA6", unit_key="unit.usd_bn"),
]


def headline_values(con: queries.Connection) -> pd.DataFrame:
    """Latest value of each headline, with year, source and, for groups, the members that had data.

    A group value comes from the latest year in which every member had data, so a year with half the
    members reporting never stands in for the whole group.
    """
    rows = []
    for h in HEADLINES:
        if h.group:
            found = group_value(con, h.indicator, h.group)
            if found is None:
                continue
            rows.append(
                {
                    "key": h.key,
                    "indicator": h.indicator,
                    "entity": h.entity,
                    "year": found["year"],
                    "value": found["value"],
                    "qualifier": "=",
                    "derived": True,
                    "method": found["method"],
                    "members": found["members"],
                    "unit_key": h.unit_key,
                    "source_ids": found["source_ids"],
                }
            )
        else:
            latest = queries.latest(con, h.indicator, [h.entity])
            if latest.empty:
                continue
            last = latest.iloc[0]
            rows.append(
                {
                    "key": h.key,
                    "indicator": h.indicator,
                    "entity": h.entity,
                    "year": int(last.year),
                    "value": float(last.value),
                    "qualifier": last.qualifier,
                    "derived": False,
                    "method": "",
                    "members": "",
                    "unit_key": h.unit_key,
                    "source_ids": last.source_id,
                }
            )
    return pd.DataFrame(rows)


@dataclass(frozen=True)
class ThenNow:
    label_key: str
    report_id: str  # report figure id (seed_figures.csv)
    indicator: str  # today's series
    entity: str
    group: str | None = None
    comparable: bool = True
    caveat_key: str = ""


THEN_NOW = [
    ThenNow("overview.tn.cn_users", "S013", "IT.NET.USER.ZS", "CHN", caveat_key="overview.caveat.cn_break"),
    ThenNow(
        "overview.tn.asean_users", "S017", "IT.NET.USER.ZS", "ASEAN", group="ASEAN", caveat_key="overview.caveat.iws"
    ),
    ThenNow("overview.tn.cn_idi", "S048", "ITU_IDI_NEW", "CHN", comparable=False, caveat_key="overview.caveat.idi"),
    ThenNow(
        "overview.tn.asean_idi",
        "S052",
        "ITU_IDI_NEW",
        "ASEAN",
        group="ASEAN",
        comparable=False,
        caveat_key="overview.caveat.idi",
    ),
    ThenNow(
        "overview.tn.asean_fbb", "S038", "ITU_FBB_PCT_GNI", "ASEAN", group="ASEAN", caveat_key="overview.caveat.tariff"
    ),
    ThenNow("overview.tn.ie", "S222", "GMV", "SEA6", caveat_key="overview.caveat.gmv"),
]


def then_and_now(con: queries.Connection) -> pd.DataFrame:
    """Each report headline beside the latest stored value of the matching series."""
    figures = queries.report_figures(con).set_index("id")
    unit_of = queries.indicators(con).set_index("code")["unit"]
    rows = []
    for item in THEN_NOW:
        fig = figures.loc[item.report_id]
        if item.group:
            found = group_value(con, item.indicator, item.group) or {}
            now_value, now_year, now_qualifier = found.get("value"), found.get("year"), "="
            now_source, method = found.get("source_ids", ""), found.get("method", "")
        else:
            latest = queries.latest(con, item.indicator, [item.entity])
            now_value = float(latest.value.iloc[0]) if not latest.empty else None
            now_year = int(latest.year.iloc[0]) if not latest.empty else None
            now_qualifier = str(latest.qualifier.iloc[0]) if not latest.empty else "="
            now_source = latest.source_id.iloc[0] if not latest.empty else ""
            method = ""
        rows.append(
            {
                "label_key": item.label_key,
                "report_value": float(fig.value),
                "report_qualifier": fig.qualifier,
                "report_year": fig.year,
                "report_unit": fig.unit,
                "report_quote": fig.quote,
                "report_source_id": fig.source_id,
                "now_value": now_value,
                "now_year": now_year,
                "now_qualifier": now_qualifier,
                "now_unit": unit_of.get(item.indicator, ""),
                "now_indicator": item.indicator,
                "now_source_ids": now_source,
                "now_method": method,
                "comparable": item.comparable,
                "caveat_key": item.caveat_key,
            }
        )
    return pd.DataFrame(rows)


def _now_text(qualifier: str, value: float, unit: str, code: str, decimals: Mapping[str, int], lang: str) -> str:
    """The latest value at its indicator's precision (as on the cards above): a bare number in English (the
    report column carries the unit), with its unit in Chinese, where amounts are rescaled to 亿 and would not be
    comparable with the report's figure without it."""
    if lang == "zh":
        places = decimals.get(code, units.DEFAULT_DECIMALS)
        return units.value_text(value, unit, lang, str(qualifier or "="), decimals=places)
    return units.indicator_number(value, code, decimals, lang, str(qualifier or "="))


def then_now_table(
    then_now: pd.DataFrame, lang: str, credit: Callable[[list[str]], str], decimals: Mapping[str, int] | None = None
) -> pd.DataFrame:
    """The then-and-now comparison as a display table in the reader's language; today's values at each
    indicator's precision (decimals: code -> places, core.units.precisions)."""
    decimals = decimals or {}
    codes = then_now["now_indicator"] if "now_indicator" in then_now else [""] * len(then_now)
    return pd.DataFrame(
        {
            t("overview.col.figure", lang): [t(k, lang) for k in then_now.label_key],
            t("overview.col.report", lang): [
                t("overview.value_year", lang, value=figure_text.figure_value(q, v, u, lang), year=y)
                for q, v, u, y in zip(
                    then_now.report_qualifier, then_now.report_value, then_now.report_unit, then_now.report_year
                )
            ],
            t("overview.col.now", lang): [
                t("overview.value_year", lang, value=_now_text(q, v, u, c, decimals, lang), year=int(y))
                if pd.notna(v)
                else units.EMPTY
                for q, v, u, c, y in zip(
                    then_now.now_qualifier, then_now.now_value, then_now.now_unit, codes, then_now.now_year
                )
            ],
            t("common.source", lang): [credit([s for s in ids.split(",") if s]) for ids in then_now.now_source_ids],
            t("overview.col.caveat", lang): [t(k, lang) for k in then_now.caveat_key],
            t("overview.col.quote", lang): then_now.report_quote,
        }
    )
