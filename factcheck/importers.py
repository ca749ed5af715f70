"""Convert openly licensed datasets into factcheck's reference format.

Reads three published datasets and writes three reference files:

* World Bank population (``population.csv``: Country Name, Country Code, Year, Value)
  -> ``facts/population.csv``
* UNHCR refugees by country of origin (``refugees_by_origin.csv``) and IDMC internally displaced
  people (``idmc_by_country.csv``) -> ``facts/displacement.csv``
* World Bank GDP in current US dollars (``gdp.csv``: Country Name, Country Code, Year, Value)
  -> ``facts/gdp.csv``
* population, refugees and IDMC, plus the alias table ``factcheck/data/country_aliases.json``
  -> ``subjects/countries.csv``

Run it as ``python -m factcheck.importers --population PATH --refugees PATH --idmc PATH
--gdp PATH --out reference/``. Each dataset can be regenerated on its own: ``--population`` alone rewrites
the population facts, ``--gdp`` the GDP facts, ``--refugees`` with ``--idmc`` rewrites the displacement facts, and the
country list is rewritten only when all three inputs are given, because it draws on all of them.

The output is deterministic: rows are sorted, ids are stable, files are UTF-8 with ``\\n`` line
endings, and numbers are written as exact integers. Only the standard library is used.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from factcheck.errors import FactcheckError

SUBJECT_COLUMNS = (
    "id",
    "name",
    "type",
    "aliases",
    "parent",
    "start",
    "end",
    "publisher",
    "url",
    "notes",
)
FACT_COLUMNS = (
    "id",
    "subject",
    "measure",
    "value",
    "low",
    "high",
    "unit",
    "as_of",
    "publisher",
    "url",
    "notes",
)

DEFAULT_ALIASES = Path(__file__).resolve().parent / "data" / "country_aliases.json"

FIRST_YEAR = 1990
"""By default, facts are written for this year and later only, to keep the files small."""

POPULATION_PUBLISHER = "World Bank (World Development Indicators, SP.POP.TOTL)"
POPULATION_URL = "https://data.worldbank.org/indicator/SP.POP.TOTL"
REFUGEES_PUBLISHER = "UNHCR (Refugee Data Finder)"
REFUGEES_URL = "https://www.unhcr.org/refugee-statistics/"
IDPS_PUBLISHER = "Internal Displacement Monitoring Centre (IDMC), via UNHCR Refugee Data Finder"
IDPS_URL = "https://www.internal-displacement.org/"
DISPLACED_PUBLISHER = "UNHCR and IDMC (derived)"

POPULATION_HEADER = ("Country Name", "Country Code", "Year", "Value")  # and GDP's
GDP_PUBLISHER = "World Bank (World Development Indicators, NY.GDP.MKTP.CD)"
GDP_URL = "https://data.worldbank.org/indicator/NY.GDP.MKTP.CD"
GDP_PUBLISHED = "07-01"
"""A year's GDP is first published some months after the year ends (the World Bank's mid-year
update): the figure for year Y is dated Y+1-07-01, the day from which an article could know it."""
REFUGEES_HEADER = (
    "origin_iso3",
    "origin_unhcr_code",
    "origin_name",
    "year",
    "refugees",
    "other_in_need_of_international_protection",
)
IDMC_HEADER = ("iso3", "unhcr_code", "name", "year", "idps_conflict_violence")

_CODE = re.compile(r"^[A-Z]{3}$")


class ConversionError(FactcheckError, ValueError):
    """An input file that cannot be converted; the message names the file and line."""


@dataclass(frozen=True)
class AliasTable:
    """The hand-kept part of the country list: display names, extra aliases, non-country codes."""

    names: dict[str, str]
    aliases: dict[str, list[str]]
    not_countries: dict[str, str]
    notes: dict[str, str]
    code_alias_stoplist: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> AliasTable:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        return cls(
            names={str(k): str(v) for k, v in data.get("names", {}).items()},
            aliases={str(k): [str(a) for a in v] for k, v in data.get("aliases", {}).items()},
            not_countries={str(k): str(v) for k, v in data.get("not_countries", {}).items()},
            notes={str(k): str(v) for k, v in data.get("notes", {}).items()},
            code_alias_stoplist=frozenset(str(c) for c in data.get("code_alias_stoplist", [])),
        )

    def is_country(self, code: str) -> bool:
        return bool(_CODE.match(code)) and code not in self.not_countries


# --- reading -----------------------------------------------------------------------------------


def _read_rows(path: Path, required: Sequence[str]) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames or []
        missing = [c for c in required if c not in header]
        if missing:
            raise ConversionError(
                f"{path}: missing column(s) {', '.join(missing)}; found {', '.join(header)}"
            )
        return list(reader)


def _year(path: Path, lineno: int, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        problem = f"year {text!r} is not a whole number"
        raise ConversionError(f"{path}, line {lineno}: {problem}") from None


def _count(path: Path, lineno: int, column: str, text: str) -> Decimal | None:
    """An exact count from a cell, or None for an empty cell."""
    text = text.strip()
    if text == "":
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ConversionError(f"{path}, line {lineno}: {column} {text!r} is not a number") from None
    if not value.is_finite() or value < 0:
        raise ConversionError(f"{path}, line {lineno}: {column} {text!r} is not a count")
    return value


def _fmt(value: Decimal) -> str:
    """Exact decimal text: whole numbers without a decimal point, never an exponent."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


