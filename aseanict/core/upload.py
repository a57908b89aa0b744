"""Parse a user's own data (CSV or Excel, long format) with row-level checks; never raises on bad input.

Format: columns country, indicator, year, value and optionally source. Uploaded rows live in the user's
session only: they are never written to the shared store.
"""

from __future__ import annotations

import io
import math
from collections.abc import Collection
from dataclasses import dataclass, field

import pandas as pd

MAX_BYTES = 2_000_000
MAX_ROWS = 20_000
REQUIRED = ["country", "indicator", "year", "value"]
YEARS = (1960, 2100)


@dataclass
class UploadResult:
    rows: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=[*REQUIRED, "source"]))
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.rows.empty


def _read(content: bytes, filename: str) -> pd.DataFrame:
    if filename.lower().endswith((".xlsx", ".xlsm")):
        return pd.read_excel(io.BytesIO(content), dtype=str, engine="openpyxl").fillna("")
    text = content.decode("utf-8-sig")
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, skipinitialspace=True)


def parse_upload(
    content: bytes, filename: str, countries: Collection[str], indicators: Collection[str]
) -> UploadResult:
    """Rows that pass every check, or the list of what is wrong, line by line (first 20 problems)."""
    if len(content) > MAX_BYTES:
        return UploadResult(errors=[f"The file is {len(content) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB."])
    if not content.strip():
        return UploadResult(errors=["The file is empty."])
    try:
        frame = _read(content, filename)
    except UnicodeDecodeError:
        return UploadResult(errors=["The file is not UTF-8 text. Save it as CSV (UTF-8) or Excel (.xlsx)."])
    except Exception as exc:  # any parser failure means "not a table we can read"
        return UploadResult(errors=[f"The file could not be read as a table ({type(exc).__name__}: {str(exc)[:120]})."])
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        return UploadResult(
            errors=[
                f"Missing column(s): {', '.join(missing)}. Expected: {', '.join(REQUIRED)} (and optionally source)."
            ]
        )
    if len(frame) > MAX_ROWS:
        return UploadResult(errors=[f"{len(frame):,} rows; the limit is {MAX_ROWS:,}."])
    if frame.empty:
        return UploadResult(errors=["The file has a header but no rows."])
    if "source" not in frame.columns:
        frame["source"] = "your upload"

    known_countries = {c.upper() for c in countries}
    known_indicators = set(indicators)
    errors: list[str] = []
    clean = []
    for i, row in enumerate(frame.itertuples(index=False), start=2):  # line 1 is the header
        country = str(row.country).strip().upper()
        indicator = str(row.indicator).strip()
        problems = []
        if country not in known_countries:
            problems.append(f"unknown country '{str(row.country)[:20]}' (use ISO3 codes such as CHN, IDN)")
        if indicator not in known_indicators:
            problems.append(f"unknown indicator '{indicator[:40]}' (see Data & sources for the codes)")
        try:
            year = int(str(row.year).strip())
            if not YEARS[0] <= year <= YEARS[1]:
                problems.append(f"year {year} outside {YEARS[0]}–{YEARS[1]}")
        except ValueError:
            year = None
            problems.append(f"year '{str(row.year)[:12]}' is not a whole number")
        try:
            value = float(str(row.value).strip())
            if not math.isfinite(value):
                raise ValueError
        except ValueError:
            value = None
            problems.append(f"value '{str(row.value)[:20]}' is not a number")
        if problems:
            errors.append(f"line {i}: " + "; ".join(problems))
        else:
            clean.append(
                {
                    "country": country,
                    "indicator": indicator,
                    "year": year,
                    "value": value,
                    "source": str(row.source).strip()[:200] or "your upload",
                }
            )
    rows = pd.DataFrame(clean, columns=[*REQUIRED, "source"])
    duplicated = rows[rows.duplicated(["country", "indicator", "year"], keep=False)]
    for key, _ in duplicated.groupby(["country", "indicator", "year"]):
        errors.append(f"duplicate rows for {key[0]} {key[1]} {key[2]}: keep one value per country, indicator, year")
    if errors:
        shown = errors[:20] + ([f"… and {len(errors) - 20} more problems"] if len(errors) > 20 else [])
        return UploadResult(errors=shown)
    return UploadResult(rows=rows)


def overlay_rows(uploaded: pd.DataFrame, indicator: str, entities: Collection[str]) -> pd.DataFrame:
    """The user's rows for one chart, in the store's column names (entity, year, value, source_id)."""
    if uploaded is None or uploaded.empty:
        return pd.DataFrame(columns=["entity", "year", "value", "source_id"])
    part = uploaded[(uploaded.indicator == indicator) & uploaded.country.isin(set(entities))]
    return pd.DataFrame(
        {"entity": part.country, "year": part.year, "value": part.value, "source_id": "upload: " + part.source}
    )


TEMPLATE = "country,indicator,year,value,source\nIDN,IT.NET.USER.ZS,2024,70.1,BPS survey\n"
