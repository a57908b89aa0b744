"""data/CHANGELOG.md names the current data version in its newest entry: a change to data/ without an entry
fails here."""

from __future__ import annotations

import datetime as dt
import re

from aseanict import config
from aseanict.store import database

ENTRY = re.compile(r"^## (\d{4}-\d{2}-\d{2}) · data version `([0-9a-f]{12})`$", re.MULTILINE)


def entries() -> list[tuple[str, str]]:
    return ENTRY.findall((config.DATA_DIR / "CHANGELOG.md").read_text(encoding="utf-8"))


def test_newest_entry_is_the_current_data_version():
    current = database.data_version()
    assert entries(), "no '## YYYY-MM-DD · data version `<12 hex>`' entry in data/CHANGELOG.md"
    assert entries()[0][1] == current, (
        f"data/ is at version {current} but the newest CHANGELOG entry is {entries()[0][1]}: add an entry "
        "saying what changed in data/, with its sources"
    )


def test_entries_are_dated_newest_first_and_each_version_once():
    found = entries()
    dates = [dt.date.fromisoformat(d) for d, _ in found]
    assert dates == sorted(dates, reverse=True)
    assert len({v for _, v in found}) == len(found)
