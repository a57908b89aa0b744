"""Focus countries, the grey rest and the lines' end labels (figures/focus.py through charts.apply_focus)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from aseanict.core.colours import GREY
from aseanict.figures import charts, focus

CODES = ["CHN", "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"]
NAMES = {code: f"Name of {code}" for code in CODES}


def lines(codes: list[str]) -> go.Figure:
    rows = pd.DataFrame(
        [{"entity": c, "year": y, "value": 10.0 * i + (y - 2020)} for i, c in enumerate(codes) for y in (2020, 2021)]
    )
    return charts.line_chart(rows, title="t", y_title="%", names=NAMES, source_line="Source: s")


def colour_of(fig: go.Figure, code: str) -> str:
    return next(tr.line.color for tr in fig.data if tr.legendgroup == code)


def end_labels(fig: go.Figure) -> dict[str, float]:
    return {a.text: a.y for a in fig.layout.annotations if a.name == focus.END_LABEL}


def test_few_lines_keep_every_colour_and_get_named_at_their_end() -> None:
    fig = lines(["CHN", "IDN", "VNM"])
    assert [colour_of(fig, c) for c in ("CHN", "IDN", "VNM")] == [
        charts.COUNTRY_COLOURS[c] for c in ("CHN", "IDN", "VNM")
    ]
    assert set(end_labels(fig)) == {"Name of CHN", "Name of IDN", "Name of VNM"}
    assert not any(tr.showlegend for tr in fig.data)  # named at their ends, not twice


def test_many_lines_without_focus_colour_only_the_anchors() -> None:
    fig = lines(CODES)
    assert colour_of(fig, "CHN") == charts.COUNTRY_COLOURS["CHN"]
    assert {colour_of(fig, c) for c in CODES if c != "CHN"} == {GREY}
    assert charts.greyed_count(fig) == 11


def test_focus_keeps_its_colour_thickens_and_goes_in_front() -> None:
    fig = charts.apply_focus(lines(CODES), ["VNM", "THA"], lang="en")
    assert colour_of(fig, "VNM") == charts.COUNTRY_COLOURS["VNM"]
    assert colour_of(fig, "CHN") == GREY  # a focus is a focus: China greys too
    vnm = next(tr for tr in fig.data if tr.legendgroup == "VNM")
    assert vnm.line.width > next(tr for tr in fig.data if tr.legendgroup == "CHN").line.width
    assert {tr.legendgroup for tr in fig.data[-2:]} == {"VNM", "THA"}  # drawn last: on top


def test_a_second_pass_restores_colours_and_replaces_labels() -> None:
    fig = charts.apply_focus(lines(CODES), ["VNM"])
    fig = charts.apply_focus(fig, ["MMR"])
    assert colour_of(fig, "VNM") == GREY
    assert colour_of(fig, "MMR") == charts.COUNTRY_COLOURS["MMR"]
    assert len(end_labels(fig)) == len(CODES)


def test_end_labels_never_overlap() -> None:
    rows = pd.DataFrame([{"entity": c, "year": 2021, "value": 50.0 + 0.01 * i} for i, c in enumerate(CODES[:6])])
    rows = pd.concat([rows, rows.assign(year=2020)])
    fig = charts.line_chart(rows, title="t", y_title="%", names=NAMES, source_line="s")
    placed = sorted(end_labels(fig).values())
    assert len(placed) == 6
    assert min(b - a for a, b in zip(placed, placed[1:])) > 0.001  # six lines within 0.05: labels moved apart


def test_spread_keeps_order_and_gap() -> None:
    assert focus.spread([0.0, 0.1, 0.2, 5.0], 1.0, 0.0, 10.0) == [0.0, 1.0, 2.0, 5.0]
    assert focus.spread([9.5, 9.8], 1.0, 0.0, 10.0) == [9.0, 10.0]


def test_focus_greys_the_other_bars() -> None:
    fig = charts.bar_chart(
        pd.DataFrame({"entity": ["CHN", "SGP", "MYS"], "value": [3.0, 2.0, 1.0]}),
        title="t", x_title="x", names=NAMES, source_line="s",
    )  # fmt: skip
    charts.apply_focus(fig, ["SGP"])
    by_code = dict(zip(fig.data[0].ids, fig.data[0].marker.color))
    assert by_code == {"MYS": GREY, "SGP": charts.COUNTRY_COLOURS["SGP"], "CHN": GREY}


def test_target_label_sits_in_the_right_margin_clear_of_end_labels() -> None:
    fig = lines(["CHN", "IDN"])
    fig.add_annotation(name=focus.TARGET_LABEL, text="< 2%", x=0, xref="paper", y=11.0, showarrow=False)
    charts.apply_focus(fig, [])
    target = next(a for a in fig.layout.annotations if a.name == focus.TARGET_LABEL)
    assert (target.x, target.xanchor) == (1, "left")  # out of the plot: it cannot sit on a line
    # Indonesia's line ends at 11, where the target is: the two labels are moved at least a label's height apart.
    assert abs(target.y - end_labels(fig)["Name of IDN"]) > 0.3


def test_grey_note_is_in_the_reader_language() -> None:
    fig = charts.apply_focus(lines(CODES), [], lang="zh")
    note = next(a.text for a in fig.layout.annotations if a.name == focus.GREY_NOTE)
    assert "灰色" in note


def test_bars_with_no_focus_keep_their_colours_and_no_grey_note() -> None:
    # Twelve bars and no focus: every bar keeps its colour, so a note saying lines are grey misread the chart.
    rows = pd.DataFrame({"entity": CODES, "value": [float(i) for i in range(len(CODES))]})
    fig = charts.apply_focus(
        charts.bar_chart(rows, title="t", x_title="x", names=NAMES, source_line="s"), [], lang="en"
    )
    assert GREY not in fig.data[0].marker.color
    assert not [a for a in fig.layout.annotations if a.name == focus.GREY_NOTE]
    assert [a for a in charts.apply_focus(lines(CODES), [], lang="en").layout.annotations if a.name == focus.GREY_NOTE]
