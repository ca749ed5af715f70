"""Check one article: text -> mentions -> claims -> findings -> report. The one entry point.

The public Python API (also importable from `factcheck`):

    >>> import factcheck
    >>> report = factcheck.check_text("More than 3,00,000 people have died in the Syrian civil "
    ...                               "war.", date="2016-10-18", locale="en_IN")
    >>> [(f.claim.measure, f.verdict.value) for f in report.findings]
    [('deaths', 'supported')]

`check_text` and `check_file` return a `Report` (factcheck.model: its `findings` are `Finding`s,
each with its `Claim`, `Verdict`, reason, explanation and `Evidence`); `factcheck.report_to_dict`
turns one into the JSON of `factcheck check --format json` (schema: factcheck/schemas/). Reference
data is loaded once per process and reused; pass `reference=load_reference([...])` for your own.
"""

from __future__ import annotations

import datetime as dt
import os
from functools import lru_cache

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


def check_text(text: str, *, date: dt.date | str | None = None, locale: str | None = None,
               reference: ReferenceData | None = None, tolerances: Tolerances | None = None,
               id: str = "text", markdown: bool = False) -> Report:
    """Check the claims of an article given as text. `markdown=True` reads YAML front matter
    (title, date, locale) and accept comments; `date` and `locale` override the metadata."""
    from .articles import article_from_text
    article = article_from_text(text, path=None, kind="markdown" if markdown else "text",
                                date=_as_date(date), locale=locale, id=id)
    return check_article(article, reference or _bundled(), tolerances)


def check_file(path: str | os.PathLike, *, date: dt.date | str | None = None,
               locale: str | None = None, reference: ReferenceData | None = None,
               tolerances: Tolerances | None = None) -> Report:
    """Check the claims of an article file (.txt, .md, .html). Raises InputError (a ValueError)
    naming the file and place when it cannot be read."""
    from .articles import read_article
    article = read_article(os.fspath(path), date=_as_date(date), locale=locale)
    return check_article(article, reference or _bundled(), tolerances)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


@lru_cache(maxsize=1)
def _bundled() -> ReferenceData:
    from .reference import load_reference
    return load_reference()


def check_article(article: Article, reference: ReferenceData,
                  tolerances: Tolerances | None = None) -> Report:
    """The report of one Article against loaded reference data (what the commands call)."""
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
