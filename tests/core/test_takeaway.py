"""The text reading under each chart: title, highest and lowest latest values, in both languages."""

from __future__ import annotations

import pandas as pd

from aseanict.core import takeaway

NAMES = {"SGP": "Singapore", "MMR": "Myanmar", "VNM": "Viet Nam", "WLD": "World"}


def rows(*triples) -> pd.DataFrame:
    return pd.DataFrame(triples, columns=["entity", "year", "value"]).assign(indicator="IT.NET.USER.ZS")


def test_highest_and_lowest_latest_values() -> None:
    data = rows(("SGP", 2022, 95.0), ("SGP", 2023, 96.0), ("MMR", 2023, 58.5), ("VNM", 2021, 79.1), ("WLD", 2023, 99))
    text = takeaway.sentence(data, NAMES, "en")
    assert text == "Latest values for 3 economies: highest Singapore (96, 2023), lowest Myanmar (58.5, 2023)."
    assert "World" not in text  # a world line is context, not a country to rank


def test_chinese_and_a_single_country() -> None:
    assert takeaway.sentence(rows(("VNM", 2021, 79.1)), NAMES, "zh") == "最新数值：Viet Nam（79.1，2021 年）。"


def test_rows_that_do_not_fit_give_no_sentence() -> None:
    assert takeaway.sentence(pd.DataFrame({"scenario": ["base"], "value": [1.0]}), NAMES, "en") == ""
    assert takeaway.sentence(rows(("SGP", 2023, None)), NAMES, "en") == ""


def test_caption_joins_plain_title_sentence_and_note() -> None:
    text = takeaway.caption("Internet users<br><sup>% of people</sup>", rows(("SGP", 2023, 96.0)), NAMES, "en", "Note.")
    assert text == "**Internet users % of people** Latest value: Singapore (96, 2023). Note."
