"""The digital-divide page's "close the gap" inputs: the country, the level to reach (the leader's, universal or
one's own), how many recent years set the pace, and the method (the projection is topics/divide's)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

from aseanict.i18n import format_number, t
from aseanict.topics.divide import views as divide_views
from aseanict.ui import widgets


def close_gap_inputs(
    mine: pd.DataFrame, countries: Sequence[str], names: Mapping[str, str], lang: str
) -> dict[str, object]:
    """The projection's settings as the divide_projection view takes them (its divide_* parameters)."""
    c1, c2, c3, c4 = st.columns([1.2, 1.6, 1, 1.2])
    lead = divide_views.leader(mine, countries)
    with c1:
        country = widgets.choice(
            st.selectbox, t("divide.close_country", lang), countries, default=divide_views.laggard(mine, countries),
            key="divide_close_country", lang=lang, format_func=lambda c: names.get(c, c),
        )  # fmt: skip
    with c2:
        kind = widgets.choice(
            st.radio, t("divide.close_target", lang), ["leader", "universal", "custom"], key="divide_close_target",
            lang=lang, format_func=lambda k: t(
                f"divide.target.{k}", lang, country=names.get(lead.iso3, "–"), value=format_number(lead.value, lang, 1)
            ),
        )  # fmt: skip
        custom = widgets.number(
            t("divide.custom_level", lang), key="divide_custom", lang=lang, lo=0.0, hi=500.0, default=80.0,
            disabled=kind != "custom",
        )  # fmt: skip
    with c3:
        recent = widgets.choice(
            st.select_slider, t("divide.recent_years", lang), list(range(2, 16)), default=5, key="divide_recent",
            lang=lang,
        )  # fmt: skip
    with c4:
        method = widgets.choice(
            st.radio, t("divide.method", lang), ["linear", "compound"], key="divide_method", lang=lang,
            format_func=lambda m: t(f"divide.method.{m}", lang),
        )  # fmt: skip
    return {
        "divide_close_country": country, "divide_close_target": kind, "divide_custom": custom,
        "divide_recent": recent, "divide_method": method,
    }  # fmt: skip
