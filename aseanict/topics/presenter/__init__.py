"""Presenter mode: ready-made chart views and sequences of them."""
