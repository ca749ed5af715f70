"""`factcheck validate` end to end: a mixed corpus through the real checker and reference data,
and the engine's ordering, caching and failure handling with hand-made reports."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import json
import shutil
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from factcheck import corpus
from factcheck.cli import main
from factcheck.model import (Article, Claim, Evidence, Fact, Finding, Kind, Mention, Report,
                             Verdict)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "corpus"
# The imprecise band is opt-in: with it, syria-numbers.md's "20 million" (19.2 million) is
# imprecise; without it, contradicted.
IMPRECISE_BAND = ("--tolerance", "imprecise=2")
WRONG_FIGURE = "about 90 million"


def make_corpus(directory: Path) -> Path:
    """The fixture articles plus a binary, an invalid UTF-8 and an empty file."""
    shutil.copytree(FIXTURES / "articles", directory)
    (directory / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00\x08\x00" + bytes(range(256)))
    (directory / "latin1.txt").write_bytes("Caf\u00e9 prices rose 5 per cent.".encode("latin-1"))
    (directory / "empty.md").write_bytes(b"")
    return directory


def run(*argv: str) -> tuple[int, str]:
    """factcheck.cli.main with stdout captured."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["validate", *map(str, argv)])
    return status, out.getvalue()


def load_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def without_run(summary: dict) -> dict:
    """A summary without the part that varies between runs (time, cache use)."""
    return {k: v for k, v in summary.items() if k != "run"}


def cache_entries(out: Path) -> int:
    """How many results the output folder's cache holds."""
    db = sqlite3.connect(out / ".cache" / corpus.CACHE_DB)
    try:
        return db.execute("SELECT count(*) FROM results").fetchone()[0]
    finally:
        db.close()


def leftovers(out: Path) -> list[Path]:
    """Temporary files in an output folder: staged reports, or half-written run files."""
    return [p for p in out.rglob("*") if p.is_file() and (p.suffix == ".tmp"
                                                          or corpus.STAGING_DIR in p.parts)]


