"""A reference dataset folder -> its declared measures and its rows in factcheck's columns.

A dataset is a Frictionless Data Package: `datapackage.json` plus CSV files. Its `factcheck`
property declares measures (new ones, or extra phrases for a bundled one); each resource's
`factcheck` property maps the file's own columns to subject, measure, time, value (or low/high),
unit, publisher and url, or gives them as constants. Files already in factcheck's columns
(`subjects/*.csv`, `facts/*.csv`, see reference/README.md) need no mapping, and a folder of such
files needs no descriptor at all. Every problem names file, row and column.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .errors import ReferenceDataError
from .limits import parse_decimal
from .model import Fact, Subject

DESCRIPTOR = "datapackage.json"
SUBJECT_COLUMNS = ("id", "name", "type", "aliases", "parent", "start", "end", "publisher", "url",
                   "notes")
FACT_COLUMNS = ("id", "subject", "measure", "value", "low", "high", "unit", "as_of", "publisher",
                "url", "notes")
SUBJECT_TYPES = {"country", "region", "city", "war", "ceasefire", "pause", "programme", "event"}
MEASURE_KINDS = {  # kind of measure -> the kinds of mention that can state it
    "count": ("count", "number", "range"),
    "money": ("money",),
    "duration": ("duration",),
    "share": ("fraction", "percent"),
    "rate": ("percent", "number"),
}
MEASURE_TYPES = ("stock", "flow")


@dataclass(frozen=True)
class MeasureDef:
    """A measure as a dataset declares it; `phrases` are the words that name it in text, `parts`
    the measures it is the sum of (its facts, where it has none, are their sums)."""

    id: str
    label: str = ""
    kind: str = "count"
    unit: str | None = None
    type: str | None = None
    phrases: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()
    dataset: str = ""
    extends: bool = False
    """True when the entry only adds phrases or parts to a measure defined elsewhere."""
    dated: str = "period"
    """"published" when facts are dated from their publication (a year's GDP, known only the
    next year) rather than by the period they measure."""

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "kind": self.kind, "unit": self.unit,
                "type": self.type, "phrases": list(self.phrases), "parts": list(self.parts),
                "dataset": self.dataset, "extends": self.extends, "dated": self.dated}

    @classmethod
    def from_dict(cls, data: dict) -> MeasureDef:
        return cls(**{**data, "phrases": tuple(data["phrases"]), "parts": tuple(data["parts"])})


@dataclass(frozen=True)
class Resource:
    """One CSV file of a dataset and how its columns map to factcheck's."""

    path: Path
    role: str  # "subjects" or "facts"
    columns: dict[str, str] = field(default_factory=dict)  # factcheck column -> file column
    constants: dict[str, str] = field(default_factory=dict)  # factcheck column -> fixed value
    year_as_of: str = "12-31"
    """For a time column holding years: the day of the year a year's figure is dated."""
    published_years_after: int = 0
    """Years after the year it describes that a figure becomes known (1 for GDP)."""


@dataclass(frozen=True)
class Dataset:
    folder: Path
    name: str
    title: str
    resources: tuple[Resource, ...]
    measures: tuple[MeasureDef, ...]
    licences: tuple[str, ...] = ()
    descriptor: Path | None = None

    def files(self) -> list[Path]:
        """Every file whose content the dataset's facts depend on."""
        return ([self.descriptor] if self.descriptor else []) + [r.path for r in self.resources]


def find_dataset_folder(path: str | Path) -> Path:
    """A dataset named by its folder, its datapackage.json, or one of its CSV files."""
    path = Path(path)
    if path.is_file():
        folder = path.parent
        while not (folder / DESCRIPTOR).is_file() and folder.name in ("facts", "subjects"):
            folder = folder.parent
        if (folder / DESCRIPTOR).is_file():
            return folder
        raise ReferenceDataError(str(path), f"no {DESCRIPTOR} beside this file: describe it "
                                 "first with `factcheck reference add`")
    if not path.is_dir():
        raise ReferenceDataError(str(path), "not a folder of reference data")
    return path


