"""ICT Development Index: the 2009-2017 and 2023+ indices kept apart, growth with its arithmetic, the report's Table 1."""

import pandas as pd
import streamlit as st

from aseanict import ui
from aseanict.i18n import t
from aseanict.topics.data import tables
from aseanict.topics.idi import chart_views as idi_views
from aseanict.topics.idi import editions as idi
from aseanict.topics.idi import table1 as idi_table1
from aseanict.topics.idi import tables as idi_tables
from aseanict.ui import cached, idi_controls, views, widgets

sel = ui.page("idi.title", "idi.intro", require_countries=True)
lang = sel.lang
names = ui.names(lang)
picked = list(sel.countries)

old = views.table(idi_views.points, lang, "old", tuple(picked))
new = views.table(idi_views.points, lang, "new", tuple(picked))


def labels_for(prefix: str, columns) -> dict[str, str]:
    return {c: t(f"{prefix}.{c}", lang) for c in columns}


def all_rows(n: int) -> int:
    return 35 * (n + 1) + 3  # a table tall enough to show every row without scrolling


def edition_view(points: pd.DataFrame, prefix: str) -> str | None:
    """An edition picker (opening on the latest, or for the new index the latest with a world average), its bars
    against the world average, and who has no score (never drawn as zero)."""
    labels, default = cached.derived(points, idi_views.editions, prefix, lang)
    if not labels:
        st.info(t("common.no_data", lang))
        return None
    key = widgets.choice(
        st.selectbox, t("idi.edition", lang), list(labels), default=default, format_func=labels.get,
        help=t("idi.edition_help", lang), key=f"idi_{prefix}_edition", lang=lang,
    )  # fmt: skip
    shown = views.show(f"idi_{prefix}_bars", lang, {"countries": tuple(picked), f"idi_{prefix}_edition": key})
    if shown is not None and shown.data.world.isna().all():
        st.info(t("idi.no_world", lang))
    if shown is not None and (missing := shown.extra["missing"]):
        st.info(t("idi.missing", lang, names=", ".join(names.get(e, e) for e in missing)))
    return key


def subindex_chart() -> None:
    """Access, use and skills for a year with sub-index scores (2016, 2017)."""
    rows = cached.series(idi.OLD_SUBINDICES, tuple(picked))
    years = sorted({int(y) for y in rows.year}, reverse=True)
    if not years:
        return
    year = widgets.choice(st.radio, t("idi.sub.year", lang), years, key="idi_sub_year", lang=lang, horizontal=True)
    views.show("idi_subindices", lang, {"countries": tuple(picked), "idi_sub_year": year})


def section_old() -> None:
    st.markdown(t("idi.old.method", lang))
    views.show("idi_old_all", lang, {"countries": tuple(picked)})
    edition_view(old, "old")
    subindex_chart()
    st.subheader(t("idi.ranks", lang))
    ranks = views.table(idi_tables.rank_table, lang, tuple(picked))
    if ranks is None:
        st.info(t("common.no_data", lang))
        return
    # Countries down, editions across in a compact grid: every edition and country in view, none cut.
    ui.show_table(ranks.grid, hide_index=False, compact=True, key="idi_ranks")
    idi_controls.rank_moves(ranks, names, lang)


def section_new() -> None:
    st.markdown(t("idi.new.method", lang))
    views.show("idi_new_all", lang, {"countries": tuple(picked)})
    key = edition_view(new, "new")
    st.info(t("idi.new.no_ranks", lang))
    table = views.table(idi_tables.selection_table, lang, tuple(picked), key) if key else pd.DataFrame()
    if not table.empty:
        config = labels_for("idi.sel", table.columns) | {
            c: st.column_config.NumberColumn(t(f"idi.sel.{c}", lang), format="%.1f") for c in ("value", *idi.PILLARS)
        }
        ui.show_table(table, column_config=config)
    views.show("idi_pillars", lang, {"countries": tuple(picked)}, empty=None)
    disputed = views.table(idi_tables.conflicts, lang, tuple(picked))
    if not disputed.empty:
        st.warning(t("idi.conflict", lang))
        st.dataframe(
            tables.records_display(disputed, names, {}, lang),
            hide_index=True,
            column_config=tables.record_columns(lang),
        )


def section_growth() -> None:
    st.subheader(t("idi.growth.seed", lang))
    seed = idi.seed_growth(cached.report_figures("idi"))
    st.dataframe(
        idi.seed_growth_display(seed, names, lang), hide_index=True, width="stretch",
        column_config=labels_for("idi.growth.col", idi.SEED_GROWTH_COLUMNS),
    )  # fmt: skip
    st.caption(t("idi.growth.seed_caption", lang))
    st.subheader(t("idi.growth.any", lang))
    idi_controls.growth_calculator(old, new, names, lang)


def section_table1() -> None:
    st.markdown(t("idi.t1.intro", lang))
    made = views.table(idi_tables.table1, lang)
    st.dataframe(
        idi_table1.table1_styled(made.printed, names | {"ASEAN": t("idi.asean_printed", lang)}, made.world), hide_index=True, width="stretch",
        height=all_rows(len(made.printed)),
        column_config={c: t(k, lang) for c, k in idi_table1.TABLE1_HEADERS.items()} | {"entity": t("common.country", lang)},
    )  # fmt: skip
    st.caption(t("idi.t1.grey", lang, world=made.world if made.world is not None else "–"))
    st.subheader(t("idi.t1.today", lang))
    st.dataframe(
        cached.arrow(made.today), hide_index=True, width="stretch", height=all_rows(len(made.today)),
        column_config=labels_for("idi.today", made.today.columns),
    )  # fmt: skip
    st.caption(ui.credit(made.today_ids, lang))
    st.markdown(t("idi.t1.sources", lang))
    ui.show_notes(["IT.NET.USER.ZS", idi.OLD], idi_table1.TABLE1_ROWS, lang)


def section_long() -> None:
    st.markdown(t("idi.long.intro", lang))
    code = widgets.choice(
        st.selectbox, t("common.indicator", lang), idi.LONG_SERIES, format_func=lambda c: ui.indicator_label(c, lang),
        key="idi_long_indicator", lang=lang,
    )  # fmt: skip
    views.show("idi_long", lang, {"countries": tuple(picked), "idi_long_indicator": code})
    ui.show_notes([code], picked, lang)


widgets.sections(
    "2_idi_trends.py", "idi.tab", page="idi", lang=lang,
    draw={"old": section_old, "new": section_new, "growth": section_growth, "table1": section_table1,
          "long": section_long},
)  # fmt: skip
