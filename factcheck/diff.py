"""Compare two runs: which discrepancies are new, which were resolved, which verdicts changed.

A claim is matched across runs by what it says, not where it sits: article id, the claim's text,
measure and subject (and, for a claim repeated word for word, its occurrence in the article).
So an edit elsewhere in the article, which moves every offset, changes nothing here.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .model import Verdict
from .writers.index import SUMMARY_NAME, is_report, read_json, read_reports
from .writers.markdown import escape as md_escape

DISCREPANCY = frozenset({Verdict.CONTRADICTED, Verdict.IMPRECISE})
FAIL_SETS = {"contradicted": frozenset({Verdict.CONTRADICTED}), "imprecise": DISCREPANCY}


@dataclass(frozen=True, order=True)
class ClaimKey:
    """What identifies a claim across runs."""

    article: str
    text: str
    measure: str
    subject: str
    occurrence: int = 0
    """0 for the first claim with this text, measure and subject in the article, 1 for the next."""

    def label(self) -> str:
        nth = f" (#{self.occurrence + 1})" if self.occurrence else ""
        return f"“{self.text}”{nth} {self.measure} / {self.subject or '—'}"


@dataclass(frozen=True)
class Entry:
    """One claim's verdict in one run, with what a reader needs to see why."""

    verdict: Verdict
    explanation: str
    position: int = 0
    """Where the claim starts in its article, to list changes in reading order."""


@dataclass(frozen=True)
class Change:
    key: ClaimKey
    old: Entry | None
    new: Entry | None

    @property
    def explanation(self) -> str:
        return (self.new or self.old).explanation

    def to_dict(self) -> dict:
        return {"article": self.key.article, "claim": self.key.text, "measure": self.key.measure,
                "subject": self.key.subject or None, "occurrence": self.key.occurrence,
                "old": self.old.verdict.value if self.old else None,
                "new": self.new.verdict.value if self.new else None,
                "explanation": self.explanation}


@dataclass(frozen=True)
class Run:
    """A run's verdicts by claim key, and the articles it holds."""

    source: str
    claims: dict[ClaimKey, Entry]
    articles: dict[str, str | None] = field(default_factory=dict)
    """Article id -> title."""


@dataclass(frozen=True)
class RunDiff:
    old: Run
    new: Run
    appeared: list[Change]
    """Claims that are a discrepancy now and were not before (or did not exist)."""
    resolved: list[Change]
    """Claims that were a discrepancy and are no longer (or are gone)."""
    changed: list[Change]
    """Other verdict changes: imprecise <-> contradicted, supported <-> unverifiable."""
    articles_added: list[str]
    articles_removed: list[str]

    def regressions(self, fail_on: str = "contradicted") -> list[Change]:
        """Claims whose verdict got worse and is now one that `fail_on` counts as failing."""
        fail = FAIL_SETS[fail_on]
        return [c for c in self.appeared + self.changed
                if c.new and c.new.verdict in fail
                and (c.old is None or c.old.verdict.severity < c.new.verdict.severity)]


def _norm(text: object) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip()


def _verdict(value: object, where: str) -> Verdict:
    try:
        return Verdict(value)
    except ValueError:
        raise InputError(where, f"unknown verdict {value!r}",
                         hint="expected one of " + ", ".join(v.value for v in Verdict)) from None


def _start(finding: dict) -> int:
    start = ((finding.get("claim") or {}).get("mention") or {}).get("start")
    return start if isinstance(start, int) else 0


def _add_report(claims: dict, articles: dict, report: dict, where: str) -> None:
    article = report.get("article") or {}
    article_id = str(article.get("id") or "")
    if not article_id:
        raise InputError(where, "report has no article id")
    articles[article_id] = article.get("title")
    seen: Counter = Counter()
    findings = report.get("findings")
    if not isinstance(findings, list):
        raise InputError(where, "report has no list of findings")
    for f in sorted(findings, key=_start):
        claim = f.get("claim") or {}
        base = (article_id, _norm((claim.get("mention") or {}).get("text")),
                _norm(claim.get("measure")), _norm(claim.get("subject")))
        key = ClaimKey(*base, occurrence=seen[base])
        seen[base] += 1
        claims[key] = Entry(_verdict(f.get("verdict"), where), _norm(f.get("explanation")),
                            _start(f))


