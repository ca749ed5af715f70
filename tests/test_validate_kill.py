"""`factcheck validate --jobs 2` killed with SIGKILL mid-run, then resumed.

The kill leaves no half-written report and no worker process; the next run removes whatever
temporary file the kill left, reuses what was finished, and writes exactly what an uninterrupted
run writes.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck import corpus

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                reason="finds worker processes through /proc")

ARTICLES = 400
SENTENCES = (
    "More than {a},000 people have died in the six-year-long civil war in Syria, the UN said.",
    "Nearly {b} lakh people fled Aleppo in {c} days, and about {d} per cent of them were children.",
    "The ceasefire lasted {c} hours before fighting resumed in the east of the city.",
    "Officials said Rs {a},000 crore would be spent on relief over the next {c} months.",
    "The population of Syria is about {d} million, according to the World Bank.",
    "An aid convoy of {b}{c} trucks reached the city on its {c}th attempt.",
)


def write_corpus(path: Path) -> Path:
    """ARTICLES news-like articles of about 1 KB, each different."""
    with path.open("w", encoding="utf-8") as handle:
        for i in range(ARTICLES):
            values = {"a": 100 + i % 400, "b": 1 + i % 9, "c": 2 + i % 40, "d": 10 + i % 80}
            text = " ".join(SENTENCES[(i + k) % len(SENTENCES)].format(**values)
                            for k in range(8))
            handle.write(json.dumps({"id": f"story-{i:04d}", "title": f"Story {i}",
                                     "date": "2016-10-18", "locale": "en_IN",
                                     "text": text}) + "\n")
    return path


def validate_argv(corpus_path: Path, out: Path) -> list[str]:
    return [sys.executable, "-c", "import sys; from factcheck.cli import main; sys.exit(main())",
            "validate", str(corpus_path), "--out", str(out), "--jobs", "2", "--quiet",
            "--fail-on", "never"]


def children(pid: int) -> set[int]:
    """Live processes whose parent is `pid`."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat and stat[1] == pid and stat[0] != "Z":
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[0] != "Z"  # a zombie has exited; only reaping is left


def _stat(pid: int) -> tuple[str, int] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    state, ppid = text.rsplit(")", 1)[1].split()[:2]
    return state, int(ppid)


def cached_entries(out: Path) -> int:
    """How many finished articles the run has committed to its results cache so far."""
    path = out / corpus.CACHE_DIR / corpus.CACHE_DB
    if not path.exists():
        return 0
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            return db.execute("SELECT count(*) FROM results").fetchone()[0]
    except sqlite3.Error:  # not created yet, or locked for a moment
        return 0


def reports(out: Path) -> list[Path]:
    return sorted(p for p in out.glob("*.json") if p.name != "summary.json")


def outputs(out: Path) -> dict[str, bytes]:
    """Every file of a run folder but the cache, with what differs by run taken out of the
    summaries (timing, and how much came from the cache)."""
    files = {}
    for path in sorted(out.rglob("*")):
        rel = path.relative_to(out)
        if path.is_file() and corpus.CACHE_DIR not in rel.parts:
            data = path.read_bytes()
            if rel.name == "summary.json":
                summary = json.loads(data)
                summary.pop("run")
                data = json.dumps(summary, sort_keys=True).encode()
            elif rel.name == "summary.md":
                data = b"\n".join(line for line in data.splitlines()
                                  if b"from the cache" not in line)
            files[rel.as_posix()] = data
    return files


def test_killed_run_leaves_nothing_behind_and_resumes_exactly(tmp_path):
    corpus_path = write_corpus(tmp_path / "corpus.jsonl")
    whole, resumed = tmp_path / "whole" / "out", tmp_path / "resumed" / "out"
    subprocess.run(validate_argv(corpus_path, whole), check=True, timeout=300)

    run = subprocess.Popen(validate_argv(corpus_path, resumed))
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and run.poll() is None:
        workers |= children(run.pid)
        if len(workers) >= 2 and len(reports(resumed)) >= 10 and cached_entries(resumed):
            break
        time.sleep(0.01)
    assert run.poll() is None, "the run ended before it could be killed"
    os.kill(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    assert len(workers) == 2

    # Every report there is whole; the run got somewhere but not to the end.
    done = reports(resumed)
    assert 10 <= len(done) < ARTICLES
    for path in done:
        assert json.loads(path.read_text(encoding="utf-8"))["article"]["id"]
    assert not (resumed / "summary.json").exists() and not (resumed / "index.html").exists()

    # No worker outlives the run it worked for.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.05)
    assert not [pid for pid in workers if alive(pid)]

    subprocess.run(validate_argv(corpus_path, resumed), check=True, timeout=300)
    summary = json.loads((resumed / "summary.json").read_text(encoding="utf-8"))
    assert summary["run"]["from_cache"] > 0  # finished work was kept
    assert not [p for p in resumed.rglob("*") if p.is_file() and (
        p.suffix == ".tmp" or corpus.STAGING_DIR in p.relative_to(resumed).parts)]
    assert outputs(resumed) == outputs(whole)
    assert len(reports(resumed)) == ARTICLES
