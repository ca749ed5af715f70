"""reference/ -> subjects and facts, validated; what the checker looks values up in.

A reference folder holds `subjects/*.csv` and `facts/*.csv` (format in reference/README.md).
Loading checks every cell and fails with file, row and column: nothing is skipped silently.
Folders given later add to the bundled data, and a row with an id seen before replaces it.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from .errors import ReferenceDataError
from .lexicon import load_data_file
from .model import Fact, Subject

SUBJECT_COLUMNS = ("id", "name", "type", "aliases", "parent", "start", "end", "publisher", "url",
                   "notes")
FACT_COLUMNS = ("id", "subject", "measure", "value", "low", "high", "unit", "as_of", "publisher",
                "url", "notes")
SUBJECT_TYPES = {"country", "region", "city", "war", "ceasefire", "pause", "programme", "event"}


def bundled_reference_dir() -> Path:
    """The reference data shipped with the package (inside the wheel, or the source checkout)."""
    here = Path(__file__).resolve().parent
    installed = here / "reference_data"  # where the wheel puts the repository's reference/
    return installed if installed.is_dir() else here.parent / "reference"


@lru_cache(maxsize=1)
def known_measures() -> frozenset[str]:
    data = load_data_file("measures.yaml")
    return frozenset(data["measures"]) | {"duration", "population", "displaced", "refugees", "idps"}


@dataclass
class ReferenceData:
    """Subjects by id and facts by (subject, measure), each list sorted by as-of date."""

    subjects: dict[str, Subject] = field(default_factory=dict)
    facts: dict[tuple[str, str], list[Fact]] = field(default_factory=dict)
    fingerprint: str = ""
    sources: tuple[str, ...] = ()
    names: object = field(default=None, repr=False, compare=False)
    """The subjects' name index, built once on first use (see api.subject_index)."""

    def facts_for(self, subject: str, measure: str) -> list[Fact]:
        return self.facts.get((subject, measure), [])

    def in_force(self, subject: str, measure: str, date: dt.date | None) -> list[Fact]:
        """Facts valid at `date`: for each publisher, the latest as-of on or before it.

        Several sources for the same quantity are all kept: they often disagree, and the checker
        shows the spread. With no date, the latest value of each publisher is used.
        """
        facts = self.facts_for(subject, measure)
        if date is not None:
            facts = facts[: bisect_right([f.as_of for f in facts], date)]
        latest: dict[str, Fact] = {}
        for fact in facts:
            latest[fact.publisher] = fact
        return sorted(latest.values(), key=lambda f: (f.as_of, f.id))



def load_reference(extra_dirs=(), *, bundled: bool = True) -> ReferenceData:
    """Load and validate the bundled reference data, then each folder in `extra_dirs` over it."""
    dirs = ([bundled_reference_dir()] if bundled else []) + [Path(d) for d in extra_dirs]
    subjects: dict[str, Subject] = {}
    facts: dict[str, Fact] = {}
    digest = hashlib.sha256()
    for directory in dirs:
        if not directory.is_dir():
            raise ReferenceDataError(str(directory), "not a folder of reference data")
        files = sorted(directory.glob("subjects/*.csv")) + sorted(directory.glob("facts/*.csv"))
        if not files:
            raise ReferenceDataError(str(directory), "no subjects/*.csv or facts/*.csv files")
        for path in files:
            data = path.read_bytes()
            digest.update(path.name.encode() + b"\0" + data + b"\0")
            if path.parent.name == "subjects":
                for subject in _read_subjects(path, data):
                    subjects[subject.id] = subject
            else:
                for fact in _read_facts(path, data):
                    facts[fact.id] = fact
    _check_links(subjects, facts)
    by_key: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in facts.values():
        by_key[(fact.subject, fact.measure)].append(fact)
    for values in by_key.values():
        values.sort(key=lambda f: (f.as_of, f.id))
    return ReferenceData(subjects, dict(by_key), digest.hexdigest(), tuple(str(d) for d in dirs))


