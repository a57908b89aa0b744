"""The load client's protocol parts: the BackMsgs it sends and what it reads from ForwardMsgs."""

from __future__ import annotations

import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from aseanict.bench.loadclient import Choice, LoadResult, Page, Run, Step, another_option, choose, rerun_request

LANG_ID = "$$ID-b1254b971194b3ce8f441f121317c9fb-w_lang"
LANG = Choice("selectbox", LANG_ID, ("English", "简体中文"), "English")


def wire(msg: BackMsg) -> BackMsg:
    """The message as the server parses it."""
    parsed = BackMsg()
    parsed.ParseFromString(msg.SerializeToString())
    return parsed


def selectbox_msg(widget_id: str, options: list[str], value: str) -> ForwardMsg:
    msg = ForwardMsg()
    box = msg.delta.new_element.selectbox
    box.id, box.raw_value = widget_id, value
    box.options.extend(options)
    return msg


def finished(status: int = ForwardMsg.FINISHED_SUCCESSFULLY) -> ForwardMsg:
    msg = ForwardMsg()
    msg.script_finished = status
    return msg


def test_opening_a_url_sends_its_query_string_and_no_page() -> None:
    msg = wire(rerun_request("lang=zh&group=CLMV"))
    assert msg.WhichOneof("type") == "rerun_script"
    assert msg.rerun_script.query_string == "lang=zh&group=CLMV"
    assert msg.rerun_script.page_script_hash == "" and not msg.rerun_script.widget_states.widgets


def test_going_to_a_page_names_it_by_hash_and_path() -> None:
    msg = wire(rerun_request("lang=en", Page("e05722", "countries")))
    assert (msg.rerun_script.page_script_hash, msg.rerun_script.page_name) == ("e05722", "countries")
    assert msg.rerun_script.query_string == "lang=en"


def test_a_widget_change_travels_as_the_displayed_option() -> None:
    msg = wire(rerun_request("", Page("e05722", "countries"), [choose(LANG, "简体中文")]))
    (state,) = msg.rerun_script.widget_states.widgets
    assert state.id == LANG_ID
    assert state.WhichOneof("value") == "string_value" and state.string_value == "简体中文"


def test_choosing_an_option_the_box_does_not_have_fails() -> None:
    with pytest.raises(ValueError, match="Deutsch"):
        choose(LANG, "Deutsch")


def test_another_option_is_never_the_current_one() -> None:
    assert another_option(LANG) == "简体中文"
    assert another_option(Choice("selectbox", LANG_ID, LANG.options, "简体中文")) == "English"


def test_a_run_ends_only_with_a_final_script_finished() -> None:
    run = Run()
    run.take(finished(ForwardMsg.FINISHED_EARLY_FOR_RERUN))  # st.rerun: the next run is the one that counts
    assert not run.finished
    run.take(finished())
    assert run.finished and run.status == "FINISHED_SUCCESSFULLY"


def test_an_exception_element_is_an_exception_with_its_text() -> None:
    msg = ForwardMsg()
    msg.delta.new_element.exception.type = "KeyError"
    msg.delta.new_element.exception.message = "'IT.NET.USER.ZS'"
    run = Run()
    run.take(msg)
    assert run.exceptions == ["KeyError: 'IT.NET.USER.ZS'"] and not run.errors


def test_a_script_that_does_not_compile_is_an_exception() -> None:
    msg = ForwardMsg()
    msg.session_event.script_compilation_exception.type = "SyntaxError"
    msg.session_event.script_compilation_exception.message = "invalid syntax"
    run = Run()
    run.take(msg)
    assert run.exceptions == ["SyntaxError: invalid syntax"]


@pytest.mark.parametrize(("fmt", "is_error"), [("ERROR", True), ("WARNING", False), ("INFO", False)])
def test_only_error_alerts_count_as_errors(fmt: str, is_error: bool) -> None:
    msg = ForwardMsg()
    msg.delta.new_element.alert.format = msg.delta.new_element.alert.Format.Value(fmt)
    msg.delta.new_element.alert.body = "No data for this selection."
    run = Run()
    run.take(msg)
    assert run.errors == (["No data for this selection."] if is_error else [])


def test_a_missing_page_is_an_error() -> None:
    msg = ForwardMsg()
    msg.page_not_found.page_name = "nowhere"
    run = Run()
    run.take(msg)
    assert run.errors == ["page not found: 'nowhere'"]


