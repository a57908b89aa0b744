"""The warm start's parts that run without a server: the modules it imports, and when its first run has ended."""

from __future__ import annotations

import asyncio
import concurrent.futures
import sys

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from aseanict.core.sections import PAGE_SECTIONS
from aseanict.ui import warm


def test_every_pure_module_is_imported() -> None:
    count = warm.import_pure_modules()
    assert count > 20
    assert "aseanict.topics.divide.panels" in sys.modules and "aseanict.figures.maps" in sys.modules


def test_the_first_visit_ends_with_its_last_script_finished_and_keeps_exceptions() -> None:
    async def visit() -> warm._FirstVisitor:
        visitor = warm._FirstVisitor()
        early, shown, last = ForwardMsg(), ForwardMsg(), ForwardMsg()
        early.script_finished = ForwardMsg.FINISHED_EARLY_FOR_RERUN
        shown.delta.new_element.exception.message = "no store"
        last.script_finished = ForwardMsg.FINISHED_SUCCESSFULLY
        visitor.write_forward_msg(early)
        assert not visitor.finished.is_set()  # a run stopped for a rerun is not the page drawn
        visitor.write_forward_msg(shown)
        visitor.write_forward_msg(last)
        return visitor

    # In its own thread: the browser tests (Playwright's sync API) may leave an event loop running in this one.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        visitor = pool.submit(asyncio.run, visit()).result()
    assert visitor.finished.is_set() and visitor.exceptions == ["no store"]


def test_the_background_warm_up_opens_every_page_then_every_other_section_in_both_languages() -> None:
    visits = warm.later_visits()
    pages = warm.page_names()
    opening = [(name, query) for name in pages for query in warm.FIRST_QUERIES]
    assert visits[: len(opening)] == opening  # the pages as they open come first: most visitors land there
    rest = set(visits[len(opening) :])
    assert len(rest) == len(visits) - len(opening)  # nothing twice
    for file, codes in PAGE_SECTIONS.items():
        name = file.split("_", 1)[1].removesuffix(".py")
        assert name in pages
        for code in codes[1:]:  # the first is the one a page opens on
            assert (name, f"tab={code}") in rest and (name, f"lang=zh&tab={code}") in rest
        assert not any(query.endswith(f"tab={codes[0]}") for page, query in rest if page == name)
    assert len(rest) == 2 * sum(len(codes) - 1 for codes in PAGE_SECTIONS.values())
