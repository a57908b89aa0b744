"""One folder per page: that page's pure maths and pure figure builders (no Streamlit)."""
