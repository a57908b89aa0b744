"""The digital divide: access by country and over time, an offline map, inequality measures and catch-up years."""

import streamlit as st

from aseanict import ui
from aseanict.i18n import t
from aseanict.topics import chart_views
from aseanict.topics.divide import chart_views as divide_charts
from aseanict.topics.divide import panels as divide_panels
from aseanict.topics.divide import tables as divide_tables
from aseanict.topics.divide import views as divide_views
from aseanict.topics.tariffs import page_tables as tariff_page
from aseanict.topics.tariffs import tables as tariff_tables
from aseanict.ui import cached, divide_controls, views, widgets
from aseanict.ui.worldview import worldview

sel = ui.page("divide.title", "divide.intro", require_countries=True)
lang = sel.lang
names = ui.names(lang)
countries = list(sel.countries)
ctx = views.table(divide_charts.panel_ctx, lang, tuple(countries))  # the rows and words the sections read


def show(view: str, **settings) -> chart_views.Shown | None:
    return views.show(view, lang, {"countries": tuple(countries), **settings})


def metric(m: divide_panels.Metric) -> None:
    st.metric(m.label, m.value, help=m.help or None)


key = widgets.choice(
    st.selectbox, t("divide.indicator", lang), list(divide_views.INDICATORS), key="divide_indicator", lang=lang,
    format_func=lambda k: t(f"divide.ind.{k}", lang),
)  # fmt: skip
code = divide_views.INDICATORS[key]
mine = cached.derived(ctx, divide_panels.series, key)


def section_over_time() -> None:
    st.subheader(t("divide.over_time_h", lang))
    show("divide_trend", divide_indicator=key)
    ui.show_notes([code], countries, lang)
    left, right = st.columns([3, 2])
    with left:
        st.subheader(t("divide.map_h", lang))
        c1, c2 = st.columns([3, 2])
        with c1:
            map_code = widgets.choice(
                st.selectbox, t("divide.map_indicator", lang), cached.map_indicators(), default=code,
                key="divide_map_indicator", lang=lang, format_func=lambda c: ui.indicator_label(c, lang),
            )  # fmt: skip
        with c2:
            view = worldview(lang)
        show("divide_map", divide_map_indicator=map_code, worldview=view)  # not the page's indicator: not drawn
    years = divide_views.years_with_data(mine)
    if years:
        with right:
            st.subheader(t("divide.gap_h", lang))
            year = widgets.choice(
                st.select_slider, t("divide.map_year", lang), years, default=divide_views.best_year(mine),
                key="divide_year", lang=lang,
            )  # fmt: skip
            st.markdown(t("divide.gap_def", lang))
            st.markdown(cached.derived(ctx, divide_panels.gap_text, key, year))


def section_inequality() -> None:
    st.subheader(t("divide.inequality_h", lang))
    users = cached.derived(ctx, divide_panels.series, "users")
    uyear = widgets.choice(
        st.select_slider, t("divide.users_year", lang), divide_views.years_with_data(users),
        default=divide_views.best_year(users), key="divide_users_year", lang=lang,
    )  # fmt: skip
    left, right = st.columns(2)
    with left:
        st.markdown(t("divide.lorenz_def", lang))
        gini = st.empty()  # the Gini above its curve; both come with the curve
        lorenz = show("divide_lorenz", divide_users_year=uyear)
        if lorenz is not None:
            with gini:
                metric(lorenz.extra["metric"])
    with right:
        st.markdown(t("divide.conv_def", lang))
        show("divide_dispersion")
    st.markdown(t("divide.offline_def", lang))
    total = st.empty()
    offline = show("divide_offline", divide_users_year=uyear)
    if offline is not None:
        with total:
            metric(offline.extra["metric"])


def section_ratio() -> None:
    st.subheader(t("divide.ratio_h", lang))
    st.markdown(t("divide.ratio_def", lang))
    show("divide_ratio")


def section_close() -> None:
    st.subheader(t("divide.close_h", lang))
    st.caption(t("divide.close_intro", lang, indicator=t(f"divide.ind.{key}", lang)))
    chosen = divide_controls.close_gap_inputs(mine, countries, names, lang)
    sentence = st.empty()  # the projection's sentence, above its chart; it comes with the chart
    projection = show("divide_projection", divide_indicator=key, **chosen)
    country = chosen["divide_close_country"]
    ui.show_notes([code], [country], lang)
    if projection is not None:
        sentence.markdown(projection.extra["sentence"])
        st.dataframe(cached.arrow(projection.extra["table"]), hide_index=True, width="stretch")


def section_within() -> None:
    st.subheader(t("divide.within_h", lang))
    show("divide_regions")
    views.show("divide_gender", lang, {"countries": tuple(countries)}, empty="divide.gender_none")
    views.show("divide_daily", lang, {"countries": tuple(countries)}, empty=None)
    st.markdown(t("divide.urban_rural", lang))
    st.dataframe(cached.arrow(views.table(divide_tables.urban_rural, lang)), hide_index=True, width="stretch")
    with st.expander(t("divide.quotes_h", lang)):
        quoted = views.table(tariff_page.quotes, lang, "divide")
        st.dataframe(
            cached.arrow(quoted.table),
            hide_index=True,
            width="stretch",
            column_config=tariff_tables.hidden_id_column(lang),
        )
        st.caption(ui.credit(quoted.source_ids, lang))


widgets.sections(
    "5_divide.py", "divide.tab", page="divide", lang=lang,
    draw={"over_time": section_over_time, "inequality": section_inequality, "ratio": section_ratio,
          "close": section_close, "within": section_within},
)  # fmt: skip
