"""`factcheck reference add|check|list`, run as a user would."""

import datetime as dt
import json

import pytest

from factcheck.api import check_article
from factcheck.cli import main
from factcheck.model import Article
from factcheck.reference import load_reference

from test_datasets import make_dataset


def _tidy(folder):
    folder.mkdir(parents=True)
    (folder / "tolls.csv").write_text(
        "country,year,deaths\nSYR,2016,301781\nAFG,2021,1659\n", encoding="utf-8")
    return folder / "tolls.csv"


def test_add_describes_a_tidy_csv_that_then_checks_articles(tmp_path, capsys):
    path = _tidy(tmp_path / "mine")
    status = main(["reference", "add", str(path), "--measure", "conflict_deaths",
                   "--kind", "count", "--phrase", "conflict deaths", "--phrase", "war dead",
                   "--subject-column", "country", "--time-column", "year",
                   "--value-column", "deaths", "--publisher", "Our desk",
                   "--url", "https://example.org/desk"])
    assert status == 0, capsys.readouterr().err
    descriptor = json.loads((tmp_path / "mine" / "datapackage.json").read_text())
    [measure] = descriptor["factcheck"]["measures"]
    assert measure["id"] == "conflict_deaths" and measure["phrases"] == ["conflict deaths",
                                                                        "war dead"]
    assert main(["reference", "check", str(tmp_path / "mine"), "--no-frictionless"]) == 0
    reference = load_reference([path])
    text = "Afghanistan counted 1,659 conflict deaths in 2021, the report said."
    [finding] = check_article(Article(id="x", text=text, date=dt.date(2022, 3, 1), locale="en"),
                              reference).findings
    assert (finding.claim.measure, finding.verdict.value) == ("conflict_deaths", "supported")


def test_add_refuses_a_new_measure_without_phrases_and_writes_nothing(tmp_path, capsys):
    path = _tidy(tmp_path / "mine")
    status = main(["reference", "add", str(path), "--measure", "conflict_deaths",
                   "--subject-column", "country", "--time-column", "year",
                   "--value-column", "deaths", "--publisher", "P", "--url", "https://x.org"])
    assert status == 2 and "--phrase" in capsys.readouterr().err
    assert not (tmp_path / "mine" / "datapackage.json").exists()


def test_add_names_a_missing_column(tmp_path, capsys):
    path = _tidy(tmp_path / "mine")
    status = main(["reference", "add", str(path), "--measure", "population",
                   "--subject-column", "nation", "--time-column", "year",
                   "--value-column", "deaths", "--publisher", "P", "--url", "https://x.org"])
    err = capsys.readouterr().err
    assert status == 2 and "'nation'" in err and "country, year, deaths" in err


def test_add_checks_rows_before_writing(tmp_path, capsys):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "t.csv").write_text("country,year,deaths\nSYR,2016,many\nNARNIA,2016,5\n")
    status = main(["reference", "add", str(folder / "t.csv"), "--measure", "deaths",
                   "--subject-column", "country", "--time-column", "year",
                   "--value-column", "deaths", "--publisher", "P", "--url", "https://x.org"])
    err = capsys.readouterr().err
    assert status == 2 and "t.csv, row 2, column 'deaths'" in err
    assert "t.csv, row 3, column 'country': unknown subject 'NARNIA'" in err
    assert not (folder / "datapackage.json").exists()


def test_check_reports_every_problem_with_file_row_and_column(tmp_path, capsys):
    folder = make_dataset(tmp_path / "rolls", rolls=(
        "District Code,Roll year,Electors\nIN-PUN,2023,lots\nIN-XXX,2023,5\nIN-NSK,2023,7\n"))
    descriptor = json.loads((folder / "datapackage.json").read_text())
    descriptor["factcheck"]["measures"].append({"id": "turnout", "label": "turnout",
                                                "kind": "share", "phrases": []})
    descriptor["resources"].append({"name": "ranges", "path": "ranges.csv", "factcheck": {
        "role": "facts", "measure": "registered_voters", "publisher": "P", "url": "https://x",
        "columns": {"subject": "code", "time": "year", "low": "min", "high": "max"}}})
    (folder / "ranges.csv").write_text("code,year,min,max\nIN-PUN,2022,9,3\n")
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    assert main(["reference", "check", str(folder), "--no-frictionless"]) == 2
    err = capsys.readouterr().err
    assert "rolls.csv, row 2, column 'Electors': 'lots' is not a decimal number" in err
    assert "rolls.csv, row 3, column 'District Code': unknown subject 'IN-XXX'" in err
    assert "ranges.csv, row 2, column 'min': low is greater than high" in err
    assert "column 'factcheck.measures[2]': measure 'turnout' has no phrases" in err
    assert "4 problems" in err


def test_check_uses_frictionless(tmp_path, capsys):
    # frictionless is in the test extra: the Table Schema checks run here, never skipped.
    import frictionless  # noqa: F401
    folder = make_dataset(tmp_path / "rolls")
    descriptor = json.loads((folder / "datapackage.json").read_text())
    descriptor["resources"][1]["schema"] = {"fields": [
        {"name": "District Code", "type": "string"}, {"name": "Roll year", "type": "year"},
        {"name": "Electors", "type": "integer", "constraints": {"minimum": 0}}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    (folder / "rolls.csv").write_text("District Code,Roll year,Electors\nIN-PUN,2023,-5\n")
    assert main(["reference", "check", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "rolls.csv, row 2, column 'Electors'" in err and "frictionless" in err


def test_bundled_reference_is_valid(capsys):
    assert main(["reference", "check", "--no-frictionless"]) == 0
    assert "valid" in capsys.readouterr().out


def test_bundled_reference_is_a_valid_data_package():
    from factcheck.reference import bundled_reference_dir
    from factcheck.reference_cli import _frictionless_problems
    assert _frictionless_problems(bundled_reference_dir() / "datapackage.json") == []


def test_list_shows_datasets_measures_years_and_publishers(tmp_path, capsys):
    folder = make_dataset(tmp_path / "rolls")
    assert main(["reference", "list", "--reference", str(folder), "--format", "json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in info["datasets"]] == ["factcheck-reference", "district-rolls"]
    voters = info["measures"]["registered_voters"]
    assert voters["source"] == "district-rolls" and voters["kind"] == "count"
    assert (voters["facts"], voters["from"], voters["to"]) == (3, "2019-01-01", "2023-01-01")
    assert voters["publishers"] == ["State Election Office"]
    assert "head count" in info["measures"]["population"]["phrases"]
    assert info["measures"]["gdp"]["unit"] == "USD"
    assert info["measures"]["displaced"]["parts"] == ["refugees", "idps"]
    assert info["subjects"]["region"] >= 2
    assert main(["reference", "list"]) == 0
    out = capsys.readouterr().out
    assert "gdp (money USD flow)" in out and "World Bank" in out
    assert "sum of: refugees + idps" in out
