"""Files -> articles: plain text, Markdown with YAML front matter, HTML, and JSON Lines corpora.

Offsets in mentions and claims point into `Article.text`, the text as read here (for HTML, the
extracted text). A file that cannot be read raises InputError naming the file and the byte
offset or line; a corpus reader yields the error in place of the article and goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from .errors import InputError
from .html_reader import html_text
from .model import Article

ARTICLE_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown",
                    ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
MAX_ARTICLE_BYTES = 5_000_000
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)


def decode(data: bytes, path: str | None) -> str:
    """UTF-8 text, or InputError naming the byte offset where decoding failed."""
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary data, not text", offset=data.index(b"\x00"),
                         hint="factcheck reads UTF-8 text, Markdown, HTML or JSON Lines")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(path, f"invalid UTF-8 ({exc.reason})", line=line, offset=exc.start,
                         hint="save the file as UTF-8") from None
    return text[1:] if text.startswith("\ufeff") else text


def read_bytes(path: str) -> bytes:
    """The bytes of a file, or of standard input for "-"."""
    import sys
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def format_of(path: str, text: str | None = None) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        return ARTICLE_SUFFIXES[suffix]
    if text is not None and text.startswith("---"):
        return "markdown"
    return "text"


def parse_date(value, path: str | None, field: str = "date") -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(path, f"{field} {value!r} is not a date",
                         hint="write dates as YYYY-MM-DD") from None


def article_id(path: str) -> str:
    return Path(path).stem if path != "-" else "stdin"


def read_article(path: str, *, date: dt.date | None = None, locale: str | None = None) -> Article:
    """One article from a file (not a JSON Lines corpus). `date`/`locale` override metadata."""
    data = read_bytes(path)
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(path, f"article is {len(data):,} bytes, over the {MAX_ARTICLE_BYTES:,} limit",
                         hint="split it, or check that it is an article")
    text = decode(data, path)
    kind = format_of(path, text)
    if kind == "jsonl":
        raise InputError(path, "a JSON Lines corpus holds many articles",
                         hint="use `factcheck validate` for corpora")
    return article_from_text(text, path=path, kind=kind, date=date, locale=locale)


def article_from_text(text: str, *, path: str, kind: str = "text", date: dt.date | None = None,
                      locale: str | None = None, id: str | None = None) -> Article:
    meta: dict = {}
    line_offset = 0
    if kind == "markdown":
        match = _FRONT_MATTER.match(text)
        if match:
            try:
                meta = yaml.safe_load(match.group(1)) or {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                raise InputError(path, f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}",
                                 line=(mark.line + 2) if mark else None) from None
            if not isinstance(meta, dict):
                raise InputError(path, "front matter must be a mapping of keys to values", line=2)
            line_offset = text.count("\n", 0, match.end())
            text = text[match.end():]
    elif kind == "html":
        text, meta = html_text(text)
    from .suppress import read_accepts
    text, accepts = read_accepts(text, meta, path, line_offset)
    title = meta.get("title") or _first_line(text)
    return Article(
        id=str(id or meta.get("id") or article_id(path)),
        text=text,
        title=str(title) if title else None,
        date=date or parse_date(meta.get("date"), path),
        locale=locale or (str(meta["locale"]) if meta.get("locale") else None),
        url=str(meta["url"]) if meta.get("url") else None,
        path=path,
        line_offset=line_offset,
        accepts=accepts,
    )


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()
    return None


def iter_jsonl(path: str, *, date: dt.date | None = None,
               locale: str | None = None) -> Iterator[Article | InputError]:
    """Articles of a JSON Lines corpus, one per line; a bad line yields an InputError and reading goes on."""
    try:
        handle = open(path, "rb") if path != "-" else os.fdopen(0, "rb", closefd=False)
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        offset = 0
        for number, raw in enumerate(handle, start=1):
            line_start = offset
            offset += len(raw)
            if not raw.strip():
                continue
            try:
                line = decode(raw, path)
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    raise InputError(path, "each line must be an object with a string \"text\"",
                                     line=number)
                if not record.get("id"):
                    raise InputError(path, "each line needs an \"id\"", line=number)
                from .suppress import read_accepts
                text, accepts = read_accepts(record["text"], record, f"{path}:{number}")
                yield Article(
                    id=str(record["id"]), text=text, title=record.get("title"),
                    date=date or parse_date(record.get("date"), path),
                    locale=locale or record.get("locale"), url=record.get("url"),
                    path=f"{path}:{number}", line_offset=0, accepts=accepts,
                )
            except InputError as exc:
                if exc.line is None:
                    exc = InputError(path, exc.problem, line=number, hint=exc.hint)
                yield exc
            except json.JSONDecodeError as exc:
                yield InputError(path, f"not valid JSON ({exc.msg}, column {exc.colno})",
                                 line=number, offset=line_start + exc.pos)


def iter_paths(paths: list[str]) -> Iterator[str]:
    """Files of every supported format under the given files and folders, in a stable order."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES \
                        and not any(part.startswith(".") for part in child.relative_to(p).parts):
                    yield str(child)
        else:
            yield path


def iter_articles(paths: list[str], *, date: dt.date | None = None,
                  locale: str | None = None) -> Iterator[Article | InputError]:
    """Every article under `paths` (folders recursively, JSON Lines corpora line by line)."""
    for path in iter_paths(paths):
        if format_of(path) == "jsonl":
            yield from iter_jsonl(path, date=date, locale=locale)
            continue
        try:
            yield read_article(path, date=date, locale=locale)
        except InputError as exc:
            yield exc
