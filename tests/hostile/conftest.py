"""The larger hostile sweeps (marked slow, about a minute) run with the whole suite (`--browser`, what CI and the
README's test command run) or when asked with ASEANICT_SLOW=1; a quick `python -m pytest` leaves them out."""

from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("ASEANICT_SLOW") == "1" or config.getoption("--browser"):
        return
    skip = pytest.mark.skip(reason="larger hostile sweep: runs with --browser or ASEANICT_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
