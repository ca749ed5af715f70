"""Baselines: fingerprints that survive edits around a claim, the file format, and the round trip
write baseline -> re-run with it -> fail only on what is new."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from factcheck import corpus
from factcheck.baseline import Baseline, Entry, dump, finding_fingerprint
from factcheck.model import Article, Claim, Evidence, Fact, Finding, Kind, Mention, Report, Verdict
from test_validate import FIXTURES, load_json, make_corpus, run

NEW_FIGURE = "Syria's population is about 90 million."


def report_with_claim_at(prefix: str, article_id: str = "a1") -> Report:
    """A report whose one finding is "3,00,000" after `prefix` (to move it around)."""
    text = prefix + "More than 3,00,000 people died."
    start = text.index("More")
    mention = Mention(start, start + 18, "More than 3,00,000", Kind.COUNT)
    fact = Fact("syr-deaths-1", "syrian-civil-war", "deaths", dt.date(2016, 4, 22), "UN",
                "https://example.org")
    claim = Claim(mention, "deaths", text[start:], start, subject="syrian-civil-war")
    finding = Finding(claim, Verdict.CONTRADICTED, "explained",
                      (Evidence(fact.central if fact.value else 0, None, "", (fact,)),))
    return Report(Article(article_id, text, path="a1.md"), (mention,), (claim,), (finding,))


def test_fingerprint_ignores_position_but_not_content():
    here = corpus.finding_records(report_with_claim_at("Intro.\n"))[0]
    moved = corpus.finding_records(report_with_claim_at("A much longer intro.\n\n\nThen: "))[0]
    assert here.line != moved.line and here.fingerprint == moved.fingerprint
    other = corpus.finding_records(report_with_claim_at("Intro.\n", article_id="a2"))[0]
    assert other.fingerprint != here.fingerprint
    assert finding_fingerprint("a1", "3,00,000", "deaths", "SYR", ["f"]) != \
        finding_fingerprint("a1", "3,00,000", "deaths", "IRQ", ["f"])


def test_identical_claims_in_one_article_get_distinct_fingerprints():
    report = report_with_claim_at("x")
    twice = Report(report.article, report.mentions, report.claims * 2, report.findings * 2)
    first, second = corpus.finding_records(twice)
    assert first.fingerprint != second.fingerprint


def test_file_format_is_diff_friendly_and_keeps_reasons():
    entries = [Entry("b" * 64, "zeta", "contradicted", "5m", "population", "SYR", ("f2",)),
               Entry("a" * 64, "alpha", "imprecise", "21 million", "population", "SYR", ("f1",))]
    previous = Baseline([Entry("b" * 64, "zeta", "contradicted", reason="the source is older")])
    text = dump(entries, previous=previous)
    assert text.endswith("}\n") and text.startswith('{\n  "findings": [\n')
    data = json.loads(text)
    assert text == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert [e["article"] for e in data["findings"]] == ["alpha", "zeta"]
    assert data["findings"][1]["reason"] == "the source is older"
    assert data["version"] == 1


def test_a_worse_verdict_is_not_accepted():
    baseline = Baseline([Entry("f" * 64, "a", "imprecise")])
    assert baseline.accept("f" * 64, Verdict.IMPRECISE) is not None
    assert baseline.accept("f" * 64, Verdict.CONTRADICTED) is None
    assert baseline.accept("0" * 64, Verdict.SUPPORTED) is None
    assert baseline.gone() == []


def test_round_trip(tmp_path):
    articles = make_corpus(tmp_path / "articles")
    baseline = tmp_path / "baseline.json"
    out = tmp_path / "out"

    # Writing a baseline records everything found, errors included, and exits 0.
    assert run(articles, "--write-baseline", baseline, "-q", "-j", "1")[0] == 0
    data = load_json(baseline)
    verdicts = {e["verdict"] for e in data["findings"]}
    assert verdicts == {"contradicted", "error"}  # what fails at the default --fail-on
    assert baseline.read_text(encoding="utf-8").endswith("\n")

    # With it, the same corpus passes; every finding is accepted.
    status, _ = run(articles, "--baseline", baseline, "--out", out, "-q", "-j", "1")
    assert status == 0
    summary = load_json(out / "summary.json")
    assert summary["counts"]["accepted_by_baseline"] == len(data["findings"])
    assert summary["baseline"]["gone"] == []

    # Moving a claim to another line changes nothing.
    path = articles / "aleppo-wrong.md"
    head, body = path.read_text(encoding="utf-8").split("Aleppo pause announced\n", 1)
    path.write_text(head + "Aleppo pause announced\n\n\nBy our correspondent.\n" + body,
                    encoding="utf-8")
    assert run(articles, "--baseline", baseline, "-q", "-j", "1")[0] == 0

    # A new wrong figure fails, and is listed as the failing finding.
    numbers = articles / "syria-numbers.md"
    numbers.write_text(numbers.read_text(encoding="utf-8") + "\n" + NEW_FIGURE + "\n",
                       encoding="utf-8")
    status, stdout = run(articles, "--baseline", baseline, "--out", out, "-q", "-j", "1")
    assert status == 1
    assert "about 90 million" in stdout and "syria-numbers.md" in stdout
    summary = load_json(out / "summary.json")
    failing = [(a["id"], f["claim"]) for a in summary["articles"] for f in a["findings"]
               if f["failing"]]
    assert failing == [("syria-population-rounded", "about 90 million")]
    assert "about 90 million" in (out / "summary.md").read_text(encoding="utf-8")

    # A fixed finding is listed as gone from the baseline.
    path.write_text(path.read_text(encoding="utf-8").replace("about 90 million", "19 million"),
                    encoding="utf-8")
    run(articles, "--baseline", baseline, "--out", out, "-q", "-j", "1")
    gone = load_json(out / "summary.json")["baseline"]["gone"]
    assert [(e["article"], e["claim"]) for e in gone] == [("aleppo-wrong-figure",
                                                           "about 90 million")]


def test_a_new_unreadable_file_fails_and_reasons_survive_a_rewrite(tmp_path):
    articles = make_corpus(tmp_path / "articles")
    baseline = tmp_path / "baseline.json"
    run(articles, "--write-baseline", baseline, "-q", "-j", "1")
    data = load_json(baseline)
    for entry in data["findings"]:
        entry["reason"] = "reviewed on 2024-05-01"
    baseline.write_text(json.dumps(data), encoding="utf-8")

    (articles / "more-binary.txt").write_bytes(b"\x00\x01\x02")
    status, stdout = run(articles, "--baseline", baseline, "-q", "-j", "1")
    assert status == 1 and "more-binary.txt" in stdout and "binary data" in stdout

    run(articles, "--baseline", baseline, "--write-baseline", baseline, "-q", "-j", "1")
    rewritten = load_json(baseline)["findings"]
    assert len(rewritten) == len(data["findings"]) + 1
    assert sum(e["reason"] == "reviewed on 2024-05-01" for e in rewritten) == len(data["findings"])


def test_fail_on_never_records_every_discrepancy(tmp_path):
    baseline = tmp_path / "baseline.json"
    # The imprecise band is opt-in: "20 million" for 19.2 million is imprecise with it.
    band = ("--tolerance", "imprecise=2")
    run(FIXTURES / "articles" / "syria-numbers.md", "--write-baseline", baseline,
        "--fail-on", "never", *band, "-q", "-j", "1")
    entries = load_json(baseline)["findings"]
    assert [(e["article"], e["claim"], e["verdict"]) for e in entries] == [
        ("syria-population-rounded", "20 million", "imprecise")]
    assert run(FIXTURES / "articles" / "syria-numbers.md", "--baseline", baseline,
               "--fail-on", "imprecise", *band, "-q", "-j", "1")[0] == 0


@pytest.mark.parametrize("content", ["not json", "[]", '{"findings": [{"no": 1}]}'])
def test_a_broken_baseline_is_bad_usage(tmp_path, capsys, content):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(content, encoding="utf-8")
    assert run(FIXTURES / "articles", "--baseline", baseline, "-q")[0] == 2
    assert "--baseline" in capsys.readouterr().err


def test_a_missing_baseline_is_bad_usage(tmp_path):
    assert run(FIXTURES / "articles", "--baseline", tmp_path / "nope.json", "-q")[0] == 2
