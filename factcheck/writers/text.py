"""A report for the terminal: discrepancies first, the rest in one line unless asked for.

An editor reads this before publishing: what needs action (contradicted, then imprecise) comes
first, each with its line, explanation and sources; claims that need no action (supported,
unverifiable, and findings the article or the baseline accepts) are counted in one line, and
listed after the discrepancies only with `verbose`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..display import visible
from ..model import Report, Verdict

_MARK = {"supported": "OK  ", "imprecise": "~   ", "unverifiable": "?   ", "contradicted": "FAIL"}
ACTION = (Verdict.CONTRADICTED, Verdict.IMPRECISE)


def needs_action(f) -> bool:
    return f.verdict in ACTION and f.accepted is None


def summary_line(report: Report) -> str:
    """"4 claims: 1 contradicted, 3 supported (1 accepted)" for one article."""
    counts = report.counts()
    accepted = sum(f.accepted is not None for f in report.findings)
    text = ", ".join(f"{n} {v}" for v, n in sorted(counts.items(), key=_worst_first) if n)
    return (f"{len(report.findings)} claims: {text}" if report.findings else "no checkable claims") \
        + (f" ({accepted} accepted)" if accepted else "")


def _worst_first(item) -> int:
    return -Verdict(item[0]).severity


def render_report(report: Report, *, verbose: bool = False) -> str:
    a = report.article
    lines = [f"{a.title or a.id}",
             f"  {a.path or ''}  date: {a.date.isoformat() if a.date else 'none'}  "
             f"locale: {a.locale or 'none'}",
             "  " + summary_line(report)]
    for note in report.notes:
        lines.append(f"  note: {note}")
    order = sorted(report.findings, key=lambda f: (not needs_action(f), -f.verdict.severity))
    shown = order if verbose else [f for f in order if needs_action(f)]
    starts = [0] + [m.end() for m in re.finditer("\n", a.text)] if shown else []
    for f in shown:
        lines.extend(_finding(a, f, starts))
    rest = [f for f in order if not needs_action(f)]
    if rest and not verbose:
        counts: dict[str, int] = {}
        for f in rest:
            key = "accepted" if f.accepted else f.verdict.value
            counts[key] = counts.get(key, 0) + 1
        lines.append("")
        lines.append("  " + ("no discrepancy; " if len(rest) == len(order) else "also ")
                     + ", ".join(f"{n} {k}" for k, n in counts.items())
                     + " (--verbose lists them)")
    # Titles, ids and paths come from the input: no escape sequence reaches the terminal raw.
    return "\n".join(visible(line, one_line=True) for line in lines) + "\n"


def _finding(a, f, starts: list[int] | None = None) -> list[str]:
    c = f.claim
    starts = starts if starts is not None else [0] + [m.end() for m in re.finditer("\n", a.text)]
    line = bisect_right(starts, c.mention.start) + a.line_offset
    out = ["", f"{_MARK[f.verdict.value]} line {line}: {c.text!r} ({c.measure}, "
               f"{c.subject or 'no subject'})" + (f" [{f.reason}]" if f.reason else ""),
           f"     {f.explanation}"]
    if f.accepted:
        out.append(f"     accepted ({f.accepted.where}): {f.accepted.reason}")
    for e in f.evidence:
        for fact in e.facts:
            if fact.url:
                out.append(f"     source: {fact.publisher}, {fact.as_of.isoformat()}: {fact.url}")
    return out
