"""Shared fixtures: the bundled reference data, loaded once per test session."""

from pathlib import Path

import pytest

from factcheck.reference import load_reference

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_4e7b83d0ee7698a2.md"


@pytest.fixture(scope="session")
def reference():
    return load_reference()
