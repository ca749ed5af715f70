"""One article's findings as Markdown, for review in a pull request.

Everything taken from the article or the reference data is escaped, so a reviewer sees exactly
the characters the source holds and nothing in it can turn into a link, a table cell or markup.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from urllib.parse import quote

from ..model import Claim, Evidence, Fact, Finding, Report, Verdict
from ..formatting import claimed, fact_value, number, reference_value, time_scope

# Worst first: the order a reviewer reads them in.
VERDICT_ORDER = (Verdict.CONTRADICTED, Verdict.IMPRECISE, Verdict.UNVERIFIABLE, Verdict.SUPPORTED)
# A symbol beside every verdict name, so the table reads without colour.
VERDICT_ICON = {Verdict.CONTRADICTED: "❌", Verdict.IMPRECISE: "⚠️",
                Verdict.UNVERIFIABLE: "❔", Verdict.SUPPORTED: "✅"}

_SIGNIFICANT = re.compile(r"([\\`*_\[\]<>|~$&])")
_BREAKS = re.compile(r"[\r\n\u2028\u2029\x85\t\v\f]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_TOKEN = re.compile(r"[\w.:/+=@#-]+\Z")
_HTTP = re.compile(r"https?://[^\s]+\Z", re.IGNORECASE)


def escape(text: object) -> str:
    r"""Inline Markdown text that renders as the literal characters, on one line.

    >>> escape("a | b `c` <i>[x](y)")
    'a \\| b \\`c\\` \\<i\\>\\[x\\](y)'
    >>> escape("line\u2028two")
    'line two'
    """
    if text is None:
        return ""
    text = _CONTROL.sub("", _BREAKS.sub(" ", str(text)))
    return _SIGNIFICANT.sub(r"\\\1", text)


def link(label: object, url: str | None) -> str:
    """A Markdown link when `url` is http(s); otherwise both shown as plain, escaped text.

    >>> link("UN", "https://un.org/a|b")
    '[UN](https://un.org/a%7Cb)'
    >>> link("x", "javascript:alert(1)")
    'x (javascript:alert(1))'
    """
    if url and _HTTP.match(url):
        safe = quote(url, safe=":/?#@!$&'*+,;=%-._~")
        return f"[{escape(label) or escape(url)}]({safe})"
    if url:
        return f"{escape(label)} ({escape(url)})" if label and label != url else escape(url)
    return escape(label)


def line_of(report: Report, offset: int, starts: list[int] | None = None) -> int | None:
    """The 1-based line of the source file an offset into the article text falls on; `starts`
    (the offsets where lines begin) saves scanning the text again for each finding."""
    if not 0 <= offset <= len(report.article.text):
        return None
    if starts is None:
        starts = line_starts(report.article.text)
    return report.article.line_offset + bisect_right(starts, offset)


def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def render_report(report: Report) -> str:
    """The whole Markdown report for one article."""
    out: list[str] = []
    out += _header(report)
    out += _summary(report)
    if report.findings:
        out += _table(report)
        out += _evidence_sections(report)
    return "\n".join(out).rstrip("\n") + "\n"


def _header(report: Report) -> list[str]:
    a = report.article
    lines = [f"# Fact-check: {escape(a.title or a.id)}", ""]
    meta = [("Article", escape(a.id)), ("Date", a.date.isoformat() if a.date else "unknown"),
            ("Locale", escape(a.locale) if a.locale else None),
            ("URL", link(a.url, a.url) if a.url else None),
            ("File", escape(a.path) if a.path else None)]
    lines += [f"- **{name}:** {value}" for name, value in meta if value]
    return lines + [""]


def summary_line(counts: dict[str, int]) -> str:
    """Counts per verdict, worst first: "1 ❌ contradicted · 0 ⚠️ imprecise · ..."."""
    return " · ".join(f"{counts.get(v.value, 0)} {VERDICT_ICON[v]} {v.value}"
                      for v in VERDICT_ORDER)


def _summary(report: Report) -> list[str]:
    n = len(report.findings)
    lines = [f"**{n} claim{'s' if n != 1 else ''} checked:** {summary_line(report.counts())}"]
    if report.worst is not None:
        lines[0] += f" — worst: **{report.worst.value}**"
    lines.append("")
    for note in report.notes:
        lines.append(f"> **Note:** {escape(note)}")
    if report.notes:
        lines.append("")
    if not report.findings:
        lines += ["No checkable claims were found in this article.", ""]
    return lines


def _verdict(v: Verdict) -> str:
    return f"{VERDICT_ICON[v]} {v.value}"


def _table(report: Report) -> list[str]:
    lines = ["## Findings", "",
             "| # | Line | Verdict | Claim | Measure | Subject | Explanation |",
             "|--:|--:|---|---|---|---|---|"]
    starts = line_starts(report.article.text)
    for i, f in enumerate(report.findings, 1):
        c = f.claim
        line = line_of(report, c.mention.start, starts)
        lines.append(" | ".join([
            f"| [{i}](#finding-{i})", str(line) if line else "", _verdict(f.verdict),
            f"“{escape(c.text)}”", escape(c.measure), _subject(c),
            escape(f.explanation) + (f" **Accepted:** {escape(f.accepted.reason)}"
                                     if f.accepted else ""),
        ]) + " |")
    return lines + [""]


def _subject(c: Claim) -> str:
    if c.subject is None:
        return "—" if not c.subject_text else f"— (“{escape(c.subject_text)}”)"
    return escape(c.subject)


def _evidence_sections(report: Report) -> list[str]:
    lines = ["## Evidence", ""]
    for i, f in enumerate(report.findings, 1):
        lines += _finding_section(i, f)
    return lines


def _finding_section(i: int, f: Finding) -> list[str]:
    c = f.claim
    lines = [f'<a id="finding-{i}"></a>', "",
             f"### {i}. {_verdict(f.verdict)}: “{escape(c.text)}”", "",
             f"> {escape(c.sentence)}", ""]
    lines.append(f"- **Claimed:** {escape(claimed(c))}")
    lines.append(f"- **Measure:** {escape(c.measure)}"
                 + (f" (from “{escape(c.measure_text)}”)" if c.measure_text else "")
                 + (f", by {escape(c.measure_rule)}" if c.measure_rule else ""))
    lines.append(f"- **Subject:** {_subject(c)}"
                 + (f" (from “{escape(c.subject_text)}”)" if c.subject and c.subject_text else ""))
    lines.append(f"- **Time:** {escape(time_scope(c.time))}")
    if f.tolerance:
        lines.append(f"- **Tolerance:** {escape(f.tolerance)}")
    lines.append(f"- **Explanation:** {escape(f.explanation)}"
                 + (f" ({code(f.reason)})" if f.reason else ""))
    if f.accepted:
        lines.append(f"- **Accepted** ({escape(f.accepted.where)}): {escape(f.accepted.reason)}")
    if not f.evidence:
        lines.append("- **Reference:** no reference value was found.")
    for e in f.evidence:
        lines += _evidence_lines(e, c)
    return lines + [""]


def _evidence_lines(e: Evidence, c: Claim) -> list[str]:
    value = reference_value(e, c)
    text = e.description if e.description.startswith(number(e.value)) else \
        f"{value} — {e.description}"
    lines = [f"- **Reference:** {escape(text)}"]
    for fact in e.facts:
        lines.append(f"  - {_fact(fact)}")
    return lines


def code(text: object) -> str:
    """An id or reason code as inline code when it is a plain token, else as escaped text."""
    text = str(text)
    return f"`{text}`" if _TOKEN.match(text) else escape(text)


def _fact(f: Fact) -> str:
    value = escape(fact_value(f))
    text = f"{value} as of {f.as_of.isoformat()} — {link(f.publisher, f.url)} · fact {code(f.id)}"
    if f.notes:
        text += f"\n    - {escape(f.notes)}"
    return text
