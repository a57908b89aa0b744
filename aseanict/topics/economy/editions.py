"""e-Conomy SEA internet-economy figures: editions kept apart, forecast revisions, sectors, coverage and report figures."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from aseanict.core import figure_text, units
from aseanict.i18n import CATALOGUE, t

SEA6_MEMBERS = ("IDN", "MYS", "PHL", "SGP", "THA", "VNM")
ECON_ENTITIES = ("SEA6", "IDN", "VNM", "THA", "MYS", "PHL", "SGP", "SEA")
SECTORS = ("GMV_ECOM", "GMV_TRAVEL", "GMV_MEDIA", "GMV_TRANSPORT")
# Money or people levels: what a chart of "the internet economy" or a what-if can draw. Growth rates,
# multiples and shares are figures about these, not levels, and are shown separately.
LEVELS = (
    "GMV",
    *SECTORS,
    "GMV_ADS",
    "DIGITAL_PAYMENTS_GTV",
    "REVENUE",
    "RETAIL_ECOM_SALES",
    "INTERNET_USERS",
    "DIGITAL_CONSUMERS",
)
SHARES = ("GMV_PCT_GDP",)
LOWER_BOUND = (">", ">=")
UPPER_BOUND = ("<", "<=")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def edition_year(edition: object) -> int | None:
    """The year an edition was published ("e-Conomy SEA Spotlight 2017" -> 2017); None when it names none."""
    found = _YEAR.findall(edition) if isinstance(edition, str) else []
    return int(found[-1]) if found else None


def qualifier_prefix(qualifier: object) -> str:
    """How a qualifier reads in front of a number: '>' -> '>', '~' -> '~', '=' -> ''."""
    q = str(qualifier) if isinstance(qualifier, str) else "="
    return {"=": "", ">": ">", ">=": "≥", "<": "<", "<=": "≤", "~": "~"}.get(q, "")


def coverage_key(entity: str) -> str:
    """i18n key saying which countries a figure covers."""
    known = {"SEA6": "econ.cov.SEA6", "SEA": "econ.cov.SEA", "ASEAN": "econ.cov.ASEAN", "ASEAN6": "econ.cov.ASEAN6"}
    return known.get(entity, "econ.cov.country")


def short_names(names: Mapping[str, str], lang: str) -> dict[str, str]:
    """Display names with short labels for the aggregates whose full names fill a chart ('six countries')."""
    short = {e: t(f"fc.entity.{e}", lang) for e in ("SEA6", "ASEAN", "SEA", "CHN+ASEAN")}
    return {**names, **short, "ASEAN6": t("econ.entity.ASEAN6", lang)}


def short_label(code: str, fallback: str, lang: str) -> str:
    """A chart-sized indicator name ('Internet economy GMV') where one exists, else the full one."""
    return t(f"fc.ind.{code}", lang) if f"fc.ind.{code}" in CATALOGUE else fallback


def coverage_text(entity: str, names: Mapping[str, str], lang: str) -> str:
    """'IDN MYS PHL SGP THA VNM (six countries; no Brunei, Cambodia, ...)' or the country's own name."""
    return t(coverage_key(entity), lang, name=names.get(entity, entity))


def estimates(obs: pd.DataFrame) -> pd.DataFrame:
    """Point-in-time estimates (rows of queries.series), one per year and edition, with the edition's year."""
    cols = ["entity", "indicator", "year", "value", "qualifier", "edition", "edition_year", "source_id", "conflict"]
    if obs.empty:
        return pd.DataFrame(columns=cols)
    # A period ('2015-2018') marks a rate over years, not a level in one year.
    out = obs[obs["period"].fillna("") == ""].copy() if "period" in obs else obs.copy()
    out["edition_year"] = [edition_year(e) for e in out["edition"]]
    if "conflict" not in out:
        out["conflict"] = False
    return out[cols].sort_values(["entity", "indicator", "year", "edition_year"]).reset_index(drop=True)


def latest_per_year(obs: pd.DataFrame) -> pd.DataFrame:
    """One value per entity, indicator and year: the latest edition's (a later report restates earlier years)."""
    est = estimates(obs)
    if est.empty:
        return est
    est = est.assign(_ed=est["edition_year"].fillna(-1))
    est = est.sort_values(["entity", "indicator", "year", "_ed", "edition"])
    return (
        est.groupby(["entity", "indicator", "year"], as_index=False).tail(1).drop(columns="_ed").reset_index(drop=True)
    )


