"""The text reading under each chart, made from the figure: what it draws, at its rounding, in both languages."""

from __future__ import annotations

import plotly.graph_objects as go

from aseanict.core import takeaway
from tests.figure_numbers import unbacked

NAMES = {"SGP": "Singapore", "MMR": "Myanmar", "VNM": "Viet Nam", "WLD": "World", "TLS": "Timor-Leste"}


def lines(*series, y_title: str = "% of population", fmt: str = ".1f") -> go.Figure:
    fig = go.Figure()
    for name, xs, ys in series:
        fig.add_trace(go.Scatter(x=xs, y=ys, name=name, hovertemplate=f"%{{x}}: %{{y:{fmt}}}"))
    return fig.update_layout(title="Internet users<br><sup>% of people</sup>", yaxis_title=y_title)


def test_latest_point_of_each_line_highest_and_lowest_at_the_hover_precision() -> None:
    fig = lines(
        ("Singapore", [2022, 2023], [95.04, 96.04]),
        ("Myanmar", [2023, 2024], [58.46, None]),  # a gap at the end: the last drawn value counts
        ("World", [2023], [99.0]),  # an aggregate is context when countries are there
    )
    text = takeaway.reading(fig, NAMES, "en")
    assert text == "Latest values, % of population: highest Singapore (96.0, 2023), lowest Myanmar (58.5, 2023)."
    assert takeaway.reading(fig, NAMES, "zh") == (
        "最新数值（% of population）：最高为Singapore（96.0，2023 年），最低为Myanmar（58.5，2023 年）。"
    )


def test_ratio_chart_reads_the_ratio_not_the_rows_behind_it() -> None:
    fig = lines(("Timor-Leste", [2023], [19489.4]), ("China", [2023], [3.2]), y_title="times", fmt=".0f")
    fig.add_trace(go.Scatter(x=[2015], y=[15], name="report", text=["S032: 15×"], meta=takeaway.SKIP))
    text = takeaway.reading(fig, {"CHN": "China", **NAMES}, "en")
    assert text == "Latest values, times: highest Timor-Leste (19,489, 2023), lowest China (3, 2023)."
    assert not unbacked(text, fig)
    assert unbacked("highest Singapore (173.2, 2023)", fig) == ["173.2"]  # the old reading would be caught


def test_value_labels_keep_their_qualifiers() -> None:
    fig = go.Figure(go.Bar(x=["2016", "2019"], y=[200.0, 300.0], text=["~200", ">300"]))
    assert takeaway.reading(fig, NAMES, "en") == "Values: highest 2019 (>300), lowest 2016 (~200)."


def test_small_multiples_name_each_panel() -> None:
    fig = go.Figure(
        [
            go.Scatter(x=[2023], y=[96.0], name="Singapore", meta={"panel": "Internet users"}),
            go.Scatter(x=[2023], y=[58.5], name="Myanmar", meta={"panel": "Internet users"}),
            go.Scatter(x=[2023], y=[150.0], name="Singapore", meta={"panel": "Mobile"}),
        ]
    )
    assert takeaway.reading(fig, NAMES, "en") == (
        "Latest values: Internet users: highest Singapore (96, 2023), lowest Myanmar (58.5, 2023); "
        "Mobile: Singapore (150, 2023)."
    )


def test_map_names_its_highest_and_lowest_region() -> None:
    fig = go.Figure(
        go.Choroplethmap(
            locations=["SGP", "MMR"], z=[96.04, 58.46], hovertemplate="%{z:.1f}", colorbar={"title": {"text": "%"}}
        )
    )
    assert takeaway.reading(fig, NAMES, "en") == "Values, %: highest Singapore (96.0), lowest Myanmar (58.5)."


def test_charts_that_are_not_rankings() -> None:
    lorenz = go.Figure(go.Scatter(x=[0, 1], y=[0, 1])).update_layout(
        meta={"reading": "lorenz", "gini": 0.0483, "year": 2023}
    )
    assert takeaway.reading(lorenz, NAMES, "en").startswith("Gini coefficient 0.048 in 2023")
    spread = lines(("CV", [2002, 2010, 2023], [1.4921, 0.9, 0.2468]), fmt=".3f").update_layout(
        meta={"reading": "change"}
    )
    assert takeaway.reading(spread, NAMES, "en") == "Over the years shown: CV from 1.492 (2002) to 0.247 (2023)."
    path = lines(("Timor-Leste", [2021, 2023], [35.0, 34.0]), ("Projection", [2023, 2067], [34.0, 99.0]))
    path.update_layout(meta={"reading": "ends"})
    assert (
        takeaway.reading(path, NAMES, "en")
        == "Where each line ends: Timor-Leste (34.0, 2023); Projection (99.0, 2067)."
    )
    revisions = go.Figure(go.Bar(x=["e-Conomy SEA 2016"], y=[197.0], text=["197"]))
    revisions.update_layout(meta={"reading": "revisions", "estimate": ">300", "year": 2025})
    assert takeaway.reading(revisions, NAMES, "en") == (
        "Estimate for 2025: >300. Each edition's forecast for it: e-Conomy SEA 2016 (197)."
    )
    blank = lines(("Singapore", [2023], [96.0])).update_layout(meta={"reading": "none"})
    assert takeaway.caption(blank, NAMES, "en", "Note.") == "**Internet users % of people** Note."


def test_numbers_use_the_chart_rounding_or_the_decimals_given() -> None:
    assert takeaway.decimals_for(".2f", 3.14159) == 2
    assert takeaway.decimals_for(",.4g", 84.1523) == 2 and takeaway.decimals_for(",.4g", 12345.0) == 0
    assert takeaway.decimals_for(None, 40.0) == 0 and takeaway.decimals_for(None, 40.25) == 1
    assert takeaway.number(19489.4, 0) == "19,489" and takeaway.number(-0.04, 1) == "0.0"
    fig = lines(("Singapore", [2023], [96.04]), ("Myanmar", [2023], [58.46]))
    assert "Singapore (96.04, 2023)" in takeaway.reading(fig, NAMES, "en", decimals=2)  # an indicator's own precision


def test_caption_joins_plain_title_reading_and_note() -> None:
    text = takeaway.caption(lines(("Singapore", [2023], [96.0])), NAMES, "en", "Note.")
    assert text == "**Internet users % of people** Latest values, % of population: Singapore (96.0, 2023). Note."


def test_dollar_signs_in_a_caption_are_not_read_as_maths() -> None:
    fig = lines(("Singapore", [2023], [69850.0]))
    fig.update_layout(title_text="GNI per capita (current US$) against price (US$)")
    assert "US\\$) against price (US\\$)" in takeaway.caption(fig, NAMES, "en")
