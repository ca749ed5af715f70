"""`factcheck reference add|check|list`: bring a dataset, validate it, see what a run loads.

`add` describes a plain tidy CSV (one fact a row) in a datapackage.json beside it, so that it can
be given to --reference; `check` validates datasets and names file, row and column for every
problem; `list` shows the datasets, measures, subjects, years and publishers a run would use.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from .datasets import (DESCRIPTOR, MEASURE_KINDS, MEASURE_TYPES, SUBJECT_COLUMNS,
                       find_dataset_folder, read_dataset, read_facts, read_subjects)
from .errors import ReferenceDataError, UsageError

EXIT_OK, EXIT_PROBLEMS = 0, 2


def register(sub) -> None:
    parser = sub.add_parser(
        "reference", help="add, check or list reference datasets",
        description="Reference datasets are folders with a datapackage.json and CSV files "
                    "(see reference/README.md). Give them to any command with --reference DIR.")
    commands = parser.add_subparsers(dest="reference_command", required=True, metavar="ACTION")

    p = commands.add_parser(
        "add", help="describe a tidy CSV as a dataset (writes datapackage.json beside it)",
        description="Map the columns of a tidy CSV (one fact a row) to subject, time and value, "
                    "and write or extend the datapackage.json in its folder. A new measure needs "
                    "--phrase (the words that name it in text) and --kind. The dataset is checked "
                    "before anything is written.",
        epilog="Example: factcheck reference add districts/voters.csv --measure registered_voters "
               "--kind count --phrase 'registered voters' --subject-column District "
               "--time-column Year --value-column Voters --publisher 'Election Office' "
               "--url https://example.org/rolls")
    p.add_argument("csv", metavar="CSV", type=Path)
    p.add_argument("--measure", required=True, metavar="ID",
                   help="measure id: a bundled one (population, deaths...) or a new one")
    p.add_argument("--measure-column", metavar="COL", help="column holding the measure id, "
                   "instead of one --measure for every row")
    p.add_argument("--subject-column", required=True, metavar="COL",
                   help="column holding subject ids (country codes such as IND, or your own)")
    p.add_argument("--time-column", required=True, metavar="COL",
                   help="column holding a year (YYYY) or a date (YYYY-MM-DD)")
    p.add_argument("--value-column", metavar="COL", help="column holding the value")
    p.add_argument("--low-column", metavar="COL", help="column holding the low end of a range")
    p.add_argument("--high-column", metavar="COL", help="column holding the high end of a range")
    p.add_argument("--id-column", metavar="COL",
                   help="column of fact ids (give a bundled id to override that fact)")
    p.add_argument("--unit", help="unit of every value: an ISO 4217 code for money, a unit of "
                   "time for durations; none for counts")
    p.add_argument("--publisher", required=True, help="who published the figures")
    p.add_argument("--url", required=True, help="public page the figures come from")
    p.add_argument("--year-as-of", default="12-31", metavar="MM-DD",
                   help="the day of the year a year's figure is dated (default 12-31)")
    p.add_argument("--published-years-after", type=int, default=0, metavar="N",
                   help="years after the year it describes that a figure is first known")
    p.add_argument("--phrase", action="append", default=[], metavar="WORDS",
                   help="words that name the measure in text; repeatable. For a bundled measure, "
                        "adds to its phrases")
    p.add_argument("--label", help="what the measure is, in a few words")
    p.add_argument("--kind", choices=sorted(MEASURE_KINDS), help="kind of a new measure")
    p.add_argument("--type", choices=MEASURE_TYPES,
                   help="stock (a level at a date) or flow (a total over a period)")
    p.add_argument("--subjects", metavar="CSV",
                   help="a subjects file in factcheck's columns to list in the dataset too")
    p.set_defaults(run=run_add)

    p = commands.add_parser(
        "check", help="validate datasets and report every problem with file, row and column",
        description="Validate datasets: the Data Package and its tables with frictionless when "
                    "it is installed, then factcheck's own checks (unknown measures and subjects, "
                    "low above high, measures without phrases). Exit status 0 when valid, 2 "
                    "when any problem is found.")
    p.add_argument("paths", nargs="*", metavar="DIR",
                   help="dataset folders (default: the bundled reference data)")
    p.add_argument("--no-frictionless", action="store_true",
                   help="skip the frictionless validation even when it is installed")
    p.set_defaults(run=run_check)

    p = commands.add_parser(
        "list", help="show the datasets, measures, subjects, years and publishers loaded",
        description="Show what a run with these --reference folders loads: datasets, measures "
                    "(with their phrases and year ranges), subjects by type, and publishers.")
    p.add_argument("--reference", action="append", default=[], metavar="DIR",
                   help="datasets to load after the bundled one; repeatable")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=run_list)


# -- add -------------------------------------------------------------------------------------

def run_add(args) -> int:
    from .measures import bundled_measures

    path = args.csv
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    if args.value_column is None and not (args.low_column and args.high_column):
        raise UsageError("give --value-column, or --low-column and --high-column")
    folder = path.resolve().parent
    header = _header(path)
    columns = {"subject": args.subject_column, "time": args.time_column,
               "value": args.value_column, "low": args.low_column, "high": args.high_column,
               "id": args.id_column, "measure": args.measure_column}
    columns = {k: v for k, v in columns.items() if v}
    for key, column in columns.items():
        if column not in header:
            raise UsageError(f"{path}: no column {column!r} (for {key}); the header has "
                             f"{', '.join(header)}")
    mapping = {"role": "facts", "columns": columns, "publisher": args.publisher, "url": args.url,
               "year_as_of": args.year_as_of, "published_years_after": args.published_years_after}
    if not args.measure_column:
        mapping["measure"] = args.measure
    if args.unit:
        mapping["unit"] = args.unit
    descriptor_path = folder / DESCRIPTOR
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8")) \
        if descriptor_path.is_file() else {"name": _slug(folder.name), "resources": []}
    relative = path.resolve().relative_to(folder).as_posix()
    descriptor["resources"] = [r for r in descriptor.get("resources", [])
                               if r.get("path") != relative]
    if args.subjects:
        subjects = Path(args.subjects).resolve()
        if _header(subjects) != list(SUBJECT_COLUMNS):
            raise UsageError(f"{args.subjects}: header must be {','.join(SUBJECT_COLUMNS)}")
        try:
            sub_path = subjects.relative_to(folder).as_posix()
        except ValueError:
            raise UsageError(f"{args.subjects}: put the subjects file in {folder}") from None
        descriptor["resources"] = [r for r in descriptor["resources"] if r.get("path") != sub_path]
        descriptor["resources"].append({"name": _slug(Path(sub_path).stem) + "-subjects",
                                        "path": sub_path, "format": "csv",
                                        "factcheck": {"role": "subjects"}})
    descriptor["resources"].append({"name": _slug(path.stem), "path": relative, "format": "csv",
                                    "factcheck": mapping})
    is_new = args.measure not in bundled_measures()
    if args.phrase or args.label or args.kind or is_new:
        declared = descriptor.setdefault("factcheck", {}).setdefault("measures", [])
        declared[:] = [m for m in declared if m.get("id") != args.measure]
        entry = {"id": args.measure, "phrases": args.phrase}
        if is_new:
            if not args.phrase:
                raise UsageError(f"{args.measure!r} is a new measure: give --phrase for the words "
                                 "that name it in text (and --kind)")
            entry.update(label=args.label or args.measure.replace("_", " "),
                         kind=args.kind or "count", unit=args.unit,
                         type=args.type or "stock")
        declared.append(entry)
    text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
    # Check the dataset as it would be written, then write it.
    original = descriptor_path.read_bytes() if descriptor_path.is_file() else None
    descriptor_path.write_text(text, encoding="utf-8")
    problems = check_dataset(folder, use_frictionless=False)
    if problems:
        if original is None:
            descriptor_path.unlink()
        else:
            descriptor_path.write_bytes(original)
        _print_problems(problems)
        print(f"factcheck: {DESCRIPTOR} not written: fix the problems above", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"wrote {descriptor_path}")
    print(f"use it with: factcheck check ARTICLE --reference {folder}")
    return EXIT_OK


def _header(path: Path) -> list[str]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return [h.strip() for h in next(csv.reader(handle), [])]
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the header: {exc}") from None


def _slug(text: str) -> str:
    slug = "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")
    return slug or "dataset"


# -- check -----------------------------------------------------------------------------------

def check_dataset(path, *, use_frictionless: bool = True) -> list[ReferenceDataError]:
    """Every problem of one dataset, checked against the bundled data it adds to."""
    from .measures import bundled_measures, bundled_table
    from .reference import bundled_reference_dir, load_reference

    problems: list[ReferenceDataError] = []
    try:
        folder = find_dataset_folder(path)
        dataset = read_dataset(folder)
    except ReferenceDataError as error:
        return [error]
    if use_frictionless and dataset.descriptor is not None:
        problems += _frictionless_problems(dataset.descriptor)
    is_bundled = folder.resolve() == bundled_reference_dir().resolve()
    base = load_reference([], bundled=True) if not is_bundled else None
    known_subjects = set(base.subjects) if base else set()
    bundled = bundled_measures()
    phrases_in_use = {t.lower(): m for m, spec in bundled_table()["measures"].items()
                      for t in spec.get("triggers", [])}
    descriptor = str(dataset.descriptor or folder)
    for i, measure in enumerate(dataset.measures):
        where = f"factcheck.measures[{i}]"
        if measure.id not in bundled and not measure.phrases:
            problems.append(ReferenceDataError(descriptor, f"measure {measure.id!r} has no "
                                               "phrases: no claim can name it", column=where))
        if measure.extends and measure.id not in bundled:
            problems.append(ReferenceDataError(descriptor, f"measure {measure.id!r} is not a "
                                               "bundled one: give its label and kind",
                                               column=where))
        for phrase in measure.phrases:
            owner = phrases_in_use.get(phrase.lower())
            if owner and owner != measure.id:
                problems.append(ReferenceDataError(
                    descriptor, f"phrase {phrase!r} already names {owner!r}: claims near it go "
                    "to that measure", column=f"{where}.phrases"))
            phrases_in_use.setdefault(phrase.lower(), measure.id)
        for part in measure.parts:
            if part not in bundled and part not in {m.id for m in dataset.measures}:
                problems.append(ReferenceDataError(descriptor, f"part {part!r} is not a known "
                                                   "measure", column=f"{where}.parts"))
    measures = bundled | {m.id for m in dataset.measures}
    for resource in dataset.resources:
        if resource.role == "subjects":
            known_subjects |= {s.id for s in _each(read_subjects(resource, problems), problems)}
    seen: dict[str, str] = {}
    for resource in dataset.resources:
        if resource.role != "facts":
            continue
        subject_column = resource.columns.get("subject", "subject")
        for fact in _each(read_facts(resource, measures, dataset.name, problems), problems):
            row = int(fact.origin.rpartition(":")[2])
            if fact.subject not in known_subjects:
                problems.append(ReferenceDataError(
                    str(resource.path), f"unknown subject {fact.subject!r}: not a bundled "
                    "subject nor one of the dataset's subjects files", row=row,
                    column=subject_column))
            if fact.id in seen:
                problems.append(ReferenceDataError(str(resource.path), f"fact id {fact.id!r} "
                                                   f"repeats {seen[fact.id]}", row=row))
            seen.setdefault(fact.id, fact.origin)
    return problems


def _each(rows, problems: list):
    """The rows of a file; a problem with the whole file (its header) is noted, not raised."""
    try:
        yield from rows
    except ReferenceDataError as error:
        problems.append(error)


def _frictionless_problems(descriptor: Path) -> list[ReferenceDataError]:
    """The Data Package's own validation (schemas, types, constraints), when installed."""
    try:
        import frictionless
    except ImportError:
        return []
    report = frictionless.validate(str(descriptor))
    problems = []
    for error in list(report.errors) + [e for task in report.tasks for e in task.errors]:
        data = error.to_dict()
        task_path = next((str(descriptor.parent / t.place) for t in report.tasks
                          if error in t.errors), str(descriptor))
        problems.append(ReferenceDataError(task_path, f"{data.get('note') or data['message']} "
                                           f"(frictionless: {data['type']})",
                                           row=data.get("rowNumber"), column=data.get("fieldName")))
    return problems


