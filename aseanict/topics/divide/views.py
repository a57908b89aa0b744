"""Query rows shaped for aseanict.divide (iso3 frames, one year at a time), naming countries that lack data."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from aseanict.topics.divide import metrics as divide

INDICATORS = {
    "users": "IT.NET.USER.ZS",
    "fixed": "IT.NET.BBND.P2",
    "mobile": "IT.CEL.SETS.P2",
    "mbb": "ITU_MBB_ACTIVE_P100",
    "cov3g": "IT_MOB_3GNTWK",
    "cov4g": "IT_MOB_4GNTWK",
}
POPULATION = "SP.POP.TOTL"
GENDER = ("ITU_USERS_MALE", "ITU_USERS_FEMALE")
URBAN_RURAL = ("ITU_USERS_URBAN", "ITU_USERS_RURAL", "ITU_USERS_URBAN_RURAL_RATIO")
# How often internet users go online, not how many people do: always labelled as daily use.
DAILY_URBAN_RURAL = ("ITU_USERS_DAILY_URB", "ITU_USERS_DAILY_RUR")
UNIVERSAL_TARGET = 95.0  # ITU's universal-connectivity benchmark: 95% of people using the internet


def pick(rows: pd.DataFrame, indicator: str) -> pd.DataFrame:
    """One indicator's rows as iso3, year, value (+ source_id), sorted."""
    part = rows[rows["indicator"] == indicator]
    cols = [c for c in ("entity", "year", "value", "source_id") if c in part]
    return part[cols].rename(columns={"entity": "iso3"}).sort_values(["iso3", "year"]).reset_index(drop=True)


def as_entity(df: pd.DataFrame) -> pd.DataFrame:
    """Back to the entity column the chart helpers use."""
    return df.rename(columns={"iso3": "entity"})


def best_year(df: pd.DataFrame) -> int | None:
    """The year with the most countries reporting (the latest of equals): a fair default for cross-sections."""
    valid = df.dropna(subset=["value"])
    if valid.empty:
        return None
    counts = valid.groupby("year")["iso3"].nunique()
    return int(counts[counts == counts.max()].index.max())


def one_year(df: pd.DataFrame, year: int, countries: list[str]) -> tuple[pd.DataFrame, list[str]]:
    """Values of that year for the countries, and the countries with no value that year."""
    part = df[(df["year"] == year) & df["iso3"].isin(countries)].dropna(subset=["value"])
    missing = [c for c in countries if c not in set(part["iso3"])]
    return part.reset_index(drop=True), missing


def with_population(shares: pd.DataFrame, population: pd.DataFrame) -> pd.DataFrame:
    """Shares joined to population of the same country and year (population NaN where missing)."""
    pop = population[["iso3", "year", "value"]].rename(columns={"value": "population"})
    return shares.merge(pop, on=["iso3", "year"], how="left")


@dataclass(frozen=True)
class Lorenz:
    year: int
    curve: pd.DataFrame  # divide.lorenz_curve output
    gini: float
    countries: tuple[str, ...]
    missing: tuple[str, ...]


def lorenz(users: pd.DataFrame, population: pd.DataFrame, year: int, countries: list[str]) -> Lorenz:
    """Population-weighted Lorenz curve and Gini of internet use across the countries in one year."""
    part, missing = one_year(users, year, countries)
    joined = with_population(part, population).dropna(subset=["population"])
    missing = missing + [c for c in part["iso3"] if c not in set(joined["iso3"])]
    shares = pd.Series(joined["value"].to_numpy(), index=joined["iso3"])
    pops = pd.Series(joined["population"].to_numpy(), index=joined["iso3"])
    curve = divide.lorenz_curve(shares, pops)
    g = divide.gini(shares, pops) if len(joined) else math.nan
    return Lorenz(year, curve, g, tuple(joined["iso3"]), tuple(missing))


def gini_by_year(users: pd.DataFrame, population: pd.DataFrame, countries: list[str]) -> pd.DataFrame:
    """year, gini, n (countries with both share and population), complete (all countries present)."""
    rows = []
    for year in sorted(users["year"].unique()):
        result = lorenz(users, population, int(year), countries)
        if len(result.countries) >= 2:
            rows.append(
                {"year": int(year), "gini": result.gini, "n": len(result.countries), "complete": not result.missing}
            )
    return pd.DataFrame(rows, columns=["year", "gini", "n", "complete"])


@dataclass(frozen=True)
class Convergence:
    table: pd.DataFrame  # divide.convergence output, for the countries chosen
    first_year: int | None
    last_year: int | None
    converging: bool | None  # True: the coefficient of variation fell between the two years


