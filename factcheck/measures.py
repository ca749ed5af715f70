"""The measures of a run: the bundled ones (data/measures.yaml) and those its datasets declare.

The union is what claim extraction reads (`measures_table`, in measures.yaml's shape) and what
fact rows are validated against (`known_measures`). A dataset adds a measure with its phrases, or
adds phrases to a bundled one; it never removes anything. Loading reference data sets the
declared measures for the process (`use_declared`), as every run loads its data once.
"""

from __future__ import annotations

import copy
from functools import lru_cache

from .datasets import MEASURE_KINDS, MeasureDef
from .lexicon import load_data_file

# Measures the checker works out itself or from parts, with no trigger words of their own.
_BUILT_IN = ("duration", "population", "displaced", "refugees", "idps")

_declared: tuple[MeasureDef, ...] = ()


@lru_cache(maxsize=1)
def bundled_table() -> dict:
    return load_data_file("measures.yaml")


def bundled_measures() -> frozenset[str]:
    return frozenset(bundled_table()["measures"]) | set(_BUILT_IN)


def known_measures(declared=None) -> frozenset[str]:
    declared = _declared if declared is None else declared
    return bundled_measures() | {m.id for m in declared}


def use_declared(measures) -> None:
    """Make `measures` (from the run's datasets) the declared measures of this process."""
    global _declared
    _declared = tuple(measures)


def declared() -> tuple[MeasureDef, ...]:
    return _declared


def declared_key() -> tuple:
    """Changes whenever the declared measures do: callers cache what they compile by it."""
    return tuple((m.id, m.kind, m.phrases) for m in _declared)


def measures_table() -> dict:
    """measures.yaml's content with the declared measures merged in (new ones after bundled)."""
    if not _declared:
        return bundled_table()
    data = copy.deepcopy(bundled_table())
    table = data["measures"]
    for measure in _declared:
        entry = table.setdefault(measure.id, {"kinds": list(MEASURE_KINDS[measure.kind]),
                                              "triggers": []})
        entry.setdefault("triggers", [])
        entry["triggers"] = list(entry["triggers"]) + [p for p in measure.phrases
                                                        if p not in entry["triggers"]]
    return data
