"""factcheck: find the numbers in news text, read them exactly, and check them against reference data."""

__version__ = "0.1.0"
