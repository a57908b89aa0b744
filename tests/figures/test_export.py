"""Exports are produced offline and read back: image size, CSV rows, Excel sheets."""

from __future__ import annotations

import io
import shutil
import struct

import openpyxl
import pandas as pd
import plotly.graph_objects as go
import pytest

from aseanict.figures import charts, export, maps

ROWS = pd.DataFrame(
    {
        "entity": ["CHN", "CHN", "IDN"],
        "year": [2020, 2021, 2020],
        "value": [70.1, 73.0, 53.7],
        "source_id": ["wdi-x"] * 3,
    }
)


def _figure() -> go.Figure:
    return charts.line_chart(
        ROWS,
        title="Internet users 中国",
        y_title="%",
        names={"CHN": "China"},
        source_line="Source: World Bank (CC BY 4.0)",
    )


needs_chromium = pytest.mark.skipif(
    export.chromium_path() is None and not __import__("os").environ.get("CI"), reason="no Chromium here"
)


@needs_chromium
def test_png_has_the_requested_size() -> None:
    png = export.figure_image(_figure(), "png", width=1400, height=800)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (1400, 800)


@needs_chromium
def test_svg_carries_title_and_source_line() -> None:
    svg = export.figure_image(_figure(), "svg").decode("utf-8")
    assert svg.lstrip().startswith("<svg") and "Internet users" in svg and "World Bank (CC BY 4.0)" in svg


def test_unsupported_format_is_refused() -> None:
    with pytest.raises(ValueError):
        export.figure_image(_figure(), "gif")


