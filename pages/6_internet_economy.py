"""Internet economy & e-commerce: e-Conomy SEA GMV by edition, forecast revisions, sectors, countries, report figures."""

import streamlit as st

from aseanict import ui
from aseanict.core import units
from aseanict.figures import charts
from aseanict.i18n import t
from aseanict.topics import chart_views
from aseanict.topics.economy import charts as echarts
from aseanict.topics.economy import editions as economy
from aseanict.ui import cached, widgets

sel = ui.page("econ.title", "econ.intro")
lang = sel.lang
names = economy.short_names(ui.names(lang), lang)
st.markdown(t("econ.what_is_gmv", lang))
st.markdown(t("econ.which_countries", lang))

obs_all = cached.series(economy.LEVELS + economy.SHARES, economy.ECON_ENTITIES)
forecasts = cached.forecasts()
tabs = widgets.section_tabs("6_internet_economy.py", "econ.tab", page="economy", lang=lang)


def section_growth() -> None:
    pairs = [f"{e}|{i}" for e, i in economy.options(obs_all)]
    choice = widgets.choice(
        st.selectbox, t("econ.series", lang), pairs, key="econ_series", lang=lang,
        format_func=lambda p: f"{ui.indicator_label(p.split('|')[1], lang)} · {names.get(p.split('|')[0], p)}",
    )  # fmt: skip
    entity, indicator = choice.split("|")
    label = economy.short_label(indicator, ui.indicator_label(indicator, lang), lang)
    unit = cached.indicators().set_index("code").at[indicator, "unit"]
    obs = obs_all[(obs_all.entity == entity) & (obs_all.indicator == indicator)]
    last_estimate = int(obs.year.max()) if not obs.empty else None
    later = widgets.flag(
        st.checkbox, t("econ.later_targets", lang, year=last_estimate or "–"), key="econ_later", lang=lang
    )
    paths = economy.forecast_paths(forecasts, entity, indicator, None if later else last_estimate)
    rows = economy.chart_rows(obs, paths)
    fig = cached.memo(
        echarts.editions_chart,
        obs,
        paths,
        title=t("econ.editions_title", lang, indicator=label, entity=names.get(entity, entity)),
        y_title=economy.unit_label(unit, lang),
        source_line=ui.credit(rows.source_id.dropna().unique(), lang),
        lang=lang,
    )
    ui.show_chart(fig, rows, key="econ_editions", lang=lang, caption=t("econ.editions_caption", lang))
    st.caption(economy.coverage_text(entity, names, lang))

    st.subheader(t("econ.revisions", lang))
    all_paths = economy.forecast_paths(forecasts, entity, indicator)
    target_years = sorted(all_paths.loc[all_paths.point == "target", "year"].unique())
    if not target_years:
        st.info(t("econ.no_revisions", lang))
    else:
        default = economy.default_target_year(target_years, last_estimate)
        year = widgets.choice(
            st.selectbox, t("econ.target_year", lang), target_years, default=default, key="econ_target_year", lang=lang
        )
        rev = economy.revisions(forecasts, entity, indicator, int(year))
        actual = economy.estimate_for(obs_all, entity, indicator, int(year))
        fig = cached.memo(
            echarts.revisions_chart,
            rev,
            actual,
            title=t("econ.revisions_title", lang, indicator=label, year=year, entity=names.get(entity, entity)),
            y_title=economy.unit_label(unit, lang),
            source_line=ui.credit([*rev.source_id, *([actual.source_id] if actual is not None else [])], lang),
            lang=lang,
        )
        caption = economy.revisions_summary(rev, actual, int(year), lang) + " " + t("econ.lower_bound_note", lang)
        ui.show_chart(fig, economy.revision_rows(rev, actual), key="econ_revisions", lang=lang, caption=caption)
        st.dataframe(economy.revisions_display(rev, lang), hide_index=True)
    st.caption(t("econ.forecast_link", lang))

    ui.show_notes(list(economy.LEVELS), [entity], lang)


def section_breakdown() -> None:
    st.subheader(t("econ.sectors", lang))
    shown = cached.shared_from_store(chart_views.build, "econ_sectors", lang, {})
    ui.show_chart(shown.fig, shown.data, key="econ_sectors", lang=lang, caption=shown.caption, embed={})
    st.subheader(t("econ.countries", lang))
    levels, have, missing = economy.country_levels(obs_all)
    fig = cached.memo(
        echarts.country_levels_chart,
        levels,
        title=t("econ.countries_title", lang),
        y_title=t("unit.usd_bn", lang),
        names=names,
        source_line=ui.credit(levels.source_id.unique(), lang),
    )
    caption = t(
        "econ.countries_caption",
        lang,
        have=", ".join(names.get(c, c) for c in have) or "–",
        missing=", ".join(names.get(c, c) for c in missing) or "–",
    )
    ui.show_chart(fig, levels, key="econ_countries", lang=lang, caption=caption)

    share_year, shares = economy.latest_share_year(obs_all)
    if share_year is not None:
        fig = cached.memo(
            charts.bar_chart,
            shares,
            title=t("econ.pct_gdp_title", lang, year=share_year),
            x_title="",
            names=names,
            source_line=ui.credit(shares.source_id.unique(), lang),
        )
        ui.show_chart(fig, shares, key="econ_pct_gdp", lang=lang, caption=t("econ.pct_gdp_caption", lang))


def section_china() -> None:
    st.subheader(t("econ.china", lang))
    st.caption(t("econ.china_intro", lang))
    figures = cached.report_figures("ecommerce")
    st.dataframe(  # the report's figure numbers stay in the data page's list of the report's figures
        economy.report_display(figures, names, lang), hide_index=True, column_config={t("econ.col.id", lang): None}
    )
    st.caption(ui.credit(figures.source_id.unique(), lang))

    retail = cached.series((*echarts.CHINA_RETAIL, echarts.CHINA_RETAIL_SHARE), ("CHN",))
    if not retail.empty:
        st.subheader(t("econ.cn_retail", lang))
        levels = retail[retail.indicator.isin(echarts.CHINA_RETAIL)]
        fig = cached.memo(
            echarts.china_retail_chart, levels, labels=ui.indicator_labels(lang), title=t("econ.cn_retail", lang),
            y_title=units.unit_label("CNY billion", lang), source_line=ui.credit(levels.source_id.unique(), lang),
        )  # fmt: skip
        ui.show_chart(fig, retail, key="econ_cn_retail", lang=lang, caption=economy.retail_note(retail, lang))

    st.subheader(t("econ.shares", lang))
    st.caption(t("econ.shares_intro", lang))
    shares_all = economy.share_figures(figures, obs_all)
    st.dataframe(economy.shares_display(shares_all, names, lang), hide_index=True)
    st.caption(ui.credit(shares_all.source_id.unique(), lang))


widgets.draw_open(tabs, {"growth": section_growth, "breakdown": section_breakdown, "china": section_china})
