"""Findings an article accepts: inline comments and a front-matter list, like `# noqa`.

    <!-- factcheck: accept deaths "the toll is the ministry's; reviewed 2024-05-01" -->
    More than 3,00,000 people have died ...

A comment alone on its line applies to the next line with text; a comment after text applies to
its own line. It names one or more selectors (measures, verdicts, reasons, comma-separated; see
factcheck.selection) and a reason in double quotes. The front matter can list accepts too:

    factcheck:
      accept:
        - {select: deaths, claim: "3,00,000", reason: "..."}

Comments are blanked (same length, newlines kept) before the text is read, so a number in a
reason never becomes a claim. A malformed accept is an InputError naming its line: a typo must
not silently accept nothing, or everything.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right

from .errors import InputError
from .model import Accept, Article, Finding

# A body never holds <, > or a line break, so a match attempt stops at the next one: linear.
_COMMENT = re.compile(r"<!--[ \t]*factcheck:(?P<body>[^\n<>]*?)-->")
_BODY = re.compile(r'\s*accept\s(?P<selectors>[^"]*)"(?P<reason>[^"]*)"\s*\Z')


def read_accepts(text: str, meta: dict, path: str | None,
                 line_offset: int = 0) -> tuple[str, tuple[Accept, ...]]:
    """The text with factcheck comments blanked, and every accept the article declares."""
    from .selection import parse_selectors

    def selectors(raw: str, line: int | None) -> tuple[str, ...]:
        try:
            return tuple(str(s) for s in parse_selectors([raw]))
        except ValueError as exc:
            raise InputError(path, f"factcheck accept: {exc}", line=line) from None

    accepts = []
    comments = list(_COMMENT.finditer(text))
    if comments:
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        lines = text.split("\n")
        has_text = [bool(_COMMENT.sub("", line).strip()) for line in lines]
        next_text = [len(lines)] * (len(lines) + 1)  # the first line with text after each line
        for i in range(len(lines) - 1, -1, -1):
            next_text[i] = i + 1 if i + 1 < len(lines) and has_text[i + 1] else next_text[i + 1]
    for match in comments:
        line = bisect_right(starts, match.start()) - 1
        source_line = line + 1 + line_offset
        body = _BODY.match(match["body"])
        if not body or not body["reason"].strip() or not body["selectors"].strip():
            raise InputError(path, "factcheck comment not understood", line=source_line,
                             hint='write <!-- factcheck: accept MEASURE "reason" -->; the reason '
                                  "is required")
        target = line if has_text[line] else next_text[line]  # alone on its line: the next one
        accepts.append(Accept(selectors(body["selectors"], source_line), body["reason"].strip(),
                              line=target, where=f"line {source_line}"))
    if accepts:
        text = _COMMENT.sub(lambda m: " " * len(m.group()), text)

    listed = (meta.get("factcheck") or {}) if isinstance(meta, dict) else {}
    if not isinstance(listed, dict) or not isinstance(listed.get("accept", []), list):
        raise InputError(path, "front matter `factcheck` must be a mapping with an `accept` list")
    for number, item in enumerate(listed.get("accept", []), start=1):
        if not isinstance(item, dict) or not str(item.get("reason") or "").strip() \
                or not (item.get("select") or item.get("claim")):
            raise InputError(path, f"front matter factcheck accept entry {number} needs a "
                                   "`reason` and a `select` or a `claim`",
                             hint='e.g. {select: deaths, claim: "3,00,000", reason: "..."}')
        accepts.append(Accept(selectors(item["select"], None) if item.get("select") else (),
                              str(item["reason"]).strip(),
                              claim=str(item["claim"]) if item.get("claim") else None,
                              where="front matter"))
    return text, tuple(accepts)


def apply_accepts(article: Article, findings) -> list[Finding]:
    """Findings with `accepted` set where one of the article's accepts matches."""
    findings = list(findings)
    if not article.accepts:
        return findings
    from .selection import Selection, parse_selectors
    starts = [0] + [m.end() for m in re.finditer("\n", article.text)]
    rules = [(a, Selection(select=parse_selectors(a.selectors))) for a in article.accepts]
    out = []
    for f in findings:
        line = bisect_right(starts, f.claim.mention.start) - 1
        for accept, selection in rules:
            if accept.line is not None and accept.line != line:
                continue
            if accept.claim is not None and accept.claim.casefold() not in f.claim.text.casefold():
                continue
            if selection and not selection.keeps_finding(f):
                continue
            f = dataclasses.replace(f, accepted=accept)
            break
        out.append(f)
    return out
