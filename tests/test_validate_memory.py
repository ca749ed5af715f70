"""The main process of a corpus run keeps its memory flat in the number of articles.

Measured with tracemalloc (deterministic, unlike resident memory or time): the peak of what
Python allocates during a first run and during a re-run where every article comes from the
cache, for a corpus of N articles and one of 4N. Per-article bookkeeping above its in-memory
bounds lives in temporary files, so the larger run may not need more than a small margin more.
"""

from __future__ import annotations

import gc
import json
import tracemalloc
from pathlib import Path

import pytest

from factcheck import corpus
from test_validate import fake_check, fake_load

SMALL = 1000
GROWTH_PER_ARTICLE = 60
"""Bytes of peak memory the run may gain per extra article: what the interpreter keeps for
reuse (free lists) fills up a little more in a longer run. Holding anything per article (an
id and a path, a directory entry, an error's row) costs well over that."""


def write_corpus(path: Path, n: int) -> Path:
    """n articles; every fifth unreadable (so the list of errors grows with the corpus too)."""
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            if i % 5 == 4:
                handle.write('{"id": "broken-%d", "text": \n' % i)
                continue
            text = f"Story {i}: OK fine\n" + ("WRONG here\n" if i % 3 == 0 else "")
            handle.write(json.dumps({"id": f"story-{i:05d}", "title": f"Story {i}",
                                     "text": text}) + "\n")
    return path


def validate(source: Path, out: Path) -> None:
    """One run with the writers `validate --out` uses."""
    options = corpus.Options(out=str(out), fail_on=None, report_formats=("json",))
    writers = [corpus.make_writer("summary", str(out)), corpus.make_writer("index", str(out))]
    corpus.validate([str(source)], options, writers, check=fake_check, load=fake_load)


def peak_of_run(source: Path, out: Path) -> int:
    """Peak bytes Python allocated during one run."""
    gc.collect()  # what earlier runs left for the collector is not this run's
    tracemalloc.start()
    try:
        validate(source, out)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture
def small_bounds(monkeypatch):
    """In-memory bounds far below the corpus sizes, so that the test's corpora go past them,
    and cache commits by count alone (not by the clock)."""
    monkeypatch.setattr(corpus, "SEEN_IN_MEMORY", 50)
    monkeypatch.setattr(corpus, "COMMIT_EVERY", 50)
    monkeypatch.setattr(corpus, "COMMIT_SECONDS", float("inf"))


@pytest.mark.parametrize("run", ["first run", "re-run"])
def test_peak_memory_does_not_grow_with_the_corpus(tmp_path, small_bounds, run):
    warm_up = write_corpus(tmp_path / "warm-up.jsonl", SMALL)  # imports, caches, free lists
    validate(warm_up, tmp_path / "warm-up")
    validate(warm_up, tmp_path / "warm-up")
    peaks = {}
    for n in (SMALL, 4 * SMALL):
        source = write_corpus(tmp_path / f"c{n}.jsonl", n)
        out = tmp_path / f"out{n}"
        if run == "first run":
            peaks[n] = peak_of_run(source, out)
        else:
            validate(source, out)
            peaks[n] = peak_of_run(source, out)
            summary = json.loads((out / "summary.json").read_text("utf-8"))
            assert summary["run"]["from_cache"] == n - n // 5  # really the cached path
    growth = peaks[4 * SMALL] - peaks[SMALL]
    assert growth < GROWTH_PER_ARTICLE * 3 * SMALL, (
        f"{run}: peak {peaks[SMALL]:,} bytes for {SMALL} articles, {peaks[4 * SMALL]:,} for "
        f"{4 * SMALL}: {growth / (3 * SMALL):.0f} bytes more per article")
