"""Files -> articles: plain text, Markdown with YAML front matter, HTML, and JSON Lines corpora.

Offsets in mentions and claims point into `Article.text`, the text as read here (for HTML, the
extracted text). A file that cannot be read raises InputError naming the file and the byte
offset or line; a corpus reader yields the error in place of the article and goes on.
Whatever a file holds (an impossible date, a lone surrogate, a YAML alias bomb, a huge number or
deep nesting in a record, an unknown locale), reading it ends in an Article or an InputError:
the limits are in factcheck/limits.py.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import limits
from .errors import InputError
from .model import Article

ARTICLE_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown",
                    ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
MAX_ARTICLE_BYTES = 5_000_000
MAX_JSONL_LINE_BYTES = 2 * MAX_ARTICLE_BYTES
"""A corpus line may escape its text (\\u00e9), so it may be longer than the article it holds."""
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)


def decode(data: bytes, path: str | None) -> str:
    """UTF-8 text, or InputError naming the byte offset where decoding failed."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(path, "binary data, not text", offset=nul,
                         line=data.count(b"\n", 0, nul) + 1,
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


def parse_date(value, path: str | None, field: str = "date", *,
               line: int | None = None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    problem = limits.field_problem(field, value)
    if problem is None:
        try:
            return dt.date.fromisoformat(str(value)[:10])
        except (ValueError, TypeError):
            problem = f"{field} {limits.shown(value)} is not a date"
    raise InputError(path, problem, line=line, hint="write dates as YYYY-MM-DD")


def parse_locale(value, path: str | None, *, line: int | None = None) -> str | None:
    """A babel locale from an article's metadata, or InputError naming the file."""
    if value is None or value == "":
        return None
    problem = limits.field_problem("locale", value)
    if problem is None:
        from .numerals import locale_decimal_symbol
        try:
            locale_decimal_symbol(str(value))
            return str(value)
        except ValueError as exc:
            raise InputError(path, str(exc), line=line) from None
    raise InputError(path, problem, line=line, hint="write a babel locale such as en_IN, en_US or de")


def _field(meta: dict, field: str, path: str | None, line: int | None) -> str | None:
    value = meta.get(field)
    problem = limits.field_problem(field, value)
    if problem:
        raise InputError(path, problem, line=line)
    return str(value) if value not in (None, "") else None


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


def require_text(article: Article) -> Article:
    """The article, or InputError when it has no text to check (as `validate` reports it)."""
    if not article.text.strip():
        raise InputError(article.path, "empty article (no text to check)",
                         hint="give a file that holds the article's text")
    return article


@lru_cache(maxsize=1)
def _front_matter_loader():
    """YAML for front matter: no aliases (an alias bomb expands to gigabytes), and dates kept as
    written, so that an impossible one ("2016-02-30") is reported as such by parse_date. Made on
    first use: articles without front matter never import PyYAML."""
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                raise yaml.composer.ComposerError(
                    None, None, "aliases (*name) are not allowed in front matter",
                    self.peek_event().start_mark)
            return super().compose_node(parent, index)

    FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp",
                                      lambda loader, node: loader.construct_scalar(node))
    return yaml, FrontMatterLoader


def _front_matter(source: str, path: str | None) -> dict:
    if len(source) > limits.MAX_FRONT_MATTER_BYTES:
        raise InputError(path, f"front matter is {len(source):,} characters long, over the "
                         f"{limits.MAX_FRONT_MATTER_BYTES:,} limit", line=2,
                         hint="front matter holds a few short fields: title, date, locale, url, id")
    cache = _FrontMatterCache.get()
    meta = cache.find(source)
    if meta is None:
        meta = _parse_front_matter(source, path)
        cache.add(source, meta)
    return meta


def _parse_front_matter(source: str, path: str | None) -> dict:
    yaml, loader = _front_matter_loader()
    try:
        meta = yaml.load(source, Loader=loader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(path, f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}",
                         line=(mark.line + 2) if mark else None) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise InputError(path, f"front matter holds a value that cannot be read ({exc})"[:300],
                         line=2) from None
    if not isinstance(meta, dict):
        raise InputError(path, "front matter must be a mapping of keys to values", line=2)
    return meta


_CACHE_FOLDER_VARIABLES = ("FACTCHECK_CACHE_DIR", "XDG_CACHE_HOME", "HOME", "LOCALAPPDATA")


