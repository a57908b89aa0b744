"""The store layer: the only code that knows DuckDB (SQL, build and checks, typed queries, refresh)."""
