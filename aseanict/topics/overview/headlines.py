"""Headline figures for the Overview page, and the 2016 report's headline numbers beside the latest data."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd

from aseanict.core import figure_text, groups, units
from aseanict.core.groups import MEAN_COLUMN, group_method
from aseanict.i18n import t
from aseanict.store import queries
from aseanict.topics.presenter import takeaways as say


def group_value(
    con: queries.Connection,
    indicator: str,
    group: str,
    as_of: int | None = None,
    max_authority: int = queries.WEAKEST,
) -> dict | None:
    """The latest year in which every member had data: value, method, members and sources.

    With `as_of`, the members are those of that year (a report's year), so that then and now compare the same
    countries; members that joined later are named in `joined_later`. The median comes along where the
    members' values are far apart.
    """
    method = group_method(indicator)
    agg = queries.group_aggregate(con, indicator, group, as_of=as_of, max_authority=max_authority)
    full = groups.complete(agg, method)
    if full.empty:
        return None
    last = full.iloc[-1]
    members = last.members_with_data.split(",")
    used = queries.series(con, indicator, members, int(last.year), int(last.year))
    joined = groups.joined_after(queries.countries(con), group, as_of) if as_of is not None else []
    return {
        "year": int(last.year),
        "value": float(last[MEAN_COLUMN[method]]),
        "method": method,
        "members": last.members_with_data,
        "n_members": int(last.n_members),
        "median": float(last["median"]) if groups.spread_is_wide(last.min_value, last.max_value) else None,
        "joined_later": ",".join(joined),
        "source_ids": ",".join(sorted(used.source_id.unique())),
        "authority": int(used.authority.max()) if not used.empty else queries.WEAKEST,
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


def _value(
    con: queries.Connection, indicator: str, entity: str, group: str | None, as_of: int | None, max_authority: int
) -> dict | None:
    """One entity's latest value, or a group's (from the latest year in which all its members had data), from
    sources at least as strong as max_authority."""
    if group:
        found = group_value(con, indicator, group, as_of=as_of, max_authority=max_authority)
        return None if found is None else found | {"qualifier": "=", "derived": True}
    latest = queries.latest(con, indicator, [entity], max_authority=max_authority)
    if latest.empty:
        return None
    last = latest.iloc[0]
    return {
        "year": int(last.year),
        "value": float(last.value),
        "qualifier": last.qualifier,
        "derived": False,
        "method": "",
        "members": "",
        "n_members": 0,
        "median": None,
        "joined_later": "",
        "source_ids": last.source_id,
        "authority": int(last.authority),
    }


def value_now(
    con: queries.Connection, indicator: str, entity: str, group: str | None = None, as_of: int | None = None
) -> dict | None:
    """The latest value from a primary source (ITU, the World Bank, UNSD). A newer value from a weaker one (a
    press report, a third-party copy) comes along as `newer_*`, to be shown as such, never as the headline.
    Where no primary source has the series at all (e-Conomy SEA is quoted from press coverage), the best
    available value stands and `weak_source` says so."""
    best = _value(con, indicator, entity, group, as_of, queries.WEAKEST)
    if best is not None and best["authority"] <= queries.PRIMARY:
        strong = best  # the latest value is already from a primary source: no second look needed
    else:
        strong = _value(con, indicator, entity, group, as_of, queries.PRIMARY)
    shown = strong or best
    if shown is None:
        return None
    newer = best if strong is not None and best is not None and best["year"] > strong["year"] else None
    return shown | {
        "weak_source": strong is None,
        "newer_year": newer["year"] if newer else None,
        "newer_value": newer["value"] if newer else None,
        "newer_source_ids": newer["source_ids"] if newer else "",
    }


def headline_values(con: queries.Connection) -> pd.DataFrame:
    """Latest value of each headline (value_now), with year, sources and, for groups, the members counted.

    A group value comes from the latest year in which every member had data, so a year with half the
    members reporting never stands in for the whole group.
    """
    rows = []
    for h in HEADLINES:
        found = value_now(con, h.indicator, h.entity, h.group)
        if found is not None:
            rows.append({"key": h.key, "indicator": h.indicator, "entity": h.entity, "unit_key": h.unit_key} | found)
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
        found = value_now(con, item.indicator, item.entity, item.group, int(fig.year) if item.group else None) or {}
        rows.append(
            {
                "label_key": item.label_key,
                "report_value": float(fig.value),
                "report_qualifier": fig.qualifier,
                "report_year": fig.year,
                "report_unit": fig.unit,
                "report_quote": fig.quote,
                "report_source_id": fig.source_id,
                "now_value": found.get("value"),
                "now_year": found.get("year"),
                "now_qualifier": found.get("qualifier", "="),
                "now_unit": unit_of.get(item.indicator, ""),
                "now_indicator": item.indicator,
                "now_source_ids": found.get("source_ids", ""),
                "now_method": found.get("method", ""),
                "now_median": found.get("median"),
                "members": found.get("members", ""),
                "joined_later": found.get("joined_later", ""),
                "newer_year": found.get("newer_year"),
                "newer_value": found.get("newer_value"),
                **_with_joined(con, item, found),
                "comparable": item.comparable,
                "caveat_key": item.caveat_key,
            }
        )
    return pd.DataFrame(rows)


def _with_joined(con: queries.Connection, item: ThenNow, found: dict) -> dict:
    """What a then-and-now group value would be with the members that joined after the report (shown, not
    hidden: Timor-Leste joined ASEAN in 2025): from the latest year in which they count and all had data."""
    out: dict = {"with_joined_value": None, "with_joined_median": None, "with_joined_year": None}
    if not found.get("joined_later"):
        return out
    joined = found["joined_later"].split(",")
    countries = queries.countries(con).set_index("iso3")
    since = max(int(countries.at[c, "asean_since"]) for c in joined)
    agg = queries.group_aggregate(con, item.indicator, str(item.group), year_from=since, max_authority=queries.PRIMARY)
    full = groups.complete(agg, found["method"])
    if not full.empty:
        row = full.iloc[-1]
        out["with_joined_value"] = float(row[MEAN_COLUMN[found["method"]]])
        out["with_joined_year"] = int(row["year"])
        if groups.spread_is_wide(row.min_value, row.max_value):
            out["with_joined_median"] = float(row["median"])
    return out


def _now_text(qualifier: str, value: float, unit: str, code: str, decimals: Mapping[str, int], lang: str) -> str:
    """The latest value at its indicator's precision (as on the cards above): a bare number in English (the
    report column carries the unit), with its unit in Chinese, where amounts are rescaled to 亿 and would not be
    comparable with the report's figure without it."""
    if lang == "zh":
        places = decimals.get(code, units.DEFAULT_DECIMALS)
        return units.value_text(value, unit, lang, str(qualifier or "="), decimals=places)
    return units.indicator_number(value, code, decimals, lang, str(qualifier or "="))