def restated_years(obs: pd.DataFrame) -> pd.DataFrame:
    """Years whose value differs between editions (e.g. 2015 GMV: $31B in 2016, $32B in 2018)."""
    est = estimates(obs)
    spread = est.groupby(["entity", "indicator", "year"])["value"].agg(["min", "max", "count"]).reset_index()
    return spread[(spread["count"] > 1) & (spread["min"] != spread["max"])].reset_index(drop=True)


def is_econ_forecast(forecasts: pd.DataFrame) -> pd.Series:
    """Forecasts made by report series other than the CAICT report itself (e-Conomy SEA, eMarketer)."""
    return ~forecasts["forecast_id"].str.startswith("F-CAICT")


def forecast_paths(
    forecasts: pd.DataFrame, entity: str, indicator: str, last_target: int | None = None
) -> pd.DataFrame:
    """Each edition's forecast as points: its stated base (when it gave one) and its target (up to last_target)."""
    cols = ["forecast_id", "edition", "edition_year", "point", "year", "value", "qualifier", "source_id"]
    sel = forecasts[
        is_econ_forecast(forecasts)
        & (forecasts["entity"] == entity)
        & (forecasts["indicator"] == indicator)
        & forecasts["target_value"].notna()
        & forecasts["target_year"].notna()
        & (forecasts["target_year"] <= (last_target or 9999))
    ]
    rows = []
    for f in sel.itertuples():
        ed = edition_year(f.edition) or int(f.made_in)
        if pd.notna(f.base_value) and pd.notna(f.base_year):
            rows.append([f.forecast_id, f.edition, ed, "base", int(f.base_year), float(f.base_value), "=", f.source_id])
        rows.append(
            [
                f.forecast_id,
                f.edition,
                ed,
                "target",
                int(f.target_year),
                float(f.target_value),
                f.qualifier,
                f.source_id,
            ]
        )
    return pd.DataFrame(rows, columns=cols)


def revisions(forecasts: pd.DataFrame, entity: str, indicator: str, target_year: int) -> pd.DataFrame:
    """Successive editions' forecasts for one target year, with the change from the previous edition."""
    sel = forecasts[
        is_econ_forecast(forecasts)
        & (forecasts["entity"] == entity)
        & (forecasts["indicator"] == indicator)
        & (forecasts["target_year"] == target_year)
        & forecasts["target_value"].notna()
    ].copy()
    cols = ["edition", "made_in", "base_year", "base_value", "target_value", "qualifier", "change_pct", "source_id"]
    if sel.empty:
        return pd.DataFrame(columns=[*cols, "forecast_id", "quote"])
    sel = sel.sort_values(["made_in", "edition", "target_value"]).reset_index(drop=True)
    change: list[float | None] = []
    previous: tuple[str, float] | None = None
    for row in sel.itertuples():
        # Two press rounding of one edition (197 and "about 200") are not a revision.
        if previous is None or previous[0] == row.edition:
            change.append(None)
        else:
            change.append(100.0 * (row.target_value / previous[1] - 1.0))
        if previous is None or previous[0] != row.edition:
            previous = (row.edition, float(row.target_value))
    sel["change_pct"] = pd.array(change, dtype="Float64")
    return sel[[*cols, "forecast_id", "quote"]]


def estimate_for(obs: pd.DataFrame, entity: str, indicator: str, year: int) -> pd.Series | None:
    """The latest edition's estimate of one year, or None when no edition gives one."""
    rows = latest_per_year(obs)
    rows = rows[(rows["entity"] == entity) & (rows["indicator"] == indicator) & (rows["year"] == year)]
    return None if rows.empty else rows.iloc[0]


def sector_table(obs: pd.DataFrame, entity: str = "SEA6") -> pd.DataFrame:
    """Sector GMV by year (latest edition per year) for one entity; missing sector-years stay absent."""
    rows = latest_per_year(obs)
    return rows[(rows["entity"] == entity) & rows["indicator"].isin(SECTORS)].reset_index(drop=True)


def options(obs: pd.DataFrame) -> list[tuple[str, str]]:
    """(entity, indicator) pairs that have at least one level estimate, in display order."""
    est = estimates(obs)
    est = est[est["indicator"].isin(LEVELS)]
    pairs = set(zip(est["entity"], est["indicator"]))
    order = {e: i for i, e in enumerate(ECON_ENTITIES)}
    return sorted(pairs, key=lambda p: (order.get(p[0], 99), LEVELS.index(p[1])))


