"""Noise control: selecting findings, discrepancies first, accepting reviewed claims, explain."""

import json
import re
import sys

import pytest

from conftest import SEED
from factcheck.articles import article_from_text
from factcheck.cli import main
from factcheck.errors import InputError
from factcheck.reasons import explain, reasons
from factcheck.selection import Selection, parse_selectors


def run(argv, capsys):
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


WRONG = """---
title: Syria toll
date: 2016-10-18
locale: en_US
---
# Syria toll

More than 900,000 people have died in the Syrian civil war.

The war has gone on for about six years.
"""


def wrong_figure(tmp_path, text=WRONG, name="wrong.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- selection --------------------------------------------------------------------------------

def test_selectors_match_measure_verdict_and_reason():
    keep = Selection(select=parse_selectors(["deaths,displaced"]))
    assert keep.keeps("deaths", "supported", "supported")
    assert not keep.keeps("duration", "contradicted", "contradicted")
    drop = Selection(ignore=parse_selectors(["unverifiable"]))
    assert not drop.keeps("deaths", "unverifiable", "no-subject")
    assert drop.keeps("deaths", "contradicted", "magnitude-slip")
    by_reason = Selection(ignore=parse_selectors(["reason:no-subject"]))
    assert by_reason.keeps("deaths", "unverifiable", "no-measure-data")
    assert not by_reason.keeps("deaths", "unverifiable", "no-subject")
    # ignore wins over select, like a linter's
    both = Selection(select=parse_selectors(["deaths"]), ignore=parse_selectors(["supported"]))
    assert not both.keeps("deaths", "supported", "rounding")


def test_unknown_selector_lists_the_allowed_names(capsys):
    with pytest.raises(ValueError, match="'death'.*measures: .*deaths"):
        parse_selectors(["death"])
    with pytest.raises(SystemExit) as exc:
        main(["check", str(SEED), "--ignore", "verdict:nope"])
    assert exc.value.code == 2 and "contradicted" in capsys.readouterr().err


def test_select_and_ignore_on_the_command_line(capsys):
    _, out, _ = run(["check", str(SEED), "--format", "json", "--select", "deaths,displaced"],
                    capsys)
    assert [f["claim"]["measure"] for f in json.loads(out)["findings"]] == ["deaths", "displaced"]
    _, out, _ = run(["check", str(SEED), "--format", "json", "--ignore", "duration"], capsys)
    assert [f["claim"]["measure"] for f in json.loads(out)["findings"]] == ["deaths", "displaced"]
    _, out, _ = run(["check", str(SEED), "--format", "json", "--ignore", "supported"], capsys)
    assert all(f["verdict"] != "supported" for f in json.loads(out)["findings"])


def test_ignored_findings_do_not_fail_the_run(tmp_path, capsys):
    path = wrong_figure(tmp_path)
    assert run(["check", str(path), "--quiet"], capsys)[0] == 1
    assert run(["check", str(path), "--quiet", "--ignore", "deaths"], capsys)[0] == 0
    assert run(["validate", str(path), "--quiet", "--jobs", "1", "--ignore", "contradicted"],
               capsys)[0] == 0


# ---- text output ------------------------------------------------------------------------------

def test_text_shows_discrepancies_and_summarises_the_rest(tmp_path, capsys):
    status, out, _ = run(["check", str(wrong_figure(tmp_path))], capsys)
    assert status == 1
    assert "FAIL line 8: 'More than 900,000'" in out
    assert "about six years" not in out  # supported: counted, not listed
    assert out.rstrip().splitlines()[-1].strip() == "also 1 supported (--verbose lists them)"
    _, verbose, _ = run(["check", str(wrong_figure(tmp_path)), "--verbose"], capsys)
    assert verbose.index("FAIL line 8") < verbose.index("OK   line 10: 'about six years'")


def test_quiet_prints_only_the_summary(tmp_path, capsys):
    status, out, _ = run(["check", str(wrong_figure(tmp_path)), str(SEED), "--quiet"], capsys)
    assert status == 1
    assert re.fullmatch(r"factcheck: 2 articles, 6 claims \(1 contradicted, [^()]*\d supported\); "
                        r"1 failing\n", out), out


# ---- accepting reviewed claims ----------------------------------------------------------------

ACCEPTED = WRONG.replace(
    "More than 900,000",
    '<!-- factcheck: accept deaths "figure for Aleppo province, checked 2016-10-20" -->\n'
    "More than 900,000")


def test_inline_accept_applies_to_the_next_line_and_shows_its_reason(tmp_path, capsys):
    path = wrong_figure(tmp_path, ACCEPTED)
    status, out, _ = run(["check", str(path), "--format", "json"], capsys)
    assert status == 0
    finding = next(f for f in json.loads(out)["findings"] if f["claim"]["measure"] == "deaths")
    assert finding["verdict"] == "contradicted"
    assert finding["accepted"] == {"reason": "figure for Aleppo province, checked 2016-10-20",
                                   "where": "line 8"}
    _, text, _ = run(["check", str(path), "--verbose"], capsys)
    assert "accepted (line 8): figure for Aleppo province" in text
    _, md, _ = run(["check", str(path), "--format", "md"], capsys)
    assert "**Accepted** (line 8): figure for Aleppo province" in md
    _, html, _ = run(["check", str(path), "--format", "html"], capsys)
    assert "Accepted: figure for Aleppo province" in html


def test_a_number_in_the_reason_is_not_a_claim(tmp_path):
    article = article_from_text(ACCEPTED.split("---\n", 2)[2], path="a.md")
    assert "2016-10-20" not in article.text and "More than 900,000" in article.text
    assert len(article.text) == len(ACCEPTED.split("---\n", 2)[2])  # offsets kept


def test_accept_matches_only_its_selector_and_line(tmp_path, capsys):
    other = WRONG.replace("More than 900,000",
                          '<!-- factcheck: accept duration "not this one" -->\nMore than 900,000')
    assert run(["check", str(wrong_figure(tmp_path, other)), "--quiet"], capsys)[0] == 1
    far = WRONG.replace("---\n# Syria toll", '---\n<!-- factcheck: accept deaths "x" -->\n# Syria toll')
    assert run(["check", str(wrong_figure(tmp_path, far)), "--quiet"], capsys)[0] == 1


def test_trailing_comment_applies_to_its_own_line(tmp_path, capsys):
    text = WRONG.replace("civil war.", 'civil war. <!-- factcheck: accept contradicted "ok" -->')
    assert run(["check", str(wrong_figure(tmp_path, text)), "--quiet"], capsys)[0] == 0


def test_front_matter_list(tmp_path, capsys):
    text = WRONG.replace("date: 2016-10-18\n", "date: 2016-10-18\nfactcheck:\n  accept:\n"
                         "    - {select: deaths, claim: '900,000', reason: 'province figure'}\n")
    path = wrong_figure(tmp_path, text)
    status, out, _ = run(["check", str(path), "--format", "json"], capsys)
    assert status == 0
    accepted = [f["accepted"] for f in json.loads(out)["findings"] if f["accepted"]]
    assert accepted == [{"reason": "province figure", "where": "front matter"}]


@pytest.mark.parametrize("comment", ['<!-- factcheck: accept deaths -->',
                                     '<!-- factcheck: accept deaths "" -->',
                                     '<!-- factcheck: accept death "typo" -->',
                                     '<!-- factcheck: acept deaths "x" -->'])
def test_malformed_accept_is_an_error_naming_the_line(tmp_path, capsys, comment):
    text = WRONG.replace("More than 900,000", comment + "\nMore than 900,000")
    status, _, err = run(["check", str(wrong_figure(tmp_path, text))], capsys)
    assert status == 2 and "wrong.md, line 8" in err


def test_accepted_findings_in_run_outputs(tmp_path, capsys):
    path = wrong_figure(tmp_path, ACCEPTED)
    sarif, junit = tmp_path / "r.sarif", tmp_path / "j.xml"
    status, out, _ = run(["validate", str(path), "--jobs", "1", "--quiet", "--sarif", str(sarif),
                          "--junit", str(junit), "--out", str(tmp_path / "out")], capsys)
    assert status == 0
    result = json.loads(sarif.read_text())["runs"][0]["results"][0]
    assert result["suppressions"] == [{
        "kind": "inSource", "status": "accepted",
        "justification": "figure for Aleppo province, checked 2016-10-20 (line 8)"}]
    assert "accepted: figure for Aleppo province" in junit.read_text()
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    finding = summary["articles"][0]["findings"][0]
    assert finding["accepted"] and finding["accepted_reason"].startswith("figure for Aleppo")


# ---- explain ----------------------------------------------------------------------------------

def test_explain_every_reason_the_checker_gives(capsys):
    from factcheck.checker import EXPLANATIONS
    for reason in [*EXPLANATIONS, "rounding", "outside-precision", "sources-disagree",
                   "magnitude-slip", "contradicted", "supported"]:
        assert reason in reasons(), reason
    status, out, _ = run(["explain", "no-subject"], capsys)
    assert status == 0
    assert out.startswith("no-subject (reason of verdict unverifiable)\n  means: ")
    assert "  do:" in out
    status, out, _ = run(["explain", "contradicted"], capsys)
    assert "(verdict)" in out and "(reason of verdict contradicted)" in out
    status, _, err = run(["explain", "nonsense"], capsys)
    assert status == 2 and "no-subject" in err
    status, _, err = run(["explain", "3f1c9a2b77"], capsys)
    assert status == 2 and "--explain 3f1c9a2b77" in err


def test_explain_a_fingerprint(tmp_path, capsys):
    path = wrong_figure(tmp_path)
    _, out, _ = run(["check", str(path), "--csv", "-", "--quiet"], capsys)
    fingerprint = next(line for line in out.splitlines() if "contradicted" in line).split(",")[-1]
    status, out, _ = run(["check", str(path), "--explain", fingerprint[:12]], capsys)
    assert status == 1
    assert out.startswith(fingerprint) and "More than 900,000" in out
    assert "contradicted (reason of verdict contradicted)" in out


def test_sarif_rules_carry_the_explain_text(tmp_path, capsys):
    sarif = tmp_path / "r.sarif"
    run(["validate", str(wrong_figure(tmp_path)), "--jobs", "1", "--quiet", "--sarif",
         str(sarif)], capsys)
    rules = {r["id"]: r for r in json.loads(sarif.read_text())["runs"][0]["tool"]["driver"]["rules"]}
    unverifiable = rules["unverifiable"]["help"]
    assert explain("unverifiable")[0].means in unverifiable["text"]
    assert explain("no-subject")[0].means in unverifiable["markdown"]
    assert "`no-subject`" in unverifiable["markdown"]


def test_readme_shows_what_explain_prints(capsys):
    from conftest import ROOT
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ factcheck explain no-subject\n", 1)[1].split("```", 1)[0]
    _, out, _ = run(["explain", "no-subject"], capsys)
    assert block == out


def test_help_lists_every_command_and_the_new_options():
    import subprocess
    out = subprocess.run([sys.executable, "-m", "factcheck.cli", "--help"], capture_output=True,
                         text=True, check=True).stdout
    for command in ("check", "config", "explain", "validate"):
        assert command in out
    check = subprocess.run([sys.executable, "-m", "factcheck.cli", "check", "--help"],
                           capture_output=True, text=True, check=True).stdout
    for option in ("--select", "--ignore", "--fail-on", "--baseline", "--verbose", "--quiet",
                   "--csv", "--parquet", "--explain", "--config", "--isolated", "FILE|-"):
        assert option in check, option


def test_accept_comments_are_read_in_linear_time():
    import time
    def cost(n):
        text = ('<!-- factcheck: accept deaths "r" -->\n' * n + "<!-- factcheck:" * n
                + "\nFive died.\n")
        start = time.perf_counter()
        article_from_text(text, path="x.md")
        return time.perf_counter() - start
    small = cost(5000)
    assert cost(20000) < 4 * small * 3 + 0.5  # quadrupled input, never sixteen times the time


def test_jsonl_records_accept_too(tmp_path, capsys):
    body = WRONG.split("---\n", 2)[2]
    records = [{"id": "a", "date": "2016-10-18", "locale": "en_US", "text": body,
                "factcheck": {"accept": [{"select": "deaths", "reason": "desk reviewed"}]}},
               {"id": "b", "date": "2016-10-18", "locale": "en_US",
                "text": '<!-- factcheck: accept contradicted "ok" -->\n' + body.split("\n\n")[1]},
               {"id": "c", "date": "2016-10-18", "locale": "en_US", "text": body}]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    table = tmp_path / "t.csv"
    status, out, _ = run(["validate", str(corpus), "--jobs", "1", "--quiet", "--csv", str(table)],
                         capsys)
    assert status == 1 and out.count("contradicted:") == 1  # only c fails
    accepted = {line.split(",")[0]: line for line in table.read_text().splitlines()
                if "contradicted" in line}
    assert "desk reviewed" in accepted["a"] and "ok" in accepted["b"] and "," in accepted["c"]
