"""The overview page of a run folder: every article's verdict counts, sortable and filterable.

`factcheck validate` builds it from the results it already has, one row at a time as articles
are delivered (IndexWriter); `factcheck report` builds the same page for any run folder after
the fact, from the JSON reports alone (the `report_to_dict` format). Either way the rows are
spooled to a temporary file and only totals, the chart's top rows and the filter lists are kept
in memory, so a run of a million articles writes its index in flat memory. The page is the
Jinja2 template templates/index.html.j2 (autoescaped, the article page's frame and policy),
streamed with Template.generate from the spools. It links to each article's HTML report when
there is one, and to the JSON otherwise; like the article reports it is one file that works from
disk.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote

from ..errors import InputError
from ..fileio import open_atomic, write_atomic
from ..model import Report, Verdict
from .html import (DISCREPANCIES, VERDICT_LABEL, VERDICT_ORDER, template, asset, embed_json,
                   policy, render_report)

INDEX_NAME = "index.html"
SUMMARY_NAME = "summary.json"
CHART_TOP = 20
_VALUES = tuple(v.value for v in VERDICT_ORDER)
"""Verdict values, worst first."""


@dataclass(frozen=True)
class IndexEntry:
    """One article of a run: the stem of its report files, its JSON report, and where to link."""

    slug: str
    report: dict
    href: str


def is_report(data: object) -> bool:
    """Whether parsed JSON is an article report (and not a summary or some other file)."""
    return isinstance(data, dict) and "schema_version" in data and isinstance(
        data.get("article"), dict)


def read_reports(report_dir: str | Path, *, slim: bool = False) -> list[tuple[str, dict]]:
    """(slug, report) for every JSON report in a run folder, sorted by slug.

    `summary.json` and JSON that is not a report are skipped; a file that cannot be read or
    parsed raises InputError naming it. With `slim`, only what the index page shows is kept.
    """
    return list(iter_reports(report_dir, slim=slim))


def iter_reports(report_dir: str | Path, *, slim: bool = False):
    """read_reports one report at a time."""
    folder = Path(report_dir)
    if not folder.is_dir():
        raise InputError(str(folder), "not a folder", hint="give the folder a run wrote into")
    for path in sorted(folder.glob("*.json")):
        if path.name == SUMMARY_NAME:
            continue
        data = read_json(path)
        if is_report(data):
            yield path.stem, _slim(data) if slim else data


def _slim(report: dict) -> dict:
    """The parts of a report the index shows: a run of 10,000 articles must not hold 10,000
    whole reports (with every mention and evidence text) in memory at once. Each finding
    becomes a (verdict, measure, publishers) tuple of shared strings."""
    article = report.get("article") or {}
    return {
        "schema_version": report.get("schema_version"),
        "article": {k: article.get(k) for k in ("id", "title", "date")},
        "summary": {"verdicts": (report.get("summary") or {}).get("verdicts")},
        "findings": [(_interned(f.get("verdict")), _interned((f.get("claim") or {}).get("measure")),
                      tuple(_interned(p) for p in _publishers(f)))
                     for f in report.get("findings") or []],
    }


def _is_slim(report: dict) -> bool:
    return all(isinstance(f, tuple) for f in report.get("findings") or [])


def _interned(value):
    return sys.intern(value) if isinstance(value, str) else value


def read_json(path: Path) -> object:
    """Parsed JSON, or InputError saying which file and why not."""
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"invalid UTF-8 ({exc.reason})", offset=exc.start) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"invalid JSON: {exc.msg}", line=exc.lineno,
                         hint=f"column {exc.colno}") from None


def write_index(report_dir: str | Path, reports: Iterable[Report] = ()) -> Path:
    """Write `index.html` into a run folder and return its path.

    When the `reports` themselves are given, an article whose `<slug>.html` is missing gets one
    written beside its JSON (matched by article id); otherwise the index links to the JSON.
    """
    folder = Path(report_dir)
    given = {report.article.id: report for report in reports}
    with IndexPage(run_title(folder)) as page:
        for slug, data in iter_reports(folder, slim=True):
            html_path = folder / f"{slug}.html"
            report = given.get(data["article"].get("id"))
            if report is not None and not html_path.exists():
                html_path.write_text(render_report(report), "utf-8")
            name = html_path.name if html_path.exists() else f"{slug}.json"
            page.add(IndexEntry(slug=slug, report=data, href=href(name)))
        out = folder / INDEX_NAME
        with open_atomic(out) as handle:
            page.write(handle)
    return out


def run_title(folder: Path) -> str:
    return f"Fact-check run: {folder.resolve().name}"


def href(name: str) -> str:
    """A link to a file of the run folder, relative and with any URL syntax in it quoted."""
    return "./" + quote(name, safe="")


class IndexWriter:
    """The run-level writer `factcheck validate` uses: one row per checked article, in input
    order, from the results the run delivers (never by reading the reports back)."""

    def __init__(self, out: str | Path):
        self.folder = Path(out)
        self.page = None

    def start(self, run) -> None:
        self.page = IndexPage(run_title(self.folder))

    def handle(self, result) -> None:
        if result.error is not None or not result.reports:
            return
        reports = result.reports
        name = next((r for r in reports if r.endswith(".html")),
                    next((r for r in reports if r.endswith(".json")), reports[0]))
        self.page.add_row(result.name, href(name),
                          {"id": result.id, "title": result.title, "date": result.date},
                          [(f.verdict.value, f.measure, f.publishers) for f in result.findings])

    def stop(self, summary) -> None:
        """Write index.html, unless the one in the folder is what this run would write: a re-run
        over an unchanged corpus leaves the page alone (it holds nothing about the run itself)."""
        from ..corpus import CACHE_DIR, code_version
        target = self.folder / INDEX_NAME
        record = self.folder / CACHE_DIR / INDEX_DIGEST
        try:
            digest = self.page.digest(code_version())
            if _recorded(record) == [digest, _stamp(target)]:
                return
            with open_atomic(target) as handle:
                self.page.write(handle)
            write_atomic(record, json.dumps([digest, _stamp(target)]))
        finally:
            self.page.close()


INDEX_DIGEST = "index.digest"
"""Under the run folder's .cache/: the digest of what index.html was written from, and the page's
size and modification time then."""


def _stamp(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _recorded(path: Path) -> list | None:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None


def _counts(report: dict) -> dict[str, int]:
    verdicts = (report.get("summary") or {}).get("verdicts") or {}
    if not verdicts:
        verdicts = Counter(f[0] for f in report.get("findings") or [])
    return {v.value: int(verdicts.get(v.value, 0) or 0) for v in Verdict}


def _discrepancies(counts: dict[str, int]) -> int:
    return sum(counts[v.value] for v in DISCREPANCIES)


def _publishers(finding: dict) -> list[str]:
    return sorted({fact.get("publisher") or "" for e in finding.get("evidence") or []
                   for fact in e.get("facts") or []} - {""})


def render_index(entries: Iterable[IndexEntry], title: str = "Fact-check run") -> str:
    """The index page for the given articles, in the order given."""
    out = io.StringIO()
    with IndexPage(title) as page:
        for entry in entries:
            page.add(entry)
        page.write(out)
    return out.getvalue()


class IndexPage:
    """The index page, built a row at a time and written by the index.html.j2 template.

    The page's head (totals, chart, filter lists) needs every article, but its rows and the
    filter data come after it: rows (as JSON lines) and filter keys are spooled to temporary
    files (gone when closed, or when the process dies), and memory holds only the totals, the
    chart's candidate rows and the sets of measures and publishers. The template reads the
    spools back through iterators and is written out with Template.generate, so the page is
    never held whole in memory.
    """

    def __init__(self, title: str):
        self.title = title
        self.rows = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")
        self.keys = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")
        self.count = 0
        self.totals = Counter()
        self.measures: set[str] = set()
        self.publishers: set[str] = set()
        self.top: list[tuple] = []
        """(chart order, entry, counts) of the articles with the most discrepancies so far."""
        self.filter_keys: dict[tuple, str] = {}
        self.hash = hashlib.sha256(title.encode("utf-8", "surrogatepass") + b"\0")
        """Of everything the page is made from, as it is spooled."""

    def __enter__(self) -> "IndexPage":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, entry: IndexEntry) -> None:
        if not _is_slim(entry.report):
            entry = replace(entry, report=_slim(entry.report))
        self.add_row(entry.slug, entry.href, entry.report.get("article") or {},
                     entry.report.get("findings") or [], _counts(entry.report))

    def add_row(self, slug: str, href: str, article: dict, findings: list[tuple],
                counts: dict[str, int] | None = None) -> None:
        """One article: its report's stem and link, id, title and date, and its findings as
        (verdict, measure, publishers); `counts` by verdict when they are not the findings'."""
        if counts is None:
            counts = dict.fromkeys(_VALUES, 0)
            for finding in findings:
                counts[finding[0]] += 1
        totals = self.totals
        for value, n in counts.items():
            totals[value] += n
        keys = (", [" if self.count else "[") + ", ".join(map(self._filter_key, findings)) + "]"
        self.keys.write(keys)
        self.hash.update(keys.encode("utf-8", "surrogatepass"))
        name = str(article.get("title") or article.get("id") or slug)
        worst = next((v for v in _VALUES if counts[v]), None)
        claims = sum(counts.values())
        # ASCII JSON: any string (a lone surrogate too) survives the spool unchanged.
        row = json.dumps([self.count, name, name.casefold(), href, href.endswith(".html"),
                          article.get("id"), article.get("date"), claims,
                          [counts[v] for v in _VALUES], worst], separators=(",", ":")) + "\n"
        self.rows.write(row)
        self.hash.update(row.encode("ascii"))
        self.count += 1
        contradicted, imprecise = counts[Verdict.CONTRADICTED.value], counts[Verdict.IMPRECISE.value]
        if contradicted or imprecise:
            # By severity: most contradicted first, then most imprecise, then most claims.
            self.top.append(((-contradicted, -imprecise, -claims, slug),
                             IndexEntry(slug, {"article": article, "findings": findings}, href),
                             counts))
            if len(self.top) >= 4 * CHART_TOP:
                self.top.sort(key=lambda t: t[0])
                del self.top[CHART_TOP:]

    def digest(self, version: str) -> str:
        """Identifies the page: the same digest (with the same code `version`) is the same page."""
        digest = self.hash.copy()
        digest.update(b"\0" + version.encode("utf-8"))
        return digest.hexdigest()

    def _filter_key(self, finding: tuple) -> str:
        """A finding's filter key as JSON, {"m": measure, "p": publishers, "v": verdict}. Few
        findings differ in all three, so each distinct key is encoded once (up to a bound)."""
        key = self.filter_keys.get(finding)
        if key is None:
            verdict, measure, publishers = finding
            key = embed_json({"v": verdict, "m": measure, "p": list(publishers)})
            if measure:
                self.measures.add(measure)
            self.publishers.update(publishers)
            if len(self.filter_keys) >= 4096:
                self.filter_keys.clear()
            self.filter_keys[finding] = key
        return key

    def write(self, out) -> None:
        """Write the page to a text stream, piece by piece as the template makes it."""
        from markupsafe import Markup
        css, js = asset("common.css") + asset("index.css"), asset("index.js")
        # The data block, {"discrepancies": [...], "findings": [<spooled keys>]}, as embed_json
        # writes it (sorted keys), opened and closed around the streamed keys.
        head = embed_json({"discrepancies": sorted(v.value for v in DISCREPANCIES),
                           "findings": []})
        data_open, _, data_close = head.rpartition("[]")
        verdicts = {v.value: _verdict(v) for v in VERDICT_ORDER}
        pieces = template("index.html.j2").generate(
            title=self.title, csp=policy(css, js), css=Markup(css), js=Markup(js),
            count=self.count, claims=sum(self.totals.values()), totals=self.totals,
            verdicts=list(verdicts.values()), chart=_chart(self.top, verdicts),
            measures=sorted(self.measures), publishers=sorted(self.publishers),
            rows=self._rows(verdicts), keys=(Markup(chunk) for chunk in _chunks(self.keys)),
            data_open=Markup(data_open + "["), data_close=Markup("]" + data_close))
        for piece in pieces:
            out.write(piece)

    def _rows(self, verdicts: dict[str, dict]):
        """The spooled rows, one at a time, as the template's loop unpacks them."""
        self.rows.seek(0)
        order = [v.value for v in VERDICT_ORDER]
        for line in self.rows:
            row = json.loads(line)
            row[8] = list(zip(order, row[8]))
            row[9] = verdicts[row[9]] if row[9] else None
            yield row

    def close(self) -> None:
        self.rows.close()
        self.keys.close()


