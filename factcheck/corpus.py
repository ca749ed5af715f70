"""Validate a whole corpus: stream articles, check each (in this process, a process pool or a
Dask cluster), save each article's reports and cache entry the moment it is done, and hand
results to run-level writers in input order. No printing: the command line decides what to show.

Memory stays flat: articles are read one at a time, at most `window` of them are in flight or
waiting for an earlier one to finish, and what the run remembers about every article (ids seen,
names taken) moves to a temporary file beyond ten thousand. Every report is renamed
into place whole as soon as its article is checked, and its cache entry (one SQLite store for the
folder) is committed within a fraction of a second, so an interrupted run loses (almost) nothing
already done and a re-run (or a run after a small edit) checks only what changed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import gc
import hashlib
import importlib
import json
import os
import re
import shutil
import sqlite3
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .articles import MAX_ARTICLE_BYTES, JsonlLine, format_of, iter_articles, iter_paths
from .baseline import Baseline, error_fingerprint
from .errors import InputError, ReferenceDataError, UsageError
from .model import Article, Report, Verdict
from .results import (ArticleResult, FindingRecord, Summary, finding_records, judge,
                      source_of)

CACHE_DIR = ".cache"
CACHE_FORMAT = 3
REPORT_FORMATS = {"json": "json", "md": "md", "html": "html"}
"""Per-article report formats and their file suffixes."""

RUN_WRITERS = {
    "summary": "factcheck.writers.summary:SummaryWriter",
    "index": "factcheck.writers.index:IndexWriter",
    "junit": "factcheck.writers.junit:JUnitWriter",
    "sarif": "factcheck.writers.sarif:SarifWriter",
    "github": "factcheck.writers.github:GitHubWriter",
    "claimreview": "factcheck.writers.claimreview:ClaimReviewWriter",
    "baseline": "factcheck.baseline:BaselineWriter",
}
"""Run-level writers by name. Each has start(run_info), handle(article_result), stop(summary)."""


def make_writer(name: str, *args, **kwargs):
    """A run-level writer from RUN_WRITERS, imported only when asked for."""
    module, _, cls = RUN_WRITERS[name].partition(":")
    return getattr(importlib.import_module(module), cls)(*args, **kwargs)


# ----------------------------------------------------------------------------------------------
# Results (per article and in total: factcheck.results)
# ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RunInfo:
    """What every run-level writer is told before the first result."""

    version: str
    reference_fingerprint: str
    paths: tuple[str, ...]
    out: str | None
    fail_on: Verdict | None
    report_formats: tuple[str, ...]
    baseline: str | None
    started: dt.datetime
    total: int | None = None


# ----------------------------------------------------------------------------------------------
# Options and the per-article work (runs in worker processes too)
# ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Options:
    reference_dirs: tuple[str, ...] = ()
    date: dt.date | None = None
    locale: str | None = None
    out: str | None = None
    report_formats: tuple[str, ...] = ("json",)
    fail_on: Verdict | None = Verdict.CONTRADICTED
    """None: never fail on findings or errors."""
    tolerances: object | None = None
    jobs: int = 1
    dask: str | None = None
    batch_size: int | None = None
    """Articles per task sent to a worker (default: 1 in-process, 8 in a pool, 16 on Dask)."""
    window: int | None = None
    """Most articles in flight or waiting to be delivered in order (default: four batches per
    worker, at least 64)."""
    cache: bool = True
    selection: object | None = None
    """--select/--ignore (a factcheck.selection.Selection): which findings the run's outputs show
    and fail on. Per-article reports keep every finding."""


@dataclass(frozen=True)
class Job:
    """Everything a worker needs besides the articles; small and picklable."""

    check: Callable
    load: Callable
    reference_dirs: tuple[str, ...]
    fingerprint: str
    formats: tuple[str, ...]
    tolerances: object | None = None
    out: str | None = None
    """Set when workers share the output folder (a local pool): they save reports themselves."""


@dataclass(frozen=True)
class Item:
    seq: int
    article: Article
    name: str | None
    key: str


@dataclass(frozen=True)
class Outcome:
    """A worker's answer for one article: the result, and the report files' text to write."""

    result: ArticleResult
    files: dict[str, str]
    key: str
    fatal: str | None = None
    saved: bool = False
    """Already saved (by the worker, when it shares the output folder): files left out."""
    stamps: dict[str, list[int]] = field(default_factory=dict)
    """Of the saved report files, by name: what the cache entry vouches for."""


_REFERENCES: dict[tuple, object] = {}
_REFERENCES_LOCK = threading.Lock()


def _qualname(fn: Callable) -> str:
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn))}"


def _reference_key(job: Job) -> tuple:
    return (_qualname(job.load), job.reference_dirs)


def worker_reference(job: Job):
    """The job's reference data, loaded once per process (pool worker or Dask worker)."""
    key = _reference_key(job)
    with _REFERENCES_LOCK:
        if key not in _REFERENCES:
            _REFERENCES[key] = job.load(list(job.reference_dirs))
        return _REFERENCES[key]


