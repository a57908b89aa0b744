"""Country profiles and comparison: one country's key indicators, then 2-6 countries side by side."""

import streamlit as st

from aseanict import ui
from aseanict.figures import export
from aseanict.i18n import t
from aseanict.topics.countries import brief, profiles
from aseanict.topics.countries import tables as country_tables
from aseanict.ui import cached, countries_controls, views, widgets

sel = ui.page("prof.title", "prof.intro")
lang = sel.lang
ss = st.session_state
names = ui.names(lang)
field = country_tables.FIELD

# The focus country is the profile's subject and the comparison's starting point, so it is picked above both.
first = sel.countries[0] if sel.countries else "CHN"
focus = widgets.choice(
    st.selectbox, t("common.country", lang), field, default=first, format_func=names.get, key="prof_focus", lang=lang
)


def brief_download(ready_note: bool = False) -> None:
    """The focus country's A4 brief as a PDF (made when asked for); ?brief=1 offers it at the top of the page."""
    if not export.chromium_path():
        return
    if ready_note:
        st.info(t("brief.ready", lang, name=names.get(focus, focus)), icon=":material/description:")
    st.download_button(
        t("brief.download", lang),
        lambda: cached.from_store(brief.stored_pdf, focus, lang),
        file_name=brief.file_name(focus, lang),
        mime="application/pdf",
        on_click="ignore",
        key="prof_brief_top" if ready_note else "prof_brief",
        icon=":material/download:",
    )


if st.query_params.get("brief") == "1":
    brief_download(ready_note=True)


def use_peers() -> None:
    if ss.prof_peers != "none":
        ss.prof_compare = profiles.peers(ss.prof_peers, cached.countries())


def section_profile() -> None:
    st.subheader(t("prof.profile_header", lang))
    card = views.table(country_tables.profile, lang, focus)
    # Static: the gaps' long text wraps in its column (the trend reads as a text sparkline), nothing is cut.
    ui.show_table(
        card.shown,
        static=True,
        column_config={
            "indicator": t("common.indicator", lang),
            "latest": t("prof.col.latest", lang),
            "trend": t("prof.col.trend", lang),
            "trend_from": t("prof.col.trend_from", lang),
            "rank": t("prof.col.rank", lang),
            "vs_asean": t("prof.col.vs_asean", lang),
            "vs_world": t("prof.col.vs_world", lang),
        },
    )
    st.caption(t("prof.card_caption", lang) + " " + ui.credit(card.source_ids, lang))
    ui.show_citation(
        card.source_ids,
        t("cite.profile_title", lang, country=names[focus]),
        key=f"profile_{focus}",
        lang=lang,
        label_key="cite.expander_profile",
    )
    brief_download()
    for indicator, year in card.after_breaks:
        st.caption(t("common.break.trend", lang, indicator=indicator, year=year))
    with st.expander(t("common.notes", lang)):
        ui.show_notes(profiles.KEY_INDICATORS, [focus], lang)


def section_compare() -> None:
    st.subheader(t("prof.compare_header", lang))
    st.selectbox(
        t("prof.peers", lang),
        ["none", *profiles.PEER_GROUPS],
        format_func=lambda g: t("prof.peers_none", lang) if g == "none" else t(f"group.{g}", lang),
        key="prof_peers",
        on_change=use_peers,
    )
    st.caption(t("prof.no_income_groups", lang))
    chosen = widgets.many(
        st.multiselect, t("prof.compare_pick", lang), field, key="prof_compare", lang=lang,
        default=profiles.default_comparison(focus, sel.countries), max_selections=profiles.MAX_COMPARE,
        format_func=names.get,
    )  # fmt: skip
    if len(chosen) < 2:
        st.info(t("prof.pick_two", lang))
        return

    compared = {"prof_compare": tuple(chosen)}
    views.show("prof_multiples", lang, compared)
    with st.expander(t("common.notes", lang)):
        ui.show_notes(profiles.KEY_INDICATORS, chosen, lang)

    st.subheader(t("prof.ranking", lang))
    countries_controls.ranking(chosen, lang)

    st.subheader(t("prof.profile_chart", lang))
    views.show("prof_profile", lang, compared)


def section_over_time() -> None:
    st.subheader(t("bubbles.header", lang))
    st.caption(t("bubbles.intro", lang))
    if not sel.countries:
        st.info(t("common.pick_country", lang))
        return
    settings = countries_controls.bubble_settings(tuple(sel.countries), lang)
    if settings is None:
        return
    views.show("bubbles", lang, settings)
    with st.expander(t("common.notes", lang)):
        ui.show_notes((settings["bubbles_x"], settings["bubbles_y"]), settings["countries"], lang)


widgets.sections(
    "3_countries.py",
    "prof.tab",
    page="countries",
    lang=lang,
    draw={"profile": section_profile, "compare": section_compare, "over_time": section_over_time},
)