def _verdict(v: Verdict) -> dict:
    icon, label = VERDICT_LABEL[v]
    return {"value": v.value, "icon": icon, "label": label, "severity": v.severity}


def _chunks(spool, size: int = 1 << 14):
    spool.seek(0)
    while chunk := spool.read(size):
        yield chunk


def _chart(top: list[tuple], verdicts: dict[str, dict]) -> dict:
    """Geometry of the stacked bars of verdicts for the articles with the worst discrepancies
    (the template draws them).

    `top`: (order, entry, counts) of articles with a discrepancy (at least the top ones).
    """
    label_w, bar_w, row_h, gap = 260, 560, 18, 6
    scored = [(entry, counts) for _, entry, counts in sorted(top, key=lambda t: t[0])[:CHART_TOP]]
    widest = max((sum(c.values()) for _, c in scored), default=1)
    bars = []
    for n, (entry, counts) in enumerate(scored):
        article = entry.report.get("article") or {}
        name = str(article.get("title") or article.get("id") or entry.slug)
        x, segments = float(label_w), []
        for v in VERDICT_ORDER:
            k = counts[v.value]
            if k:
                w = bar_w * k / widest
                segments.append((verdicts[v.value], f"{x:.1f}", f"{w:.1f}", k))
                x += w
        bars.append({"href": entry.href, "name": name,
                     "short": name if len(name) <= 34 else name[:33] + "…",
                     "y": n * (row_h + gap), "segments": segments, "count_x": f"{x + 6:.1f}",
                     "discrepancies": _discrepancies(counts), "claims": sum(counts.values())})
    return {"bars": bars, "shown": f"top {len(bars)}" if len(bars) == CHART_TOP else f"{len(bars)}",
            "width": label_w + bar_w + 90, "height": len(bars) * (row_h + gap) + 30,
            "label_x": label_w - 8, "row_h": row_h, "legend_y": len(bars) * (row_h + gap) + 12,
            "legend": [(verdicts[v.value], label_w + 130 * i) for i, v in enumerate(VERDICT_ORDER)]}
