"""The country profiles page: key indicators, ranks, gaps and side-by-side comparison."""