def members_text(row: Mapping, names: Mapping[str, str], lang: str, decimals: Mapping[str, int] | None = None) -> str:
    """Whom a then-and-now group value covers: the report year's members, the median where members differ
    widely, and the members that joined later with the value they would give (at the indicator's precision)."""
    if not row.get("members"):
        return units.EMPTY
    code, decimals = str(row.get("now_indicator") or ""), decimals or {}

    def median(value: object) -> str:
        if value is None or pd.isna(value):
            return ""
        return t("overview.median_part", lang, value=units.indicator_number(float(value), code, decimals, lang))

    n = len(str(row["members"]).split(","))
    text = t("overview.same_members", lang, n=n, median=median(row.get("now_median")))
    joined = [c for c in str(row.get("joined_later") or "").split(",") if c]
    sep = "。" if lang == "zh" else ". "
    if joined and (row.get("with_joined_value") is None or pd.isna(row["with_joined_value"])):
        return text + sep + t("overview.joined_no_data", lang, names=_member_names(",".join(joined), names, lang))
    if joined:
        them = t("overview.them_one" if len(joined) == 1 else "overview.them_many", lang)
        text += sep + t(
            "overview.joined_later",
            lang,
            names=_member_names(",".join(joined), names, lang),
            them=them,
            year=int(row["with_joined_year"]),
            value=units.indicator_number(float(row["with_joined_value"]), code, decimals, lang),
            median=median(row.get("with_joined_median")),
        )
    return text


