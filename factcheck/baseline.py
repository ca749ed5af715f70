"""Stable fingerprints for findings, and the baseline file that accepts known ones.

A fingerprint names a finding by what it is, not where it is: the article id, the claim's text
(normalised), its measure and subject, and the ids of the reference facts it was checked against.
Editing text around a claim or moving it to another line keeps its fingerprint; changing the
figure, the subject or the reference facts makes a new finding. The baseline file is plain JSON
(sorted keys, indent 2, trailing newline) so that a change to it reads well in a diff.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError
from .model import Verdict

BASELINE_VERSION = 1
FINGERPRINT_VERSION = "v1"


def normalise(text: str | None) -> str:
    """Text as compared for fingerprints: NFKC, case-folded, whitespace runs made one space."""
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def _digest(*parts: object) -> str:
    data = json.dumps([FINGERPRINT_VERSION, *parts], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def finding_fingerprint(article_id: str, claim_text: str, measure: str | None,
                        subject: str | None, fact_ids, occurrence: int = 0) -> str:
    """sha256 of what a finding is about; `occurrence` tells apart identical claims in one article.

    >>> a = finding_fingerprint("a1", "More than  3,00,000", "deaths", "SYR", ["f2", "f1"])
    >>> a == finding_fingerprint("a1", "more than 3,00,000", "deaths", "SYR", ["f1", "f2"])
    True
    >>> a == finding_fingerprint("a1", "more than 3,00,000", "deaths", "SYR", ["f1"])
    False
    """
    return _digest("finding", article_id, normalise(claim_text), measure or "", subject or "",
                   sorted(set(fact_ids)), occurrence)


def error_fingerprint(source: str, reason: str, occurrence: int = 0) -> str:
    """sha256 of an article that could not be checked: where it is and why."""
    return _digest("error", source, reason, occurrence)


@dataclass(frozen=True)
class Entry:
    """One accepted finding (or unreadable article), with the reviewer's reason if given."""

    fingerprint: str
    article: str
    verdict: str
    claim: str | None = None
    measure: str | None = None
    subject: str | None = None
    facts: tuple[str, ...] = ()
    reason: str | None = None

    def to_dict(self) -> dict:
        return {"fingerprint": self.fingerprint, "article": self.article, "verdict": self.verdict,
                "claim": self.claim, "measure": self.measure, "subject": self.subject,
                "facts": list(self.facts), "reason": self.reason}

    @property
    def severity(self) -> int:
        """Severity of the accepted verdict; an accepted error accepts only that error."""
        try:
            return Verdict(self.verdict).severity
        except ValueError:
            return max(v.severity for v in Verdict)


class Baseline:
    """Entries by fingerprint, and which of them this run has seen again."""

    def __init__(self, entries=(), path: str | None = None):
        self.path = path
        self.entries: dict[str, Entry] = {e.fingerprint: e for e in entries}
        self.seen: set[str] = set()

    @classmethod
    def load(cls, path: str) -> "Baseline":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise UsageError(f"--baseline {path}: cannot read: {exc.strerror or exc}") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UsageError(f"--baseline {path}: not a JSON baseline file ({exc})") from None
        if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
            raise UsageError(f"--baseline {path}: expected an object with a \"findings\" list")
        entries = []
        for number, item in enumerate(data["findings"], start=1):
            if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
                raise UsageError(f"--baseline {path}: finding {number} has no \"fingerprint\"")
            entries.append(Entry(
                fingerprint=item["fingerprint"], article=str(item.get("article") or ""),
                verdict=str(item.get("verdict") or ""), claim=item.get("claim"),
                measure=item.get("measure"), subject=item.get("subject"),
                facts=tuple(item.get("facts") or ()), reason=item.get("reason")))
        return cls(entries, path)

    def accept(self, fingerprint: str, verdict: Verdict | None) -> Entry | None:
        """The entry that accepts this finding (None: it is new, or its verdict got worse).

        `verdict` None stands for an unreadable article, accepted only by an error entry.
        """
        entry = self.entries.get(fingerprint)
        if entry is None:
            return None
        self.seen.add(fingerprint)
        severity = max(v.severity for v in Verdict) if verdict is None else verdict.severity
        return entry if severity <= entry.severity else None

    def gone(self) -> list[Entry]:
        """Entries whose finding did not occur in this run: fixed, or their article is gone."""
        return sorted((e for fp, e in self.entries.items() if fp not in self.seen),
                      key=lambda e: (e.article, e.fingerprint))


def dump(entries, *, previous: Baseline | None = None) -> str:
    """The baseline file's text; reasons given in `previous` are kept for findings that remain."""
    kept = previous.entries if previous else {}
    rows = []
    for entry in entries:
        old = kept.get(entry.fingerprint)
        if old is not None and old.reason and not entry.reason:
            entry = dataclasses.replace(entry, reason=old.reason)
        rows.append(entry.to_dict())
    rows.sort(key=lambda r: (r["article"], r["fingerprint"]))
    data = {"tool": "factcheck", "version": BASELINE_VERSION, "findings": rows}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


class BaselineWriter:
    """Run writer that records the findings that would fail the run, and every error, in a file.

    "Would fail" means at or above --fail-on; with --fail-on never, every finding worse than
    supported. Reasons already written in the file are kept.
    """

    def __init__(self, path: str, previous: Baseline | None = None):
        self.path = path
        self.previous = previous
        self.threshold = Verdict.UNVERIFIABLE.severity
        self.entries: list[Entry] = []

    def start(self, run) -> None:
        if run.fail_on is not None:
            self.threshold = run.fail_on.severity
        if self.previous is None and Path(self.path).is_file():
            try:
                self.previous = Baseline.load(self.path)
            except UsageError:
                self.previous = None

    def handle(self, result) -> None:
        if result.error is not None:
            self.entries.append(Entry(fingerprint=result.fingerprint,
                                      article=result.id or result.source or "", verdict="error",
                                      claim=result.error))
            return
        for f in result.findings:
            if f.verdict.severity >= self.threshold:
                self.entries.append(Entry(fingerprint=f.fingerprint, article=result.id or "",
                                          verdict=f.verdict.value, claim=f.claim,
                                          measure=f.measure, subject=f.subject, facts=f.facts))

    def stop(self, summary) -> None:
        from .fileio import write_atomic
        write_atomic(self.path, dump(self.entries, previous=self.previous))