def load_run(path: str | Path) -> Run:
    """A run from a report folder, its summary.json, one report JSON, or a JSON list of reports.

    Raises InputError naming the file and the problem when the input cannot be used.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "no such file or folder",
                         hint="give a run folder, its summary.json or a report JSON file")
    claims: dict[ClaimKey, Entry] = {}
    articles: dict[str, str | None] = {}
    if path.is_dir() or path.name == SUMMARY_NAME:
        folder = path if path.is_dir() else path.parent
        if path.is_file():
            read_json(path)  # a broken summary means a broken run: say so
        found = read_reports(folder)
        if not found:
            raise InputError(str(folder), "holds no report JSON files",
                             hint="a report has \"schema_version\" and \"article\"")
        for slug, report in found:
            _add_report(claims, articles, report, str(folder / f"{slug}.json"))
        return Run(str(path), claims, articles)
    data = read_json(path)
    reports = data if isinstance(data, list) else [data]
    for n, report in enumerate(reports):
        if not is_report(report):
            where = str(path) if not isinstance(data, list) else f"{path} (item {n + 1})"
            raise InputError(where, "not a factcheck report",
                             hint="a report has \"schema_version\" and \"article\"")
        _add_report(claims, articles, report, str(path))
    return Run(str(path), claims, articles)


def compare(old: Run, new: Run) -> RunDiff:
    """Sort every claim whose verdict differs between the runs into one of three lists."""
    appeared, resolved, changed = [], [], []
    def reading_order(key: ClaimKey):
        entry = new.claims.get(key) or old.claims[key]
        return key.article, entry.position, key

    for key in sorted(set(old.claims) | set(new.claims), key=reading_order):
        before, after = old.claims.get(key), new.claims.get(key)
        was = before is not None and before.verdict in DISCREPANCY
        now = after is not None and after.verdict in DISCREPANCY
        change = Change(key, before, after)
        if now and not was:
            appeared.append(change)
        elif was and not now:
            resolved.append(change)
        elif before and after and before.verdict != after.verdict:
            changed.append(change)
    return RunDiff(old, new, appeared, resolved, changed,
                   sorted(set(new.articles) - set(old.articles)),
                   sorted(set(old.articles) - set(new.articles)))


def _verdicts(c: Change) -> str:
    old = c.old.verdict.value if c.old else "absent"
    new = c.new.verdict.value if c.new else "gone"
    return f"{old} → {new}"


SECTIONS = (("appeared", "New discrepancies", "+"), ("resolved", "Resolved discrepancies", "-"),
            ("changed", "Changed verdicts", "~"))


def to_text(d: RunDiff, fail_on: str = "contradicted") -> str:
    lines = [f"old: {d.old.source} ({len(d.old.articles)} articles, {len(d.old.claims)} claims)",
             f"new: {d.new.source} ({len(d.new.articles)} articles, {len(d.new.claims)} claims)"]
    for attr, title, sign in SECTIONS:
        items = getattr(d, attr)
        lines.append("")
        lines.append(f"{title} ({len(items)})" + (":" if items else ""))
        for c in items:
            lines.append(f"  {sign} {c.key.article}: {c.key.label()}  [{_verdicts(c)}]")
            if c.explanation:
                lines.append(f"      {c.explanation}")
    for title, ids in (("Articles added", d.articles_added), ("Articles removed", d.articles_removed)):
        if ids:
            lines += ["", f"{title} ({len(ids)}): " + ", ".join(ids)]
    lines += ["", _verdict_line(d, fail_on)]
    return "\n".join(lines) + "\n"


def _verdict_line(d: RunDiff, fail_on: str) -> str:
    bad = d.regressions(fail_on)
    what = "contradicted" if fail_on == "contradicted" else "contradicted or imprecise"
    if bad:
        return f"FAIL: {len(bad)} claim{'s' if len(bad) != 1 else ''} newly {what}."
    return f"OK: no claim is newly {what}."


def to_markdown(d: RunDiff, fail_on: str = "contradicted") -> str:
    e = md_escape
    lines = ["# Fact-check changes", "",
             f"- **Old:** {e(d.old.source)} ({len(d.old.articles)} articles, "
             f"{len(d.old.claims)} claims)",
             f"- **New:** {e(d.new.source)} ({len(d.new.articles)} articles, "
             f"{len(d.new.claims)} claims)", "", f"**{e(_verdict_line(d, fail_on))}**"]
    for attr, title, _ in SECTIONS:
        items = getattr(d, attr)
        lines += ["", f"## {title} ({len(items)})", ""]
        if not items:
            lines.append("None.")
            continue
        lines += ["| Article | Claim | Measure | Subject | Verdict | Explanation |",
                  "|---|---|---|---|---|---|"]
        for c in items:
            k = c.key
            nth = f" (#{k.occurrence + 1})" if k.occurrence else ""
            lines.append(f"| {e(k.article)} | “{e(k.text)}”{nth} | {e(k.measure)} | "
                         f"{e(k.subject) or '—'} | {e(_verdicts(c))} | {e(c.explanation)} |")
    for title, ids in (("Articles added", d.articles_added), ("Articles removed", d.articles_removed)):
        if ids:
            lines += ["", f"**{title}:** " + ", ".join(e(i) for i in ids)]
    return "\n".join(lines) + "\n"


def to_json(d: RunDiff, fail_on: str = "contradicted") -> str:
    data = {
        "old": {"source": d.old.source, "articles": len(d.old.articles), "claims": len(d.old.claims)},
        "new": {"source": d.new.source, "articles": len(d.new.articles), "claims": len(d.new.claims)},
        "new_discrepancies": [c.to_dict() for c in d.appeared],
        "resolved": [c.to_dict() for c in d.resolved],
        "changed": [c.to_dict() for c in d.changed],
        "articles_added": d.articles_added,
        "articles_removed": d.articles_removed,
        "fail_on": fail_on,
        "failed": bool(d.regressions(fail_on)),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


FORMATS = {"text": to_text, "md": to_markdown, "json": to_json}
