"""A grid of panels redrawn one panel a row for a phone (figures.narrow)."""

from __future__ import annotations

import copy
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from aseanict.core.breaks import Registry
from aseanict.figures import charts, focus, narrow
from aseanict.topics.countries import profiles

CODES = ["IT.NET.USER.ZS", "IT.NET.BBND.P2", "IT.CEL.SETS.P2"]  # three panels in a 2 × 2 grid: one cell empty


def _rows() -> pd.DataFrame:
    return pd.DataFrame(
        [
            (entity, code, year, value + i)
            for entity, value in (("CHN", 10.0), ("THA", 20.0), ("KHM", 5.0))
            for code in CODES
            for i, year in enumerate(range(2015, 2024))
        ],
        columns=["entity", "indicator", "year", "value"],
    ).assign(source_id="wdi")


def _grid() -> dict:
    registry = Registry.from_frame(
        pd.DataFrame({"note_id": ["N"], "entity": ["CHN"], "indicator": [CODES[1]], "year": [2020],
                      "kind": ["series_break"]})
    )  # fmt: skip
    labels = {c: f"Panel {c}" for c in CODES}
    fig = profiles.small_multiples(
        _rows(), CODES, {"CHN": "China"}, labels, title="t", source_line="S", breaks=registry, lang="en"
    )
    return fig.to_dict()


def test_a_figure_without_a_grid_is_left_as_it_is() -> None:
    spec = go.Figure(go.Scatter(x=[1, 2], y=[3, 4])).to_dict()
    assert narrow.one_column(spec) is spec


def test_panels_stack_one_a_row_with_their_titles_and_marks() -> None:
    spec = _grid()
    before = copy.deepcopy(spec)
    out = narrow.one_column(spec)
    assert spec == before  # the shared figure's dict is not changed
    layout = out["layout"]
    domains = [layout["yaxis" if k == 0 else f"yaxis{k + 1}"]["domain"] for k in range(3)]
    assert all(layout["xaxis" if k == 0 else f"xaxis{k + 1}"]["domain"] == [0, 1] for k in range(3))  # full width
    for (low, high), (next_low, next_high) in zip(domains, domains[1:]):
        assert 0 <= next_low < next_high < low < high <= 1  # top to bottom, never overlapping
    assert layout["xaxis4"]["visible"] is False and layout["yaxis4"]["visible"] is False  # the empty cell
    titles = layout["annotations"][:3]
    assert [a["text"] for a in titles] == [f"Panel {c}" for c in CODES]
    assert [a["y"] for a in titles] == [high for _, high in domains]  # each title sits on its own panel
    assert all(a["x"] == 0.5 for a in titles)
    mark = next(a for a in layout["annotations"] if "series break" in a["text"])
    assert mark["xref"] == "x2" and mark["yref"] == "y2 domain"  # tied to its panel's axes: it moves with them
    assert layout["legend"]["orientation"] == "h"  # across the top, not a third of the width at the right
    assert layout["height"] > spec["layout"]["height"]  # three rows instead of two


def test_the_top_margin_holds_the_legend_rows() -> None:
    spec = _grid()
    one = narrow.one_column(spec)["layout"]
    for trace in spec["data"]:
        trace["showlegend"] = False
    none = narrow.one_column(spec)["layout"]
    assert one["margin"]["t"] - none["margin"]["t"] == 2 * narrow.sizes.LEGEND_ROW_PX  # three names: two rows


LONG_CREDIT = (
    "Sources: ITU (CC BY-NC-SA 3.0 IGO, ITU terms of use); World Bank WDI (CC BY 4.0); "
    "CAICT China-ASEAN ICT report 2024 (all rights reserved, quoted with attribution)"
)