def position(path: Path, needle: str) -> tuple[int, int]:
    """1-based line and column of `needle` in a file."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number, line.index(needle) + 1
    raise AssertionError(f"{needle!r} not in {path}")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """One full run over the mixed corpus, with every output."""
    tmp = tmp_path_factory.mktemp("mixed")
    articles = make_corpus(tmp / "articles")
    out = tmp / "out"
    status, stdout = run(articles, "--out", out, "--junit", tmp / "junit.xml",
                         "--sarif", tmp / "run.sarif", "--claimreview", tmp / "claims",
                         *IMPRECISE_BAND, "--jobs", "1", "--quiet")
    return {"tmp": tmp, "articles": articles, "out": out, "status": status, "stdout": stdout,
            "summary": load_json(out / "summary.json")}


# ----------------------------------------------------------------------------------------------
# The mixed corpus through the command line
# ----------------------------------------------------------------------------------------------

def test_exit_status_is_1_for_a_contradicted_claim(mixed):
    assert mixed["status"] == 1
    assert f"'{WRONG_FIGURE}'" in mixed["stdout"]


def test_summary_counts_and_errors(mixed):
    s = mixed["summary"]
    c = s["counts"]
    assert (c["articles"], c["checked"], c["errors"]) == (9, 4, 5)
    assert c["claims"] == sum(c["verdicts"].values()) > 0
    assert c["verdicts"]["contradicted"] >= 1
    assert s["status"] == "failed" and s["exit_status"] == 1 and s["fail_on"] == "contradicted"
    reasons = {Path(e["source"]).name: e["reason"] for e in s["errors"]}
    assert reasons["binary.txt"] == "binary data, not text"
    assert reasons["latin1.txt"].startswith("invalid UTF-8")
    assert reasons["empty.md"] == "empty article"
    jsonl = sorted((e["line"], e["reason"]) for e in s["errors"]
                   if e["source"].endswith("corpus.jsonl"))
    assert jsonl[0][0] == 2 and jsonl[0][1].startswith("not valid JSON")
    assert jsonl[1] == (3, "duplicate id")


def test_articles_with_discrepancies_come_first(mixed):
    listed = mixed["summary"]["articles"]
    order = [(a["failing"] > 0, Verdict(a["worst"]).severity) for a in listed]
    assert order == sorted(order, reverse=True)
    wrong = next(a for a in listed if a["id"] == "aleppo-wrong-figure")
    assert wrong["worst"] == "contradicted" and wrong["failing"] >= 1
    assert listed[-1]["id"] == "syria-population-rounded" and listed[-1]["worst"] == "imprecise"


def test_one_json_report_per_checked_article(mixed):
    out = mixed["out"]
    reports = sorted(p.name for p in out.glob("*.json") if p.name != "summary.json")
    # Named from the article id: the Syria file's front matter gives it one.
    assert reports == ["000_4e7b83d0ee7698a2.json", "aleppo-wrong-figure.json",
                       "jsonl-syria-deaths.json", "syria-population-rounded.json"]
    report = load_json(out / "aleppo-wrong-figure.json")
    assert report["article"]["id"] == "aleppo-wrong-figure"
    wrong = [f for f in report["findings"] if f["claim"]["mention"]["text"] == WRONG_FIGURE]
    assert wrong and wrong[0]["verdict"] == "contradicted"
    assert len(wrong[0]["fingerprint"]) == 64
    line, col = position(mixed["articles"] / "aleppo-wrong.md", WRONG_FIGURE)
    assert wrong[0]["location"]["line"] == line and wrong[0]["location"]["column"] == col
    assert report["factcheck"]["reference_fingerprint"] == mixed["summary"]["factcheck"][
        "reference_fingerprint"]
    assert not leftovers(out)
    # A JSON Lines article points at its record's line; columns would not match the file.
    record = load_json(out / "jsonl-syria-deaths.json")
    assert record["source"]["line"] == 1 and record["findings"]
    assert {(f["location"]["line"], f["location"]["column"]) for f in record["findings"]} == {
        (1, None)}


def test_summary_markdown_is_a_pull_request_comment(mixed):
    md = (mixed["out"] / "summary.md").read_text(encoding="utf-8")
    assert md.startswith("## ❌ factcheck:")
    assert "### Articles with discrepancies" in md and "### Articles that could not be checked" in md
    assert md.index("aleppo-wrong-figure") < md.index("syria-population-rounded")
    assert "empty article" in md and "duplicate id" in md


def test_junit_parses_back(mixed):
    root = ET.parse(mixed["tmp"] / "junit.xml").getroot()
    assert root.tag == "testsuites"
    cases = root.findall("./testsuite/testcase")
    failures = root.findall("./testsuite/testcase/failure")
    errors = root.findall("./testsuite/testcase/error")
    c = mixed["summary"]["counts"]
    assert int(root.get("tests")) == len(cases) == c["claims"] + c["errors"]
    assert int(root.get("failures")) == len(failures) == c["failing_findings"]
    assert int(root.get("errors")) == len(errors) == 5
    assert {f.get("type") for f in failures} == {"contradicted"}
    wrong = [case for case in cases if WRONG_FIGURE in case.get("name")]
    assert wrong and wrong[0].find("failure") is not None
    assert wrong[0].get("classname") == "aleppo-wrong-figure"
    assert {e.get("message") for e in errors} >= {"empty article", "duplicate id",
                                                  "binary data, not text"}


def test_sarif_structure(mixed):
    log = load_json(mixed["tmp"] / "run.sarif")
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    run_ = log["runs"][0]
    assert run_["tool"]["driver"]["name"] == "factcheck"
    # The command is factcheck; the distribution on the package index is numeric-factcheck.
    assert run_["tool"]["driver"]["informationUri"] == "https://pypi.org/project/numeric-factcheck/"
    assert run_["columnKind"] == "unicodeCodePoints"
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    results = run_["results"]
    assert results and all(r["ruleId"] in rule_ids for r in results)
    assert all(len(r["partialFingerprints"]["factcheckFinding/v1"]) == 64 for r in results)
    fingerprints = [r["partialFingerprints"]["factcheckFinding/v1"] for r in results]
    assert len(set(fingerprints)) == len(fingerprints)
    wrong = [r for r in results if r["locations"][0]["physicalLocation"]["region"]["snippet"][
        "text"] == WRONG_FIGURE]
    assert wrong and wrong[0]["level"] == "error"
    location = wrong[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("aleppo-wrong.md")
    line, col = position(mixed["articles"] / "aleppo-wrong.md", WRONG_FIGURE)
    assert (location["region"]["startLine"], location["region"]["startColumn"]) == (line, col)
    assert location["region"]["endColumn"] == col + len(WRONG_FIGURE)
    notes = run_["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 5 and all(n["level"] == "error" for n in notes)


def test_claimreview_per_checked_claim(mixed):
    files = sorted((mixed["tmp"] / "claims").glob("*.jsonld"))
    assert len(files) == mixed["summary"]["counts"]["claims"]
    wrong = [load_json(p) for p in files if p.name.startswith("aleppo-wrong-figure-")]
    review = next(r for r in wrong if r["reviewRating"]["alternateName"] == "contradicted"
                  and WRONG_FIGURE in r["claimReviewed"])
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["author"]["name"] == "numeric-factcheck"
    assert WRONG_FIGURE in review["claimReviewed"]
    assert review["reviewRating"]["ratingValue"] == review["reviewRating"]["worstRating"] == 1
    appearance = review["itemReviewed"]["appearance"]
    assert appearance["url"] == "https://example.org/news/aleppo-wrong-figure"
    assert appearance["datePublished"] == "2016-10-18"


def test_github_annotations(tmp_path):
    articles = make_corpus(tmp_path / "articles")
    status, stdout = run(articles, "--format", "github", *IMPRECISE_BAND, "-j", "1", "-q")
    assert status == 1
    lines = stdout.splitlines()
    assert all(line.startswith(("::error ", "::warning ")) for line in lines)
    line, col = position(articles / "aleppo-wrong.md", WRONG_FIGURE)
    assert any(l.startswith(f"::error file={articles / 'aleppo-wrong.md'},line={line},col={col},")
               and "contradicted" in l for l in lines)
    line, col = position(articles / "syria-numbers.md", "20 million")
    assert any(l.startswith(f"::warning file={articles / 'syria-numbers.md'},line={line},col={col},")
               and "imprecise" in l for l in lines)
    assert any(l.startswith("::error file=") and "empty article" in l for l in lines)


@pytest.mark.parametrize("fail_on, status", [("never", 0), ("contradicted", 0), ("imprecise", 1),
                                             ("unverifiable", 1), ("supported", 1)])
def test_fail_on_follows_verdict_severity(tmp_path, fail_on, status):
    # One supported and one imprecise claim; unverifiable ranks below imprecise.
    got, _ = run(FIXTURES / "articles" / "syria-numbers.md", "--fail-on", fail_on,
                 *IMPRECISE_BAND, "-q", "-j", "1")
    assert got == status


def test_bad_reference_data_exits_2(tmp_path, capsys):
    status, _ = run(FIXTURES / "articles", "--reference", FIXTURES / "bad-reference", "-q")
    assert status == 2
    assert "broken.csv" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--jobs", "0"], ["--fail-on", "wrong"],
                                  ["--report-format", "pdf", "--out", "x"]])
def test_bad_usage_exits_2(argv):
    with pytest.raises(SystemExit) as exc:
        run(FIXTURES / "articles", *argv)
    assert exc.value.code == 2


def test_report_format_needs_out(capsys):
    assert run(FIXTURES / "articles", "--report-format", "md", "-q")[0] == 2
    assert "--out" in capsys.readouterr().err


def test_markdown_and_html_reports(tmp_path):
    status, _ = run(FIXTURES / "articles" / "syria-aleppo.md", "--out", tmp_path,
                    "--report-format", "json,md,html", "-q", "-j", "1", "--fail-on", "never")
    assert status == 0
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("summary"))
    stem = "000_4e7b83d0ee7698a2"
    assert names == [".cache", f"{stem}.html", f"{stem}.json", f"{stem}.md", "index.html"]
    assert (tmp_path / f"{stem}.html").read_text(encoding="utf-8").lstrip().startswith("<!")
    # The run's index page links to the article's report.
    assert f'href="./{stem}.html"' in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_report_names_are_safe_and_unique(tmp_path):
    corpus_file = tmp_path / "ids.jsonl"
    ids = ["../../escape", "A/B", "a-b", "A-B", "summary", ".hidden", "…"]
    corpus_file.write_text("".join(json.dumps({"id": i, "text": f"Article {i}."}) + "\n"
                                   for i in ids), encoding="utf-8")
    out = tmp_path / "out"
    assert run(corpus_file, "--out", out, "-q", "-j", "1")[0] == 0
    written = sorted(p for p in out.iterdir() if p.suffix == ".json" and p.stem != "summary"
                     or p.name == "summary.json")
    assert all(p.parent == out for p in written)
    names = [p.name for p in written]
    assert len(names) == len(ids) + 1 and len({n.lower() for n in names}) == len(names)
    assert "escape.json" in names and "A-B.json" in names and "article.json" in names
    assert sum(n.startswith(("a-b-", "A-B-")) for n in names) == 2  # collisions get a hash
    assert any(n.startswith("summary-") for n in names)  # the summary's name is reserved
    assert not (tmp_path / "escape.json").exists()


def test_unchanged_articles_come_from_the_cache(tmp_path):
    articles = make_corpus(tmp_path / "articles")
    out = tmp_path / "out"
    run(articles, "--out", out, "-q", "-j", "1")
    first = load_json(out / "summary.json")
    assert first["run"]["from_cache"] == 0
    run(articles, "--out", out, "-q", "-j", "1")
    second = load_json(out / "summary.json")
    assert second["run"]["from_cache"] == 4
    assert without_run(second) == without_run(first)
    # An edit re-checks that article only; options are part of the key too.
    path = articles / "syria-aleppo.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nAn added line.\n", encoding="utf-8")
    run(articles, "--out", out, "-q", "-j", "1")
    assert load_json(out / "summary.json")["run"]["from_cache"] == 3
    run(articles, "--out", out, "-q", "-j", "1", "--date", "2016-10-19")
    assert load_json(out / "summary.json")["run"]["from_cache"] == 0
    # Entries no run uses any more are pruned.
    assert cache_entries(out) == 4
    # A report deleted or rewritten by hand is made again.
    (out / "aleppo-wrong-figure.json").unlink()
    (out / "syria-population-rounded.json").write_text("{}", encoding="utf-8")
    run(articles, "--out", out, "-q", "-j", "1", "--date", "2016-10-19")
    assert load_json(out / "summary.json")["run"]["from_cache"] == 2
    assert load_json(out / "syria-population-rounded.json")["article"]["id"] == \
        "syria-population-rounded"


def test_interrupted_run_resumes(tmp_path, monkeypatch):
    articles = make_corpus(tmp_path / "articles")
    out = tmp_path / "out"
    import factcheck.api
    real = factcheck.api.check_article
    calls = []

    @functools.wraps(real)
    def interrupted_after_two(article, reference, *args):
        if len(calls) == 2:
            raise KeyboardInterrupt
        calls.append(article.id)
        return real(article, reference, *args)

    monkeypatch.setattr(factcheck.api, "check_article", interrupted_after_two)
    assert run(articles, "--out", out, "-q", "-j", "1")[0] == 130
    assert not (out / "summary.json").exists()
    done = sorted(p.stem for p in out.glob("*.json"))
    assert done == sorted(corpus.slugify(i) for i in calls) and len(done) == 2
    assert not leftovers(out)

    monkeypatch.setattr(factcheck.api, "check_article", real)
    assert run(articles, "--out", out, "-q", "-j", "1")[0] == 1
    summary = load_json(out / "summary.json")
    assert summary["run"]["from_cache"] == 2 and summary["counts"]["checked"] == 4


def test_jobs_2_gives_the_same_results_as_jobs_1(tmp_path):
    articles = make_corpus(tmp_path / "articles")
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        status, stdout = run(articles, "--out", out, "--junit", out / "junit.xml",
                             "--sarif", out / "run.sarif", "-q", "-j", jobs)
        junit = ET.parse(out / "junit.xml").getroot()
        junit.attrib.pop("time")
        outputs[jobs] = (status, stdout, without_run(load_json(out / "summary.json")),
                         ET.tostring(junit), load_json(out / "run.sarif"),
                         load_json(out / "aleppo-wrong-figure.json"))
    assert outputs["1"] == outputs["2"]


# ----------------------------------------------------------------------------------------------
# The engine with hand-made reports (no checker involved)
# ----------------------------------------------------------------------------------------------

class FakeReference:
    fingerprint = "fake-reference"


def fake_load(dirs):
    return FakeReference()


def fake_check(article: Article, reference) -> Report:
    """One finding per line of the article that has "WRONG" or "OK" in it."""
    findings, offset = [], 0
    for line in article.text.splitlines(keepends=True):
        for word, verdict in (("WRONG", Verdict.CONTRADICTED), ("OK", Verdict.SUPPORTED)):
            start = line.find(word)
            if start >= 0:
                m = Mention(offset + start, offset + start + len(word), word, Kind.COUNT)
                fact = Fact("fact-1", "SYR", "deaths", dt.date(2016, 1, 1), "Test", "https://x.org")
                claim = Claim(m, "deaths", line.strip(), offset, subject="SYR")
                findings.append(Finding(claim, verdict, f"{word} explained",
                                        (Evidence(fact.central if fact.value else 0, None, "",
                                                  (fact,)),)))
        offset += len(line)
    if "CRASH" in article.text:
        raise RuntimeError("checker bug")
    return Report(article, (), tuple(f.claim for f in findings), tuple(findings))


class Collect:
    def __init__(self):
        self.results = []

    def start(self, run):
        self.run = run

    def handle(self, result):
        self.results.append(result)

    def stop(self, summary):
        self.summary = summary


def fake_corpus(path: Path, n: int) -> Path:
    lines = []
    for i in range(n):
        text = "OK fine\n" + ("WRONG here\n" if i % 3 == 0 else "") + ("CRASH\n" if i == 7 else "")
        lines.append(json.dumps({"id": f"a{i:03d}", "text": text}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs, window", [(1, None), (2, 4)])
def test_engine_delivers_in_input_order(tmp_path, jobs, window):
    source = fake_corpus(tmp_path / "c.jsonl", 30)
    writer = Collect()
    options = corpus.Options(out=str(tmp_path / "out"), jobs=jobs, window=window, batch_size=2)
    summary = corpus.validate([str(source)], options, [writer], check=fake_check, load=fake_load)
    assert [r.seq for r in writer.results] == list(range(30))
    assert [r.id for r in writer.results] == [f"a{i:03d}" for i in range(30)]
    crashed = writer.results[7]
    assert crashed.error == "checker failed" and "checker bug" in crashed.detail
    assert summary.failing_findings == 10 and summary.failing_errors == 1
    wrong = writer.results[3].findings[1]
    assert (wrong.verdict, wrong.line, wrong.column, wrong.failing) == (
        Verdict.CONTRADICTED, 4, None, True)  # the record's line in the JSON Lines file


def test_engine_cache_hit_is_identical(tmp_path):
    source = fake_corpus(tmp_path / "c.jsonl", 12)
    options = corpus.Options(out=str(tmp_path / "out"))
    first, second = Collect(), Collect()
    corpus.validate([str(source)], options, [first], check=fake_check, load=fake_load)
    corpus.validate([str(source)], options, [second], check=fake_check, load=fake_load)
    assert [r.cached for r in second.results if r.error is None] == [True] * 11
    strip = lambda rs: [dataclasses_replace(r, cached=False) for r in rs]  # noqa: E731
    assert strip(first.results) == strip(second.results)


def dataclasses_replace(obj, **changes):
    import dataclasses
    return dataclasses.replace(obj, **changes)


def test_oversized_and_empty_corpus_articles_are_errors(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "MAX_ARTICLE_BYTES", 100)
    source = tmp_path / "c.jsonl"
    source.write_text(json.dumps({"id": "big", "text": "OK " * 50}) + "\n"
                      + json.dumps({"id": "blank", "text": " \n\t "}) + "\n"
                      + json.dumps({"id": "fine", "text": "OK"}) + "\n", encoding="utf-8")
    writer = Collect()
    corpus.validate([str(source)], corpus.Options(), [writer], check=fake_check, load=fake_load)
    assert [(r.id, r.error) for r in writer.results] == [
        ("big", "oversized article"), ("blank", "empty article"), ("fine", None)]
    assert writer.summary.failing_errors == 2


def test_progress_lines():
    from factcheck.validate_cli import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    result = corpus.ArticleResult(seq=0, id="a", source=None, cached=True)
    log, tty = io.StringIO(), Terminal()
    for stream in (log, tty):
        progress = Progress(stream, total=2, interval=0)
        progress(1, 2, result)
        progress(2, 2, result)
        progress.close()
    assert log.getvalue().count("\n") == 2 and "factcheck: [" in log.getvalue()
    assert "2/2 100%" in log.getvalue() and "ETA" in log.getvalue()
    assert "\n" not in tty.getvalue() and tty.getvalue().count("\r") == 3
    unknown = Progress(io.StringIO(), total=None)
    assert unknown.line(10, 2.0) == "10 articles, 5.0 articles/s (0 cached)"


def test_slugify_never_escapes():
    for text in ("../x", "/abs/path", "a\\b", "..", ".", "", "a\x00b", "C:\\x", "CON"):
        slug = corpus.slugify(text)
        assert slug and "/" not in slug and "\\" not in slug and not slug.startswith(".")
    namer = corpus.Namer()
    assert namer.name("con") != "con" and namer.name("x") == "x" and namer.name("X") != "X"


# ----------------------------------------------------------------------------------------------
# The output folder: one cache store, staged reports, the index from the run's rows
# ----------------------------------------------------------------------------------------------

def test_missing_path_is_a_usage_error(tmp_path, capsys):
    status, _ = run(tmp_path / "nowhere.jsonl", "-q", "-j", "1")
    assert status == 2
    assert "nowhere.jsonl" in capsys.readouterr().err


def test_cache_is_keyed_on_the_resolved_path(tmp_path, monkeypatch):
    source = fake_corpus(tmp_path / "c.jsonl", 6)
    options = corpus.Options(out=str(tmp_path / "out"))
    monkeypatch.chdir(tmp_path)
    first, second = Collect(), Collect()
    corpus.validate(["c.jsonl"], options, [first], check=fake_check, load=fake_load)
    corpus.validate([str(source)], options, [second], check=fake_check, load=fake_load)
    assert [r.cached for r in second.results] == [True] * 6
    # Each result names the path as given in its own run.
    assert {r.source for r in first.results} == {"c.jsonl"}
    assert {r.source for r in second.results} == {str(source)}


def test_cache_survives_damage_and_clears_leftovers(tmp_path):
    source = fake_corpus(tmp_path / "c.jsonl", 5)
    out = tmp_path / "out"
    options = corpus.Options(out=str(out))
    corpus.validate([str(source)], options, [Collect()], check=fake_check, load=fake_load)
    assert cache_entries(out) == 5
    # What a killed run of this or an older version can leave behind.
    staging = out / ".cache" / corpus.STAGING_DIR
    staging.mkdir(exist_ok=True)
    (staging / "12345.tmp").write_text('{"half', encoding="utf-8")
    (out / ".a000.json.x1y2.tmp").write_text('{"half', encoding="utf-8")
    (out / ".cache" / ("0" * 64 + ".json")).write_text("{}", encoding="utf-8")
    again = Collect()
    corpus.validate([str(source)], options, [again], check=fake_check, load=fake_load)
    assert all(r.cached for r in again.results if r.error is None)
    assert not leftovers(out) and not list((out / ".cache").glob("*.json"))
    # A damaged cache file is only lost work: the run checks everything again.
    for path in (out / ".cache").glob(corpus.CACHE_DB + "*"):
        path.unlink()
    (out / ".cache" / corpus.CACHE_DB).write_bytes(b"not a database" * 100)
    third = Collect()
    corpus.validate([str(source)], options, [third], check=fake_check, load=fake_load)
    assert not any(r.cached for r in third.results)
    assert cache_entries(out) == 5


def test_results_of_an_interrupted_run_are_kept(tmp_path):
    source = fake_corpus(tmp_path / "c.jsonl", 20)
    out = tmp_path / "out"
    calls = []

    def interrupted_after_five(article, reference):
        if len(calls) == 5:
            raise KeyboardInterrupt
        calls.append(article.id)
        return fake_check(article, reference)

    with pytest.raises(KeyboardInterrupt):
        corpus.validate([str(source)], corpus.Options(out=str(out)), [Collect()],
                        check=interrupted_after_five, load=fake_load)
    assert cache_entries(out) == 5  # committed on the way out, though fewer than a batch


def test_seen_map_spills_to_disk_and_answers_the_same():
    small, big = corpus.SeenMap(limit=3), corpus.SeenMap()
    keys = [f"id-{i}" for i in range(20)] + ["\ud800 lone surrogate", "Ünïcode"]
    for k in keys:
        small.add(k, k.upper())
        big.add(k, k.upper())
    assert small.db is not None and not small.memory and big.db is None
    assert [small.get(k) for k in keys] == [big.get(k) for k in keys] == [k.upper() for k in keys]
    assert "id-99" not in small and "id-3" in small
    ids = ["A-B", "a-b", "A/B", "summary", "x"] * 3
    assert [corpus.Namer(corpus.SeenMap(limit=2)).name(i) for i in ids] == \
        [corpus.Namer().name(i) for i in ids]
    small.close()


def test_duplicates_are_found_after_spilling(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus.SeenMap.__init__, "__defaults__", (4,))
    source = fake_corpus(tmp_path / "c.jsonl", 12)
    with source.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "a001", "text": "OK again"}) + "\n")
    writer = Collect()
    corpus.validate([str(source)], corpus.Options(), [writer], check=fake_check, load=fake_load)
    assert writer.results[-1].error == "duplicate id" and "c.jsonl:2" in writer.results[-1].detail


def test_run_index_is_the_report_commands_index(tmp_path):
    """The index a run writes from its results equals the one `factcheck report` builds from
    the report files (ids sort in input order here, so both list the rows alike)."""
    from factcheck.writers.index import INDEX_NAME, write_index
    source = fake_corpus(tmp_path / "c.jsonl", 30)
    out = tmp_path / "out"
    writer = corpus.make_writer("index", str(out))
    corpus.validate([str(source)], corpus.Options(out=str(out)), [writer], check=fake_check,
                    load=fake_load)
    from_run = (out / INDEX_NAME).read_text(encoding="utf-8")
    assert from_run.count('<tr data-row="') == 29  # the crashed article has no report
    assert '<option value="Test">Test</option>' in from_run  # publishers come from the results
    assert from_run == write_index(out).read_text(encoding="utf-8")


def test_check_and_validate_share_one_definition_of_the_gate_options():
    """--fail-on and --baseline read the same in both commands' --help (one definition)."""
    import argparse
    from factcheck.cli import build_parser
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))

    def gate(command):
        return {a.dest: (a.help, a.choices, a.default) for a in sub.choices[command]._actions
                if a.dest in ("fail_on", "baseline", "write_baseline")}

    check, validate = gate("check"), gate("validate")
    assert set(check) == {"fail_on", "baseline"}
    assert set(validate) == {"fail_on", "baseline", "write_baseline"}
    assert all(check[d] == validate[d] for d in check)