def convergence(df: pd.DataFrame, countries: list[str], since: int | None = None) -> Convergence:
    """Sigma-convergence over the years in which the most countries report (so the set compared is the same)."""
    part = df[df["iso3"].isin(countries)]
    if since is not None:
        part = part[part["year"] >= since]
    table = divide.convergence(part[["iso3", "year", "value"]]) if not part.empty else pd.DataFrame()
    if table.empty:
        return Convergence(table, None, None, None)
    full = table[table["n"] == table["n"].max()]
    first, last = int(full["year"].min()), int(full["year"].max())
    if first == last:
        return Convergence(table, first, last, None)
    return Convergence(table, first, last, divide.is_converging(table, first, last))


def offline(users: pd.DataFrame, population: pd.DataFrame, year: int, countries: list[str]) -> pd.DataFrame:
    """iso3, share, population, offline, offline_m for every country; NaN where either input is missing."""
    frame = pd.DataFrame({"iso3": countries, "year": year})
    frame = frame.merge(users[["iso3", "year", "value"]], on=["iso3", "year"], how="left")
    frame = with_population(frame, population)
    frame["offline"] = divide.offline_population(frame)
    frame["offline_m"] = divide.in_millions(frame["offline"])
    return frame.rename(columns={"value": "share"}).sort_values("offline", ascending=False, na_position="last")


def mobile_fixed_ratio(mobile: pd.DataFrame, fixed: pd.DataFrame, countries: list[str]) -> pd.DataFrame:
    """Active mobile-broadband subscriptions per fixed-broadband subscription, per country and year (iso3
    frame): the pair of measures the report's 15x (ASEAN) and 25x (Indonesia) compare."""
    num = mobile[mobile["iso3"].isin(countries)][["iso3", "year", "value"]]
    den = fixed[fixed["iso3"].isin(countries)][["iso3", "year", "value"]]
    return divide.ratio_series(num, den)


TargetKind = Literal["leader", "universal", "custom"]


@dataclass(frozen=True)
class Leader:
    iso3: str | None
    value: float
    year: int | None


def leader(df: pd.DataFrame, countries: list[str]) -> Leader:
    """The best latest value among the countries (each country's own latest year)."""
    part = df[df["iso3"].isin(countries)].dropna(subset=["value"])
    if part.empty:
        return Leader(None, math.nan, None)
    latest = part.sort_values("year").groupby("iso3").tail(1)
    top = latest.sort_values(["value", "iso3"], ascending=[False, True]).iloc[0]
    return Leader(str(top["iso3"]), float(top["value"]), int(top["year"]))


def target_level(kind: TargetKind, lead: Leader, custom: float) -> float:
    if kind == "leader":
        return lead.value
    if kind == "universal":
        return UNIVERSAL_TARGET
    return float(custom)


def projection_path(history: pd.DataFrame, result: divide.TargetProjection, target: float) -> pd.DataFrame:
    """year, value of the projected path from the last observation to the target year (empty if none)."""
    if result.status != "projected" or result.year is None or result.rate is None:
        return pd.DataFrame(columns=["year", "value"])
    valid = history.dropna(subset=["value"]).sort_values("year")
    last_year, last = int(valid["year"].iloc[-1]), float(valid["value"].iloc[-1])
    years = list(range(last_year, result.year + 1))
    if result.method == "linear":
        values = [last + result.rate * (y - last_year) for y in years]
    else:
        values = [last * (1 + result.rate) ** (y - last_year) for y in years]
    # The last point is drawn at the target itself: the path reaches it within that year.
    values[-1] = min(values[-1], target) if target >= last else max(values[-1], target)
    return pd.DataFrame({"year": years, "value": values})


def projections(
    df: pd.DataFrame,
    countries: list[str],
    target: float,
    recent_years: int,
    method: Literal["linear", "compound"],
    breaks: Mapping[str, Sequence[int]] | None = None,
) -> pd.DataFrame:
    """years_to_target for every country (each pace after its own series breaks): iso3, last_year, last_value,
    status, year, rate, since_break."""
    rows = []
    for iso3 in countries:
        history = df[df["iso3"] == iso3][["year", "value"]]
        valid = history.dropna(subset=["value"])
        own_breaks = (breaks or {}).get(iso3, ())
        result = divide.years_to_target(history, target, recent_years=recent_years, method=method, breaks=own_breaks)
        rows.append(
            {
                "iso3": iso3,
                "last_year": int(valid["year"].max()) if not valid.empty else None,
                "last_value": float(valid.sort_values("year")["value"].iloc[-1]) if not valid.empty else math.nan,
                "status": result.status,
                "year": result.year,
                "rate": result.rate,
                "since_break": result.since_break,
            }
        )
    return pd.DataFrame(rows)


