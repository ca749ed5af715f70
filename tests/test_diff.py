"""`factcheck diff`: claims matched by what they say, the three kinds of change, exit status."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.diff import ClaimKey, compare, load_run
from factcheck.errors import InputError
from factcheck.serialize import report_to_dict
from review_fixtures import aleppo_report

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "review"
OLD, NEW = FIXTURES / "old", FIXTURES / "new"


def summary(changes) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.key.article, c.key.text, c.old.verdict.value if c.old else None,
             c.new.verdict.value if c.new else None) for c in changes]


def write(path: Path, data) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), "utf-8")
    return path


def with_verdicts(**verdicts) -> dict:
    """The Aleppo report with some verdicts changed, keyed by measure."""
    data = copy.deepcopy(report_to_dict(aleppo_report()))
    for f in data["findings"]:
        f["verdict"] = verdicts.get(f["claim"]["measure"], f["verdict"])
    return data


def test_fixture_runs_compare_as_expected():
    d = compare(load_run(OLD), load_run(NEW))
    assert summary(d.appeared) == [
        ("aleppo-pause-2016", "eight-hour-long", "supported", "contradicted"),
        ("aleppo-pause-2016", "about 18 million", "unverifiable", "imprecise"),
        ("late-story", "4.8 million", None, "imprecise"),
    ]
    assert summary(d.resolved) == [
        ("aleppo-pause-2016", "Fewer than 2,00,000", "contradicted", "supported"),
        ("withdrawn-story", "Fewer than 2,00,000", "contradicted", None),
    ]
    assert d.changed == []
    assert d.articles_added == ["late-story"] and d.articles_removed == ["withdrawn-story"]
    assert summary(d.regressions("contradicted")) == [
        ("aleppo-pause-2016", "eight-hour-long", "supported", "contradicted")]
    assert len(d.regressions("imprecise")) == 3


def test_moved_offsets_change_nothing():
    """The fixture's new run shifts every offset; the unchanged claim is not reported."""
    d = compare(load_run(OLD), load_run(NEW))
    everything = d.appeared + d.resolved + d.changed
    assert not any(c.key.text == "4.8 million" and c.key.article == "aleppo-pause-2016"
                   for c in everything)


def test_same_run_has_no_changes_and_exits_0(capsys):
    assert main(["diff", str(OLD), str(OLD)]) == 0
    out = capsys.readouterr().out
    assert "New discrepancies (0)" in out and "OK: no claim is newly contradicted." in out


def test_new_contradiction_exits_1(capsys):
    assert main(["diff", str(OLD), str(NEW)]) == 1
    out = capsys.readouterr().out
    assert "+ aleppo-pause-2016: “eight-hour-long” duration / aleppo-pause-2016-10" in out
    assert "[supported → contradicted]" in out
    assert "FAIL: 1 claim newly contradicted." in out


@pytest.mark.parametrize("old, new, fail_on, status", [
    ({}, {"refugees": "contradicted"}, "contradicted", 1),   # imprecise -> contradicted
    ({}, {"population": "imprecise"}, "contradicted", 0),    # a new imprecise claim only
    ({}, {"population": "imprecise"}, "imprecise", 1),
    ({}, {"duration": "unverifiable"}, "imprecise", 0),      # worse, but not a discrepancy
    ({"duration": "contradicted"}, {"duration": "imprecise"}, "imprecise", 0),  # got better
    ({}, {"deaths": "supported"}, "imprecise", 0),           # resolved
], ids=["worse-to-contradicted", "new-imprecise", "new-imprecise-fails-on-imprecise",
        "unverifiable", "better", "resolved"])
def test_exit_status(tmp_path, old, new, fail_on, status):
    a = write(tmp_path / "old" / "aleppo.json", with_verdicts(**old))
    b = write(tmp_path / "new" / "aleppo.json", with_verdicts(**new))
    assert main(["diff", str(a), str(b), "--fail-on", fail_on, "--format", "json"]) == status


def test_changed_verdicts_between_discrepancies(tmp_path):
    a = write(tmp_path / "a.json", with_verdicts())
    b = write(tmp_path / "b.json", with_verdicts(refugees="contradicted"))
    d = compare(load_run(a), load_run(b))
    assert summary(d.changed) == [("aleppo-pause-2016", "4.8 million", "imprecise", "contradicted")]
    assert summary(d.appeared) == [] and summary(d.resolved) == []


