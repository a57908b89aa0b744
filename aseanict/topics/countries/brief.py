"""The country brief: one printable A4 page per country (PDF), in English or Chinese.

Key indicators with year, rank and gap to ASEAN and the World (the profile's table), a sparkline per indicator
(the profile's series), affordability against the 2% target, the IDI by edition and the sources, laid out as one
Plotly figure on an A4 page and printed to PDF by the exporter's Chromium with the bundled CJK font.
`brief_pdf(code, lang, con)` is the one entry point (the profile page's download, the URL `?brief=1`, an API).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from aseanict import config
from aseanict.core import labels as core_labels
from aseanict.core import provenance, units
from aseanict.core.breaks import NO_BREAKS, Registry
from aseanict.figures import charts, export
from aseanict.i18n import t
from aseanict.store import queries
from aseanict.topics.countries import profiles
from aseanict.topics.tariffs.baskets import TARGETS

A4_WIDTH, A4_HEIGHT = 794, 1123  # CSS pixels at 96 per inch: 210 x 297 mm, a 595 x 842 pt PDF page
AFFORDABILITY = ("ITU_FBB_PCT_GNI", "ITU_MBB_DATA_PCT_GNI")
IDI = ("ITU_IDI_OLD", "ITU_IDI_NEW")  # 2009-2017 method (0-10) and 2023 method (0-100): never on one axis
TARGET = TARGETS["bc2025"]  # Broadband Commission 2025: entry-level broadband below 2% of monthly GNI per capita
SPARK_COLOUR, ASEAN_COLOUR = "#1f4e79", "#9aa5b1"


class BriefError(ValueError):
    """The brief cannot be made for this request; the message says why (in English, for logs and the API)."""


def _other(lang: str) -> str:
    return "zh" if lang == "en" else "en"


def brief_figure(
    card: pd.DataFrame,
    display: pd.DataFrame,
    affordability: pd.DataFrame,
    idi: pd.DataFrame,
    *,
    code: str,
    names: Mapping[str, Mapping[str, str]],
    labels: Mapping[str, str],
    credit: str,
    lang: str,
) -> go.Figure:
    """The A4 page as one figure. `card`/`display`: profiles.profile_table / profile_display rows; affordability
    and idi: the country's rows of those indicators (year, indicator, value, edition); names: lang -> ISO3 -> name."""
    sparks = [_spark(row) for _, row in card.iterrows()]
    titles = [_wrap(f"{label} ({years[0]}–{years[-1]})" if len(years) > 1 else label, 30) for label, years, _ in sparks]
    fig = make_subplots(
        rows=4,
        cols=4,
        specs=[
            [{"type": "table", "colspan": 4}, None, None, None],
            [{}, {}, {}, {}],
            [{}, {}, {}, {}],
            [{"colspan": 2}, None, {}, {}],
        ],
        row_heights=[0.42, 0.13, 0.13, 0.32],
        vertical_spacing=0.055,
        horizontal_spacing=0.06,
        # The table is the first subplot: its title is blank; unused sparkline panels have blank titles too.
        subplot_titles=[
            " ",
            *titles,
            *[" "] * (8 - len(titles)),
            t("brief.affordability", lang, threshold=f"{TARGET.threshold:g}"),
            t("brief.idi_old", lang),
            t("brief.idi_new", lang),
        ],
    )
    header = [t("common.indicator", lang), t("prof.col.latest", lang), t("prof.col.rank", lang)]
    header += [t("prof.col.vs_asean", lang), t("prof.col.vs_world", lang)]
    fig.add_trace(
        go.Table(
            columnwidth=[2.3, 1.2, 1.5, 2.6, 1.7],
            header={"values": [f"<b>{h}</b>" for h in header], "fill_color": "#e8eef5", "align": "left",
                    "font": {"size": 9}, "height": 22},
            cells={"values": [display[c].astype(str).tolist() for c in ("indicator", "latest", "rank", "vs_asean", "vs_world")],
                   "align": "left", "font": {"size": 9}, "height": 18},
        ),
        row=1,
        col=1,
    )  # fmt: skip
    # One sparkline per key indicator, in the profile's order; the panel title says what and since when.
    for i, (_, years, values) in enumerate(sparks):
        r, c = 2 + i // 4, 1 + i % 4
        fig.add_trace(
            go.Scatter(x=years, y=values, mode="lines", line={"color": SPARK_COLOUR, "width": 2}, showlegend=False),
            row=r,
            col=c,
        )
        fig.update_xaxes(visible=False, row=r, col=c)
        fig.update_yaxes(tickfont={"size": 8}, nticks=3, exponentformat="none", separatethousands=True, row=r, col=c)
    for i in range(len(card), 8):  # an unused panel stays blank
        fig.update_xaxes(visible=False, row=2 + i // 4, col=1 + i % 4)
        fig.update_yaxes(visible=False, row=2 + i // 4, col=1 + i % 4)
    for k, indicator in enumerate(AFFORDABILITY):
        part = affordability[affordability["indicator"] == indicator].sort_values("year")
        fig.add_trace(
            go.Scatter(x=part["year"], y=part["value"], mode="lines+markers", name=labels.get(indicator, indicator),
                       line={"color": (SPARK_COLOUR, "#c0504d")[k], "width": 2}, marker={"size": 5}),
            row=4,
            col=1,
        )  # fmt: skip
    years = sorted({int(y) for y in affordability["year"]}) or [0]
    fig.add_trace(  # the target as a trace: add_hline cannot find its subplot beside a table
        go.Scatter(x=[years[0], years[-1]], y=[TARGET.threshold] * 2, mode="lines", name=t("brief.target", lang),
                   line={"dash": "dash", "color": "#333333", "width": 1}, hoverinfo="skip"),
        row=4,
        col=1,
    )  # fmt: skip
    fig.update_yaxes(type="log", title={"text": t("brief.pct_gni", lang), "font": {"size": 9}}, row=4, col=1)
    fig.update_xaxes(tickformat="d", row=4, col=1)
    for col, indicator in ((3, IDI[0]), (4, IDI[1])):
        part = idi[idi["indicator"] == indicator]
        fig.add_trace(
            go.Bar(x=[str(e).replace(" ", "<br>") for e in part["edition"]], y=part["value"], marker_color=SPARK_COLOUR, showlegend=False,
                   text=[f"{v:.1f}" for v in part["value"]], textposition="outside", cliponaxis=False),
            row=4,
            col=col,
        )  # fmt: skip
        fig.update_xaxes(tickangle=0, tickfont={"size": 8}, row=4, col=col)
        top = 10 if indicator == IDI[0] else 100
        fig.update_yaxes(range=[0, top * 1.12], tickvals=[0, top / 2, top], row=4, col=col)  # room for the labels
        if part.empty:
            fig.update_xaxes(visible=False, row=4, col=col)
            fig.update_yaxes(visible=False, row=4, col=col)
    name, other = names[lang].get(code, code), names[_other(lang)].get(code, code)
    fig.update_layout(
        title={"text": f"<b>{name}</b> · {other}<br><span style='font-size:12px'>{t('brief.subtitle', lang)}</span>",
               "x": 0.03, "xanchor": "left", "font": {"size": 22}},
        font={"family": charts.FONT, "size": 10, "color": "#222222"},
        width=A4_WIDTH,
        height=A4_HEIGHT,
        margin={"l": 45, "r": 30, "t": 100, "b": 120},
        paper_bgcolor="white",
        plot_bgcolor="white",
        legend={"orientation": "h", "x": 0, "y": -0.03, "yanchor": "top", "font": {"size": 9}},
        showlegend=True,
    )  # fmt: skip
    fig.update_annotations(font={"size": 9})  # the panel titles
    notes = [t("brief.notes", lang), _wrap(credit, 120)]
    fig.add_annotation(text="<br>".join(notes), xref="paper", yref="paper", x=0, y=-0.075, xanchor="left",
                       yanchor="top", showarrow=False, align="left", font={"size": 8, "color": "#555555"})  # fmt: skip
    return fig


def editions(rows: pd.DataFrame) -> pd.DataFrame:
    """One bar per IDI edition: its headline value (the edition's latest data year), from primary sources only
    where they exist (as on the profile), editions in order of publication."""
    rows = provenance.strongest_sources(rows, queries.PRIMARY)
    rows = rows[rows.get("period", pd.Series("", index=rows.index)).fillna("") == ""]
    latest = rows.sort_values("year").drop_duplicates(["indicator", "edition"], keep="last")
    order = pd.to_numeric(latest["edition"].astype(str).str.extract(r"(\d{4})\s*$")[0], errors="coerce")
    return latest.assign(_order=order).sort_values(["indicator", "_order"]).drop(columns="_order")


def _spark(row: pd.Series) -> tuple[str, list[int], list[float]]:
    """(label, years, values) of a profile row's sparkline."""
    values = list(row["trend"]) if isinstance(row["trend"], list) else []
    start = row["trend_from"]
    years = list(range(int(start), int(start) + len(values))) if values and pd.notna(start) else []
    return str(row["indicator"]), years, values


def _wrap(text: str, width: int) -> str:
    """Line breaks (<br>) at spaces so that a long label or credit line stays on the page; Chinese has no spaces
    and is short enough."""
    words, lines, line = str(text).split(" "), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join([*lines, line])


def brief_pdf(code: str, lang: str, con: queries.Connection) -> bytes:
    """The country brief of `code` (ISO3, one of ASEAN + China) in `lang` as a one-page A4 PDF."""
    breaks = Registry.from_frame(queries.series_breaks(con))
    return export.figure_image(page_figure(code, lang, con, breaks), "pdf", A4_WIDTH, A4_HEIGHT)


def stored_pdf(con: queries.Connection, code: str, lang: str) -> bytes:
    """brief_pdf with the connection first, as ui.cached.from_store calls a function (made once per country and
    language)."""
    return brief_pdf(code, lang, con)


def page_figure(code: str, lang: str, con: queries.Connection, breaks: Registry = NO_BREAKS) -> go.Figure:
    """The brief's page as a figure, its data read from the store."""
    if lang not in ("en", "zh"):
        raise BriefError(f"unknown language {lang!r}: use en or zh")
    field = tuple(config.DEFAULT_COUNTRIES)
    code = str(code).upper()
    if code not in field:
        raise BriefError(f"no brief for {code!r}: the briefs cover {', '.join(field)}")
    countries = queries.countries(con)
    names = {lg: core_labels.country_names(countries, lg) for lg in ("en", "zh")}
    indicators = queries.indicators(con)
    labels = {c: t(f"prof.short.{c}", lang) for c in profiles.KEY_INDICATORS}
    data = profiles.key_series(queries.series(con, profiles.KEY_INDICATORS, (*field, profiles.WORLD)))
    aggregates = pd.concat(
        [queries.group_aggregate(con, c, "ASEAN") for c in profiles.KEY_INDICATORS], ignore_index=True
    )
    card = profiles.profile_table(data, aggregates, profiles.directions(indicators), code, field, labels, lang, breaks)
    display = profiles.profile_display(card, lang, units.precisions(indicators))
    affordability = data[(data["entity"] == code) & data["indicator"].isin(AFFORDABILITY)]
    idi = editions(queries.series(con, IDI, (code,)))
    source_ids = {*card["source_id"].dropna(), *affordability["source_id"], *idi["source_id"]}
    credit = provenance.credit(source_ids, queries.sources(con), lang)
    return brief_figure(
        card, display, affordability, idi, code=code, names=names, labels=labels, credit=credit, lang=lang
    )


def file_name(code: str, lang: str) -> str:
    return f"aseanict_brief_{str(code).upper()}_{lang}.pdf"
