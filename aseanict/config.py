"""Paths and settings, overridable by environment variables so that several app replicas can share one store."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = Path(os.environ.get("ASEANICT_DATA_DIR", ROOT / "data"))
GEO_FILE = DATA_DIR / "geo" / "asean_china_50m.geojson"
# Taiwan, Hong Kong and Macao: separate features in Natural Earth's default view, part of China in China's view.
GEO_EXTRA_FILE = DATA_DIR / "geo" / "taiwan_hongkong_macao_50m.geojson"


def db_path(configured: str | Path | None = None) -> Path:
    """Where the DuckDB store lives: $ASEANICT_DB, else `configured` (the app passes the `[store] path` of
    Streamlit's secrets), else a file next to the data it is built from."""
    return Path(os.environ.get("ASEANICT_DB") or configured or DATA_DIR / "aseanict.duckdb").expanduser()


# Charts and tables shared by every session are kept within about this many MB: the charts' JSON and the tables'
# memory (ui.cached._weight; aseanict.core.lru: why a size). What runs draw from them adds to it (README, deployment:
# what the memory is). Under a 100-user crowd 24 MB filled in the third minute; 40 kept everything for 5 minutes
# (more runs per CPU-second, 20 MB more memory); 12 (tables over-counted) evicted so much that p95 doubled.
SHARED_RESULTS_BUDGET = int(float(os.environ.get("ASEANICT_SHARED_CACHE_MB", "24")) * 1_000_000)


def store_path(secrets: Mapping[str, object]) -> Path:
    """db_path with `path` under `[store]` in the app's secrets (a plain mapping of them) as the configured one.

    A table rather than a top-level ASEANICT_DB secret: Streamlit copies top-level secrets into the environment,
    which would override a real ASEANICT_DB.
    """
    section = secrets.get("store")
    return db_path(section.get("path") if isinstance(section, Mapping) else None)


ASEAN_MEMBERS = ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"]
DEFAULT_COUNTRIES = ["CHN", *ASEAN_MEMBERS]
GROUPS = {
    "ASEAN": "ASEAN",
    "ASEAN6": "ASEAN-6",
    "CLMV": "CLMV",
    "ASEAN_CHINA": "ASEAN + China",
}
