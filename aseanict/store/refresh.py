"""`python -m aseanict refresh`: fetch the World Bank WDI series from the World Bank API and rebuild the store.

All or nothing: every series is fetched and checked, the new tables are built into a store beside the old one,
and only then are data/ and the store replaced. On any failure nothing is touched and the message says why.
The API is the documented v2 JSON interface (https://api.worldbank.org/v2), read with the standard library:
the wbgapi package wraps the same calls and would add a dependency without adding a check.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import shutil
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from aseanict import config
from aseanict.store import database

DEFAULT_API = "https://api.worldbank.org/v2"
API_ENV = "ASEANICT_WB_API"  # another address for the same API: a mirror, a proxy, or a fake one in tests
QUERY = "/country/{economies}/indicator/{code}?format=json&per_page=20000&date={start}:{end}"
MAX_ANSWER_BYTES = 50_000_000  # one series for 15 economies is ~1 MB; anything far bigger is not that answer
ECONOMIES = ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM", "CHN", "WLD", "EAS", "EAP"]
SOURCE_TITLE = "World Bank WDI, World Bank API v2"
Fetch = Callable[[str], bytes]


class RefreshError(RuntimeError):
    """The refresh failed; data/ and the store are untouched."""


@dataclass
class RefreshResult:
    indicators: int
    rows: int
    replaced: int
    source_id: str


def api_base() -> str:
    """The API's address: $ASEANICT_WB_API, else the World Bank's (no trailing slash)."""
    return (os.environ.get(API_ENV) or DEFAULT_API).rstrip("/")


def fetch_url(url: str, timeout: float = 30.0) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            raw = response.read(MAX_ANSWER_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise RefreshError(f"The World Bank API answered HTTP {exc.code} ({exc.reason}) for {url}.") from exc
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:  # ValueError: not a URL
        raise RefreshError(f"Could not reach the World Bank API at {url} ({exc}); are you offline?") from exc
    if len(raw) > MAX_ANSWER_BYTES:
        raise RefreshError(f"The answer from {url} is larger than {MAX_ANSWER_BYTES // 1_000_000} MB.")
    return raw


def parse_payload(raw: bytes, code: str, bounds: tuple[float | None, float | None] = (None, None)) -> pd.DataFrame:
    """Rows entity, indicator, year, value from one API answer; anything unexpected is an error, not a guess."""
    try:
        return _parse_payload(raw, code, bounds)
    except RefreshError:
        raise
    except Exception as exc:  # any shape not foreseen below is still "an answer we do not understand"
        raise RefreshError(f"{code}: unexpected answer from the API ({type(exc).__name__}: {str(exc)[:120]}).") from exc


def _parse_payload(raw: bytes, code: str, bounds: tuple[float | None, float | None]) -> pd.DataFrame:
    try:
        payload = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RefreshError(f"{code}: the API answer is not JSON ({exc}).") from exc
    except RecursionError as exc:
        raise RefreshError(f"{code}: the API answer is JSON nested too deeply to be an answer.") from exc
    if isinstance(payload, list) and payload and isinstance(payload[0], dict) and "message" in payload[0]:
        listed = payload[0]["message"]
        listed = listed if isinstance(listed, list) else [listed]
        messages = "; ".join(str(m.get("value", m) if isinstance(m, dict) else m)[:200] for m in listed)
        raise RefreshError(f"{code}: the API answered with an error: {messages}")
    if not (isinstance(payload, list) and len(payload) == 2 and isinstance(payload[0], dict)):
        raise RefreshError(f"{code}: unexpected answer from the API (not [metadata, rows]).")
    meta, rows = payload
    if rows is None:
        raise RefreshError(f"{code}: the API returned no rows.")
    if not isinstance(rows, list):
        raise RefreshError(f"{code}: unexpected answer from the API (the rows are not a list).")
    pages = meta.get("pages", 1)
    if isinstance(pages, bool) or not isinstance(pages, (int, str)) or not str(pages).isdigit():
        raise RefreshError(f"{code}: unexpected answer from the API (page count {str(pages)[:20]!r}).")
    if int(pages) > 1:
        raise RefreshError(f"{code}: the answer spans {pages} pages; expected one.")
    records = []
    for row in rows:
        try:
            indicator = row["indicator"]["id"]
            entity = row["countryiso3code"]
            year = int(row["date"])
            value = row["value"]
        except (KeyError, TypeError, ValueError) as exc:
            raise RefreshError(f"{code}: a row has an unexpected shape: {str(row)[:120]}") from exc
        if indicator != code:
            raise RefreshError(f"{code}: the API sent values of another indicator ({indicator}).")
        if entity not in ECONOMIES:
            raise RefreshError(f"{code}: unknown economy {entity!r} in the answer.")
        if value is None:
            continue  # the API lists years without data as null: no value, not zero
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
            raise RefreshError(f"{code}: {entity} {year} has a non-numeric value {str(value)[:40]!r}.")
        low, high = bounds
        if (low is not None and value < low) or (high is not None and value > high):
            raise RefreshError(f"{code}: {entity} {year} = {value} is outside the valid range {low}–{high}.")
        records.append({"entity": entity, "indicator": code, "year": year, "value": float(value)})
    if not records:
        raise RefreshError(f"{code}: the API returned no values.")
    return pd.DataFrame(records)


def wdi_codes(observations: pd.DataFrame, sources: pd.DataFrame) -> list[str]:
    world_bank = set(sources.loc[sources.producer == "World Bank", "source_id"])
    return sorted(observations.loc[observations.source_id.isin(world_bank), "indicator"].unique())


def refresh(
    data_dir: Path | None = None,
    db: Path | None = None,
    fetch: Fetch = fetch_url,
    today: dt.date | None = None,
    codes: Sequence[str] | None = None,
    years: tuple[int, int] = (1990, dt.date.today().year),
) -> RefreshResult:
    data_dir = Path(data_dir or config.DATA_DIR)
    db = database.store_file(Path(db or config.db_path()))  # a folder or device is refused before any fetch
    today = today or dt.date.today()
    observations = database.read_table("observations", data_dir)
    sources = database.read_table("sources", data_dir)
    indicators = database.read_table("indicators", data_dir).set_index("code")
    codes = list(codes or wdi_codes(observations, sources))

    fetched = []
    for code in codes:
        if code not in indicators.index:
            raise RefreshError(f"{code} is not an indicator of the store.")
        bounds = tuple(None if pd.isna(v) else float(v) for v in indicators.loc[code, ["min_value", "max_value"]])
        url = api_base() + QUERY.format(economies=";".join(ECONOMIES), code=code, start=years[0], end=years[1])
        fetched.append(parse_payload(fetch(url), code, bounds))
    new_rows = pd.concat(fetched, ignore_index=True)

    source_id = f"wdi-api-{today:%Y%m%d}"
    new_source = {
        "source_id": source_id,
        "producer": "World Bank",
        "producer_zh": "世界银行",
        "title": SOURCE_TITLE,
        "url": "https://api.worldbank.org/v2",
        "licence": "CC BY 4.0",
        "accessed": today.isoformat(),
        "via": "python -m aseanict refresh",
        "authority": 1,
    }
    world_bank = set(sources.loc[sources.producer == "World Bank", "source_id"])
    replaced = observations.source_id.isin(world_bank) & observations.indicator.isin(codes)
    fresh = new_rows.assign(period="", qualifier="=", source_id=source_id, edition="", flag="", note="", quote="")
    updated_obs = pd.concat([observations[~replaced], fresh[observations.columns]], ignore_index=True)
    updated_obs = updated_obs.sort_values(["indicator", "entity", "year", "source_id", "edition"])
    still_used = (
        set(updated_obs.source_id)
        | set(database.read_table("countries", data_dir).source_id)
        | set(database.read_table("forecasts", data_dir).source_id)
        | set(database.read_table("report_figures", data_dir).source_id)
    )
    updated_sources = pd.concat([sources[sources.source_id != source_id], pd.DataFrame([new_source])])
    updated_sources = updated_sources[updated_sources.source_id.isin(still_used)].sort_values("source_id")

    with tempfile.TemporaryDirectory(dir=data_dir.parent) as scratch:
        staged = Path(scratch) / "data"
        shutil.copytree(data_dir, staged, ignore=shutil.ignore_patterns("*.duckdb*", ".*"))
        updated_obs.to_csv(staged / "observations.csv", index=False)
        updated_sources.to_csv(staged / "sources.csv", index=False)
        try:
            staged_db, _ = database.build(Path(scratch) / "store.duckdb", staged)
        except database.StoreError as exc:
            raise RefreshError(f"The refreshed data break the store's rules; nothing was changed.\n{exc}") from exc
        database.refuse_if_locked(db)  # a program writing to the store would lose its writes
        # Everything checked: swap in sources first (a superset), then observations, then the store.
        for name in ("sources.csv", "observations.csv"):
            os.replace(staged / name, data_dir / name)
        db.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staged_db), db)
    return RefreshResult(indicators=len(codes), rows=len(fresh), replaced=int(replaced.sum()), source_id=source_id)