def warm_worker(job: Job, parent: int | None = None) -> None:
    """Pool initializer: load reference data now, leave Ctrl-C to the parent process, and end
    with the parent."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        exit_with_parent(parent)
    worker_reference(job)
    gc.freeze()  # long-lived from here on: keep the collector from scanning (and copying) it


def exit_with_parent(parent: int, interval: float = 0.2) -> threading.Thread:
    """Exit this worker as soon as `parent` is no longer its parent process.

    A parent killed with SIGKILL cannot shut its pool down, and its workers would wait on their
    task pipe forever (they hold its other end themselves, so it never closes). A daemon thread
    that polls the parent's id ends them within `interval` seconds, even mid-article.
    """
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    thread = threading.Thread(target=watch, name="factcheck-exit-with-parent", daemon=True)
    thread.start()
    return thread


def run_batch(job: Job, items: list[Item]) -> list[Outcome]:
    """Check a batch of articles. Pure: the same job and items give the same outcomes anywhere."""
    try:
        reference = worker_reference(job)
    except ReferenceDataError as exc:
        return [Outcome(_error_result(i.seq, i.article, "reference data", str(exc)), {}, i.key,
                        fatal=str(exc)) for i in items]
    if getattr(reference, "fingerprint", None) != job.fingerprint:
        fatal = (f"a worker loaded different reference data from {list(job.reference_dirs)} "
                 f"(fingerprint {getattr(reference, 'fingerprint', None)!r}, expected "
                 f"{job.fingerprint!r}); every worker must see the same reference folders")
        return [Outcome(_error_result(i.seq, i.article, "reference data", fatal), {}, i.key,
                        fatal=fatal) for i in items]
    return [check_item(job, reference, item) for item in items]


def check_item(job: Job, reference, item: Item) -> Outcome:
    article = item.article
    try:
        if job.tolerances is not None:
            report = job.check(article, reference, job.tolerances)
        else:
            report = job.check(article, reference)
        records = finding_records(report)
        files = render_reports(report, records, job)
    except Exception as exc:  # a checker bug must not stop a corpus run
        detail = f"checker failed on {article.path or article.id}: {type(exc).__name__}: {exc}"
        return Outcome(_error_result(item.seq, article, "checker failed", detail), {}, item.key)
    source, line = source_of(article)
    result = ArticleResult(
        seq=item.seq, id=article.id, source=source, line=line, title=article.title,
        url=article.url, date=article.date.isoformat() if article.date else None,
        name=item.name, reports=tuple(f"{item.name}.{REPORT_FORMATS[f]}" for f in files),
        findings=records, claims=len(report.claims))
    outcome = Outcome(result, files, item.key)
    if job.out is not None:
        outcome = save(job.out, outcome)
    return outcome


def render_reports(report: Report, records: tuple[FindingRecord, ...], job: Job) -> dict[str, str]:
    """The per-article report files' text, by format."""
    files = {}
    for fmt in job.formats:
        if fmt == "json":  # one line: json's indent= falls back to its slow pure-Python encoder
            files["json"] = json.dumps(report_json(report, records, job.fingerprint),
                                       ensure_ascii=False, separators=(",", ":")) + "\n"
        else:
            files[fmt] = report_renderer(fmt)(report)
    return files


def report_json(report: Report, records: tuple[FindingRecord, ...], fingerprint: str) -> dict:
    """report_to_dict, plus each finding's fingerprint and position and the run's provenance."""
    from .serialize import report_to_dict
    data = report_to_dict(report)
    source, line = source_of(report.article)
    data["source"] = {"path": source, "line": line}
    data["factcheck"] = {"version": __version__, "reference_fingerprint": fingerprint}
    for finding, record in zip(data["findings"], records):
        finding["fingerprint"] = record.fingerprint
        finding["location"] = {"line": record.line, "column": record.column,
                               "end_line": record.end_line, "end_column": record.end_column}
    return data


def report_renderer(fmt: str) -> Callable[[Report], str]:
    """render_report of factcheck.writers.<markdown|html>, or UsageError if it is missing."""
    module = {"md": "markdown", "html": "html"}[fmt]
    try:
        return importlib.import_module(f"factcheck.writers.{module}").render_report
    except (ImportError, AttributeError) as exc:
        raise UsageError(f"--report-format {fmt}: this installation has no "
                         f"factcheck.writers.{module}.render_report ({exc})") from None


def _error_result(seq: int, article: Article | None, error: str, detail: str, *,
                  source: str | None = None, line: int | None = None) -> ArticleResult:
    if article is not None:
        source, line = source_of(article)
    return ArticleResult(seq=seq, id=article.id if article else None, source=source, line=line,
                         title=article.title if article else None,
                         url=article.url if article else None, error=error, detail=detail)


