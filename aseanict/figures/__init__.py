"""Charts without Streamlit: the shared template and builders, maps, static exports and decks."""
