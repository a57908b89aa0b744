"""Projections & forecasts: what-if projections of any series (the report's forecasts as presets) and forecasts vs outcomes."""

import streamlit as st

from aseanict import ui
from aseanict.i18n import t
from aseanict.topics.economy import editions as economy
from aseanict.topics.whatif import chart_views as whatif_charts
from aseanict.topics.whatif import scenario_chart, scenarios
from aseanict.topics.whatif import tables as whatif_tables
from aseanict.ui import cached, views, widgets
from aseanict.ui import whatif_controls as controls
from aseanict.ui import whatif_state as ws

sel = ui.page("whatif.title")
lang, ss = sel.lang, st.session_state
names = economy.short_names(ui.names(lang), lang)
inds = cached.indicators()
labels = ui.indicator_labels(lang)
forecasts = cached.forecasts()
outcomes = views.table(whatif_charts.outcomes, lang)
if not ss.get("wi_url_read"):  # a link's settings, read once per session
    ss.wi_url_read = True
    allowed = {"wi_indicator": scenarios.indicator_choices(inds), "wi_econ": controls.economy_pairs()}
    values, problems = ws.from_url(st.query_params, allowed)
    ss.update(values)
    widgets.notices(problems, lang)
ws.init_state(ss)


def section_check() -> None:
    st.caption(t("fc.intro", lang))
    checked = views.table(whatif_tables.check, lang)
    st.markdown(t("fc.summary", lang, **checked.summary))
    views.show("fc_errors", lang, {})
    st.dataframe(cached.arrow(checked.shown), hide_index=True)
    st.caption(ui.credit(checked.source_ids, lang))


def section_whatif() -> None:
    st.caption(t("whatif.intro", lang))

    def apply_preset(key: str) -> None:
        ss.update(ws.preset_state(key, forecasts, outcomes))

    st.subheader(t("whatif.presets", lang))
    for col, key in zip(st.columns(len(scenarios.PRESETS)), scenarios.PRESETS):
        text = t(f"whatif.preset.{key}", lang, **scenarios.preset_values(key, forecasts))
        col.button(text, key=f"wi_btn_{key}", on_click=apply_preset, args=(key,), width="stretch")

    controls.series_inputs(ss, lang, inds=inds, labels=labels, names=names)
    series = {key: ss[key] for key in scenario_chart.SERIES_KEYS}
    picked = cached.from_store(scenario_chart.read_picked, lang, series)
    if picked.caption:
        st.caption(picked.caption)
    history = picked.history
    ws.sync_base(ss, history)
    chosen = ws.values(ss)
    about = views.chart("whatif", lang, chosen).extra  # what the chart draws, for the text around it
    bound, preset, sc, s = about["bound"], about["preset"], about["scenario"], about["settings"]

    controls.base_and_target_inputs(lang)
    st.caption(ws.base_caption(ss, history, preset, lang))
    controls.model_inputs(ss, lang, bound)

    if about["error"]:
        st.info(t("whatif.need_base", lang) if s is None else t("whatif.err.generic", lang, details=about["error"]))
    if preset:
        st.info(ws.preset_note(preset, forecasts, outcomes, ss, sc, about["unit"], lang))
    if bound is not None:
        st.caption(t("whatif.bound_note", lang, bound=scenarios.num(bound)))
    if history.empty:
        st.caption(t("whatif.no_history", lang))

    views.show("whatif", lang, chosen)
    if picked.code:
        ui.show_notes([picked.code], list(picked.noted), lang)

    if sc is not None:
        st.dataframe(ws.results_table(sc, s, about["unit"], lang), hide_index=True)
        if s.model == "multiple":
            st.caption(t("whatif.rate_from_multiple", lang, rate=scenarios.pct(sc.rates["base"])))
        st.markdown(f"**{t('whatif.arith.title', lang)}**")
        st.markdown("\n".join(f"- `{line}`" for line in sc.arithmetic))
        for note in sc.notes:
            st.warning(note)
    if not history.empty:
        fitted, fit_text = scenarios.fit(history, ss.wi_model, ss.wi_ceiling or bound, lang, breaks=picked.break_years)
        st.caption(fit_text)
        st.button(
            t("whatif.fit.use", lang),
            key="wi_use_fit",
            disabled=fitted is None,
            on_click=lambda: ss.update(ws.rates_from(fitted)),
        )
    st.caption(t("whatif.spread_note", lang))
    widgets.mirror(scenario_chart.to_link(ss), list(ws.STATE_KEYS))


widgets.sections(
    "7_what_if.py", "whatif.view", page="whatif", lang=lang, draw={"whatif": section_whatif, "check": section_check}
)
