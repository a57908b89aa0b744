"""The digital divide: access by country and over time, an offline map, inequality measures and catch-up years."""

import streamlit as st

from aseanict import cached, divide_panels, divide_views, tariff_tables, ui
from aseanict.divide_panels import Shown
from aseanict.i18n import format_number, t

sel = ui.page("divide.title", "divide.intro", require_countries=True)
lang = sel.lang
names = ui.names(lang)
countries = list(sel.countries)
rows = cached.series(divide_views.ALL_CODES, (*countries, "WLD"), 2000, 2100)
ctx = divide_panels.Ctx(rows, countries, lang, names, lambda ids: ui.credit(ids, lang))
figures = cached.report_figures("divide")


def show(panel: Shown | None, key: str) -> None:
    if panel is None:
        st.info(t("common.no_data", lang))
    else:
        ui.show_chart(panel.fig, panel.data, key=key, lang=lang, caption=panel.caption)


def metric(m: divide_panels.Metric) -> None:
    st.metric(m.label, m.value, help=m.help or None)


st.header(t("divide.over_time_h", lang))
key = st.selectbox(
    t("divide.indicator", lang),
    list(divide_views.INDICATORS),
    key="divide_indicator",
    format_func=lambda k: t(f"divide.ind.{k}", lang),
)
code = divide_views.INDICATORS[key]
mine = divide_panels.series(ctx, key)
show(divide_panels.trend(ctx, key), "divide_trend")
ui.show_notes([code], countries, lang)
years = divide_views.years_with_data(mine)
if years:
    year = st.select_slider(t("divide.map_year", lang), years, value=divide_views.best_year(mine), key="divide_year")
    left, right = st.columns([3, 2])
    with left:
        show(divide_panels.map_view(ctx, key, year), "divide_map")
    with right:
        st.subheader(t("divide.gap_h", lang))
        st.markdown(t("divide.gap_def", lang))
        st.markdown(divide_panels.gap_text(ctx, key, year))

st.header(t("divide.inequality_h", lang))
users = divide_panels.series(ctx, "users")
uyear = st.select_slider(
    t("divide.users_year", lang),
    divide_views.years_with_data(users),
    value=divide_views.best_year(users),
    key="divide_users_year",
)
left, right = st.columns(2)
with left:
    st.markdown(t("divide.lorenz_def", lang))
    gini, lorenz = divide_panels.lorenz_view(ctx, uyear)
    metric(gini)
    show(lorenz, "divide_lorenz")
with right:
    st.markdown(t("divide.conv_def", lang))
    show(divide_panels.dispersion_view(ctx), "divide_dispersion")
st.markdown(t("divide.offline_def", lang))
total, offline = divide_panels.offline_view(ctx, uyear)
metric(total)
show(offline, "divide_offline")

st.header(t("divide.ratio_h", lang))
st.markdown(t("divide.ratio_def", lang))
show(divide_panels.ratio_view(ctx, figures), "divide_ratio")

st.header(t("divide.close_h", lang))
st.caption(t("divide.close_intro", lang, indicator=t(f"divide.ind.{key}", lang)))
c1, c2, c3, c4 = st.columns([1.2, 1.6, 1, 1.2])
lead = divide_views.leader(mine, countries)
laggard = divide_views.laggard(mine, countries)
country = c1.selectbox(
    t("divide.close_country", lang),
    countries,
    key="divide_close_country",
    index=countries.index(laggard) if laggard else 0,
    format_func=lambda c: names.get(c, c),
)
kind = c2.radio(
    t("divide.close_target", lang),
    ["leader", "universal", "custom"],
    key="divide_close_target",
    format_func=lambda k: t(
        f"divide.target.{k}", lang, country=names.get(lead.iso3, "–"), value=format_number(lead.value, lang, 1)
    ),
)
custom = c2.number_input(
    t("divide.custom_level", lang), 0.0, 500.0, 80.0, key="divide_custom", disabled=kind != "custom"
)
recent = c3.slider(t("divide.recent_years", lang), 2, 15, 5, key="divide_recent")
method = c4.radio(
    t("divide.method", lang),
    ["linear", "compound"],
    key="divide_method",
    format_func=lambda m: t(f"divide.method.{m}", lang),
)
level = divide_views.target_level(kind, lead, custom)
sentence, projection, table = divide_panels.projection_view(ctx, key, country, level, recent, method)
st.markdown(sentence)
show(projection, "divide_projection")
ui.show_notes([code], [country], lang)
st.dataframe(table, hide_index=True, width="stretch")

st.header(t("divide.within_h", lang))
show(divide_panels.regions_view(ctx, figures), "divide_regions")
gender = divide_panels.gender_view(ctx)
if gender is None:
    st.info(t("divide.gender_none", lang))
else:
    show(gender, "divide_gender")
st.markdown(t("divide.urban_rural", lang))
urban_rural = cached.series(divide_views.URBAN_RURAL, ("WLD", "ITU_ASP"))
st.dataframe(divide_panels.urban_rural_table(urban_rural, lang, names), hide_index=True, width="stretch")
with st.expander(t("divide.quotes_h", lang)):
    st.dataframe(tariff_tables.quotes_table(figures, lang, names), hide_index=True, width="stretch")
    st.caption(ui.credit(figures.source_id.unique(), lang))
