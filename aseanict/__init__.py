"""aseanict: ICT and digital-economy metrics for China and the ASEAN member states."""

__version__ = "0.1.0"
