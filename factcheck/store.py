"""The datasets of a run compiled once into one SQLite file, so a run reads only what it asks for.

The file lives in the user cache folder, named by the run's dataset folders, and records every
source file's size, modification time and SHA-256. Opening it checks the files: unchanged files
are trusted by size and time; a changed one is hashed, and a different hash rebuilds the store
(into a new file, swapped in whole, so a reader never sees half a store). Values are stored as
the text of their Decimal, so lookups are exact. Readers open it read-only: corpus workers share
one file and keep no copy of the data in memory. With no writable cache folder the store is
built in memory for the run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path

from .datasets import Dataset, MeasureDef, read_dataset, read_facts, read_subjects
from .errors import ReferenceDataError
from .model import Fact, Subject

STORE_VERSION = 2
_BATCH = 50_000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, sha256 TEXT);
CREATE TABLE datasets (position INTEGER PRIMARY KEY, name TEXT, title TEXT, folder TEXT,
                       licences TEXT);
CREATE TABLE resources (position INTEGER PRIMARY KEY, path TEXT, dataset INTEGER);
CREATE TABLE measures (position INTEGER PRIMARY KEY, id TEXT, definition TEXT);
CREATE TABLE sources (position INTEGER PRIMARY KEY, publisher TEXT, url TEXT);
CREATE TABLE subjects (id TEXT PRIMARY KEY, name TEXT, type TEXT, aliases TEXT, parent TEXT,
                       start TEXT, "end" TEXT, publisher TEXT, url TEXT, notes TEXT,
                       dataset INTEGER);
CREATE TABLE facts (id TEXT NOT NULL, subject TEXT NOT NULL, measure TEXT NOT NULL,
                    as_of TEXT NOT NULL, source INTEGER, value TEXT, low TEXT, high TEXT,
                    unit TEXT, notes TEXT, resource INTEGER, "row" INTEGER);
"""
# Publisher and url repeat on every row of a table: they are stored once, in `sources`.
_INDEXES = "CREATE INDEX facts_by_key ON facts (subject, measure, as_of);"


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    if Path(path).is_dir():
        raise ReferenceDataError(str(path), "is a folder, not a CSV file")
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise ReferenceDataError(str(path), f"cannot read: {exc.strerror or exc}") from None
    with handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError as exc:
        raise ReferenceDataError(str(path), f"cannot read: {exc.strerror or exc}") from None
    return info.st_size, info.st_mtime_ns


def _store_path(folder: Path, dirs: list[Path], salt: str) -> Path:
    key = json.dumps([STORE_VERSION, salt, [str(d.resolve()) for d in dirs]])
    return folder / f"reference-{hashlib.sha256(key.encode()).hexdigest()[:20]}.sqlite"


