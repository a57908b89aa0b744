"""Parse a user's own data (CSV or Excel, long format) with row-level checks; never raises on bad input.

Format: columns country, indicator, year, value and optionally source. Uploaded rows live in the user's
session only: they are never written to the shared store.
"""

from __future__ import annotations

import csv
import io
import math
import re
import zipfile
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field

import pandas as pd

from aseanict.i18n import DEFAULT_LANGUAGE, t

MAX_BYTES = 2_000_000  # the file as uploaded (an .xlsx is compressed)
MAX_UNPACKED_BYTES = 12_000_000  # an .xlsx's parts once unzipped: 20,000 rows of five columns take ~5 MB
MAX_ROWS = 20_000
MAX_MAGNITUDE = 1e15  # no indicator of the store comes near (China's GDP in US$ is ~2e13): larger is a typing slip
REQUIRED = ["country", "indicator", "year", "value"]
YEARS = (1960, 2100)
# Numbers as a spreadsheet writes them, ASCII digits only: '７０' (full-width) or '1_000' (Python's separator)
# would pass float() and int(), and are refused here instead.
NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?", re.ASCII)
WHOLE = re.compile(r"[+-]?[0-9]+", re.ASCII)

Range = tuple[float | None, float | None]


@dataclass
class UploadResult:
    rows: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=[*REQUIRED, "source"]))
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.rows.empty


class _Refused(ValueError):
    """The file is refused before it is read as a table; the catalogue's message (key, values) says why."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key, self.values = key, values

    def message(self, lang: str) -> str:
        names = t("upload.names_separator", lang)
        return t(self.key, lang, **{k: names.join(v) if isinstance(v, list) else v for k, v in self.values.items()})


def valid_ranges(indicators: pd.DataFrame) -> dict[str, Range]:
    """Code -> (min, max) from the store's indicators table (min_value, max_value; empty = unbounded)."""

    def bound(v: object) -> float | None:
        return None if v is None or pd.isna(v) or v == "" else float(v)

    return {
        str(code): (bound(low), bound(high))
        for code, low, high in zip(indicators.code, indicators.min_value, indicators.max_value, strict=True)
    }