def test_a_phone_wraps_the_source_line_to_the_screen_and_keeps_every_word() -> None:
    spec = charts.style(go.Figure(go.Scatter(x=[1, 2], y=[3, 4])), title="t", source_line=LONG_CREDIT).to_dict()
    out = narrow.for_phone(spec)["layout"]
    foot = next(a for a in out["annotations"] if a.get("name") == charts.FOOT)
    lines = foot["text"].split("<br>")
    assert len(lines) > 1 and all(len(line) <= narrow.sizes.PHONE_LINE for line in lines)
    assert " ".join(lines) == LONG_CREDIT  # broken at spaces, nothing lost
    assert all(line in LONG_CREDIT for line in lines)
    desktop = next(a for a in spec["layout"]["annotations"] if a.get("name") == charts.FOOT)["text"].split("<br>")
    added = len(lines) - len(desktop)
    assert added > 0
    assert out["margin"]["b"] == spec["layout"]["margin"]["b"] + narrow.sizes.FOOT_LINE_PX * added
    assert out["height"] == spec["layout"]["height"] + narrow.sizes.FOOT_LINE_PX * added


def test_chinese_lines_join_back_without_spaces() -> None:
    credit = "来源：国际电联（CC BY-NC-SA 3.0 IGO，国际电联使用条款）；世界银行世界发展指标（CC BY 4.0）" * 3
    spec = charts.style(go.Figure(), title="t", source_line=credit).to_dict()
    foot = next(a for a in narrow.for_phone(spec)["layout"]["annotations"] if a.get("name") == charts.FOOT)
    lines = foot["text"].split("<br>")
    assert len(lines) > 3 and all(line in credit for line in lines)  # no space added between characters, none lost
    assert "".join(lines).replace(" ", "") == credit.replace(" ", "")


def test_the_grey_note_stands_under_the_title_on_a_phone_wrapped_to_the_screen() -> None:
    # Beside the title, as a desktop has it, the note ran off a phone's left edge (English) or over the title (Chinese).
    codes = ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]  # more than can be told apart
    rows = pd.DataFrame([(c, y, float(i + y - 2015)) for i, c in enumerate(codes) for y in range(2015, 2024)],
                        columns=["entity", "year", "value"])  # fmt: skip
    fig = charts.line_chart(rows, title="t", y_title="%", names={}, source_line="S")
    spec = charts.apply_focus(fig, (), lang="en").to_dict()
    note = next(a for a in spec["layout"]["annotations"] if a.get("name") == focus.GREY_NOTE)
    out = narrow.for_phone(spec)["layout"]
    moved = next(a for a in out["annotations"] if a.get("name") == focus.GREY_NOTE)
    lines = moved["text"].split("<br>")
    assert len(lines) == 2 and all(len(line) <= narrow.sizes.PHONE_LINE for line in lines)
    assert " ".join(lines) == note["text"] and (moved["x"], moved["xanchor"]) == (0, "left")
    assert out["margin"]["t"] == spec["layout"]["margin"]["t"] + 2 * narrow.sizes.NOTE_LINE_PX
    assert out["height"] == spec["layout"]["height"] + 2 * narrow.sizes.NOTE_LINE_PX
    assert (out["title"]["yref"], out["title"]["y"], out["title"]["text"]) == ("container", 1, "t")
    focused = charts.apply_focus(fig, ("VNM",), lang="en").to_dict()  # no grey note: nothing moves
    assert narrow.for_phone(focused)["layout"]["margin"]["t"] == focused["layout"]["margin"]["t"]


def test_a_long_title_wraps_to_a_phone_and_the_plot_moves_down_by_its_lines() -> None:
    title = "ICT Development Index 2009–2017 method, China and ASEAN, 2009–2017 editions"  # ran off the right edge
    spec = charts.style(go.Figure(go.Scatter(x=[1, 2], y=[3, 4])), title=title, source_line="S").to_dict()
    out = narrow.for_phone(spec)["layout"]
    lines = out["title"]["text"].split("<br>")
    assert len(lines) == 3 and all(charts.display_width(line) <= narrow.sizes.TITLE_LINE for line in lines)
    assert " ".join(lines) == title and (out["title"]["yref"], out["title"]["yanchor"]) == ("container", "top")
    assert out["margin"]["t"] == spec["layout"]["margin"]["t"] + 2 * narrow.sizes.TITLE_LINE_PX
    assert out["height"] == spec["layout"]["height"] + 2 * narrow.sizes.TITLE_LINE_PX