def test_supported_to_unverifiable_is_a_changed_verdict(tmp_path):
    a = write(tmp_path / "a.json", with_verdicts())
    b = write(tmp_path / "b.json", with_verdicts(duration="unverifiable"))
    assert summary(compare(load_run(a), load_run(b)).changed) == [
        ("aleppo-pause-2016", "eight-hour-long", "supported", "unverifiable")]


def test_repeated_claims_are_told_apart_by_occurrence(tmp_path):
    data = with_verdicts()
    twin = copy.deepcopy(data["findings"][1])
    twin["claim"]["mention"]["start"] += 1000
    twin["verdict"] = "supported"
    data["findings"].append(twin)
    run = load_run(write(tmp_path / "r.json", data))
    keys = [k for k in run.claims if k.text == "Fewer than 2,00,000"]
    assert sorted(k.occurrence for k in keys) == [0, 1]
    assert run.claims[ClaimKey("aleppo-pause-2016", "Fewer than 2,00,000", "deaths",
                               "syrian-civil-war", 1)].verdict.value == "supported"


def test_inputs_folder_summary_single_report_and_list(tmp_path):
    by_folder = load_run(OLD)
    by_summary = load_run(OLD / "summary.json")
    assert by_folder.claims == by_summary.claims
    single = load_run(OLD / "aleppo-pause-2016.json")
    assert set(single.articles) == {"aleppo-pause-2016"}
    listed = write(tmp_path / "list.json", [with_verdicts(), report_to_dict(aleppo_report())])
    assert len(load_run(listed).claims) == 4


def test_json_format(capsys):
    assert main(["diff", str(OLD), str(NEW), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["failed"] is True and data["fail_on"] == "contradicted"
    assert [c["claim"] for c in data["new_discrepancies"]] == \
        ["eight-hour-long", "about 18 million", "4.8 million"]
    assert data["resolved"][1] == {
        "article": "withdrawn-story", "claim": "Fewer than 2,00,000", "measure": "deaths",
        "subject": "syrian-civil-war", "occurrence": 0, "old": "contradicted", "new": None,
        "explanation": "At most 200,000 claimed; the UN envoy estimated 400,000 deaths by "
                       "April 2016."}
    assert data["articles_added"] == ["late-story"]


def test_markdown_format(capsys):
    main(["diff", str(OLD), str(NEW), "--format", "md"])
    out = capsys.readouterr().out
    assert out.startswith("# Fact-check changes")
    assert "## New discrepancies (3)" in out and "## Changed verdicts (0)" in out
    assert ("| aleppo-pause-2016 | “eight-hour-long” | duration | aleppo-pause-2016-10 | "
            "supported → contradicted | The pause was lengthened to eleven hours. |") in out


def test_markdown_escapes_hostile_text(tmp_path, capsys):
    data = with_verdicts()
    data["article"]["id"] = "a|<script>"
    data["findings"][1]["explanation"] = "x | y <img src=x onerror=alert(1)>"
    a = write(tmp_path / "old.json", with_verdicts())
    b = write(tmp_path / "new.json", data)
    main(["diff", str(a), str(b), "--format", "md"])
    out = capsys.readouterr().out
    assert not re.search(r"(?<!\\)<(script|img)", out)
    assert r"a\|\<script\>" in out


@pytest.mark.parametrize("setup, message", [
    (lambda d: d / "missing", "missing: no such file or folder"),
    (lambda d: FIXTURES / "broken.json", "broken.json, line 2: invalid JSON"),
    (lambda d: write(d / "x.json", {"hello": 1}), "x.json: not a factcheck report"),
    (lambda d: write(d / "x.json", [report_to_dict(aleppo_report()), 3]),
     "x.json (item 2): not a factcheck report"),
    (lambda d: (d / "empty").mkdir() or d / "empty", "empty: holds no report JSON files"),
    (lambda d: write(d / "v.json", {**with_verdicts(), "findings": [
        {**with_verdicts()["findings"][0], "verdict": "wrong"}]}), "unknown verdict 'wrong'"),
    (lambda d: write(d / "run" / "summary.json", {}).parent, "run: holds no report JSON files"),
], ids=["missing", "invalid-json", "not-a-report", "list-item", "empty-folder",
        "unknown-verdict", "no-reports-beside-summary"])
def test_bad_input_exits_2_naming_the_file(tmp_path, capsys, setup, message):
    bad = setup(tmp_path)
    assert main(["diff", str(OLD), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("factcheck: error: ") and message in err


def test_load_run_raises_input_error(tmp_path):
    with pytest.raises(InputError):
        load_run(tmp_path / "nothing")


def test_help_explains_inputs_and_exit_status(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["diff", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "--fail-on" in out and "summary.json" in out and "Exit status" in out
