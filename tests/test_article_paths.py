"""Folders of articles are walked in the order of their sorted paths, one folder's names at a
time: a corpus of a million files must not be held in memory as a list of paths."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from factcheck.articles import ARTICLE_SUFFIXES, iter_paths


def _sorted_rglob(folder: Path) -> list[str]:
    """The order and selection the walk must keep: every sorted path, hidden names skipped."""
    return [str(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(folder).parts)]


def _touch(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x", encoding="utf-8")


def test_walk_order_and_selection_match_sorted_paths(tmp_path):
    names = ["b.md", "a.txt", "a-b.md", "a/z.md", "a/b/c.html", "a.b/x.md", "B.MD", "Z/1.jsonl",
             ".hidden/seen.md", "a/.secret.md", "notes.csv", "a/readme", "é/ü.md", "10.md", "9.md"]
    for name in names:
        _touch(tmp_path / name)
    got = list(iter_paths([str(tmp_path)]))
    assert got == _sorted_rglob(tmp_path)
    assert str(tmp_path / ".hidden" / "seen.md") not in got
    assert str(tmp_path / "notes.csv") not in got


def test_a_folder_given_with_a_trailing_slash_or_dot_gives_the_same_paths(tmp_path, monkeypatch):
    _touch(tmp_path / "c" / "one.md")
    monkeypatch.chdir(tmp_path)
    assert list(iter_paths(["./c/"])) == list(iter_paths(["c"])) == [os.path.join("c", "one.md")]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this system")
def test_symlinked_folders_are_not_followed_but_symlinked_files_are(tmp_path):
    _touch(tmp_path / "real" / "a.md")
    try:
        os.symlink(tmp_path / "real", tmp_path / "loop", target_is_directory=True)
        os.symlink(tmp_path / "real" / "a.md", tmp_path / "link.md")
    except OSError:
        pytest.skip("cannot create symlinks here")
    got = list(iter_paths([str(tmp_path)]))
    assert got == [str(tmp_path / "link.md"), str(tmp_path / "real" / "a.md")]


def test_files_and_other_paths_pass_through_unchanged(tmp_path):
    assert list(iter_paths(["corpus.jsonl", "-"])) == ["corpus.jsonl", "-"]


def _walk_peak(folder: Path) -> int:
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_paths([str(folder)]))
        return tracemalloc.get_traced_memory()[1], count
    finally:
        tracemalloc.stop()


def test_memory_follows_the_largest_folder_not_the_corpus(tmp_path):
    """Four times the folders of the same size: about the same peak (a sorted list of every path
    would grow some 150 bytes per file, 180 KB here)."""
    for folders, root in ((10, tmp_path / "small"), (40, tmp_path / "large")):
        for f in range(folders):
            for n in range(40):
                _touch(root / f"{f:03d}" / f"{n:03d}.md")
    small, small_count = _walk_peak(tmp_path / "small")
    large, large_count = _walk_peak(tmp_path / "large")
    assert (small_count, large_count) == (400, 1600)
    assert large - small < 40 * 1200, (small, large)
