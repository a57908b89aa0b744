"""Starlette's TestClient warns when it runs on `httpx` rather than its fork `httpx2`: a matter of which package is
installed, not of how the tests call it, so pyproject.toml's pytest settings silence exactly that warning."""

from __future__ import annotations

import importlib
import warnings

import starlette.testclient


def test_the_test_clients_httpx_notice_is_silenced_and_nothing_else() -> None:
    with warnings.catch_warnings(record=True) as caught:
        importlib.reload(starlette.testclient)  # the module warns when it is imported with httpx
        warnings.warn("another notice from Starlette", UserWarning, stacklevel=1)
    assert [str(w.message) for w in caught] == ["another notice from Starlette"]