def gender_gap(rows: pd.DataFrame, countries: list[str]) -> pd.DataFrame:
    """Latest year with both male and female internet use per country: iso3, year, male, female, gap (pp,
    male minus female), parity (female / male, ITU's gender parity score)."""
    male, female = pick(rows, GENDER[0]), pick(rows, GENDER[1])
    both = male.merge(female, on=["iso3", "year"], suffixes=("_m", "_f")).dropna(subset=["value_m", "value_f"])
    both = both[both["iso3"].isin(countries)]
    latest = both.sort_values("year").groupby("iso3").tail(1)
    out = pd.DataFrame(
        {
            "iso3": latest["iso3"],
            "year": latest["year"].astype(int),
            "male": latest["value_m"],
            "female": latest["value_f"],
        }
    )
    out["gap"] = out["male"] - out["female"]
    out["parity"] = out["female"] / out["male"].where(out["male"] != 0)
    return out.sort_values("gap", ascending=False).reset_index(drop=True)


REGION_ORDER = ["CHN-East", "CHN-Central", "CHN-West"]


def china_regions(figures: pd.DataFrame) -> pd.DataFrame:
    """The seed's mobile-broadband penetration of China's eastern, central and western regions (2015)."""
    part = figures[figures["entity"].isin(REGION_ORDER)].copy()
    part["order"] = part["entity"].map(REGION_ORDER.index)
    return part.sort_values("order").drop(columns="order").reset_index(drop=True)


ALL_CODES = (*INDICATORS.values(), POPULATION, *GENDER, *DAILY_URBAN_RURAL)


def subset(rows: pd.DataFrame, codes: tuple[str, ...], entities: list[str], year: int | None = None) -> pd.DataFrame:
    """The query rows behind a chart (with their source ids), for its sources expander and CSV."""
    part = rows[rows["indicator"].isin(codes) & rows["entity"].isin(entities)]
    return part if year is None else part[part["year"] == year]


def split(df: pd.DataFrame, countries: list[str], reference: str = "WLD") -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the selected countries' rows, the reference aggregate's rows)."""
    return df[df["iso3"].isin(countries)], df[df["iso3"] == reference]


def years_with_data(df: pd.DataFrame) -> list[int]:
    return sorted(int(y) for y in df.dropna(subset=["value"])["year"].unique())


def gap(df: pd.DataFrame, year: int, countries: list[str]) -> tuple[divide.GapRatio | None, list[str]]:
    """Best and worst country in one year, and the countries left out for lack of data."""
    part, missing = one_year(df, year, countries)
    return divide.gap_and_ratio(part[["iso3", "value"]]), missing


def offline_total(table: pd.DataFrame) -> tuple[float, list[str]]:
    """Sum of people offline over the countries with data, and the countries without (so a partial total is
    never mistaken for a full one)."""
    return float(table["offline"].sum(min_count=1)), list(table.loc[table["offline"].isna(), "iso3"])


def seed_ratio_points(figures: pd.DataFrame) -> pd.DataFrame:
    """The report's mobile-broadband-to-fixed ratios (S032 ASEAN ~15x, S033 Indonesia 25x, 2014)."""
    part = figures[figures["indicator"].str.startswith("ratio of mobile to fixed")]
    return part[["id", "entity", "year", "value", "quote", "source_id"]].reset_index(drop=True)


def laggard(df: pd.DataFrame, countries: list[str]) -> str | None:
    """The country with the lowest latest value: the natural first question for 'years to close the gap'."""
    part = df[df["iso3"].isin(countries)].dropna(subset=["value"])
    if part.empty:
        return None
    latest = part.sort_values("year").groupby("iso3").tail(1)
    return str(latest.sort_values(["value", "iso3"]).iloc[0]["iso3"])


def history(df: pd.DataFrame, iso3: str) -> pd.DataFrame:
    return df[df["iso3"] == iso3][["year", "value"]].reset_index(drop=True)


def china_quotes(figures: pd.DataFrame) -> list[tuple[str, str]]:
    """(ids, quote) for the report's within-China figures, one entry per distinct quote."""
    part = figures[figures["entity"].str.startswith("CHN-")]
    return [(", ".join(group["id"]), str(quote)) for quote, group in part.groupby("quote", sort=False)]


def daily_pairs(rows: pd.DataFrame) -> pd.DataFrame:
    """Urban and rural daily internet use per country, in its latest year with both (iso3, year, urban, rural)."""
    urban, rural = DAILY_URBAN_RURAL
    part = rows[rows["indicator"].isin(DAILY_URBAN_RURAL)]
    wide = part.pivot_table(index=["entity", "year"], columns="indicator", values="value", aggfunc="first")
    if wide.empty or not set(DAILY_URBAN_RURAL) <= set(wide.columns):
        return pd.DataFrame(columns=["iso3", "year", "urban", "rural"])
    both = wide.dropna(subset=list(DAILY_URBAN_RURAL)).reset_index().sort_values("year").groupby("entity").tail(1)
    out = both.rename(columns={"entity": "iso3", urban: "urban", rural: "rural"})[["iso3", "year", "urban", "rural"]]
    return out.sort_values("iso3").reset_index(drop=True)
