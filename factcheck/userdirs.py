"""Where factcheck keeps files it can rebuild: the compiled reference store, the unit table.

The user cache folder of the platform ($XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on
macOS, %LOCALAPPDATA% on Windows), or FACTCHECK_CACHE_DIR when set. Nothing in it is precious:
when no folder is writable, callers work without one (in memory) rather than fail.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def _platform_cache_root() -> Path:
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) if base else Path.home() / "AppData" / "Local"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"


def cache_dir() -> Path | None:
    """The writable cache folder for this user, created on first use; None if none can be had."""
    override = os.environ.get("FACTCHECK_CACHE_DIR")
    folder = Path(override) if override else _platform_cache_root() / "factcheck"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK | os.X_OK):
            return None
    except OSError:
        return None
    return folder


def write_atomic_bytes(path: Path, data: bytes) -> bool:
    """Write a cache file whole or not at all (readers never see half of one); False on failure."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        try:
            os.unlink(tmp)
        except (OSError, UnboundLocalError):
            pass
        return False
