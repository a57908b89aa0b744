"""The load client's think-time mode: a room of users, each doing one thing every few seconds.

Each simulated user behaves like a browser behind the load balancer: it asks for the health check first (the
frontend does, and nginx answers with the replica cookie), opens the websocket with that cookie, opens the app
at one of the shared links, then every 5-15 s (random) visits a random page or changes a random widget of the
page it is on. When its connection drops (a replica died), it reconnects as Streamlit's frontend does (health
check, new websocket: nginx sends it to a surviving replica) and reruns the page it was on with the address's
query string; the view is "back" when the new session shows the same page with the same settings in the URL.
"""

from __future__ import annotations

import asyncio
import random
import time
import urllib.request
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import parse_qs

import websockets

from aseanict.bench.loadclient import FIRST_QUERIES, STREAM_PATH, LoadResult, Page, Run, Session, choose, rerun_request

COOKIE = "aseanict_replica"  # set by nginx (deploy/nginx.conf.template); absent on a single process


@dataclass(frozen=True)
class Action:
    user: int
    replica: str  # the replica cookie when the action was sent ("-" without nginx)
    what: str
    seconds: float
    run: Run
    interrupted: bool = False  # its replica went away before the run ended (the reconnect reruns the view)


@dataclass(frozen=True)
class Reconnect:
    user: int
    before: str  # replica the user was on
    after: str  # replica that took the user over
    seconds: float  # from the lost connection to the restored view
    restored: bool  # same page and the same settings in the URL
    detail: str = ""


@dataclass
class CrowdResult:
    users: int
    seconds: float = 0.0
    actions: list[Action] = field(default_factory=list)
    reconnects: list[Reconnect] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # runs that did not end, reconnects that failed

    def latencies(self) -> list[float]:
        return [a.seconds for a in self.actions if a.run.finished]

    def errors(self, users: set[int] | None = None) -> list[str]:
        """Every exception, error alert or run that never ended (of `users`, default all), with where."""
        return [
            f"user {a.user} on {a.replica}, {a.what}: {' '.join(text.split())[:200]}"
            for a in self.actions
            if (users is None or a.user in users) and not a.interrupted
            for text in [*a.run.exceptions, *a.run.errors, *([] if a.run.finished else ["no end of the run"])]
        ]

    @property
    def interrupted(self) -> int:
        return sum(a.interrupted for a in self.actions)

    def moved(self) -> set[int]:
        return {r.user for r in self.reconnects}

    def users_on(self, replica: str) -> set[int]:
        return {a.user for a in self.actions if a.replica == replica}

    @property
    def runs_finished(self) -> int:
        return sum(a.run.finished for a in self.actions)


def same_view(before_query: str, after_query: str) -> bool:
    return parse_qs(before_query) == parse_qs(after_query)


