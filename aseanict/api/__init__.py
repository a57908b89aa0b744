"""The data API, /api/v1: read-only JSON and CSV over the store, served by the app's own process (app.py mounts
`routes`). Pure Starlette: no Streamlit here. Every answer carries the data version; a bad parameter gets a 400 or
413 JSON message, never a traceback. Only app.py imports this layer."""

from aseanict.api.handlers import routes

__all__ = ["routes"]
