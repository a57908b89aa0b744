"""The chart-only embed page: the chart with its title, reading and credit line (licence kept), language and
settings from the address; a wrong address gets a message. And the iframe snippet under each named chart."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

from aseanict.i18n import t
from tests.apptest_pages import open_boxes, run
from tests.pages.test_zh_complete import findings

ROOT = Path(__file__).resolve().parents[2]
EMBED = ROOT / "pages" / "embed.py"


def test_embed_draws_the_chart_with_its_credit() -> None:
    at = run(EMBED, view="divide_trend", countries="CHN,VNM", divide_indicator="fixed")
    assert not at.exception and not at.warning
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    assert t("divide.ind.fixed", "en") in charts[0].proto.spec  # the figure carries its title
    captions = [c.value for c in at.caption]
    assert any(c.startswith("Source:") and "CC BY 4.0" in c for c in captions)


def test_embed_in_chinese_has_no_english_left() -> None:
    at = run(EMBED, view="overview_users", lang="zh", countries="CHN,IDN,TLS")
    assert not at.exception and len(at.get("plotly_chart")) == 1
    assert any("来源" in c.value for c in at.caption)
    shown = [f for f in findings(at, "embed.py", "zh", "embed") if not f[2].startswith("<style>")]  # CSS, not text
    assert shown == []


def test_a_wrong_address_says_so() -> None:
    at = run(EMBED, view="nope")
    assert [w.value for w in at.warning] == [t("embed.unknown_view", "en")]
    assert not at.get("plotly_chart")
    bad = run(EMBED, view="divide_trend", divide_indicator="zzz")
    assert not bad.exception and len(bad.get("plotly_chart")) == 1  # the default indicator, with a notice
    assert any("divide_indicator" in i.value.replace("\\", "") for i in bad.info)  # as shown, unescaped


def test_named_charts_offer_an_iframe_snippet() -> None:
    at = open_boxes(run(ROOT / "pages" / "1_overview.py", countries="CHN,IDN,VNM,THA", group="custom"), "embed_")
    snippets = [c.value for c in at.code if "<iframe" in c.value]
    assert len(snippets) == 2  # the users over time and the report's year against the latest
    assert 'src="/embed?view=overview_users&amp;lang=en&amp;countries=CHN%2CIDN%2CVNM%2CTHA"' in snippets[0]
    assert 'src="/embed?view=overview_slope&amp;lang=en&amp;countries=CHN%2CIDN%2CVNM%2CTHA"' in snippets[1]


def test_every_chart_on_a_page_is_embeddable() -> None:
    at = open_boxes(run(ROOT / "pages" / "5_divide.py", tab="inequality", countries="CHN,IDN,LAO", group="custom"))
    snippets = [c.value for c in at.code if "<iframe" in c.value]
    assert [s.split("view=")[1].split("&")[0] for s in snippets] == [
        "divide_lorenz",
        "divide_dispersion",
        "divide_offline",
    ]
    assert "divide_users_year=" in snippets[0]  # the page's own year, so the embed shows what the page shows


def test_an_embed_with_a_setting_the_data_lacks_falls_back_and_says_so() -> None:
    at = run(EMBED, view="idi_old_bars", idi_old_edition="1999|MIS 1999", countries="CHN,VNM")
    assert not at.exception and len(at.get("plotly_chart")) == 1  # the latest edition instead
    assert any("idi_old_edition" in i.value.replace("\\", "") for i in at.info)
    refused = run(EMBED, view="prof_multiples", prof_compare="CHN")
    assert not refused.exception and not refused.get("plotly_chart")
    assert [i.value for i in refused.info] == [t("prof.pick_two", "en")]


def test_an_embed_takes_every_setting_of_its_view() -> None:
    at = run(
        EMBED, view="divide_projection", countries="CHN,IDN,LAO", divide_close_country="IDN",
        divide_close_target="custom", divide_custom="95", divide_method="compound",
    )  # fmt: skip
    assert not at.exception and not at.info
    assert "Indonesia" in at.get("plotly_chart")[0].proto.spec


def test_the_what_if_scenario_embeds_with_the_pages_settings() -> None:
    page = run(ROOT / "pages" / "7_what_if.py")
    open_boxes(page.button(key="wi_btn_shop").click().run(), "embed_")
    snippet = next(c.value for c in page.code if "view=whatif" in c.value)
    src = snippet.split('src="')[1].split('"')[0].replace("&amp;", "&")
    query = dict(part.split("=", 1) for part in src.split("?", 1)[1].split("&"))
    assert query["wi_preset"] == "shop" and query["wi_rate_base"] == "32" and "wi_econ=SEA6%7CGMV_ECOM" in src
    at = run(EMBED, **{k: unquote(v) for k, v in query.items()})
    assert not at.exception and not at.info
    embedded, on_page = (json.loads(a.get("plotly_chart")[0].proto.spec) for a in (at, page))
    assert embedded["data"] == on_page["data"] and len(embedded["data"]) >= 4  # history, band, paths, the target
    assert embedded["layout"]["title"] == on_page["layout"]["title"]
    bad = run(EMBED, view="whatif", wi_preset="zz", wi_indicator="NOPE")
    assert not bad.exception and len(bad.get("plotly_chart")) == 1  # the defaults, each said
    notices = " ".join(i.value.replace("\\", "") for i in bad.info)
    assert "wi_preset" in notices and "wi_indicator" in notices
