"""aseanict: ICT and digital-economy metrics for China and the ASEAN member states."""

__version__ = "0.1.0"

import pandas as pd

# Text columns hold Python strings, not Arrow arrays (pandas 3's default storage for its "str" type; the type and
# its missing values are the same either way). The store's tables are small and every chart picks rows from them
# again and again: picking rows from an Arrow column costs a call into Arrow per column, from Python strings a
# numpy take. Every view's default chart built one after another: 4.0 -> 3.1 s; two 300-second crowds of 100 users in
# the same hour: 11.5 -> 12.9 script runs per CPU-second. Set here because every entry point (the app, its pages,
# the command line, the tests) imports the package before it makes a table.
pd.options.mode.string_storage = "python"