class Store:
    """A read-only handle on a compiled store (one connection, shared under a lock)."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None):
        self.connection = connection
        self.path = path
        self._lock = threading.Lock()

    def query(self, sql: str, params=()) -> list[tuple]:
        with self._lock:
            return self.connection.execute(sql, params).fetchall()

    def meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def subjects(self) -> dict[str, Subject]:
        return {row[0]: _subject(row) for row in self.query(
            'SELECT id, name, type, aliases, parent, start, "end", publisher, url, notes '
            "FROM subjects ORDER BY id")}

    def facts(self, subject: str, measure: str) -> list[Fact]:
        return [_fact(row) for row in self.query(
            "SELECT f.id, f.subject, f.measure, f.as_of, s.publisher, s.url, f.value, f.low, "
            'f.high, f.unit, f.notes, r.path, f."row" FROM facts f '
            "JOIN sources s ON s.position = f.source JOIN resources r ON r.position = f.resource "
            "WHERE f.subject = ? AND f.measure = ? ORDER BY f.as_of, f.id",
            (subject, measure))]

    def measures(self) -> tuple[MeasureDef, ...]:
        return tuple(MeasureDef.from_dict(json.loads(d)) for (d,) in self.query(
            "SELECT definition FROM measures ORDER BY position"))

    def datasets(self) -> list[dict]:
        return [{"name": n, "title": t, "folder": f, "licences": json.loads(lic)}
                for n, t, f, lic in self.query(
                    "SELECT name, title, folder, licences FROM datasets ORDER BY position")]

    def close(self) -> None:
        self.connection.close()


def open_store(dirs: list[Path], *, salt: str = "", cache: Path | None | bool = True,
               known_measures=None) -> Store:
    """The store of `dirs` (in order, later ones overriding), rebuilt first if any file changed.

    `cache`: a folder for the store file, True for the user cache folder, or None/False to build
    in memory. `salt` names what else the compiled data depends on (the bundled measures).
    `known_measures(declared)` gives the measure ids facts may use, given the declared ones
    (default: the bundled measures and the declared ones).
    """
    from .userdirs import cache_dir

    folder = cache_dir() if cache is True else (Path(cache) if cache else None)
    datasets = [read_dataset(d) for d in dirs]
    files = [path for ds in datasets for path in ds.files()]
    if folder is not None:
        path = _store_path(folder, dirs, salt)
        store = _open_if_fresh(path, files, salt)
        if store is not None:
            _mark_used(path)
            return store
        try:
            _build_file(path, datasets, salt, known_measures)
            _prune(folder, keep=path)
            return _open_read_only(path)
        except OSError:
            pass  # the folder turned out unwritable: build in memory below
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    _build(connection, datasets, salt, known_measures)
    return Store(connection, None)


UNUSED_DAYS = 30
"""A store no run has opened for this long (other folders, older versions) is deleted."""


def _mark_used(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:
        pass


def _prune(folder: Path, keep: Path) -> None:
    """Delete stores unused for UNUSED_DAYS and builds abandoned for a day (a killed run's)."""
    now = time.time()
    for candidate in list(folder.glob("reference-*.sqlite")) + list(folder.glob("reference-*.tmp")):
        limit = UNUSED_DAYS * 86400 if candidate.suffix == ".sqlite" else 86400
        try:
            if candidate != keep and now - candidate.stat().st_mtime > limit:
                candidate.unlink()
        except OSError:
            pass


def _open_read_only(path: Path) -> Store:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                 check_same_thread=False)
    return Store(connection, path)


def _open_if_fresh(path: Path, files: list[Path], salt: str) -> Store | None:
    if not path.is_file():
        return None
    try:
        store = _open_read_only(path)
        recorded = {p: (size, mtime, sha) for p, size, mtime, sha in
                    store.query("SELECT path, size, mtime_ns, sha256 FROM files")}
        if store.meta("version") != str(STORE_VERSION) or store.meta("salt") != salt:
            store.close()
            return None
    except sqlite3.DatabaseError:
        return None
    if set(recorded) != {str(f.resolve()) for f in files}:
        store.close()
        return None
    touched = []
    for file in files:
        size, mtime, sha = recorded[str(file.resolve())]
        try:
            now = _stamp(file)
        except OSError:
            store.close()
            return None
        if now != (size, mtime):
            if now[0] != size or _file_digest(file) != sha:
                store.close()
                return None
            touched.append((now[1], str(file.resolve())))
    if touched:  # same content, new times: remember them so the next run skips the hashing
        try:
            with sqlite3.connect(path) as writer:
                writer.executemany("UPDATE files SET mtime_ns = ? WHERE path = ?", touched)
            writer.close()
        except sqlite3.Error:
            pass
    return store