def report_figures_table(figures: pd.DataFrame) -> pd.DataFrame:
    """The CAICT report's e-commerce figures, with whether each is a forecast and the exact quote."""
    cols = ["id", "entity", "indicator", "year", "value", "unit", "qualifier", "is_forecast", "quote", "notes"]
    out = figures.copy()
    notes = out["notes"].fillna("").astype(str)
    out["is_forecast"] = notes.str.contains("forecast") | out["indicator"].str.contains("expected")
    return out[cols].reset_index(drop=True)


def share_figures(figures: pd.DataFrame, obs: pd.DataFrame) -> pd.DataFrame:
    """E-commerce share figures: the report's percentages and e-Conomy SEA's GMV as % of GDP, side by side."""
    cols = ["entity", "what", "year", "value", "unit", "qualifier", "origin", "source_id"]
    unit = figures["unit"].astype(str)
    # Growth rates are percentages too, but not shares of anything.
    pct = figures[unit.str.startswith("%") & ~unit.isin(["% per year", "% year-on-year"])]
    rep = pd.DataFrame(
        {
            "entity": pct["entity"],
            "what": pct["indicator"],
            "year": pct["year"].fillna("").astype(str),
            "value": pct["value"],
            "unit": pct["unit"],
            "qualifier": pct["qualifier"],
            "origin": "caict",
            "source_id": pct["source_id"],
        }
    )
    est = latest_per_year(obs)
    est = est[est["indicator"].isin(SHARES)]
    gdp = pd.DataFrame(
        {
            "entity": est["entity"],
            "what": est["indicator"],
            "year": est["year"].astype(str),
            "value": est["value"],
            "unit": "% of GDP",
            "qualifier": est["qualifier"],
            "origin": "econ",
            "source_id": est["source_id"],
        }
    )
    return pd.concat([rep, gdp], ignore_index=True)[cols]


def chart_rows(obs: pd.DataFrame, paths: pd.DataFrame) -> pd.DataFrame:
    """Rows behind an editions chart, for the CSV: every edition's estimates and forecast points."""
    est = estimates(obs).assign(kind="estimate")
    fc = paths.assign(kind="forecast")
    return pd.concat([est, fc], ignore_index=True)


def unit_label(unit: str, lang: str) -> str:
    return units.unit_label(unit, lang)


def country_levels(obs: pd.DataFrame, indicator: str = "GMV") -> tuple[pd.DataFrame, list[str], list[str]]:
    """Country GMV levels (latest edition per year) and which of the six countries have / lack any."""
    rows = latest_per_year(obs)
    rows = rows[(rows["indicator"] == indicator) & rows["entity"].isin(SEA6_MEMBERS)].reset_index(drop=True)
    have = [c for c in SEA6_MEMBERS if c in set(rows["entity"])]
    return rows, have, [c for c in SEA6_MEMBERS if c not in have]


def latest_share_year(obs: pd.DataFrame, indicator: str = "GMV_PCT_GDP") -> tuple[int | None, pd.DataFrame]:
    """The year with the most entities for a share (GMV % of GDP), and those rows."""
    rows = latest_per_year(obs)
    rows = rows[rows["indicator"] == indicator]
    if rows.empty:
        return None, rows
    year = int(rows.groupby("year")["entity"].nunique().sort_values(kind="stable").index[-1])
    return year, rows[rows["year"] == year].reset_index(drop=True)


def _value_text(qualifier: object, value: float) -> str:
    return f"{qualifier_prefix(qualifier)}{value:g}"


