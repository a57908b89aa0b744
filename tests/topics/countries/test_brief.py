"""The country brief: one A4 page per country as a PDF, in English and Chinese, with its sources."""

from __future__ import annotations

import os
import re

import pandas as pd
import pytest

from aseanict.figures import export
from aseanict.topics.countries import brief

needs_chromium = pytest.mark.skipif(
    export.chromium_path() is None and not os.environ.get("CI"), reason="no Chromium here"
)


def test_the_page_names_the_country_in_both_languages_and_carries_every_part(con) -> None:
    for lang, first, second in (("en", "Viet Nam", "越南"), ("zh", "越南", "Viet Nam")):
        fig = brief.page_figure("VNM", lang, con)
        title = fig.layout.title.text
        assert title.index(first) < title.index(second)  # the reader's language first, the other beside it
        assert (fig.layout.width, fig.layout.height) == (brief.A4_WIDTH, brief.A4_HEIGHT)
        table = next(tr for tr in fig.data if tr.type == "table")
        assert len(table.cells.values[0]) == 7 and all(len(col) == 7 for col in table.cells.values)
        kinds = [tr.type for tr in fig.data]
        assert kinds.count("bar") == 2  # IDI by edition, old and new method
        texts = " ".join(a.text for a in fig.layout.annotations)
        assert ("World Bank" if lang == "en" else "世界银行") in texts  # the sources, in the reader's language
    zh = brief.page_figure("VNM", "zh", con)
    assert "Internet" not in str(next(tr for tr in zh.data if tr.type == "table").cells.values)


def test_editions_give_one_bar_per_edition_in_publication_order() -> None:
    rows = pd.DataFrame(
        {
            "entity": ["SGP"] * 4,
            "indicator": ["ITU_IDI_OLD"] * 3 + ["ITU_IDI_NEW"],
            "year": [2015, 2016, 2010, 2024],
            "value": [8.08, 7.95, 7.08, 97.8],
            "edition": ["MIS 2016", "MIS 2016", "MIS 2011", "IDI 2024"],
            "period": [""] * 4,
            "authority": [1] * 4,
            "source_id": ["itu"] * 4,
        }
    )
    out = brief.editions(rows)
    old = out[out.indicator == "ITU_IDI_OLD"]
    assert list(old.edition) == ["MIS 2011", "MIS 2016"] and list(old.value) == [7.08, 7.95]


def test_a_bad_request_gets_a_clear_message(con) -> None:
    with pytest.raises(brief.BriefError, match="no brief for 'XYZ'"):
        brief.brief_pdf("XYZ", "en", con)
    with pytest.raises(brief.BriefError, match="unknown language"):
        brief.brief_pdf("VNM", "fr", con)


@needs_chromium
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_pdf_is_one_a4_page_in_the_bundled_font(con, lang: str) -> None:
    pdf = brief.brief_pdf("vnm", lang, con)
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1
    width, height = (float(v) for v in re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf).groups())
    assert abs(width - 595) < 2 and abs(height - 842) < 2  # A4 in points
    assert b"AseanICTSansSC" in pdf  # the Chinese name and labels are drawn in the embedded bundled font
