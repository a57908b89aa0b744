"""The bubble chart and its settings fit a presenter's screen (1400 px), a laptop (1280 px) and a phone (390 px), in
English and Chinese: the chart's title stays inside the chart, its legend clear of the title, and the Trails
checkbox's label whole. Before: the title was cut at 1280 px, the legend sat on the title at 390 px and the label
ended in "…" at 1400 px."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import wait_for_app

pytestmark = pytest.mark.browser
CASES = [(width, lang) for width in (1400, 1280, 390) for lang in ("en", "zh")]

# The bubble chart: the page's plot with a year slider.
BUBBLES = """[...document.querySelectorAll("[data-testid='stPlotlyChart'] .js-plotly-plot")]
    .find(g => g.layout && g.layout.sliders && g.layout.sliders.length)"""
# Boxes on screen of the bubble chart, its title and its legend; and every part of the Trails label whose text
# runs past its own box (an ellipsis).
MEASURE = f"""() => {{
    const gd = {BUBBLES};
    const box = el => {{ const r = el.getBoundingClientRect(); return {{l: r.left, r: r.right, t: r.top, b: r.bottom}}; }};
    const label = document.querySelector("[data-testid='stCheckbox']");
    const cut = [...label.querySelectorAll('*')]
        .filter(e => e.textContent.trim() && getComputedStyle(e).overflow !== 'visible')
        .filter(e => e.scrollWidth > e.clientWidth + 1)
        .map(e => e.textContent);
    return {{chart: box(gd), title: box(gd.querySelector('.g-gtitle')), legend: box(gd.querySelector('.legend')),
            cut: cut, label: label.textContent}};
}}"""


@pytest.mark.parametrize(("width", "lang"), CASES, ids=[f"{w}-{lang}" for w, lang in CASES])
def test_the_bubble_chart_title_legend_and_trails_label_fit(browser, app_url: str, width: int, lang: str) -> None:
    context = browser.new_context(viewport={"width": width, "height": 1000})
    page = context.new_page()
    try:
        page.goto(f"{app_url}/countries?tab=over_time&lang={lang}")
        wait_for_app(page)
        # wait_for_app cannot tell a page whose charts have not arrived yet from one with none (a slow machine)
        page.wait_for_function(f"() => {{ const gd = {BUBBLES}; return gd && gd.querySelector('.g-gtitle'); }}")
        found = page.evaluate(MEASURE)
        chart, title, legend = found["chart"], found["title"], found["legend"]
        assert chart["l"] - 1 <= title["l"] and title["r"] <= chart["r"] + 1, f"title cut: {title} in {chart}"
        assert legend["t"] >= title["b"] - 1 or legend["l"] >= title["r"], f"legend {legend} on title {title}"
        assert found["label"] and not found["cut"], f"Trails label cut: {found['cut']}"
    finally:
        context.close()