def read_dataset(path: str | Path) -> Dataset:
    """The dataset in a folder: its descriptor when it has one, else subjects/ and facts/ files."""
    folder = find_dataset_folder(path)
    descriptor_path = folder / DESCRIPTOR
    descriptor = _read_descriptor(descriptor_path) if descriptor_path.is_file() else {}
    source = str(descriptor_path)
    name = str(descriptor.get("name") or folder.resolve().name)
    declared = descriptor.get("factcheck") or {}
    if not isinstance(declared, dict):
        raise ReferenceDataError(source, "the factcheck property must be an object")
    measures = tuple(_measure(source, i, entry, name)
                     for i, entry in enumerate(declared.get("measures") or []))
    resources: list[Resource] = []
    listed: set[Path] = set()
    for i, entry in enumerate(descriptor.get("resources") or []):
        resource = _resource(folder, source, i, entry)
        if resource is not None:
            resources.append(resource)
            listed.add(resource.path.resolve())
    for role in ("subjects", "facts"):  # files in factcheck's own columns need no listing
        for csv_path in sorted(folder.glob(f"{role}/*.csv")):
            if csv_path.resolve() not in listed:
                resources.append(Resource(csv_path, role))
    resources.sort(key=lambda r: r.role != "subjects")  # subjects first; order kept otherwise
    if not resources:
        raise ReferenceDataError(str(folder), f"no data: give a {DESCRIPTOR} with CSV resources, "
                                 "or subjects/*.csv and facts/*.csv files")
    licences = tuple(str(lic.get("name") or lic.get("title") or "")
                     for lic in descriptor.get("licenses") or [] if isinstance(lic, dict))
    return Dataset(folder, name, str(descriptor.get("title") or name), tuple(resources), measures,
                   licences, descriptor_path if descriptor else None)