PAGE = ("<html><head><title>Flood</title></head><body><nav>Home News Sport</nav>"
        "<div><p>OK fine</p><p>WRONG here</p></div></body></html>")


def test_html_pages_are_checked_again_when_their_reader_changes(tmp_path, monkeypatch):
    """A page cached when the built-in reader took its text is checked again once trafilatura
    is installed (even where both give the same text), and again when it is upgraded."""
    import sys
    import types
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "flood.html").write_text(PAGE, "utf-8")
    (folder / "note.txt").write_text("OK fine\n", "utf-8")
    options = corpus.Options(out=str(tmp_path / "out"))
    monkeypatch.setattr(corpus, "_installed_html_reader", lambda: "builtin")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if not installed: import fails

    def cached():
        writer = Collect()
        corpus.validate([str(folder)], options, [writer], check=fake_check, load=fake_load)
        return {r.id: r.cached for r in writer.results}

    assert cached() == {"flood": False, "note": False}
    assert cached() == {"flood": True, "note": True}
    from factcheck import html_reader
    builtin_text = html_reader.html_text(PAGE)[0]
    fake = types.ModuleType("trafilatura")
    fake.__version__ = "1.6.0"
    fake.extract = lambda html, **kwargs: builtin_text  # the same text: only the reader differs
    monkeypatch.setitem(sys.modules, "trafilatura", fake)
    assert html_reader.html_text(PAGE)[0] == builtin_text
    assert cached() == {"flood": False, "note": True}
    assert cached() == {"flood": True, "note": True}
    fake.__version__ = "2.0.0"
    assert cached() == {"flood": False, "note": True}


