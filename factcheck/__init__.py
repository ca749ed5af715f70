"""factcheck: find the numbers in news text, read them exactly, and check them against reference data.

The Python API: `check_text` and `check_file` return a `Report`; `report_to_dict` makes it the
JSON of `factcheck check --format json`. See factcheck.api.
"""

__version__ = "0.1.0"

# The name on the Python Package Index, where "factcheck" belongs to an unrelated project; the
# import package and the command stay `factcheck`.
DISTRIBUTION = "numeric-factcheck"
PROJECT_URL = f"https://pypi.org/project/{DISTRIBUTION}/"

_API = {
    "check_text": "factcheck.api", "check_file": "factcheck.api", "check_article": "factcheck.api",
    "load_reference": "factcheck.reference", "ReferenceData": "factcheck.reference",
    "Tolerances": "factcheck.checker", "report_to_dict": "factcheck.serialize",
    "Report": "factcheck.model", "Finding": "factcheck.model", "Claim": "factcheck.model",
    "Mention": "factcheck.model", "Evidence": "factcheck.model", "Fact": "factcheck.model",
    "Article": "factcheck.model", "Accept": "factcheck.model", "TimeScope": "factcheck.model",
    "Verdict": "factcheck.model", "Bound": "factcheck.model", "Kind": "factcheck.model",
    "FactcheckError": "factcheck.errors", "InputError": "factcheck.errors",
    "ReferenceDataError": "factcheck.errors",
}
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    """The API names, imported on first use so that `import factcheck` stays cheap."""
    if name in _API:
        import importlib
        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
