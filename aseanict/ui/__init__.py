"""The Streamlit layer, the only package code that imports Streamlit: page opening, sidebar, charts with their
sources and downloads (page.py, chart.py), URL-bound widgets (widgets.py), caching (cached.py), and the state of the
what-if and presenter pages. Pages use `ui.page(...)`, `ui.show_chart(...)` and the other names below."""

from aseanict.ui.chart import export_size, for_this_screen, plotly_config, show_chart, show_citation
from aseanict.ui.page import (
    Selection,
    credit,
    data_version,
    data_version_line,
    footer,
    indicator_label,
    indicator_labels,
    language,
    names,
    number,
    page,
    precisions,
    show_notes,
    show_sources,
    sidebar,
    store_or_stop,
)
from aseanict.ui.restart import keep_flags
from aseanict.ui.tables import show_table

__all__ = [
    "Selection",
    "credit",
    "data_version",
    "data_version_line",
    "footer",
    "for_this_screen",
    "export_size",
    "indicator_label",
    "keep_flags",
    "indicator_labels",
    "language",
    "names",
    "number",
    "page",
    "plotly_config",
    "precisions",
    "show_chart",
    "show_citation",
    "show_notes",
    "show_sources",
    "show_table",
    "sidebar",
    "store_or_stop",
]
