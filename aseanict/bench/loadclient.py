"""Simulated users for the load test: Streamlit's own websocket protocol, without a browser.

Twenty headless Chromium pages are too heavy for two cores, so each session here does what Streamlit's
frontend does: it sends `BackMsg.rerun_script` (URL query string, page, widget states) over
`/_stcore/stream` and reads the run's ForwardMsgs until `script_finished`. The server does exactly the
work it does for a browser; only the drawing is skipped. A widget inside a page section (a fragment) is
changed as the browser does it: the rerun names the widget's fragment, and only that section runs.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field, replace
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
class Choice:
    """A widget that holds one of several labels: a selectbox, or tabs that keep state (st.tabs with a key)."""

    kind: str  # "selectbox" or "tabs"
    widget_id: str
    options: tuple[str, ...]
    value: str | None  # the option as displayed, which is also what the frontend sends back
    fragment_id: str = ""  # the fragment (page section) the widget is in: changing it reruns only that


@dataclass
class Run:
    """What one script run sent: whether it finished, what it showed that went wrong, where one can go next."""

    status: str | None = None  # a ForwardMsg.ScriptFinishedStatus name once the run has ended
    exceptions: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    page_hash: str = ""  # the page the run showed
    choices: dict[str, Choice] = field(default_factory=dict)  # by the widget's user key
    query_string: str | None = None  # the URL's query string as the app last set it
    _tabs_at: dict[tuple[int, ...], tuple[str, int]] = field(default_factory=dict, repr=False)

    def tabs(self) -> list[Choice]:
        return [c for c in self.choices.values() if c.kind == "tabs"]

    @property
    def finished(self) -> bool:
        return self.status is not None

    @property
    def fragment_run(self) -> bool:
        return self.status == "FINISHED_FRAGMENT_RUN_SUCCESSFULLY"

    def after(self, fragment_run: Run) -> Run:
        """The page as it stands after a fragment run: this run's pages and widgets, the section's redrawn."""
        return replace(
            fragment_run, pages=self.pages, page_hash=self.page_hash, choices={**self.choices, **fragment_run.choices}
        )

    def take(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            self._take_element(msg.delta.new_element, msg.delta.fragment_id)
        elif kind == "delta" and msg.delta.WhichOneof("type") == "add_block":
            self._take_block(msg.delta.add_block, tuple(msg.metadata.delta_path), msg.delta.fragment_id)
        elif kind == "navigation":
            # The last navigation of a run is the app's own st.navigation (an earlier one may list the bare
            # script while the app starts).
            # Hidden pages (the chart-only embed page) are not in the menu a visitor tours.
            self.pages = [Page(p.page_script_hash, p.url_pathname) for p in msg.navigation.app_pages if not p.is_hidden]
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

    def _take_element(self, element, fragment_id: str = "") -> None:
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
                self.choices[key] = Choice("selectbox", box.id, tuple(box.options), value, fragment_id)

    def _take_block(self, block, path: tuple[int, ...], fragment_id: str = "") -> None:
        """Stateful tabs arrive as a tab container (its widget id, the open tab's index), then one block per tab;
        tabs in a fragment (ui/widgets.sections) rerun only that when switched."""
        kind = block.WhichOneof("type")
        if kind == "tab_container" and block.tab_container.id:
            key = user_key_from_element_id(block.tab_container.id)
            if key is not None:
                self._tabs_at[path] = (key, block.tab_container.default_tab_index)
                self.choices[key] = Choice("tabs", block.tab_container.id, (), None, fragment_id)
        elif kind == "tab" and path[:-1] in self._tabs_at:
            key, open_index = self._tabs_at[path[:-1]]
            tabs = self.choices[key]
            labels = (*tabs.options, block.tab.label)
            value = block.tab.label if len(labels) - 1 == open_index else tabs.value
            self.choices[key] = Choice("tabs", tabs.widget_id, labels, value, tabs.fragment_id)


def rerun_request(
    query_string: str = "", page: Page | None = None, widgets: Iterable[WidgetState] = (), fragment_id: str = ""
) -> BackMsg:
    """What the frontend sends to open a URL, go to a page or report a widget change (in a fragment: its id)."""
    msg = BackMsg()
    state = msg.rerun_script
    state.query_string = query_string
    state.fragment_id = fragment_id
    if page is not None:
        state.page_script_hash = page.script_hash
        state.page_name = page.url_pathname
    state.widget_states.widgets.extend(widgets)
    return msg


def choose(widget: Choice, option: str) -> WidgetState:
    """The widget state of `widget` after the user picks `option` (for tabs: opens the tab of that label)."""
    if option not in widget.options:
        raise ValueError(f"{option!r} is not an option of {widget.widget_id}")
    return WidgetState(id=widget.widget_id, string_value=option)


def another_option(widget: Choice) -> str:
    return next(o for o in widget.options if o != widget.value)


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


class Session:
    """One simulated user on one websocket; `query` is the address bar's query string, as the app last set it."""

    def __init__(self, ws, index: int, result: LoadResult, step_timeout: float) -> None:
        self.ws, self.index, self.result, self.step_timeout = ws, index, result, step_timeout
        self.query = FIRST_QUERIES[index % len(FIRST_QUERIES)]

    def problem(self, text: str) -> None:
        self.result.problems.append(f"session {self.index}: {text}")

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
        self.query = run.query_string if run.query_string is not None else self.query
        return run

    async def pick(self, page: Page, widget: Choice, option: str, action: str) -> Run:
        """Change one widget, as a user does, and check that the run it starts shows the change."""
        request = rerun_request(self.query, page, [choose(widget, option)], widget.fragment_id)
        run = await self.step(page.label, action, request)
        key = user_key_from_element_id(widget.widget_id) or ""
        after = run.choices.get(key)
        if after is not None and after.value is None:
            # The server sends a selectbox's value only when it overrides the user's: the browser shows the pick.
            after = run.choices[key] = replace(after, value=option)
        if run.finished and (after is None or after.value != option):
            self.problem(f"{action} on {page.label} did not take")
        return run

    async def tour(self) -> None:
        """Open the app; then on every page open each tab and switch the language."""
        first = await self.step("(first URL)", f"open ?{self.query}", rerun_request(self.query))
        if not first.pages:
            self.problem("the first run listed no pages")
        for page in first.pages:
            last = await self.step(page.label, "visit", rerun_request(self.query, page))
            if last.finished and last.page_hash != page.script_hash:
                self.problem(f"asked for {page.label}, got another page")
            # Widgets are taken from the latest run: an id changes with the widget's arguments (the app passes
            # the open tab as the tabs' default), and the frontend always sends the current one.
            for key in [key for key, widget in last.choices.items() if widget.kind == "tabs"]:
                for label in last.choices[key].options:
                    tabs = last.choices.get(key)
                    if tabs is not None and label != tabs.value:
                        run = await self.pick(page, tabs, label, f"open tab {label!r}")
                        # Tabs in a fragment rerun only it: the rest of the page is as the last full run left it.
                        last = last.after(run) if run.fragment_run else run
            language = last.choices.get(LANGUAGE_KEY)
            if language is None:
                self.problem(f"no language selectbox on {page.label}")
            else:
                await self.pick(page, language, another_option(language), "switch language")


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
            await Session(ws, index, result, step_timeout).tour()
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
    """n concurrent sessions, each opening the app, then on every page opening each tab and switching the language."""
    result = LoadResult(n_sessions)
    all_done = asyncio.Barrier(n_sessions)
    started = time.perf_counter()
    await asyncio.gather(*(_one_user(url, i, result, step_timeout, all_done) for i in range(n_sessions)))
    result.seconds = time.perf_counter() - started
    return result


async def first_run(url: str, timeout: float = 120.0) -> Run:
    """One visitor opening the app: the first page's run, to its `script_finished` (for the cold-start figure)."""
    result = LoadResult(1)
    async with websockets.connect(
        url.replace("http", "ws", 1) + STREAM_PATH, subprotocols=["streamlit"], max_size=None, ping_interval=None
    ) as ws:
        return await Session(ws, 0, result, timeout).step("(first URL)", "open", rerun_request(""))