def test_the_last_navigation_gives_the_pages_and_the_page_shown() -> None:
    bare, app = ForwardMsg(), ForwardMsg()
    bare.navigation.app_pages.add(page_script_hash="main", url_pathname="")
    for script_hash, path in [("e234", ""), ("2d18", "idi_trends"), ("e057", "countries")]:
        app.navigation.app_pages.add(page_script_hash=script_hash, url_pathname=path)
    app.navigation.page_script_hash = "e057"
    run = Run()
    run.take(bare)
    run.take(app)
    assert run.pages == [Page("e234", ""), Page("2d18", "idi_trends"), Page("e057", "countries")]
    assert run.page_hash == "e057"
    assert [p.label for p in run.pages][:2] == ["(default page)", "idi_trends"]


def test_keyed_selectboxes_are_found_by_their_key() -> None:
    run = Run()
    run.take(selectbox_msg(LANG_ID, ["English", "简体中文"], "简体中文"))
    run.take(selectbox_msg("$$ID-0a1b2c-None", ["a", "b"], "a"))  # no user key: nothing to find it by
    assert run.choices == {"w_lang": Choice("selectbox", LANG_ID, ("English", "简体中文"), "简体中文")}


def block_msg(path: list[int]) -> ForwardMsg:
    msg = ForwardMsg()
    msg.metadata.delta_path.extend(path)
    msg.delta.add_block.SetInParent()
    return msg


def test_stateful_tabs_are_a_choice_of_their_labels_with_the_open_one_as_value() -> None:
    tab_id = "$$ID-4d2c9e-w_tab_idi"
    container = block_msg([0, 3])
    container.delta.add_block.tab_container.id = tab_id
    container.delta.add_block.tab_container.default_tab_index = 1
    plain = block_msg([0, 5])  # tabs without a key keep their state in the browser: nothing to choose
    plain.delta.add_block.tab_container.default_tab_index = 0
    run = Run()
    for msg in [container, plain]:
        run.take(msg)
    for path, label in [([0, 3, 0], "2009–2017"), ([0, 3, 1], "2023+"), ([0, 3, 2], "Growth"), ([0, 5, 0], "x")]:
        tab = block_msg(path)
        tab.delta.add_block.tab.label = label
        run.take(tab)
    assert run.tabs() == [Choice("tabs", tab_id, ("2009–2017", "2023+", "Growth"), "2023+")]
    assert run.choices.keys() == {"w_tab_idi"}
    (state,) = wire(rerun_request("", None, [choose(run.tabs()[0], "Growth")])).rerun_script.widget_states.widgets
    assert (state.id, state.string_value) == (tab_id, "Growth")


def test_the_query_string_is_the_one_the_app_last_set() -> None:
    run = Run()
    for query in ["lang=zh", "lang=zh&group=CLMV"]:
        msg = ForwardMsg()
        msg.page_info_changed.query_string = query
        run.take(msg)
    assert run.query_string == "lang=zh&group=CLMV"


def test_a_load_result_says_where_each_problem_was_and_times_only_finished_runs() -> None:
    shown, stuck = Run(status="FINISHED_SUCCESSFULLY", exceptions=["ValueError:  bad\n value"]), Run()
    result = LoadResult(2, steps=[Step(1, "tariffs", "visit", 2.5, shown), Step(0, "divide", "visit", 300.0, stuck)])
    assert result.shown("exceptions") == ["session 1, tariffs (visit): ValueError: bad value"]
    assert result.shown("errors") == []
    assert result.runs_finished == 1 and result.run_seconds() == [2.5]


MAP_ID = "$$ID-77aa01-divide_map_indicator"


def test_a_widget_in_a_section_is_changed_as_the_browser_does_it_naming_its_fragment() -> None:
    msg = selectbox_msg(MAP_ID, ["Internet users", "Mobile subscriptions"], "Internet users")
    msg.delta.fragment_id = "99fe6746"
    run = Run()
    run.take(msg)
    widget = run.choices["divide_map_indicator"]
    assert widget.fragment_id == "99fe6746"
    sent = wire(rerun_request("tab=over_time", Page("d1", "divide"), [choose(widget, "Mobile subscriptions")],
                              widget.fragment_id))  # fmt: skip
    assert sent.rerun_script.fragment_id == "99fe6746"
    assert wire(rerun_request("", Page("d1", "divide"), [choose(LANG, "English")])).rerun_script.fragment_id == ""


def test_after_a_fragment_run_the_page_keeps_its_pages_and_other_widgets() -> None:
    page = Run(status="FINISHED_SUCCESSFULLY", pages=[Page("d1", "divide")], page_hash="d1", choices={"w_lang": LANG})
    section = Run()
    section.take(selectbox_msg(MAP_ID, ["Internet users", "Mobile subscriptions"], "Mobile subscriptions"))
    section.take(finished(ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY))
    assert section.fragment_run and not page.fragment_run
    now = page.after(section)
    assert now.pages == page.pages and now.page_hash == "d1"
    assert now.choices.keys() == {"w_lang", "divide_map_indicator"}
    assert now.choices["divide_map_indicator"].value == "Mobile subscriptions"