# --- population --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PopulationData:
    names: dict[str, str]
    """World Bank name by code, for countries only."""
    values: dict[tuple[str, int], Decimal]


def _country_years(path: Path, table: AliasTable, value_of) -> tuple[dict, dict]:
    """Names by code and values by (code, year) of a World Bank table (Country Name, Country
    Code, Year, Value), for countries only; `value_of(path, lineno, text)` reads a Value cell."""
    names: dict[str, str] = {}
    values: dict[tuple[str, int], Decimal] = {}
    for lineno, row in enumerate(_read_rows(path, POPULATION_HEADER), start=2):
        code = row["Country Code"].strip()
        if not table.is_country(code):
            continue  # regional and income aggregates (WLD, ARB, HIC...)
        year = _year(path, lineno, row["Year"])
        value = value_of(path, lineno, row["Value"])
        names.setdefault(code, row["Country Name"].strip())
        if value is None:
            continue
        if (code, year) in values:
            raise ConversionError(f"{path}, line {lineno}: second value for {code} {year}")
        values[(code, year)] = value
    return names, values


def read_population(path: Path, table: AliasTable) -> PopulationData:
    names, values = _country_years(
        path, table, lambda path, lineno, text: _count(path, lineno, "Value", text))
    return PopulationData(names, values)


def population_facts(data: PopulationData, since: int = FIRST_YEAR) -> list[dict[str, str]]:
    rows = []
    for (code, year), value in sorted(data.values.items()):
        if year < since:
            continue
        rows.append(
            _fact(
                id=f"pop-{code}-{year}",
                subject=code,
                measure="population",
                value=_fmt(value),
                as_of=f"{year:04d}-07-01",
                publisher=POPULATION_PUBLISHER,
                url=POPULATION_URL,
            )
        )
    return rows


# --- GDP ---------------------------------------------------------------------------------------


def read_gdp(path: Path, table: AliasTable) -> dict[tuple[str, int], Decimal]:
    """GDP in current US$ by (country code, year), exactly as the source writes it."""
    return _country_years(path, table, _amount)[1]


def _amount(path: Path, lineno: int, text: str) -> Decimal | None:
    """A positive amount from a cell, digits as given (float noise included); None if empty."""
    text = text.strip()
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ConversionError(f"{path}, line {lineno}, column Value: {text!r} is not a "
                              "number") from None
    if not value.is_finite() or value <= 0:
        raise ConversionError(f"{path}, line {lineno}, column Value: {text!r} is not a "
                              "positive amount")
    return value


