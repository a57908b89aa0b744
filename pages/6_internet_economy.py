"""Internet economy & e-commerce: e-Conomy SEA GMV by edition, forecast revisions, sectors, countries, report figures."""

import streamlit as st

from aseanict import ui
from aseanict.i18n import t
from aseanict.topics.economy import chart_views as econ_views
from aseanict.topics.economy import editions as economy
from aseanict.topics.economy import tables as econ_tables
from aseanict.ui import cached, views, widgets

sel = ui.page("econ.title", "econ.intro")
lang = sel.lang
names = economy.short_names(ui.names(lang), lang)
st.markdown(t("econ.what_is_gmv", lang))
st.markdown(t("econ.which_countries", lang))


def section_growth() -> None:
    series = views.table(econ_tables.series_choice, lang)
    choice = widgets.choice(
        st.selectbox, t("econ.series", lang), series.pairs, key="econ_series", lang=lang,
        format_func=lambda p: f"{ui.indicator_label(p.split('|')[1], lang)} · {names.get(p.split('|')[0], p)}",
    )  # fmt: skip
    entity = choice.split("|")[0]
    later = widgets.flag(
        st.checkbox, t("econ.later_targets", lang, year=series.last_estimate.get(choice, "–")), key="econ_later",
        lang=lang,
    )  # fmt: skip
    views.show("econ_editions", lang, {"econ_series": choice, "econ_later": later})
    st.caption(economy.coverage_text(entity, names, lang))

    st.subheader(t("econ.revisions", lang))
    target_years, default = cached.from_store(econ_views.target_years, choice)
    if not target_years:
        st.info(t("econ.no_revisions", lang))
    else:
        year = widgets.choice(
            st.selectbox, t("econ.target_year", lang), target_years, default=default, key="econ_target_year", lang=lang
        )
        shown = views.show("econ_revisions", lang, {"econ_series": choice, "econ_target_year": year})
        if shown is not None:
            revisions = cached.derived(shown.extra["revisions"], economy.revisions_display, lang)
            st.dataframe(cached.arrow(revisions), hide_index=True)
    st.caption(t("econ.forecast_link", lang))

    ui.show_notes(list(economy.LEVELS), [entity], lang)


def section_breakdown() -> None:
    st.subheader(t("econ.sectors", lang))
    views.show("econ_sectors", lang, {})
    st.subheader(t("econ.countries", lang))
    views.show("econ_countries", lang, {})
    views.show("econ_pct_gdp", lang, {}, empty=None)


def section_china() -> None:
    st.subheader(t("econ.china", lang))
    st.caption(t("econ.china_intro", lang))
    china = views.table(econ_tables.china, lang)
    st.dataframe(  # the report's figure numbers stay in the data page's list of the report's figures
        cached.arrow(china.report), hide_index=True, column_config={t("econ.col.id", lang): None}
    )
    st.caption(ui.credit(china.report_ids, lang))

    header = st.empty()  # the heading only when there is a chart under it
    if views.show("econ_cn_retail", lang, {}, empty=None) is not None:
        header.subheader(t("econ.cn_retail", lang))

    st.subheader(t("econ.shares", lang))
    st.caption(t("econ.shares_intro", lang))
    st.dataframe(cached.arrow(china.shares), hide_index=True)
    st.caption(ui.credit(china.share_ids, lang))


widgets.sections(
    "6_internet_economy.py",
    "econ.tab",
    page="economy",
    lang=lang,
    draw={"growth": section_growth, "breakdown": section_breakdown, "china": section_china},
)
