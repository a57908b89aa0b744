"""The digital-divide page's tables (its panels' context is chart_views.panel_ctx; the report's quotes are
tariffs.page_tables.quotes), each read and made whole from a Ctx and plain settings, so that
the page asks once per input (ui.views.table) and every later run, in any session, draws the shared result (the
page read its rows, copied out of a cache, and remade these on every run). Never change a result in place."""

from __future__ import annotations

import pandas as pd

from aseanict.topics.divide import panels
from aseanict.topics.divide import views as divide_views
from aseanict.topics.view_kit import Ctx


def urban_rural(ctx: Ctx) -> pd.DataFrame:
    """ITU's urban and rural internet use, the world's and Asia-Pacific's."""
    rows = ctx.series(divide_views.URBAN_RURAL, ("WLD", "ITU_ASP"))
    return panels.urban_rural_table(rows, ctx.lang, ctx.names)
