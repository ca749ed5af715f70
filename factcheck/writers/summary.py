"""The run summary in the output folder: summary.json for tools, summary.md for a pull request.

Listed are the articles with a discrepancy (an imprecise or contradicted claim) or a finding that
fails the run, failing ones first, and the articles that could not be read; clean articles and
merely unverifiable ones are only counted. Listed rows are spooled to temporary files, one per
place in the listing (failing or not, worst verdict), so the writer's memory stays flat however
large the corpus. So are the articles that could not be read (all of them are listed in
summary.json, the first MAX_MARKDOWN_ROWS in summary.md).
"""

from __future__ import annotations

import json
import tempfile
from itertools import islice
from pathlib import Path
from urllib.parse import quote

from ..fileio import open_atomic, write_atomic
from ..model import Verdict
from .markdown import VERDICT_ICON, VERDICT_ORDER, code, escape, summary_line

MAX_MARKDOWN_ROWS = 50
"""Rows per Markdown table; a pull-request comment has a size limit. summary.json has all."""
DISCREPANCIES = (Verdict.IMPRECISE, Verdict.CONTRADICTED)
_PLACEHOLDER = "\"@@articles@@\""
_ERRORS_PLACEHOLDER = "\"@@errors@@\""


def article_row(result) -> dict | None:
    """The summary's entry for a checked article, or None when it has nothing to look at."""
    flagged = [f for f in result.findings if f.failing or f.verdict in DISCREPANCIES]
    if not flagged:
        return None
    return {
        "id": result.id, "title": result.title, "source": result.source,
        "reports": list(result.reports), "worst": result.worst.value,
        "verdicts": result.counts(), "failing": sum(f.failing for f in result.findings),
        "findings": [{"fingerprint": f.fingerprint, "verdict": f.verdict.value,
                      "claim": f.claim, "measure": f.measure, "subject": f.subject,
                      "line": f.line, "column": f.column, "explanation": f.explanation,
                      "failing": f.failing, "accepted": f.accepted,
                      "accepted_reason": f.accepted_reason} for f in flagged],
    }


class SummaryWriter:
    def __init__(self, out: str):
        self.out = Path(out)
        self.run = None
        self.spools: dict[tuple[bool, int], object] = {}
        """Listed articles' rows, one JSON line each, spooled by their place in the listing:
        (not failing, -worst severity). Results arrive in input order, so each spool is in
        order too, and the listing is the spools one after the other: nothing per article stays
        in memory."""
        self.listed = 0
        self.errors = None
        """The unreadable articles, one JSON line each, spooled in input order."""
        self.error_count = 0

    def start(self, run) -> None:
        self.run = run

    def handle(self, result) -> None:
        if result.error is not None:
            if self.errors is None:
                self.errors = tempfile.TemporaryFile("w+b")
            entry = {"id": result.id, "source": result.source, "line": result.line,
                     "reason": result.error, "detail": result.detail,
                     "failing": result.failing, "accepted": result.accepted,
                     "fingerprint": result.fingerprint}
            self.errors.write(json.dumps(entry, ensure_ascii=False).encode(
                "utf-8", "surrogatepass") + b"\n")
            self.error_count += 1
            return
        row = article_row(result)
        if row is not None:
            place = (row["failing"] == 0, -result.worst.severity)
            spool = self.spools.get(place)
            if spool is None:
                spool = self.spools[place] = tempfile.TemporaryFile("w+b")
            spool.write(json.dumps(row, ensure_ascii=False).encode("utf-8", "surrogatepass")
                        + b"\n")
            self.listed += 1

    def lines(self):
        """Listed articles as JSON text, failing first, then by worst verdict, then in input
        order."""
        for place in sorted(self.spools):
            spool = self.spools[place]
            spool.seek(0)
            for line in spool:
                yield line.rstrip(b"\n").decode("utf-8", "surrogatepass")

    def rows(self):
        """lines(), parsed."""
        return map(json.loads, self.lines())

    def error_rows(self):
        """The unreadable articles, in input order."""
        if self.errors is None:
            return
        self.errors.seek(0)
        for line in self.errors:
            yield json.loads(line.decode("utf-8", "surrogatepass"))

    def stop(self, summary) -> None:
        try:
            data = summary_dict(self.run, summary, _PLACEHOLDER, _ERRORS_PLACEHOLDER)
            head, middle, tail = _split(json.dumps(data, ensure_ascii=False, indent=2),
                                        _PLACEHOLDER, _ERRORS_PLACEHOLDER)
            with open_atomic(self.out / "summary.json") as out:
                # One line per listed article, copied as spooled: json's indent= would run its
                # pure-Python encoder over every row.
                out.write(head + "[")
                for n, line in enumerate(self.lines()):
                    out.write(("," if n else "") + "\n    " + line)
                out.write(("\n  ]" if self.listed else "]") + middle + "[")
                for n, error in enumerate(self.error_rows()):
                    out.write(("," if n else "") + "\n    " + _indented(error))
                out.write(("\n  ]" if self.error_count else "]") + tail + "\n")
            first = list(islice(self.rows(), MAX_MARKDOWN_ROWS))
            errors = list(islice(self.error_rows(), MAX_MARKDOWN_ROWS))
            write_atomic(self.out / "summary.md",
                         summary_markdown({**data, "articles": first, "errors": errors},
                                          listed=self.listed, errors=self.error_count))
        finally:
            for spool in self.spools.values():
                spool.close()
            if self.errors is not None:
                self.errors.close()


