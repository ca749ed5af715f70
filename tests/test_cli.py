"""The command line as a user meets it: outputs, exit statuses, and clear errors on bad input."""

import json
import subprocess
import sys

import pytest

from conftest import SEED
from factcheck.articles import iter_articles, read_article
from factcheck.cli import main
from factcheck.errors import InputError


def run(argv, capsys):
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_extract_jsonl_fields(capsys):
    status, out, _ = run(["extract", str(SEED)], capsys)
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    deaths = next(r for r in rows if r["text"] == "More than 3,00,000")
    assert deaths == {**deaths, "value": "300000", "kind": "count", "bound": "lower", "unit": None,
                      "low": "300000", "high": None, "style": "indian"}
    text = read_article(str(SEED)).text
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_extract_reads_stdin_and_locale(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin("It cost 300.000 euros."))
    status, out, _ = run(["extract", "-", "--locale", "de", "--format", "json"], capsys)
    assert status == 0
    assert json.loads(out)[0]["value"] == "300000"


def test_empty_input_has_no_mentions(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(""))
    assert run(["extract", "-"], capsys)[:2] == (0, "")


def test_invalid_utf8_names_file_and_offset(tmp_path, capsys):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Headline\nMore than 3,00,000 \xff people")
    status, _, err = run(["extract", str(path)], capsys)
    assert status == 2
    assert "bad.txt" in err and "line 2" in err and "byte offset 28" in err and "UTF-8" in err


def test_binary_input_is_rejected(tmp_path, capsys):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    status, _, err = run(["extract", str(path)], capsys)
    assert status == 2 and "binary" in err


def test_missing_file(capsys):
    status, _, err = run(["check", "no/such/article.md"], capsys)
    assert status == 2 and "no/such/article.md" in err


def test_bad_option_values(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(SEED), "--date", "18/10/2016"])
    assert exc.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["extract", str(SEED), "--locale", "xx_NOPE"])


def test_bad_tolerance(capsys):
    status, _, err = run(["check", str(SEED), "--tolerance", "fuzzy=1"], capsys)
    assert status == 2 and "fuzzy" in err


def test_check_json_report_and_exit_status(capsys, tmp_path):
    status, out, _ = run(["check", str(SEED), "--format", "json"], capsys)
    assert status == 0
    report = json.loads(out)
    assert report["schema_version"] == "1.0"
    assert report["summary"]["claims"] == 4
    assert report["article"]["date"] == "2016-10-18"
    # A user dataset that replaces every death toll in force (same ids) with a far lower one
    # contradicts the claim, and the exit status says so.
    extra = tmp_path / "extra"
    (extra / "facts").mkdir(parents=True)
    ids = ["syr-deaths-demistura-2016-04", "syr-deaths-scpr-2016-02", "syr-deaths-sohr-2016-09"]
    (extra / "facts" / "low.csv").write_text(
        "id,subject,measure,value,low,high,unit,as_of,publisher,url,notes\n"
        + "".join(f"{i},syrian-civil-war,deaths,1000,,,,2016-10-01,Source {n},https://example.com,\n"
                  for n, i in enumerate(ids)), encoding="utf-8")
    status, out, _ = run(["check", str(SEED), "--reference", str(extra)], capsys)
    assert status == 1, out
    assert "FAIL" in out and "More than 3,00,000" in out


def test_check_writes_output_file(tmp_path, capsys):
    target = tmp_path / "report.json"
    assert run(["check", str(SEED), "--format", "json", "-o", str(target)], capsys)[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["findings"]


def test_claims_json(capsys):
    status, out, _ = run(["claims", str(SEED), "--format", "json"], capsys)
    claims = json.loads(out)
    assert status == 0
    assert [c["measure"] for c in claims] == ["duration", "deaths", "duration", "displaced"]
    assert claims[1]["subject_text"] == "civil war"


def test_undated_article_is_noted(tmp_path, capsys):
    path = tmp_path / "undated.txt"
    path.write_text("Syria\nMore than 3,00,000 people have died in the Syrian civil war.\n",
                    encoding="utf-8")
    status, out, _ = run(["check", str(path), "--format", "json"], capsys)
    assert status == 0
    assert "no publication date" in json.loads(out)["notes"][0]


def test_html_article_offsets_point_into_extracted_text(tmp_path):
    path = tmp_path / "a.html"
    path.write_text("<html><head><title>T</title><meta name='date' content='2016-10-18'>"
                    "<script>var x = 5;</script></head><body><p>More than 3,00,000 &amp; more</p>"
                    "</body></html>", encoding="utf-8")
    article = read_article(str(path))
    assert article.title == "T" and str(article.date) == "2016-10-18"
    assert "var x" not in article.text and "3,00,000 & more" in article.text


def test_jsonl_corpus_reports_bad_lines_and_goes_on(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"id": "a", "text": "One"}\nnot json\n{"text": "no id"}\n{"id": "b", "text": "Two"}\n',
                    encoding="utf-8")
    items = list(iter_articles([str(path)]))
    assert [getattr(i, "id", None) for i in items] == ["a", None, None, "b"]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.line for e in errors] == [2, 3]


def test_help_lists_commands():
    out = subprocess.run([sys.executable, "-m", "factcheck.cli", "--help"], capture_output=True,
                         text=True, check=True).stdout
    for command in ("extract", "claims", "check"):
        assert command in out


class _Stdin:
    def __init__(self, text):
        import io
        self.buffer = io.BytesIO(text.encode("utf-8"))


@pytest.mark.parametrize("separator", ["'", "\u2019"])
def test_swiss_grouped_figure_is_checked(tmp_path, capsys, separator):
    """A Swiss-grouped population in a de_CH article becomes a claim and is checked, with either
    apostrophe, whatever babel release is installed."""
    article = tmp_path / "swiss.md"
    article.write_text("---\ntitle: Swiss population\ndate: 2023-06-01\nlocale: de_CH\n---\n"
                       f"Switzerland has a population of about 8{separator}800{separator}000 "
                       "people, the statistics office said.\n", encoding="utf-8")
    status, out, _ = run(["check", str(article), "--format", "json"], capsys)
    assert status == 0
    (finding,) = json.loads(out)["findings"]
    assert finding["claim"]["mention"]["value"] == "8800000"
    assert finding["claim"]["mention"]["style"] == "swiss"
    assert finding["claim"]["measure"] == "population"
    assert finding["claim"]["subject"] == "CHE"
    assert finding["verdict"] == "supported"
