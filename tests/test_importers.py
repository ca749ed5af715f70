"""Tests for the dataset converter and for the reference files kept in the repository."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from factcheck import importers

REPO = Path(__file__).resolve().parents[1]
REFERENCE = REPO / "reference"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "importers"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SHARED_INPUTS = {
    "population": SHARED / "data" / "population" / "population.csv",
    "refugees": SHARED / "data" / "refugees" / "refugees_by_origin.csv",
    "idmc": SHARED / "data" / "refugees" / "idmc_by_country.csv",
    "gdp": SHARED / "data" / "gdp" / "gdp.csv",
}

SUBJECT_HEADER = "id,name,type,aliases,parent,start,end,publisher,url,notes".split(",")
FACT_HEADER = "id,subject,measure,value,low,high,unit,as_of,publisher,url,notes".split(",")
SUBJECT_TYPES = {"country", "region", "city", "war", "ceasefire", "pause", "programme", "event"}
MEASURES = {
    "deaths",
    "injured",
    "displaced",
    "refugees",
    "idps",
    "population",
    "duration",
    "cost",
    "arrests",
    "cases",
    "evacuated",
    "missing",
    "gdp",  # declared by reference/datapackage.json
}
DURATION_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def fixture_args(out: Path, *names: str) -> list[str]:
    files = {
        "population": FIXTURES / "population.csv",
        "refugees": FIXTURES / "refugees_by_origin.csv",
        "idmc": FIXTURES / "idmc_by_country.csv",
    }
    args = ["--out", str(out), "--aliases", str(FIXTURES / "aliases.json")]
    for name in names or tuple(files):
        args += [f"--{name}", str(files[name])]
    return args


# --- the converter on small fixtures -----------------------------------------------------------

WB = (
    '"World Bank (World Development Indicators, SP.POP.TOTL)",'
    "https://data.worldbank.org/indicator/SP.POP.TOTL"
)
UNHCR = "UNHCR (Refugee Data Finder),https://www.unhcr.org/refugee-statistics/"
IDMC = (
    '"Internal Displacement Monitoring Centre (IDMC), via UNHCR Refugee Data Finder",'
    "https://www.internal-displacement.org/"
)
DERIVED = "UNHCR and IDMC (derived),https://www.unhcr.org/refugee-statistics/"
OIP = "Refugees 93239 plus 3582202 other people in need of international protection."
NOT_WB = "Not in the World Bank population data; name from UNHCR or IDMC."
SYR_ALIASES = "Syria;Syrian Arab Republic;Syrian Arab Rep.;Syrian;the Syrian;SYR"
NONE6 = ",,,,,"  # parent, start, end, publisher, url

EXPECTED_POPULATION = f"""\
id,subject,measure,value,low,high,unit,as_of,publisher,url,notes
pop-CAN-2016,CAN,population,36109487,,,,2016-07-01,{WB},
pop-KOR-2016,KOR,population,51217803,,,,2016-07-01,{WB},
pop-SYR-2015,SYR,population,19424618,,,,2015-07-01,{WB},
pop-SYR-2016,SYR,population,19193834,,,,2016-07-01,{WB},
"""

EXPECTED_DISPLACEMENT = f"""\
id,subject,measure,value,low,high,unit,as_of,publisher,url,notes
refugees-ESH-2016,ESH,refugees,120,,,,2016-12-31,{UNHCR},
refugees-SYR-2015,SYR,refugees,4873236,,,,2015-12-31,{UNHCR},
refugees-SYR-2016,SYR,refugees,5524511,,,,2016-12-31,{UNHCR},
idps-SYR-2016,SYR,idps,6326000,,,,2016-12-31,{IDMC},
displaced-SYR-2016,SYR,displaced,11850511,,,,2016-12-31,{DERIVED},\
Derived: refugees-SYR-2016 + idps-SYR-2016.
idps-SYR-2017,SYR,idps,6784000,,,,2017-12-31,{IDMC},
refugees-VEN-2019,VEN,refugees,3675441,,,,2019-12-31,{UNHCR},{OIP}
"""

EXPECTED_COUNTRIES = f"""\
id,name,type,aliases,parent,start,end,publisher,url,notes
CAN,Canada,country,Canada{NONE6},
ESH,Western Sahara,country,Western Sahara;ESH{NONE6},{NOT_WB}
KOR,South Korea,country,"South Korea;Korea, Rep.;Rep. of Korea;South Korean;KOR"{NONE6},
SYR,Syrian Arab Republic,country,{SYR_ALIASES}{NONE6},
VEN,Venezuela (Bolivarian Republic of),country,Venezuela (Bolivarian Republic of);VEN{NONE6},\
{NOT_WB}
XKX,Kosovo,country,Kosovo;XKX{NONE6},Not an ISO 3166-1 code.
"""


def test_converts_fixtures_to_exact_rows(tmp_path: Path) -> None:
    assert importers.main(fixture_args(tmp_path)) == 0
    # Aggregates (ARB), special codes (CHI, UNK, XXA, TIB, AB9), years before 1990, empty cells
    # and UNHCR zeros are all left out; the words "CAN" and "ARB" never become aliases.
    assert (tmp_path / "facts" / "population.csv").read_bytes() == EXPECTED_POPULATION.encode()
    assert (tmp_path / "facts" / "displacement.csv").read_bytes() == EXPECTED_DISPLACEMENT.encode()
    assert (tmp_path / "subjects" / "countries.csv").read_bytes() == EXPECTED_COUNTRIES.encode()


def test_output_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    importers.main(fixture_args(first))
    importers.main(fixture_args(second))
    for rel in ("facts/population.csv", "facts/displacement.csv", "subjects/countries.csv"):
        assert (first / rel).read_bytes() == (second / rel).read_bytes()
        assert b"\r" not in (first / rel).read_bytes()


def test_population_alone_writes_only_population(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert importers.main(fixture_args(tmp_path, "population")) == 0
    assert (tmp_path / "facts" / "population.csv").exists()
    assert not (tmp_path / "facts" / "displacement.csv").exists()
    assert not (tmp_path / "subjects" / "countries.csv").exists()
    assert "countries.csv not rewritten" in capsys.readouterr().out


def test_displacement_alone_writes_only_displacement(tmp_path: Path) -> None:
    assert importers.main(fixture_args(tmp_path, "refugees", "idmc")) == 0
    assert (tmp_path / "facts" / "displacement.csv").read_bytes() == EXPECTED_DISPLACEMENT.encode()
    assert not (tmp_path / "facts" / "population.csv").exists()
    assert not (tmp_path / "subjects" / "countries.csv").exists()


def test_refugees_without_idmc_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert importers.main(fixture_args(tmp_path, "refugees")) == 2
    assert "--refugees and --idmc together" in capsys.readouterr().err
    assert not (tmp_path / "facts").exists()


def test_since_option_keeps_earlier_years(tmp_path: Path) -> None:
    assert importers.main([*fixture_args(tmp_path, "population"), "--since", "1900"]) == 0
    text = (tmp_path / "facts" / "population.csv").read_text(encoding="utf-8")
    assert "pop-SYR-1989,SYR,population,12000000,,,,1989-07-01," in text


def test_bad_input_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "population.csv"
    bad.write_text("Country Name,Country Code,Year,Value\nSyria,SYR,2016,1.5e\n", encoding="utf-8")
    args = ["--out", str(tmp_path / "out"), "--population", str(bad)]
    assert importers.main(args) == 2
    err = capsys.readouterr().err
    assert "population.csv, line 2" in err and "not a number" in err


def test_help_explains_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        importers.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for word in ("--population", "--refugees", "--idmc", "--out", "countries.csv"):
        assert word in out


# --- the committed reference files -------------------------------------------------------------


def read_table(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path}: no byte order mark"
    assert b"\r\n" not in raw, f"{path}: lines end with \\n"
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def is_date(text: str) -> bool:
    if not ISO_DATE.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def as_decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def load_subjects() -> dict[str, dict[str, str]]:
    subjects: dict[str, dict[str, str]] = {}
    paths = sorted((REFERENCE / "subjects").glob("*.csv"))
    assert paths, "no subjects files"
    for path in paths:
        header, rows = read_table(path)
        assert header == SUBJECT_HEADER, f"{path}: header"
        for n, row in enumerate(rows, start=2):
            where = f"{path.name}, line {n}"
            assert row["id"] and row["id"] not in subjects, f"{where}: id missing or repeated"
            assert row["name"], f"{where}: name"
            assert row["type"] in SUBJECT_TYPES, f"{where}: type {row['type']!r}"
            if row["type"] == "country":
                assert re.fullmatch(r"[A-Z]{3}", row["id"]), f"{where}: country id"
            else:
                assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", row["id"]), f"{where}: id is a slug"
            aliases = row["aliases"].split(";")
            assert all(a.strip() == a and a for a in aliases), f"{where}: empty or padded alias"
            for column in ("start", "end"):
                assert row[column] == "" or is_date(row[column]), f"{where}: {column}"
            if row["start"] and row["end"]:
                assert row["start"] <= row["end"], f"{where}: ends before it starts"
            if row["start"] or row["end"]:
                sourced = row["publisher"] and row["url"].startswith("http")
                assert sourced, f"{where}: dates need a publisher and url"
            subjects[row["id"]] = row
    for sid, row in subjects.items():
        assert row["parent"] in ("", *subjects), f"{sid}: unknown parent {row['parent']!r}"
    return subjects


def test_committed_reference_files_are_valid() -> None:
    subjects = load_subjects()
    ids: set[str] = set()
    paths = sorted((REFERENCE / "facts").glob("*.csv"))
    assert paths, "no facts files"
    for path in paths:
        header, rows = read_table(path)
        assert header == FACT_HEADER, f"{path}: header"
        assert rows, f"{path}: no rows"
        for n, row in enumerate(rows, start=2):
            where = f"{path.name}, line {n}"
            assert row["id"] and row["id"] not in ids, f"{where}: id missing or repeated"
            ids.add(row["id"])
            assert row["subject"] in subjects, f"{where}: unknown subject {row['subject']!r}"
            assert row["measure"] in MEASURES, f"{where}: measure {row['measure']!r}"
            if row["value"]:
                assert as_decimal(row["value"]) is not None, f"{where}: value {row['value']!r}"
                assert row["low"] == row["high"] == "", f"{where}: value and range together"
            else:
                low, high = as_decimal(row["low"]), as_decimal(row["high"])
                ok = low is not None and high is not None and low <= high
                assert ok, f"{where}: neither a value nor a range"
            if row["measure"] == "duration":
                assert row["unit"] in DURATION_UNITS, f"{where}: duration unit {row['unit']!r}"
            elif row["measure"] in ("cost", "gdp"):
                assert re.fullmatch(r"[A-Z]{3}", row["unit"]), f"{where}: currency {row['unit']!r}"
            else:
                assert row["unit"] == "", f"{where}: counts of people have no unit"
            assert is_date(row["as_of"]), f"{where}: as_of {row['as_of']!r}"
            assert row["publisher"], f"{where}: publisher"
            assert row["url"].startswith(("https://", "http://")), f"{where}: url {row['url']!r}"


def test_datapackage_describes_every_reference_file() -> None:
    package = json.loads((REFERENCE / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["path"]: r for r in package["resources"]}
    on_disk = {p.relative_to(REFERENCE).as_posix() for p in REFERENCE.rglob("*.csv")}
    assert set(resources) == on_disk
    for path, resource in resources.items():
        header, _ = read_table(REFERENCE / path)
        assert [f["name"] for f in resource["schema"]["fields"]] == header, path
        assert resource["schema"]["primaryKey"] == "id"
        assert resource["licenses"] and resource["sources"], path
        if path.startswith("facts/"):
            measure = next(f for f in resource["schema"]["fields"] if f["name"] == "measure")
            assert set(measure["constraints"]["enum"]) == MEASURES


def test_generated_files_stay_small() -> None:
    generated = ["subjects/countries.csv", "facts/population.csv", "facts/displacement.csv"]
    assert sum((REFERENCE / p).stat().st_size for p in generated) < 3_000_000


def test_regenerating_from_shared_data_reproduces_committed_files(tmp_path: Path) -> None:
    missing = [str(p) for p in SHARED_INPUTS.values() if not p.is_file()]
    if missing:
        pytest.skip(f"source datasets not available: {', '.join(missing)}")
    args = ["--out", str(tmp_path)]
    for name, path in SHARED_INPUTS.items():
        args += [f"--{name}", str(path)]
    assert importers.main(args) == 0
    for rel in ("subjects/countries.csv", "facts/population.csv", "facts/displacement.csv",
                "facts/gdp.csv"):
        assert (tmp_path / rel).read_bytes() == (REFERENCE / rel).read_bytes(), rel
