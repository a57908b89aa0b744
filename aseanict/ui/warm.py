"""Warm start: work done once when the server starts, before the first visitor (app.py's lifespan awaits it).

The server answers its health check only once the lifespan has started, so the warm-up is done before anyone
(a visitor, nginx's health check, the benchmark) is let in. It opens the store, imports the pure modules every
page uses, and runs the default page (the Overview) in a session of its own, through Streamlit's runtime as a
browser's first visit would, in English and in Chinese: that fills the very caches a visitor's run reads (store
queries, figures, their readings) with nothing copied or guessed, and warms Streamlit's own first-run work. Each
session is closed after. Once the server is up, a background task does the same for every other page and then for
every other section (tab) of every page (warm_every_page), one at a time, each after the visitors' runs in progress
have ended (give_way).
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import pkgutil
import re
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime import Runtime
from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit.runtime.session_manager import SessionClient

from aseanict import config
from aseanict.core.sections import PAGE_SECTIONS
from aseanict.store import database
from aseanict.ui import cached, memory
from aseanict.ui.widgets import TAB_PARAM

log = logging.getLogger(__name__)
FIRST_RUN_TIMEOUT = 60.0  # seconds; past this the server starts anyway (the first visitor waits instead)
# The links a room opens first: the plain address, and the Chinese one a presenter in China shares.
FIRST_QUERIES = ("", "lang=zh")
PURE_PACKAGES = ("aseanict.topics", "aseanict.figures", "aseanict.core")
PAGES_DIR = config.ROOT / "pages"
# A background page run shared the interpreter with the first visitor's run, who waited for both: 0.12-0.19 s from
# healthy to the first page drawn, against 0.08 s once the warm-up gave way (medians of 5, in turns, same hour; a
# bare app 0.09-0.11 s). So each background page waits until the visitors' runs in progress have ended, but no
# longer than this: under a crowd some run is nearly always in progress, and unwarmed sections cost more.
GIVE_WAY_AT_MOST = 1.0  # seconds
STALE_RUN = 5.0  # seconds: a run stopped for a rerun may not mark its end; its session's next run replaces it
_visitor_runs: dict[str, float] = {}  # session id -> when its run started
_own_sessions: set[str] = set()  # the warm-up's sessions: not visitors
_runs_lock = threading.Lock()


class _FirstVisitor(SessionClient):
    """A session client that reads nothing but the end of its run (what a browser's first visit would draw). It has
    no connection: its `client_context` is SessionClient's None, so st.context reads no headers (a page that asks
    for them, ui.chart.on_phone, sees a desktop browser)."""

    def __init__(self) -> None:
        self.finished = asyncio.Event()
        self.exceptions: list[str] = []

    def write_forward_msg(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "delta" and msg.delta.new_element.WhichOneof("type") == "exception":
            self.exceptions.append(msg.delta.new_element.exception.message)
        elif kind == "script_finished" and msg.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
            self.finished.set()


def import_pure_modules() -> int:
    """Import every module of the pure layers (and with them pandas, Plotly's figure classes, DuckDB)."""
    count = 0
    for name in PURE_PACKAGES:
        package = importlib.import_module(name)
        for module in pkgutil.walk_packages(package.__path__, prefix=f"{name}."):
            importlib.import_module(module.name)
            count += 1
    return count


def page_names(pages: Path = PAGES_DIR) -> list[str]:
    """The address of every page in the menu, as Streamlit derives it from the file name (2_idi_trends.py ->
    idi_trends), the default page (the first) left out."""
    return [_page_name(p) for p in _page_files(pages)[1:]]


def _page_files(pages: Path) -> list[Path]:
    return sorted(pages.glob("[0-9]*_*.py"))


def _page_name(file: Path) -> str:
    return re.sub(r"^\d+_", "", file.stem)


def later_visits(pages: Path = PAGES_DIR) -> list[tuple[str, str]]:
    """(page name, query string) of what the background warm-up runs, in order: every other page as it opens, then
    every section (tab) a page does not open on, each in both languages (FIRST_QUERIES). A full room spreads over
    the tabs within its first minute; a section nobody has opened costs its first visitor all of its charts."""
    opening = [(name, query) for name in page_names(pages) for query in FIRST_QUERIES]
    other_tabs = [
        (_page_name(file), "&".join(filter(None, (query, f"{TAB_PARAM}={code}"))))
        for file in _page_files(pages)
        for code in PAGE_SECTIONS.get(file.name, ())[1:]
        for query in FIRST_QUERIES
    ]
    return opening + other_tabs


@contextmanager
def visitor_run(clock: Callable[[], float] = time.monotonic) -> Iterator[None]:
    """Around a visitor's script run (app.py): marks it in progress for give_way. The warm-up's own runs are not
    marked."""
    ctx = get_script_run_ctx()
    session = ctx.session_id if ctx and ctx.session_id not in _own_sessions else None
    if session:
        with _runs_lock:
            _visitor_runs[session] = clock()
    try:
        yield
    finally:
        if session:
            with _runs_lock:
                _visitor_runs.pop(session, None)


def visitors_running(now: float) -> bool:
    with _runs_lock:
        return any(now - started < STALE_RUN for started in _visitor_runs.values())


async def give_way(
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    poll: float = 0.01,
) -> None:
    """Wait until no visitor's run is in progress, for at most GIVE_WAY_AT_MOST seconds."""
    deadline = clock() + GIVE_WAY_AT_MOST
    while visitors_running(clock()) and clock() < deadline:
        await sleep(poll)


async def run_default_page(
    query_string: str = "", timeout: float = FIRST_RUN_TIMEOUT, page_name: str = ""
) -> list[str]:
    """Run the app's default page (or the page at `page_name`) once, as a first visitor's browser asks for it (at
    the address with this query string); returns any exceptions shown."""
    runtime = Runtime.instance()
    visitor = _FirstVisitor()
    session_id = runtime.connect_session(client=visitor, user_info={})
    _own_sessions.add(session_id)
    try:
        request = BackMsg()
        request.rerun_script.query_string = query_string
        request.rerun_script.page_name = page_name
        runtime.handle_backmsg(session_id, request)
        await asyncio.wait_for(visitor.finished.wait(), timeout)
    finally:
        runtime.close_session(session_id)
        _own_sessions.discard(session_id)
    return visitor.exceptions


async def warm_start() -> None:
    """Open (and if needed build) the store, import the pure modules, and draw the default page once. A broken
    store is left for the page to explain (ui.store_or_stop), never an error at start; a failed warm-up is only
    logged: the first visitor then pays for what was not warmed."""
    memory.cap_malloc_arenas()  # first: before the script threads allocate
    try:
        cached.opened_store(str(cached.store_path()))
    except database.StoreError:
        return
    try:
        import_pure_modules()
        exceptions = [message for query in FIRST_QUERIES for message in await run_default_page(query)]
    except Exception:  # noqa: BLE001 - a warm-up must never stop the server from starting
        log.warning("warm start: the default page did not run", exc_info=True)
        return
    for message in exceptions:
        log.warning("warm start: the default page showed an exception: %s", message)
    memory.freeze_warm_objects()


async def warm_every_page(pause: float = 0.2) -> None:
    """After the server is up (a background task, so nobody waits for it): every other page once in each language,
    and then every other section (later_visits), so that the first people to open one in a full room find its charts
    made. One run at a time, after a pause and after the visitors' runs in progress (give_way), so a visitor's run is
    never queued behind more than one."""
    for page_name, query in later_visits():
        await asyncio.sleep(pause)
        await give_way()
        try:
            exceptions = await run_default_page(query, page_name=page_name)
        except Exception:  # noqa: BLE001 - a warm-up must never stop the server
            log.warning("warm start: the page %s?%s did not run", page_name, query, exc_info=True)
            return
        for message in exceptions:
            log.warning("warm start: the page %s?%s showed an exception: %s", page_name, query, message)
    memory.freeze_warm_objects()