# ----------------------------------------------------------------------------------------------
# Naming, caching and writing in the parent process
# ----------------------------------------------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_RESERVED = {"summary", "con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}


def slugify(text: str, limit: int = 80) -> str:
    """A file name stem from any id: ASCII letters, digits, . _ -; never hidden, never a path.

    >>> slugify("../../etc/passwd"), slugify("Ünïcode id / 2016"), slugify("..")
    ('etc-passwd', 'Unicode-id-2016', 'article')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"-{2,}", "-", _UNSAFE.sub("-", ascii_text)).strip(".-_")
    return slug[:limit].rstrip(".-_") or "article"


SEEN_IN_MEMORY = 10_000
"""Entries a SeenMap keeps in a dict before it moves them to a temporary database."""


class SeenMap:
    """A str -> str map for per-run bookkeeping (ids seen, report names taken) whose memory stays
    flat: up to `limit` entries in a dict, beyond that in a private temporary SQLite database
    (deleted when closed), so a run of a million articles does not hold a million ids."""

    def __init__(self, limit: int | None = None):
        self.limit = SEEN_IN_MEMORY if limit is None else limit
        self.memory: dict[str, str] = {}
        self.db: sqlite3.Connection | None = None

    def get(self, key: str) -> str | None:
        if self.db is None:
            return self.memory.get(key)
        row = self.db.execute("SELECT v FROM m WHERE k = ?", (_blob(key),)).fetchone()
        return row[0].decode("utf-8", "surrogatepass") if row else None

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def add(self, key: str, value: str = "") -> None:
        if self.db is None:
            self.memory[key] = value
            if len(self.memory) > self.limit:
                self.db = sqlite3.connect("", isolation_level=None)  # "": a temporary file
                self.db.execute("CREATE TABLE m (k BLOB PRIMARY KEY, v BLOB NOT NULL) WITHOUT ROWID")
                self.db.execute("BEGIN")
                self.db.executemany("INSERT INTO m VALUES (?, ?)",
                                    ((_blob(k), _blob(v)) for k, v in self.memory.items()))
                self.memory = {}
            return
        self.db.execute("INSERT OR REPLACE INTO m VALUES (?, ?)", (_blob(key), _blob(value)))

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
        self.memory = {}


def _blob(text: str) -> bytes:
    """Any str as bytes, lone surrogates too (a JSON Lines "\\ud800" escape gives one)."""
    return text.encode("utf-8", "surrogatepass")


class Namer:
    """Unique report names: a slug of the id, plus a short hash of the id when slugs collide.

    Names are compared case-insensitively, as some file systems do.
    """

    def __init__(self, taken: SeenMap | None = None):
        self.taken = taken if taken is not None else SeenMap()

    def name(self, article_id: str) -> str:
        slug = slugify(article_id)
        if slug.lower() in self.taken or slug.split(".")[0].lower() in _RESERVED:
            digest = hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()
            slug = f"{slug}-{digest[:8]}"
            n = 1
            while slug.lower() in self.taken:
                slug = f"{slug.rsplit('~', 1)[0]}~{n}"
                n += 1
        self.taken.add(slug.lower())
        return slug


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """factcheck's version plus a hash of its code and data files, so that a changed checker
    (an upgrade, or a development checkout) never reuses reports made by the old one."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix not in (".pyc", ".pyo") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:16]}"


def resolved_source(path: str | None) -> str | None:
    """The file an article came from as an absolute path, with its corpus line kept
    ("corpus.jsonl:12" -> "/data/corpus.jsonl:12"): how the path was typed does not matter."""
    if not path or path == "-":
        return path
    file, colon, line = path.rpartition(":")
    if colon and line.isdigit():
        corpus_file = _resolved_corpus(file)
        if corpus_file is not None:
            return f"{corpus_file}:{line}"
    return str(Path(path).resolve())


@functools.lru_cache(maxsize=256)
def _resolved_corpus(path: str) -> str | None:
    """A JSON Lines corpus's absolute path (None for other files); asked once per line."""
    return str(Path(path).resolve()) if format_of(path) == "jsonl" else None


@functools.lru_cache(maxsize=8)
def _key_prefix(job: Job):
    parts = [CACHE_FORMAT, code_version(), job.fingerprint, _qualname(job.check),
             list(job.formats), repr(job.tolerances)]
    return hashlib.sha256(json.dumps(parts).encode("utf-8") + b"\0")


def html_reader_in_use() -> str:
    """Which main-content reader HTML articles go through: "builtin", or trafilatura and its
    version when it is installed (factcheck.html_reader hands it pages with no <article> or
    <main>). Part of an HTML article's cache key, so installing, upgrading or removing it re-checks
    the pages it reads. Looked up without importing it: a cached run does not load it."""
    module = sys.modules.get("trafilatura")
    if module is not None:
        return f"trafilatura {getattr(module, '__version__', '?')}"
    return _installed_html_reader()


