"""A report for the terminal: one block per finding, the verdict first."""

from __future__ import annotations

from ..model import Report

_MARK = {"supported": "OK  ", "imprecise": "~   ", "unverifiable": "?   ", "contradicted": "FAIL"}


def render_report(report: Report) -> str:
    a = report.article
    lines = [f"{a.title or a.id}",
             f"  {a.path or ''}  date: {a.date.isoformat() if a.date else 'none'}  "
             f"locale: {a.locale or 'none'}"]
    counts = report.counts()
    lines.append("  " + ", ".join(f"{n} {v}" for v, n in counts.items() if n) if report.findings
                 else "  no checkable claims")
    for note in report.notes:
        lines.append(f"  note: {note}")
    for f in report.findings:
        c = f.claim
        line = a.text.count("\n", 0, c.mention.start) + 1 + a.line_offset
        lines.append("")
        lines.append(f"{_MARK[f.verdict.value]} line {line}: {c.text!r} ({c.measure}, "
                     f"{c.subject or 'no subject'})")
        lines.append(f"     {f.explanation}")
        for e in f.evidence:
            for fact in e.facts:
                if fact.url:
                    lines.append(f"     source: {fact.publisher}, {fact.as_of.isoformat()}: {fact.url}")
    return "\n".join(lines) + "\n"
