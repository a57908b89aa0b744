"""The larger hostile sweeps (marked slow) run only when asked: ASEANICT_SLOW=1."""

from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("ASEANICT_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="larger hostile sweep: run with ASEANICT_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
