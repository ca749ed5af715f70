"""Small helpers for the claim-understanding tests: one passage in, its claims or findings out."""

import datetime as dt

from factcheck.api import check_article, subject_index
from factcheck.claims import extract_claims
from factcheck.model import Article


def article(text: str, date: str = "2024-03-01", locale: str = "en_US") -> Article:
    return Article(id="t", text=text, date=dt.date.fromisoformat(date), locale=locale)


def claim_of(reference, text: str, surface: str, date: str = "2024-03-01", locale: str = "en_US"):
    """The claim whose number overlaps `surface` (its first occurrence), or None."""
    start = text.index(surface)
    end = start + len(surface)
    claims = extract_claims(article(text, date, locale), subject_index(reference))
    return next((c for c in claims if c.mention.start < end and start < c.mention.end), None)


def finding_of(reference, text: str, surface: str, date: str = "2024-03-01", locale: str = "en_US"):
    start = text.index(surface)
    end = start + len(surface)
    report = check_article(article(text, date, locale), reference)
    return next((f for f in report.findings
                 if f.claim.mention.start < end and start < f.claim.mention.end), None)
