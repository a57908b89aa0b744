"""Against a real server (`streamlit run app.py`): the warm start, and a widget in a page section rerunning only
that section (a fragment) while it still keeps its value in the URL, as the browser sees it. About 15 s."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import websockets

from aseanict import config
from aseanict.bench import appserver, loadclient


def connect(url: str):
    return websockets.connect(
        url.replace("http", "ws", 1) + loadclient.STREAM_PATH, subprotocols=["streamlit"], max_size=None
    )


async def tour(url: str) -> dict[str, object]:
    async with connect(url) as ws:
        session = loadclient.Session(ws, 0, loadclient.LoadResult(1), 60.0)
        first = await session.step("(first URL)", "open", loadclient.rerun_request(""))
        divide = next(p for p in first.pages if p.url_pathname == "divide")
        page = await session.step("divide", "visit", loadclient.rerun_request(session.query + "&tab=over_time", divide))
        widget = page.choices["divide_map_indicator"]
        option = loadclient.another_option(widget)
        section = await session.pick(divide, widget, option, "change the map's indicator")
    async with connect(url) as ws:
        # What a browser sends on opening /overview?lang=zh&group=CLMV (an old link): the path as the page's name.
        old_link = loadclient.Session(ws, 1, loadclient.LoadResult(1), 60.0)
        request = loadclient.rerun_request(
            "lang=zh&group=CLMV", loadclient.Page(script_hash="", url_pathname="overview")
        )
        overview = await old_link.step("/overview", "open", request)
    return {
        "first": first,
        "widget": widget,
        "section": section,
        "query": parse_qs(session.query),
        "problems": session.result.problems,
        "old_link": overview,
        "old_link_query": parse_qs(old_link.query),
    }


@pytest.fixture(scope="module")
def seen(built_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    env = os.environ | {"ASEANICT_DB": str(built_store)}
    log_path = tmp_path_factory.mktemp("server") / "server.log"
    with (
        open(log_path, "w") as log,
        appserver.running_app(config.ROOT / "app.py", config.ROOT, env, log, watch_files=False) as (url, _, _),
    ):
        found = asyncio.run(tour(url))
    return found | {"server_log": log_path.read_text()}


def test_the_warm_start_ran_every_page_it_warms_without_an_error(seen: dict[str, object]) -> None:
    # A failed warm-up only logs (the server must start anyway): the first visitor would then pay for it.
    assert "warm start:" not in seen["server_log"], seen["server_log"][-3000:]


def test_the_first_visitor_finds_the_default_page_drawn(seen: dict[str, object]) -> None:
    first = seen["first"]
    assert first.status == "FINISHED_SUCCESSFULLY" and not first.exceptions and not first.errors
    assert "overview_slope" in first.choices  # the Overview, with its widgets


def test_a_widget_in_a_section_reruns_only_its_section_and_keeps_its_value_in_the_url(
    seen: dict[str, object],
) -> None:
    widget, section = seen["widget"], seen["section"]
    assert widget.fragment_id  # the browser names the fragment when the widget changes
    assert section.status == "FINISHED_FRAGMENT_RUN_SUCCESSFULLY"
    assert not section.exceptions and not section.errors and not seen["problems"]
    assert not section.pages and "w_lang" not in section.choices  # neither the navigation nor the sidebar ran
    assert seen["query"].get("divide_map_indicator") and seen["query"]["lang"] == ["en"]  # the rest of the URL kept


def test_an_old_overview_link_opens_the_overview_at_root_with_its_settings(seen: dict[str, object]) -> None:
    first, old_link = seen["first"], seen["old_link"]
    assert old_link.errors == [] and not old_link.exceptions  # before: "page not found: 'overview'" (the modal)
    assert old_link.status == "FINISHED_SUCCESSFULLY" and "overview_slope" in old_link.choices
    assert old_link.page_hash == first.page_hash  # the Overview at /, the page the menu marks
    assert seen["old_link_query"]["lang"] == ["zh"] and seen["old_link_query"]["group"] == ["CLMV"]