def _xlsx_rows(content: bytes) -> Iterator[list[object]]:
    """The first sheet's rows, read as a stream; the zip's declared sizes are checked before any part is opened
    (zipfile never inflates a part beyond its declared size, so the check holds for a lying archive too)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile as exc:
        raise _Refused("upload.not_zip") from exc
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise _Refused(
            "upload.unpacked_too_large", size=f"{unpacked / 1e6:.1f}", limit=f"{MAX_UNPACKED_BYTES / 1e6:.0f}"
        )
    import openpyxl  # only for a workbook that passed the size checks

    book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    try:
        for row in book.worksheets[0].iter_rows(values_only=True):
            yield list(row)
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))  # 2024.0 from a number cell is the year 2024
    return str(value)


def _csv_rows(content: bytes) -> Iterator[list[str]]:
    text = content.decode("utf-8-sig")
    return csv.reader(io.StringIO(text, newline=""), skipinitialspace=True, strict=True)


def _read(content: bytes, filename: str) -> pd.DataFrame:
    """At most MAX_ROWS data rows, read as a stream: a longer file is refused as soon as row MAX_ROWS + 1 is seen."""
    is_excel = filename.lower().endswith((".xlsx", ".xlsm"))
    rows = _xlsx_rows(content) if is_excel else _csv_rows(content)
    header: list[str] | None = None
    body: list[list[str]] = []
    for line, raw in enumerate(rows, start=1):
        cells = [_cell_text(c) for c in raw]
        if not any(c.strip() for c in cells):
            continue  # a blank line, or an empty sheet row
        if header is None:
            header = [c.strip().lower() for c in cells]
            while header and not header[-1]:  # empty trailing header cells (a spreadsheet's formatting)
                header.pop()
            repeated = sorted({c for c in header if c and header.count(c) > 1})
            if repeated:
                raise _Refused("upload.duplicate_columns", columns=repeated)
            continue
        if len(body) == MAX_ROWS:
            raise _Refused("upload.too_many_rows", limit=f"{MAX_ROWS:,}")
        extra = [c for c in cells[len(header) :] if c.strip()]
        if extra:
            raise _Refused("upload.line_too_long", line=line, n=len(cells), columns=len(header))
        body.append((cells + [""] * len(header))[: len(header)])
    return pd.DataFrame(body, columns=header or [])


def _number(text: str, pattern: re.Pattern[str]) -> float | None:
    return float(text) if pattern.fullmatch(text) else None


def parse_upload(
    content: bytes,
    filename: str,
    countries: Collection[str],
    indicators: Mapping[str, Range] | Collection[str],
    lang: str = DEFAULT_LANGUAGE,
) -> UploadResult:
    """Rows that pass every check, or the list of what is wrong, line by line (first 20 problems), in lang.

    indicators: the known codes, with their valid range (valid_ranges) where values are to be checked against it.
    """
    if len(content) > MAX_BYTES:
        size, limit = f"{len(content) / 1e6:.1f}", f"{MAX_BYTES / 1e6:.0f}"
        return UploadResult(errors=[t("upload.too_large", lang, size=size, limit=limit)])
    if not content.strip():
        return UploadResult(errors=[t("upload.empty", lang)])
    try:
        frame = _read(content, filename)
    except _Refused as exc:
        return UploadResult(errors=[exc.message(lang)])
    except UnicodeDecodeError:
        return UploadResult(errors=[t("upload.not_utf8", lang)])
    except Exception as exc:  # any parser failure means "not a table we can read"
        error = f"{type(exc).__name__}: {str(exc)[:120]}"
        return UploadResult(errors=[t("upload.unreadable", lang, error=error)])
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        names = t("upload.names_separator", lang)
        columns = {"missing": names.join(missing), "expected": names.join(REQUIRED)}
        return UploadResult(errors=[t("upload.missing_columns", lang, **columns)])
    if frame.empty:
        return UploadResult(errors=[t("upload.no_rows", lang)])
    default_source = t("upload.default_source", lang)
    if "source" not in frame.columns:
        frame["source"] = default_source

    known_countries = {c.upper() for c in countries}
    ranges: Mapping[str, Range] = (
        indicators if isinstance(indicators, Mapping) else dict.fromkeys(indicators, (None, None))
    )
    errors: list[str] = []
    clean = []
    for i, row in enumerate(frame.itertuples(index=False), start=2):  # line 1 is the header
        country = str(row.country).strip().upper()
        indicator = str(row.indicator).strip()
        problems = []
        if country not in known_countries:
            problems.append(t("upload.unknown_country", lang, country=str(row.country)[:20]))
        if indicator not in ranges:
            problems.append(t("upload.unknown_indicator", lang, indicator=indicator[:40]))
        year = _number(str(row.year).strip(), WHOLE)
        if year is None:
            problems.append(t("upload.year_not_whole", lang, year=str(row.year)[:12]))
        elif not YEARS[0] <= year <= YEARS[1]:
            problems.append(t("upload.year_out_of_range", lang, year=int(year), first=YEARS[0], last=YEARS[1]))
        value = _number(str(row.value).strip(), NUMBER)
        low, high = ranges.get(indicator, (None, None))
        if value is None or not math.isfinite(value):
            value = None
            problems.append(t("upload.value_not_number", lang, value=str(row.value)[:20]))
        elif abs(value) > MAX_MAGNITUDE:
            problems.append(t("upload.value_too_large", lang, value=f"{value:g}", limit=f"{MAX_MAGNITUDE:g}"))
        elif (low is not None and value < low) or (high is not None and value > high):
            valid = _valid_range(low, high, lang)
            problems.append(t("upload.value_out_of_range", lang, value=f"{value:g}", indicator=indicator, valid=valid))
        if problems:
            errors.append(t("upload.line", lang, line=i, problems=t("upload.problems_separator", lang).join(problems)))
        else:
            clean.append(
                {
                    "country": country,
                    "indicator": indicator,
                    "year": int(year),
                    "value": value,
                    "source": str(row.source).strip()[:200] or default_source,
                }
            )
    rows = pd.DataFrame(clean, columns=[*REQUIRED, "source"])
    duplicated = rows[rows.duplicated(["country", "indicator", "year"], keep=False)]
    for key, _ in duplicated.groupby(["country", "indicator", "year"]):
        errors.append(t("upload.duplicate_rows", lang, country=key[0], indicator=key[1], year=key[2]))
    if errors:
        shown = errors[:20] + ([t("upload.more_problems", lang, n=len(errors) - 20)] if len(errors) > 20 else [])
        return UploadResult(errors=shown)
    return UploadResult(rows=rows)


def _valid_range(low: float | None, high: float | None, lang: str) -> str:
    if low is not None and high is not None:
        return f"{low:g}–{high:g}"
    if low is not None:
        return t("upload.range_at_least", lang, low=f"{low:g}")
    return t("upload.range_at_most", lang, high=f"{high:g}")


def overlay_rows(uploaded: pd.DataFrame, indicator: str, entities: Collection[str]) -> pd.DataFrame:
    """The user's rows for one chart, in the store's column names (entity, year, value, source_id)."""
    if uploaded is None or uploaded.empty:
        return pd.DataFrame(columns=["entity", "year", "value", "source_id"])
    part = uploaded[(uploaded.indicator == indicator) & uploaded.country.isin(set(entities))]
    return pd.DataFrame(
        {"entity": part.country, "year": part.year, "value": part.value, "source_id": "upload: " + part.source}
    )


TEMPLATE = "country,indicator,year,value,source\nIDN,IT.NET.USER.ZS,2024,70.1,BPS survey\n"