def test_a_bar_charts_names_leave_its_notes_fewer_characters_a_line() -> None:
    # Plotly widens the left margin for the names, and the notes start at the plot: the credit ran off the screen.
    bars = pd.DataFrame({"entity": ["BRN", "VNM"], "value": [1.0, 2.0]})
    fig = charts.bar_chart(bars, title="t", x_title="x", names={"BRN": "Brunei Darussalam"}, source_line=LONG_CREDIT)
    width = narrow.sizes.note_width(fig.to_dict())
    assert width < narrow.sizes.PHONE_LINE - 8
    foot = next(a for a in narrow.for_phone(fig.to_dict())["layout"]["annotations"] if a.get("name") == charts.FOOT)
    assert all(len(line) <= width for line in foot["text"].split("<br>"))
    assert (
        narrow.sizes.note_width(charts.style(go.Figure(), title="t", source_line="S").to_dict())
        == narrow.sizes.PHONE_LINE
    )


def test_a_legend_at_the_foot_gets_the_rows_a_phone_wraps_it_into() -> None:
    # Two long names: one row on a desktop, two on a phone, whose second row ran over the source line.
    fig = go.Figure([go.Scatter(x=[1], y=[1], name="ASEAN average (as published by CAICT)"),
                     go.Scatter(x=[1], y=[2], name="World average (same edition)")])  # fmt: skip
    fig.update_layout(showlegend=True, legend={"yref": "container", "y": 0}, height=500, margin={"b": 106})
    out = narrow.notes.legend_rows(fig.to_dict())["layout"]
    assert (out["margin"]["b"], out["height"]) == (106 + focus.LEGEND_ROW_PX, 500 + focus.LEGEND_ROW_PX)
    fig.update_traces(name="A")  # short names share a row: nothing to add
    assert narrow.notes.legend_rows(fig.to_dict())["layout"]["margin"]["b"] == 106


def test_a_legend_at_the_right_moves_to_the_foot_on_a_phone_and_the_plot_keeps_the_width() -> None:
    # At the right, the what-if chart's legend took half a phone's width: its lines were drawn in ~140 of 390 px.
    fig = go.Figure([go.Scatter(x=[1, 2], y=[1, 2], name=name) for name in ("Data", "Base (10%)", "High (15%)", "Low")])
    fig.update_layout(height=500, margin={"b": 80})
    out = narrow.for_phone(fig.to_dict())["layout"]
    assert out["legend"]["orientation"] == "h" and (out["legend"]["yref"], out["legend"]["y"]) == ("container", 0)
    assert out["margin"]["b"] >= 80 + 2 * focus.LEGEND_ROW_PX and out["height"] - 500 == out["margin"]["b"] - 80
    one = go.Figure([go.Scatter(x=[1], y=[1], name="Data")]).update_layout(height=500)
    assert "legend" not in narrow.for_phone(one.to_dict())["layout"]  # one entry: Plotly shows no legend
    hidden = go.Figure(fig).update_layout(showlegend=False)
    assert narrow.notes.legend_to_foot(hidden.to_dict()) == hidden.to_dict()
    assert narrow.for_desktop(fig.to_dict())["layout"].get("legend") is None  # a desktop keeps it at the right


