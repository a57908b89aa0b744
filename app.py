"""aseanict: the app. `streamlit run app.py` first imports this file as a module (its `app`: the dashboard and,
beside it, the data API under /api/v1), then runs it as the dashboard's script (__main__: navigation over pages/)."""

import asyncio
import urllib.parse
from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st

if __name__ != "__main__":
    # Nothing of aseanict.ui is imported here: its caches, made before Streamlit's runtime exists, logged "No
    # runtime found" (a line per cache). The API (pure Starlette) is given the store's path, as the pages find it.
    from aseanict import config
    from aseanict.api import routes

    store_path = config.store_path(st.secrets.to_dict() if st.secrets.load_if_toml_exists() else {})

    @asynccontextmanager
    async def lifespan(_app):
        from aseanict.ui import warm  # the runtime exists by now

        await warm.warm_start()
        every_page = asyncio.create_task(warm.warm_every_page())  # after the health check says yes
        yield
        every_page.cancel()

    app = st.App(__file__, routes=routes(lambda: store_path), lifespan=lifespan)
else:
    from aseanict import ui
    from aseanict.i18n import t
    from aseanict.ui import cached, memory, warm

    st.set_page_config(
        page_title="ASEAN–China ICT dashboard",
        page_icon=str(Path(__file__).parent / "aseanict" / "assets" / "favicon.png"),
        layout="wide",
    )

    memory.forget_stale_widgets()  # before this run's widgets register
    lang = ui.language()
    PAGES = [
        # url_path="" (the default page is served at / anyway) leaves "overview" free for the alias below.
        st.Page(
            "pages/1_overview.py", title=t("nav.overview", lang), icon=":material/dashboard:", url_path="", default=True
        ),
        st.Page("pages/2_idi_trends.py", title=t("nav.idi", lang), icon=":material/trending_up:"),
        st.Page("pages/3_countries.py", title=t("nav.countries", lang), icon=":material/flag:"),
        st.Page("pages/4_tariffs.py", title=t("tariffs.nav", lang), icon=":material/payments:"),
        st.Page("pages/5_divide.py", title=t("divide.nav", lang), icon=":material/public:"),
        st.Page("pages/6_internet_economy.py", title=t("nav.economy", lang), icon=":material/shopping_cart:"),
        st.Page("pages/7_what_if.py", title=t("nav.whatif", lang), icon=":material/insights:"),
        st.Page("pages/8_presenter.py", title=t("nav.presenter", lang), icon=":material/slideshow:"),
        st.Page("pages/9_data_sources.py", title=t("nav.data", lang), icon=":material/table_view:"),
        st.Page("pages/embed.py", title=t("embed.button", lang), url_path="embed", visibility="hidden"),
    ]

    def overview_alias() -> None:
        """/overview (an old link, a slide) goes to the Overview at /, with its settings, instead of Streamlit's
        "Page not found"."""
        st.switch_page(PAGES[0], query_params={key: st.query_params.get_all(key) for key in st.query_params})

    PAGES.append(st.Page(overview_alias, title=t("nav.overview", lang), url_path="overview", visibility="hidden"))
    # The embed page shows no menu: another site's page holds just the chart.
    embedding = urllib.parse.urlsplit(st.context.url or "").path.rstrip("/").endswith("/embed")
    with warm.visitor_run():  # the background warm-up waits for it (warm.give_way)
        st.navigation(PAGES, position="hidden" if embedding else "sidebar").run()
        if not embedding:
            ui.footer(ui.language())  # after the page: its language is the one the sidebar has just set
    if memory.collect_now_and_then():
        cached.forget_dead_views()