def _print_problems(problems) -> None:
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)


def run_check(args) -> int:
    from .reference import bundled_reference_dir

    paths = args.paths or [str(bundled_reference_dir())]
    total = 0
    for path in paths:
        problems = check_dataset(path, use_frictionless=not args.no_frictionless)
        total += len(problems)
        if problems:
            print(f"{path}: {len(problems)} problem{'s' if len(problems) != 1 else ''}",
                  file=sys.stderr)
            _print_problems(problems)
        else:
            print(f"{path}: valid")
    return EXIT_PROBLEMS if total else EXIT_OK


# -- list ------------------------------------------------------------------------------------

def loaded(reference) -> dict:
    """What a loaded ReferenceData holds, for people: datasets, measures, subjects, publishers."""
    from .measures import bundled_table

    store = reference.store
    ranges = {m: {"facts": n, "from": lo, "to": hi, "subjects": s}
              for m, n, lo, hi, s in store.query(
                  "SELECT measure, count(*), min(as_of), max(as_of), count(DISTINCT subject) "
                  "FROM facts GROUP BY measure ORDER BY measure")}
    publishers: dict[str, list[str]] = {}
    for measure, publisher in store.query(
            "SELECT DISTINCT f.measure, s.publisher FROM (SELECT DISTINCT measure, source "
            "FROM facts) f JOIN sources s ON s.position = f.source ORDER BY 1, 2"):
        publishers.setdefault(measure, []).append(publisher)
    measures = {}
    for measure, spec in bundled_table()["measures"].items():
        measures[measure] = {"source": "bundled", "phrases": list(spec.get("triggers", []))}
    for m in reference.measures:
        entry = measures.setdefault(m.id, {"source": m.dataset, "phrases": []})
        entry["phrases"] += [p for p in m.phrases if p not in entry["phrases"]]
        if not m.extends:
            entry.update(source=m.dataset, label=m.label, kind=m.kind, unit=m.unit, type=m.type)
        if m.parts:
            entry["parts"] = list(m.parts)
    for measure, figures in ranges.items():
        measures.setdefault(measure, {"source": "bundled", "phrases": []})
        measures[measure].update(figures, publishers=publishers.get(measure, []))
    by_type: dict[str, int] = {}
    for subject in reference.subjects.values():
        by_type[subject.type] = by_type.get(subject.type, 0) + 1
    return {"datasets": store.datasets(), "store": str(store.path) if store.path else None,
            "fingerprint": reference.fingerprint, "subjects": dict(sorted(by_type.items())),
            "measures": measures}


