"""Reference datasets -> subjects and facts, validated; what the checker looks values up in.

A run's datasets are the bundled one (reference/) and the folders given after it; each is a data
package (datapackage.json plus CSV, see reference/README.md and factcheck/datasets.py). They are
compiled once into a store (factcheck/store.py) and read from it on demand: subjects whole, facts
by subject and measure. Loading validates every cell and fails with file, row and column. A
dataset given later adds to those before it, and a row with an id seen before replaces it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from . import measures as run_measures
from .datasets import FACT_COLUMNS, SUBJECT_COLUMNS, SUBJECT_TYPES, find_dataset_folder
from .model import Fact, Subject

__all__ = ["FACT_COLUMNS", "SUBJECT_COLUMNS", "SUBJECT_TYPES", "ReferenceData", "load_reference",
           "bundled_reference_dir", "known_measures"]


def bundled_reference_dir() -> Path:
    """The reference data shipped with the package (inside the wheel, or the source checkout)."""
    here = Path(__file__).resolve().parent
    installed = here / "reference_data"  # where the wheel puts the repository's reference/
    return installed if installed.is_dir() else here.parent / "reference"


def known_measures() -> frozenset[str]:
    """Measure ids facts may use: the bundled ones and those the loaded datasets declare."""
    return run_measures.known_measures()


@dataclass
class ReferenceData:
    """Subjects by id, and facts by (subject, measure) fetched from the store when first asked.

    `facts` holds the lists fetched so far, each sorted by as-of date; a list put in it is used
    instead of the store's.
    """

    subjects: dict[str, Subject] = field(default_factory=dict)
    facts: dict[tuple[str, str], list[Fact]] = field(default_factory=dict)
    fingerprint: str = ""
    sources: tuple[str, ...] = ()
    names: object = field(default=None, repr=False, compare=False)
    """The subjects' name index, built once on first use (see api.subject_index)."""
    store: object = field(default=None, repr=False, compare=False)
    """The compiled store facts are read from (None: `facts` holds them all)."""
    measures: tuple = ()
    """The measures the datasets declare (factcheck.datasets.MeasureDef)."""

    def __post_init__(self):
        self.facts = _Facts(self.facts, self.store, self.parts())
        self._in_force: dict = {}

    def facts_for(self, subject: str, measure: str) -> list[Fact]:
        """The facts of `measure` for `subject`, sorted by date. A measure the datasets declare
        as the sum of parts, with no facts of its own for the subject, has the sums of its
        parts: one fact at each date every part has a fact for (see `combine_parts`)."""
        return self.facts[(subject, measure)]

    def parts(self) -> dict[str, tuple[str, ...]]:
        """Measure -> the measures it is the sum of, as the datasets declare them (the last
        declaration of a measure that gives parts wins)."""
        return {m.id: m.parts for m in self.measures if m.parts}

    def in_force(self, subject: str, measure: str, date: dt.date | None) -> list[Fact]:
        """Facts valid at `date`: for each publisher, the latest as-of on or before it.

        Several sources for the same quantity are all kept: they often disagree, and the checker
        shows the spread. With no date, the latest value of each publisher is used.
        """
        facts = self.facts_for(subject, measure)
        # Claims of an article ask again and again for the same few: the answer is kept with
        # the list it was read from (a list put in `facts` since is read afresh).
        key = (subject, measure, date)
        known = self._in_force.get(key)
        if known is not None and known[0] is facts:
            return list(known[1])
        found = facts
        if date is not None:
            found = facts[: bisect_right([f.as_of for f in facts], date)]
        latest: dict[str, Fact] = {}
        for fact in found:
            latest[fact.publisher] = fact
        found = sorted(latest.values(), key=lambda f: (f.as_of, f.id))
        if len(self._in_force) > 65536:
            self._in_force.clear()
        self._in_force[key] = (facts, tuple(found))
        return found

    def dated_by_publication(self, measure: str) -> bool:
        """True when the facts of `measure` are dated from their publication, not by the period
        they measure: such a figure answers "what was known then", never "what was it in 2022"."""
        return any(m.id == measure and m.dated == "published" for m in self.measures)

    def __getstate__(self):  # a connection does not travel to another process: reopen there
        state = dict(self.__dict__)
        state["facts"] = dict(self.facts)
        state["_in_force"] = {}
        if self.store is not None:
            state["store"] = None
            state["_reopen"] = self.sources
        return state

    def __setstate__(self, state):
        reopen = state.pop("_reopen", None)
        self.__dict__.update(state)
        if reopen is not None:
            self.store = _store_for([Path(s) for s in reopen])
        self.facts = _Facts(self.facts, self.store, self.parts())
        self._in_force = {}
        run_measures.use_declared(self.measures)  # this process reads claims with them too