def gdp_facts(values: dict[tuple[str, int], Decimal], countries: Iterable[str] | None = None,
              since: int = FIRST_YEAR) -> list[dict[str, str]]:
    """One fact per country and year, dated when the figure became known (see GDP_PUBLISHED)."""
    keep = set(countries) if countries is not None else None
    rows = []
    for (code, year), value in sorted(values.items()):
        if year < since or (keep is not None and code not in keep):
            continue
        rows.append(_fact(id=f"gdp-{code}-{year}", subject=code, measure="gdp", value=str(value),
                          unit="USD", as_of=f"{year + 1:04d}-{GDP_PUBLISHED}",
                          publisher=GDP_PUBLISHER, url=GDP_URL,
                          notes=f"GDP of calendar year {year}, current US dollars"))
    return rows


def _subject_ids(out: Path) -> set[str] | None:
    path = out / "subjects" / "countries.csv"
    if not path.is_file():
        return None
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["id"] for row in csv.DictReader(handle)}


# --- displacement ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RefugeeFigure:
    refugees: Decimal | None
    oip: Decimal | None

    @property
    def total(self) -> Decimal:
        return (self.refugees or Decimal(0)) + (self.oip or Decimal(0))


@dataclass(frozen=True)
class DisplacementData:
    unhcr_names: dict[str, str]
    idmc_names: dict[str, str]
    refugees: dict[tuple[str, int], RefugeeFigure]
    idps: dict[tuple[str, int], Decimal]


def read_refugees(
    path: Path, table: AliasTable
) -> tuple[dict[str, str], dict[tuple[str, int], RefugeeFigure]]:
    names: dict[str, str] = {}
    figures: dict[tuple[str, int], RefugeeFigure] = {}
    for lineno, row in enumerate(_read_rows(path, REFUGEES_HEADER), start=2):
        code = row["origin_iso3"].strip()
        if not table.is_country(code):
            continue
        names.setdefault(code, row["origin_name"].strip())
        year = _year(path, lineno, row["year"])
        if (code, year) in figures:
            raise ConversionError(f"{path}, line {lineno}: second row for {code} {year}")
        figures[(code, year)] = RefugeeFigure(
            refugees=_count(path, lineno, "refugees", row["refugees"]),
            oip=_count(
                path,
                lineno,
                "other_in_need_of_international_protection",
                row["other_in_need_of_international_protection"],
            ),
        )
    return names, figures


def read_idmc(
    path: Path, table: AliasTable
) -> tuple[dict[str, str], dict[tuple[str, int], Decimal]]:
    names: dict[str, str] = {}
    values: dict[tuple[str, int], Decimal] = {}
    for lineno, row in enumerate(_read_rows(path, IDMC_HEADER), start=2):
        code = row["iso3"].strip()
        if not table.is_country(code):
            continue
        names.setdefault(code, row["name"].strip())
        year = _year(path, lineno, row["year"])
        value = _count(path, lineno, "idps_conflict_violence", row["idps_conflict_violence"])
        if value is None:
            continue
        if (code, year) in values:
            raise ConversionError(f"{path}, line {lineno}: second row for {code} {year}")
        values[(code, year)] = value
    return names, values


