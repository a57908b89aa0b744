"""Where a series stops being comparable, and the pure helpers that keep lines, growth rates and fits on one side.

The registry is read from the store's series notes (queries.series_breaks): a `series_break` (a change of survey
basis, as China's internet users 2022 -> 2023) or a `definition_change` (ITU's price baskets in 2018 and 2021).
Each gives the first year of a new comparable segment, for one entity or, without one, for every entity.

Not breaks: 'methodology' notes (old and new IDI are already separate indicators, and the other ones flag single
values, experimental or carried forward, not a year where comparability ends), 'source_difference' (another
source's figures, kept apart as other series), 'revision' (the newer vintage is shown whole) and 'as_published'
(Cambodia's internet users 2014-16: the source gives no change of basis; the note is shown with the chart).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from aseanict.i18n import t

KINDS = ("series_break", "definition_change")  # the kinds store/sql.SERIES_BREAKS reads


@dataclass(frozen=True)
class Break:
    indicator: str
    entity: str  # "" = every entity
    year: int  # first year of the new comparable segment
    kind: str
    note_id: str


@dataclass(frozen=True)
class Registry:
    """All documented breaks; empty means none (a calculation then uses every year, as before)."""

    breaks: tuple[Break, ...] = ()

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> Registry:
        """From queries.series_breaks rows (note_id, entity, indicator, year, kind)."""
        rows = frame[frame["kind"].isin(KINDS)].dropna(subset=["year"])
        return cls(
            tuple(
                Break(
                    str(r.indicator),
                    "" if pd.isna(r.entity) else str(r.entity),
                    int(r.year),
                    str(r.kind),
                    str(r.note_id),
                )
                for r in rows.itertuples()
            )
        )

    def _matching(self, indicator: str, entity: str) -> list[Break]:
        return [b for b in self.breaks if b.indicator == indicator and b.entity in ("", entity)]

    def years(self, indicator: str, entity: str) -> tuple[int, ...]:
        """The years where a new comparable segment of (indicator, entity) starts, in order."""
        return tuple(sorted({b.year for b in self._matching(indicator, entity)}))

    def for_group(self, indicator: str, members: Iterable[str]) -> tuple[int, ...]:
        """A group value moves when any member's series breaks, so the group's series breaks there too."""
        return tuple(sorted({y for m in members for y in self.years(indicator, m)}))

    def kind(self, indicator: str, entity: str, year: int) -> str:
        """series_break or definition_change: the entity's own note first, else any for that year (a group's)."""
        same_year = [b for b in self.breaks if b.indicator == indicator and b.year == year]
        own = [b.kind for b in same_year if b.entity in ("", entity)]
        return (own or [b.kind for b in same_year] or ["series_break"])[0]


NO_BREAKS = Registry()  # the default: every year comparable


class TooFewAfterBreak(ValueError):
    """Fewer points than a calculation needs are left on the latest side of a series break."""

    def __init__(self, year: int, needed: int = 2) -> None:
        super().__init__(f"fewer than {needed} usable points from the series break in {year} on")
        self.year = year


class CrossesBreak(ValueError):
    """A rate between two years was asked for across a series break: the two values are not comparable."""

    def __init__(self, year: int) -> None:
        super().__init__(f"the series breaks in {year}: values either side are not comparable")
        self.year = year


def crossed(breaks: Sequence[int], first_year: float, last_year: float) -> int | None:
    """The latest break that lies between two years (a break in last_year counts: that value is on the new
    side), or None: a rate from first_year to last_year is only comparable when this is None."""
    inside = [b for b in breaks if first_year < b <= last_year]
    return max(inside) if inside else None


def latest_segment(history: pd.DataFrame, breaks: Sequence[int]) -> tuple[pd.DataFrame, int | None]:
    """The rows (year, value, ...) on the latest side of the breaks, and the break that cut them off (None when
    no break lies inside the observed years). Rows without a value do not count as observed."""
    observed = history.dropna(subset=["value"]) if "value" in history else history
    if observed.empty:
        return history, None
    cut = crossed(breaks, float(observed["year"].min()), float(observed["year"].max()))
    if cut is None:
        return history, None
    return history[history["year"] >= cut], cut


def with_break_gaps(part: pd.DataFrame, breaks: Sequence[int]) -> pd.DataFrame:
    """One entity's rows with an empty (NaN) point half a year before each break inside its span, so that a
    line is drawn in separate pieces and never joins 2022 to 2023 across a change of basis. For drawing only."""
    if part.empty or not breaks:
        return part
    years = pd.to_numeric(part["year"])
    observed = years[part["value"].notna()] if "value" in part else years
    if observed.empty:
        return part
    inside = [b for b in breaks if observed.min() < b <= observed.max()]
    if not inside:
        return part
    gaps = pd.DataFrame({"year": [b - 0.5 for b in inside], "value": np.nan})
    for col in part.columns:
        if col not in gaps:
            gaps[col] = part[col].iloc[0] if col == "entity" else None
    out = pd.concat([part.assign(year=years.astype(float)), gaps[part.columns]], ignore_index=True)
    return out.sort_values("year", kind="stable").reset_index(drop=True)


def inside(breaks: Sequence[int], years: Iterable[float]) -> tuple[int, ...]:
    """The breaks that fall inside the span of these years (so that a line over them would cross them)."""
    span = [float(y) for y in years]
    return tuple(b for b in breaks if span and min(span) < b <= max(span))


def labelled(
    registry: Registry, indicator: str, entity: str, history: pd.DataFrame, breaks: Sequence[int], lang: str
) -> list[tuple[int, str]]:
    """(year, label) markers without a country name for a chart of one series (year, value): the breaks
    inside its observed years, each named by its kind ("series break")."""
    years = inside(breaks, history.dropna(subset=["value"])["year"]) if not history.empty else ()
    return [(int(y), t(f"common.break.{registry.kind(indicator, entity, int(y))}", lang)) for y in years]


def split_by_entity(
    registry: Registry, rows: pd.DataFrame, indicator: str, entities: Iterable[str] | None = None
) -> dict[str, tuple[int, ...]]:
    """entity -> the break years inside that entity's observed span (only entities whose line a break splits)."""
    out: dict[str, tuple[int, ...]] = {}
    valid = rows.dropna(subset=["value"])
    for entity in entities if entities is not None else valid["entity"].unique():
        years = valid.loc[valid["entity"] == entity, "year"]
        if years.empty:
            continue
        inside = tuple(b for b in registry.years(indicator, str(entity)) if years.min() < b <= years.max())
        if inside:
            out[str(entity)] = inside
    return out


