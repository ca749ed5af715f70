"""The Markdown report: what a reviewer reads in a pull request, and that nothing in it is live."""

from __future__ import annotations

import re

import pytest

from factcheck.writers import markdown
from factcheck.writers.markdown import escape, link, render_report
from review_fixtures import (LINE_SEP, aleppo_report, empty_report, hostile_report,
                             overlapping_report, seed_report)


def table_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("| ")]


def unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


@pytest.fixture(scope="module")
def aleppo() -> str:
    return render_report(aleppo_report())


@pytest.fixture(scope="module")
def hostile() -> str:
    return render_report(hostile_report())


def test_metadata_and_summary(aleppo):
    assert aleppo.startswith("# Fact-check: Russia halts airstrikes on Aleppo")
    assert "- **Article:** aleppo-pause-2016" in aleppo
    assert "- **Date:** 2016-10-18" in aleppo
    assert "[https://example.org/news/aleppo-pause](https://example.org/news/aleppo-pause)" in aleppo
    assert ("**4 claims checked:** 1 ❌ contradicted · 1 ⚠️ imprecise · 1 ❔ unverifiable · "
            "1 ✅ supported — worst: **contradicted**") in aleppo
    assert "> **Note:** Reference data ends in 2023." in aleppo


def test_findings_table_has_one_row_per_finding_with_all_columns(aleppo):
    rows = table_rows(aleppo)
    assert rows[0] == "| # | Line | Verdict | Claim | Measure | Subject | Explanation |"
    body = rows[1:]
    assert len(body) == 4
    assert all(unescaped_pipes(row) == 8 for row in body)
    deaths = next(row for row in body if "contradicted" in row)
    assert "“Fewer than 2,00,000”" in deaths
    assert "| deaths | syrian-civil-war |" in deaths
    assert "the UN envoy estimated 400,000 deaths" in deaths
    # Line numbers count from the source file: the text starts on line 6 (line_offset 5).
    assert deaths.split(" | ")[1] == "8"


def test_evidence_lists_value_publisher_link_and_as_of(aleppo):
    section = aleppo.split("### 2.")[1].split("### 3.")[0]
    assert "❌ contradicted: “Fewer than 2,00,000”" in section
    assert "- **Claimed:** at most 200,000" in section
    assert "400,000 as of 2016-04-22 — [UN Special Envoy for Syria](https://www.aljazeera.com/" \
        in section
    assert "Staffan de Mistura's own estimate" in section
    unverifiable = aleppo.split("### 4.")[1]
    assert "no reference value was found" in unverifiable
    assert "… to 2011-03-15 (“before the war”)" in unverifiable


def test_durations_read_in_the_plural(aleppo):
    assert "- **Claimed:** 8 hours" in aleppo


def test_hostile_text_is_escaped_and_links_only_http(hostile):
    assert not re.search(r"(?<!\\)<(script|img|/script)", hostile)
    assert LINE_SEP not in hostile
    assert not re.search(r"(?<!\\)\]\(javascript:", hostile)
    assert "javascript:alert(1)" in hostile  # shown as text, not as a link target
    assert all(unescaped_pipes(row) == 8 for row in table_rows(hostile)[1:])
    # The one http(s) URL is a link whose target cannot break out of the parentheses.
    assert "(https://example.org/a?q=%22%3E%3Cscript%3Ewindow.__xss=1%3C/script%3E)" in hostile


def test_claim_text_with_markdown_syntax_stays_literal():
    text = render_report(hostile_report())
    assert r"\| \`code\` \[link\](javascript:alert(1))" in text


def test_report_without_claims_says_so():
    text = render_report(empty_report())
    assert "**0 claims checked:**" in text
    assert "No checkable claims were found" in text
    assert "## Findings" not in text


def test_claims_outside_the_text_still_listed():
    text = render_report(overlapping_report())
    assert len(table_rows(text)) == 1 + 4


@pytest.mark.parametrize("raw, expected", [
    ("a|b", r"a\|b"),
    ("`x`", r"\`x\`"),
    ("<b>", r"\<b\>"),
    ("[x](y)", r"\[x\](y)"),
    ("*bold* _it_ ~s~", r"\*bold\* \_it\_ \~s\~"),
    ("$5 and $6", r"\$5 and \$6"),
    ("&amp;", r"\&amp;"),
    ("back\\slash", r"back\\slash"),
    ("two\nlines\u2028and\u2029more", "two lines and more"),
    (None, ""),
], ids=repr)
def test_escape(raw, expected):
    assert escape(raw) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://a.org/x", "[P](https://a.org/x)"),
    ("HTTP://a.org/(x)", "[P](HTTP://a.org/%28x%29)"),
    ("javascript:alert(1)", "P (javascript:alert(1))"),
    ("data:text/html,<b>", r"P (data:text/html,\<b\>)"),
    (" https://lead.space", "P ( https://lead.space)"),
    (None, "P"),
], ids=repr)
def test_link(url, expected):
    assert link("P", url) == expected


def test_names_other_writers_rely_on_are_kept():
    assert markdown.VERDICT_ORDER[0].value == "contradicted"
    assert set(markdown.VERDICT_ICON) == set(markdown.VERDICT_ORDER)
    assert markdown.summary_line({"contradicted": 2}).startswith("2 ❌ contradicted")


def test_real_report_of_the_seed_article(reference):
    seed = seed_report(reference)
    text = render_report(seed)
    assert text.startswith("# Fact-check: Syria: Assad government")
    for finding in seed.findings:
        assert f"“{escape(finding.claim.text)}”" in text
    assert "Russian Ministry of Defence" in text
    # Computed values read rounded, never as 28-digit decimals.
    assert not re.search(r"\d\.\d{6,}", text)
