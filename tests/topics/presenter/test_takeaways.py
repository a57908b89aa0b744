"""Presenter takeaways say what the view's rows show: a gap narrows or widens by the numbers quoted."""

from __future__ import annotations

import pandas as pd

from aseanict.topics.presenter import takeaways as say

NAMES = {"SGP": "Singapore", "TLS": "Timor-Leste", "MMR": "Myanmar", "CHN": "China"}


def rows(*triples) -> pd.DataFrame:
    return pd.DataFrame(triples, columns=["entity", "year", "value"])


def test_catching_up_only_when_the_gap_narrows() -> None:
    stalled = rows(("SGP", 2021, 90.0), ("TLS", 2021, 35.0), ("SGP", 2023, 96.0), ("TLS", 2023, 34.0))
    text = say.gap_over_time(stalled, NAMES, "en")
    assert text == (
        "In 2021 Singapore was highest at 90.0 and Timor-Leste lowest at 35.0; "
        "in 2023 Singapore was highest at 96.0 and Timor-Leste lowest at 34.0: the gap widened."
    )
    closing = rows(("SGP", 2021, 90.0), ("TLS", 2021, 35.0), ("SGP", 2023, 91.0), ("TLS", 2023, 50.0))
    assert say.gap_over_time(closing, NAMES, "en").endswith("the gap narrowed.")
    assert say.gap_over_time(closing, NAMES, "zh").endswith("差距缩小了。")


def test_gap_uses_only_years_every_country_reports() -> None:
    partial = rows(("SGP", 2020, 80.0), ("SGP", 2021, 90.0), ("TLS", 2021, 35.0), ("SGP", 2023, 96.0))
    assert (
        say.gap_over_time(partial, NAMES, "en")
        == "In 2021 Singapore was highest at 90.0 and Timor-Leste lowest at 35.0."
    )


def test_bars_name_who_is_on_the_wrong_side_of_the_line() -> None:
    prices = rows(("CHN", 2025, 0.38), ("MMR", 2025, 3.08), ("TLS", 2025, 2.5))
    text = say.against_line(prices, NAMES, "en", decimals=2, line=2.0, line_key="present.price.target_said")
    assert text == "Highest Myanmar (3.08), lowest China (0.38); above the 2% target: Myanmar and Timor-Leste."
    none = say.against_line(prices.head(1), NAMES, "en", decimals=2, line=2.0, line_key="present.price.target_said")
    assert none.endswith("none is above the 2% target.")


def test_forecast_against_the_estimate_keeps_qualifiers() -> None:
    rev = pd.DataFrame({"edition": ["e-Conomy SEA 2016"], "target_value": [200.0], "qualifier": ["~"]})
    actual = pd.Series({"value": 300.0, "qualifier": ">", "year": 2025})
    text = say.forecast_vs_estimate(rev, actual, "en")
    assert text == "The e-Conomy SEA 2016 forecast for 2025 was ~200; the estimate is >300: the forecast was overtaken."
    below = pd.Series({"value": 150.0, "qualifier": ">", "year": 2025})
    assert say.forecast_vs_estimate(rev, below, "en").endswith("the outcome is not settled.")
