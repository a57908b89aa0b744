"""The data API over a store built for the tests: every endpoint, every class of bad request (each with its status
and message), cache headers, CORS, and a store left byte-identical by all of it."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from aseanict.api import routes
from aseanict.api.params import MAX_QUERY_LENGTH, MAX_ROWS
from aseanict.store import queries, sql

USERS = "IT.NET.USER.ZS"


@pytest.fixture(scope="module")
def client(built_store: Path) -> TestClient:
    return TestClient(Starlette(routes=routes(lambda: built_store)))


def snapshot(path: Path) -> tuple[str, dict[str, int]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        counts = {t: con.execute(sql.COUNT_ROWS[t]).fetchone()[0] for t in sql.TABLES}
    finally:
        con.close()
    return hashlib.sha256(path.read_bytes()).hexdigest(), counts


def test_lists_carry_the_data_version(client: TestClient, con) -> None:
    version = queries.data_version(con)
    for name, key, expected in [
        ("indicators", "code", USERS),
        ("countries", "iso3", "TLS"),
        ("sources", "licence", None),
    ]:
        answer = client.get(f"/api/v1/{name}")
        assert answer.status_code == 200
        body = answer.json()
        assert body["data_version"] == version and len(version["version"]) == 12
        assert all(key in row for row in body[name])
        if expected:
            assert expected in {row[key] for row in body[name]}


def test_series_json_has_rows_and_metadata(client: TestClient) -> None:
    body = client.get(f"/api/v1/series.json?indicator={USERS}&countries=CHN~IDN&years=2010..2024").json()
    rows = pd.DataFrame(body["rows"])
    assert set(rows.entity) == {"CHN", "IDN"} and rows.year.between(2010, 2024).all()
    assert body["query"] == {"indicator": [USERS], "countries": ["CHN", "IDN"], "years": [2010, 2024]}
    assert body["indicators"][0]["unit"] and body["indicators"][0]["code"] == USERS
    assert {s["source_id"] for s in body["sources"]} == set(rows.source_id)
    assert all(s["licence"] for s in body["sources"]) and body["credit"].startswith("Source:")
    # China's 2023 survey change is a documented break of this series
    assert any(b["entity"] == "CHN" and b["year_from"] == 2023 for b in body["series_breaks"])
    assert body["data_version"]["version"]


def test_series_csv_is_the_query_rows(client: TestClient, con) -> None:
    answer = client.get(f"/api/v1/series.csv?indicator={USERS}&countries=chn,IDN&years=2015")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    expected = queries.series(con, [USERS], ["CHN", "IDN"], 2015, 2015)
    assert answer.content == expected.to_csv(index=False).encode()
    assert len(pd.read_csv(io.BytesIO(answer.content))) == 2
    assert answer.headers["x-data-version"] == queries.data_version(con)["version"]


def test_etag_answers_304_and_cors_is_open(client: TestClient) -> None:
    first = client.get("/api/v1/indicators")
    tag = first.headers["etag"]
    assert first.headers["access-control-allow-origin"] == "*"
    assert "max-age" in first.headers["cache-control"]
    again = client.get("/api/v1/indicators", headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b""
    assert client.get("/api/v1/indicators", headers={"If-None-Match": '"other"'}).status_code == 200
    preflight = client.options("/api/v1/series.csv", headers={"Origin": "https://example.org"})
    assert preflight.status_code == 204 and "GET" in preflight.headers["access-control-allow-methods"]


def test_views_answer_csv_and_json(client: TestClient) -> None:
    csv = client.get("/api/v1/views/divide_trend.csv?countries=CHN~VNM&divide_indicator=fixed")
    rows = pd.read_csv(io.BytesIO(csv.content))
    assert csv.status_code == 200 and set(rows.indicator) == {"IT.NET.BBND.P2"}
    assert set(rows.entity) == {"CHN", "VNM", "WLD"}
    body = client.get("/api/v1/views/tariffs_baskets.json?tariffs_unit=usd&lang=zh").json()
    assert body["query"]["tariffs_unit"] == "usd" and body["query"]["lang"] == "zh"
    assert {r["indicator"] for r in body["rows"]} <= {"ITU_FBB_USD"} and body["rows"]
    assert body["sources"] and body["data_version"]["version"]


def test_the_what_if_view_takes_the_pages_link(client: TestClient) -> None:
    preset = (
        "wi_preset=shop&wi_source=economy&wi_econ=SEA6|GMV_ECOM&wi_base_year=2015&wi_base_value=5.5"
        "&wi_model=constant&wi_rate_low=27&wi_rate_base=32&wi_rate_high=37&wi_target_year=2025&wi_target_value=88"
    )  # what the page's address says after a click on the online-shopping preset
    body = client.get(f"/api/v1/views/whatif.json?{preset}").json()
    rows = pd.DataFrame(body["rows"])
    base = rows[(rows.kind == "projection (what-if)") & (rows.scenario == "base")].set_index("year").value
    assert round(base[2025], 1) == 88.3  # 5.5 × 1.32^10, the report's "about $88 billion"
    stated = rows[rows.kind.str.startswith("forecast")].set_index("kind")
    assert (stated.value["forecast base"], stated.value["forecast target"]) == (5.5, 88.0)
    assert body["query"]["wi_preset"] == "shop" and body["query"]["wi_rate_base"] == 32.0
    # moved off the preset's base year: the report's figures are no longer the chart's
    moved = pd.read_csv(io.BytesIO(client.get(f"/api/v1/views/whatif.csv?{preset}".replace("2015", "2016")).content))
    assert not moved.kind.str.startswith("forecast").any()
    # a rate of one's own, without a base year: the series' last year and value, as the page opens
    own = pd.DataFrame(
        client.get("/api/v1/views/whatif.json?wi_entity=IDN&wi_model=constant&wi_rate_base=7.5").json()["rows"]
    )
    history = own[own.kind == "history"]
    path = own[(own.kind == "projection (what-if)") & (own.scenario == "base")].set_index("year").value
    first = int(history.year.max())
    assert path[first] == pytest.approx(history.value.iloc[-1])
    assert path[first + 1] == pytest.approx(min(100.0, history.value.iloc[-1] * 1.075))


def test_openapi_lists_every_endpoint_and_view(client: TestClient) -> None:
    from aseanict.topics.chart_views import VIEWS

    doc = client.get("/api/v1/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert {"/api/v1/indicators", "/api/v1/countries", "/api/v1/sources", "/api/v1/series.{format}"} <= set(
        doc["paths"]
    )
    assert {f"/api/v1/views/{v}.{{format}}" for v in VIEWS} <= set(doc["paths"])
    assert len(VIEWS) >= 32  # every chart the pages draw, the what-if scenario too
    for name, view in VIEWS.items():  # each view's own settings, as the page's URL parameters
        described = {p["name"] for p in doc["paths"][f"/api/v1/views/{name}.{{format}}"]["get"]["parameters"]}
        assert described == {"format", "lang", *(p.name for p in view.params)}, name
    custom = doc["paths"]["/api/v1/views/divide_projection.{format}"]["get"]["parameters"]
    schema = next(p for p in custom if p["name"] == "divide_custom")["schema"]
    assert (schema["type"], schema["minimum"], schema["maximum"], schema["default"]) == ("number", 0.0, 500.0, 80.0)


BAD = [
    ("/api/v1/series.json?indicator=NOPE", 400, "indicator: unknown code 'NOPE'"),
    (f"/api/v1/series.json?indicator={USERS}&countries=CHN~XXX", 400, "countries: unknown code 'XXX'"),
    (f"/api/v1/series.json?indicator={USERS}&years=2024..2010", 400, "runs backwards"),
    (f"/api/v1/series.json?indicator={USERS}&years=20x0..2024", 400, "is not a year or a range"),
    (f"/api/v1/series.json?indicator={USERS}&years=1800..2024", 400, "is outside 1960..2100"),
    (f"/api/v1/series.csv?indicator={USERS}&countries=", 400, "countries is empty"),
    ("/api/v1/series.json", 400, "indicator is required"),
    (f"/api/v1/series.json?indicator={USERS}&colour=red", 400, "unknown parameter 'colour'"),
    (f"/api/v1/series.xml?indicator={USERS}", 404, "ask for .csv or .json"),
    ("/api/v1/views/nope.csv", 404, "no view 'nope'"),
    ("/api/v1/views/divide_trend.json?divide_indicator=zzz", 400, "divide_indicator: 'zzz' is not one of"),
    ("/api/v1/views/tariffs_baskets.csv?tariffs_world=maybe", 400, "tariffs_world: 'maybe' is not 1 or 0"),
    ("/api/v1/views/overview_users.csv?lang=fr", 400, "lang: 'fr' is not en or zh"),
    # settings whose options depend on the data, numbers and years, and charts with nothing to draw
    ("/api/v1/views/idi_old_bars.csv?idi_old_edition=1999|MIS 1999", 400, "idi_old_edition: '1999|MIS 1999' is not"),
    ("/api/v1/views/overview_slope.csv?overview_slope=NOPE", 400, "overview_slope: 'NOPE' is not available"),
    (
        "/api/v1/views/idi_subindices.csv?idi_sub_year=1999",
        400,
        "idi_sub_year: '1999' is not available here (options: 2017, 2016)",
    ),
    ("/api/v1/views/divide_lorenz.csv?divide_users_year=20x9", 400, "divide_users_year: '20x9' is not a whole number"),
    ("/api/v1/views/divide_projection.csv?divide_custom=1e9", 400, "divide_custom: 1e9 is outside 0..500"),
    ("/api/v1/views/divide_projection.csv?divide_custom=nan", 400, "divide_custom: nan is outside 0..500"),
    ("/api/v1/views/divide_projection.csv?countries=CHN~VNM&divide_close_country=LAO", 400, "not one of the countries"),
    ("/api/v1/views/econ_editions.csv?econ_series=SEA6|NOPE", 400, "econ_series: 'SEA6|NOPE' is not available"),
    ("/api/v1/views/bubbles.csv?bubbles_x=X';DROP TABLE sources;--", 400, "bubbles_x: "),
    ("/api/v1/views/whatif.csv?wi_preset=zz", 400, "wi_preset: 'zz' is not one of '' (none), ie65, shop, thbb"),
    ("/api/v1/views/whatif.csv?wi_rate_base=5000", 400, "wi_rate_base: 5000 is outside -99..1000"),
    ("/api/v1/views/whatif.csv?wi_rate_low=-100", 400, "wi_rate_low: -100 is outside -99..1000"),
    ("/api/v1/views/whatif.json?wi_model=x", 400, "wi_model: 'x' is not one of constant, multiple, logistic"),
    ("/api/v1/views/whatif.csv?wi_indicator=NOPE", 400, "wi_indicator: 'NOPE' is not available here"),
    ("/api/v1/views/whatif.csv?wi_source=economy&wi_econ=SEA6|NOPE", 400, "wi_econ: 'SEA6|NOPE' is not available"),
    ("/api/v1/views/whatif.csv?wi_entity=XXX", 400, "wi_entity: 'XXX' is not one of CHN"),
    ("/api/v1/views/whatif.csv?wi_base_year=20x5", 400, "wi_base_year: '20x5' is not a whole number"),
    ("/api/v1/views/whatif.csv?wi_multiple=0", 400, "wi_multiple: 0 is outside 0.01..1e+06"),
    ("/api/v1/views/whatif.csv?wi_rate=5", 400, "unknown parameter 'wi_rate'"),
    # what-if settings that make no scenario: before, 200 with the history rows only, saying nothing
    (
        "/api/v1/views/whatif.json?wi_model=logistic&wi_ceiling=1",
        422,
        "can't make a scenario with these settings: The ceiling 1 is below the base value",
    ),
    ("/api/v1/views/whatif.csv?wi_model=logistic&wi_ceiling=1&lang=zh", 422, "The ceiling 1 is below the base value"),
    ("/api/v1/views/whatif.csv?wi_base_year=2024&wi_target_year=2010", 422, "missing: wi_base_value"),
    ("/api/v1/views/prof_multiples.csv?prof_compare=CHN", 404, "prof_multiples has nothing to draw"),
    ("/api/v1/views/bubbles.csv?bubbles_x=IT.NET.USER.ZS", 404, "bubbles has nothing to draw"),
    ("/api/v1/series.json?indicator=x';DROP TABLE observations;--", 400, "indicator: unknown code"),
    ("/api/v1/series.json?indicator=IT.NET.USER.ZS&countries=CHN' OR '1'='1", 400, "countries: unknown code"),
    ("/api/v1/views/overview_users.csv?countries=CHN~IDN);DELETE FROM sources;--", 400, "countries: unknown code"),
    (f"/api/v1/series.json?indicator={USERS}&countries=" + "~".join(["CHN"] * 41), 413, "at most 40"),
    (f"/api/v1/series.json?indicator={USERS}&countries=" + "CHN~" * (MAX_QUERY_LENGTH // 4), 413, "characters long"),
]


@pytest.mark.parametrize(("url", "status", "message"), BAD)
def test_bad_requests_get_a_status_and_a_message(client: TestClient, url: str, status: int, message: str) -> None:
    answer = client.get(url)
    assert answer.status_code == status
    body = answer.json()
    assert message in body["error"]["message"] and body["error"]["status"] == status
    assert "Traceback" not in answer.text and answer.headers["access-control-allow-origin"] == "*"


def test_too_many_rows_is_refused(client: TestClient, con) -> None:
    biggest = con.execute(
        "SELECT indicator FROM observations GROUP BY 1 ORDER BY count(*) DESC LIMIT 10"
    ).fetchall()  # the ten largest series: more rows together than one answer may hold
    answer = client.get("/api/v1/series.csv?indicator=" + "~".join(r[0] for r in biggest))
    assert answer.status_code == 413
    assert f"at most {MAX_ROWS}" in answer.json()["error"]["message"]


def test_no_request_changes_the_store(client: TestClient, built_store: Path) -> None:
    before = snapshot(built_store)
    for url, _, _ in BAD:
        client.get(url)
    client.get(f"/api/v1/series.csv?indicator={USERS}")
    assert snapshot(built_store) == before
    assert before[1]["observations"] > 1000 and before[1]["sources"] > 10


def test_app_py_serves_the_api_beside_the_dashboard() -> None:
    import streamlit as st

    import app

    assert isinstance(app.app, st.App)
    paths = {r.path for r in app.app._user_routes}
    assert {"/api/v1/indicators", "/api/v1/series.{format:str}", "/api/v1/openapi.json"} <= paths
