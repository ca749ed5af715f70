"""Pipeline data -> plain JSON-ready dicts, in one place, so every writer agrees on field names.

The field names and meanings are a public format (documented in README.md); change them only with
a new REPORT_SCHEMA_VERSION.
"""

from __future__ import annotations

from .model import (Alternative, Article, Claim, Evidence, Fact, Finding, Mention, Report,
                    TimeScope, decimal_text)

REPORT_SCHEMA_VERSION = "1.0"


def _date(value):
    return value.isoformat() if value else None


def mention_to_dict(m: Mention) -> dict:
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "value": decimal_text(m.value),
        "kind": m.kind.value,
        "unit": m.unit,
        "low": decimal_text(m.low),
        "high": decimal_text(m.high),
        "bound": m.bound.value,
        "qualifier": m.qualifier,
        "style": m.style,
        "alternatives": [alternative_to_dict(a) for a in m.alternatives],
        "problem": m.problem,
    }


def alternative_to_dict(a: Alternative) -> dict:
    return {"value": decimal_text(a.value), "style": a.style, "locales": list(a.locales)}


def time_to_dict(t: TimeScope) -> dict:
    return {"at": _date(t.at), "start": _date(t.start), "end": _date(t.end), "text": t.text}


def claim_to_dict(c: Claim) -> dict:
    return {
        "mention": mention_to_dict(c.mention),
        "measure": c.measure,
        "measure_text": c.measure_text,
        "measure_rule": c.measure_rule,
        "subject": c.subject,
        "subject_text": c.subject_text,
        "time": time_to_dict(c.time),
        "denominator": c.denominator,
        "host": c.host,
        "sentence": c.sentence,
        "sentence_start": c.sentence_start,
    }


def fact_to_dict(f: Fact) -> dict:
    return {
        "id": f.id,
        "subject": f.subject,
        "measure": f.measure,
        "value": decimal_text(f.value),
        "low": decimal_text(f.low),
        "high": decimal_text(f.high),
        "unit": f.unit,
        "as_of": _date(f.as_of),
        "publisher": f.publisher,
        "url": f.url,
        "notes": f.notes,
    }


def evidence_to_dict(e: Evidence) -> dict:
    return {
        "value": decimal_text(e.value),
        "unit": e.unit,
        "description": e.description,
        "facts": [fact_to_dict(f) for f in e.facts],
    }


def finding_to_dict(f: Finding) -> dict:
    return {
        "claim": claim_to_dict(f.claim),
        "verdict": f.verdict.value,
        "reason": f.reason,
        "tolerance": f.tolerance,
        "explanation": f.explanation,
        "evidence": [evidence_to_dict(e) for e in f.evidence],
        "accepted": ({"reason": f.accepted.reason, "where": f.accepted.where}
                     if f.accepted else None),
    }


def article_to_dict(a: Article) -> dict:
    return {"id": a.id, "title": a.title, "date": _date(a.date), "locale": a.locale,
            "url": a.url, "path": a.path}


def report_to_dict(r: Report) -> dict:
    """A report as the JSON data of `factcheck check --format json` (factcheck/schemas/)."""
    return {
        "schema_version": REPORT_SCHEMA_VERSION,
        "article": article_to_dict(r.article),
        "summary": {"claims": len(r.claims), "verdicts": r.counts(),
                    "worst": r.worst.value if r.worst else None},
        "notes": list(r.notes),
        "findings": [finding_to_dict(f) for f in r.findings],
        "mentions": [mention_to_dict(m) for m in r.mentions],
    }