def displacement_facts(data: DisplacementData, since: int = FIRST_YEAR) -> list[dict[str, str]]:
    """Refugees (UNHCR), IDPs (IDMC) and their sum, per origin country and year from `since`.

    Refugees are UNHCR's headline figure: refugees plus other people in need of international
    protection, an empty cell counting as 0. A row where both are empty is skipped, and so is a
    total of 0, because UNHCR's 0 can mean "not reported" as well as "none". IDMC values are
    written as given. `displaced` is written only where both other rows were written.
    """
    order = {"refugees": 0, "idps": 1, "displaced": 2}
    rows: list[dict[str, str]] = []
    written_refugees: dict[tuple[str, int], Decimal] = {}
    for (code, year), fig in data.refugees.items():
        if year < since or (fig.refugees is None and fig.oip is None):
            continue
        total = fig.total
        if total == 0:
            continue
        written_refugees[(code, year)] = total
        notes = ""
        if fig.oip:
            notes = (
                f"Refugees {_fmt(fig.refugees or Decimal(0))} plus {_fmt(fig.oip)} other people "
                "in need of international protection."
            )
        rows.append(
            _fact(
                id=f"refugees-{code}-{year}",
                subject=code,
                measure="refugees",
                value=_fmt(total),
                as_of=f"{year:04d}-12-31",
                publisher=REFUGEES_PUBLISHER,
                url=REFUGEES_URL,
                notes=notes,
            )
        )
    for (code, year), value in data.idps.items():
        if year < since:
            continue
        rows.append(
            _fact(
                id=f"idps-{code}-{year}",
                subject=code,
                measure="idps",
                value=_fmt(value),
                as_of=f"{year:04d}-12-31",
                publisher=IDPS_PUBLISHER,
                url=IDPS_URL,
            )
        )
        refugees = written_refugees.get((code, year))
        if refugees is None:
            continue
        rows.append(
            _fact(
                id=f"displaced-{code}-{year}",
                subject=code,
                measure="displaced",
                value=_fmt(refugees + value),
                as_of=f"{year:04d}-12-31",
                publisher=DISPLACED_PUBLISHER,
                url=REFUGEES_URL,
                notes=f"Derived: refugees-{code}-{year} + idps-{code}-{year}.",
            )
        )
    rows.sort(key=lambda r: (r["subject"], r["as_of"], order[r["measure"]]))
    return rows


# --- countries ---------------------------------------------------------------------------------


