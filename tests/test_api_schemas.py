"""The Python API, and JSON Schemas that every JSON output validates against."""

import copy
import json
from importlib import resources

import pytest

import factcheck
from conftest import SEED
from factcheck.cli import main

jsonschema = pytest.importorskip("jsonschema")

WRONG = ("---\ntitle: Syria toll\ndate: 2016-10-18\nlocale: en_US\n---\n# Syria toll\n\n"
         "<!-- factcheck: accept duration \"reviewed\" -->\n"
         "More than 900,000 people have died in the six-year-long Syrian civil war.\n")


def schema(name: str) -> dict:
    return json.loads(resources.files("factcheck").joinpath("schemas", f"{name}.schema.json")
                      .read_text(encoding="utf-8"))


def strict(node):
    """The schema with every declared object closed: an output field the schema does not declare
    fails, so the schema is kept current with the outputs (the published one stays open)."""
    node = copy.deepcopy(node)
    def close(n):
        if isinstance(n, dict):
            if "properties" in n and "additionalProperties" not in n:
                n["additionalProperties"] = False
            for v in n.values():
                close(v)
        elif isinstance(n, list):
            for v in n:
                close(v)
    close(node)
    return node


def validate(data, name):
    s = strict(schema(name))
    jsonschema.Draft202012Validator.check_schema(s)
    jsonschema.Draft202012Validator(s).validate(data)


# ---- the API ----------------------------------------------------------------------------------

def test_check_text():
    report = factcheck.check_text("More than 3,00,000 people have died in the Syrian civil war.",
                                  date="2016-10-18", locale="en_IN")
    assert isinstance(report, factcheck.Report)
    finding, = report.findings
    assert isinstance(finding, factcheck.Finding)
    assert finding.verdict is factcheck.Verdict.SUPPORTED
    assert finding.claim.mention.value == 300000 and finding.claim.bound is factcheck.Bound.LOWER
    assert finding.evidence and finding.evidence[0].facts[0].url.startswith("http")


def test_check_text_markdown_and_check_file(tmp_path):
    report = factcheck.check_text(WRONG, markdown=True)
    assert report.article.title == "Syria toll" and str(report.article.date) == "2016-10-18"
    verdicts = {f.claim.measure: (f.verdict.value, f.accepted) for f in report.findings}
    assert verdicts["deaths"] == ("contradicted", None)
    assert verdicts["duration"][1].reason == "reviewed"
    path = tmp_path / "story.md"
    path.write_text(WRONG, encoding="utf-8")
    assert factcheck.check_file(path).counts() == report.counts()
    with pytest.raises(factcheck.InputError, match="nope.md"):
        factcheck.check_file(tmp_path / "nope.md")


def test_own_reference_and_tolerances():
    reference = factcheck.load_reference()
    text = "About 4,00,000 people have died in the Syrian civil war."
    default = factcheck.check_text(text, date="2016-10-18", locale="en_IN", reference=reference)
    tight = factcheck.check_text(text, date="2016-10-18", locale="en_IN", reference=reference,
                                 tolerances=factcheck.Tolerances.parse("approx=0.0001"))
    assert default.findings[0].tolerance != tight.findings[0].tolerance  # the tolerance applied


def test_api_names_are_documented():
    for name in factcheck.__all__:
        obj = getattr(factcheck, name)
        assert name == "__version__" or obj.__doc__, name


# ---- schemas ----------------------------------------------------------------------------------

def test_check_json_validates(tmp_path, capsys):
    path = tmp_path / "story.md"
    path.write_text(WRONG, encoding="utf-8")
    main(["check", str(SEED), str(path), "--format", "json"])
    reports = json.loads(capsys.readouterr().out)
    assert len(reports) == 2
    for report in reports:
        validate(report, "report")
    validate(factcheck.report_to_dict(factcheck.check_text("Five people died.")), "report")


def test_run_outputs_validate(tmp_path, capsys):
    from conftest import ROOT
    path = tmp_path / "story.md"
    path.write_text(WRONG, encoding="utf-8")
    out, baseline = tmp_path / "out", tmp_path / "baseline.json"
    (tmp_path / "bad.md").write_bytes(b"\xff")
    main(["validate", str(ROOT / "seeds"), str(path), str(tmp_path / "bad.md"), "--out", str(out),
          "--jobs", "1", "--quiet", "--write-baseline", str(baseline), "--fail-on", "never"])
    capsys.readouterr()
    reports = [p for p in out.glob("*.json") if p.name != "summary.json"]
    assert len(reports) == 18
    for report in reports:
        validate(json.loads(report.read_text(encoding="utf-8")), "report")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["errors"] and summary["articles"]
    validate(summary, "summary")
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert any(e["verdict"] == "error" for e in data["findings"])
    validate(data, "baseline")
    main(["validate", str(path), "--out", str(out), "--jobs", "1", "--quiet", "--baseline",
          str(baseline)])
    capsys.readouterr()
    validate(json.loads((out / "summary.json").read_text(encoding="utf-8")), "summary")


def test_schemas_reject_what_they_should():
    report = factcheck.report_to_dict(factcheck.check_text(WRONG, markdown=True))
    validate(report, "report")
    bad = copy.deepcopy(report)
    bad["findings"][0]["verdict"] = "probably"
    with pytest.raises(jsonschema.ValidationError):
        validate(bad, "report")
    bad = copy.deepcopy(report)
    bad["findings"][0]["claim"]["mention"]["value"] = 1.5  # decimals are exact strings
    with pytest.raises(jsonschema.ValidationError):
        validate(bad, "report")
