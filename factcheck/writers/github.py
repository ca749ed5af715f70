"""GitHub Actions workflow commands on stdout, so findings show up as annotations on the diff.

`::error` for findings that fail the run and for articles that cannot be read, `::warning` for
other imprecise or contradicted figures (below --fail-on, or accepted by the baseline).
Unverifiable claims are left out: they are not problems in the text.
"""

from __future__ import annotations

import sys

from ..model import Verdict


def _data(text: str) -> str:
    """Escape a command's message as the runner expects."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    """Escape a command property value (file, title)."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(kind: str, message: str, *, file: str | None = None, line: int | None = None,
               col: int | None = None, end_line: int | None = None,
               end_col: int | None = None, title: str | None = None) -> str:
    """One workflow command line, e.g. `::error file=a.md,line=3,col=5::text`.

    >>> annotation("error", "50% off\\nnext", file="a,b.md", line=3, col=5)
    '::error file=a%2Cb.md,line=3,col=5::50%25 off%0Anext'
    """
    props = []
    if file:
        props.append(f"file={_prop(file)}")
        if line:
            props.append(f"line={line}")
            if col:
                props.append(f"col={col}")
            if end_line:
                props.append(f"endLine={end_line}")
            if end_col and end_line == line:
                props.append(f"endColumn={end_col}")
    if title:
        props.append(f"title={_prop(title)}")
    return f"::{kind}{' ' + ','.join(props) if props else ''}::{_data(message)}"


class GitHubWriter:
    def __init__(self, stream=None):
        self.stream = stream or sys.stdout

    def start(self, run) -> None:
        pass

    def handle(self, result) -> None:
        lines = []
        if result.error is not None and not result.accepted:
            lines.append(annotation("error" if result.failing else "warning",
                                    result.detail or result.error, file=result.source,
                                    line=result.line, title=f"factcheck: {result.error}"))
        for f in result.findings:
            if f.failing:
                kind = "error"
            elif f.verdict in (Verdict.IMPRECISE, Verdict.CONTRADICTED):
                kind = "warning"
            else:
                continue
            note = (f" (accepted: {f.accepted_reason})" if f.accepted_reason
                    else " (accepted in baseline)" if f.accepted else "")
            lines.append(annotation(kind, f"{f.verdict.value}{note}: {f.explanation}",
                                    file=result.source, line=f.line, col=f.column,
                                    end_line=f.end_line, end_col=f.end_column,
                                    title=f"factcheck: {f.verdict.value} {f.claim}"))
        if lines:
            self.stream.write("\n".join(lines) + "\n")
            self.stream.flush()

    def stop(self, summary) -> None:
        pass