def _read_descriptor(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ReferenceDataError(str(path), f"invalid UTF-8 at byte {exc.start}") from None
    except json.JSONDecodeError as exc:
        raise ReferenceDataError(str(path), f"invalid JSON: {exc.msg}", row=exc.lineno) from None
    if not isinstance(data, dict):
        raise ReferenceDataError(str(path), "a data package descriptor is a JSON object")
    return data


def _measure(source: str, index: int, entry, dataset: str) -> MeasureDef:
    where = f"factcheck.measures[{index}]"
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"]:
        raise ReferenceDataError(source, "each measure needs an id", column=where)
    unknown = set(entry) - {"id", "label", "kind", "unit", "type", "phrases", "parts", "dated"}
    if unknown:
        raise ReferenceDataError(source, f"unknown properties {', '.join(sorted(unknown))}",
                                 column=f"{where}.{sorted(unknown)[0]}")
    phrases = entry.get("phrases") or []
    if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise ReferenceDataError(source, "phrases must be a list of words or phrases",
                                 column=f"{where}.phrases")
    parts = entry.get("parts") or []
    if not isinstance(parts, list) or not all(isinstance(m, str) and m for m in parts) \
            or len(set(parts)) != len(parts) or entry["id"] in parts or len(parts) == 1:
        raise ReferenceDataError(source, "parts is a list of two or more other measures' ids, "
                                 "the measures this one is the sum of", column=f"{where}.parts")
    extends = set(entry) <= {"id", "phrases", "parts"}
    kind = entry.get("kind", "count")
    if kind not in MEASURE_KINDS:
        raise ReferenceDataError(source, f"kind {kind!r} is not one of "
                                 f"{', '.join(MEASURE_KINDS)}", column=f"{where}.kind")
    kind_of_stock = entry.get("type")
    if kind_of_stock is not None and kind_of_stock not in MEASURE_TYPES:
        raise ReferenceDataError(source, "type is stock (a level at a date) or flow (a total "
                                 "over a period)", column=f"{where}.type")
    dated = entry.get("dated", "period")
    if dated not in ("period", "published"):
        raise ReferenceDataError(source, "dated is period (facts dated by what they measure) or "
                                 "published (dated when first published)", column=f"{where}.dated")
    return MeasureDef(id=entry["id"], label=str(entry.get("label") or ""), kind=kind,
                      unit=entry.get("unit"), type=kind_of_stock,
                      phrases=tuple(p.strip() for p in phrases),
                      parts=tuple(parts), dataset=dataset, extends=extends,
                      dated=dated)


def _resource(folder: Path, source: str, index: int, entry) -> Resource | None:
    where = f"resources[{index}]"
    if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
        raise ReferenceDataError(source, "each resource needs a path", column=where)
    if not entry["path"].lower().endswith(".csv"):
        return None  # documentation and other files travel with the data
    path = folder / entry["path"]
    if not path.is_file():
        raise ReferenceDataError(source, f"resource file {entry['path']} does not exist",
                                 column=f"{where}.path")
    mapping = entry.get("factcheck") or {}
    role = mapping.get("role") or (path.parent.name if path.parent.name in ("subjects", "facts")
                                   else None)
    if role not in ("subjects", "facts"):
        raise ReferenceDataError(source, "say whether the file holds subjects or facts: "
                                 '"factcheck": {"role": "facts", ...}', column=f"{where}.factcheck")
    canonical = SUBJECT_COLUMNS if role == "subjects" else FACT_COLUMNS + ("time",)
    columns = dict(mapping.get("columns") or {})
    constants = {k: str(v) for k, v in mapping.items()
                 if k in canonical and k not in ("id",) and isinstance(v, (str, int))}
    for key in columns:
        if key not in canonical:
            raise ReferenceDataError(source, f"{key!r} is not a factcheck column (one of "
                                     f"{', '.join(canonical)})", column=f"{where}.factcheck.columns")
    year_as_of = str(mapping.get("year_as_of", "12-31"))
    try:
        dt.date.fromisoformat(f"2000-{year_as_of}")
    except ValueError:
        raise ReferenceDataError(source, "year_as_of is a month and day, MM-DD",
                                 column=f"{where}.factcheck.year_as_of") from None
    return Resource(path, role, columns, constants, year_as_of,
                    int(mapping.get("published_years_after", 0)))


# -- rows ------------------------------------------------------------------------------------

def _rows(resource: Resource, canonical: tuple[str, ...], problems: list | None = None):
    """(row number, {factcheck column: cell}, {factcheck column: file column}) for each row.

    A bad row raises ReferenceDataError, or with `problems` given is added to it and skipped."""
    path = resource.path
    if Path(path).is_dir():
        raise ReferenceDataError(str(path), "is a folder, not a CSV file")
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ReferenceDataError(str(path), f"cannot read: {exc.strerror or exc}") from None
    with handle:
        reader = csv.reader(handle)
        try:
            yield from _mapped_rows(resource, reader, canonical, problems)
        except UnicodeDecodeError:
            line, column = _first_bad_byte(path)
            raise ReferenceDataError(str(path), f"invalid UTF-8 at byte {column} of the line; "
                                     "save the file as UTF-8", row=line) from None
        except csv.Error as exc:
            raise ReferenceDataError(str(path), f"unreadable CSV: {exc}",
                                     row=reader.line_num) from None


def _first_bad_byte(path: Path) -> tuple[int, int]:
    """Line number and byte position (1-based) of the first byte that is not UTF-8."""
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as exc:
                return number, exc.start + 1
    return 0, 0


def _mapped_rows(resource: Resource, reader, canonical: tuple[str, ...], problems):
    path = resource.path
    header = next(reader, None)
    if header is None:
        raise ReferenceDataError(str(path), "empty file; expected a header row", row=1)
    header = [h.strip() for h in header]
    plain = tuple(c for c in canonical if c != "time")
    if resource.columns or resource.constants:
        names = dict(resource.columns)
        for key, col in names.items():
            if col not in header:
                raise ReferenceDataError(str(path), f"column {col!r} (mapped to {key}) is not in "
                                         f"the header: {', '.join(header)}", row=1)
        positions = {key: header.index(col) for key, col in names.items()}
    elif tuple(header) == plain:
        names = {c: c for c in header}
        positions = {c: i for i, c in enumerate(header)}
    else:
        raise ReferenceDataError(str(path), f"header must be {','.join(plain)}, or map the "
                                 "file's columns in datapackage.json", row=1)
    width = len(header)
    for row in reader:
        number = reader.line_num
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) != width:
            error = ReferenceDataError(str(path), f"expected {width} columns, found {len(row)}",
                                       row=number)
            if problems is None:
                raise error
            problems.append(error)
            continue
        cells = {c: "" for c in canonical}
        cells.update(resource.constants)
        for key, position in positions.items():
            cells[key] = row[position].strip()
        yield number, cells, names


