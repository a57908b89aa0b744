"""A session rebuilt on another server after a restart: the view comes back from the URL, and what lived only in
the old session (an uploaded overlay, saved presenter sequences) is named, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from aseanict.core import upload
from aseanict.i18n import t
from tests.apptest_pages import run

ROOT = Path(__file__).resolve().parents[2]
DATA_PAGE = ROOT / "pages/9_data_sources.py"


def warnings(at) -> list[str]:
    return [w.value for w in at.warning]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_fresh_session_with_the_upload_flag_but_no_upload_is_told_to_upload_again(lang: str) -> None:
    at = run(ROOT / "pages/1_overview.py", lang=lang, group="CLMV", up="1")
    assert not at.exception, at.exception
    assert t("common.upload_lost", lang) in warnings(at)
    assert at.session_state["sel_group"] == "CLMV"  # the rest of the view came back from the address
    assert "up" not in at.query_params  # no state to flag any more: a copied link does not carry it on
    at.run()  # the notice stays until the user uploads again
    assert t("common.upload_lost", lang) in warnings(at)


def test_uploading_again_ends_the_notice_and_flags_the_address() -> None:
    at = run(ROOT / "pages/1_overview.py", up="1")
    uploaded = upload.parse_upload(upload.TEMPLATE.encode(), "mine.csv", ["IDN"], ["IT.NET.USER.ZS"])
    assert uploaded.ok
    at.session_state["user_data"] = uploaded.rows
    at.run()
    assert t("common.upload_lost", "en") not in warnings(at)
    assert at.query_params["up"] == "1"


def test_without_the_flag_there_is_no_notice() -> None:
    at = run(ROOT / "pages/1_overview.py", lang="zh")
    assert not [w for w in warnings(at) if w in (t("common.upload_lost", "zh"), t("common.sequences_lost", "zh"))]
    assert "up" not in at.query_params and "seqs" not in at.query_params


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_lost_presenter_sequences_are_named_on_the_presenter_page(lang: str) -> None:
    at = run(ROOT / "pages/8_presenter.py", lang=lang, seqs="1")
    assert not at.exception, at.exception
    assert t("common.sequences_lost", lang) in warnings(at)
    assert t("common.upload_lost", lang) not in warnings(at)
