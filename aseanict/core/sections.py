"""The sections (lazy tabs) of each page, by page file: their codes are what the URL's tab= parameter takes.

Labels come from the page's catalogue as "<prefix>.<code>" (widgets.section_tabs).
"""

from __future__ import annotations

PAGE_SECTIONS: dict[str, tuple[str, ...]] = {
    "2_idi_trends.py": ("old", "new", "growth", "table1", "long"),
    "3_countries.py": ("profile", "compare", "over_time"),
    "4_tariffs.py": ("baskets", "targets", "report"),
    "5_divide.py": ("over_time", "inequality", "ratio", "close", "within"),
    "6_internet_economy.py": ("growth", "breakdown", "china"),
    "7_what_if.py": ("whatif", "check"),
}