def test_a_slope_charts_own_labels_get_the_room_they_need_on_a_phone() -> None:
    # The right-hand labels (name, value, rank change) ran off a phone's screen inside the desktop's x range.
    label = "Brunei Darussalam 99.0 ▲1"
    spec = {
        "data": [{"type": "scatter", "x": [2016, 2023], "y": [90.0, 99.0]}],
        "layout": {
            "meta": {focus.OWN_LABEL: True},
            "xaxis": {"tickvals": [2016, 2023], "range": [2014.25, 2029.3]},
            "annotations": [
                {"x": 2016, "y": 90.0, "text": "90.0", "xanchor": "right", "name": f"BRN|{focus.OWN_LABEL}"},
                {"x": 2023, "y": 99.0, "text": label, "xanchor": "left", "name": f"BRN|{focus.OWN_LABEL}"},
            ],
        },
    }
    lo, hi = narrow.for_phone(spec)["layout"]["xaxis"]["range"]
    right_px = (hi - 2023) / (hi - lo) * narrow.sizes.PLOT_PHONE_PX
    left_px = (2016 - lo) / (hi - lo) * narrow.sizes.PLOT_PHONE_PX
    assert right_px >= narrow.sizes.CHAR_PX[12] * len(label) and left_px >= narrow.sizes.CHAR_PX[12] * 4
    assert (2023 - 2016) / (hi - lo) >= narrow.sizes.LINES_SHARE  # room left for the lines themselves
    spec["layout"]["meta"] = {}
    assert narrow.for_phone(spec)["layout"]["xaxis"]["range"] == [2014.25, 2029.3]  # other charts: as they are


def test_a_bar_charts_long_category_names_wrap_level_under_their_bars_on_a_phone() -> None:
    # Tilted by Plotly on a phone, "e-Conomy SEA 2016" and its neighbours ran into one another and the source line.
    names = ["Fixed broadband basket", "Mobile data basket", "Data and voice basket", "Entry mobile broadband",
             "Voice only basket", "Fixed voice line"]  # fmt: skip
    fig = charts.style(go.Figure(go.Bar(x=names, y=[1, 2, 3, 4, 5, 6])), title="t", source_line="S")
    axis = narrow.for_phone(fig.to_dict())["layout"]["xaxis"]
    assert axis["tickvals"] == names and axis["tickangle"] == 0
    assert [text.replace("<br>", " ") for text in axis["ticktext"]] == names  # every word kept, in order
    assert all(1 < len(text.split("<br>")) <= narrow.sizes.TICK_LINES for text in axis["ticktext"])
    short = charts.style(go.Figure(go.Bar(x=["A", "B"], y=[1, 2])), title="t", source_line="S").to_dict()
    assert "tickvals" not in narrow.for_phone(short)["layout"].get("xaxis", {})


def test_words_every_bar_name_begins_with_are_said_once_as_the_axis_title_on_a_phone() -> None:
    # Wrapped, "e-Conomy SEA / 2016" and its neighbours still touched under bars a sixth of the width apart.
    editions = [f"e-Conomy SEA {year}" for year in (2016, 2018, 2019, 2020, 2021)] + ["e-Conomy SEA 2016 (2)"]
    fig = charts.style(go.Figure(go.Bar(x=editions, y=[1, 2, 3, 4, 5, 6])), title="t", source_line="S")
    axis = narrow.for_phone(fig.to_dict())["layout"]["xaxis"]
    assert axis["tickvals"] == editions  # the bars and their hover keep the whole name
    assert axis["ticktext"] == ["2016", "2018", "2019", "2020", "2021", "2016 (2)"]
    assert axis["title"]["text"] == "e-Conomy SEA"
    fig.update_xaxes(title_text="Edition")  # an axis with a title of its own keeps it, and the names whole
    titled = narrow.for_phone(fig.to_dict())["layout"]["xaxis"]
    assert titled["title"]["text"] == "Edition" and [t.replace("<br>", " ") for t in titled["ticktext"]] == editions


def test_bars_whose_names_are_a_numpy_array_are_drawn_on_a_phone() -> None:
    # The forecast errors chart's bars name their rows with an array: asking it for its truth raised on a phone.
    names = np.array([f"e-Conomy SEA {year}" for year in range(2016, 2022)], dtype=object)
    values = np.arange(6.0)
    across = charts.style(go.Figure(go.Bar(x=values, y=names, orientation="h")), title="t", source_line="S")
    assert narrow.sizes.note_width(across.to_dict()) < narrow.sizes.PHONE_LINE
    under = charts.style(go.Figure(go.Bar(x=names, y=values)), title="t", source_line="S").to_dict()
    under["data"][0]["x"] = names  # as an array, the way a figure built from a table hands it over
    assert narrow.for_phone(under)["layout"]["xaxis"]["tickvals"] == list(names)


