"""The sample articles in seeds/ against their answer keys in tests/expected/.

One test per expected claim. Claims the extractor does not get right yet are listed in
tests/expected/known_gaps.txt and marked xfail(strict=True): when one starts passing, the test
fails until it is taken off the list, so the list only ever shrinks honestly.
"""

from pathlib import Path

import pytest

from factcheck.api import subject_index
from factcheck.claims import extract_claims
from factcheck.reference import load_reference
from sample_claims import load_cases, problems

GAPS_FILE = Path(__file__).parent / "expected" / "known_gaps.txt"
KNOWN_GAPS = {line.split("  ")[0].strip() for line in GAPS_FILE.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
CASES = load_cases()
REFERENCE = load_reference()
CLAIMS = {article.id: extract_claims(article, subject_index(REFERENCE)) for article, _, _ in CASES}


def _params():
    for article, cases, _ in CASES:
        for case in cases:
            marks = [pytest.mark.xfail(strict=True, reason="known gap")] if case.id in KNOWN_GAPS else []
            yield pytest.param(article.id, case, id=case.id, marks=marks)


@pytest.mark.parametrize("article_id,case", list(_params()))
def test_expected_claim(article_id, case):
    assert problems(case, CLAIMS[article_id], REFERENCE) == []


def test_at_least_twelve_sample_articles():
    assert len(CASES) >= 12


@pytest.mark.parametrize("article,non_claims", [(a, n) for a, _, n in CASES], ids=[a.id for a, _, _ in CASES])
def test_non_claims_are_not_claims(article, non_claims):
    false = [(surface, c.mention.text) for surface, start, end in non_claims
             for c in CLAIMS[article.id] if c.mention.start < end and start < c.mention.end]
    allowed = {tuple(line.split("  ")[1:3]) for line in GAPS_FILE.read_text(encoding="utf-8").splitlines()
               if line.startswith(f"non-claim {article.id}")}
    assert [f for f in false if f not in allowed] == []
