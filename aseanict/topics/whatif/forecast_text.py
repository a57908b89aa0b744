"""The forecast check (forecast_check.check) in words: each forecast's label, values, error and years early or late,
its caveats, and the tables the page and the error chart show."""

from __future__ import annotations

import math

import pandas as pd

from aseanict.core import figure_text
from aseanict.i18n import CATALOGUE, t
from aseanict.topics.economy import editions as economy


def years_text(row: pd.Series | dict, lang: str) -> str:
    """'3 years early', '0-2 years early', 'at least 3 years late', 'not due yet' ..."""
    target, by, start, last = row["target_year"], row["reached_by"], row["reached_from"], row["last_year"]
    if _missing(target) or row["status"] in ("no_outcome", "no_target_year", "no_base"):
        return "–"
    if not _missing(by):
        hi = int(by) - int(target)
        lo = None if _missing(start) else int(start) - int(target)
        return _year_range(lo, hi, lang)
    if row["status"] == "not_due":
        return t("fc.years.not_due", lang, year=int(target))
    if bool(row["undetermined"]):
        return t("fc.years.bound", lang)
    if _missing(last):
        return t("fc.years.no_data", lang)
    if int(last) >= int(target):
        return t("fc.years.late_at_least", lang, n=int(last) - int(target) + 1, last=int(last))
    return t("fc.years.data_end", lang, last=int(last))


def _missing(x: object) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or x is pd.NA


def _year_range(lo: int | None, hi: int, lang: str) -> str:
    if lo is None:  # reached in the first observed year: could have been earlier
        return t("fc.years.by", lang, n=-hi) if hi <= 0 else t("fc.years.late", lang, n=hi)
    if lo == hi:
        if hi == 0:
            return t("fc.years.on_time", lang)
        return t("fc.years.early", lang, n=-hi) if hi < 0 else t("fc.years.late", lang, n=hi)
    if hi <= 0:
        return t("fc.years.early_range", lang, lo=-hi, hi=-lo)
    if lo >= 0:
        return t("fc.years.late_range", lang, lo=lo, hi=hi)
    return t("fc.years.around", lang, early=-lo, late=hi)


def value_text(value: object, qualifier: object, measure: str) -> str:
    if _missing(value):
        return "–"
    prefix = economy.qualifier_prefix(qualifier) if qualifier != "?" else "?"
    number = f"{float(value):,.1f}".rstrip("0").rstrip(".")
    suffix = "%" if measure == "rate" else "×" if measure == "multiple" else ""
    return f"{prefix}{number}{suffix}"


def error_text(row: pd.Series | dict) -> str:
    if _missing(row["error"]):
        return "–"
    sign = {"<=": "≤ ", ">=": "≥ ", "=": ""}.get(str(row["error_bound"]), "")
    unit = " pp" if row["error_unit"] == "pp" else "%"
    return f"{sign}{float(row['error']):+.1f}{unit}"


def caveat_text(caveats: object, lang: str) -> str:
    keys = [k for k in str(caveats or "").split(";") if k and k != "None"]
    return " ".join(t(f"fc.caveat.{k}", lang) for k in keys)


def _what(row: pd.Series | dict, labels: dict[str, str], lang: str) -> str:
    code = str(row["indicator"])
    return t(f"fc.ind.{code}", lang) if f"fc.ind.{code}" in CATALOGUE else labels.get(code, code)


def label(row: pd.Series | dict, names: dict[str, str], labels: dict[str, str], lang: str) -> str:
    """'Internet economy GMV · 6 countries (e-Conomy SEA) → 2025': what was forecast, where, for when."""
    entity, what = str(row["entity"]), _what(row, labels, lang)
    where = t(f"fc.entity.{entity}", lang) if f"fc.entity.{entity}" in CATALOGUE else names.get(entity, entity)
    year = "" if _missing(row["target_year"]) else f" → {int(row['target_year'])}"
    return f"{what} · {where}{year}"


def display_table(table: pd.DataFrame, names: dict[str, str], labels: dict[str, str], lang: str) -> pd.DataFrame:
    """The check as a readable table: one row per forecast, most informative first."""
    order = {"checked": 0, "reached_only": 1, "not_due": 2, "no_actual": 3, "no_base": 4}
    rows = table.assign(_o=table["status"].map(order).fillna(9)).sort_values(
        ["_o", "made_in", "forecast_id"], kind="stable"
    )
    out = pd.DataFrame(
        {
            "forecast_by": rows["edition"],
            "figure": [label(r, names, labels, lang) for _, r in rows.iterrows()],
            "forecast": [value_text(r["forecast"], r["forecast_qualifier"], r["measure"]) for _, r in rows.iterrows()],
            "actual": [value_text(r["actual"], r["actual_qualifier"], r["measure"]) for _, r in rows.iterrows()],
            "error": [error_text(r) for _, r in rows.iterrows()],
            "years": [years_text(r, lang) for _, r in rows.iterrows()],
            "status": [t(f"fc.status.{s}", lang) for s in rows["status"]],
            "caveats": [caveat_text(c, lang) for c in rows["caveats"]],
            "quote": rows["quote"],
            "note": [figure_text.value_note(n, lang) for n in rows["note"]],
        }
    )
    return out.rename(columns={c: t(f"fc.col.{c}", lang) for c in out.columns}).reset_index(drop=True)


def chart_table(table: pd.DataFrame, names: dict[str, str], labels: dict[str, str], lang: str) -> pd.DataFrame:
    """Rows with a % error, labelled, for error_chart (and the CSV beside it)."""
    rows = table[table["error"].notna() & (table["error_unit"] == "pct")].copy()
    # Short and unique: who, what, (where, when not the six countries), for when, how much.
    rows["label"] = [
        f"{r['edition']} · {_what(r, labels, lang)}"
        + (f" ({names.get(str(r['entity']), r['entity'])})" if r["entity"] != "SEA6" else "")
        + f" → {int(r['target_year'])}: {value_text(r['forecast'], r['forecast_qualifier'], r['measure'])}"
        for _, r in rows.iterrows()
    ]
    return rows.reset_index(drop=True)


def chart_csv(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows behind the error chart, long: one row for each forecast and one for the actual it met."""
    keep = ["label", "forecast_id", "target_year", "measure", "error", "error_unit", "error_bound"]
    forecast = rows[keep].assign(role="forecast", value=rows["forecast"], qualifier=rows["forecast_qualifier"])
    actual = rows[keep].assign(role="actual", value=rows["actual"], qualifier=rows["actual_qualifier"])
    forecast["source_id"], actual["source_id"] = rows["source_id"], rows["actual_source_id"]
    actual["edition"] = rows["actual_edition"]
    forecast["edition"] = rows["edition"]
    return pd.concat([forecast, actual], ignore_index=True)
