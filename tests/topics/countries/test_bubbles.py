"""The bubble chart's frames: only countries with both values, missing counts, breaks marked, area by population."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from aseanict.core import takeaway
from aseanict.core.breaks import Registry
from aseanict.figures import charts, export
from aseanict.topics.countries import bubbles

FIELD = ("CHN", "SGP", "KHM")
NAMES = {"CHN": "China", "SGP": "Singapore", "KHM": "Cambodia"}
GROUP = {"CHN": "CHINA", "SGP": "ASEAN6", "KHM": "CLMV"}
X = bubbles.Axis("NY.GNP.PCAP.CD", "GNI per capita", True, ",.0f")
Y = bubbles.Axis("IT.NET.USER.ZS", "Internet users", False, ",.1f")


def rows() -> pd.DataFrame:
    data = [
        ("CHN", 2021, 11000, 73.0, 1.41e9),
        ("CHN", 2022, 12000, 75.6, 1.41e9),
        ("CHN", 2023, 13000, 90.6, 1.41e9),
        ("SGP", 2021, 60000, 90.0, 5.5e6),
        ("SGP", 2022, 67000, None, 5.6e6),  # no internet value: absent from 2022, never interpolated
        ("SGP", 2023, 70000, 94.0, 5.9e6),
        ("KHM", 2021, 1500, 40.0, 1.7e7),
        ("KHM", 2022, 1700, 50.0, 1.7e7),
    ]
    out = []
    for entity, year, gni, users, pop in data:
        for code, value in ((X.code, gni), (Y.code, users), (bubbles.POPULATION, pop)):
            if value is not None:
                out.append({"entity": entity, "indicator": code, "year": year, "value": value, "source_id": "wdi"})
    return pd.DataFrame(out)


REGISTRY = Registry.from_frame(
    pd.DataFrame([{"note_id": "N1", "entity": "CHN", "indicator": Y.code, "year": 2023, "kind": "series_break"}])
)


def figure(**kwargs):
    table = bubbles.frames_table(rows(), X.code, Y.code, FIELD)
    notes = bubbles.break_notes(
        REGISTRY, (X.code, Y.code), {Y.code: "Internet users"}, FIELD, [2021, 2022, 2023], NAMES, "en"
    )
    return bubbles.bubble_figure(
        table, year=kwargs.pop("year", 2023), x=X, y=Y, group=GROUP, names=NAMES, field=FIELD,
        title=kwargs.pop("title", "T"), source_line="World Bank", lang="en", notes=notes, break_years=bubbles.entity_breaks(REGISTRY, (Y.code,), FIELD),
        **kwargs,
    )  # fmt: skip


def test_a_country_is_in_a_frame_only_with_both_values_of_that_year() -> None:
    table = bubbles.frames_table(rows(), X.code, Y.code, FIELD)
    assert sorted(table[table.year == 2022].entity) == ["CHN", "KHM"]
    assert bubbles.missing_by_year(table, FIELD) == {2021: [], 2022: ["SGP"], 2023: ["KHM"]}
    assert bubbles.default_year(table, FIELD) == 2023  # the latest with all but one


def test_frames_play_in_the_browser_with_one_slider_step_per_year() -> None:
    fig = figure()
    assert [f.name for f in fig.frames] == ["2021", "2022", "2023"]
    steps = fig.layout.sliders[0].steps
    assert [list(s.args[0]) for s in steps] == [["2021"], ["2022"], ["2023"]]
    assert all(s.method == "animate" for s in steps)
    assert fig.layout.sliders[0].active == 2
    assert fig.layout.updatemenus[0].buttons[0].args[1]["fromcurrent"] is True
    # every frame has the same traces, so bubbles move rather than appear
    assert {len(f.data) for f in fig.frames} == {len(fig.data)}
    frame_2022 = next(f for f in fig.frames if f.name == "2022")
    drawn = {e for trace in frame_2022.data for e in (trace.ids or ())}
    assert drawn == {"CHN", "KHM"}


def test_bubble_area_follows_population_and_colour_the_group() -> None:
    fig = figure()
    china = next(t for t in fig.data if t.ids and "CHN" in t.ids)
    assert china.marker.sizemode == "area"
    assert china.marker.color == bubbles.GROUP_COLOURS["CHINA"]
    # the most populous bubble is MAX_BUBBLE_PX across: area-proportional sizeref
    assert china.marker.sizeref == pytest.approx(2 * 1.41e9 / bubbles.MAX_BUBBLE_PX**2)
    assert fig.layout.xaxis.type == "log" and fig.layout.yaxis.type == "linear"


def test_the_focus_keeps_the_group_colours() -> None:
    # The bubbles' legend groups are country groups, not countries: the sidebar's focus must not grey them.
    fig = charts.apply_focus(go.Figure(figure()), ("VNM",), lang="en")
    china = next(t for t in fig.data if t.ids and "CHN" in t.ids)
    assert china.marker.color == bubbles.GROUP_COLOURS["CHINA"]


def test_play_buttons_have_a_row_of_their_own_above_the_full_width_slider() -> None:
    fig = figure()
    buttons, slider = fig.layout.updatemenus[0], fig.layout.sliders[0]
    assert slider.x == 0 and slider.len == 1  # nothing to its left that it could slide under
    assert slider.pad.t >= buttons.pad.t + 34  # the buttons (about 30 px tall) end before the slider starts
    credit = fig.layout.annotations[0]
    assert credit.yshift <= -(slider.pad.t + 60)  # the credit line is below the slider's year labels


def test_a_series_break_labels_the_frames_from_its_year_and_marks_the_slider() -> None:
    fig = figure()
    labels = [s.label for s in fig.layout.sliders[0].steps]
    assert labels == ["2021", "2022", "2023" + bubbles.BREAK_MARK]
    texts = {f.name: " ".join(a.text or "" for a in f.layout.annotations) for f in fig.frames}
    assert "New method from 2023: China (Internet users)" in texts["2023"]
    assert "New method" not in texts["2022"]
    assert "1 of 3 countries lack a value this year" in texts["2022"]


def test_trails_draw_each_path_up_to_the_frame_and_stop_at_a_break() -> None:
    fig = figure(trails=True)
    frame = next(f for f in fig.frames if f.name == "2023")
    china_trail = next(t for t in frame.data if t.mode == "lines" and t.line.color == bubbles.GROUP_COLOURS["CHINA"])
    # 2021 -> 2022 joined, then a gap before the 2023 break
    assert list(china_trail.x) == [11000, 12000, None, 13000, None]
    assert china_trail.hoverinfo == "skip"


def test_reading_names_highest_and_lowest_on_each_axis_of_the_shown_year() -> None:
    text = takeaway.caption(figure(year=2021), NAMES, "en")
    assert "In 2021" in text
    assert "GNI per capita: highest Singapore (60,000), lowest Cambodia (1,500)" in text
    assert "Internet users: highest Singapore (90.0), lowest Cambodia (40.0)" in text


def test_caption_counts_what_each_frame_lacks() -> None:
    table = bubbles.frames_table(rows(), X.code, Y.code, FIELD)
    caption = bubbles.bubble_caption(table, FIELD, NAMES, [X, Y], {2023: "x"}, "en")
    assert "2022: 1 of 3 (Singapore)" in caption and "2023: 1 of 3 (Cambodia)" in caption
    assert "GNI per capita on a log scale" in caption and "◆" in caption


def test_same_indicator_twice_is_refused_and_unknown_year_too() -> None:
    with pytest.raises(ValueError):
        bubbles.frames_table(rows(), X.code, X.code, FIELD)
    with pytest.raises(ValueError):
        figure(year=1999)


def test_groups_and_axis_options_come_from_the_store_tables() -> None:
    assert bubbles.bubble_group("VNM", "ASEAN;CLMV;ASEAN_CHINA") == "CLMV"
    assert bubbles.bubble_group("TLS", "ASEAN;ASEAN_CHINA") == "ASEAN_OTHER"
    assert bubbles.bubble_group("CHN", "ASEAN_CHINA") == "CHINA"
    indicators = pd.DataFrame(
        {"code": ["NY.GNP.PCAP.CD", "SP.POP.TOTL", "ITU_IDI_NEW_RANK", "GMV"],
         "topic": ["economy", "economy", "idi", "internet_economy"], "unit": ["current US$", "persons", "rank", "USD billion"]}
    )  # fmt: skip
    assert bubbles.country_indicators(indicators) == ["NY.GNP.PCAP.CD"]


def test_a_static_export_drops_the_play_button_and_slider_and_shows_the_years_bubbles() -> None:
    exported = export.for_export(figure(year=2022))
    assert not exported.frames and not exported.layout.sliders and not exported.layout.updatemenus
    assert {e for trace in exported.data for e in (trace.ids or ())} == {"CHN", "KHM"}  # 2022's bubbles
    assert "2022" in [a.text for a in exported.layout.annotations]  # the year in large faint type
    assert "▶" not in exported.to_json()


def test_a_static_export_has_no_empty_band_where_the_controls_were() -> None:
    fig = figure()
    exported = export.for_export(export.with_data_version(fig, "v1"))
    plain = charts.style(go.Figure(), title="T", source_line="World Bank")  # a chart that never had controls
    # Before: 130 px more bottom margin, the source line 128 px under the x axis title and nothing between.
    assert exported.layout.margin.b == plain.layout.margin.b
    feet = [(a.text, a.yshift) for a in exported.layout.annotations if a.name == charts.FOOT]
    assert feet == [("World Bank", plain.layout.annotations[0].yshift), ("v1", plain.layout.annotations[0].yshift)]
    assert fig.layout.margin.b == plain.layout.margin.b + bubbles.CONTROLS_PX  # the page keeps room for them


LONG_TITLES = {
    "en": "Individuals using the Internet (% of population) against GNI per capita, Atlas method (current US$), 1990–2024",
    "zh": "互联网用户（占人口比例）与人均国民总收入（阿特拉斯法，现价美元），1990–2024 年",
}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_long_title_is_broken_into_lines_a_phone_holds(lang: str) -> None:
    fig = figure(title=LONG_TITLES[lang])
    lines = fig.layout.title.text.split("<br>")
    assert len(lines) > 1 and "".join(lines).replace(" ", "") == LONG_TITLES[lang].replace(" ", "")
    assert all(charts.display_width(line) <= bubbles.TITLE_WIDTH for line in lines)  # before: one line of 112


def test_the_legend_stands_on_the_plot_below_the_title_with_room_for_two_rows() -> None:
    fig = figure(title=LONG_TITLES["en"])
    lines = fig.layout.title.text.count("<br>") + 1
    title = fig.layout.title
    assert (title.yref, title.y, title.yanchor) == ("container", 1, "top")
    legend = fig.layout.legend
    assert (legend.y, legend.yanchor) == (1.0, "bottom")  # it grows upwards from the plot, into the room left
    # Before: a 60 px top margin held the title and the legend on one band; on a phone they overlapped.
    assert fig.layout.margin.t >= title.pad.t + bubbles.TITLE_LINE_PX * lines + bubbles.LEGEND_ROOM_PX


def test_a_long_break_note_is_broken_into_lines() -> None:
    long_note = "New method from 2023: China (Individuals using the Internet (% of population))"
    table = bubbles.frames_table(rows(), X.code, Y.code, FIELD)
    fig = bubbles.bubble_figure(
        table, year=2023, x=X, y=Y, group=GROUP, names=NAMES, field=FIELD, title="T", source_line="World Bank",
        lang="en", notes={2023: long_note},
    )  # fmt: skip
    note = next(a.text for a in fig.layout.annotations if "New method" in (a.text or ""))
    assert note.replace("<br>", " ") == long_note and "<br>" in note  # before: one line, cut on a phone
    assert all(len(line) <= bubbles.NOTE_WIDTH for line in note.split("<br>"))
