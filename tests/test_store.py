"""The compiled reference store: built once, rebuilt when a file changes, exact, read-only."""

import datetime as dt
import os
import pickle
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck import userdirs
from factcheck.reference import load_reference
from factcheck.store import open_store

ROOT = Path(__file__).resolve().parents[1]
HEADER = "id,subject,measure,value,low,high,unit,as_of,publisher,url,notes\n"


def _dataset(folder: Path, value: str = "100") -> Path:
    (folder / "facts").mkdir(parents=True, exist_ok=True)
    (folder / "facts" / "extra.csv").write_text(
        HEADER + f"x-1,SYR,deaths,{value},,,,2016-01-01,Test Source,https://example.com,\n",
        encoding="utf-8")
    return folder


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    return folder


def _stores(cache: Path):
    return sorted(cache.glob("reference-*.sqlite"))


def test_store_is_built_once_and_reused(cache, tmp_path):
    extra = _dataset(tmp_path / "extra")
    first = load_reference([extra])
    [path] = _stores(cache)
    built = first.store.meta("built")
    inode = path.stat().st_ino
    second = load_reference([extra])
    assert second.store.meta("built") == built and path.stat().st_ino == inode
    assert first.fingerprint == second.fingerprint
    assert [f.value for f in second.facts_for("SYR", "deaths") if f.id == "x-1"] == [100]


def test_changed_file_rebuilds_and_touched_file_does_not(cache, tmp_path):
    extra = _dataset(tmp_path / "extra")
    before = load_reference([extra])
    csv = extra / "facts" / "extra.csv"
    os.utime(csv, ns=(csv.stat().st_atime_ns, csv.stat().st_mtime_ns + 10**9))
    touched = load_reference([extra])
    assert touched.store.meta("built") == before.store.meta("built")
    _dataset(extra, "250")
    after = load_reference([extra])
    assert after.fingerprint != before.fingerprint
    assert [f.value for f in after.facts_for("SYR", "deaths") if f.id == "x-1"] == [250]


def test_values_are_exact_text_round_trips(cache, tmp_path):
    value = "3521418059.923445000000000001"
    extra = _dataset(tmp_path / "extra", value)
    fact = next(f for f in load_reference([extra]).facts_for("SYR", "deaths") if f.id == "x-1")
    assert fact.value == Decimal(value) and str(fact.value) == value
    assert fact.as_of == dt.date(2016, 1, 1) and fact.origin == "extra.csv:2"


def test_store_is_opened_read_only(cache):
    reference = load_reference()
    with pytest.raises(sqlite3.OperationalError):
        reference.store.connection.execute("DELETE FROM facts")


def test_xdg_cache_home_is_respected(tmp_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if os.name == "posix" and os.uname().sysname == "Linux":
        assert userdirs.cache_dir() == tmp_path / "xdg" / "factcheck"
        load_reference()
        assert _stores(tmp_path / "xdg" / "factcheck")


def test_unwritable_cache_falls_back_to_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))
    assert userdirs.cache_dir() is None
    reference = load_reference()
    assert reference.store.path is None
    assert reference.facts_for("SYR", "population")


def test_reference_survives_pickling_for_worker_processes(cache):
    from factcheck import measures
    reference = load_reference()
    data = pickle.dumps(reference)
    measures.use_declared(())
    copy = pickle.loads(data)
    assert copy.fingerprint == reference.fingerprint
    assert copy.facts_for("SYR", "population") == reference.facts_for("SYR", "population")
    assert "gdp" in measures.known_measures()  # declared measures travel with it


def test_later_dataset_overrides_a_fact_by_id(cache, tmp_path):
    bundled = load_reference().facts_for("SYR", "population")
    target = bundled[-1]
    extra = tmp_path / "extra"
    (extra / "facts").mkdir(parents=True)
    (extra / "facts" / "fix.csv").write_text(
        HEADER + f"{target.id},SYR,population,1,,,,{target.as_of},Fixer,https://example.com,\n",
        encoding="utf-8")
    changed = load_reference([extra]).facts_for("SYR", "population")
    assert len(changed) == len(bundled)
    assert [f.value for f in changed if f.id == target.id] == [1]


def test_in_memory_and_file_stores_agree(tmp_path):
    dirs = [ROOT / "reference"]
    on_disk = open_store(dirs, cache=tmp_path)
    in_memory = open_store(dirs, cache=None)
    assert on_disk.subjects() == in_memory.subjects()
    assert on_disk.facts("AFG", "refugees") == in_memory.facts("AFG", "refugees")
    assert on_disk.meta("fingerprint") == in_memory.meta("fingerprint")


def test_a_damaged_store_is_rebuilt(cache, tmp_path):
    extra = _dataset(tmp_path / "extra")
    load_reference([extra])
    [path] = _stores(cache)
    path.write_bytes(b"not a database at all" * 100)
    again = load_reference([extra])
    assert [f.value for f in again.facts_for("SYR", "deaths") if f.id == "x-1"] == [100]


def test_a_new_file_in_a_dataset_rebuilds(cache, tmp_path):
    extra = _dataset(tmp_path / "extra")
    load_reference([extra])
    (extra / "facts" / "more.csv").write_text(
        HEADER + "x-2,SYR,injured,7,,,,2016-01-01,Test Source,https://example.com,\n",
        encoding="utf-8")
    assert [f.value for f in load_reference([extra]).facts_for("SYR", "injured")
            if f.id == "x-2"] == [7]
    (extra / "facts" / "more.csv").unlink()
    assert not [f for f in load_reference([extra]).facts_for("SYR", "injured") if f.id == "x-2"]


def test_stores_unused_for_a_month_are_deleted_when_another_is_built(cache, tmp_path):
    cache.mkdir(parents=True, exist_ok=True)
    old, recent = cache / "reference-old.sqlite", cache / "reference-recent.sqlite"
    for path in (old, recent):
        path.write_bytes(b"x")
    month_ago = os.stat(old).st_mtime - 31 * 86400
    os.utime(old, (month_ago, month_ago))
    load_reference([_dataset(tmp_path / "extra")])
    assert not old.exists() and recent.exists()
