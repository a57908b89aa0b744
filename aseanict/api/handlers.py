"""The API's endpoints: lists of indicators, countries and sources, any series, and every named chart's rows
(the same function as the chart's CSV download), as JSON with metadata or as CSV."""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aseanict import __version__
from aseanict.api import openapi, params
from aseanict.api.params import BadRequest
from aseanict.core import provenance
from aseanict.figures import export
from aseanict.i18n import t
from aseanict.store import database, queries
from aseanict.topics import chart_views

LOG = logging.getLogger(__name__)
PREFIX = "/api/v1"
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS"}
CACHE = "public, max-age=3600"
SOURCE_COLUMNS = ["source_id", "producer", "title", "url", "licence", "accessed"]
INDICATOR_COLUMNS = ["code", "name_en", "name_zh", "unit", "topic", "decimals", "higher_is_better"]


def records(frame: pd.DataFrame) -> list[dict]:
    return json.loads(frame.to_json(orient="records", force_ascii=False))


class Store:
    """The API's read-only connection to the store, opened on first use; a cursor per request."""

    def __init__(self, path: Callable[[], Path]) -> None:
        self._path = path

    @functools.cached_property
    def connection(self) -> queries.Connection:
        return database.open_store(self._path()).connection

    def cursor(self) -> queries.Connection:
        return self.connection.cursor()


def _error(status: int, message: str, parameter: str | None = None) -> JSONResponse:
    body = {"error": {"status": status, "message": message} | ({"parameter": parameter} if parameter else {})}
    return JSONResponse(body, status_code=status, headers=CORS)


def _endpoint(store: Store, allowed: Callable[[Request], set[str]], answer) -> Callable:
    """Wrap an answer(request, cursor, version) -> (format, payload): limits, CORS, ETag and errors in one place."""

    def handle(request: Request) -> Response:
        if request.method == "OPTIONS":
            return Response(status_code=204, headers=CORS | {"Access-Control-Max-Age": "86400"})
        try:
            if len(request.url.query) > params.MAX_QUERY_LENGTH:
                raise BadRequest(
                    413, f"the query is {len(request.url.query)} characters long; at most {params.MAX_QUERY_LENGTH}"
                )
            params.check_names(request.query_params, allowed(request))
            try:
                con = store.cursor()
            except database.StoreError as exc:
                return _error(503, f"the data store is not available: {exc}")
            version = queries.data_version(con)
            tag = f'"{version["version"]}-{__version__}"'
            headers = CORS | {"ETag": tag, "Cache-Control": CACHE, "X-Data-Version": version["version"]}
            if tag in {t.strip() for t in request.headers.get("if-none-match", "").split(",")}:
                return Response(status_code=304, headers=headers)
            kind, payload = answer(request, con, version)
        except BadRequest as exc:
            return _error(exc.status, exc.message, exc.parameter)
        except Exception:  # a bug must not show a traceback to a caller; it goes to the server log
            LOG.exception("API error on %s", request.url.path)
            return _error(500, "internal error; the server log has the details")
        if kind == "csv":
            return Response(payload, media_type="text/csv; charset=utf-8", headers=headers)
        return JSONResponse(payload, headers=headers)

    return handle


def _metadata(con: queries.Connection, rows: pd.DataFrame, version: dict) -> dict:
    """Sources with licences, units, notes and series breaks for the rows, and the data version."""
    ids = sorted({str(s) for s in rows.get("source_id", pd.Series(dtype=str)).dropna()})
    codes = sorted({str(c) for c in rows.get("indicator", pd.Series(dtype=str)).dropna()})
    entities = sorted({str(e) for e in rows.get("entity", pd.Series(dtype=str)).dropna()})
    sources = queries.sources(con)
    inds = queries.indicators(con)
    notes = queries.notes_for(con, codes, entities) if codes else pd.DataFrame(columns=["kind"])
    is_break = notes["kind"].isin(["series_break", "definition_change"])
    return {
        "data_version": version,
        "credit": provenance.credit(ids, sources, "en"),
        "sources": records(sources.loc[sources.source_id.isin(ids), SOURCE_COLUMNS]),
        "indicators": records(inds.loc[inds.code.isin(codes), INDICATOR_COLUMNS]),
        "notes": records(notes[~is_break]),
        "series_breaks": records(notes[is_break]),
    }


