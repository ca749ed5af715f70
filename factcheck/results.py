"""What a run found: per article (ArticleResult, with a FindingRecord per checked claim) and in
total (Summary), and what fails it (judge). Shared by `factcheck check` and corpus runs
(factcheck.corpus), so that checking one article does not import the corpus machinery.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .articles import format_of
from .baseline import Baseline, finding_fingerprint
from .model import Article, Report, Verdict, verdict_counts, worst_verdict


@dataclass(frozen=True)
class FindingRecord:
    """One checked claim as run-level outputs need it: small, picklable, and cacheable as JSON."""

    fingerprint: str
    verdict: Verdict
    claim: str
    sentence: str
    measure: str
    subject: str | None
    explanation: str
    reason: str | None
    facts: tuple[str, ...]
    sources: tuple[str, ...]
    publishers: tuple[str, ...]
    """Who published the facts it was checked against (the run index filters on them)."""
    start: int
    end: int
    line: int | None
    column: int | None
    end_line: int | None
    end_column: int | None
    value: str | None = None
    """The claimed value, exact ("300000"), or "low..high" for a range."""
    bound: str | None = None
    time: str | None = None
    """When the claim is about: an ISO date, or "start/end" for a period."""
    reference_value: str | None = None
    """The first reference value the checker compared it with, exact."""
    accepted_inline: str | None = None
    """Why the article itself accepts it (an inline comment or its front matter), and where."""
    failing: bool = False
    """At or above --fail-on and not accepted by the baseline."""
    accepted: bool = False
    """Accepted by the baseline."""
    accepted_reason: str | None = None

    def to_dict(self) -> dict:
        """The checker's part as JSON data (what the baseline decides is left out)."""
        d = {name: getattr(self, name) for name in _RECORD_FIELDS}
        d["verdict"] = self.verdict.value
        d["facts"], d["sources"] = list(self.facts), list(self.sources)
        d["publishers"] = list(self.publishers)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "FindingRecord":
        return cls(**{**d, "verdict": Verdict(d["verdict"]), "facts": tuple(d["facts"]),
                      "sources": tuple(d["sources"]), "publishers": tuple(d["publishers"])})

    def to_row(self) -> list:
        """The checker's part as a JSON list in _RECORD_FIELDS order: the cache's compact form."""
        return [getattr(self, name) for name in _RECORD_FIELDS]

    @classmethod
    def from_row(cls, row: list) -> "FindingRecord":
        """to_row's inverse. A re-run builds one record per cached finding, so this sets the
        fields directly, as unpickling does, instead of through the frozen __init__."""
        record = object.__new__(cls)
        values = dict(zip(_RECORD_FIELDS, row), **_RECORD_DEFAULTS)
        values["verdict"] = _VERDICTS[values["verdict"]]
        values["facts"] = tuple(values["facts"])
        values["sources"] = tuple(values["sources"])
        values["publishers"] = tuple(values["publishers"])
        object.__setattr__(record, "__dict__", values)
        return record


_RECORD_FIELDS = tuple(f.name for f in dataclasses.fields(FindingRecord)
                       if f.name not in ("failing", "accepted", "accepted_reason"))
_RECORD_DEFAULTS = {"failing": False, "accepted": False, "accepted_reason": None}
_VERDICTS = {v.value: v for v in Verdict}


@dataclass(frozen=True)
class ArticleResult:
    """What happened to one input article: its findings, or why it could not be checked."""

    seq: int
    id: str | None
    source: str | None
    """The file it came from (a JSON Lines corpus for corpus articles)."""
    line: int | None = None
    """Line in `source` where the article (or the error) is, when known."""
    title: str | None = None
    url: str | None = None
    date: str | None = None
    name: str | None = None
    """File name stem of its reports in the output folder."""
    reports: tuple[str, ...] = ()
    findings: tuple[FindingRecord, ...] = ()
    claims: int = 0
    error: str | None = None
    """Why the article could not be checked ("empty article", "duplicate id", ...)."""
    detail: str | None = None
    fingerprint: str | None = None
    """For an error: its baseline fingerprint."""
    cached: bool = False
    failing: bool = False
    accepted: bool = False
    accepted_reason: str | None = None

    def counts(self) -> dict[str, int]:
        return verdict_counts(f.verdict for f in self.findings)

    @functools.cached_property
    def worst(self) -> Verdict | None:
        """Asked for by several writers per article: worked out once (not a field)."""
        return worst_verdict(f.verdict for f in self.findings)

    def to_dict(self) -> dict:
        d = {k: getattr(self, k) for k in ("id", "source", "line", "title", "url", "date", "name",
                                            "claims", "error", "detail", "fingerprint")}
        d["reports"] = list(self.reports)
        d["findings"] = [f.to_dict() for f in self.findings]
        return d

    @classmethod
    def from_dict(cls, d: dict, seq: int) -> "ArticleResult":
        return cls(seq=seq, **{**d, "reports": tuple(d["reports"]),
                               "findings": tuple(FindingRecord.from_dict(f) for f in d["findings"])})

    def to_row(self) -> list:
        """A checked article's result as the cache keeps it (a JSON list, see from_row)."""
        return [self.id, self.title, self.url, self.date, self.name, list(self.reports),
                self.claims, [f.to_row() for f in self.findings]]

    @classmethod
    def from_row(cls, row: list, seq: int, source: str | None,
                 line: int | None) -> "ArticleResult":
        """A cached result, placed at `seq` and found at `source` (and `line`) this time."""
        id_, title, url, date, name, reports, claims, findings = row
        return cls(seq=seq, id=id_, source=source, line=line, title=title, url=url, date=date,
                   name=name, reports=tuple(reports), claims=claims,
                   findings=tuple(FindingRecord.from_row(f) for f in findings), cached=True)


