"""One root error for everything factcheck rejects, with fields a caller can act on.

Each subclass also inherits the builtin it resembles, so callers that catch ValueError or OSError
keep working. Messages name the place (file, line, byte offset, row, column) and say what to do.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Root of all errors factcheck raises on purpose."""


class InputError(FactcheckError, ValueError):
    """An article or corpus that cannot be read: names the file and where it went wrong."""

    def __init__(self, path: str | None, problem: str, *, line: int | None = None,
                 offset: int | None = None, hint: str | None = None):
        self.path = path
        self.problem = problem
        self.line = line
        self.offset = offset
        self.hint = hint
        where = path or "<input>"
        if line is not None:
            where += f", line {line}"
        if offset is not None:
            where += f", byte offset {offset}"
        message = f"{where}: {problem}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class ReferenceDataError(FactcheckError, ValueError):
    """A reference data file that fails validation: names file, row and column."""

    def __init__(self, path: str, problem: str, *, row: int | None = None,
                 column: str | None = None):
        self.path = path
        self.problem = problem
        self.row = row
        self.column = column
        where = path
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column {column!r}"
        super().__init__(f"{where}: {problem}")


class UsageError(FactcheckError, ValueError):
    """A command-line option or argument that makes no sense."""