def _build_file(path: Path, datasets: list[Dataset], salt: str, known_measures) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    os.close(fd)
    try:
        connection = sqlite3.connect(tmp)
        try:
            _build(connection, datasets, salt, known_measures)
        finally:
            connection.close()
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _build(connection: sqlite3.Connection, datasets: list[Dataset], salt: str,
           known_measures) -> None:
    """Validate every row and write the store; raises ReferenceDataError naming file and row."""
    connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
    declared = [m for ds in datasets for m in ds.measures]
    if known_measures is None:
        from .measures import known_measures
    measures = known_measures(declared)
    connection.executemany("INSERT INTO measures (position, id, definition) VALUES (?, ?, ?)",
                           [(i, m.id, json.dumps(m.to_dict())) for i, m in enumerate(declared)])
    sources: dict[tuple[str, str], int] = {}
    resource_number = 0
    for position, ds in enumerate(datasets):
        connection.execute("INSERT INTO datasets VALUES (?, ?, ?, ?, ?)",
                           (position, ds.name, ds.title, str(ds.folder), json.dumps(ds.licences)))
        for file in ds.files():
            size, mtime = _stamp(file)
            connection.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                               (str(file.resolve()), size, mtime, _file_digest(file)))
        for resource in ds.resources:
            if resource.role == "subjects":
                connection.executemany(
                    "INSERT OR REPLACE INTO subjects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ((s.id, s.name, s.type, ";".join(s.aliases), s.parent, _iso(s.start),
                      _iso(s.end), s.source, s.url, s.notes, position)
                     for s in read_subjects(resource)))
                continue
            resource_number += 1
            connection.execute("INSERT INTO resources VALUES (?, ?, ?)",
                               (resource_number, str(resource.path), position))

            def source(publisher: str, url: str) -> int:
                return sources.setdefault((publisher, url), len(sources))

            rows = ((f.id, f.subject, f.measure, f.as_of.isoformat(), source(f.publisher, f.url),
                     _text(f.value), _text(f.low), _text(f.high), f.unit, f.notes,
                     resource_number, int(f.origin.rpartition(":")[2]))
                    for f in read_facts(resource, measures, ds.name))
            while True:
                batch = [row for _, row in zip(range(_BATCH), rows)]
                if not batch:
                    break
                connection.executemany("INSERT INTO facts VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
    connection.executemany("INSERT INTO sources VALUES (?, ?, ?)",
                           [(n, p, u) for (p, u), n in sources.items()])
    # A fact whose id was seen before replaces the earlier one: the last row of an id stays.
    connection.executescript(
        "CREATE INDEX facts_by_id ON facts (id);"
        "DELETE FROM facts WHERE rowid IN (SELECT f.rowid FROM facts f JOIN facts g "
        "ON g.id = f.id AND g.rowid > f.rowid);"
        "DROP INDEX facts_by_id;")
    _check_links(connection, {str(r.path): r.columns.get("subject", "subject")
                              for ds in datasets for r in ds.resources})
    connection.executescript(_INDEXES)
    connection.executemany("INSERT INTO meta VALUES (?, ?)", [
        ("version", str(STORE_VERSION)), ("salt", salt),
        ("fingerprint", _fingerprint(connection)),
        ("built", dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))])
    connection.commit()
    connection.execute("ANALYZE")
    connection.commit()


def _check_links(connection: sqlite3.Connection,
                 subject_columns: dict[str, str] | None = None) -> None:
    """Every fact's subject, and every subject's parent, is a subject of the run."""
    orphan = connection.execute(
        'SELECT f.subject, r.path, f."row" FROM facts f JOIN resources r '
        "ON r.position = f.resource WHERE f.subject NOT IN (SELECT id FROM subjects) "
        "ORDER BY f.rowid LIMIT 1").fetchone()
    if orphan:
        subject, file, row = orphan
        raise ReferenceDataError(file, f"subject {subject!r} is not defined in any subjects "
                                 "file of the run's datasets", row=row,
                                 column=(subject_columns or {}).get(file, "subject"))
    parentless = connection.execute(
        "SELECT id, parent FROM subjects WHERE parent IS NOT NULL AND parent NOT IN "
        "(SELECT id FROM subjects) ORDER BY id LIMIT 1").fetchone()
    if parentless:
        raise ReferenceDataError("subjects", f"subject {parentless[0]!r} has unknown parent "
                                 f"{parentless[1]!r}", column="parent")


def _fingerprint(connection: sqlite3.Connection) -> str:
    """The same data gives the same fingerprint: a hash of the source files' names and hashes."""
    digest = hashlib.sha256()
    for path, sha in connection.execute("SELECT path, sha256 FROM files ORDER BY rowid"):
        digest.update(Path(path).name.encode() + b"\0" + sha.encode() + b"\0")
    return digest.hexdigest()


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _subject(row) -> Subject:
    sid, name, kind, aliases, parent, start, end, publisher, url, notes = row
    return Subject(id=sid, name=name, type=kind,
                   aliases=tuple(a for a in (aliases or "").split(";") if a),
                   start=_date(start), end=_date(end), parent=parent, source=publisher, url=url,
                   notes=notes)


def _fact(row) -> Fact:
    fid, subject, measure, as_of, publisher, url, value, low, high, unit, notes, path, line = row
    return Fact(id=fid, subject=subject, measure=measure, as_of=dt.date.fromisoformat(as_of),
                publisher=publisher, url=url, value=_decimal(value), low=_decimal(low),
                high=_decimal(high), unit=unit, notes=notes, origin=f"{Path(path).name}:{line}")
