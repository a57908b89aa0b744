"""Pure helpers shared by the topics: growth maths, comparison, units, provenance, text readings, URL and upload parsing."""
