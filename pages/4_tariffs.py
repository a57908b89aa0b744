"""Broadband tariffs and affordability: ITU price baskets over time, the affordability targets, the report's figures."""

import streamlit as st

from aseanict import ui
from aseanict.i18n import t
from aseanict.topics.tariffs import baskets as tariffs
from aseanict.topics.tariffs import page_tables as tariff_page
from aseanict.topics.tariffs import tables as tariff_tables
from aseanict.ui import cached, views, widgets
from aseanict.ui.worldview import worldview

sel = ui.page("tariffs.title", "tariffs.intro", require_countries=True)
lang = sel.lang

c1, c2 = st.columns([2.6, 1])
with c1:
    group = widgets.choice(
        st.selectbox, t("tariffs.basket", lang), list(tariffs.GROUPS), key="tariffs_group", lang=lang,
        format_func=lambda g: t(f"tariffs.group.{g}", lang),
    )  # fmt: skip
with c2:
    show_exp = widgets.flag(
        st.toggle, t("tariffs.show_experimental", lang), key="tariffs_experimental", lang=lang, default=True
    )


def section_baskets() -> None:
    c1, c2 = st.columns([2.6, 1])
    with c2:
        show_world = widgets.flag(st.toggle, t("tariffs.show_world", lang), key="tariffs_world", lang=lang)
        log_y = widgets.flag(st.toggle, t("tariffs.log_scale", lang), key="tariffs_log", lang=lang, default=True)
    with c1:
        unit = widgets.choice(
            st.radio, t("tariffs.unit_label", lang), tariffs.UNITS, key="tariffs_unit", lang=lang, horizontal=True,
            format_func=lambda u: t(f"tariffs.unit.{u}", lang),
        )  # fmt: skip

    entities = (*sel.countries, "WLD") if show_world else sel.countries
    settings = {
        "countries": tuple(sel.countries), "tariffs_group": group, "tariffs_unit": unit,
        "tariffs_experimental": show_exp, "tariffs_world": show_world, "tariffs_log": log_y,
    }  # fmt: skip
    shown = views.show("tariffs_baskets", lang, settings, empty="tariffs.no_rows")
    if shown is not None:
        items = "; ".join(f"{title}: {span}" for title, span in tariffs.releases(shown.data, cached.sources()))
        st.caption(t("tariffs.releases", lang, items=items))
    ui.show_notes(tariffs.codes(group, "pct_gni"), entities, lang)


def section_targets() -> None:
    st.subheader(t("tariffs.targets_h", lang))
    for key in tariffs.TARGETS:
        st.markdown(t(f"tariffs.target_def.{key}", lang))
    target = widgets.choice(
        st.radio, t("tariffs.target_pick", lang), list(tariffs.TARGETS), key="tariffs_target", lang=lang,
        horizontal=True, format_func=lambda k: t(f"tariffs.target_short.{k}", lang),
    )  # fmt: skip
    made = views.table(tariff_page.targets, lang, tuple(sel.countries), group, show_exp, target)
    if not made.years:
        st.info(t("tariffs.not_applicable_msg", lang))
        return
    year = widgets.choice(
        st.select_slider, t("tariffs.year_pick", lang), made.years, default=made.years[-1], key="tariffs_year",
        lang=lang,
    )  # fmt: skip
    st.markdown(t("tariffs.counts", lang, year=year, **cached.derived(made, tariff_page.counts, year)))
    settings = {
        "countries": tuple(sel.countries), "tariffs_group": group, "tariffs_experimental": show_exp,
        "tariffs_target": target, "tariffs_year": year, "worldview": worldview(lang),
    }  # fmt: skip
    views.show("tariffs_map", lang, settings)
    st.subheader(t("tariffs.grid_h", lang))
    ui.show_table(made.grid, hide_index=False, compact=True, key="targets_grid")  # every country and year in view


def section_report() -> None:
    st.subheader(t("tariffs.seed_h", lang))
    st.caption(t("tariffs.seed_intro", lang))
    report = views.table(tariff_page.report, lang)

    def report_table(table) -> None:  # the figure ids stay in the data, hidden on screen
        st.dataframe(
            cached.arrow(table), hide_index=True, width="stretch", column_config=tariff_tables.hidden_id_column(lang)
        )

    st.markdown(report.levels_said)
    report_table(report.levels)
    st.subheader(t("tariffs.changes_h", lang))
    st.markdown(report.changes_said)
    report_table(report.changes)
    st.caption(t("tariffs.changes_caveat", lang))
    st.caption(ui.credit(report.source_ids, lang))
    with st.expander(t("tariffs.quotes_h", lang)):
        report_table(views.table(tariff_page.quotes, lang, "tariff").table)


widgets.sections(
    "4_tariffs.py",
    "tariffs.tab",
    page="tariffs",
    lang=lang,
    draw={"baskets": section_baskets, "targets": section_targets, "report": section_report},
)