def test_a_horizontal_bar_charts_long_names_wrap_beside_their_bars_on_a_phone() -> None:
    # The forecast check's names (~50 characters) took most of a phone's width and were cut at its left edge.
    names = [f"e-Conomy SEA {year} · Internet economy GMV → 2025: {year - 1800}" for year in range(2016, 2022)]
    fig = charts.style(go.Figure(go.Bar(x=np.arange(6.0), y=names, orientation="h")), title="t", source_line="S")
    fig.update_layout(height=300)
    spec = fig.to_dict()
    out = narrow.for_phone(spec)["layout"]
    assert out["yaxis"]["tickvals"] == names  # the bars and their hover keep the whole name
    lines = [text.split("<br>") for text in out["yaxis"]["ticktext"]]
    assert [" ".join(parts) for parts in lines] == names  # every word kept, in order
    assert all(len(parts) > 1 and max(map(charts.display_width, parts)) <= narrow.sizes.NAME_LINE for parts in lines)
    plot_px = out["height"] - out["margin"]["t"] - out["margin"]["b"]
    assert plot_px >= len(names) * max(map(len, lines)) * narrow.sizes.NAME_LINE_PX  # each name's lines fit its row
    assert narrow.sizes.note_width(narrow.axes.names_wrapped(spec)) > narrow.sizes.note_width(
        spec
    )  # narrower names, longer notes
    countries = charts.style(go.Figure(go.Bar(x=[1, 2], y=["Brunei Darussalam", "China"], orientation="h")),
                             title="t", source_line="S").to_dict()  # fmt: skip
    assert "tickvals" not in narrow.for_phone(countries)["layout"].get("yaxis", {})  # a country's name is one line


def test_a_horizontal_bar_charts_printed_values_fit_a_phones_plot() -> None:
    # "8.05 ▲" beyond the IDI's longest bar was cut at the plot's edge on a phone.
    bars = pd.DataFrame({"entity": ["SGP", "BRN", "VNM"], "value": [8.05, 6.75, 4.43]})
    fig = charts.bar_chart(bars, title="t", x_title="x", names={"BRN": "Brunei Darussalam"}, source_line="S",
                           value_format=".2f")  # fmt: skip
    fig.update_xaxes(range=[0, 8.05 * 1.15])
    spec = fig.to_dict()  # its values as Plotly writes numbers: base64, not a list
    lo, hi = narrow.for_phone(spec)["layout"]["xaxis"]["range"]
    plot_px = (
        narrow.sizes.PLOT_PHONE_PX
        + narrow.sizes.MARGIN_L_PX
        - (narrow.sizes._names_px(spec) + narrow.sizes.NAME_PAD_PX)
    )
    text_px = narrow.sizes.BAR_TEXT_GAP_PX + narrow.sizes.CHAR_PX[13] * len("8.05")
    assert lo == 0 and 8.05 / hi * plot_px + text_px <= plot_px  # the bar and its value fit
    fig.update_traces(textposition="inside")  # nothing printed beyond the bars: the range is the chart's own
    assert narrow.for_phone(fig.to_dict())["layout"]["xaxis"]["range"] == [0, 8.05 * 1.15]
    # Both sides of zero (the forecast check): the range grows about zero, so the bars keep their proportions.
    errors = go.Figure(go.Bar(x=[-33.3, 21.0], y=["a", "b"], orientation="h", text=["≤ -33.3%", "≤ +21.0%"],
                              textposition="outside"))  # fmt: skip
    errors.update_xaxes(range=[-53.3, 53.3])
    lo, hi = narrow.for_phone(errors.to_dict())["layout"]["xaxis"]["range"]
    assert lo == -hi and hi > 53.3


