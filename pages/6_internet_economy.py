"""Internet economy & e-commerce: e-Conomy SEA GMV by edition, forecast revisions, sectors, countries, report figures."""

import streamlit as st

from aseanict import ui
from aseanict.i18n import t
from aseanict.topics.economy import chart_views as econ_views
from aseanict.topics.economy import editions as economy
from aseanict.ui import cached, views, widgets

sel = ui.page("econ.title", "econ.intro")
lang = sel.lang
names = economy.short_names(ui.names(lang), lang)
st.markdown(t("econ.what_is_gmv", lang))
st.markdown(t("econ.which_countries", lang))

obs_all = cached.series(economy.LEVELS + economy.SHARES, economy.ECON_ENTITIES)
forecasts = cached.forecasts()


def section_growth() -> None:
    pairs = [f"{e}|{i}" for e, i in economy.options(obs_all)]
    choice = widgets.choice(
        st.selectbox, t("econ.series", lang), pairs, key="econ_series", lang=lang,
        format_func=lambda p: f"{ui.indicator_label(p.split('|')[1], lang)} · {names.get(p.split('|')[0], p)}",
    )  # fmt: skip
    entity, indicator = choice.split("|")
    obs = obs_all[(obs_all.entity == entity) & (obs_all.indicator == indicator)]
    last_estimate = int(obs.year.max()) if not obs.empty else None
    later = widgets.flag(
        st.checkbox, t("econ.later_targets", lang, year=last_estimate or "–"), key="econ_later", lang=lang
    )
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
            st.dataframe(economy.revisions_display(shown.extra["revisions"], lang), hide_index=True)
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
    figures = cached.report_figures("ecommerce")
    st.dataframe(  # the report's figure numbers stay in the data page's list of the report's figures
        economy.report_display(figures, names, lang), hide_index=True, column_config={t("econ.col.id", lang): None}
    )
    st.caption(ui.credit(figures.source_id.unique(), lang))

    header = st.empty()  # the heading only when there is a chart under it
    if views.show("econ_cn_retail", lang, {}, empty=None) is not None:
        header.subheader(t("econ.cn_retail", lang))

    st.subheader(t("econ.shares", lang))
    st.caption(t("econ.shares_intro", lang))
    shares_all = economy.share_figures(figures, obs_all)
    st.dataframe(economy.shares_display(shares_all, names, lang), hide_index=True)
    st.caption(ui.credit(shares_all.source_id.unique(), lang))


widgets.sections(
    "6_internet_economy.py",
    "econ.tab",
    page="economy",
    lang=lang,
    draw={"growth": section_growth, "breakdown": section_breakdown, "china": section_china},
)
