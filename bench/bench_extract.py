"""Throughput of factcheck's number reading, next to quantulum3 on the same text.

Generates (or reads with --input) at least --mb MB of news-like text, splits it into paragraphs
the way an article is processed, then times in one run:

  (a) factcheck find_mentions   over every paragraph,
  (b) factcheck extract_claims  over the same paragraphs grouped into articles of ~3 KB,
  (c) quantulum3 parser.parse   over the same paragraphs (or only the first --peer-mb MB).

Each tool is warmed up with one untimed call first (quantulum3 loads its unit and entity data,
and its classifier when scikit-learn is installed, on the first call). Times are
time.process_time (CPU time, steadier than wall-clock time on a shared machine) over the whole
loop, best of --repeat runs (quantulum3: --peer-repeat).
Throughput is MB/s on the bytes each tool actually processed; 1 MB = 1,000,000 bytes of UTF-8.

    python bench/bench_extract.py                      # 5 MB, quantulum3 on all of it (slow)
    python bench/bench_extract.py --peer-mb 0.5        # quantulum3 on the first 0.5 MB only
    python bench/bench_extract.py --json results.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import re
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402

MB = corpus.MB
TOOLS = ("mentions", "claims", "check", "quantulum3")
WARMUP_TEXT = ("More than 3,00,000 people were displaced and Rs 3,000 crore was sanctioned; "
               "turnout was 45 per cent, up from two-thirds in 2011.")
_PARA_SPLIT = re.compile(r"\n\s*\n")


def _import_factcheck(module: str, name: str):
    """Import factcheck.<module>.<name> from the installed package, or from this checkout."""
    try:
        import factcheck  # noqa: F401
    except ImportError:
        sys.path.insert(1, str(HERE.parent))
    try:
        mod = __import__(f"factcheck.{module}", fromlist=[name])
    except ImportError as e:
        raise SystemExit(f"cannot import factcheck.{module} ({e}); install the package "
                         f"(pip install -e .) or leave it out with --tools") from e
    return getattr(mod, name)


def _nbytes(s: str) -> int:
    return len(s.encode("utf-8"))


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARA_SPLIT.split(text) if p.strip()]


@dataclass
class Workload:
    source: str
    paragraphs: list[str]
    articles: list[dict]  # id, text, date, locale
    seconds_to_prepare: float

    @property
    def total_bytes(self) -> int:
        return sum(_nbytes(p) for p in self.paragraphs)


def group_articles(paragraphs: list[str], article_bytes: int, date: dt.date,
                   locale: str | None) -> list[dict]:
    """Pack consecutive paragraphs into articles of about `article_bytes` each."""
    out: list[dict] = []
    cur: list[str] = []
    size = 0
    for p in paragraphs:
        cur.append(p)
        size += _nbytes(p) + 2
        if size >= article_bytes:
            out.append(cur)
            cur, size = [], 0
    if cur:
        out.append(cur)
    return [{"id": f"bench-{i:06d}", "text": corpus.PARAGRAPH_SEP.join(ps), "date": date,
             "locale": locale} for i, ps in enumerate(out)]


SEEDS = HERE.parent / "seeds"
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def news_paragraphs(size_bytes: int) -> list[str]:
    """Paragraphs of the real news articles in seeds/, in order, repeated to `size_bytes`."""
    paragraphs = []
    for path in sorted(SEEDS.glob("*.md")):
        body = _FRONT_MATTER.sub("", path.read_text(encoding="utf-8"))
        paragraphs += [p for p in split_paragraphs(body) if not p.startswith("#")]
    if not paragraphs:
        raise SystemExit(f"no articles in {SEEDS}")
    out, total = [], 0
    while total < size_bytes:
        for p in paragraphs:
            out.append(p)
            total += _nbytes(p)
            if total >= size_bytes:
                break
    return out


def load_workload(args) -> Workload:
    t0 = time.perf_counter()
    date = dt.date.fromisoformat(args.article_date)
    if args.input and args.input.endswith(".jsonl"):
        paragraphs, articles = [], []
        with open(args.input, encoding="utf-8") as f:
            for n, line in enumerate(f):
                if not line.strip():
                    continue
                a = json.loads(line)
                paras = split_paragraphs(a["text"])
                paragraphs.extend(paras)
                d = dt.date.fromisoformat(a["date"]) if a.get("date") else date
                articles.append({"id": a.get("id") or f"line-{n}",
                                 "text": corpus.PARAGRAPH_SEP.join(paras), "date": d,
                                 "locale": a.get("locale", args.article_locale)})
        source = f"{args.input} ({len(articles):,} articles, their own dates and locales)"
    elif getattr(args, "news", False):
        paragraphs = news_paragraphs(int(args.mb * MB))
        source = f"real news: the {len(list(SEEDS.glob('*.md')))} articles in seeds/, repeated"
        articles = group_articles(paragraphs, int(args.article_kb * 1000), date,
                                  args.article_locale)
    else:
        if args.input:
            with open(args.input, encoding="utf-8") as f:
                text = f.read()
            source = args.input
            paragraphs = split_paragraphs(text)
        else:
            paragraphs = corpus.generate_paragraphs(int(args.mb * MB), args.seed)
            source = f"generated by bench/corpus.py, seed {args.seed}"
        articles = group_articles(paragraphs, int(args.article_kb * 1000), date,
                                  args.article_locale)
    return Workload(source, paragraphs, articles, time.perf_counter() - t0)


def leading_paragraphs(paragraphs: list[str], limit_bytes: int | None) -> list[str]:
    """The first paragraphs whose bytes add up to at most `limit_bytes` (always at least one)."""
    if limit_bytes is None:
        return paragraphs
    out, total = [], 0
    for p in paragraphs:
        n = _nbytes(p)
        if out and total + n > limit_bytes:
            break
        out.append(p)
        total += n
    return out


@dataclass
class Result:
    tool: str
    unit: str  # what "found" counts
    nbytes: int
    items: int
    runs: list[float] = field(default_factory=list)
    found: int = 0
    errors: int = 0
    note: str = ""
    first_error: str | None = None

    @property
    def seconds(self) -> float:
        return min(self.runs)

    @property
    def mb(self) -> float:
        return self.nbytes / MB

    @property
    def mb_per_s(self) -> float:
        return self.mb / self.seconds if self.seconds > 0 else float("inf")

    def as_dict(self) -> dict:
        return {"tool": self.tool, "found_what": self.unit, "bytes": self.nbytes,
                "mb": round(self.mb, 6), "items": self.items, "seconds": round(self.seconds, 6),
                "runs": [round(r, 6) for r in self.runs], "mb_per_s": round(self.mb_per_s, 6),
                "found": self.found, "found_per_mb": round(self.found / self.mb, 3) if self.nbytes else None,
                "errors": self.errors, "first_error": self.first_error, "note": self.note}


def _progress(label: str, done_bytes: int, total_bytes: int, t0: float) -> None:
    el = time.perf_counter() - t0
    frac = done_bytes / total_bytes if total_bytes else 1
    eta = el / frac - el if frac else 0
    print(f"  {label}: {done_bytes / MB:.2f}/{total_bytes / MB:.2f} MB, {el:.0f} s elapsed, "
          f"~{eta:.0f} s to go", file=sys.stderr, flush=True)


def timed(label: str, items: list, call: Callable, repeat: int, nbytes: int,
          tolerate_errors: bool, progress_every: float) -> tuple[list[float], int, int, str | None]:
    """Run `call` over `items` `repeat` times.

    Returns the time of each run, and from the last run the number of items found, the number
    of calls that raised, and the first such error.
    """
    runs = []
    found = errors = 0
    first_error = None
    sizes = [_nbytes(x if isinstance(x, str) else x.text) for x in items] if progress_every else None
    for r in range(repeat):
        gc.collect()
        found = errors = 0
        first_error = None
        next_report = progress_every
        done = 0
        t0 = time.perf_counter()
        cpu0 = time.process_time()
        for i, item in enumerate(items):
            try:
                found += len(call(item))
            except Exception as e:  # noqa: BLE001
                if not tolerate_errors:
                    raise RuntimeError(f"{label} failed on item {i}: {item!r:.200}") from e
                errors += 1
                if first_error is None:
                    first_error = f"{type(e).__name__}: {e}"
            if sizes is not None:
                done += sizes[i]
                if time.perf_counter() - t0 >= next_report:
                    _progress(f"{label} run {r + 1}/{repeat}", done, nbytes, t0)
                    next_report += progress_every
        runs.append(time.process_time() - cpu0)
    return runs, found, errors, first_error


def run(args) -> dict:
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = set(tools) - set(TOOLS)
    if unknown:
        raise SystemExit(f"unknown --tools {sorted(unknown)}; choose from {', '.join(TOOLS)}")

    work = load_workload(args)
    total = work.total_bytes
    meta: dict = {
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "source": work.source,
        "bytes": total,
        "mb": round(total / MB, 6),
        "paragraphs": len(work.paragraphs),
        "articles": len(work.articles),
        "prepare_seconds": round(work.seconds_to_prepare, 3),
        "repeat": args.repeat,
        "peer_repeat": args.peer_repeat,
        "locale": args.locale,
        "article_locale": args.article_locale,
        "timing": "time.process_time (CPU time of this process) around the whole loop; best of the "
                  "runs; one untimed "
                  "warm-up call per tool before timing",
    }
    print(f"Text: {work.source}", file=sys.stderr)
    print(f"  {total:,} bytes ({total / MB:.2f} MB), {len(work.paragraphs):,} paragraphs, "
          f"{len(work.articles):,} articles; prepared in {work.seconds_to_prepare:.1f} s",
          file=sys.stderr)

    results: list[Result] = []

    if "mentions" in tools or "claims" in tools or "check" in tools:
        Article = _import_factcheck("model", "Article")
        meta["factcheck"] = _version("numeric-factcheck")

        if "mentions" in tools:
            find_mentions = _import_factcheck("mentions", "find_mentions")
            locale = args.locale
            find_mentions(WARMUP_TEXT, locale=locale)  # warm-up, not timed
            print("Timing factcheck find_mentions ...", file=sys.stderr, flush=True)
            runs, found, errors, _ = timed(
                "find_mentions", work.paragraphs, lambda p: find_mentions(p, locale=locale),
                args.repeat, total, tolerate_errors=False, progress_every=args.progress)
            results.append(Result("factcheck find_mentions", "mentions", total,
                                  len(work.paragraphs), runs, found, errors,
                                  f"per paragraph, locale={locale}"))

        if "claims" in tools or "check" in tools:
            extract_claims = _import_factcheck("claims", "extract_claims")
            load_reference = _import_factcheck("reference", "load_reference")
            subject_index = _import_factcheck("api", "subject_index")
            check_article = _import_factcheck("api", "check_article")
            reference = load_reference()  # loaded once, as a real run does; not timed
            index = subject_index(reference)
            arts = [Article(id=a["id"], text=a["text"], date=a["date"], locale=a["locale"])
                    for a in work.articles]
            abytes = sum(_nbytes(a.text) for a in arts)
            warm = Article(id="warm-up", text=WARMUP_TEXT, date=dt.date(2016, 10, 18),
                           locale=args.article_locale)
            check_article(warm, reference)  # warm-up, not timed
        if "claims" in tools:
            print("Timing factcheck extract_claims ...", file=sys.stderr, flush=True)
            runs, found, errors, _ = timed(
                "extract_claims", arts, lambda a: extract_claims(a, index), args.repeat, abytes,
                tolerate_errors=False, progress_every=args.progress)
            results.append(Result("factcheck extract_claims", "claims", abytes, len(arts), runs,
                                  found, errors, "per article, subjects from the bundled reference"))
        if "check" in tools:
            print("Timing factcheck check_article ...", file=sys.stderr, flush=True)
            runs, found, errors, _ = timed(
                "check_article", arts, lambda a: check_article(a, reference).findings,
                args.repeat, abytes, tolerate_errors=False, progress_every=args.progress)
            results.append(Result("factcheck check_article", "findings", abytes, len(arts), runs,
                                  found, errors, "per article: mentions, claims and verdicts"))

    if "quantulum3" in tools:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            from quantulum3 import classifier as q_classifier
            from quantulum3 import parser as q_parser
        clf = bool(getattr(q_classifier, "USE_CLF", False))
        meta["quantulum3"] = _version("quantulum3")
        meta["quantulum3_classifier"] = clf
        meta["quantulum3_import_warnings"] = [str(w.message) for w in caught]
        limit = int(args.peer_mb * MB) if args.peer_mb is not None else None
        paras = leading_paragraphs(work.paragraphs, limit)
        pbytes = sum(_nbytes(p) for p in paras)
        t0 = time.perf_counter()
        q_parser.parse(WARMUP_TEXT)  # first call loads quantulum3's data: not timed
        meta["quantulum3_warmup_seconds"] = round(time.perf_counter() - t0, 3)
        what = "all of the text" if len(paras) == len(work.paragraphs) else \
            f"the first {pbytes / MB:.2f} MB ({len(paras):,} paragraphs)"
        print(f"Timing quantulum3 parser.parse on {what} ...", file=sys.stderr, flush=True)
        runs, found, errors, first_error = timed(
            "quantulum3", paras, q_parser.parse, args.peer_repeat, pbytes,
            tolerate_errors=True, progress_every=args.progress)
        results.append(Result("quantulum3 parser.parse", "quantities", pbytes, len(paras), runs,
                              found, errors,
                              f"per paragraph, unit classifier {'on' if clf else 'off'}",
                              first_error))

    ratios = {}
    peer = next((r for r in results if r.tool.startswith("quantulum3")), None)
    if peer is not None:
        for r in results:
            if r is not peer:
                ratios[f"{r.tool} / {peer.tool} (MB/s)"] = round(r.mb_per_s / peer.mb_per_s, 3)
    return {"meta": meta, "results": [r.as_dict() for r in results], "ratios": ratios,
            "_results": results}


def _version(dist: str) -> str | None:
    try:
        from importlib.metadata import version
        return version(dist)
    except Exception:  # noqa: BLE001
        mod = sys.modules.get(dist)
        return getattr(mod, "__version__", None)


def _fmt_rate(x: float) -> str:
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 1:
        return f"{x:.2f}"
    return f"{x:.4f}"


def report(out: dict) -> str:
    meta, results = out["meta"], out["_results"]
    lines = []
    lines.append(f"Text: {meta['source']}: {meta['bytes']:,} bytes ({meta['mb']:.2f} MB), "
                 f"{meta['paragraphs']:,} paragraphs, {meta['articles']:,} articles")
    lines.append(f"Machine: Python {meta['python']} on {meta['platform']}, {meta['cpus']} CPUs")
    timing = []
    if any(r.tool.startswith("factcheck") for r in results):
        timing.append(f"best of {meta['repeat']} run(s) for factcheck")
    if any(r.tool.startswith("quantulum3") for r in results):
        timing.append(f"best of {meta['peer_repeat']} run(s) for quantulum3")
    lines.append(f"Timing: CPU time (time.process_time) around each whole loop, {' and '.join(timing)}; "
                 f"each tool got one untimed warm-up call first")
    if "quantulum3" in meta:
        lines.append(f"quantulum3 {meta['quantulum3']}: unit classifier "
                     f"{'on' if meta['quantulum3_classifier'] else 'off (its classifier extras are not installed)'}; "
                     f"its first call (data loading) took {meta['quantulum3_warmup_seconds']:.2f} s "
                     f"and is excluded")
    lines.append("")
    header = f"{'tool':<26} {'MB processed':>12} {'seconds':>9} {'MB/s':>9} {'found':>9} {'found/MB':>9}  counting"
    lines.append(header)
    lines.append("-" * len(header))
    for r in results:
        err = f", {r.errors} errors" if r.errors else ""
        lines.append(f"{r.tool:<26} {r.mb:>12.3f} {r.seconds:>9.2f} {_fmt_rate(r.mb_per_s):>9} "
                     f"{r.found:>9,} {r.found / r.mb if r.nbytes else 0:>9,.0f}  {r.unit}{err}")
    lines.append("")
    for r in results:
        if r.nbytes < meta["bytes"] * 0.999 and r.tool.startswith("quantulum3"):
            lines.append(f"{r.tool} processed only the first {r.mb:.3f} MB of the "
                         f"{meta['mb']:.2f} MB text ({r.items:,} paragraphs); its MB/s is on that part.")
        else:
            lines.append(f"{r.tool} processed {r.mb:.3f} MB ({r.items:,} {'articles' if 'claims' in r.tool else 'paragraphs'}).")
    for r in results:
        if r.errors:
            lines.append(f"{r.tool}: {r.errors:,} of {r.items:,} calls raised (counted as finding "
                         f"nothing); the first: {r.first_error[:200]}")
    if out["ratios"]:
        lines.append("")
        for k, v in out["ratios"].items():
            lines.append(f"Ratio {k}: {v:,.1f}x")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5.0,
                    help="MB of text to generate (default 5; ignored with --input)")
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED,
                    help=f"corpus seed (default {corpus.DEFAULT_SEED})")
    ap.add_argument("--input", metavar="FILE",
                    help="read text from FILE instead of generating it; a .jsonl file is read as "
                         "one article per line (as written by corpus.py --articles)")
    ap.add_argument("--news", action="store_true",
                    help="time real news: the paragraphs of the articles in seeds/ (front matter "
                         "left out), repeated in order until --mb MB")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per factcheck measurement; the best is kept (default 3)")
    ap.add_argument("--peer-repeat", type=int, default=1,
                    help="runs for quantulum3; the best is kept (default 1)")
    ap.add_argument("--peer-mb", type=float, default=None,
                    help="time quantulum3 on the first X MB only (default: the whole text)")
    ap.add_argument("--tools", default=",".join(TOOLS),
                    help=f"comma-separated subset of {','.join(TOOLS)} (default: all)")
    ap.add_argument("--locale", default=None,
                    help="locale passed to find_mentions (default: none, so ambiguous numerals "
                         "get every reading)")
    ap.add_argument("--article-locale", default="en_IN",
                    help="locale of the articles given to extract_claims (default en_IN; "
                         "a .jsonl input keeps each article's own)")
    ap.add_argument("--article-date", default="2016-10-18",
                    help="publication date of the articles given to extract_claims")
    ap.add_argument("--article-kb", type=float, default=3.0,
                    help="size of the articles paragraphs are grouped into, in KB (default 3)")
    ap.add_argument("--progress", type=float, default=30.0,
                    help="print progress to stderr every N seconds in long runs (0: never)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures to FILE as JSON")
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.peer_repeat < 1:
        ap.error("--repeat and --peer-repeat must be at least 1")
    if args.peer_mb is not None and args.peer_mb <= 0:
        ap.error("--peer-mb must be positive")

    out = run(args)
    print(report(out))
    if args.json:
        data = {k: v for k, v in out.items() if not k.startswith("_")}
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print(f"\nWrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
