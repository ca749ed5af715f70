"""A flat table of every checked claim, one row each: what a data team loads into a notebook.

CSV (UTF-8, a header row, RFC 4180 quoting) always; Parquet when pyarrow is installed. A run
writer like the others: start(run), handle(article_result), stop(summary). CSV rows stream to
the file as results arrive; Parquet needs the whole table, so its rows are kept until the end.
Cells that a spreadsheet would run as a formula (starting = + - @) get a leading apostrophe.
"""

from __future__ import annotations

import csv

from ..errors import UsageError
from ..fileio import open_atomic

COLUMNS = ("article", "source", "line", "column", "claim", "value", "bound", "measure", "subject",
           "time", "verdict", "reason", "reference_value", "sources", "accepted", "explanation",
           "fingerprint")


def rows(result):
    """The table rows of one ArticleResult (an unreadable article has none)."""
    for f in result.findings:
        yield {"article": result.id, "source": result.source, "line": f.line, "column": f.column,
               "claim": f.claim, "value": f.value, "bound": f.bound, "measure": f.measure,
               "subject": f.subject, "time": f.time, "verdict": f.verdict.value,
               "reason": f.reason, "reference_value": f.reference_value,
               "sources": " ".join(f.sources),
               "accepted": (f.accepted_reason or "accepted") if f.accepted else None,
               "explanation": f.explanation, "fingerprint": f.fingerprint}


def _cell(value) -> str:
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _numeric(text) else text


def _numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


class CsvWriter:
    def __init__(self, path: str):
        self.path = path
        self.context = None
        self.writer = None

    def start(self, run) -> None:
        self.context = open_atomic(self.path)
        handle = self.context.__enter__()
        self.writer = csv.writer(handle, lineterminator="\r\n")
        self.writer.writerow(COLUMNS)

    def handle(self, result) -> None:
        for row in rows(result):
            self.writer.writerow([_cell(row[c]) for c in COLUMNS])

    def stop(self, summary) -> None:
        self.context.__exit__(None, None, None)


class ParquetWriter:
    def __init__(self, path: str):
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError("--parquet needs pyarrow: pip install 'numeric-factcheck[parquet]' "
                             "(or use --csv)") from None
        if path == "-":
            raise UsageError("--parquet writes a binary file; give a file name, not -")
        self.path = path
        self.table: dict[str, list] = {c: [] for c in COLUMNS}

    def start(self, run) -> None:
        pass

    def handle(self, result) -> None:
        for row in rows(result):
            for c in COLUMNS:
                self.table[c].append(row[c])

    def stop(self, summary) -> None:
        import os
        import tempfile
        from pathlib import Path

        import pyarrow as pa
        import pyarrow.parquet as pq
        types = {"line": pa.int64(), "column": pa.int64()}
        table = pa.table({c: pa.array(v, type=types.get(c, pa.string()))
                          for c, v in self.table.items()})
        target = Path(self.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        os.close(fd)
        try:
            pq.write_table(table, tmp)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