def test_run_index_is_left_alone_when_a_rerun_would_write_the_same_page(tmp_path):
    from factcheck.writers.index import INDEX_NAME, write_index
    source = fake_corpus(tmp_path / "c.jsonl", 6)
    out = tmp_path / "out"
    options = corpus.Options(out=str(out))

    def validate():
        corpus.validate([str(source)], options, [corpus.make_writer("index", out)],
                        check=fake_check, load=fake_load)
        return (out / INDEX_NAME).stat().st_ino, (out / INDEX_NAME).read_text("utf-8")

    first = validate()
    assert validate() == first  # not even renamed over: the same file
    (out / INDEX_NAME).write_text("edited by hand", "utf-8")
    again = validate()
    assert again[1] == first[1]  # a page edited since is written again
    source.write_text(source.read_text("utf-8").replace("OK fine", "WRONG fine", 1), "utf-8")
    changed = validate()
    assert changed[0] != again[0] and changed[1] != first[1]
    # What was skipped is what the report command would write from the reports.
    (tmp_path / "copy").mkdir()
    for report in out.glob("*.json"):
        shutil.copy(report, tmp_path / "copy" / report.name)
    assert rows_of(write_index(tmp_path / "copy").read_text("utf-8")) == rows_of(changed[1])


def rows_of(page: str) -> list[str]:
    import re
    return re.findall(r"<tr data-row=.*?</tr>", page)


