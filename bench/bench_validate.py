"""Throughput and memory of `factcheck validate` on a generated corpus of news-like articles.

Writes --articles articles (default 10,000, from corpus.generate_articles, each --min-bytes to
--max-bytes of text, default 1-4 KB) to one JSON Lines corpus, then runs
`factcheck validate CORPUS --out DIR --fail-on never --quiet`:

  (a) with each --jobs value (default 1 and 2), each into a fresh output folder;
  (b) again with the last --jobs value into that same folder: the incremental run, where every
      article is unchanged and comes from the cache (--no-incremental skips it);
  (c) with --without-out, also once with the last --jobs value and no --out (no reports, no
      cache, no index page).

--stand-in replaces the checker by one that makes a single finding per article from its first
figure, and builds the corpus from at most 10,000 generated articles repeated under new ids: it
measures what grows with the number of articles (reading, naming, the cache, reports, summary
and index page) at sizes where really checking every article would take hours.

Each run is a child process, so its figures are its own: wall-clock time, articles/s, MB/s of
article text (1 MB = 1,000,000 bytes of UTF-8), CPU seconds of the run and its workers, and peak
resident memory of the run's main process (VmHWM in /proc/self/status, where there is one;
otherwise getrusage RUSAGE_SELF, which on Linux is at least the benchmark's own peak) and of its
largest worker (getrusage RUSAGE_CHILDREN inside the child). The benchmark's own getrusage (self +
children) is printed at the end. On a busy machine compare CPU seconds, not wall-clock time.

    python bench/bench_validate.py                     # 10,000 articles, jobs 1 and 2
    python bench/bench_validate.py --articles 20000 --jobs 1,2 --json results.json
    python bench/bench_validate.py --articles 100000 --jobs 2 --min-bytes 200 --max-bytes 400
    python bench/bench_validate.py --articles 1000000 --jobs 2 --stand-in --no-incremental
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402

MB = corpus.MB

# Runs the command in the child and reports that process's and its workers' peak memory. The
# child's own peak is VmHWM, the high-water mark of its address space: Linux carries
# getrusage's ru_maxrss over exec, so there it would be at least the benchmark's own peak.
CHILD = """\
import json, resource, sys
from factcheck.cli import main
if sys.argv[2] == "--stand-in":
    sys.path.insert(0, sys.argv[3])
    import bench_validate, factcheck.api
    factcheck.api.check_article = bench_validate.stand_in_check
    del sys.argv[2:4]