class _FrontMatterCache:
    """Front matter parsed before, by the SHA-256 of its text, in one JSON file of the user
    cache folder: importing PyYAML costs a one-article run more than all of its reading, and an
    article checked again (while it is edited, by a hook) has the front matter it had.

    The file is keyed by PyYAML's and this module's files (size and modification time), so an
    upgrade of either reads nothing old. Only mappings JSON gives back exactly are kept (dates
    stay text here, see _front_matter_loader), never an error. It holds the last ENTRIES front
    matters, and a process adds at most WRITES (a corpus run parses most of its articles once:
    rewriting the file for each would cost more than parsing them). A missing, corrupt or
    unwritable file is a cache miss, nothing else.
    """

    NAME = "front-matter.json"
    ENTRIES = 256
    WRITES = 8
    _instance = None

    def __init__(self, file: Path | None):
        import threading
        self.file = file
        self.writes_left = self.WRITES if file is not None else 0
        self._key = self._entries = None
        self.where: tuple = ()
        self._lock = threading.Lock()  # corpus runs may read articles in several threads

    @classmethod
    def get(cls) -> "_FrontMatterCache":
        """The cache of the user cache folder: read once per process (again only if the
        variables that choose the folder change), not looked for once per article."""
        where = tuple(os.environ.get(name) for name in _CACHE_FOLDER_VARIABLES)
        if cls._instance is None or cls._instance.where != where:
            from .userdirs import cache_dir
            folder = cache_dir()
            cls._instance = cls(folder / cls.NAME if folder is not None else None)
            cls._instance.where = where
        return cls._instance

    @staticmethod
    def _digest(source: str) -> str:
        import hashlib
        return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()

    def key(self) -> list | None:
        """What parsed front matter depends on besides its text: PyYAML and this module."""
        if self._key is None:
            import importlib.util
            spec = importlib.util.find_spec("yaml")
            if spec is None or not spec.origin:
                return None
            stamps = []
            for file in (spec.origin, __file__):
                try:
                    info = os.stat(file)
                except OSError:
                    return None
                stamps.append([Path(file).name, info.st_size, info.st_mtime_ns])
            self._key = stamps
        return self._key

    def entries(self) -> dict:
        if self._entries is None:
            self._entries = {}
            if self.file is not None:
                try:
                    data = json.loads(self.file.read_bytes())
                    if isinstance(data, dict) and data.get("key") == self.key() \
                            and isinstance(data.get("entries"), dict):
                        self._entries = data["entries"]
                except (OSError, ValueError, RecursionError):
                    pass
        return self._entries

    def find(self, source: str) -> dict | None:
        if self.file is None:
            return None
        with self._lock:
            entry = self.entries().get(self._digest(source))
        if not isinstance(entry, str):
            return None
        try:
            meta = json.loads(entry)  # kept as text: each caller gets objects of its own
        except (ValueError, RecursionError):
            return None
        return meta if isinstance(meta, dict) else None

    def add(self, source: str, meta: dict) -> None:
        if self.writes_left <= 0 or self.key() is None:
            return
        try:
            text = json.dumps(meta, ensure_ascii=False, allow_nan=False)
            if json.loads(text) != meta:
                return  # keys that are not text, sets...: parsed every time
        except (TypeError, ValueError, RecursionError):
            return
        from .userdirs import write_atomic_bytes
        with self._lock:
            if self.writes_left <= 0:
                return
            self.writes_left -= 1
            entries = self.entries()
            entries[self._digest(source)] = text
            while len(entries) > self.ENTRIES:
                del entries[next(iter(entries))]
            data = json.dumps({"key": self.key(), "entries": entries})  # ASCII: any text survives
            if not write_atomic_bytes(self.file, data.encode("ascii")):
                self.writes_left = 0


