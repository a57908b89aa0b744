"""Chart builders: fixed colours, gaps stay gaps, every chart carries its title and source line."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from aseanict.figures import charts

ROWS = pd.DataFrame(
    {
        "entity": ["CHN", "CHN", "CHN", "IDN"],
        "year": [2000, 2001, 2004, 2000],
        "value": [1.0, 2.0, 4.0, 0.5],
        "source_id": ["s"] * 4,
    }
)


def build(**kwargs) -> object:
    return charts.line_chart(
        ROWS,
        title="Users",
        y_title="%",
        names={"CHN": "China", "IDN": "Indonesia"},
        source_line="Source: World Bank (CC BY 4.0)",
        **kwargs,
    )


def test_missing_years_are_gaps_not_bridges() -> None:
    china = next(t for t in build().data if t.name == "China")
    assert list(china.x) == [2000, 2001, 2002, 2003, 2004]
    assert [math.isnan(v) for v in china.y] == [False, False, True, True, False]


def test_each_country_keeps_its_colour() -> None:
    fig = build()
    colours = {t.name: t.line.color for t in fig.data}
    assert colours == {"China": charts.COUNTRY_COLOURS["CHN"], "Indonesia": charts.COUNTRY_COLOURS["IDN"]}


def test_legend_follows_the_last_values() -> None:
    assert [t.name for t in build().data] == ["China", "Indonesia"]


def test_title_and_source_line_are_in_the_figure() -> None:
    fig = build()
    assert fig.layout.title.text == "Users"
    assert any("World Bank (CC BY 4.0)" in a.text for a in fig.layout.annotations)


def test_long_credits_wrap_and_get_room() -> None:
    credit = "Sources: " + "; ".join(f"Producer number {i} (licence {i})" for i in range(8))
    lines = charts.wrap(credit, 60)
    assert len(lines) > 2 and all(len(line) <= 60 for line in lines)
    assert " ".join(lines).replace("  ", " ") == credit
    short = charts.style(build(), title="x", source_line="short")
    long = charts.style(build(), title="x", source_line=credit * 2)
    assert long.layout.margin.b > short.layout.margin.b


def test_chinese_text_counts_double_width() -> None:
    assert len(charts.wrap("来源：" + "世界银行" * 40, 60)) >= 5


def test_chinese_text_wraps_between_characters_never_inside_a_latin_word_or_number() -> None:
    title = "互联网用户（占人口比例）与人均国民总收入（阿特拉斯法，现价美元），1990–2024 年"
    lines = charts.wrap(title, 34)  # a plain cut at 34 columns split the year: "19" / "90–2024"
    assert all(charts.display_width(line) <= 34 for line in lines) and "".join(lines).replace(" ", "") == title.replace(
        " ", ""
    )
    assert any(line.startswith("1990") for line in lines)
    label = charts.wrap("2025 年估计值：>300（e-Conomy SEA 2025）", 16)
    assert any("e-Conomy" in line for line in label) and any(">300" in line for line in label)
    assert not any(line.endswith("（") for line in label)  # a bracket stays with what it holds
    assert (
        charts.wrap("年" * 3 + "abcdefghijklmnopqrstuvwxyz", 10)[1] == "abcdefghij"
    )  # a word wider than a line is cut


def test_wrapped_text_reads_as_it_was_on_one_line_again() -> None:
    cases = [("Individuals using the Internet (% of population), 2024", 20), ("来源：" + "世界银行" * 40, 20),
             ("互联网用户 2024 年", 12)]  # fmt: skip
    for text, width in cases:
        wrapped = "<br>".join(charts.wrap(text, width))
        assert "<br>" in wrapped and charts.unwrap(wrapped) == text


def test_log_ticks():
    assert charts.log_ticks(pd.Series([0.4, 37.0])) == [0.2, 0.5, 1, 2, 5, 10, 20, 50]
    assert charts.log_ticks(pd.Series([np.nan, -1.0])) == []


def joins_across(trace, year: int) -> bool:
    """Whether a drawn segment of a line runs from before `year` to `year` or later (NaN points cut a line)."""
    points = list(zip(trace.x, trace.y))
    return any(
        x0 < year <= x1 and not (math.isnan(y0) or math.isnan(y1)) for (x0, y0), (x1, y1) in zip(points, points[1:])
    )


def test_a_line_is_split_at_a_series_break_and_the_break_is_marked() -> None:
    rows = pd.DataFrame(
        {"entity": ["CHN"] * 4 + ["THA"] * 4, "year": [2021, 2022, 2023, 2024] * 2,
         "value": [73.05, 75.61, 90.6, 92.0, 85.27, 87.98, 89.54, 90.87]}
    )  # fmt: skip
    world = pd.DataFrame({"entity": "WLD", "year": [2021, 2022, 2023, 2024], "value": [60.0, 63.0, 66.0, 68.0]})
    fig = charts.line_chart(
        rows, title="Users", y_title="%", names={"CHN": "China", "THA": "Thailand"}, source_line="Source",
        reference=world, breaks=[(2023, "China: series break")], split_at={"CHN": (2023,), "WLD": (2024,)},
    )  # fmt: skip
    china, thailand, reference = fig.data
    assert china.name == "China" and joins_across(china, 2023) is False
    assert [y for y in china.y if not math.isnan(y)] == [73.05, 75.61, 90.6, 92.0]  # no value lost or invented
    assert thailand.name == "Thailand" and joins_across(thailand, 2023)  # other lines stay whole
    assert not joins_across(reference, 2024)
    assert any(s.x0 == 2023 and s.line.dash == "dot" for s in fig.layout.shapes)
    assert "China: series break" in [a.text for a in fig.layout.annotations]


def test_a_log_axis_is_labelled_with_plain_numbers_not_si_suffixes() -> None:
    axis = charts.log_axis(pd.Series([800.0, 69850.0]))
    assert axis["type"] == "log"
    assert "10,000" in axis["ticktext"] and not any(label.endswith("k") for label in axis["ticktext"])
    assert len(axis["ticktext"]) == len(axis["tickvals"])


def test_a_break_label_leans_over_the_data_so_it_does_not_stretch_the_year_axis() -> None:
    # Plotly widens an axis to hold a label's text: centred on a break near the last year, it ran a phone's axis to 2035.
    fig = go.Figure(go.Scatter(x=np.arange(2000, 2025), y=list(range(25))))
    charts.mark_breaks(fig, [(2022, "definition changed"), (2003, "series break")])
    late, early = fig.layout.annotations
    assert (late.x, late.xanchor) == (2022, "right") and (early.x, early.xanchor) == (2003, "left")
    assert fig.layout.xaxis.range is None  # the axis itself still fits the data as Plotly finds it


def test_a_panels_break_labels_stay_inside_it_and_apart() -> None:
    fig = make_subplots(rows=1, cols=2)
    fig.add_trace(go.Scatter(x=list(range(2000, 2025)), y=list(range(25))), row=1, col=2)
    charts.mark_breaks(fig, [(2021, "definition changed"), (2005, "series break")], row=1, col=2)
    charts.mark_breaks(fig, [(2010, "nothing drawn here")], row=1, col=1)
    assert fig.layout.xaxis2.range == (1999.5, 2024.5)  # the data's years: a label never stretches the axis
    assert fig.layout.xaxis.range is None and len(fig.layout.shapes) == 2  # an empty panel gets no line
    early, late = fig.layout.annotations
    assert (early.x, early.xanchor, early.yshift) == (2005, "left", 0)
    assert (late.x, late.xanchor, late.yshift) == (2021, "right", -16)  # right half: the label left of its line
    assert {s.xref for s in fig.layout.shapes} == {"x2"} and late.yref == "y2 domain"