@dataclass
class Summary:
    """Counts over the run, kept as results arrive (never a list of every article)."""

    articles: int = 0
    checked: int = 0
    cached: int = 0
    errors: int = 0
    claims: int = 0
    verdicts: dict[str, int] = field(default_factory=lambda: {v.value: 0 for v in Verdict})
    worst: dict[str, int] = field(default_factory=lambda: {v.value: 0 for v in Verdict})
    """Articles by their worst verdict (articles with no claim are not counted here)."""
    failing_findings: int = 0
    failing_errors: int = 0
    accepted: int = 0
    baseline_gone: list = field(default_factory=list)
    fail_on: Verdict | None = Verdict.CONTRADICTED
    elapsed: float = 0.0

    @property
    def failed(self) -> bool:
        return bool(self.failing_findings or self.failing_errors)

    def add(self, r: ArticleResult) -> None:
        self.articles += 1
        if r.error is not None:
            self.errors += 1
            self.failing_errors += r.failing
            self.accepted += r.accepted
            return
        self.checked += 1
        self.cached += r.cached
        self.claims += len(r.findings)
        for f in r.findings:
            self.verdicts[f.verdict.value] += 1
            self.failing_findings += f.failing
            self.accepted += f.accepted
        if r.worst is not None:
            self.worst[r.worst.value] += 1


def finding_records(report: Report) -> tuple[FindingRecord, ...]:
    """Findings with fingerprints and file positions, in report order."""
    article = report.article
    source, corpus_line = source_of(article)
    is_html = format_of(source or "") == "html"
    starts = _line_starts(article.text)
    seen: dict[str, int] = {}
    records = []
    for f in report.findings:
        c = f.claim
        facts = sorted({fact.id for e in f.evidence for fact in e.facts})
        sources = sorted({fact.url for e in f.evidence for fact in e.facts if fact.url})
        publishers = sorted({fact.publisher for e in f.evidence for fact in e.facts
                             if fact.publisher})
        base = finding_fingerprint(article.id, c.text, c.measure, c.subject, facts)
        occurrence = seen.get(base, 0)
        seen[base] = occurrence + 1
        fingerprint = base if occurrence == 0 else finding_fingerprint(
            article.id, c.text, c.measure, c.subject, facts, occurrence)
        line = column = end_line = end_column = None
        if corpus_line is not None:  # a JSON Lines record: its line, no column
            line = end_line = corpus_line
        elif not is_html:  # HTML offsets point into extracted text, not the file's lines
            line, column = _position(starts, c.mention.start, article.line_offset)
            end_line, end_column = _position(starts, c.mention.end, article.line_offset)
        records.append(FindingRecord(
            fingerprint=fingerprint, verdict=f.verdict, claim=c.text, sentence=c.sentence,
            measure=c.measure, subject=c.subject, explanation=f.explanation, reason=f.reason,
            facts=tuple(facts), sources=tuple(sources), publishers=tuple(publishers),
            start=c.mention.start, end=c.mention.end,
            line=line, column=column, end_line=end_line, end_column=end_column,
            **_table_fields(f)))
    return tuple(records)


def _table_fields(f) -> dict:
    """The claim's value, bound and time and the reference value, as exact text."""
    from .model import decimal_text
    m, t = f.claim.mention, f.claim.time
    value = decimal_text(m.value) if m.value is not None else (
        f"{decimal_text(m.low)}..{decimal_text(m.high)}" if m.is_range else None)
    when = t.at.isoformat() if t.at else (
        f"{t.start.isoformat() if t.start else ''}/{t.end.isoformat() if t.end else ''}"
        if t.start or t.end else None)
    return {"value": value, "bound": m.bound.value, "time": when,
            "reference_value": decimal_text(f.evidence[0].value) if f.evidence else None,
            "accepted_inline": f"{f.accepted.reason} ({f.accepted.where})" if f.accepted else None}


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _position(starts: list[int], offset: int, line_offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of a text offset in the source file."""
    index = bisect_right(starts, offset) - 1
    return index + 1 + line_offset, offset - starts[index] + 1


_CORPUS_LINE = re.compile(r"^(?P<file>.+\.(?:jsonl|ndjson)):(?P<line>\d+)$", re.IGNORECASE)


def source_of(article: Article) -> tuple[str | None, int | None]:
    """The file an article came from, and its line there for corpus articles ("x.jsonl:12")."""
    match = _CORPUS_LINE.match(article.path or "")
    if match:
        return match["file"], int(match["line"])
    return article.path, None


def judge(result: ArticleResult, fail_on: Verdict | None,
          baseline: Baseline | None) -> ArticleResult:
    """Mark what fails the run: findings at or above `fail_on` and errors, unless accepted."""
    if fail_on is None and baseline is None and not any(
            f.accepted_inline for f in result.findings):
        return result  # nothing fails, nothing is accepted
    if result.error is not None:
        entry = baseline.accept(result.fingerprint, None) if baseline else None
        return dataclasses.replace(result, accepted=entry is not None,
                                   accepted_reason=entry.reason if entry else None,
                                   failing=fail_on is not None and entry is None)
    findings = []
    changed = False
    for f in result.findings:
        entry = baseline.accept(f.fingerprint, f.verdict) if baseline else None
        accepted = entry is not None or f.accepted_inline is not None
        failing = (fail_on is not None and f.verdict.severity >= fail_on.severity
                   and not accepted)
        reason = (entry.reason if entry else None) or f.accepted_inline
        if (failing, accepted, reason) != (f.failing, f.accepted, f.accepted_reason):
            f = dataclasses.replace(f, failing=failing, accepted=accepted, accepted_reason=reason)
            changed = True
        findings.append(f)
    return dataclasses.replace(result, findings=tuple(findings)) if changed else result
