"""SARIF 2.1.0 for code-scanning tools: one result per finding worse than supported.

Each result carries a stable `partialFingerprints` entry (the finding's fingerprint, which does
not depend on line numbers) so a scanning service tracks it across edits, and a region whose
startLine/startColumn come from the claim's offset plus the article's line offset. Columns count
Unicode code points (run.columnKind says so). Findings accepted by a baseline are reported with
a suppression. Results and the notifications of unreadable articles are spooled to temporary
files as they arrive, so memory stays flat.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path, PurePath
from urllib.parse import quote

from .. import PROJECT_URL
from ..fileio import open_atomic
from ..model import Verdict

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "factcheckFinding/v1"
INFORMATION_URI = PROJECT_URL
RULES = {
    Verdict.CONTRADICTED: ("The reference data contradicts the figure.", "error"),
    Verdict.IMPRECISE: ("The figure is close to the reference but outside the stated precision.",
                        "warning"),
    Verdict.UNVERIFIABLE: ("The figure could not be checked against the reference data.", "note"),
}
RULE_IDS = list(RULES)
_PLACEHOLDER = "\"@@results@@\""
_NOTES_PLACEHOLDER = "\"@@notifications@@\""
_NOTE_INDENT = "\n" + " " * 12
"""Where a notification sits in the log: runs[0].invocations[0].toolExecutionNotifications."""


def artifact_uri(path: str | None) -> str:
    """A relative URI for a file the run read (forward slashes, percent-encoded)."""
    if not path:
        return ""
    p = Path(path)
    try:
        p = p.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        if p.is_absolute():
            return p.resolve().as_uri()
    return quote(PurePath(p).as_posix())


def level(f) -> str:
    """error for a finding that fails the run; otherwise by verdict, never above warning."""
    if f.failing:
        return "error"
    return "warning" if f.verdict is Verdict.CONTRADICTED else RULES[f.verdict][1]


def finding_result(result, f) -> dict:
    region = {"snippet": {"text": f.claim}}
    if f.line:
        region["startLine"] = f.line
        if f.column:
            region["startColumn"] = f.column
        if f.end_line and f.end_column:
            region["endLine"] = f.end_line
            region["endColumn"] = f.end_column
    out = {
        "ruleId": f.verdict.value,
        "ruleIndex": RULE_IDS.index(f.verdict),
        "level": level(f),
        "message": {"text": f.explanation},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(result.source)},
                                            "region": region}}],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "properties": {"article": result.id, "claim": f.claim, "sentence": f.sentence,
                       "measure": f.measure, "subject": f.subject, "facts": list(f.facts),
                       "sources": list(f.sources), "reason": f.reason},
    }
    if f.accepted:
        in_source = f.accepted_inline is not None and f.accepted_reason == f.accepted_inline
        out["suppressions"] = [{"kind": "inSource" if in_source else "external",
                                "status": "accepted",
                                "justification": f.accepted_reason or "accepted in baseline"}]
    return out


class SarifWriter:
    def __init__(self, path: str):
        self.path = Path(path)
        self.run = None
        self.spool = None
        self.count = 0
        self.notes = None
        """Notifications of unreadable articles, laid out as in the log, spooled like results."""
        self.note_count = 0

    def start(self, run) -> None:
        self.run = run
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.notes = tempfile.TemporaryFile("w+", encoding="utf-8")

    def handle(self, result) -> None:
        if result.error is not None:
            note = {"level": "error" if result.failing else "warning",
                    "message": {"text": result.detail or result.error},
                    "descriptor": {"id": "unreadable-article"},
                    "properties": {"reason": result.error, "fingerprint": result.fingerprint}}
            if result.source:
                location = {"artifactLocation": {"uri": artifact_uri(result.source)}}
                if result.line:
                    location["region"] = {"startLine": result.line}
                note["locations"] = [{"physicalLocation": location}]
            self.notes.write(("," if self.note_count else "") + _NOTE_INDENT + json.dumps(
                note, ensure_ascii=False, indent=2).replace("\n", _NOTE_INDENT))
            self.note_count += 1
            return
        for f in result.findings:
            if f.verdict is Verdict.SUPPORTED:
                continue
            item = finding_result(result, f)
            if self.run.baseline:
                by_baseline = f.accepted and f.accepted_reason != f.accepted_inline
                item["baselineState"] = "unchanged" if by_baseline else "new"
            self.spool.write(("," if self.count else "") + "\n"
                             + json.dumps(item, ensure_ascii=False, indent=2))
            self.count += 1

    def document(self, summary) -> dict:
        """The SARIF log without its results (spliced in by stop())."""
        from ..reasons import rule_help
        rules = []
        for v, (text, level) in RULES.items():
            help_text, help_markdown = rule_help(v.value)
            rules.append({"id": v.value, "name": v.value.capitalize(),
                          "shortDescription": {"text": text},
                          "help": {"text": help_text, "markdown": help_markdown},
                          "defaultConfiguration": {"level": level}})
        return {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {"name": "factcheck", "version": self.run.version,
                                    "semanticVersion": self.run.version,
                                    "informationUri": INFORMATION_URI, "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "invocations": [{"executionSuccessful": True,
                                 "toolExecutionNotifications": "@@notifications@@"}],
                "properties": {"referenceFingerprint": self.run.reference_fingerprint,
                               "failOn": summary.fail_on.value if summary.fail_on else "never"},
                "results": "@@results@@",
            }],
        }

    def stop(self, summary) -> None:
        text = json.dumps(self.document(summary), ensure_ascii=False, indent=2)
        head, text = text.split(_NOTES_PLACEHOLDER)
        middle, tail = text.split(_PLACEHOLDER)
        try:
            with open_atomic(self.path) as out:
                out.write(head + "[")
                self.notes.seek(0)
                shutil.copyfileobj(self.notes, out)
                out.write((_NOTE_INDENT[:-2] if self.note_count else "") + "]" + middle + "[")
                self.spool.seek(0)
                shutil.copyfileobj(self.spool, out)
                out.write(("\n" if self.count else "") + "]" + tail + "\n")
        finally:
            self.spool.close()
            self.notes.close()
