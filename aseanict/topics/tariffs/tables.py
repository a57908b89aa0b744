"""Tables and sentences of the tariffs page: the target grid, the report's figures beside ITU's, the quotes."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from aseanict.core import figure_text
from aseanict.i18n import format_number, t
from aseanict.topics.tariffs import baskets as tariffs

STATUS_SYMBOLS = {
    "meets": "✓",
    "meets_larger": "(✓)",
    "fails": "✗",
    "fails_smaller": "(✗)",
    "undetermined": "?",
    "no_data": "–",
    "not_applicable": "n/a",
}
EXPERIMENTAL_MARK = "†"


def compliance_pivot(
    table: pd.DataFrame, symbols: Mapping[str, str], names: Mapping[str, str], exp_mark: str
) -> pd.DataFrame:
    """Country x year grid of status symbols (experimental values marked), for st.dataframe."""
    if table.empty:
        return pd.DataFrame()
    cells = table.assign(
        cell=[symbols.get(s, s) + (exp_mark if e else "") for s, e in zip(table["status"], table["experimental"])],
        country=[names.get(e, e) for e in table["entity"]],
        year=table["year"].astype(int).astype(str),
    )
    grid = cells.pivot(index="country", columns="year", values="cell").fillna(symbols.get("no_data", "–"))
    return grid.rename_axis(index=None, columns=None)


def compliance_grid(table: pd.DataFrame, names: Mapping[str, str]) -> pd.DataFrame:
    return compliance_pivot(table, STATUS_SYMBOLS, names, EXPERIMENTAL_MARK)


def _num(value: float, digits: int = 2) -> str:
    return "–" if value is None or pd.isna(value) else f"{value:.{digits}f}"


def seed_levels_table(levels: pd.DataFrame, lang: str, names: Mapping[str, str]) -> pd.DataFrame:
    """The seed's tariff levels beside ITU's, one readable row each, with the discrepancy in words."""
    rows = []
    for r in levels.itertuples():
        if pd.isna(r.itu_value):
            statement = t("tariffs.seed_no_itu", lang)
        else:
            statement = t(
                "tariffs.seed_diff",
                lang,
                seed=_num(r.seed_value),
                itu=_num(r.itu_value),
                diff=f"{r.difference:+.2f}",
                ratio=_num(r.ratio),
            )
        if r.derived and r.members:
            statement += " " + t("tariffs.seed_derived", lang, members=r.members, missing=r.missing or "–")
        rows.append(
            {
                t("tariffs.col.id", lang): r.id,
                t("common.country", lang): names.get(r.entity, r.entity),
                t("common.year", lang): r.year,
                t("tariffs.col.seed", lang): _num(r.seed_value),
                t("tariffs.col.itu", lang): _num(r.itu_value),
                t("tariffs.col.statement", lang): statement,
                t("tariffs.col.basket", lang): t(f"tariffs.def.{r.definition}", lang)
                if r.definition != "none"
                else "–",
                t("tariffs.col.quote", lang): r.quote,
                t("tariffs.col.cited", lang): r.source_cited,
            }
        )
    return pd.DataFrame(rows)


def statements(table: pd.DataFrame, lang: str) -> str:
    """The discrepancy column of a seed table as a markdown list, readable without scrolling the table (by
    country and year: the report's figure numbers stay in the table's download, not in the text)."""
    statement_col = t("tariffs.col.statement", lang)
    country_col, year_col = t("common.country", lang), t("common.year", lang)
    return "\n".join(f"- **{r[country_col]} {r[year_col]}**: {r[statement_col]}" for _, r in table.iterrows())


def hidden_id_column(lang: str) -> dict[str, None]:
    """column_config that keeps the report's figure numbers out of sight on screen (they stay in downloads)."""
    return {t("tariffs.col.id", lang): None}


def seed_changes_table(changes: pd.DataFrame, lang: str, names: Mapping[str, str]) -> pd.DataFrame:
    rows = []
    for r in changes.itertuples():
        rows.append(
            {
                t("tariffs.col.id", lang): r.id,
                t("common.country", lang): names.get(r.entity, r.entity),
                t("common.year", lang): r.year,
                t("tariffs.col.seed_change", lang): _num(r.seed_change, 1),
                t("tariffs.col.itu_change", lang): _num(r.itu_change, 1),
                t("tariffs.col.statement", lang): t(
                    "tariffs.change_statement",
                    lang,
                    seed=f"{r.seed_change:+.1f}",
                    itu="–" if pd.isna(r.itu_change) else f"{r.itu_change:+.1f}",
                    before=_num(r.itu_from),
                    after=_num(r.itu_to),
                    y0=r.year - 1,
                    y1=r.year,
                ),
                t("tariffs.col.quote", lang): r.quote,
                t("tariffs.col.cited", lang): r.source_cited,
            }
        )
    return pd.DataFrame(rows)


def quotes_table(figures: pd.DataFrame, lang: str, names: Mapping[str, str]) -> pd.DataFrame:
    """Every seed figure of a topic with its exact quote and the source the report cites."""
    return pd.DataFrame(
        {
            t("tariffs.col.id", lang): figures["id"],
            t("common.country", lang): [figure_text.entity(e, names, lang) for e in figures["entity"]],
            t("common.indicator", lang): [figure_text.what(d, lang) for d in figures["indicator"]],
            t("common.year", lang): figures["year"],
            t("common.value", lang): [
                figure_text.figure_value(q, v, u, lang)
                for q, v, u in zip(figures["qualifier"], figures["value"], figures["unit"])
            ],
            t("tariffs.col.quote", lang): figures["quote"],
            t("tariffs.col.cited", lang): figures["source_cited"],
            t("tariffs.col.notes", lang): [figure_text.note(n, lang) for n in figures["notes"]],
        }
    )


def basket_caption(
    labelled: pd.DataFrame, unit: str, lang: str, names: Mapping[str, str], decimals: Mapping[str, int] | None = None
) -> str:
    """The chart's takeaway: cheapest and dearest country in the latest year with official prices, at the
    basket's precision (decimals: code -> places)."""
    spread = tariffs.latest_spread(labelled)
    if spread is None:
        return t("tariffs.chart_caption_empty", lang)
    code = str(labelled["indicator"].iloc[0]) if "indicator" in labelled and not labelled.empty else ""
    places = (decimals or {}).get(code, 2)
    return t(
        "tariffs.chart_caption",
        lang,
        year=spread.year,
        low=names.get(spread.low, spread.low),
        low_value=format_number(spread.low_value, lang, places, fixed=True),
        high=names.get(spread.high, spread.high),
        high_value=format_number(spread.high_value, lang, places, fixed=True),
        unit=t(f"tariffs.unit.{unit}", lang),
    )
