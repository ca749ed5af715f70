"""Datasets a user brings: measures and subjects declared as data, columns mapped, no code."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.api import check_article
from factcheck.errors import ReferenceDataError
from factcheck.model import Article
from factcheck.reference import load_reference

ROOT = Path(__file__).resolve().parents[1]

# The subjects resource both user datasets below share: districts with their country.
DISTRICTS_RESOURCE = {
    "name": "districts", "path": "districts.csv",
    "factcheck": {"role": "subjects", "type": "region",
                  "columns": {"id": "code", "name": "district", "aliases": "other names",
                              "parent": "country"}}}


DESCRIPTOR = {
    "name": "district-rolls",
    "title": "District electoral rolls",
    "licenses": [{"name": "CC-BY-4.0"}],
    "factcheck": {"measures": [
        {"id": "registered_voters", "label": "people on a district's electoral roll",
         "kind": "count", "type": "stock", "phrases": ["registered voters", "electors on the rolls"]},
        {"id": "population", "phrases": ["head count"]},
    ]},
    "resources": [
        DISTRICTS_RESOURCE,
        {"name": "rolls", "path": "rolls.csv",
         "factcheck": {"role": "facts", "measure": "registered_voters",
                       "publisher": "State Election Office", "url": "https://example.org/rolls",
                       "year_as_of": "01-01",
                       "columns": {"subject": "District Code", "time": "Roll year",
                                   "value": "Electors"}}},
        {"name": "census", "path": "census.csv",
         "factcheck": {"role": "facts", "measure": "population",
                       "publisher": "District census office", "url": "https://example.org/census",
                       "columns": {"subject": "code", "time": "date", "value": "people"}}},
    ],
}
ARTICLE = ("Pune has 8.4 million registered voters this year, officials said. Nashik district "
           "has 9 million registered voters, the office claimed. Pune's head count is 10.5 "
           "million.")


def make_dataset(folder: Path, descriptor=None, rolls=None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "datapackage.json").write_text(json.dumps(descriptor or DESCRIPTOR, indent=2))
    (folder / "districts.csv").write_text(
        "code,district,other names,country\nIN-PUN,Pune district,Pune,IND\n"
        "IN-NSK,Nashik district,Nashik,IND\n")
    (folder / "rolls.csv").write_text(rolls or (
        "District Code,Roll year,Electors\nIN-PUN,2023,8400000\nIN-NSK,2023,4900000\n"
        "IN-PUN,2019,7700000\n"))
    (folder / "census.csv").write_text("code,date,people\nIN-PUN,2023-03-01,10500000\n")
    return folder


@pytest.fixture
def rolls(tmp_path):
    return make_dataset(tmp_path / "newsroom" / "rolls")


def test_new_measure_and_subjects_from_a_folder_check_an_article(rolls):
    reference = load_reference([rolls])
    report = check_article(Article(id="a", text=ARTICLE, date=dt.date(2024, 2, 10)), reference)
    found = [(f.claim.measure, f.claim.subject, f.verdict.value) for f in report.findings]
    assert found == [("registered_voters", "IN-PUN", "supported"),
                     ("registered_voters", "IN-NSK", "contradicted"),
                     ("population", "IN-PUN", "supported")]
    # A year is dated by the resource's year_as_of: the 2019 roll is not the one in force.
    [fact] = report.findings[0].evidence[0].facts
    assert fact.as_of == dt.date(2023, 1, 1) and fact.value == 8400000


def test_measures_of_a_run_are_only_those_of_its_datasets(rolls):
    load_reference([rolls])
    report = check_article(Article(id="a", text=ARTICLE, date=dt.date(2024, 2, 10)),
                           load_reference())
    assert "registered_voters" not in {f.claim.measure for f in report.findings}


def test_the_command_line_checks_against_a_dataset_folder(rolls):
    article = rolls.parent / "story.txt"
    article.write_text(ARTICLE)
    done = subprocess.run([sys.executable, "-m", "factcheck.cli", "check", str(article),
                           "--date", "2024-02-10", "--reference", str(rolls / "rolls.csv"),
                           "--format", "json"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1, done.stderr  # one contradicted claim
    verdicts = [f["verdict"] for f in json.loads(done.stdout)["findings"]]
    assert verdicts == ["supported", "contradicted", "supported"]


@pytest.mark.parametrize("rolls_csv,column,problem", [
    ("District Code,Roll year,Electors\nIN-PUN,2023,lots\n", "Electors", "not a decimal"),
    ("District Code,Roll year,Electors\nIN-PUN,20x3,5\n", "Roll year", "neither a year"),
    ("District Code,Roll year,Electors\nIN-XXX,2023,5\n", "District Code", "not defined"),
])
def test_mapped_file_errors_name_file_row_and_its_own_column(tmp_path, rolls_csv, column,
                                                             problem):
    folder = make_dataset(tmp_path / "bad", rolls=rolls_csv)
    with pytest.raises(ReferenceDataError) as caught:
        load_reference([folder])
    error = caught.value
    assert error.path.endswith("rolls.csv") and error.row == 2 and error.column == column
    assert problem in str(error)


def test_descriptor_errors_name_the_property(tmp_path):
    descriptor = json.loads(json.dumps(DESCRIPTOR))
    descriptor["factcheck"]["measures"][0]["kind"] = "vibes"
    folder = make_dataset(tmp_path / "bad", descriptor)
    with pytest.raises(ReferenceDataError) as caught:
        load_reference([folder])
    assert caught.value.column == "factcheck.measures[0].kind"
    (folder / "datapackage.json").write_text('{"name": "x",\n "resources": [}')
    with pytest.raises(ReferenceDataError) as caught:
        load_reference([folder])
    assert caught.value.row == 2 and "invalid JSON" in str(caught.value)


def test_bundled_reference_declares_gdp_and_keeps_its_measures(reference):
    assert "gdp" in {m.id for m in reference.measures}
    assert reference.facts_for("SYR", "population")


def test_corpus_workers_read_the_dataset_store_and_its_measures(tmp_path):
    from factcheck.cli import main
    rolls = make_dataset(tmp_path / "rolls")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(4):
        (corpus / f"story{n}.md").write_text(f"---\ndate: 2024-02-10\n---\n{ARTICLE}\n")
    out = tmp_path / "out"
    status = main(["validate", str(corpus), "--reference", str(rolls), "--out", str(out),
                   "--jobs", "2", "--quiet"])
    assert status == 1  # the Nashik figure is contradicted in every story
    for n in range(4):
        report = json.loads((out / f"story{n}.json").read_text())
        assert [f["claim"]["measure"] for f in report["findings"]] == [
            "registered_voters", "registered_voters", "population"]


def test_a_file_not_in_utf8_names_its_line(tmp_path):
    folder = tmp_path / "latin"
    (folder / "facts").mkdir(parents=True)
    (folder / "facts" / "old.csv").write_bytes(
        b"id,subject,measure,value,low,high,unit,as_of,publisher,url,notes\n"
        b"x,SYR,deaths,5,,,,2016-01-01,P,https://x,ok\n"
        b"y,SYR,deaths,6,,,,2016-01-02,P,https://x,caf\xe9\n")
    with pytest.raises(ReferenceDataError) as caught:
        load_reference([folder])
    assert caught.value.path.endswith("old.csv") and caught.value.row == 3
    assert "UTF-8" in str(caught.value)


# A dataset that declares a measure as the sum of two of its own: enrolment, from the girls and
# boys a district's schools count. Only the parts have rows.
ENROLMENT = {
    "name": "district-schools",
    "factcheck": {"measures": [
        {"id": "girls_enrolled", "label": "girls enrolled in school", "kind": "count",
         "type": "stock", "phrases": ["girls enrolled"]},
        {"id": "boys_enrolled", "label": "boys enrolled in school", "kind": "count",
         "type": "stock", "phrases": ["boys enrolled"]},
        {"id": "pupils_enrolled", "label": "children enrolled in school", "kind": "count",
         "type": "stock", "phrases": ["pupils enrolled", "children enrolled"],
         "parts": ["girls_enrolled", "boys_enrolled"]},
    ]},
    "resources": [
        DISTRICTS_RESOURCE,
        {"name": "enrolment", "path": "enrolment.csv",
         "factcheck": {"role": "facts", "publisher": "District education office",
                       "url": "https://example.org/schools",
                       "columns": {"subject": "code", "measure": "who", "time": "year",
                                   "value": "children"}}},
    ],
}


def make_schools(folder: Path, rows: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "datapackage.json").write_text(json.dumps(ENROLMENT, indent=2))
    (folder / "districts.csv").write_text(
        "code,district,other names,country\nIN-PUN,Pune district,Pune,IND\n"
        "IN-NSK,Nashik district,Nashik,IND\n")
    (folder / "enrolment.csv").write_text("code,who,year,children\n" + rows)
    return folder


SCHOOL_ROWS = ("IN-PUN,girls_enrolled,2022,610000\nIN-PUN,boys_enrolled,2022,640000\n"
               "IN-PUN,girls_enrolled,2023,620000\nIN-PUN,boys_enrolled,2023,650000\n"
               "IN-NSK,girls_enrolled,2023,300000\n")


def test_a_measure_declared_as_the_sum_of_parts_is_checked_against_their_sum(tmp_path):
    reference = load_reference([make_schools(tmp_path / "schools", SCHOOL_ROWS)])
    assert reference.parts()["pupils_enrolled"] == ("girls_enrolled", "boys_enrolled")
    summed = reference.facts_for("IN-PUN", "pupils_enrolled")
    assert [(f.as_of.year, f.value) for f in summed] == [(2022, 1250000), (2023, 1270000)]
    assert "girls_enrolled" in summed[-1].notes and summed[-1].publisher == \
        "District education office"
    # Nashik has no count of boys: no sum, so nothing to compare with (never half of one).
    assert reference.facts_for("IN-NSK", "pupils_enrolled") == []
    text = ("Pune has 12.7 lakh children enrolled, the office said. Pune has 9 lakh children "
            "enrolled, a leaflet claimed. Nashik has 6 lakh children enrolled.")
    report = check_article(Article(id="a", text=text, date=dt.date(2024, 5, 1), locale="en_IN"),
                           reference)
    found = [(f.claim.measure, f.claim.subject, f.verdict.value) for f in report.findings]
    assert found == [("pupils_enrolled", "IN-PUN", "supported"),
                     ("pupils_enrolled", "IN-PUN", "contradicted"),
                     ("pupils_enrolled", "IN-NSK", "unverifiable")]


def test_a_measure_with_facts_of_its_own_is_not_summed(tmp_path):
    rows = SCHOOL_ROWS + "IN-PUN,pupils_enrolled,2023,1300000\n"
    reference = load_reference([make_schools(tmp_path / "schools", rows)])
    assert [f.value for f in reference.facts_for("IN-PUN", "pupils_enrolled")] == [1300000]


def test_parts_are_summed_only_at_shared_dates_in_one_unit():
    from decimal import Decimal as D

    from factcheck.model import Fact
    from factcheck.reference import combine_parts

    def fact(measure, day, value=None, low=None, high=None, publisher="P", unit=None):
        return Fact(id=f"{measure}-{day}-{publisher}", subject="X", measure=measure,
                    as_of=dt.date.fromisoformat(day), publisher=publisher, url="https://p",
                    value=value, low=low, high=high, unit=unit)

    a = [fact("a", "2020-12-31", D(10)), fact("a", "2021-12-31", D(11)),
         fact("a", "2021-12-31", D(12), publisher="Q")]
    b = [fact("b", "2021-12-31", low=D(1), high=D(3)), fact("b", "2022-12-31", D(5))]
    summed = combine_parts("X", "ab", [a, b])
    # 2020 and 2022 lack a part; 2021 gives one sum per choice of source, ranges carried.
    assert [(f.as_of.year, f.low, f.high, f.publisher) for f in summed] == [
        (2021, 12, 14, "P"), (2021, 13, 15, "Q + P")]
    assert all(f.value is None for f in summed)
    usd = [fact("a", "2021-12-31", D(1), unit="USD")]
    eur = [fact("b", "2021-12-31", D(1), unit="EUR")]
    assert combine_parts("X", "ab", [usd, eur]) == []
    assert combine_parts("X", "ab", [a, []]) == []


@pytest.mark.parametrize("parts", [["girls_enrolled"], ["pupils_enrolled", "boys_enrolled"],
                                   "girls_enrolled", ["boys_enrolled", "boys_enrolled"]])
def test_parts_that_cannot_be_a_sum_are_refused_with_the_property(tmp_path, parts):
    descriptor = json.loads(json.dumps(ENROLMENT))
    descriptor["factcheck"]["measures"][2]["parts"] = parts
    folder = make_schools(tmp_path / "schools", SCHOOL_ROWS)
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    with pytest.raises(ReferenceDataError) as caught:
        load_reference([folder])
    assert caught.value.column == "factcheck.measures[2].parts"


def test_bundled_displacement_is_declared_as_refugees_and_idps(reference):
    assert reference.parts()["displaced"] == ("refugees", "idps")
