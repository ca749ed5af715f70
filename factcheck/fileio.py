"""Writing files so that a reader never sees half of one: a temporary file, then a rename.

An interrupted run (Ctrl-C, kill) leaves either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


STDOUT = "-"
FILE_MODE = _file_mode()
"""What open() would give a new file; mkstemp alone makes it readable by its owner only."""


@contextmanager
def open_atomic(path: str | os.PathLike) -> Iterator:
    """A text file to stream into, renamed into place only when the block ends without error.

    "-" is standard output (flushed, never closed), so nothing ever writes a file named "-".
    """
    if str(path) == STDOUT:
        import sys
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: str | os.PathLike, text: str) -> None:
    with open_atomic(path) as handle:
        handle.write(text)