def marks(
    registry: Registry, split: Mapping[str, Sequence[int]], indicator: str, names: Mapping[str, str], lang: str
) -> list[tuple[int, str]]:
    """(year, label) markers for charts.line_chart's `breaks`: one per year, naming the countries it splits
    ("China: series break"), or none when a break holds for every entity (a basket change)."""
    by_year: dict[int, list[str]] = {}
    for entity, years in split.items():
        for year in years:
            by_year.setdefault(int(year), []).append(entity)
    out = []
    for year, entities in sorted(by_year.items()):
        everyone = any(b.entity == "" and b.year == year for b in registry.breaks if b.indicator == indicator)
        what = t(f"common.break.{registry.kind(indicator, entities[0], year)}", lang)
        if everyone:
            out.append((year, what))
        else:
            countries = t("common.list_sep", lang).join(names.get(e, e) for e in sorted(entities))
            out.append((year, t("common.break.of", lang, countries=countries, what=what)))
    return out


def for_chart(
    registry: Registry, rows: pd.DataFrame, indicator: str, names: Mapping[str, str], lang: str
) -> tuple[list[tuple[int, str]], dict[str, tuple[int, ...]]]:
    """(markers, splits) for a line chart of one indicator: charts.line_chart(breaks=..., split_at=...)."""
    split = split_by_entity(registry, rows, indicator)
    return marks(registry, split, indicator, names, lang), split


def note(break_year: int, first: int, last: int, lang: str) -> str:
    """What a rate computed after a break says on screen: its years, and that the break was respected."""
    return t("common.break.used", lang, year=break_year, first=first, last=last)


def too_few(break_year: int, lang: str) -> str:
    """Why no rate is given: too few points on the latest side of a break."""
    return t("common.break.too_few", lang, year=break_year)
