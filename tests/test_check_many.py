"""`check` on many files, globs and standard input; `-` for standard output; the flat table."""

import csv
import io
import json
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import ROOT, SEED
from factcheck.cli import main


def run(argv, capsys):
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


WRONG = ("---\ntitle: Syria toll\ndate: 2016-10-18\nlocale: en_US\n---\n# Syria toll\n\n"
         "More than 900,000 people have died in the Syrian civil war.\n")


@pytest.fixture
def drafts(tmp_path):
    folder = tmp_path / "drafts" / "deep"
    folder.mkdir(parents=True)
    (folder / "wrong.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "drafts" / "seed.md").write_text(SEED.read_text(encoding="utf-8"),
                                                 encoding="utf-8")
    return tmp_path / "drafts"


class _Stdin:
    def __init__(self, text):
        self.buffer = io.BytesIO(text.encode("utf-8"))


def test_many_files_and_quoted_globs(drafts, capsys):
    status, out, _ = run(["check", str(drafts / "**" / "*.md")], capsys)
    assert status == 1
    assert "Syria toll" in out and "humanitarian pause" in out
    assert out.splitlines()[-1].startswith("factcheck: 2 articles, 5 claims")
    status, out, _ = run(["check", str(drafts), "--format", "json"], capsys)
    assert [r["article"]["id"] for r in json.loads(out)] == ["wrong", "000_4e7b83d0ee7698a2"]


def test_glob_matching_nothing_is_an_error(tmp_path, capsys):
    status, _, err = run(["check", str(tmp_path / "*.md")], capsys)
    assert status == 2 and "no file matches" in err


def test_fail_on(drafts, capsys):
    seed = str(drafts / "seed.md")
    assert run(["check", seed, "--quiet"], capsys)[0] == 0
    assert run(["check", seed, "--quiet", "--fail-on", "supported"], capsys)[0] == 1
    assert run(["check", str(drafts), "--quiet", "--fail-on", "never"], capsys)[0] == 0


def test_one_unreadable_article_does_not_stop_the_others(drafts, capsys):
    (drafts / "bad.txt").write_bytes(b"\xff\xfe bad")
    status, out, err = run(["check", str(drafts / "bad.txt"), str(drafts / "seed.md")], capsys)
    assert status == 2
    assert "bad.txt" in err and "UTF-8" in err
    assert "humanitarian pause" in out


def test_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", _Stdin(SEED.read_text(encoding="utf-8")))
    status, out, _ = run(["check", "-", "--format", "json"], capsys)
    assert status == 0 and json.loads(out)["summary"]["claims"] == 4


def test_baseline_accepts_in_check(drafts, tmp_path, capsys):
    baseline = tmp_path / "baseline.json"
    run(["validate", str(drafts), "--jobs", "1", "--quiet", "--write-baseline", str(baseline)],
        capsys)
    status, out, _ = run(["check", str(drafts), "--baseline", str(baseline), "--verbose"], capsys)
    assert status == 0
    assert f"accepted (baseline {baseline}): accepted in baseline" in out


@pytest.mark.parametrize("option", ["--sarif", "--junit", "--csv", "--write-baseline"])
def test_dash_is_standard_output_and_never_a_file(drafts, tmp_path, monkeypatch, capsys, option):
    monkeypatch.chdir(tmp_path)
    status, out, err = run(["validate", str(drafts), "--jobs", "1", "--quiet", option, "-"],
                           capsys)
    assert not (tmp_path / "-").exists()
    if option == "--junit":
        assert ET.fromstring(out).tag == "testsuites"
    elif option == "--csv":
        assert next(csv.reader(io.StringIO(out)))[0] == "article"
    else:
        json.loads(out)
    assert "failing" in err  # the summary line moved to stderr, stdout stays parseable


def test_dash_for_check_output_and_only_one_stdout(drafts, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(["check", str(drafts / "seed.md"), "-o", "-", "--format", "json"],
                         capsys)
    assert json.loads(out)["summary"]["claims"] == 4 and not (tmp_path / "-").exists()
    status, _, err = run(["validate", str(drafts), "--sarif", "-", "--junit", "-"], capsys)
    assert status == 2 and "only one output" in err
    status, _, err = run(["validate", str(drafts), "--out", "-"], capsys)
    assert status == 2 and "folder" in err
    status, _, err = run(["validate", str(drafts), "--format", "github", "--sarif", "-"], capsys)
    assert status == 2 and "workflow commands" in err


def test_csv_table(drafts, tmp_path, capsys):
    target = tmp_path / "findings.csv"
    run(["validate", str(drafts), "--jobs", "1", "--quiet", "--csv", str(target)], capsys)
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert list(rows[0]) == ["article", "source", "line", "column", "claim", "value", "bound",
                             "measure", "subject", "time", "verdict", "reason",
                             "reference_value", "sources", "accepted", "explanation",
                             "fingerprint"]
    deaths = next(r for r in rows if r["article"] == "000_4e7b83d0ee7698a2" and r["measure"] == "deaths")
    assert (deaths["claim"], deaths["value"], deaths["bound"], deaths["subject"],
            deaths["verdict"], deaths["line"]) == ("More than 3,00,000", "300000", "lower",
                                                   "syrian-civil-war", "supported", "13")
    assert deaths["time"] == "2016-10-18" and deaths["reference_value"]
    assert deaths["sources"].startswith("http") and len(deaths["fingerprint"]) == 64
    wrong = next(r for r in rows if r["article"] == "wrong")
    assert wrong["verdict"] == "contradicted" and wrong["value"] == "900000"
    # check writes the same table
    run(["check", str(drafts), "--quiet", "--csv", str(tmp_path / "check.csv")], capsys)
    assert (tmp_path / "check.csv").read_text(encoding="utf-8") == target.read_text(encoding="utf-8")


def test_csv_on_stdout_stays_a_table(drafts, capsys):
    status, out, err = run(["check", str(drafts), "--quiet", "--csv", "-"], capsys)
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][0] == "article" and all(len(r) == len(rows[0]) for r in rows)
    assert err.startswith("factcheck: 2 articles")
    status, _, err = run(["check", str(drafts), "--csv", "-"], capsys)
    assert status == 2 and "standard output" in err


def test_csv_cells_never_run_as_formulas(tmp_path, capsys):
    from factcheck.writers.table import _cell
    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell("-5") == "-5"
    assert _cell("@SUM") == "'@SUM" and _cell(None) == ""


def test_parquet(drafts, tmp_path, capsys):
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "findings.parquet"
    run(["validate", str(drafts), "--jobs", "1", "--quiet", "--parquet", str(target)], capsys)
    table = pq.read_table(target).to_pylist()
    assert {r["verdict"] for r in table} >= {"contradicted", "supported"}


def test_parquet_without_pyarrow_says_what_to_install(drafts, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    status, _, err = run(["check", str(drafts), "--parquet", "x.parquet"], capsys)
    assert status == 2 and "numeric-factcheck[parquet]" in err


def test_a_checker_failure_is_an_error_for_that_article_only(drafts, monkeypatch, capsys):
    import factcheck.api
    real = factcheck.api.check_article

    def flaky(article, *args, **kwargs):
        if article.id == "wrong":
            raise RuntimeError("boom")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(factcheck.api, "check_article", flaky)
    status, out, err = run(["check", str(drafts)], capsys)
    assert status == 2
    assert "checker failed on" in err and "wrong.md" in err and "RuntimeError: boom" in err
    assert "humanitarian pause" in out