def test_unchanged_corpus_lines_are_not_parsed_again(tmp_path, monkeypatch):
    """A re-run finds an unchanged record's result by its bytes; what changed is read as
    usual, duplicates included: a record whose id an earlier, edited record now takes is
    reported as a duplicate even though its own line is unchanged."""
    from factcheck import articles
    source = fake_corpus(tmp_path / "c.jsonl", 12)
    options = corpus.Options(out=str(tmp_path / "out"))
    first = Collect()
    corpus.validate([str(source)], options, [first], check=fake_check, load=fake_load)
    parsed = []
    real = articles._jsonl_article
    monkeypatch.setattr(articles, "_jsonl_article",
                        lambda raw, path, number, **kw: parsed.append(number) or real(
                            raw, path, number, **kw))
    second = Collect()
    corpus.validate([str(source)], options, [second], check=fake_check, load=fake_load)
    assert parsed == [8]  # only the record whose check failed (it has no cache entry)
    assert [r.cached for r in second.results] == [True] * 7 + [False] + [True] * 4
    assert [dataclasses_replace(r, cached=False) for r in second.results] == first.results

    lines = source.read_text("utf-8").splitlines()
    lines[1] = json.dumps({"id": "a003", "text": "OK fine\n"})  # takes the id of line 4
    source.write_text("\n".join(lines) + "\n", "utf-8")
    parsed.clear()
    third = Collect()
    corpus.validate([str(source)], options, [third], check=fake_check, load=fake_load)
    assert parsed == [2, 4, 8]
    assert third.results[1].id == "a003" and not third.results[1].cached
    assert third.results[3].error == "duplicate id" and "c.jsonl:2" in third.results[3].detail
    assert [r.cached for r in third.results if r.seq not in (1, 3, 7)] == [True] * 9
