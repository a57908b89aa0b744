"""The warm start's parts that run without a server: the modules it imports, when its first run has ended, and how
the background warm-up gives way to visitors."""

from __future__ import annotations

import asyncio
import concurrent.futures
import sys
import time
from types import SimpleNamespace

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from aseanict.core.sections import PAGE_SECTIONS
from aseanict.ui import warm


def test_every_pure_module_is_imported() -> None:
    count = warm.import_pure_modules()
    assert count > 20
    assert "aseanict.topics.divide.panels" in sys.modules and "aseanict.figures.maps" in sys.modules


def _run(coroutine):
    """The coroutine run to its end in its own thread: the browser tests (Playwright's sync API) may leave an event
    loop running in this one, where asyncio.run refuses to start."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


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

    visitor = _run(visit())
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


def _give_way(clock: list[float]) -> float:
    """warm.give_way on a fake clock that each poll moves on by 0.1 s; how long it waited."""

    async def sleep(seconds: float) -> None:
        clock[0] += 0.1

    started = clock[0]
    _run(warm.give_way(clock=lambda: clock[0], sleep=sleep))
    return clock[0] - started


def test_the_background_warm_up_waits_for_visitors_runs_in_progress_but_not_for_ever(monkeypatch) -> None:
    monkeypatch.setattr(warm, "_visitor_runs", {})
    clock = [100.0]
    assert _give_way(clock) == 0  # nobody's run in progress: no wait
    warm._visitor_runs["visitor"] = clock[0]
    waited = _give_way(clock)  # a run in progress: it waits, up to the limit (and a poll)
    assert warm.GIVE_WAY_AT_MOST <= waited < warm.GIVE_WAY_AT_MOST + 0.2
    clock[0] = warm._visitor_runs["visitor"] + warm.STALE_RUN  # a run stopped for a rerun never marked its end
    assert _give_way(clock) == 0


def test_a_visitors_run_is_in_progress_from_its_start_to_its_end_even_if_it_stops_early(monkeypatch) -> None:
    monkeypatch.setattr(warm, "_visitor_runs", {})
    session = SimpleNamespace(session_id="visitor")
    monkeypatch.setattr(warm, "get_script_run_ctx", lambda: session)
    with pytest.raises(RuntimeError), warm.visitor_run():
        assert warm.visitors_running(time.monotonic())
        raise RuntimeError("a rerun")
    assert not warm.visitors_running(time.monotonic())
    monkeypatch.setattr(warm, "_own_sessions", {"visitor"})  # the warm-up's own session is nobody to wait for
    with warm.visitor_run():
        assert not warm.visitors_running(time.monotonic())
