"""The API's OpenAPI 3 description, served at /api/v1/openapi.json; the chart views are listed from their registry,
so a new view is described as soon as it exists."""

from __future__ import annotations

from aseanict import __version__
from aseanict.api import params
from aseanict.topics import chart_views

_ERROR = {"description": "bad parameter (400), unknown view (404), over a limit (413) or what-if settings that make "
                          "no scenario (422): a JSON message",
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}  # fmt: skip
_FORMAT = {"name": "format", "in": "path", "required": True, "schema": {"type": "string", "enum": ["csv", "json"]}}


def _query(name: str, description: str, schema: dict) -> dict:
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


def _view_parameter(p: chart_views.Param) -> dict:
    if p.kind == "countries":
        return _query(p.name, "ISO3 codes separated by ~", {"type": "string", "default": "~".join(p.default)})
    if p.kind == "flag":
        return _query(p.name, "1 or 0", {"type": "string", "enum": ["1", "0"], "default": "1" if p.default else "0"})
    if p.kind in ("int", "number"):
        schema = {"type": "integer" if p.kind == "int" else "number", "minimum": p.lo, "maximum": p.hi}
        return _query(p.name, p.about or "a number", schema | ({"default": p.default} if p.default is not None else {}))
    if p.kind == "code":
        return _query(p.name, p.about, {"type": "string"} | ({"default": p.default} if p.default is not None else {}))
    schema = {"type": "string", "enum": list(p.choices)} | ({"default": p.default} if p.default is not None else {})
    return _query(p.name, p.about or "one of the options", schema)


def _get(summary: str, parameters: list[dict], answers: str) -> dict:
    return {"get": {"summary": summary, "parameters": parameters,
                    "responses": {"200": {"description": answers}, "304": {"description": "not modified (ETag)"},
                                  "400": _ERROR, "404": _ERROR, "413": _ERROR, "422": _ERROR}}}  # fmt: skip


def document(version: dict) -> dict:
    paths = {
        "/api/v1/indicators": _get("Every indicator: code, names, unit, topic, precision", [], "JSON list"),
        "/api/v1/countries": _get("Every country and group: ISO3 code, names, ASEAN accession, groups", [], "JSON"),
        "/api/v1/sources": _get("Every source: producer, title, URL, licence, date accessed", [], "JSON list"),
        "/api/v1/series.{format}": _get(
            f"Values of up to {params.MAX_INDICATORS} indicators (the most authoritative source per value)",
            [
                _FORMAT,
                {**_query("indicator", "indicator codes separated by ~", {"type": "string"}), "required": True},
                _query("countries", "ISO3 codes separated by ~ (all when absent)", {"type": "string"}),
                _query("years", "a year or a range like 2010..2024", {"type": "string"}),
            ],
            f"CSV, or JSON with sources, licences, units, notes, series breaks and the data version; at most "
            f"{params.MAX_ROWS} rows",
        ),
    }
    for name, view in chart_views.VIEWS.items():
        parameters = [_FORMAT, _query("lang", "en or zh", {"type": "string", "enum": ["en", "zh"]})]
        paths[f"/api/v1/views/{name}.{{format}}"] = _get(
            f"The rows of the chart {name} (page {view.page}), exactly its CSV download",
            parameters + [_view_parameter(p) for p in view.params],
            "CSV, or JSON with the rows and their metadata",
        )
    return {
        "openapi": "3.0.3",
        "info": {"title": "aseanict data API", "version": __version__,
                 "description": f"Read-only ICT data for China and ASEAN; data version {version['version']} "
                                f"({version['date']}). Query strings up to {params.MAX_QUERY_LENGTH} characters."},
        "paths": paths,
        "components": {"schemas": {"Error": {"type": "object", "properties": {"error": {"type": "object",
                       "properties": {"status": {"type": "integer"}, "message": {"type": "string"},
                                      "parameter": {"type": "string"}}}}}}},
    }  # fmt: skip