def run_list(args) -> int:
    from .reference import load_reference

    info = loaded(load_reference(args.reference))
    if args.format == "json":
        json.dump(info, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    out = sys.stdout
    out.write("Datasets (later ones override earlier ones by id):\n")
    for ds in info["datasets"]:
        licences = f"  [{', '.join(ds['licences'])}]" if ds["licences"] else ""
        out.write(f"  {ds['name']}: {ds['title']}  ({ds['folder']}){licences}\n")
    out.write("Subjects: " + ", ".join(f"{n} {t}" for t, n in info["subjects"].items()) + "\n")
    out.write("Measures:\n")
    for measure, m in info["measures"].items():
        years = (f"{m['facts']} facts on {m['subjects']} subjects, as of "
                 f"{m['from'][:4]}-{m['to'][:4]}") if "facts" in m else "no facts"
        kind = " ".join(x for x in (m.get("kind"), m.get("unit"), m.get("type")) if x)
        out.write(f"  {measure}{f' ({kind})' if kind else ''}: {years}; from {m['source']}\n")
        if m["phrases"]:
            shown = ", ".join(m["phrases"][:8]) + (", ..." if len(m["phrases"]) > 8 else "")
            out.write(f"      phrases: {shown}\n")
        if m.get("parts"):
            out.write(f"      sum of: {' + '.join(m['parts'])} (where it has no facts of its own)\n")
        if m.get("publishers"):
            out.write(f"      publishers: {'; '.join(m['publishers'])}\n")
    if info["store"]:
        out.write(f"Store: {info['store']}\n")
    return EXIT_OK