def article_from_text(text: str, *, path: str, kind: str = "text", date: dt.date | None = None,
                      locale: str | None = None, id: str | None = None) -> Article:
    meta: dict = {}
    line_offset = 0
    if kind == "markdown":
        match = _FRONT_MATTER.match(text)
        if match:
            meta = _front_matter(match.group(1), path)
            line_offset = text.count("\n", 0, match.end())
            text = text[match.end():]
    elif kind == "html":
        from .html_reader import html_text  # its HTML parser only for pages
        try:
            text, meta = html_text(text)
        except (ValueError, RecursionError) as exc:  # "&#99...9;": html.unescape's int() refuses
            raise InputError(path, f"HTML cannot be read: {exc}"[:300]) from None
        if meta.get("title"):  # a page's <title> can be anything a site puts there
            meta["title"] = meta["title"][:limits.MAX_FIELD_CHARS["title"]]
    from .suppress import read_accepts
    text, accepts = read_accepts(text, meta, path, line_offset)
    title = _field(meta, "title", path, None) or _first_line(text)
    return Article(
        id=str(id or _field(meta, "id", path, None) or article_id(path)),
        text=text,
        title=title[:limits.MAX_FIELD_CHARS["title"]] if title else None,
        date=date or parse_date(meta.get("date"), path),
        locale=locale or parse_locale(meta.get("locale"), path),
        url=_field(meta, "url", path, None),
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
    for line in iter_jsonl_lines(path, date=date, locale=locale):
        yield line if isinstance(line, InputError) else line.article()


@dataclass(frozen=True)
class JsonlLine:
    """One non-blank line of a JSON Lines corpus, not parsed yet: a corpus run that has the line's
    result cached (keyed on its bytes) never needs the Article."""

    path: str
    number: int
    offset: int
    raw: bytes
    date: dt.date | None = None
    locale: str | None = None

    def article(self) -> Article | InputError:
        """The line's article, or an InputError saying what is wrong with the record."""
        path, number = self.path, self.number
        try:
            return _jsonl_article(self.raw, path, number, date=self.date, locale=self.locale)
        except InputError as exc:
            return exc if exc.line is not None else InputError(path, exc.problem, line=number,
                                                               hint=exc.hint)
        except json.JSONDecodeError as exc:
            return InputError(path, f"not valid JSON ({exc.msg}, column {exc.colno})",
                              line=number, offset=self.offset + exc.pos)
        except (ValueError, RecursionError) as exc:  # a huge integer, very deep nesting
            problem = ("nested too deeply" if isinstance(exc, RecursionError)
                       else "a number with too many digits" if "digits" in str(exc) else str(exc))
            return InputError(path, f"cannot read this record: {problem}"[:300], line=number,
                              offset=self.offset)


def iter_jsonl_lines(path: str, *, date: dt.date | None = None,
                     locale: str | None = None) -> Iterator[JsonlLine | InputError]:
    """The non-blank lines of a JSON Lines corpus, unparsed; an unreadable file or an overlong
    line yields an InputError and reading goes on."""
    try:
        handle = open(path, "rb") if path != "-" else os.fdopen(0, "rb", closefd=False)
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        offset = 0
        number = 0
        while True:
            raw = handle.readline(MAX_JSONL_LINE_BYTES + 1)
            if not raw:
                break
            number += 1
            line_start = offset
            offset += len(raw)
            if len(raw) > MAX_JSONL_LINE_BYTES and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of it, a MiB at a time
                    raw = handle.readline(1 << 20)
                    offset += len(raw)
                yield InputError(path, f"line is over the {MAX_JSONL_LINE_BYTES:,}-byte limit",
                                 line=number, offset=line_start,
                                 hint="one article per line; split long articles")
                continue
            if not raw.strip():
                continue
            yield JsonlLine(path, number, line_start, raw, date, locale)


def _jsonl_article(raw: bytes, path: str, number: int, *, date: dt.date | None,
                   locale: str | None) -> Article:
    record = json.loads(decode(raw, path))
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(path, "each line must be an object with a string \"text\"", line=number)
    if record.get("id") in (None, ""):
        raise InputError(path, "each line needs an \"id\"", line=number)
    problem = limits.text_problem(record["text"])
    if problem:
        raise InputError(path, f"\"text\" holds a {problem}", line=number,
                         hint="write the text as valid UTF-8")
    from .suppress import read_accepts
    text, accepts = read_accepts(record["text"], record, f"{path}:{number}")
    return Article(
        id=_field(record, "id", path, number), text=text, accepts=accepts,
        title=_field(record, "title", path, number),
        date=date or parse_date(record.get("date"), path, line=number),
        locale=locale or parse_locale(record.get("locale"), path, line=number),
        url=_field(record, "url", path, number),
        path=f"{path}:{number}", line_offset=0,
    )


def iter_paths(paths: list[str]) -> Iterator[str]:
    """Files of every supported format under the given files and folders, in a stable order."""
    for path in paths:
        if os.path.isdir(path):
            yield from _walk_sorted(str(Path(path)))
        else:
            yield path


def _walk_sorted(folder: str) -> Iterator[str]:
    """Article files under `folder`, depth first with each folder's names sorted: the order of
    sorting every path, without holding every path of a corpus in memory at once (only one
    folder's names per level). Hidden names are skipped, symlinked folders are not followed (no
    cycles), and a folder that cannot be read is passed over, as Path.rglob does."""
    try:
        with os.scandir(folder) as entries:
            names = sorted((entry.name, entry.is_dir(follow_symlinks=False)) for entry in entries
                           if not entry.name.startswith("."))
    except (PermissionError, NotADirectoryError, FileNotFoundError):
        return
    for name, is_dir in names:
        child = os.path.join(folder, name)
        if is_dir:
            yield from _walk_sorted(child)
        elif os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES and os.path.isfile(child):
            yield child


def iter_articles(paths: list[str], *, date: dt.date | None = None, locale: str | None = None,
                  lines: bool = False) -> Iterator[Article | JsonlLine | InputError]:
    """Every article under `paths` (folders recursively, JSON Lines corpora line by line). With
    `lines`, a corpus's lines come unparsed (JsonlLine: call .article())."""
    for path in iter_paths(paths):
        if format_of(path) == "jsonl":
            yield from (iter_jsonl_lines if lines else iter_jsonl)(path, date=date, locale=locale)
            continue
        try:
            yield read_article(path, date=date, locale=locale)
        except InputError as exc:
            yield exc
        except (ValueError, ArithmeticError, RecursionError) as exc:  # a reader's bug: go on
            yield InputError(path, f"cannot read: {type(exc).__name__}: {exc}"[:300])