@functools.lru_cache(maxsize=1)
def _installed_html_reader() -> str:
    import importlib.metadata
    import importlib.util
    try:
        if importlib.util.find_spec("trafilatura") is None:
            return "builtin"
    except (ImportError, ValueError):
        return "builtin"
    try:
        return f"trafilatura {importlib.metadata.version('trafilatura')}"
    except importlib.metadata.PackageNotFoundError:
        return "trafilatura ?"


def cache_key(article: Article, job: Job) -> str:
    """sha256 of everything a report depends on: article, options, reference data, code, and
    for an HTML page the reader that took its text out of the markup.

    The source path is resolved first, so `corpus.jsonl` and the same file by its absolute path
    share their cache entries.
    """
    digest = _key_prefix(job).copy()
    text = article.text.encode("utf-8", "surrogatepass")
    reader = html_reader_in_use() if article.path and article.path.lower().endswith(
        (".html", ".htm")) else None
    parts = [article.id, article.title, article.date.isoformat() if article.date else None,
             article.locale, article.url, resolved_source(article.path), article.line_offset,
             len(text), reader]
    digest.update(json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    digest.update(b"\0" + text)
    return digest.hexdigest()


def line_key(line: JsonlLine, job: Job) -> str:
    """cache_key for a JSON Lines record, from its bytes: a re-run finds an unchanged record's
    result without parsing it. The record is the whole article; to it are added what else makes
    the article (--date, --locale) and where it is (the resolved corpus path and the line)."""
    digest = _key_prefix(job).copy()
    parts = ["jsonl", _resolved_corpus(line.path) or line.path, line.number,
             line.date.isoformat() if line.date else None, line.locale]
    digest.update(json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    digest.update(b"\0" + line.raw)
    return digest.hexdigest()


STAGING_DIR = "staging"
"""Under .cache/: where a process writes a report before renaming it into place."""


def write_report(out: str | Path, name: str, text: str) -> list[int]:
    """Write one report file and return its stamp (size, modification time).

    A reader never sees half a report: the text goes to this process's one staging file under
    .cache/, which is then renamed over the report. The staging file is opened with the mode
    any new file gets (no mkstemp, so no chmod), and its name is fixed per process: a killed
    process leaves at most one behind, and the next run clears the staging folder. Paths are
    joined as text: pathlib interns every part, and a report name per article grows the
    interpreter's table of interned strings.
    """
    base = os.fspath(out)
    staging = os.path.join(base, CACHE_DIR, STAGING_DIR)
    tmp = os.path.join(staging, f"{os.getpid()}.tmp")
    data = text.encode("utf-8", "backslashreplace")  # a lone surrogate as its JSON escape
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    except FileNotFoundError:
        os.makedirs(staging, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        st = os.fstat(fd)
    finally:
        os.close(fd)
    os.replace(tmp, os.path.join(base, name))
    return [st.st_size, st.st_mtime_ns]


def save(out: str | Path, outcome: Outcome) -> Outcome:
    """Write an article's report files; returns the outcome with their stamps and no text.

    Runs in the parent, or in a pool worker when the output folder is shared. The cache entry
    that vouches for the files is recorded afterwards, by the parent (Store.record).
    """
    result = outcome.result
    stamps = {}
    for fmt, text in outcome.files.items():
        name = f"{result.name}.{REPORT_FORMATS[fmt]}"
        stamps[name] = write_report(out, name, text)
    return dataclasses.replace(outcome, files={}, saved=True, stamps=stamps)


def _stamp(path: str | Path) -> list[int] | None:
    """Size and modification time of a report, to tell that it is still the one written."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _remove_matching(folder: Path, matches: Callable[[str], bool]) -> None:
    """Delete the files directly in `folder` whose name `matches`, reading the folder one entry
    at a time: the output folder holds a report per article, and Path.glob lists every entry
    first (a million reports were 250 MB)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if matches(entry.name) and not entry.is_dir(follow_symlinks=False):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)


CACHE_DB = "results.sqlite"
COMMIT_EVERY = 512
"""Cache entries (new ones and reused ones) committed together at most."""
COMMIT_SECONDS = 0.25
"""Longest a finished article's cache entry waits to be committed."""
_JSON = json.JSONDecoder()


class Store:
    """The output folder: report files, and one cache of results in .cache/results.sqlite.

    An entry is recorded only after its report files are in place, and entries are committed a
    batch at a time, at least every `commit_seconds`: a run killed with SIGKILL loses at most
    that much finished work, whose articles the next run checks again. Entries record the report files' size and modification
    time, so a report deleted or edited since is made again.
    """

    def __init__(self, out: str, use_cache: bool = True, commit_every: int | None = None,
                 commit_seconds: float | None = None):
        self.out = Path(out)
        self.folder = str(self.out)
        self.cache = self.out / CACHE_DIR
        self.use_cache = use_cache
        self.commit_every = COMMIT_EVERY if commit_every is None else commit_every
        self.commit_seconds = COMMIT_SECONDS if commit_seconds is None else commit_seconds
        self.committed = float("-inf")  # the first finished article is committed at once
        self.pending: list[tuple] = []
        self.hits: list[tuple] = []
        self.cache.mkdir(parents=True, exist_ok=True)
        self.clear_leftovers()
        self.db = self._open()
        self.run_id = self._next_run()

    def clear_leftovers(self) -> None:
        """Remove what killed runs left: staging files, and the per-entry files of the old
        one-file-per-article cache layout (and its .tmp files)."""
        shutil.rmtree(self.cache / STAGING_DIR, ignore_errors=True)
        _remove_matching(self.cache, lambda name: name.endswith(".json") or (
            name.startswith(".") and name.endswith(".tmp")))
        # Reports of older versions were staged here, and so are the run's own pages.
        _remove_matching(self.out, lambda name: name.startswith(".") and name.endswith(".tmp"))

    def _open(self) -> sqlite3.Connection:
        path = self.cache / CACHE_DB
        for attempt in (1, 2):
            try:
                db = sqlite3.connect(path, isolation_level=None)
                db.execute("PRAGMA auto_vacuum=INCREMENTAL")  # takes effect on a new file
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)")
                row = db.execute("SELECT v FROM meta WHERE k = 'format'").fetchone()
                if row is None or row[0] != str(CACHE_FORMAT):
                    db.execute("DROP TABLE IF EXISTS results")
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)",
                               (str(CACHE_FORMAT),))
                # A rowid table: rows of a few KB are slow to look up in a WITHOUT ROWID one.
                # result: the ArticleResult row (to_row) with the report files' stamps last.
                db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, "
                           "name TEXT NOT NULL, result TEXT NOT NULL, run INTEGER NOT NULL)")
                return db
            except sqlite3.DatabaseError:
                # A damaged cache is only lost work: start a new one.
                with contextlib.suppress(Exception):
                    db.close()
                if attempt == 2:
                    raise
                for suffix in ("", "-wal", "-shm", "-journal"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise AssertionError("unreachable")

    def _next_run(self) -> int:
        row = self.db.execute("SELECT v FROM meta WHERE k = 'run'").fetchone()
        run_id = int(row[0]) + 1 if row else 1
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('run', ?)", (str(run_id),))
        return run_id

    def lookup(self, key: str) -> tuple | None:
        """The cache entry for this key as stored, (rowid, name, result), or None."""
        if not self.use_cache:
            return None
        try:
            return self.db.execute("SELECT rowid, name, result FROM results WHERE key = ?",
                                   (key,)).fetchone()
        except sqlite3.DatabaseError:
            return None

    @staticmethod
    def entry_id(entry: tuple) -> str | None:
        """The article id a looked-up entry is for (without building its result)."""
        try:
            article_id = _JSON.raw_decode(entry[2], 1)[0]  # the row's first value only
        except ValueError:
            return None
        return article_id if isinstance(article_id, str) else None

    def cached(self, key: str, name: str, seq: int, source: str | None = None,
               line: int | None = None, entry: tuple | None = None) -> ArticleResult | None:
        """The saved result for this key, if its entry and report files are all still there;
        placed at `seq`, and found at `source` and `line` (the key holds the resolved path).
        `entry`: what lookup(key) gave, when the caller has it already."""
        row = entry if entry is not None else self.lookup(key)
        if row is None or row[1] != name:
            return None  # not checked yet, or renamed
        try:
            *stored, stamps = json.loads(row[2])
            result = ArticleResult.from_row(stored, seq, source, line)
        except (ValueError, KeyError, TypeError):
            return None
        folder = self.folder
        for f in result.reports:
            stamp = stamps.get(f)
            if stamp is None or _stamp(os.path.join(folder, f)) != stamp:
                return None  # a report was deleted or rewritten since
        self.hits.append((self.run_id, row[0]))
        if len(self.hits) >= self.commit_every:
            self.commit()
        return result

    def record(self, key: str, result: ArticleResult, stamps: dict[str, list[int]]) -> None:
        """Vouch for an article's saved report files (committed with the next batch)."""
        if result.error is not None:
            return
        self.pending.append((key, result.name,
                             json.dumps([*result.to_row(), stamps], separators=(",", ":")),
                             self.run_id))
        if (len(self.pending) >= self.commit_every
                or time.monotonic() - self.committed >= self.commit_seconds):
            self.commit()

    def commit(self) -> None:
        if not (self.pending or self.hits):
            return
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("INSERT OR REPLACE INTO results (key, name, result, run) "
                                "VALUES (?, ?, ?, ?)", self.pending)
            self.db.executemany("UPDATE results SET run = ? WHERE rowid = ?", self.hits)
        self.pending, self.hits = [], []
        self.committed = time.monotonic()

    def prune(self) -> int:
        """Remove cache entries this (complete) run did not use; returns how many."""
        self.commit()
        with self.db:
            self.db.execute("BEGIN")
            removed = self.db.execute("DELETE FROM results WHERE run != ?",
                                      (self.run_id,)).rowcount
        free, pages = (self.db.execute(f"PRAGMA {p}").fetchone()[0]
                       for p in ("freelist_count", "page_count"))
        if free > pages // 2:  # give back the space of a mostly replaced cache
            self.db.execute("PRAGMA incremental_vacuum")
        return removed

    def entries(self) -> int:
        return self.db.execute("SELECT count(*) FROM results").fetchone()[0]

    def close(self) -> None:
        """Commit what is recorded (an interrupted run keeps its finished work) and close."""
        try:
            self.commit()
        finally:
            self.db.close()


def count_articles(paths: Iterable[str]) -> int:
    """How many articles `paths` hold, cheaply (JSON Lines: non-blank lines), for progress."""
    total = 0
    for path in iter_paths(list(paths)):
        if path != "-" and format_of(path) == "jsonl":
            try:
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


# ----------------------------------------------------------------------------------------------
# Backends: where run_batch runs
# ----------------------------------------------------------------------------------------------

class _InProcess:
    """--jobs 1: check in this process, one article at a time."""

    batch_size = 1

    def __init__(self, job: Job):
        self.job = job
        self.done: list[list[Outcome]] = []

    def capacity(self) -> int:
        return 1

    def submit(self, items: list[Item]) -> None:
        self.done.append(run_batch(self.job, items))

    def pending(self) -> int:
        return len(self.done)

    def wait(self, block: bool) -> Iterator[list[Outcome]]:
        done, self.done = self.done, []
        yield from done

    def close(self, interrupted: bool) -> None:
        pass


class _Pool:
    """--jobs N: a process pool; each worker loads reference data once, in its initializer."""

    batch_size = 8

    def __init__(self, job: Job, jobs: int):
        self.job = job
        self.jobs = jobs
        self.pool = None
        """Started with the first batch: a run where every article is cached starts none."""
        self.futures: set = set()

    def capacity(self) -> int:
        return self.jobs

    def submit(self, items: list[Item]) -> None:
        if self.pool is None:
            from concurrent.futures import ProcessPoolExecutor
            # Forked workers share the parent's reference data until written to; the collector
            # would write to every object it scans, copying the pages into each worker.
            gc.freeze()
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=warm_worker,
                                            initargs=(self.job, os.getpid()))
        self.futures.add(self.pool.submit(run_batch, self.job, items))

    def pending(self) -> int:
        return len(self.futures)

    def wait(self, block: bool) -> Iterator[list[Outcome]]:
        from concurrent.futures import FIRST_COMPLETED, wait
        if block:
            done, self.futures = wait(self.futures, return_when=FIRST_COMPLETED)
        else:
            done = {f for f in self.futures if f.done()}
            self.futures -= done
        for future in done:
            yield future.result()

    def close(self, interrupted: bool) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=interrupted)


