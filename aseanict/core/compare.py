"""Pure ranking, 0-1 scaling, growth-between-editions and peer-group helpers."""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence

import numpy as np
import pandas as pd

from aseanict.core import projections
from aseanict.core.breaks import CrossesBreak, crossed
from aseanict.i18n import t

MINUS = "\u2212"  # typographic minus, as in printed reports


def _require(df: pd.DataFrame, *cols: str) -> None:
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise ValueError(f"missing column(s): {', '.join(missing)}")


def average_annual_growth(v0: float, y0: float, v1: float, y1: float, breaks: Sequence[int] = ()) -> float:
    """Compound average annual growth as a fraction: (v1 / v0) ** (1 / (y1 - y0)) - 1.

    This is how the CAICT report states IDI growth: China 3.58 (2011) -> 5.05 (2015)
    is 8.98% a year. NaN in gives NaN; v0 <= 0 or v1 < 0 gives NaN (rate undefined,
    e.g. a service that did not exist yet); y1 <= y0 raises ValueError, and so does a
    series break between the two years (breaks.CrossesBreak: not comparable values).
    """
    if y1 <= y0:
        raise ValueError("y1 must be after y0")
    cut = crossed(breaks, y0, y1)
    if cut is not None:
        raise CrossesBreak(cut)
    if any(math.isnan(v) for v in (v0, v1)) or v0 <= 0 or v1 < 0:
        return math.nan
    if v1 == 0:
        return -1.0  # everything lost: cagr() takes logs, which 0 has not
    # One formula in the project: the same CAGR the projections use.
    return projections.cagr(float(v0), float(v1), float(y1 - y0))


def _number(v: float) -> str:
    # Shortest form, at most 4 decimals: 5.05 stays "5.05", 2011.0 becomes "2011".
    return np.format_float_positional(float(v), precision=4, trim="-")


def growth_arithmetic(v0: float, y0: float, v1: float, y1: float) -> str:
    """The growth sum written out, e.g. "(5.05 / 3.58)^(1/4) − 1 = 8.98%"."""
    g = average_annual_growth(v0, y0, v1, y1)
    result = "undefined" if math.isnan(g) else f"{100 * g:.2f}%"
    ratio = f"({_number(v1)} / {_number(v0)})"
    return f"{ratio}^(1/{_number(y1 - y0)}) {MINUS} 1 = {result}"


def rank_within(df: pd.DataFrame, *, higher_is_better: bool = True) -> pd.DataFrame:
    """Copy of a one-year iso3, value frame with an Int64 `rank` column (1 = best).

    Ties share the lowest rank ('min': 1, 2, 2, 4). NaN values stay unranked (<NA>) and
    take no place. Sorted by rank, unranked last, then iso3.
    """
    _require(df, "iso3", "value")
    if "year" in df.columns and df["year"].dropna().nunique() > 1:
        raise ValueError("expected a single year; filter the frame first")
    out = df.copy()
    values = out["value"].astype(float)
    ranks = values.rank(method="min", ascending=not higher_is_better)
    out["rank"] = ranks.astype("Int64")
    return out.sort_values(["rank", "iso3"], na_position="last").reset_index(drop=True)


def rank_changes(df: pd.DataFrame, from_edition: Hashable, to_edition: Hashable) -> pd.DataFrame:
    """Rank movement per country between two editions of an iso3, edition, rank frame.

    Columns iso3, rank_from, rank_to, change (Int64); change = rank_from - rank_to, so
    positive means the country climbed. Outer join: a country missing from an edition,
    or unranked, gets <NA> change. Field sizes may differ between editions, which moves
    ranks too. Sorted by rank_to (missing last), then iso3.
    """
    _require(df, "iso3", "edition", "rank")
    if df.duplicated(subset=["iso3", "edition"]).any():
        raise ValueError("duplicate (iso3, edition) rows")

    def ranks(edition: Hashable, name: str) -> pd.DataFrame:
        part = df.loc[df["edition"] == edition, ["iso3", "rank"]]
        return part.rename(columns={"rank": name})

    before, after = ranks(from_edition, "rank_from"), ranks(to_edition, "rank_to")
    out = before.merge(after, on="iso3", how="outer")
    for col in ("rank_from", "rank_to"):
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    out["change"] = out["rank_from"] - out["rank_to"]
    out = out.sort_values(["rank_to", "iso3"], na_position="last")
    return out.reset_index(drop=True)


def normalise_0_1(wide: pd.DataFrame, higher_is_better: Mapping[str, bool]) -> pd.DataFrame:
    """Min-max scale each indicator column to [0, 1] across the rows (countries) given.

    1 is always the best in the group: a column with higher_is_better[col] False is
    flipped, (max - x) / (max - min). A constant column becomes 0.5: nobody is ahead,
    and a neutral middle score neither rewards nor punishes all of them in an average.
    NaN stays NaN and is ignored for min/max. Every column needs an entry in
    higher_is_better (a wrong default would silently invert it); extra keys are ignored.
    """
    missing = [c for c in wide.columns if c not in higher_is_better]
    if missing:
        raise ValueError(f"no direction given for: {', '.join(map(str, missing))}")
    out = pd.DataFrame(index=wide.index)
    for col in wide.columns:
        x = wide[col].astype(float)
        lo, hi = x.min(), x.max()
        if pd.isna(lo):
            out[col] = x  # all missing: nothing to scale
        elif hi == lo:
            out[col] = x.where(x.isna(), 0.5)
        elif higher_is_better[col]:
            out[col] = (x - lo) / (hi - lo)
        else:
            out[col] = (hi - x) / (hi - lo)
    return out


def scaling_note(lang: str = "en") -> str:
    """Plain-language description of normalise_0_1 for the dashboard, in the reader's language."""
    return t("compare.scaling_note", lang)


def peer_set(name: str, countries: pd.DataFrame) -> list[str]:
    """iso3 codes whose `groups` (semicolon-separated, e.g. "ASEAN;CLMV") include name.

    Exact, case-sensitive match after trimming spaces; table order kept; rows with
    missing groups belong to no group. An unknown name gives [].
    """
    _require(countries, "iso3", "groups")
    members: list[str] = []
    for iso3, groups in zip(countries["iso3"], countries["groups"], strict=True):
        codes = groups.split(";") if isinstance(groups, str) else []
        if name in {c.strip() for c in codes} and str(iso3) not in members:
            members.append(str(iso3))
    return members


def gap_to_reference(value: float, reference: float) -> float:
    """value - reference in the indicator's units (positive = above); NaN stays NaN."""
    return value - reference


def relative_gap(value: float, reference: float) -> float:
    """(value - reference) / |reference| as a fraction; NaN if reference is 0 or NaN.

    Dividing by |reference| keeps positive meaning "above" for negative references too.
    """
    if math.isnan(reference) or reference == 0:
        return math.nan
    return (value - reference) / abs(reference)
