"""Shared fixtures: the bundled reference data, loaded once per test session."""

import os
import tempfile
from pathlib import Path

import pytest

# Compiled stores and unit tables go to a folder of this test run, not the user's cache.
os.environ.setdefault("FACTCHECK_CACHE_DIR", tempfile.mkdtemp(prefix="factcheck-test-cache-"))

from factcheck.reference import load_reference

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_4e7b83d0ee7698a2.md"


@pytest.fixture(scope="session")
def reference():
    return load_reference()