def _dedupe(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        name = name.strip()
        if not name or name.casefold() in seen:
            continue
        if ";" in name:
            raise ConversionError(f"alias {name!r} contains ';', which separates aliases")
        seen.add(name.casefold())
        out.append(name)
    return out


def country_subjects(
    table: AliasTable,
    wb_names: dict[str, str],
    unhcr_names: dict[str, str],
    idmc_names: dict[str, str],
) -> list[dict[str, str]]:
    """One subject per country code found in any of the three datasets.

    Aliases, in order: the first extra alias (the common short name), the World Bank name,
    UNHCR's name, the remaining extra aliases, then the code unless it is an ordinary word.
    """
    rows = []
    for code in sorted(set(wb_names) | set(unhcr_names) | set(idmc_names)):
        extras = table.aliases.get(code, [])
        found = (wb_names.get(code), unhcr_names.get(code), idmc_names.get(code))
        source_names = [n for n in found if n]
        name = table.names.get(code) or source_names[0]
        own_code = [] if code in table.code_alias_stoplist else [code]
        aliases = _dedupe([*extras[:1], *source_names[:2], *extras[1:], *own_code])
        if not wb_names.get(code) and not unhcr_names.get(code):
            # Only IDMC knows this code: its name is the only one we have.
            aliases = _dedupe([*aliases, *source_names])
        notes = table.notes.get(code, "")
        if code not in wb_names:
            extra = "Not in the World Bank population data; name from UNHCR or IDMC."
            notes = f"{notes} {extra}".strip()
        rows.append(
            {
                "id": code,
                "name": name,
                "type": "country",
                "aliases": ";".join(aliases),
                "parent": "",
                "start": "",
                "end": "",
                "publisher": "",
                "url": "",
                "notes": notes,
            }
        )
    return rows


# --- writing -----------------------------------------------------------------------------------


def _fact(**fields: str) -> dict[str, str]:
    return {c: fields.get(c, "") for c in FACT_COLUMNS}


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[dict[str, str]]) -> None:
    """Write UTF-8 CSV with '\\n' line endings, replacing the file only once it is complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(
                f, fieldnames=list(columns), lineterminator="\n", quoting=csv.QUOTE_MINIMAL
            )
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def convert(
    out: Path,
    population: Path | None = None,
    refugees: Path | None = None,
    idmc: Path | None = None,
    aliases: Path = DEFAULT_ALIASES,
    since: int = FIRST_YEAR,
    gdp: Path | None = None,
) -> list[Path]:
    """Regenerate the reference files the given inputs allow; return the paths written."""
    if (refugees is None) != (idmc is None):
        raise ConversionError(
            "displacement facts combine both files: give --refugees and --idmc together"
        )
    if population is None and refugees is None and gdp is None:
        raise ConversionError(
            "nothing to do: give --population, --gdp, or --refugees with --idmc"
        )
    table = AliasTable.load(aliases)
    # Read and check every input before writing anything, so a bad file changes nothing.
    pop = read_population(population, table) if population is not None else None
    disp = None
    if refugees is not None and idmc is not None:
        unhcr_names, ref = read_refugees(refugees, table)
        idmc_names, idps = read_idmc(idmc, table)
        disp = DisplacementData(unhcr_names, idmc_names, ref, idps)
    gdp_values = read_gdp(gdp, table) if gdp is not None else None

    written: list[Path] = []
    if pop is not None:
        path = out / "facts" / "population.csv"
        write_csv(path, FACT_COLUMNS, population_facts(pop, since))
        written.append(path)
    if disp is not None:
        path = out / "facts" / "displacement.csv"
        write_csv(path, FACT_COLUMNS, displacement_facts(disp, since))
        written.append(path)
    countries = None
    if pop is not None and disp is not None:
        path = out / "subjects" / "countries.csv"
        countries = country_subjects(table, pop.names, disp.unhcr_names, disp.idmc_names)
        write_csv(path, SUBJECT_COLUMNS, countries)
        written.append(path)
    if gdp_values is not None:
        path = out / "facts" / "gdp.csv"
        # Only countries the subjects list knows: a fact about an unknown subject is rejected.
        known = {row["id"] for row in countries} if countries is not None else _subject_ids(out)
        write_csv(path, FACT_COLUMNS, gdp_facts(gdp_values, known, since))
        written.append(path)
    return written


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.importers",
        description=(
            "Convert the World Bank population table, UNHCR's refugees-by-origin table and IDMC's "
            "internal displacement table into factcheck reference files: facts/population.csv "
            "(from --population), facts/gdp.csv (from --gdp), facts/displacement.csv (from --refugees and --idmc together) and "
            "subjects/countries.csv (only when all three inputs are given). Files that a missing "
            "input would feed are left as they are."
        ),
        epilog=(
            "Example: python -m factcheck.importers "
            "--population ../shared/data/population/population.csv "
            "--refugees ../shared/data/refugees/refugees_by_origin.csv "
            "--idmc ../shared/data/refugees/idmc_by_country.csv "
            "--gdp ../shared/data/gdp/gdp.csv --out reference/"
        ),
    )
    parser.add_argument(
        "--population",
        type=Path,
        metavar="PATH",
        help="World Bank SP.POP.TOTL CSV with columns Country Name, Country Code, Year, Value",
    )
    parser.add_argument(
        "--refugees",
        type=Path,
        metavar="PATH",
        help="UNHCR refugees_by_origin.csv (one row per origin country and year)",
    )
    parser.add_argument(
        "--idmc",
        type=Path,
        metavar="PATH",
        help="IDMC idmc_by_country.csv (conflict and violence IDPs per country and year)",
    )
    parser.add_argument(
        "--gdp",
        type=Path,
        metavar="PATH",
        help="World Bank NY.GDP.MKTP.CD CSV with columns Country Name, Country Code, Year, Value",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        default=Path("reference"),
        help="reference directory to write into (default: reference); "
        "files go to its facts/ and subjects/",
    )
    parser.add_argument(
        "--aliases",
        type=Path,
        metavar="PATH",
        default=DEFAULT_ALIASES,
        help="country alias table (default: factcheck/data/country_aliases.json)",
    )
    parser.add_argument(
        "--since",
        type=int,
        metavar="YEAR",
        default=FIRST_YEAR,
        help=f"first year to write population and displacement facts for (default: {FIRST_YEAR})",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        written = convert(
            args.out, args.population, args.refugees, args.idmc, args.aliases, args.since,
            args.gdp,
        )
    except (ConversionError, OSError, json.JSONDecodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path}")
    if args.population is None or args.refugees is None:
        print("subjects/countries.csv not rewritten: it needs all three inputs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