def _rows(path: Path, data: bytes, columns: tuple[str, ...]):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReferenceDataError(str(path), f"invalid UTF-8 at byte {exc.start}") from None
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    if header is None:
        raise ReferenceDataError(str(path), "empty file; expected a header row", row=1)
    if tuple(h.strip() for h in header) != columns:
        raise ReferenceDataError(str(path), f"header must be {','.join(columns)}", row=1)
    for number, row in enumerate(reader, start=2):
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            raise ReferenceDataError(str(path), f"expected {len(columns)} columns, found {len(row)}",
                                     row=number)
        yield number, {c: cell.strip() for c, cell in zip(columns, row)}


def _required(path: Path, number: int, row: dict, column: str) -> str:
    if not row[column]:
        raise ReferenceDataError(str(path), "required value is empty", row=number, column=column)
    return row[column]


def _date(path: Path, number: int, row: dict, column: str, required: bool = False):
    value = _required(path, number, row, column) if required else row[column]
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ReferenceDataError(str(path), f"{value!r} is not a date (YYYY-MM-DD)", row=number,
                                 column=column) from None


def _decimal(path: Path, number: int, row: dict, column: str) -> Decimal | None:
    value = row[column]
    if not value:
        return None
    try:
        result = Decimal(value)
    except InvalidOperation:
        raise ReferenceDataError(str(path), f"{value!r} is not a decimal number", row=number,
                                 column=column) from None
    if not result.is_finite():
        raise ReferenceDataError(str(path), f"{value!r} is not a finite number", row=number,
                                 column=column)
    return result


def _read_subjects(path: Path, data: bytes):
    for number, row in _rows(path, data, SUBJECT_COLUMNS):
        kind = _required(path, number, row, "type")
        if kind not in SUBJECT_TYPES:
            raise ReferenceDataError(str(path), f"type {kind!r} is not one of "
                                     f"{', '.join(sorted(SUBJECT_TYPES))}", row=number, column="type")
        start = _date(path, number, row, "start")
        end = _date(path, number, row, "end")
        if start and end and end < start:
            raise ReferenceDataError(str(path), "end is before start", row=number, column="end")
        yield Subject(
            id=_required(path, number, row, "id"), name=_required(path, number, row, "name"),
            type=kind, aliases=tuple(a.strip() for a in row["aliases"].split(";") if a.strip()),
            start=start, end=end, parent=row["parent"] or None, source=row["publisher"] or None,
            url=row["url"] or None, notes=row["notes"] or None,
        )


def _read_facts(path: Path, data: bytes):
    measures = known_measures()
    for number, row in _rows(path, data, FACT_COLUMNS):
        measure = _required(path, number, row, "measure")
        if measure not in measures:
            raise ReferenceDataError(str(path), f"unknown measure {measure!r} (known: "
                                     f"{', '.join(sorted(measures))})", row=number, column="measure")
        value = _decimal(path, number, row, "value")
        low = _decimal(path, number, row, "low")
        high = _decimal(path, number, row, "high")
        if value is None and (low is None or high is None):
            raise ReferenceDataError(str(path), "give a value, or both low and high", row=number,
                                     column="value")
        if low is not None and high is not None and low > high:
            raise ReferenceDataError(str(path), "low is greater than high", row=number, column="low")
        yield Fact(
            id=_required(path, number, row, "id"), subject=_required(path, number, row, "subject"),
            measure=measure, as_of=_date(path, number, row, "as_of", required=True),
            publisher=_required(path, number, row, "publisher"),
            url=_required(path, number, row, "url"), value=value, low=low, high=high,
            unit=row["unit"] or None, notes=row["notes"] or None, origin=f"{path.name}:{number}",
        )


def _check_links(subjects: dict[str, Subject], facts: dict[str, Fact]) -> None:
    for fact in facts.values():
        if fact.subject not in subjects:
            file, _, row = (fact.origin or "?:0").rpartition(":")
            raise ReferenceDataError(file, f"subject {fact.subject!r} is not defined in any "
                                     "subjects/*.csv", row=int(row), column="subject")
    for subject in subjects.values():
        if subject.parent and subject.parent not in subjects:
            raise ReferenceDataError("subjects", f"subject {subject.id!r} has unknown parent "
                                     f"{subject.parent!r}", column="parent")
