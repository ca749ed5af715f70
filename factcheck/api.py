"""Check one article: text -> mentions -> claims -> findings -> report. The one entry point.

Reference data is loaded once by the caller (load_reference) and passed in, so a corpus run
reads it once per process.
"""

from __future__ import annotations

from .checker import Tolerances, check_claims
from .claims import extract_claims
from .mentions import find_mentions
from .model import Article, Report
from .reference import ReferenceData
from .subjects import SubjectIndex
from .suppress import apply_accepts


def subject_index(reference: ReferenceData) -> SubjectIndex:
    """The name index of a reference, built once per reference object."""
    if reference.names is None:
        reference.names = SubjectIndex(reference.subjects)
    return reference.names


def check_article(article: Article, reference: ReferenceData,
                  tolerances: Tolerances | None = None) -> Report:
    mentions = find_mentions(article.text, article.locale)
    claims = extract_claims(article, subject_index(reference), mentions)
    findings = apply_accepts(article, check_claims(claims, reference, article.date, tolerances,
                                                   article.locale))
    notes = []
    if article.date is None:
        notes.append("The article has no publication date: claims were checked against the "
                     "latest reference values. Give --date to check them as of publication.")
    if article.locale is None and any(m.alternatives for m in mentions):
        notes.append("Some figures read differently by locale and no locale was given: they are "
                     "unverifiable until --locale is set.")
    return Report(article, tuple(mentions), tuple(claims), tuple(findings), tuple(notes))