def test_missing_browser_gives_a_clear_message(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    monkeypatch.setattr(export, "_server_started", False)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    export.chromium_path.cache_clear()  # it is looked up once a process
    request.addfinalizer(export.chromium_path.cache_clear)
    with pytest.raises(export.ExportError, match="apt-get install chromium"):
        export.figure_image(_figure(), "png")


def test_csv_rows_equal_rows_shown() -> None:
    back = pd.read_csv(io.BytesIO(export.frame_csv(ROWS)))
    pd.testing.assert_frame_equal(back, ROWS)


def test_excel_has_data_and_credit() -> None:
    xlsx = export.frame_excel(ROWS, title="Internet users", credit="Source: World Bank (CC BY 4.0)")
    book = openpyxl.load_workbook(io.BytesIO(xlsx))
    assert book.sheetnames[:2] == ["data", "about"]
    assert book["data"].max_row == len(ROWS) + 1
    assert book["about"]["B3"].value == "Source: World Bank (CC BY 4.0)"


def test_exports_carry_the_data_version() -> None:
    stamped = export.with_data_version(_figure(), "aseanict data version 1fe73d99afab (2026-11-30)")
    assert [a.text for a in stamped.layout.annotations][-1] == "aseanict data version 1fe73d99afab (2026-11-30)"
    assert len(_figure().layout.annotations) == len(stamped.layout.annotations) - 1  # the original is untouched
    xlsx = export.frame_excel(ROWS, title="t", credit="c", data_version="aseanict data version 1fe73d99afab")
    assert openpyxl.load_workbook(io.BytesIO(xlsx))["about"]["B4"].value == "aseanict data version 1fe73d99afab"


def test_an_export_without_its_title_keeps_everything_else() -> None:
    fig = _figure()
    bare = export.for_export(fig, titled=False)
    assert not bare.layout.title.text and bare.layout.margin.t <= 40
    assert fig.layout.title.text == "Internet users 中国"  # the page's figure is not changed
    assert [a.text for a in bare.layout.annotations] == [a.text for a in fig.layout.annotations]  # source line
    assert export.FONT_FAMILY in bare.layout.font.family


@needs_chromium
def test_the_slide_size_is_full_hd_16_9() -> None:
    png = export.sized_image(_figure(), "png", "slide")
    assert struct.unpack(">II", png[16:24]) == (1920, 1080)
    pdf = export.sized_image(_figure(), "pdf", "slide")
    box = [float(v) for v in __import__("re").search(rb"/MediaBox\s*\[([^\]]+)\]", pdf).group(1).split()]
    assert abs((box[2] - box[0]) / (box[3] - box[1]) - 16 / 9) < 0.01


def _animated_map() -> go.Figure:
    values = pd.DataFrame({"entity": ["SGP", "KHM", "SGP", "KHM"], "year": [2023, 2023, 2024, 2024], "value": [94.3, 60.7, 96.0, 34.0]})  # fmt: skip
    titles = {2023: "Internet users, 2023", 2024: "Internet users, 2024"}
    return maps.value_map(values, year=2023, titles=titles, colorbar_title="%", names={}, source_line="Source: WB",
                          selected=["SGP", "KHM"], lang="en", scale=(0, 100))  # fmt: skip


def test_a_static_export_of_an_animated_map_has_no_controls_and_keeps_its_year(monkeypatch) -> None:
    fig = _animated_map()
    assert fig.frames and fig.layout.sliders and fig.layout.updatemenus  # what the page shows in the browser
    drawn = []
    monkeypatch.setattr(export, "_ensure_server", lambda: None)
    monkeypatch.setattr(export.pio, "to_image", lambda figure, **kwargs: drawn.append(figure) or b"png")
    for fmt in ("png", "svg", "pdf"):
        export.sized_image(fig, fmt, "slide", titled=False)
    export.figure_image(fig, "pdf")
    assert len(drawn) == 4
    for figure in drawn:
        as_json = figure.to_plotly_json()
        assert (
            not as_json.get("frames") and "sliders" not in as_json["layout"] and "updatemenus" not in as_json["layout"]
        )
        shaded = next(tr for tr in figure.data if tr.type == "choroplethmap" and tr.coloraxis)
        assert list(shaded.z) == [94.3, 60.7]  # the year the map opens on, 2023, not the last frame
    assert export.for_export(fig).layout.title.text == "Internet users, 2023"
    assert len(fig.frames) == 2 and fig.layout.sliders  # the page's figure keeps its controls


def foot(fig: go.Figure) -> list[tuple[str, float]]:
    return [(a.text, a.yshift) for a in fig.layout.annotations if a.name == charts.FOOT]


def test_an_animated_map_exports_without_an_empty_band_where_its_controls_were() -> None:
    values = pd.DataFrame({"entity": ["SGP", "SGP"], "year": [2023, 2024], "value": [94.3, 96.0]})
    common = {
        "colorbar_title": "%",
        "names": {},
        "source_line": "Source: World Bank",
        "selected": ["SGP"],
        "lang": "en",
    }
    animated = maps.value_map(values, year=2024, titles={2023: "a", 2024: "b"}, **common)
    still = maps.value_map(values[values.year == 2024], year=2024, titles={2024: "b"}, **common)
    assert animated.layout.margin.b == still.layout.margin.b + maps.CONTROLS_HEIGHT  # on the page: the controls
    stamp = "aseanict data version 1fe73d99afab"
    exported = export.for_export(export.with_data_version(animated, stamp))
    # Before: 62 px more bottom margin, and the source line 62 px lower, under nothing.
    assert exported.layout.margin.b == still.layout.margin.b
    assert foot(exported) == [(still.layout.annotations[-1].text, still.layout.annotations[-1].yshift), (stamp, -6)]
    assert animated.layout.margin.b == still.layout.margin.b + maps.CONTROLS_HEIGHT  # the page's figure unchanged


def test_the_data_version_sits_on_the_source_lines_row() -> None:
    stamped = export.with_data_version(_figure(), "v1")
    assert [shift for _, shift in foot(stamped)] == [-62, -62]


def test_an_exported_images_point_names_are_kept_apart_at_its_width(monkeypatch) -> None:
    names = ["Brunei Darussalam", "Malaysia"]
    fig = go.Figure(go.Scatter(x=[50, 51], y=[50, 50.5], mode="markers+text", text=names, textposition="top center",
                               marker={"size": [400.0, 20.0], "sizemode": "area"}))  # fmt: skip
    fig.update_xaxes(range=[0, 100])
    fig.update_yaxes(range=[0, 100])
    drawn = []
    monkeypatch.setattr(export, "_ensure_server", lambda: None)
    monkeypatch.setattr(export.pio, "to_image", lambda figure, **kwargs: drawn.append(figure) or b"png")
    export.figure_image(fig, "png")
    places = drawn[0].data[0].textposition
    assert places[0] == "top center" and places[1] != "top center"  # the smaller point's name moved off the other's
    assert fig.data[0].textposition == "top center"  # the figure given is not changed
