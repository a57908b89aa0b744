"""ITU price baskets: basket definitions by year, segments that never join across them, targets, seed vs ITU."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from aseanict.topics.divide import metrics as divide

Unit = Literal["pct_gni", "usd", "ppp"]
UNITS: tuple[Unit, ...] = ("pct_gni", "usd", "ppp")
UNIT_SUFFIX = {"pct_gni": "PCT_GNI", "usd": "USD", "ppp": "PPP"}


@dataclass(frozen=True)
class Period:
    """One basket definition: the years ITU priced it and its data allowance."""

    first: int
    last: int | None  # None: still current in the data
    definition: str  # i18n key suffix, e.g. "fbb_1gb"
    allowance_gb: float


@dataclass(frozen=True)
class Basket:
    key: str
    prefix: str  # indicator code without the unit suffix
    family: Literal["fixed", "mobile_data", "bundle"]
    entry_level: bool  # what the Broadband Commission target calls "entry-level broadband"
    periods: tuple[Period, ...]

    def code(self, unit: Unit) -> str:
        return f"{self.prefix}_{UNIT_SUFFIX[unit]}"


# ITU's basket history (the workbook's BasketHistory sheet, restated in SOURCES.md and each row's note).
BASKETS = {
    b.key: b
    for b in (
        Basket("fbb", "ITU_FBB", "fixed", True, (Period(2008, 2017, "fbb_1gb", 1), Period(2018, None, "fbb_5gb", 5))),
        Basket(
            "mbb",
            "ITU_MBB_DATA",
            "mobile_data",
            True,
            (
                Period(2013, 2017, "mbb_1gb", 1),
                Period(2018, 2020, "mbb_1_5gb", 1.5),
                Period(2021, None, "mbb_2gb", 2),
            ),
        ),
        Basket("mbb5", "ITU_MBB_DATA5GB", "mobile_data", True, (Period(2022, None, "mbb_5gb", 5),)),
        Basket("mdv_low", "ITU_MDV_LOW", "bundle", True, (Period(2018, 2024, "mdv_low_500mb", 0.5),)),
        Basket("mdv_low1gb", "ITU_MDV_LOW1GB", "bundle", True, (Period(2025, None, "mdv_low_1gb", 1),)),
        Basket(
            "mdv_high",
            "ITU_MDV_HIGH",
            "bundle",
            False,
            (Period(2018, 2020, "mdv_high_1_5gb", 1.5), Period(2021, None, "mdv_high_2gb", 2)),
        ),
        Basket("mdv_high5gb", "ITU_MDV_HIGH5GB", "bundle", False, (Period(2025, None, "mdv_high_5gb", 5),)),
    )
}
# What the page offers: a chart per group, each basket code a separate set of line segments.
GROUPS = {
    "fixed": ("fbb",),
    "mobile_data": ("mbb", "mbb5"),
    "mdv_low": ("mdv_low", "mdv_low1gb"),
    "mdv_high": ("mdv_high", "mdv_high5gb"),
}


def codes(group: str, unit: Unit) -> list[str]:
    return [BASKETS[b].code(unit) for b in GROUPS[group]]


def basket_of(code: str) -> Basket:
    """The basket an indicator code prices (longest prefix wins: ITU_MBB_DATA5GB before ITU_MBB_DATA)."""
    for basket in sorted(BASKETS.values(), key=lambda b: -len(b.prefix)):
        if code.startswith(basket.prefix + "_") and code[len(basket.prefix) + 1 :] in UNIT_SUFFIX.values():
            return basket
    raise ValueError(f"not a price-basket code: {code!r}")


def period_for(basket: Basket, year: int) -> Period | None:
    for period in basket.periods:
        if period.first <= year and (period.last is None or year <= period.last):
            return period
    return None


def basis(note: str) -> str:
    """Which kind of number a row is: a country price, an ITU constant-panel median or a Facts and Figures
    median over all economies. The two medians are not comparable and must not share a line."""
    if "FF headline" in note:
        return "ff_median"
    if note.startswith("median"):
        return "panel_median"
    return "country"


def label_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """Series rows (entity, indicator, year, value, flag, note) plus definition, allowance_gb, experimental,
    basis and segment. A segment is one line on a chart: it never spans two basket definitions, two codes,
    two kinds of median, or official and experimental values."""
    out = rows.copy()
    periods = [period_for(basket_of(c), int(y)) for c, y in zip(out["indicator"], out["year"])]
    out["definition"] = [p.definition if p else "unknown" for p in periods]
    out["allowance_gb"] = [p.allowance_gb if p else math.nan for p in periods]
    flags = out["flag"] if "flag" in out else pd.Series("", index=out.index)
    out["experimental"] = flags.fillna("").eq("experimental")
    notes = out["note"] if "note" in out else pd.Series("", index=out.index)
    out["basis"] = [basis(str(n)) for n in notes.fillna("")]
    out["segment"] = (
        out["entity"]
        + "|"
        + out["indicator"]
        + "|"
        + out["definition"]
        + "|"
        + out["basis"]
        + "|"
        + out["experimental"].map({True: "exp", False: "official"})
    )
    return out.sort_values(["entity", "indicator", "year"]).reset_index(drop=True)


def visible(rows: pd.DataFrame, include_experimental: bool) -> pd.DataFrame:
    return rows if include_experimental else rows[~rows["experimental"]]


def definition_breaks(labelled: pd.DataFrame) -> list[tuple[int, str, str]]:
    """(year, definition, kind) to mark on a chart: where a new basket definition starts ("new") and where
    a definition first priced experimentally becomes official ("official"). Earliest definition unmarked."""
    if labelled.empty:
        return []
    firsts = labelled.groupby("definition")["year"].min().sort_values()
    marks = [(int(y), d, "new") for d, y in firsts.iloc[1:].items() if d != "unknown"]
    for definition, part in labelled.groupby("definition"):
        official = part.loc[~part["experimental"], "year"]
        if part["experimental"].any() and not official.empty and official.min() > part["year"].min():
            marks.append((int(official.min()), str(definition), "official"))
    return sorted(set(marks))


def releases(rows: pd.DataFrame, sources: pd.DataFrame) -> list[tuple[str, str]]:
    """(source title, 'first–last' years) per source behind the rows, oldest data first: where each year's
    prices come from (the Mar 2022 release ends in 2021; 2022 onward comes from later ITU releases)."""
    titles = dict(zip(sources["source_id"], sources["title"]))
    out = []
    for source_id, part in rows.groupby("source_id"):
        years = sorted(set(part["year"].astype(int)))
        span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
        out.append((years[0], titles.get(str(source_id), str(source_id)), span))
    return [(title, span) for _, title, span in sorted(out)]


# ---------------------------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class Target:
    key: str
    threshold: float  # % of monthly GNI per capita (ITU's proxy for average monthly income)
    inclusive: bool  # "2% or less" (True) or "less than 2%" (False)
    allowance_gb: float | None  # None: any entry-level basket is judged as it is
    families: tuple[str, ...]
    adopted: int
    deadline: int | None


TARGETS = {
    # Broadband Commission 2025 target 2 (Jan 2018): entry-level broadband < 2% of monthly GNI per capita.
    "bc2025": Target("bc2025", 2.0, False, None, ("fixed", "mobile_data", "bundle"), 2018, 2025),
    # A4AI "1 for 2" (2016): 1 GB of mobile broadband data for 2% or less of average monthly income.
    "a4ai_1for2": Target("a4ai_1for2", 2.0, True, 1.0, ("mobile_data",), 2016, None),
    # A4AI "Journey from 1 to 5" (July 2021): 5 GB of mobile or fixed broadband for 2% or less by 2026.
    "a4ai_5gb": Target("a4ai_5gb", 2.0, True, 5.0, ("fixed", "mobile_data"), 2021, 2026),
}

Status = Literal[
    "meets", "fails", "meets_larger", "fails_smaller", "undetermined", "not_applicable", "no_data", "not_selected"
]
# Best evidence first: a direct verdict beats one inferred from another allowance.
EVIDENCE_ORDER: tuple[Status, ...] = (
    "meets",
    "fails",
    "meets_larger",
    "fails_smaller",
    "undetermined",
    "not_applicable",
    "no_data",
)


def applies(target: Target, basket: Basket) -> bool:
    if basket.family not in target.families:
        return False
    if target.allowance_gb is None:
        return basket.entry_level
    # A voice bundle's price includes minutes and SMS, so it says nothing about a data-only allowance.
    return basket.family != "bundle"


def assess(value: float, allowance_gb: float, target: Target, basket: Basket) -> Status:
    """Whether one basket price (% of GNI per capita) meets a target.

    ITU prices the cheapest plan with AT LEAST the basket's allowance, so a plan with a larger allowance can
    only cost the same or more. Hence a larger basket within the threshold shows the target's allowance is
    too ("meets_larger"), a smaller basket above it shows the target's is not ("fails_smaller"); the other
    two cases are "undetermined".
    """
    if not applies(target, basket):
        return "not_applicable"
    if value is None or pd.isna(value):
        return "no_data"
    ok = bool(divide.meets_target([value], target.threshold, inclusive=target.inclusive).iloc[0])
    if target.allowance_gb is None or allowance_gb == target.allowance_gb:
        return "meets" if ok else "fails"
    if allowance_gb > target.allowance_gb:
        return "meets_larger" if ok else "undetermined"
    return "undetermined" if ok else "fails_smaller"


COMPLIANCE_COLUMNS = ["entity", "year", "status", "value", "indicator", "definition", "experimental", "source_id"]


def compliance(labelled: pd.DataFrame, target: Target) -> pd.DataFrame:
    """Per country and year, the best evidence on one target from the % GNI rows given (one or more basket
    codes): a direct verdict first, then an inferred one, then undetermined. Medians are left out."""
    rows = labelled[(labelled["basis"] == "country") & labelled["indicator"].str.endswith("_PCT_GNI")]
    if rows.empty:
        return pd.DataFrame(columns=COMPLIANCE_COLUMNS)
    status = [
        assess(v, a, target, basket_of(c)) for v, a, c in zip(rows["value"], rows["allowance_gb"], rows["indicator"])
    ]
    ranked = rows.assign(status=status, rank=[EVIDENCE_ORDER.index(s) for s in status])
    # Official before experimental at equal strength of evidence.
    best = ranked.sort_values(["entity", "year", "rank", "experimental"]).drop_duplicates(["entity", "year"])
    return best[COMPLIANCE_COLUMNS].reset_index(drop=True)


def compliance_counts(table: pd.DataFrame, year: int) -> dict[str, int]:
    """How many countries meet (directly or inferred), fail, or cannot be judged in one year."""
    part = table[table["year"] == year]["status"]
    return {
        "meets": int(part.isin(["meets", "meets_larger"]).sum()),
        "fails": int(part.isin(["fails", "fails_smaller"]).sum()),
        "unknown": int(part.isin(["undetermined", "no_data"]).sum()),
        "n": int(len(part)),
    }


def compliance_years(table: pd.DataFrame) -> list[int]:
    judged = table[~table["status"].isin(["not_applicable", "no_data"])]
    return sorted(int(y) for y in judged["year"].unique())


def statuses_for_year(table: pd.DataFrame, year: int, entities: Iterable[str]) -> pd.DataFrame:
    """entity, status for a map: every requested country, 'no_data' where the table has nothing."""
    part = table[table["year"] == year].set_index("entity")["status"]
    return pd.DataFrame({"entity": list(entities)}).assign(
        status=lambda d: [part.get(e, "no_data") for e in d["entity"]]
    )


# ---------------------------------------------------------------------------------- seed figures vs ITU

# The seed's tariff measures, by the words of its indicator column, and the ITU basket closest to each.
SEED_MEASURES = {"fixed broadband tariff": "ITU_FBB", "mobile data tariff": "ITU_MBB_DATA"}
SEED_CHANGES = {"fixed broadband tariff": "ITU_FBB", "mobile traffic tariff": "ITU_MBB_DATA"}


def _prefix_for(indicator: str, table: dict[str, str]) -> str | None:
    return next((code for words, code in table.items() if words in indicator), None)


SEED_LEVEL_CODES = tuple(f"{p}_PCT_GNI" for p in SEED_MEASURES.values())
SEED_CHANGE_CODES = tuple(f"{p}_{UNIT_SUFFIX[u]}" for p in SEED_CHANGES.values() for u in ("ppp", "usd"))


def seed_levels(figures: pd.DataFrame, itu: pd.DataFrame, group_means: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """The seed's tariff levels (% of GNI) beside ITU's value for the same country, basket and year.

    itu: series rows of the % GNI codes; group_means: group_aggregate() rows (indicator, year, simple_mean,
    members_with_data, members_missing) for the seed's ASEAN averages. The store has no ITU ASEAN average,
    so the ITU side of those rows is a DERIVED simple mean of the members with data, with members listed.
    """
    frames = [m for m in group_means if not m.empty]
    means = pd.concat(frames) if frames else pd.DataFrame(columns=["indicator", "year", "simple_mean"])
    rows = []
    for fig in figures.itertuples():
        prefix = _prefix_for(str(fig.indicator), SEED_MEASURES)
        if prefix is None or "GNI" not in str(fig.unit) or not str(fig.year).isdigit():
            continue
        year, code = int(fig.year), f"{prefix}_PCT_GNI"
        period = period_for(basket_of(code), year)
        row = {
            "id": fig.id,
            "entity": fig.entity,
            "year": year,
            "seed_value": float(fig.value),
            "indicator": code,
            "definition": period.definition if period else "none",
            "derived": False,
            "members": "",
            "missing": "",
            "quote": fig.quote,
            "source_cited": fig.source_cited,
        }
        if fig.entity == "ASEAN":
            mean = means[(means["indicator"] == code) & (means["year"] == year)]
            row["itu_value"] = float(mean["simple_mean"].iloc[0]) if not mean.empty else math.nan
            row["derived"] = True
            row["members"] = str(mean["members_with_data"].iloc[0]) if not mean.empty else ""
            row["missing"] = str(mean["members_missing"].iloc[0]) if not mean.empty else ""
        else:
            match = itu[(itu["indicator"] == code) & (itu["entity"] == fig.entity) & (itu["year"] == year)]
            row["itu_value"] = float(match["value"].iloc[0]) if not match.empty else math.nan
        rows.append(row)
    out = pd.DataFrame(rows)
    if out.empty:
        return out
    out["difference"] = out["seed_value"] - out["itu_value"]
    out["ratio"] = out["seed_value"] / out["itu_value"].where(out["itu_value"] != 0)
    return out


def seed_changes(figures: pd.DataFrame, itu: pd.DataFrame, unit: Unit = "ppp") -> pd.DataFrame:
    """The seed's year-on-year tariff changes (%) beside ITU's basket change over the same year, in PPP$ by
    default (USD moves with the exchange rate; % of GNI moves with income)."""
    rows = []
    for fig in figures.itertuples():
        prefix = _prefix_for(str(fig.indicator), SEED_CHANGES)
        if prefix is None or str(fig.unit) != "%" or not str(fig.year).isdigit():
            continue
        year, code = int(fig.year), f"{prefix}_{UNIT_SUFFIX[unit]}"
        series = itu[(itu["indicator"] == code) & (itu["entity"] == fig.entity)].set_index("year")["value"]
        before, after = series.get(year - 1), series.get(year)
        change = (after / before - 1) * 100 if before and after is not None else math.nan
        rows.append(
            {
                "id": fig.id,
                "entity": fig.entity,
                "year": year,
                "seed_change": float(fig.value),
                "indicator": code,
                "itu_from": before if before is not None else math.nan,
                "itu_to": after if after is not None else math.nan,
                "itu_change": change,
                "quote": fig.quote,
                "source_cited": fig.source_cited,
            }
        )
    return pd.DataFrame(rows)


@dataclass(frozen=True)
class Spread:
    year: int
    low: str
    low_value: float
    high: str
    high_value: float


def latest_spread(labelled: pd.DataFrame) -> Spread | None:
    """Cheapest and dearest country in the latest year with official country prices, on the basket
    definition most countries were priced on that year (two baskets are never compared with each other)."""
    rows = labelled[(labelled["basis"] == "country") & ~labelled["experimental"]].dropna(subset=["value"])
    if rows.empty:
        return None
    year = int(rows["year"].max())
    part = rows[rows["year"] == year]
    main = part.groupby("indicator")["entity"].nunique().sort_values(kind="stable").index[-1]
    part = part[part["indicator"] == main].sort_values(["value", "entity"])
    low, high = part.iloc[0], part.iloc[-1]
    return Spread(year, str(low["entity"]), float(low["value"]), str(high["entity"]), float(high["value"]))


def in_year(table: pd.DataFrame, year: int) -> pd.DataFrame:
    return table[table["year"] == year]


def judged(table: pd.DataFrame) -> pd.DataFrame:
    """The compliance rows of the years in which at least one country could be judged."""
    return table[table["year"].isin(compliance_years(table))]