class _User:
    def __init__(self, url: str, index: int, rng: random.Random, result: CrowdResult, step_timeout: float) -> None:
        self.url, self.index, self.rng, self.result, self.step_timeout = url, index, rng, result, step_timeout
        self.cookie = ""
        self.page: Page | None = None
        self.last = Run()

    @property
    def replica(self) -> str:
        return self.cookie or "-"

    def _health(self) -> bool:
        """The frontend's health check before each (re)connection; keeps the replica cookie nginx sets."""
        request = urllib.request.Request(f"{self.url}/_stcore/health")
        if self.cookie:
            request.add_header("Cookie", f"{COOKIE}={self.cookie}")
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                for header in response.headers.get_all("Set-Cookie") or []:
                    morsel = SimpleCookie(header).get(COOKIE)
                    if morsel is not None and morsel.value:
                        self.cookie = morsel.value
                return response.read() == b"ok"
        except OSError:
            return False

    async def connect(self, deadline: float):
        while not await asyncio.to_thread(self._health):
            if time.monotonic() > deadline:
                raise TimeoutError("no healthy server to connect to")
            await asyncio.sleep(0.5)
        return await websockets.connect(
            self.url.replace("http", "ws", 1) + STREAM_PATH,
            subprotocols=["streamlit"],
            additional_headers={"Cookie": f"{COOKIE}={self.cookie}"} if self.cookie else None,
            max_size=None,
            ping_interval=None,
            open_timeout=self.step_timeout,
        )

    async def act(self, session: Session, what: str, request) -> Run:
        """One action and its run; the run's wall time is recorded with the replica that served it."""
        started, replica = time.perf_counter(), self.replica
        steps_before = len(session.result.steps)
        lost = False
        try:
            run = await session.step(self.page.label if self.page else "(first URL)", what, request)
        except (OSError, websockets.ConnectionClosed):
            lost = True
            raise
        finally:
            taken = session.result.steps[steps_before:]
            if taken:
                seconds = time.perf_counter() - started
                self.result.actions.append(
                    Action(self.index, replica, what, seconds, taken[0].run, lost and not taken[0].run.finished)
                )
        if run.fragment_run:  # one section was redrawn: the rest of the page stays as the last full run left it
            run = self.last.after(run)
        if run.page_hash:
            self.page = next((p for p in run.pages if p.script_hash == run.page_hash), self.page)
        self.last = run
        return run

    def next_action(self, session: Session):
        """Visit a random page, or change a random widget of this page (a selectbox, a tab, the language)."""
        choices = list(self.last.choices.values())
        pages = self.last.pages
        if pages and (not choices or self.rng.random() < 0.35):
            page = self.rng.choice(pages)
            return f"visit {page.label}", rerun_request(session.query, page)
        widget = self.rng.choice(choices)
        option = self.rng.choice([o for o in widget.options if o != widget.value] or list(widget.options))
        widgets = [choose(widget, option)]
        return f"change {widget.kind}", rerun_request(session.query, self.page, widgets, widget.fragment_id)

    async def live(self, until: float, think: tuple[float, float]) -> None:
        ws = await self.connect(until + self.step_timeout)
        session = Session(ws, self.index, LoadResult(1), self.step_timeout)
        try:
            session.query = FIRST_QUERIES[self.index % len(FIRST_QUERIES)]
            await self.act(session, f"open ?{session.query}", rerun_request(session.query))
            while True:
                await asyncio.sleep(self.rng.uniform(*think))
                if time.monotonic() >= until:
                    return
                what, request = self.next_action(session)
                try:
                    await self.act(session, what, request)
                except (OSError, websockets.ConnectionClosed):
                    ws, session = await self.reconnect(session, until)
        finally:
            await session.ws.close()

    async def reconnect(self, old: Session, until: float) -> tuple[object, Session]:
        """As the frontend does after a lost connection: reconnect through nginx, rerun the page from the URL."""
        lost_at, before, query = time.perf_counter(), self.replica, old.query
        ws = await self.connect(until + self.step_timeout)
        session = Session(ws, self.index, LoadResult(1), self.step_timeout)
        session.query = query
        run = await self.act(session, "reconnect", rerun_request(query, self.page))
        restored = run.finished and self.page is not None and run.page_hash == self.page.script_hash
        restored = restored and same_view(query, session.query)
        detail = (
            "" if restored else f"asked for ?{query} on {self.page.label if self.page else '?'}, got ?{session.query}"
        )
        self.result.reconnects.append(
            Reconnect(self.index, before, self.replica, time.perf_counter() - lost_at, restored, detail)
        )
        return ws, session


async def _one(url: str, index: int, result: CrowdResult, until: float, think, seed: int, arrive_over: float,
               step_timeout: float) -> None:  # fmt: skip
    rng = random.Random(seed * 100_003 + index)
    await asyncio.sleep(arrive_over * index / max(1, result.users))  # people arrive over seconds
    user = _User(url, index, rng, result, step_timeout)
    try:
        await user.live(until, think)
    except TimeoutError:
        result.problems.append(f"user {index}: no end of a run (or no server) within {step_timeout:.0f} s")
    except (OSError, websockets.WebSocketException) as exc:
        result.problems.append(f"user {index}: connection lost and not regained: {exc!r}")


async def crowd(
    url: str,
    users: int = 100,
    seconds: float = 300.0,
    think: tuple[float, float] = (5.0, 15.0),
    seed: int = 0,
    arrive_over: float = 10.0,
    step_timeout: float = 120.0,
) -> CrowdResult:
    """`users` people for `seconds`, each doing one random thing every `think` seconds (uniform)."""
    result = CrowdResult(users)
    started = time.monotonic()
    until = started + seconds
    await asyncio.gather(*(_one(url, i, result, until, think, seed, arrive_over, step_timeout) for i in range(users)))
    result.seconds = time.monotonic() - started
    return result