class _Row:
    """One row being validated: every error names the file, the row and the file's column."""

    def __init__(self, path: Path, number: int, cells: dict, names: dict):
        self.path, self.number, self.cells, self.names = str(path), number, cells, names

    def fail(self, column: str, problem: str):
        raise ReferenceDataError(self.path, problem, row=self.number,
                                 column=self.names.get(column, column))

    def text(self, column: str) -> str | None:
        return self.cells.get(column) or None

    def required(self, column: str) -> str:
        value = self.cells.get(column)
        if not value:
            self.fail(column, "required value is empty")
        return value

    def date(self, column: str, required: bool = False) -> dt.date | None:
        value = self.required(column) if required else self.cells.get(column)
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(column, f"{value!r} is not a date (YYYY-MM-DD)")

    def decimal(self, column: str) -> Decimal | None:
        value = self.cells.get(column)
        if not value:
            return None
        try:
            result = parse_decimal(value)  # finite, and within the digits factcheck reads
        except ValueError as exc:
            self.fail(column, str(exc))
        if result < 0:
            self.fail(column, f"{value} is negative; counts, sums and durations are never below "
                      "zero")
        return result


def read_subjects(resource: Resource, problems: list | None = None):
    """Subjects of a resource; bad rows raise, or are collected in `problems` and skipped."""
    for number, cells, names in _rows(resource, SUBJECT_COLUMNS, problems):
        try:
            subject = _subject(_Row(resource.path, number, cells, names))
        except ReferenceDataError as error:
            if problems is None:
                raise
            problems.append(error)
            continue
        yield subject


def _subject(row: _Row) -> Subject:
    cells = row.cells
    kind = row.required("type")
    if kind not in SUBJECT_TYPES:
        row.fail("type", f"type {kind!r} is not one of {', '.join(sorted(SUBJECT_TYPES))}")
    start, end = row.date("start"), row.date("end")
    if start and end and end < start:
        row.fail("end", "end is before start")
    return Subject(
        id=row.required("id"), name=row.required("name"), type=kind,
        aliases=tuple(a.strip() for a in cells["aliases"].split(";") if a.strip()),
        start=start, end=end, parent=row.text("parent"), source=row.text("publisher"),
        url=row.text("url"), notes=row.text("notes"),
    )


def read_facts(resource: Resource, measures, dataset: str = "", problems: list | None = None):
    """Facts of a resource; `measures` is the set of measure ids this run knows. Bad rows
    raise, or are collected in `problems` and skipped."""
    for number, cells, names in _rows(resource, FACT_COLUMNS + ("time",), problems):
        try:
            fact = _fact(_Row(resource.path, number, cells, names), resource, measures, dataset)
        except ReferenceDataError as error:
            if problems is None:
                raise
            problems.append(error)
            continue
        yield fact


def _fact(row: _Row, resource: Resource, measures, dataset: str) -> Fact:
    cells, number = row.cells, row.number
    measure = row.required("measure")
    if measure not in measures:
        row.fail("measure", f"unknown measure {measure!r} (known: {', '.join(sorted(measures))};"
                 " declare new ones in datapackage.json)")
    value, low, high = row.decimal("value"), row.decimal("low"), row.decimal("high")
    if value is None and (low is None or high is None):
        row.fail("value", "give a value, or both low and high")
    if low is not None and high is not None and low > high:
        row.fail("low", "low is greater than high")
    as_of = row.date("as_of") if cells["as_of"] else _time(row, resource)
    subject = row.required("subject")
    fact_id = cells["id"] or f"{dataset}:{subject}:{measure}:{as_of.isoformat()}"
    return Fact(
        id=fact_id, subject=subject, measure=measure, as_of=as_of,
        publisher=row.required("publisher"), url=row.required("url"), value=value, low=low,
        high=high, unit=row.text("unit"), notes=row.text("notes"),
        origin=f"{resource.path.name}:{number}",
    )


def _time(row: _Row, resource: Resource) -> dt.date:
    """A time cell: a date, or a year dated by the resource's year_as_of (and publication lag)."""
    value = row.cells.get("time")
    if not value:
        row.fail("as_of" if "time" not in row.names else "time",
                 "required value is empty (give as_of, or map a time column)")
    if len(value) == 4 and value.isdigit():
        year = int(value) + resource.published_years_after
        return dt.date.fromisoformat(f"{year:04d}-{resource.year_as_of}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        row.fail("time", f"{value!r} is neither a year (YYYY) nor a date (YYYY-MM-DD)")
