"""Simulated users for the load test: Streamlit's own websocket protocol, without a browser.

Twenty headless Chromium pages are too heavy for two cores, so each session here does what Streamlit's
frontend does: it sends `BackMsg.rerun_script` (URL query string, page, widget states) over
`/_stcore/stream` and reads the run's ForwardMsgs until `script_finished`. The server does exactly the
work it does for a browser; only the drawing is skipped.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Literal

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from streamlit.runtime.state.common import user_key_from_element_id

STREAM_PATH = "/_stcore/stream"
LANGUAGE_KEY = "w_lang"  # the sidebar's language selectbox, on every page
# Each session opens the app at one of these URLs, in turn: the app reads lang, group and countries from
# the URL on a session's first run, so the sessions start in different states.
FIRST_QUERIES = ("", "lang=zh", "group=CLMV", "lang=zh&group=ASEAN6", "countries=CHN,VNM,THA,IDN", "group=ASEAN")


@dataclass(frozen=True)
class Page:
    script_hash: str
    url_pathname: str  # "" for the default page

    @property
    def label(self) -> str:
        return self.url_pathname or "(default page)"


@dataclass(frozen=True)
class Selectbox:
    widget_id: str
    options: tuple[str, ...]
    value: str | None  # the option as displayed, which is also what the frontend sends back


@dataclass
class Run:
    """What one script run sent: whether it finished, what it showed that went wrong, where one can go next."""

    status: str | None = None  # a ForwardMsg.ScriptFinishedStatus name once the run has ended
    exceptions: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    page_hash: str = ""  # the page the run showed
    selectboxes: dict[str, Selectbox] = field(default_factory=dict)  # by the widget's user key
    query_string: str | None = None  # the URL's query string as the app last set it

    @property
    def finished(self) -> bool:
        return self.status is not None

    def take(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            self._take_element(msg.delta.new_element)
        elif kind == "navigation":
            # The last navigation of a run is the app's own st.navigation (an earlier one may list the bare
            # script while the app starts).
            self.pages = [Page(p.page_script_hash, p.url_pathname) for p in msg.navigation.app_pages]
            self.page_hash = msg.navigation.page_script_hash
        elif kind == "page_info_changed":
            self.query_string = msg.page_info_changed.query_string
        elif kind == "page_not_found":
            self.errors.append(f"page not found: {msg.page_not_found.page_name!r}")
        elif kind == "session_event" and msg.session_event.HasField("script_compilation_exception"):
            exc = msg.session_event.script_compilation_exception
            self.exceptions.append(f"{exc.type}: {exc.message}")
        elif kind == "script_finished" and msg.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
            # A run stopped early for a rerun (st.rerun, a callback) is followed by the run that counts.
            self.status = ForwardMsg.ScriptFinishedStatus.Name(msg.script_finished)

    def _take_element(self, element) -> None:
        kind = element.WhichOneof("type")
        if kind == "exception":
            self.exceptions.append(f"{element.exception.type}: {element.exception.message}")
        elif kind == "alert" and element.alert.format == element.alert.ERROR:
            self.errors.append(element.alert.body)
        elif kind == "selectbox":
            box = element.selectbox
            key = user_key_from_element_id(box.id)
            if key is not None:
                value = box.raw_value if box.HasField("raw_value") else None
                self.selectboxes[key] = Selectbox(box.id, tuple(box.options), value)


def rerun_request(query_string: str = "", page: Page | None = None, widgets: Iterable[WidgetState] = ()) -> BackMsg:
    """What the frontend sends to open a URL, go to a page or report a widget change."""
    msg = BackMsg()
    state = msg.rerun_script
    state.query_string = query_string
    if page is not None:
        state.page_script_hash = page.script_hash
        state.page_name = page.url_pathname
    state.widget_states.widgets.extend(widgets)
    return msg


def choose(box: Selectbox, option: str) -> WidgetState:
    """The widget state of `box` after the user picks `option`."""
    if option not in box.options:
        raise ValueError(f"{option!r} is not an option of {box.widget_id}")
    return WidgetState(id=box.widget_id, string_value=option)


def another_option(box: Selectbox) -> str:
    return next(o for o in box.options if o != box.value)


@dataclass(frozen=True)
class Step:
    """One script run a session asked for, and how long the server took to finish it."""

    session: int
    page: str
    action: str
    seconds: float
    run: Run


@dataclass
class LoadResult:
    sessions: int
    seconds: float = 0.0
    steps: list[Step] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # stuck steps, lost connections, changes that did not take

    @property
    def runs_finished(self) -> int:
        return sum(step.run.finished for step in self.steps)

    def shown(self, what: Literal["exceptions", "errors"]) -> list[str]:
        """Every exception ('exceptions') or error alert ('errors') a session saw, with where."""
        return [
            f"session {s.session}, {s.page} ({s.action}): {' '.join(text.split())[:300]}"
            for s in self.steps
            for text in getattr(s.run, what)
        ]

    def run_seconds(self) -> list[float]:
        """How long each finished run took, from the request to `script_finished`."""
        return [s.seconds for s in self.steps if s.run.finished]


class _Session:
    """One simulated user on one websocket."""

    def __init__(self, ws, index: int, result: LoadResult, step_timeout: float) -> None:
        self.ws, self.index, self.result, self.step_timeout = ws, index, result, step_timeout

    async def step(self, page: str, action: str, request: BackMsg) -> Run:
        run = Run()
        started = time.perf_counter()
        await self.ws.send(request.SerializeToString())
        try:
            async with asyncio.timeout(self.step_timeout):
                while not run.finished:
                    msg = ForwardMsg()
                    msg.ParseFromString(await self.ws.recv())
                    run.take(msg)
        finally:
            self.result.steps.append(Step(self.index, page, action, time.perf_counter() - started, run))
        return run

    async def tour(self) -> None:
        """Open the app, then go to every page and switch the language there."""
        query = FIRST_QUERIES[self.index % len(FIRST_QUERIES)]
        first = await self.step("(first URL)", f"open ?{query}", rerun_request(query))
        if not first.pages:
            self.result.problems.append(f"session {self.index}: the first run listed no pages")
        query = first.query_string or query
        for page in first.pages:
            visit = await self.step(page.label, "visit", rerun_request(query, page))
            query = visit.query_string or query
            if visit.finished and visit.page_hash != page.script_hash:
                self.result.problems.append(f"session {self.index}: asked for {page.label}, got another page")
            box = visit.selectboxes.get(LANGUAGE_KEY)
            if box is None:
                self.result.problems.append(f"session {self.index}: no language selectbox on {page.label}")
                continue
            option = another_option(box)
            switched = await self.step(page.label, "switch language", rerun_request(query, page, [choose(box, option)]))
            query = switched.query_string or query
            after = switched.selectboxes.get(LANGUAGE_KEY)
            if switched.finished and (after is None or after.value != option):
                self.result.problems.append(f"session {self.index}: the language switch on {page.label} did not take")


async def _one_user(url: str, index: int, result: LoadResult, step_timeout: float, all_done: asyncio.Barrier) -> None:
    await asyncio.sleep(0.25 * index)  # people arrive over seconds, not in the same millisecond
    async with AsyncExitStack() as stack:
        try:
            ws = await stack.enter_async_context(
                # No size limit (a chart is one message) and no pings: a browser sends none, and a server busy
                # with 20 runs may answer late.
                websockets.connect(
                    url.replace("http", "ws", 1) + STREAM_PATH,
                    subprotocols=["streamlit"],
                    max_size=None,
                    ping_interval=None,
                    open_timeout=step_timeout,
                )
            )
            await _Session(ws, index, result, step_timeout).tour()
        except TimeoutError:
            stuck = next((s for s in reversed(result.steps) if s.session == index), None)
            where = f"{stuck.page} ({stuck.action})" if stuck else "connecting"
            result.problems.append(f"session {index}: no end of the run within {step_timeout:.0f} s on {where}")
        except (OSError, websockets.WebSocketException) as exc:
            result.problems.append(f"session {index}: connection lost: {exc!r}")
        finally:
            # Stay connected until every session is done, so that all of them are on the server at the peak.
            await all_done.wait()


async def drive(url: str, n_sessions: int = 20, step_timeout: float = 300.0) -> LoadResult:
    """n concurrent sessions, each opening the app and visiting every page with a language switch on each."""
    result = LoadResult(n_sessions)
    all_done = asyncio.Barrier(n_sessions)
    started = time.perf_counter()
    await asyncio.gather(*(_one_user(url, i, result, step_timeout, all_done) for i in range(n_sessions)))
    result.seconds = time.perf_counter() - started
    return result
