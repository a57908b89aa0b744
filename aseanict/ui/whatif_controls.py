"""The what-if page's inputs: which series to project, its base and target, the model and the three scenarios'
rates. Each widget keeps its value in the session-state key of the same name (ui.whatif_state: the URL's)."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping

import pandas as pd
import streamlit as st

from aseanict import config
from aseanict.i18n import t
from aseanict.topics.economy import editions as economy
from aseanict.topics.whatif import scenario_chart, scenarios
from aseanict.ui import cached
from aseanict.ui import whatif_state as ws


def series_inputs(
    ss: MutableMapping, lang: str, *, inds: pd.DataFrame, labels: Mapping[str, str], names: Mapping[str, str]
) -> None:
    """The series to project: an indicator of one country or group, or an internet-economy series."""
    c1, c2, c3 = st.columns([1.2, 2, 1.2])
    c1.radio(
        t("whatif.source", lang), scenarios.SOURCES, key="wi_source", persist_state="session",
        format_func=lambda s: t(f"whatif.source.{s}", lang),
    )  # fmt: skip
    source = ss["wi_source"]
    if source in ("indicator", "group"):
        choices = scenarios.indicator_choices(inds)
        ws.ensure_choice(ss, "wi_indicator", choices)
        c2.selectbox(
            t("whatif.indicator", lang), choices, key="wi_indicator", persist_state="session",
            format_func=lambda c: labels.get(c, c),
        )  # fmt: skip
    if source == "indicator":
        ws.ensure_choice(ss, "wi_entity", list(scenario_chart.ENTITIES))
        c3.selectbox(
            t("whatif.entity", lang), scenario_chart.ENTITIES, key="wi_entity", persist_state="session",
            format_func=names.get,
        )  # fmt: skip
    elif source == "group":
        c3.selectbox(
            t("whatif.group", lang), list(config.GROUPS), key="wi_group", persist_state="session",
            format_func=lambda g: t(f"group.{g}", lang),
        )  # fmt: skip
    elif source == "economy":
        pairs = economy_pairs()
        ws.ensure_choice(ss, "wi_econ", pairs)
        c2.selectbox(
            t("whatif.econ", lang), pairs, key="wi_econ", persist_state="session",
            format_func=lambda p: ws.pair_label(p, names, labels),
        )  # fmt: skip
        c3.caption(economy.coverage_text(ss["wi_econ"].split("|")[0], names, lang))


def economy_pairs() -> list[str]:
    """The internet-economy series one can project, as "entity|indicator" (the wi_econ values)."""
    return [f"{e}|{i}" for e, i in economy.options(cached.series(economy.LEVELS, economy.ECON_ENTITIES))]


def base_and_target_inputs(lang: str) -> None:
    a, b, c, d = st.columns(4)
    a.number_input(
        t("whatif.base_year", lang), min_value=1960, max_value=2100, step=1, key="wi_base_year", persist_state="session"
    )
    b.number_input(
        t("whatif.base_value", lang), min_value=0.0, key="wi_base_value", persist_state="session", format="%.4g"
    )
    c.number_input(
        t("whatif.target_year", lang), min_value=1960, max_value=2100, step=1, key="wi_target_year",
        persist_state="session",
    )  # fmt: skip
    d.number_input(
        t("whatif.target_value", lang), min_value=0.0, key="wi_target_value", persist_state="session", format="%.4g"
    )


def model_inputs(ss: Mapping, lang: str, bound: float | None) -> None:
    """The model (with its multiple or ceiling) and the low, base and high scenarios' yearly rates."""
    m1, m2, m3, m4 = st.columns(4)
    m1.selectbox(
        t("whatif.model", lang), scenarios.MODELS, key="wi_model", persist_state="session",
        format_func=lambda m: t(f"whatif.model.{m}", lang),
    )  # fmt: skip
    if ss["wi_model"] == "multiple":
        m1.number_input(
            t("whatif.multiple", lang), min_value=0.01, key="wi_multiple", persist_state="session", format="%.4g"
        )
    if ss["wi_model"] == "logistic":
        placeholder = t("whatif.ceiling_placeholder", lang, bound=scenarios.num(bound)) if bound is not None else None
        m1.number_input(
            t("whatif.ceiling", lang), min_value=0.0, key="wi_ceiling", persist_state="session",
            help=t("whatif.ceiling_help", lang), placeholder=placeholder,
        )  # fmt: skip
    for col, name in zip((m2, m3, m4), scenarios.SCENARIOS):
        col.number_input(
            t(f"whatif.rate_{name}", lang), min_value=-99.0, max_value=1000.0, step=0.5, key=f"wi_rate_{name}",
            persist_state="session", help=t("whatif.rate_help", lang),
        )  # fmt: skip