def _rows_answer(con, rows: pd.DataFrame, version: dict, kind: str, query: dict) -> tuple[str, object]:
    if len(rows) > params.MAX_ROWS:
        raise BadRequest(
            413, f"the answer would have {len(rows)} rows; at most {params.MAX_ROWS}: ask for fewer indicators, "
            "countries or years"
        )  # fmt: skip
    if kind == "csv":
        return "csv", export.frame_csv(rows)
    return "json", {"query": query, **_metadata(con, rows, version), "rows": records(rows)}


def _kind(request: Request) -> str:
    return request.path_params["format"]


def routes(store_path: Callable[[], Path]) -> list[Route]:
    store = Store(store_path)

    def listing(name: str, read: Callable, columns: list[str] | None = None):
        def answer(request, con, version):
            table = read(con)
            return "json", {"data_version": version, name: records(table[columns] if columns else table)}

        return _endpoint(store, lambda r: set(), answer)

    def series(request: Request, con, version):
        q = request.query_params
        if "indicator" not in q:
            raise BadRequest(400, "indicator is required, e.g. indicator=IT.NET.USER.ZS (see /api/v1/indicators)")
        known = queries.indicators(con).code
        indicators = params.codes(q["indicator"], known, "indicator", params.MAX_INDICATORS)
        all_entities = queries.countries(con).iso3
        entities = (
            params.codes(q["countries"], all_entities, "countries", params.MAX_COUNTRIES)
            if "countries" in q
            else list(all_entities)
        )
        start, end = params.years(q.get("years"))
        rows = queries.series(con, indicators, entities, start, end)
        query = {"indicator": indicators, "countries": entities, "years": [start, end]}
        return _rows_answer(con, rows, version, _kind(request), query)

    def view_names(request: Request) -> set[str]:
        view = chart_views.VIEWS.get(request.path_params["view"])
        return {"lang", *(p.name for p in view.params)} if view else set()

    def view(request: Request, con, version):
        name = request.path_params["view"]
        if name not in chart_views.VIEWS:
            raise BadRequest(404, f"no view {name[:40]!r}; the views are {', '.join(chart_views.VIEWS)}")
        q = request.query_params
        known = list(queries.countries(con).iso3)
        settings = {p.name: params.setting(p, q.get(p.name), known) for p in chart_views.VIEWS[name].params}
        lang = params.language(q.get("lang"))
        try:
            shown = chart_views.build(con, name, lang, settings)
        except chart_views.BadSetting as bad:
            raise BadRequest(400, bad.message, bad.param) from None
        except chart_views.Refused as refusal:
            raise BadRequest(
                404, f"the view {name} has nothing to draw: {t(refusal.reason, 'en', **refusal.values)}"
            ) from None
        if shown is None:
            raise BadRequest(404, f"the view {name} has no data for these settings")
        if shown.extra.get("error"):  # the what-if settings make no scenario: the page says why; so does the API
            why = shown.extra["error"] if lang == "en" else chart_views.build(con, name, "en", settings).extra["error"]
            raise BadRequest(422, f"the view {name} can't make a scenario with these settings: {why}")
        query = {"view": name, "lang": lang, **{k: list(v) if isinstance(v, tuple) else v for k, v in settings.items()}}
        return _rows_answer(con, shown.data, version, _kind(request), query)

    def describe(request, con, version):
        return "json", openapi.document(version)

    methods = ["GET", "HEAD", "OPTIONS"]
    return [
        Route(f"{PREFIX}/indicators", listing("indicators", queries.indicators, INDICATOR_COLUMNS), methods=methods),
        Route(f"{PREFIX}/countries", listing("countries", queries.countries), methods=methods),
        Route(f"{PREFIX}/sources", listing("sources", queries.sources, [*SOURCE_COLUMNS, "authority"]), methods=methods),
        Route(f"{PREFIX}/series.{{format:str}}", _formats(_endpoint(store, lambda r: {"indicator", "countries", "years"}, series)), methods=methods),
        Route(f"{PREFIX}/views/{{view:str}}.{{format:str}}", _formats(_endpoint(store, view_names, view)), methods=methods),
        Route(f"{PREFIX}/openapi.json", _endpoint(store, lambda r: set(), describe), methods=methods),
    ]  # fmt: skip


def _formats(handle: Callable) -> Callable:
    def only_csv_or_json(request: Request) -> Response:
        if request.path_params["format"] not in ("csv", "json"):
            return _error(404, "ask for .csv or .json")
        return handle(request)

    return only_csv_or_json