status = main(sys.argv[2:])
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
peak_kb = me.ru_maxrss
try:
    with open("/proc/self/status") as status_file:
        peak_kb = next(int(line.split()[1]) for line in status_file if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
usage = {"status": status, "self_maxrss_kb": peak_kb, "workers_maxrss_kb": kids.ru_maxrss,
         "cpu_seconds": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime}
with open(sys.argv[1], "w") as handle:
    json.dump(usage, handle)
"""


def write_corpus(path: Path, n: int, seed: int, min_bytes: int = 1024,
                 max_bytes: int = 4096, distinct: int | None = None) -> int:
    """Write n generated articles as JSON Lines; returns the bytes of article text. With
    `distinct`, only that many are generated and repeated under new ids."""
    text_bytes = 0
    articles = list(corpus.generate_articles(min(n, distinct), seed, min_bytes, max_bytes)) \
        if distinct else corpus.generate_articles(n, seed, min_bytes, max_bytes)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            article = articles[i % distinct] if distinct else next(articles)
            if distinct and i >= distinct:
                article = {**article, "id": f"{article['id']}-{i // distinct}"}
            text_bytes += len(article["text"].encode("utf-8"))
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return text_bytes


def stand_in_check(article, reference, *args):
    """One finding per article with a figure, on its first figure; the verdict cycles through
    contradicted, supported and unverifiable by text length. For --stand-in only."""
    import datetime as dt
    import re
    from decimal import Decimal

    from factcheck.model import Claim, Evidence, Fact, Finding, Kind, Mention, Report, Verdict
    match = re.search(r"\d[\d,]*", article.text)
    if match is None:
        return Report(article, (), (), ())
    mention = Mention(match.start(), match.end(), match.group(), Kind.COUNT)
    claim = Claim(mention, "deaths", article.text[:120], 0, subject="SYR")
    verdict = (Verdict.CONTRADICTED, Verdict.SUPPORTED, Verdict.UNVERIFIABLE)[len(article.text) % 3]
    fact = Fact("stand-in", "SYR", "deaths", dt.date(2016, 1, 1), "Stand-in", "https://example.org")
    finding = Finding(claim, verdict, "stand-in finding", (Evidence(Decimal(1), None, "", (fact,)),))
    return Report(article, (mention,), (claim,), (finding,))


_SUMMARY_LINE = re.compile(r"factcheck: (\d+) articles \((\d+) checked, (\d+) unchanged, "
                           r"(\d+) errors\); (\d+) claims")


def run_validate(corpus_path: Path, out: Path | None, jobs: int, usage_file: Path,
                 stand_in: bool = False) -> dict:
    argv = [sys.executable, "-c", CHILD, str(usage_file)]
    if stand_in:
        argv += ["--stand-in", str(HERE)]
    argv += ["validate", str(corpus_path), "--fail-on", "never", "--quiet", "--jobs", str(jobs)]
    if out is not None:
        argv += ["--out", str(out)]
    started = time.perf_counter()
    child = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"validate failed ({child.returncode}):\n{child.stderr}")
    usage = json.loads(usage_file.read_text())
    last = child.stdout.strip().splitlines()[-1] if child.stdout.strip() else ""
    articles, _, cached, errors, claims = map(int, _SUMMARY_LINE.match(last).groups())
    return {"jobs": jobs, "seconds": elapsed, "articles": articles,
            "claims": claims, "errors": errors,
            "from_cache": cached, "cpu_seconds": usage["cpu_seconds"],
            "self_peak_mb": usage["self_maxrss_kb"] / 1024,
            "worker_peak_mb": usage["workers_maxrss_kb"] / 1024,
            "stdout": last}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    ap.add_argument("--jobs", default="1,2", help="comma-separated worker counts (default 1,2)")
    ap.add_argument("--min-bytes", type=int, default=1024, help="shortest article text")
    ap.add_argument("--max-bytes", type=int, default=4096, help="longest article text")
    ap.add_argument("--no-incremental", action="store_true", help="skip the incremental run")
    ap.add_argument("--without-out", action="store_true",
                    help="also run once without --out (last --jobs value)")
    ap.add_argument("--stand-in", action="store_true",
                    help="a stand-in checker and at most 10,000 distinct articles (see above)")
    ap.add_argument("--workdir", help="where to put the corpus and outputs (default: a temp dir)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures here")
    args = ap.parse_args(argv)
    jobs_list = [int(j) for j in args.jobs.split(",")]

    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="bench-validate-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus_path = work / "corpus.jsonl"
        started = time.perf_counter()
        text_bytes = write_corpus(corpus_path, args.articles, args.seed, args.min_bytes,
                                  args.max_bytes, 10_000 if args.stand_in else None)
        print(f"corpus: {args.articles:,} articles, {text_bytes / MB:.1f} MB of text "
              f"({corpus_path.stat().st_size / MB:.1f} MB JSON Lines), generated in "
              f"{time.perf_counter() - started:.1f} s; {os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.2f} before the runs")

        rows = []
        print(f"{'run':<12} {'jobs':>4} {'seconds':>8} {'cpu s':>6} {'articles/s':>10} {'MB/s':>6} "
              f"{'cached':>7} {'errors':>6} {'main MB':>8} {'worker MB':>9}", flush=True)

        def measured(run: str, out: Path | None, jobs: int) -> None:
            """Run once and print its row at once: a long benchmark shows what it has so far."""
            r = {"run": run, **run_validate(corpus_path, out, jobs, work / "usage.json",
                                            args.stand_in)}
            r["articles_per_s"] = r["articles"] / r["seconds"]
            r["mb_per_s"] = text_bytes / MB / r["seconds"]
            rows.append(r)
            print(f"{r['run']:<12} {r['jobs']:>4} {r['seconds']:>8.2f} {r['cpu_seconds']:>6.1f} "
                  f"{r['articles_per_s']:>10,.0f} "
                  f"{r['mb_per_s']:>6.2f} {r['from_cache']:>7,} {r['errors']:>6,} "
                  f"{r['self_peak_mb']:>8.0f} {r['worker_peak_mb']:>9.0f}", flush=True)
            if args.json:
                Path(args.json).write_text(json.dumps({"articles": args.articles,
                                                       "text_mb": text_bytes / MB, "runs": rows,
                                                       "cores": os.cpu_count()}, indent=2) + "\n")

        for jobs in jobs_list:
            out = work / f"out-jobs{jobs}"
            shutil.rmtree(out, ignore_errors=True)
            measured("full", out, jobs)
        if args.without_out:  # before the re-run, which leaves the folder as it found it
            measured("no --out", None, jobs_list[-1])
        if not args.no_incremental:
            measured("incremental", out, jobs_list[-1])
        me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory (getrusage): benchmark {me:.0f} MB, largest child {kids:.0f} MB")
        full = next((r for r in reversed(rows) if r["run"] == "full"), None)
        again = next((r for r in rows if r["run"] == "incremental"), None)
        if full and again:
            print(f"incremental re-run: {100 * again['cpu_seconds'] / full['cpu_seconds']:.1f} % "
                  f"of the full run's CPU time, {100 * again['seconds'] / full['seconds']:.1f} % "
                  f"of its wall-clock time (jobs {full['jobs']})")
        print(f"claims per run: {rows[0]['claims']:,}; last run said: {rows[-1]['stdout']}")
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