class _Dask:
    """--dask ADDRESS: batches of articles as tasks on an existing Dask distributed cluster."""

    batch_size = 16

    def __init__(self, job: Job, address: str):
        try:
            from distributed import Client, as_completed
        except ImportError:
            raise UsageError("--dask needs the Dask distributed package: "
                             "pip install 'numeric-factcheck[dask]'") from None
        try:
            self.client = Client(address)  # timeout: dask config distributed.comm.timeouts.connect
        except (OSError, TimeoutError, ValueError) as exc:
            raise UsageError(f"--dask {address}: cannot connect to the scheduler ({exc})") from None
        self.job = job
        self.futures = as_completed(with_results=False)

    def capacity(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def submit(self, items: list[Item]) -> None:
        self.futures.add(self.client.submit(run_batch, self.job, items, pure=False))

    def pending(self) -> int:
        return self.futures.count()

    def wait(self, block: bool) -> Iterator[list[Outcome]]:
        if not block and self.futures.is_empty():
            return
        for future in self.futures.next_batch(block=block):
            outcomes = future.result()
            future.release()
            yield outcomes

    def close(self, interrupted: bool) -> None:
        if interrupted:
            for future in list(self.futures.futures):
                future.cancel()
        self.client.close()


def _backend(options: Options, job: Job):
    if options.dask:
        return _Dask(job, options.dask)
    if options.jobs > 1:
        return _Pool(job, options.jobs)
    return _InProcess(job)


# ----------------------------------------------------------------------------------------------
# The run
# ----------------------------------------------------------------------------------------------

def check_article(article: Article, reference, *args) -> Report:
    """factcheck.api.check_article, imported on first use: a run where every article comes
    from the cache never imports the checker (and its unit library)."""
    from . import api
    return api.check_article(article, reference, *args)


def default_check() -> Callable:
    return check_article


def default_load() -> Callable:
    from .reference import load_reference
    return load_reference


def validate(paths: list[str], options: Options, writers: Iterable = (), *,
             baseline: Baseline | None = None, check: Callable | None = None,
             load: Callable | None = None, total: int | None = None,
             progress: Callable[[int, int | None, ArticleResult], None] | None = None) -> Summary:
    """Check every article under `paths`, feed `writers`, and return the run's counts.

    Raises ReferenceDataError when the reference data is invalid, UsageError for impossible
    options; an unreadable article is an error result and the run goes on. Writers' stop() is
    called only when the run completes (not on KeyboardInterrupt).
    """
    started = time.monotonic()
    for fmt in options.report_formats:
        if fmt not in REPORT_FORMATS:
            raise UsageError(f"unknown report format {fmt!r}; choose from {', '.join(REPORT_FORMATS)}")
        if fmt != "json":
            report_renderer(fmt)
    if not options.out:
        options = dataclasses.replace(options, report_formats=())
    check = check or default_check()
    load = load or default_load()
    dirs = tuple(str(Path(d).resolve()) for d in options.reference_dirs)
    reference = load(list(dirs))
    job = Job(check=check, load=load, reference_dirs=dirs, fingerprint=reference.fingerprint,
              formats=tuple(options.report_formats), tolerances=options.tolerances,
              out=str(Path(options.out).resolve()) if options.out and not options.dask else None)
    with _REFERENCES_LOCK:  # --jobs 1 and forked pool workers reuse the copy just loaded
        _REFERENCES[_reference_key(job)] = reference

    writers = list(writers)
    info = RunInfo(version=__version__, reference_fingerprint=reference.fingerprint,
                   paths=tuple(paths), out=options.out, fail_on=options.fail_on,
                   report_formats=tuple(options.report_formats),
                   baseline=baseline.path if baseline else None,
                   started=dt.datetime.now(dt.timezone.utc).replace(microsecond=0), total=total)
    store = Store(options.out, options.cache) if options.out else None
    try:
        for writer in writers:
            writer.start(info)
        run = _Run(options, job, store, writers, baseline, progress, total)
        run.run(paths)
        summary = run.summary
        if baseline is not None:
            summary.baseline_gone = baseline.gone()
        if store is not None:
            store.prune()
    finally:
        if store is not None:
            store.close()
    summary.elapsed = time.monotonic() - started
    for writer in writers:
        writer.stop(summary)
    return summary


class _Run:
    """The streaming loop: read, screen, skip cached, submit in batches, save and deliver.

    Every undelivered article is in exactly one place: the batch being filled, in flight on the
    backend, or `ready` (done, waiting for an earlier one). Their total stays under `window`.
    """

    def __init__(self, options: Options, job: Job, store: Store | None, writers: list,
                 baseline: Baseline | None, progress, total: int | None):
        self.options, self.job, self.store, self.writers = options, job, store, writers
        self.baseline, self.progress, self.total = baseline, progress, total
        self.summary = Summary(fail_on=options.fail_on)
        self.ready: dict[int, ArticleResult] = {}
        self.next_seq = 0
        self.batch: list[Item] = []
        self.in_flight = 0
        self.backend = None
        self.namer = Namer()
        self.seen_ids = SeenMap()
        """Article id -> where it was first read, for duplicates."""
        self.error_counts: dict[tuple, int] = {}

    def run(self, paths: list[str]) -> None:
        options = self.options
        self.backend = _backend(options, self.job)
        batch_size = options.batch_size or self.backend.batch_size
        window = options.window or max(64, 4 * batch_size * self.backend.capacity())
        interrupted = True
        try:
            # With a cache, corpus lines come unparsed: an unchanged line's result is found by
            # its bytes, and only the lines that need checking are parsed.
            for seq, entry in enumerate(iter_articles(list(paths), date=options.date,
                                                       locale=options.locale,
                                                       lines=self.store is not None)):
                result = self.prepare(seq, entry)
                if result is None and len(self.batch) >= batch_size:
                    self.submit()
                if result is not None:
                    self.deliver(result)
                self.collect(block=False)
                while self.in_flight + len(self.batch) + len(self.ready) >= window:
                    self.submit()
                    self.collect(block=True)
            self.submit()
            while self.backend.pending():
                self.collect(block=True)
            interrupted = False
        finally:
            self.backend.close(interrupted)
            self.seen_ids.close()
            self.namer.taken.close()

    def prepare(self, seq: int, entry) -> ArticleResult | None:
        """An article's result when it needs no checking (an error, or cached); otherwise
        None, and the article is added to the batch being filled."""
        try:
            key = name = None
            if isinstance(entry, JsonlLine):
                key = line_key(entry, self.job)
                found = self.from_line(seq, entry, key)
                if isinstance(found, ArticleResult):
                    return found
                name = found  # its id was read from the cache and named; the entry was stale
                entry = entry.article()
            if name is None or not isinstance(entry, Article):
                result = _screen(seq, entry, self.seen_ids, self.error_counts)
                if result is not None:
                    return result
                name = self.namer.name(entry.id)
            key = key or cache_key(entry, self.job)
            if self.store is not None:
                result = self.store.cached(key, name, seq, *source_of(entry))
                if result is not None:
                    return result
            self.batch.append(Item(seq, entry, name, key))
            return None
        except (OSError, sqlite3.DatabaseError):
            raise  # the output folder or its cache, not the article
        except Exception as exc:  # one odd article must not end the run
            article = entry if isinstance(entry, Article) else None
            return _fingerprinted(_error_result(
                seq, article, "unreadable article",
                f"{getattr(entry, 'path', None) or '<input>'}: cannot be prepared for checking: "
                f"{type(exc).__name__}: {exc}"), self.error_counts)

    def from_line(self, seq: int, line: JsonlLine, key: str) -> ArticleResult | str | None:
        """A corpus line's cached result, found by its bytes without parsing it; or the report
        name its article got when the entry turned out stale; or None (read it as usual)."""
        entry = self.store.lookup(key) if self.store is not None else None
        if entry is None:
            return None
        article_id = Store.entry_id(entry)
        if article_id is None or self.seen_ids.get(article_id) is not None:
            return None  # a duplicate this time: read as usual, it is reported as one
        self.seen_ids.add(article_id, f"{line.path}:{line.number}")
        name = self.namer.name(article_id)
        return self.store.cached(key, name, seq, line.path, line.number, entry=entry) or name

    def submit(self) -> None:
        if self.batch:
            self.backend.submit(self.batch)
            self.in_flight += len(self.batch)
            self.batch = []

    def collect(self, block: bool) -> None:
        """Save and deliver finished work (waiting for some if `block`)."""
        for outcomes in self.backend.wait(block):
            for outcome in outcomes:
                if outcome.fatal:
                    raise ReferenceDataError(", ".join(self.job.reference_dirs) or "reference",
                                             outcome.fatal)
                if self.store is not None:
                    if not outcome.saved:
                        outcome = save(self.store.out, outcome)
                    self.store.record(outcome.key, outcome.result, outcome.stamps)
                self.in_flight -= 1
                self.deliver(outcome.result)

    def deliver(self, result: ArticleResult) -> None:
        """Hand results to the writers in input order."""
        self.ready[result.seq] = result
        while self.next_seq in self.ready:
            result = self.ready.pop(self.next_seq)
            if self.options.selection:
                result = self.options.selection.result(result)
            judged = judge(result, self.options.fail_on, self.baseline)
            self.summary.add(judged)
            for writer in self.writers:
                writer.handle(judged)
            self.next_seq += 1
            if self.progress:
                self.progress(self.summary.articles, self.total, judged)


def _screen(seq: int, entry, seen_ids: SeenMap,
            error_counts: dict[tuple, int]) -> ArticleResult | None:
    """An error result for input that cannot be checked, or None for a checkable article."""
    if isinstance(entry, InputError):
        result = ArticleResult(seq=seq, id=None, source=entry.path, line=entry.line,
                               error=entry.problem, detail=str(entry))
    elif not entry.text.strip():
        result = _error_result(seq, entry, "empty article", f"{entry.path}: empty article "
                               "(no text to check)")
    elif len(entry.text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        result = _error_result(seq, entry, "oversized article",
                               f"{entry.path}: article is over the {MAX_ARTICLE_BYTES:,}-byte limit")
    elif (first := seen_ids.get(entry.id)) is not None:
        result = _error_result(seq, entry, "duplicate id",
                               f"{entry.path}: duplicate id {entry.id!r} (first read from "
                               f"{first}); only the first is checked")
    else:
        seen_ids.add(entry.id, entry.path or "")
        return None
    return _fingerprinted(result, error_counts)


def _fingerprinted(result: ArticleResult, error_counts: dict[tuple, int]) -> ArticleResult:
    """An error result with its baseline fingerprint (where, what, and which occurrence)."""
    where = result.source or result.id or ""
    occurrence = error_counts.get((where, result.error), 0)
    error_counts[(where, result.error)] = occurrence + 1
    return dataclasses.replace(result, fingerprint=error_fingerprint(where, result.error, occurrence))
