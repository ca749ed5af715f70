"""Compare extracted claims with the answer keys in tests/expected/ (format in its README)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import yaml

from factcheck.api import subject_index
from factcheck.articles import read_article
from factcheck.claims import extract_claims
from factcheck.units import is_time_unit, to_unit

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = sorted((ROOT / "tests" / "expected").glob("*.yaml"))


@dataclass
class Case:
    slug: str
    index: int
    expected: dict
    start: int
    end: int

    @property
    def id(self) -> str:
        return f"{self.slug}#{self.index}:{self.expected['text']}"


def _exact(value) -> Decimal | None:
    if value is None:
        return None
    text = str(value)
    if "/" in text:
        f = Fraction(text)
        return Decimal(f.numerator) / Decimal(f.denominator)
    return Decimal(text)


def _convertible(unit: str | None, other: str) -> bool:
    return bool(unit) and is_time_unit(unit) and is_time_unit(other)


def _locate(text: str, surface: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def load_cases():
    """(article path, claim cases, non-claim spans) per answer key."""
    out = []
    for path in EXPECTED:
        key = yaml.safe_load(path.read_text(encoding="utf-8"))
        article = read_article(str(ROOT / key["article"]))
        cases = []
        for i, claim in enumerate(key.get("claims") or []):
            start, end = _locate(article.text, claim["text"], claim.get("occurrence") or 1)
            cases.append(Case(path.stem, i, claim, start, end))
        non_claims = []
        for surface in key.get("non_claims") or []:
            at = -1
            while (at := article.text.find(str(surface), at + 1)) >= 0:
                non_claims.append((str(surface), at, at + len(str(surface))))
        out.append((article, cases, non_claims))
    return out


def problems(case: Case, claims, reference) -> list[str]:
    """What differs between an expected claim and the extracted claim that overlaps it."""
    found = [c for c in claims if c.mention.start < case.end and case.start < c.mention.end]
    if not found:
        return ["not extracted"]
    claim = found[0]
    exp = case.expected
    m = claim.mention
    issues = []
    measure = exp["measure"]
    if claim.measure != measure:
        issues.append(f"measure {claim.measure} != {measure}")
    if exp.get("low") is not None:
        if (m.low, m.high) != (_exact(exp["low"]), _exact(exp["high"])):
            issues.append(f"range {m.low}..{m.high} != {exp['low']}..{exp['high']}")
    elif exp.get("value") is not None:
        want = _exact(exp["value"])
        got = m.value
        if got is not None and m.kind.value == "percent" and exp.get("proportion_of"):
            got = got / 100  # a share written as a percentage
        if got is not None and exp.get("unit") and m.unit != exp["unit"] \
                and _convertible(m.unit, exp["unit"]):
            got = to_unit(got, m.unit, exp["unit"])  # "two decades" is 20 years
        if got is None or abs(got - want) > abs(want) * Decimal("1e-9"):
            issues.append(f"value {m.value} != {exp['value']}")
    if m.bound.value != exp["bound"]:
        issues.append(f"bound {m.bound.value} != {exp['bound']}")
    if exp.get("unit") and m.unit != exp["unit"] and not (
            m.kind.value == "duration" and _convertible(m.unit, exp["unit"])):
        issues.append(f"unit {m.unit} != {exp['unit']}")
    subject = exp.get("subject")
    if subject and subject in reference.subjects and claim.subject != subject:
        issues.append(f"subject {claim.subject} != {subject}")
    return issues


def evaluate(reference):
    """Every case with its problems, and every non-claim that became a claim."""
    index = subject_index(reference)
    results, false_claims = [], []
    for article, cases, non_claims in load_cases():
        claims = extract_claims(article, index)
        for case in cases:
            results.append((case, problems(case, claims, reference)))
        for surface, start, end in non_claims:
            for c in claims:
                if c.mention.start < end and start < c.mention.end:
                    false_claims.append((article.id, surface, c.mention.text))
    return results, false_claims