def _indented(entry: dict) -> str:
    """A flat JSON object laid out as json.dumps(indent=2) does inside the summary, without its
    pure-Python encoder (slow, and it leaves reference cycles per call)."""
    fields = ",\n      ".join(f"{json.dumps(k, ensure_ascii=False)}: "
                               f"{json.dumps(v, ensure_ascii=False)}" for k, v in entry.items())
    return "{\n      " + fields + "\n    }"


def _split(text: str, *placeholders: str) -> list[str]:
    """`text` cut at each placeholder's JSON form, in order."""
    parts = []
    for placeholder in placeholders:
        part, text = text.split(json.dumps(placeholder), 1)
        parts.append(part)
    return parts + [text]


def summary_dict(run, summary, articles: list[dict] | str, errors: list[dict] | str) -> dict:
    """The run summary as plain JSON data (the "run" block is the only part that varies by run)."""
    return {
        "factcheck": {"version": run.version, "reference_fingerprint": run.reference_fingerprint},
        "paths": list(run.paths),
        "fail_on": summary.fail_on.value if summary.fail_on else "never",
        "status": "failed" if summary.failed else "passed",
        "exit_status": 1 if summary.failed else 0,
        "counts": {
            "articles": summary.articles, "checked": summary.checked, "errors": summary.errors,
            "claims": summary.claims, "verdicts": dict(summary.verdicts),
            "articles_by_worst_verdict": dict(summary.worst),
            "failing_findings": summary.failing_findings,
            "failing_errors": summary.failing_errors, "accepted_by_baseline": summary.accepted,
        },
        "baseline": None if run.baseline is None else {
            "file": run.baseline, "accepted": summary.accepted,
            "gone": [e.to_dict() for e in summary.baseline_gone]},
        "articles": articles,
        "errors": errors,
        "run": {"started": run.started.isoformat(), "elapsed_seconds": round(summary.elapsed, 3),
                "from_cache": summary.cached},
    }


def _cell(text) -> str:
    return escape(text) if text not in (None, "") else "—"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _more(total: int, shown: int) -> list[str]:
    extra = total - shown
    return ["", f"… and {extra} more in summary.json."] if extra > 0 else []


