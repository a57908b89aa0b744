"""For every named chart view, the API's CSV is byte for byte the CSV the page's download button serves (both are
made by topics/chart_views.build): the page runs in AppTest with a link's settings, the API gets the same ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient
from streamlit.runtime.memory_media_file_storage import _calculate_file_id

from aseanict import config
from aseanict.api import routes
from aseanict.topics.chart_views import VIEWS
from tests.apptest_pages import run

ROOT = Path(__file__).resolve().parents[2]
# view -> (page, its settings as a link gives them: the page's URL parameters, which the API takes too)
CASES = {
    "overview_users": ("1_overview.py", {"countries": "CHN,IDN"}),
    "idi_long": (
        "2_idi_trends.py",
        {"tab": "long", "countries": "CHN,VNM,THA", "idi_long_indicator": "IT.CEL.SETS.P2"},
    ),
    "divide_trend": ("5_divide.py", {"tab": "over_time", "countries": "CHN,LAO", "divide_indicator": "fixed"}),
    "tariffs_baskets": (
        "4_tariffs.py",
        {"tab": "baskets", "countries": "CHN,SGP,MMR", "tariffs_unit": "usd", "tariffs_world": "1"},
    ),
    "econ_sectors": ("6_internet_economy.py", {"tab": "breakdown"}),
}


def test_every_view_is_checked() -> None:
    assert set(CASES) == set(VIEWS)


@pytest.mark.parametrize("view", sorted(CASES))
def test_the_api_csv_is_the_download(view: str) -> None:
    page, settings = CASES[view]
    at = run(ROOT / "pages" / page, group="custom" if "countries" in settings else None, **settings)
    assert not at.exception, at.exception
    button = at.download_button(key=f"csv_{view}")
    api = TestClient(Starlette(routes=routes(config.db_path)))
    query = {k: v for k, v in settings.items() if k != "tab"}
    answer = api.get(f"/api/v1/views/{view}.csv", params=query)
    assert answer.status_code == 200, answer.text
    assert answer.content.count(b"\n") > 2  # rows, not just a header
    # Streamlit names a download's media file by the hash of its bytes
    assert button.proto.url.endswith(_calculate_file_id(answer.content, "text/csv", f"aseanict_{view}.csv") + ".csv")