def revisions_display(rev: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The revisions table with readable, translated headers; lower bounds keep their '>'."""
    out = rev.assign(
        target=[_value_text(q, v) for q, v in zip(rev["qualifier"], rev["target_value"])],
        change_pct=["" if pd.isna(c) else f"{c:+.1f}" for c in rev["change_pct"]],
    )
    cols = {
        "edition": "econ.col.edition",
        "made_in": "econ.col.made_in",
        "base_year": "common.year",
        "base_value": "econ.col.base",
        "target": "econ.col.target",
        "change_pct": "econ.col.change",
        "quote": "econ.col.quote",
    }
    return out[list(cols)].rename(columns={k: t(v, lang) for k, v in cols.items()})


def revisions_summary(rev: pd.DataFrame, actual: pd.Series | None, year: int, lang: str) -> str:
    """'The forecast for 2025 moved from 197 (2016) to 363 (2021). The estimate for 2025 is >300 (2025).'"""
    first, last = rev.iloc[0], rev.iloc[-1]
    values = {
        "year": year,
        "first": _value_text(first["qualifier"], first["target_value"]),
        "first_edition": first["edition"],
        "last": _value_text(last["qualifier"], last["target_value"]),
        "last_edition": last["edition"],
    }
    if actual is None:
        return t("econ.revisions_no_actual", lang, **values)
    actual_text = _value_text(actual["qualifier"], actual["value"])
    return t("econ.revisions_summary", lang, actual=actual_text, edition=actual["edition"], **values)


def report_display(figures: pd.DataFrame, names: Mapping[str, str], lang: str) -> pd.DataFrame:
    table = report_figures_table(figures)
    table["is_forecast"] = table["is_forecast"].map({True: t("econ.yes", lang), False: ""})
    table["entity"] = table["entity"].map(lambda e: figure_text.entity(e, names, lang))
    table["indicator"] = table["indicator"].map(lambda d: figure_text.what(d, lang))
    table["value"] = [_value_text(q, v) for q, v in zip(table["qualifier"], table["value"])]
    table["unit"] = table["unit"].map(lambda u: unit_label(u, lang))
    table["notes"] = table["notes"].map(lambda n: figure_text.note(n, lang))
    return table.drop(columns="qualifier").rename(
        columns={
            "id": t("econ.col.id", lang),
            "entity": t("common.country", lang),
            "indicator": t("econ.col.what", lang),
            "year": t("common.year", lang),
            "value": t("common.value", lang),
            "unit": t("common.unit", lang),
            "is_forecast": t("econ.col.forecast", lang),
            "quote": t("econ.col.quote", lang),
            "notes": t("econ.col.notes", lang),
        }
    )


def shares_display(shares: pd.DataFrame, names: Mapping[str, str], lang: str) -> pd.DataFrame:
    out = shares.assign(
        entity=[figure_text.entity(e, names, lang) for e in shares["entity"]],
        what=[
            t(f"fc.ind.{w}", lang) if f"fc.ind.{w}" in CATALOGUE else figure_text.what(w, lang) for w in shares["what"]
        ],
        value=[_value_text(q, v) for q, v in zip(shares["qualifier"], shares["value"])],
        unit=[unit_label(u, lang) for u in shares["unit"]],
        origin=[t(f"econ.origin.{o}", lang) for o in shares["origin"]],
        covers=[coverage_text(e, names, lang) for e in shares["entity"]],
    )
    cols = {
        "entity": "common.country",
        "what": "econ.col.what",
        "year": "common.year",
        "value": "common.value",
        "unit": "common.unit",
        "origin": "econ.col.origin",
        "covers": "econ.col.covers",
    }
    return out[list(cols)].rename(columns={k: t(v, lang) for k, v in cols.items()})


def revision_rows(rev: pd.DataFrame, actual: pd.Series | None) -> pd.DataFrame:
    """Rows behind the revisions chart: each edition's forecast and, when there is one, the estimate it met."""
    rows = rev.assign(kind="forecast")
    if actual is None:
        return rows
    estimate = pd.DataFrame(
        [
            {
                "kind": "estimate",
                "edition": actual["edition"],
                "target_value": actual["value"],
                "qualifier": actual["qualifier"],
                "source_id": actual["source_id"],
            }
        ]
    )
    return pd.concat([rows, estimate], ignore_index=True)


def default_target_year(target_years: Sequence[int], last_estimate: int | None) -> int:
    """The latest target year the data can already judge (at or before the last estimate), else the first one."""
    due = [y for y in target_years if last_estimate is not None and y <= last_estimate]
    return max(due) if due else min(target_years)


def retail_note(retail: pd.DataFrame, lang: str) -> str:
    """The note under China's online retail chart: the physical-goods share of all retail in the latest year,
    and which values rest on weaker sources."""
    share = retail[retail["indicator"] == "ONLINE_RETAIL_PHYSICAL_PCT_RSCG"].sort_values("year")
    parts = []
    if not share.empty:
        last = share.iloc[-1]
        parts.append(t("econ.cn_retail_share", lang, share=f"{float(last['value']):.1f}", year=int(last["year"])))
    parts.append(t("econ.cn_retail_note", lang))
    return " ".join(parts)