class _Facts(dict):
    """Facts by (subject, measure): a key not yet asked for is read from the store, or combined
    from the measure's parts when it has none of its own."""

    def __init__(self, known, store, parts=None):
        super().__init__(known)
        self.store = store
        self.parts = parts or {}
        self._combining: set = set()

    def __missing__(self, key):
        found = self.store.facts(*key) if self.store is not None else []
        subject, measure = key
        if not found and measure in self.parts and key not in self._combining:
            self._combining.add(key)  # a part that (wrongly) contains the whole adds nothing
            try:
                found = combine_parts(subject, measure,
                                      [self[(subject, part)] for part in self.parts[measure]])
            finally:
                self._combining.discard(key)
        self[key] = found
        return found


def combine_parts(subject: str, measure: str, parts: list[list[Fact]]) -> list[Fact]:
    """Facts of a measure that is the sum of `parts` (each part's facts, by date).

    A sum is made only where it is exact: at a date every part has a fact for, in one unit.
    Where a part has facts from several publishers at that date, each choice of one fact per
    part is a sum of its own (with its publishers joined by "+"), so disagreeing sources stay
    visible. A range in any part makes the sum a range (a part's value counts as low and high).
    """
    if not parts or not all(parts):
        return []
    by_date = [{} for _ in parts]
    for facts, dated in zip(parts, by_date):
        for fact in facts:
            dated.setdefault(fact.as_of, []).append(fact)
    out = []
    for day in sorted(set.intersection(*(set(d) for d in by_date))):
        for chosen in _choices([d[day] for d in by_date]):
            if len({f.unit for f in chosen}) != 1:
                continue  # no sum across units: the checker never converts
            ranged = any(f.value is None for f in chosen)
            out.append(Fact(
                id="+".join(f.id for f in chosen), subject=subject, measure=measure, as_of=day,
                publisher=" + ".join(dict.fromkeys(f.publisher for f in chosen)),
                url=chosen[0].url, unit=chosen[0].unit,
                value=None if ranged else sum(f.value for f in chosen),
                low=sum(f.low if f.value is None else f.value for f in chosen) if ranged else None,
                high=sum(f.high if f.value is None else f.value for f in chosen) if ranged else None,
                notes="sum of " + " + ".join(f"{f.measure} ({f.id})" for f in chosen),
                origin=" + ".join(f.origin for f in chosen if f.origin) or None))
    return sorted(out, key=lambda f: (f.as_of, f.id))


def _choices(groups: list[list[Fact]]):
    """One fact from each group, every way (sources agreeing on a date give few)."""
    if not groups:
        yield ()
        return
    for first in groups[0]:
        for rest in _choices(groups[1:]):
            yield (first, *rest)


def _salt() -> str:
    """What a compiled store depends on besides the datasets: the bundled measure list, and the
    code that reads datasets into it (its files' sizes and times: an upgrade rebuilds)."""
    from . import datasets, store
    parts = sorted(run_measures.bundled_measures())
    for module in (datasets, store):
        info = Path(module.__file__).stat()
        parts.append(f"{Path(module.__file__).name}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _store_for(dirs: list[Path]):
    from .store import open_store
    return open_store(dirs, salt=_salt(), known_measures=run_measures.known_measures)


def load_reference(extra_dirs=(), *, bundled: bool = True) -> ReferenceData:
    """Load and validate the bundled reference data, then each dataset in `extra_dirs` over it.

    An entry of `extra_dirs` is a dataset folder, its datapackage.json or one of its CSV files.
    The measures the datasets declare become the run's measures, with the bundled ones.
    """
    dirs = ([bundled_reference_dir()] if bundled else []) + \
        [find_dataset_folder(d) for d in extra_dirs]
    store = _store_for(dirs)
    declared = store.measures()
    run_measures.use_declared(declared)
    return ReferenceData(store.subjects(), {}, store.meta("fingerprint") or "",
                         tuple(str(d) for d in dirs), store=store, measures=declared)
