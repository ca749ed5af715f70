"""factcheck: find the numbers in news text, read them exactly, and check them against reference data."""

__version__ = "0.1.0"

# The name on the Python Package Index, where "factcheck" belongs to an unrelated project; the
# import package and the command stay `factcheck`.
DISTRIBUTION = "numeric-factcheck"
PROJECT_URL = f"https://pypi.org/project/{DISTRIBUTION}/"
