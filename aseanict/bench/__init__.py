"""`python -m aseanict bench`: the benchmark, the websocket load client and the server it starts."""
