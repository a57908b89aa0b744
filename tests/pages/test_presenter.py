"""The presenter page: built-in sequences, the user's own (named, ordered, saved, exported, loaded), the URL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.runtime.memory_media_file_storage import _calculate_file_id
from streamlit.testing.v1 import AppTest

from aseanict.core.plain_text import plain
from aseanict.topics.presenter import sequences
from aseanict.topics.presenter import views as presenter
from tests.figure_numbers import NUMBER, figure, unbacked

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "pages/8_presenter.py")
REVISITED = presenter.SEQUENCES["revisited"]


def run(**params: str) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=90)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def chart_title(at: AppTest) -> str:
    return json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"]


def ok(at: AppTest) -> AppTest:
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    return at


def test_page_steps_through_the_default_sequence() -> None:
    at = ok(run())
    titles = []
    for step in range(len(REVISITED)):
        titles.append(chart_title(at))
        if step < len(REVISITED) - 1:
            ok(at.button(key="pres_next").click().run())
    assert at.button(key="pres_next").disabled and at.session_state["pres_step"] == len(REVISITED)
    assert len(set(titles)) == len(titles)
    assert at.query_params["step"] == str(len(REVISITED))


@pytest.mark.parametrize(("lang", "title"), [("en", "The digital divide"), ("zh", "数字鸿沟")])
def test_picking_a_builtin_sequence_loads_its_views(lang: str, title: str) -> None:
    at = ok(run(lang=lang, step="3"))
    at.selectbox(key="pres_pick").set_value("builtin:divide").run()
    ok(at)
    assert at.session_state["pres_sequence"] == presenter.SEQUENCES["divide"] and at.session_state["pres_step"] == 1
    assert f"### {title}" in [m.value for m in at.markdown]
    assert at.query_params["views"] == ",".join(presenter.SEQUENCES["divide"]) and "name" not in at.query_params
    assert at.selectbox(key="pres_pick").value == "builtin:divide"


@pytest.mark.parametrize(("lang", "saved"), [("en", "Saved “ASEAN day”."), ("zh", "已保存“ASEAN day”。")])
def test_build_name_reorder_and_save_a_sequence(lang: str, saved: str) -> None:
    at = ok(run(lang=lang))
    at.multiselect(key="pres_views").set_value(["gmv", "idi", "users"]).run()
    at.button(key="pres_down_0").click().run()  # gmv after idi
    at.button(key="pres_up_2").click().run()  # users before gmv
    assert at.session_state["pres_sequence"] == ["idi", "users", "gmv"]
    assert at.selectbox(key="pres_pick").value is None  # the user's own now, not a built-in
    at.text_input(key="pres_name_input").input("  ASEAN   day ").run()
    at.button(key="pres_save").click().run()
    ok(at)
    assert at.session_state["pres_saved"] == {"ASEAN day": ["idi", "users", "gmv"]}
    assert [s.value for s in at.success] == [saved]
    assert at.selectbox(key="pres_pick").value == "saved:ASEAN day"
    assert at.query_params["name"] == "ASEAN day" and at.query_params["views"] == "idi,users,gmv"
    assert "### ASEAN day" in [m.value for m in at.markdown]
    # a second one, then back to the first from the picker
    at.multiselect(key="pres_views").set_value(["idi", "users"]).run()
    at.text_input(key="pres_name_input").input("Short").run()
    at.button(key="pres_save").click().run()
    at.selectbox(key="pres_pick").set_value("saved:ASEAN day").run()
    assert ok(at).session_state["pres_sequence"] == ["idi", "users", "gmv"]
    at.button(key="pres_delete_0").click().run()
    assert list(ok(at).session_state["pres_saved"]) == ["Short"]


def test_saving_without_views_or_past_the_limit_says_why_and_keeps_everything() -> None:
    at = ok(run())
    at.session_state["pres_saved"] = {f"s{i}": ["users"] for i in range(sequences.MAX_SAVED)}
    at.text_input(key="pres_name_input").input("One more").run()
    at.button(key="pres_save").click().run()
    assert not at.exception and "up to 20" in at.error[0].value
    assert len(at.session_state["pres_saved"]) == sequences.MAX_SAVED


def test_sequences_export_as_json_and_load_in_another_session() -> None:
    at = ok(run())
    assert at.download_button(key="pres_json").disabled  # nothing saved yet
    at.multiselect(key="pres_views").set_value(["offline", "price"]).run()
    at.text_input(key="pres_name_input").input("重温").run()
    at.button(key="pres_save").click().run()
    content = sequences.to_json({"重温": ["offline", "price"]})
    button = ok(at).download_button(key="pres_json")
    assert not button.disabled
    # the button serves exactly these bytes: Streamlit names a media file by the hash of its content
    assert button.proto.url.endswith(
        _calculate_file_id(content, "application/json", "aseanict_sequences.json") + ".json"
    )

    other = ok(run(lang="zh"))
    other.session_state["pres_saved"] = {"Mine": ["gmv"]}
    other.file_uploader(key="pres_upload").set_value(("seq.json", content, "application/json")).run()
    ok(other)
    assert other.session_state["pres_saved"] == {"Mine": ["gmv"], "重温": ["offline", "price"]}
    assert [s.value for s in other.success] == ["已从文件加载 1 个序列。"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"{oops", "not valid JSON"), (json.dumps({"sequences": [{"name": "x", "views": ["zzz"]}]}).encode(), "‘zzz’")],
)
def test_a_bad_file_says_why_and_loses_nothing(content: bytes, message: str) -> None:
    at = ok(run())
    at.session_state["pres_saved"] = {"Mine": ["gmv"]}
    at.file_uploader(key="pres_upload").set_value(("seq.json", content, "application/json")).run()
    assert not at.exception and at.session_state["pres_saved"] == {"Mine": ["gmv"]}
    assert "your sequences are unchanged" in at.error[0].value and message in at.error[0].value


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_copied_link_reopens_the_sequence_its_name_and_step(lang: str) -> None:
    at = ok(run(lang=lang, views="gmv,idi,users", name="NACT 2026: [draft]", step="2"))
    assert at.session_state["pres_sequence"] == ["gmv", "idi", "users"] and at.session_state["pres_step"] == 2
    assert at.session_state["pres_name"] == "NACT 2026: [draft]"
    assert "### " + plain("NACT 2026: [draft]") in [
        m.value for m in at.markdown
    ]  # a name is shown as typed, not as markdown
    assert chart_title(at).startswith("ICT" if lang == "en" else "ICT 发展指数")
    assert at.text_input(key="pres_name_input").value == "NACT 2026: [draft]" and not at.info
    at.button(key="pres_next").click().run()
    assert at.query_params["step"] == "3" and at.query_params["name"] == "NACT 2026: [draft]"


@pytest.mark.parametrize(("lang", "notice"), [("en", "were reset"), ("zh", "已恢复默认")])
def test_bad_link_values_fall_back_with_a_notice(lang: str, notice: str) -> None:
    at = ok(run(lang=lang, views="nope,<script>", name="n" * 200, step="99"))
    assert at.session_state["pres_sequence"] == REVISITED and at.session_state["pres_step"] == 1
    assert at.session_state["pres_name"] == ""
    text = " ".join(i.value for i in at.info)
    assert notice in text and "views" in text and "name" in text and "step" in text


def test_full_screen_shows_the_name_small_and_hides_the_controls() -> None:
    at = ok(run(views="users,gmv", name="Board", step="2"))
    at.toggle(key="pres_full").set_value(True).run()
    ok(at)
    assert not at.title and all(s.key != "pres_pick" for s in at.selectbox)
    assert "**Board**" in [m.value for m in at.markdown]
    assert at.button(key="pres_prev").proto.shortcut and at.button(key="pres_next").disabled
    at.button(key="pres_prev").click().run()
    at.toggle(key="pres_full").set_value(False).run()  # back: the builder shows the same sequence and name
    assert ok(at).session_state["pres_step"] == 1
    assert at.multiselect(key="pres_views").value == ["users", "gmv"]
    assert at.text_input(key="pres_name_input").value == "Board"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_takeaway_quotes_only_its_chart(lang: str) -> None:
    """Each view's spoken line, as shown under its chart, quotes numbers that chart draws (nothing fixed)."""
    views = list(presenter.VIEWS)
    for step, view_id in enumerate(views, start=1):
        at = ok(run(lang=lang, views=",".join(views), step=str(step)))
        fig = figure(at.get("plotly_chart")[0].proto.spec)
        said = [m.value[4:] for m in at.markdown if m.value.startswith("### ") and m.value[4:] != ""]
        takeaway_line = said[-1]
        assert NUMBER.search(takeaway_line), (view_id, takeaway_line)  # a computed sentence quotes the data
        assert not unbacked(takeaway_line, fig), (view_id, takeaway_line, unbacked(takeaway_line, fig))