def summary_markdown(data: dict, listed: int | None = None, errors: int | None = None) -> str:
    """The summary as Markdown that reads well as a pull-request comment.

    `data["articles"]` and `data["errors"]` may hold only the first rows; `listed` and `errors`
    then say how many there are.
    """
    c = data["counts"]
    if data["status"] == "failed":
        parts = [_plural(c["failing_findings"], "failing finding")] if c["failing_findings"] else []
        if c["failing_errors"]:
            parts.append(_plural(c["failing_errors"], "article") + " could not be read")
        head = "## ❌ factcheck: " + ", ".join(parts)
    else:
        head = "## ✅ factcheck: nothing fails"
    lines = [head, "",
             f"**{_plural(c['articles'], 'article')}:** {c['checked']} checked "
             f"({data['run']['from_cache']} reused unchanged from the cache), {c['errors']} "
             f"could not be checked.  ",
             f"**{_plural(c['claims'], 'claim')}:** "
             f"{summary_line(c['verdicts'])}  ",
             f"Fails on: **{data['fail_on']}**"
             + ("" if data["fail_on"] == "never" else " or worse") + "."]
    if data["baseline"]:
        b = data["baseline"]
        lines[-1] += (f" Baseline {code(b['file'])}: {b['accepted']} accepted, "
                      f"{len(b['gone'])} no longer found.")
    lines.append("")

    if data["articles"]:
        lines += ["### Articles with discrepancies", "",
                  "| Article | Worst | Verdicts | Failing | Report |", "|---|---|---|---:|---|"]
        shown = data["articles"][:MAX_MARKDOWN_ROWS]
        for a in shown:
            worst = Verdict(a["worst"])
            counts = " ".join(f"{a['verdicts'][v.value]} {VERDICT_ICON[v]}" for v in VERDICT_ORDER
                              if a["verdicts"][v.value])
            report = next((r for r in a["reports"] if r.endswith(".md")),
                          a["reports"][0] if a["reports"] else None)
            lines.append(f"| {_cell(a['title'] or a['id'])}<br>{code(a['id'])} "
                         f"| {VERDICT_ICON[worst]} {worst.value} | {counts} | {a['failing']} "
                         f"| {f'[{escape(report)}]({quote(report)})' if report else '—'} |")
        lines += _more(len(data["articles"]) if listed is None else listed, len(shown))
        failing_rows = [(a, f) for a in data["articles"] for f in a["findings"] if f["failing"]]
        if failing_rows:
            lines += ["", "<details><summary>Failing findings</summary>", ""]
            for a, f in failing_rows[:MAX_MARKDOWN_ROWS]:
                where = f"{a['source']}:{f['line']}" if f["line"] else (a["source"] or a["id"])
                lines.append(f"- {code(where)} **{escape(f['claim'])}** ({escape(f['measure'])}"
                             f"{', ' + escape(f['subject']) if f['subject'] else ''}): "
                             f"{escape(f['explanation'])}")
            lines += _more(c["failing_findings"], min(len(failing_rows), MAX_MARKDOWN_ROWS))
            lines += ["", "</details>"]
        lines.append("")

    if data["errors"]:
        lines += ["### Articles that could not be checked", "",
                  "| File | Line | Reason | Accepted |", "|---|---:|---|---|"]
        shown = data["errors"][:MAX_MARKDOWN_ROWS]
        for e in shown:
            lines.append(f"| {code(e['source'] or e['id'] or '?')} | {e['line'] or ''} "
                         f"| {_cell(e['reason'])} | {'yes' if e['accepted'] else ''} |")
        lines += _more(len(data["errors"]) if errors is None else errors, len(shown))
        lines.append("")

    if data["baseline"] and data["baseline"]["gone"]:
        gone = data["baseline"]["gone"]
        lines += ["### Baseline entries no longer found", "",
                  "Fixed, or their article is gone: remove them with `--write-baseline`.", ""]
        for e in gone[:MAX_MARKDOWN_ROWS]:
            lines.append(f"- {code(e['article'] or '?')} {escape(e['verdict'])}: "
                         f"{escape(e['claim'] or '')} {code(e['fingerprint'][:12])}")
        lines += _more(len(gone), min(len(gone), MAX_MARKDOWN_ROWS))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