def _now_cell(row: Mapping, decimals: Mapping[str, int], lang: str) -> str:
    """The latest value and year; a newer value from a weaker source after it, named as such."""
    if row["now_value"] is None or pd.isna(row["now_value"]):
        return units.EMPTY
    code = str(row.get("now_indicator") or "")
    value = _now_text(row["now_qualifier"], float(row["now_value"]), row["now_unit"], code, decimals, lang)
    text = t("overview.value_year", lang, value=value, year=int(row["now_year"]))
    if row.get("newer_year") is not None and not pd.isna(row["newer_year"]):
        newer = units.indicator_number(float(row["newer_value"]), code, decimals, lang)
        text += t("overview.newer_cell", lang, value=newer, year=int(row["newer_year"]))
    return text


def then_now_table(
    then_now: pd.DataFrame,
    lang: str,
    credit: Callable[[list[str]], str],
    names: Mapping[str, str],
    decimals: Mapping[str, int] | None = None,
) -> pd.DataFrame:
    """The then-and-now comparison as a display table in the reader's language; today's values at each
    indicator's precision (decimals: code -> places, core.units.precisions)."""
    decimals = decimals or {}
    return pd.DataFrame(
        {
            t("overview.col.figure", lang): [t(k, lang) for k in then_now.label_key],
            t("overview.col.report", lang): [
                t("overview.value_year", lang, value=figure_text.figure_value(q, v, u, lang), year=y)
                for q, v, u, y in zip(
                    then_now.report_qualifier, then_now.report_value, then_now.report_unit, then_now.report_year
                )
            ],
            t("overview.col.now", lang): [_now_cell(r, decimals, lang) for r in then_now.to_dict("records")],
            t("overview.col.members", lang): [
                members_text(r, names, lang, decimals) for r in then_now.to_dict("records")
            ],
            t("common.source", lang): [credit([s for s in ids.split(",") if s]) for ids in then_now.now_source_ids],
            t("overview.col.caveat", lang): [t(k, lang) for k in then_now.caveat_key],
            t("overview.col.quote", lang): then_now.report_quote,
        }
    )


def _member_names(codes: str, names: Mapping[str, str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(names.get(c, c) for c in codes.split(",") if c)


def card_caption(row: Mapping, lang: str, decimals: Mapping[str, int] | None = None) -> str:
    """The line under a headline card: unit and year; for a group, whom it covers and, where members differ
    widely, the median; a newer value from a weaker source, named as such; a weak source, said plainly. Numbers
    at the indicator's precision, as on the card."""
    code, decimals = str(row["indicator"]), decimals or {}
    parts = [t(row["unit_key"], lang), str(row["year"])]
    if row["derived"]:
        parts.append(t("overview.members_all", lang, n=int(row["n_members"])))
    if row.get("median") is not None and not pd.isna(row["median"]):
        parts.append(
            t("overview.median", lang, value=units.indicator_number(float(row["median"]), code, decimals, lang))
        )
    if row.get("weak_source"):
        parts.append(t("overview.weak_source", lang))
    text = " · ".join(parts)
    if row.get("newer_year") is not None and not pd.isna(row["newer_year"]):
        text += "  \n" + t(
            "overview.newer_weaker",
            lang,
            value=units.indicator_number(float(row["newer_value"]), code, decimals, lang),
            year=int(row["newer_year"]),
        )
    return text


def card_help(row: Mapping, names: Mapping[str, str], credit: Callable[[list[str]], str], lang: str) -> str:
    """The card's tooltip: its sources, and for a group the method and the members by name."""
    text = credit([s for s in str(row["source_ids"]).split(",") if s])
    if row["derived"]:
        method = t(f"overview.method.{row['method']}", lang)
        text += " · " + t(
            "overview.derived_help", lang, method=method, members=_member_names(row["members"], names, lang)
        )
    if row.get("newer_source_ids"):
        text += " · " + t("overview.newer_help", lang, credit=credit(str(row["newer_source_ids"]).split(",")))
    return text


REPORT_YEAR = 2016  # the CAICT China-ASEAN ICT report's year: "since the report" starts here


def since_report(rows: pd.DataFrame, names: Mapping[str, str], lang: str, decimals: int) -> str:
    """What the Overview chart shows since the 2016 report, computed from its own rows: highest and lowest in the
    first and the latest year in which every selected country reports, and whether the distance between them
    narrowed (never a fixed claim that another selection of countries could contradict)."""
    return say.gap_over_time(rows[rows["year"] >= REPORT_YEAR], names, lang, decimals=decimals)
