"""Source lines and licence credits for charts and tables, from the store's sources table."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

SHORT_LICENCE = {
    "CC BY 4.0": "CC BY 4.0",
    "ITU terms": "ITU terms of use",
    "UN SDG": "UN SDG database terms",
    "CC BY-NC-SA 3.0 IGO": "CC BY-NC-SA 3.0 IGO",
    "seed document": "quoted from the CAICT report",
    "press report": "facts quoted from press reports",
    "ITU data": "ITU terms of use",
    "ITU (quoted": "ITU terms of use",
    "ITU report": "ITU copyright",
    "government": "quoted from government releases",
    "CC BY-SA": "CC BY-SA (Wikipedia)",
    "facts": "facts",
}


def short_licence(licence: str) -> str:
    for prefix, short in SHORT_LICENCE.items():
        if licence.startswith(prefix):
            return short
    return licence


def credit(source_ids: Iterable[str], sources: pd.DataFrame, prefix: str = "Source") -> str:
    """'Source: World Bank (CC BY 4.0); ITU (ITU terms of use)': one entry per producer, licences combined."""
    ids = set(source_ids)
    used = sources[sources.source_id.isin(ids)]
    if used.empty:
        return ""
    parts = []
    for producer, rows in used.groupby("producer", sort=True):
        licences = sorted({short_licence(str(lic)) for lic in rows.licence})
        parts.append(f"{producer} ({', '.join(licences)})")
    label = prefix if len(parts) == 1 else f"{prefix}s"
    return f"{label}: " + "; ".join(parts)


def source_table(source_ids: Iterable[str], sources: pd.DataFrame) -> pd.DataFrame:
    """The full record of each source used, for a 'where do these numbers come from' expander."""
    cols = ["source_id", "producer", "title", "url", "licence", "accessed"]
    return sources.loc[sources.source_id.isin(set(source_ids)), cols].reset_index(drop=True)