def test_bars_with_values_that_are_not_numbers_are_left_as_they_are_on_a_phone() -> None:
    spec = {"data": [{"type": "bar", "orientation": "h", "x": ["a", None, float("nan")], "y": ["x", "y", "z"],
                      "text": ["1", "2", "3"], "textposition": "outside"}], "layout": {"xaxis": {"range": [0, 1]}}}  # fmt: skip
    assert narrow.for_phone(spec)["layout"]["xaxis"]["range"] == [0, 1]


def _yearly(years: range, margin_r: int) -> dict:
    fig = go.Figure(go.Scatter(x=list(years), y=[float(y) for y in years]))
    fig.update_layout(xaxis_dtick=1, margin={"l": 60, "r": margin_r})
    return fig.to_dict()  # years as Plotly writes them: a typed array


def test_yearly_ticks_spread_to_every_few_years_where_a_phones_plot_cannot_hold_one_a_year() -> None:
    crowded = _yearly(range(2014, 2027), margin_r=160)  # 13 years beside 140 px of line labels
    spread = narrow.for_phone(crowded)["layout"]["xaxis"]["dtick"]
    plot_px = narrow.sizes.PLOT_PHONE_PX - (160 - narrow.sizes.MARGIN_R_PX)
    assert spread > 1 and (12 // spread + 1) * narrow.sizes.YEAR_TICK_PX <= plot_px
    assert crowded["layout"]["xaxis"]["dtick"] == 1  # the desktop's figure is not changed
    roomy = _yearly(range(2018, 2024), margin_r=20)
    assert narrow.for_phone(roomy)["layout"]["xaxis"]["dtick"] == 1
    named = copy.deepcopy(crowded)
    named["layout"]["xaxis"] |= {"tickvals": [2014, 2020, 2026]}
    assert narrow.for_phone(named)["layout"]["xaxis"]["dtick"] == 1  # ticks the figure names are its own


def test_a_bar_value_that_would_cross_a_reference_line_on_a_phone_is_printed_inside_its_bar() -> None:
    values = pd.DataFrame({"entity": ["LAO", "PHL", "SGP"], "value": [1.0, 4.67, 8.05]})
    fig = charts.bar_chart(values, title="t", x_title="x", names={}, source_line="s", reference_value=5.11,
                           reference_name="World", value_format=".2f")  # fmt: skip
    fig.update_xaxes(range=[0, 9.3])
    desktop = fig.to_dict()
    phone = narrow.for_phone(desktop)["data"][0]
    by_value = dict(zip(phone["text"], phone["textposition"]))
    assert by_value == {"1.00": "outside", "4.67": "inside", "8.05": "outside"}  # 4.67's text ran across 5.11
    assert desktop["data"][0]["textposition"] == "outside"  # the desktop's figure is not changed
    assert narrow.bars.values_clear_of_lines(narrow.for_phone(go.Figure(go.Bar(x=[1], y=["a"])).to_dict()))  # no line


def _bubbles(note: str) -> dict:
    fig = go.Figure(go.Scatter(x=[150.0, 2_000.0, 60_000.0], y=[1, 2, 3], mode="markers+text", text=["a", "b", "c"],
                               textposition="top center"))  # fmt: skip
    fig.update_xaxes(type="log", range=[2, 5])  # 100 to 100,000
    fig.update_layout(height=600, margin={"t": 100, "b": 200},
                      legend={"orientation": "h", "y": 1.0, "yanchor": "bottom"})  # fmt: skip
    frame_note = {"name": charts.BREAK_NOTE, "text": note, "x": 0.01, "y": 0.93, "xref": "paper", "yref": "paper",
                  "yanchor": "top", "bgcolor": "white", "showarrow": False}  # fmt: skip
    fig.update_layout(annotations=[frame_note])
    fig.frames = [go.Frame(name="2023", data=[fig.data[0]], layout={"annotations": [frame_note]})]
    return fig.to_dict()


def test_a_series_break_note_goes_above_a_phones_plot_under_the_legend_in_every_frame() -> None:
    desktop = _bubbles("New method from 2023: China (Individuals using the Internet (% of population))")
    phone = narrow.for_phone(desktop)
    notes = [phone["layout"]["annotations"][0], phone["frames"][0]["layout"]["annotations"][0]]
    assert all((n["y"], n["yanchor"], n["x"]) == (1, "bottom", 0) and "bgcolor" not in n for n in notes)
    lines = len(notes[0]["text"].split("<br>"))
    assert lines == 2 and phone["layout"]["margin"]["t"] > desktop["layout"]["margin"]["t"]  # room made for them
    assert phone["layout"]["legend"]["y"] > 1  # the legend moved up over the note
    assert desktop["layout"]["annotations"][0]["y"] == 0.93  # the desktop's figure is not changed
    assert narrow.notes.break_note_above(_bubbles("")) == _bubbles("")  # a frame with no note: nothing to make room for


def test_a_points_name_near_a_phones_plot_edge_is_printed_towards_the_middle() -> None:
    phone = narrow.for_phone(_bubbles(""))
    places = ["top right", "top center", "top left"]  # 150 at the left edge, 2,000 mid-way, 60,000 at the right
    assert phone["data"][0]["textposition"] == places and phone["frames"][0]["data"][0]["textposition"] == places


def _crowd(xs: list[float], ys: list[float], names: list[str], sizes: list[float]) -> dict:
    fig = go.Figure(go.Scatter(x=xs, y=ys, mode="markers+text", text=names, textposition="top center",
                               textfont={"size": 11}, marker={"size": sizes, "sizemode": "area", "sizeref": 1.0}))  # fmt: skip
    fig.update_xaxes(range=[0, 100])
    fig.update_yaxes(range=[0, 100])
    fig.update_layout(height=500, margin={"t": 100, "b": 100})  # a 270 x 300 px plot on a phone
    fig.frames = [go.Frame(name="2023", data=[fig.data[0]])]
    return fig.to_dict()


def test_points_names_that_would_overlap_on_a_phone_move_apart_the_largest_point_keeping_its_place() -> None:
    # Two points a few px apart with long names: above both, the names would print over each other.
    desktop = _crowd([50, 52], [50, 51], ["Brunei Darussalam", "Malaysia"], [400.0, 20.0])
    phone = narrow.for_phone(desktop)
    for trace in (phone["data"][0], phone["frames"][0]["data"][0]):
        assert trace["textposition"][0] == "top center"  # the larger point's name stays above it
        assert trace["textposition"][1] != "top center"  # the other's goes below or beside its point
        assert trace["text"] == ["Brunei Darussalam", "Malaysia"]  # names (and so the hover) unchanged
    assert desktop["data"][0]["textposition"] == "top center"  # the desktop's figure is not changed


def test_a_points_name_with_no_free_place_on_a_phone_is_left_out_but_keeps_its_hover() -> None:
    # Five points on one spot: four places around it, so one name has nowhere to go.
    names = ["Aaaaaaaaaa", "Bbbbbbbbbb", "Cccccccccc", "Dddddddddd", "Eeeeeeeeee"]
    phone = narrow.for_phone(_crowd([50] * 5, [50] * 5, names, [100.0, 90.0, 80.0, 70.0, 60.0]))["data"][0]
    colours = phone["textfont"]["color"]
    assert colours.count(narrow.points.HIDDEN) == 1 and colours[-1] == narrow.points.HIDDEN  # the smallest point's
    assert phone["text"] == names
    places = phone["textposition"][:4]
    assert sorted(places) == ["bottom center", "middle left", "middle right", "top center"]


def test_points_names_far_apart_or_without_set_axes_are_left_as_they_are() -> None:
    apart = _crowd([20, 80], [20, 80], ["Cambodia", "Singapore"], [50.0, 50.0])
    assert narrow.points.labels_apart(apart) == apart
    assert narrow.points.labels_apart(_bubbles("")) == _bubbles("")  # no y range set: positions unknown


def test_a_log_axis_keeps_the_powers_of_ten_a_phones_plot_holds_level() -> None:
    values = pd.Series([60.0, 90_000.0])  # the bubble chart's incomes: 50, 100, 200, ... 100,000
    fig = go.Figure(go.Scatter(x=values, y=[1.0, 2.0]))
    fig.update_xaxes(**charts.log_axis(values))
    desktop = fig.to_dict()
    phone = narrow.for_phone(desktop)["layout"]["xaxis"]
    assert len(desktop["layout"]["xaxis"]["tickvals"]) > 8
    kept = list(zip(phone["tickvals"], phone["ticktext"]))
    assert len(kept) >= 2 and all(math.log10(v).is_integer() for v, _ in kept)  # 100, 1,000, ... or fewer
    assert set(kept) <= set(zip(desktop["layout"]["xaxis"]["tickvals"], desktop["layout"]["xaxis"]["ticktext"]))
    assert narrow.axes._ticks_px([t for _, t in kept]) <= narrow.sizes.PLOT_PHONE_PX
    few = go.Figure(go.Scatter(x=[2.0, 8.0], y=[1.0, 2.0]))
    few.update_xaxes(**charts.log_axis(pd.Series([2.0, 8.0])))
    roomy = few.to_dict()  # 2 and 5: level already
    assert narrow.for_phone(roomy)["layout"]["xaxis"]["tickvals"] == roomy["layout"]["xaxis"]["tickvals"]


def test_a_reference_lines_long_label_wraps_on_a_phone_with_no_word_cut() -> None:
    fig = go.Figure(go.Bar(x=["a", "b"], y=[197.0, 310.0]))
    for text in ("2025 estimate: >300 (e-Conomy SEA 2025)", "2025 年估计值：>300（e-Conomy SEA 2025）"):
        fig.add_hline(y=300, annotation_text=text, annotation_position="top left")
    fig.add_hline(y=100, annotation_text="target 99.0", annotation_position="top right")
    spec = fig.to_dict()
    labels = [note["text"] for note in narrow.for_phone(spec)["layout"]["annotations"]]
    for label, text in zip(
        labels, ("2025 estimate: >300 (e-Conomy SEA 2025)", "2025 年估计值：>300（e-Conomy SEA 2025）")
    ):
        lines = label.split("<br>")
        assert len(lines) > 1 and max(map(charts.display_width, lines)) <= narrow.sizes.LINE_LABEL
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
        assert any("e-Conomy" in line for line in lines) and any(">300" in line for line in lines)
    assert labels[2] == "target 99.0"  # short enough as it is
    assert "<br>" not in spec["layout"]["annotations"][0]["text"]  # the desktop's figure is not changed


def test_a_points_name_is_not_printed_over_another_point() -> None:
    # The larger point's name above it would cover the small point just above: it goes below instead, and the small
    # point's own name keeps its place. (Names were kept apart only from other names: Malaysia's dot under China's.)
    crowd = _crowd([50, 50], [50, 57], ["Aaaaaaaa", "Bbbbbbbb"], [400.0, 20.0])
    phone = narrow.for_phone(crowd)["data"][0]
    assert phone["textposition"] == ["bottom center", "top center"]


def test_a_laptop_keeps_apart_the_names_that_meet_at_its_width_and_only_those() -> None:
    close = _crowd([50, 52], [50, 51], ["Brunei Darussalam", "Malaysia"], [400.0, 20.0])
    assert narrow.for_desktop(close)["data"][0]["textposition"][1] != "top center"
    assert close["data"][0]["textposition"] == "top center"  # the dict given is not changed
    # 20 units apart: the names meet on a phone's 270 px plot but not on a laptop's (820 px less Plotly's margins).
    apart = _crowd([40, 60], [50, 50], ["Brunei Darussalam", "Malaysia"], [400.0, 20.0])
    assert narrow.for_phone(apart)["data"][0]["textposition"][1] != "top center"
    assert narrow.for_desktop(apart) == apart
