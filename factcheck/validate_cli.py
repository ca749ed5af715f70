"""The `factcheck validate` command: options, progress and the terminal summary.

The work itself is factcheck.corpus.validate; this module turns arguments into its options,
picks run-level writers by name, shows progress on stderr and maps the outcome to an exit status.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from .display import visible
from .model import Verdict

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON_CHOICES = tuple(v.value for v in sorted(Verdict, key=lambda v: v.severity)) + ("never",)

DESCRIPTION = """\
Check every article in a corpus: folders (searched recursively for .txt, .md, .html files and
.jsonl corpora) and JSON Lines files. Writes one report per article, a run summary, and on request
JUnit XML, SARIF, GitHub annotations and ClaimReview JSON-LD. Unreadable, empty, oversized and
duplicate articles are listed as errors and the run goes on.

Runs are incremental: with --out, each article's report is saved the moment it is checked and its
result is cached (DIR/.cache/), and a re-run skips articles whose text, options and reference data
are unchanged, so an interrupted run, even one killed with kill -9, resumes where it stopped."""

EPILOG = """\
exit status: 0 nothing fails; 1 a finding at or above --fail-on, or an article that could not
be read, that the --baseline does not accept; 2 bad usage or bad reference data. A run with
--write-baseline exits 0: what it found is what it recorded.

examples:
  factcheck validate articles/ --out reports/
  factcheck validate corpus.jsonl --out reports/ --junit junit.xml --sarif factcheck.sarif
  factcheck validate articles/ --format github --baseline factcheck-baseline.json
  factcheck validate articles/ --write-baseline factcheck-baseline.json --fail-on never
  factcheck validate big.jsonl --out reports/ --dask tcp://scheduler:8786"""


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return n


def _formats(value: str) -> tuple[str, ...]:
    from .corpus import REPORT_FORMATS
    formats = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    unknown = [f for f in formats if f not in REPORT_FORMATS]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(
            f"{value!r}: choose one or more of {', '.join(REPORT_FORMATS)}, comma-separated")
    return formats


def register(subparsers) -> None:
    from .cli import _add_article_options, add_gate_options, add_noise_options, \
        add_reference_option, add_table_options

    p = subparsers.add_parser(
        "validate", help="check a whole corpus and report for CI",
        description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", nargs="+", metavar="CORPUS",
                   help="folder of articles, article file, or JSON Lines corpus (one article "
                        "object per line, with at least \"id\" and \"text\")")
    add_reference_option(p)
    _add_article_options(p)

    out = p.add_argument_group("outputs")
    out.add_argument("--out", metavar="DIR",
                     help="write one report per article here, named from its id, plus "
                          "summary.json and summary.md; also keeps the cache (DIR/.cache/)")
    out.add_argument("--report-format", type=_formats, default=("json",), metavar="LIST",
                     help="per-article report formats, comma-separated: json, md, html "
                          "(default: json)")
    out.add_argument("--format", choices=("text", "github"), default="text",
                     help="what to print on stdout: text (failing findings and a summary "
                          "line; default) or github (workflow commands that annotate the diff)")
    out.add_argument("--junit", metavar="FILE|-",
                     help="JUnit XML: a test case per checked claim, a failure per failing "
                          "finding, an error per unreadable article (- for stdout)")
    out.add_argument("--sarif", metavar="FILE|-",
                     help="SARIF 2.1.0 log for code scanning (- for stdout)")
    out.add_argument("--claimreview", metavar="DIR",
                     help="schema.org ClaimReview JSON-LD, one file per checked claim")

    add_table_options(p)
    add_noise_options(p)

    add_gate_options(p, write_baseline=True)

    run = p.add_argument_group("running")
    run.add_argument("--jobs", "-j", type=_positive, default=os.cpu_count() or 1, metavar="N",
                     help="worker processes (default: all cores, here %(default)s)")
    run.add_argument("--dask", metavar="ADDRESS",
                     help="run on an existing Dask distributed cluster (scheduler address, e.g. "
                          "tcp://host:8786); its workers need factcheck installed and the same "
                          "--reference folders")
    run.add_argument("--no-cache", action="store_true",
                     help="check every article again, ignoring (and replacing) cached results")
    run.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    p.set_defaults(run=run_validate)


class Progress:
    """One redrawn line on a terminal; otherwise a plain log line every `interval` seconds."""

    def __init__(self, stream, total: int | None, interval: float = 10.0):
        self.stream = stream
        self.total = total
        self.tty = stream.isatty()
        self.interval = 0.1 if self.tty else interval
        self.started = time.monotonic()
        self.last = 0.0
        self.cached = 0

    def __call__(self, done: int, total: int | None, result) -> None:
        self.cached += result.cached
        now = time.monotonic()
        if now - self.last < self.interval and done != self.total:
            return
        self.last = now
        line = self.line(done, now - self.started)
        if self.tty:
            self.stream.write("\r\x1b[2K" + line)
        else:
            self.stream.write(f"factcheck: {line}\n")
        self.stream.flush()

    def line(self, done: int, elapsed: float) -> str:
        rate = done / elapsed if elapsed > 0 else 0.0
        speed = f"{rate:,.1f} articles/s"
        if self.total:
            share = min(done / self.total, 1.0)
            eta = (self.total - done) / rate if rate > 0 else 0
            bar = "#" * int(share * 24)
            return (f"[{bar:<24}] {done:,}/{self.total:,} {share:4.0%} {speed} "
                    f"ETA {int(eta) // 60}:{int(eta) % 60:02d} ({self.cached:,} cached)")
        return f"{done:,} articles, {speed} ({self.cached:,} cached)"

    def close(self) -> None:
        if self.tty:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()


class TextOutput:
    """Failing findings as `path:line:col: verdict: explanation` lines, then one summary line."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stdout

    def start(self, run) -> None:
        pass

    def handle(self, result) -> None:
        if result.error is not None:
            if result.failing:
                self.stream.write(f"error: {visible(result.detail or result.error, one_line=True)}\n")
            return
        for f in result.findings:
            if f.failing:
                where = ":".join(str(x) for x in (result.source or result.id, f.line, f.column)
                                 if x)
                self.stream.write(visible(f"{where}: {f.verdict.value}: {f.explanation}",
                                          one_line=True) + "\n")

    def stop(self, summary) -> None:
        verdicts = ", ".join(f"{n} {v}" for v, n in summary.verdicts.items() if n) or "none"
        failing = summary.failing_findings + summary.failing_errors
        self.stream.write(
            f"factcheck: {summary.articles} articles ({summary.checked} checked, "
            f"{summary.cached} unchanged, {summary.errors} errors); {summary.claims} claims "
            f"({verdicts}); {failing} failing\n")
        self.stream.flush()


def run_validate(args) -> int:
    from . import corpus
    from .baseline import Baseline
    from .cli import selection, table_writers
    from .errors import UsageError

    settings = getattr(args, "settings", None)  # report-format in a settings file: used with --out
    from_file = settings is not None and args.report_format == settings.values.get("report-format")
    if args.report_format != ("json",) and not args.out and not from_file:
        raise UsageError("--report-format needs --out DIR to write the reports to")
    for option in ("out", "claimreview"):
        if getattr(args, option) == "-":
            raise UsageError(f"--{option} takes a folder, not - (standard output)")
    to_stdout = [f"--{o.replace('_', '-')}" for o in ("junit", "sarif", "csv", "write_baseline")
                 if getattr(args, o) == "-"]
    if len(to_stdout) > 1:
        raise UsageError(f"only one output can go to standard output (-), not {', '.join(to_stdout)}")
    if to_stdout and args.format == "github":
        raise UsageError(f"--format github writes workflow commands to standard output: give "
                         f"{to_stdout[0]} a file name")
    missing = [p for p in args.corpus if p != "-" and not os.path.exists(p)]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)} (give folders of "
                         "articles, article files or JSON Lines corpora)")
    tolerances = None
    if args.tolerance:
        from .cli import _tolerances
        tolerances = _tolerances(args)
    fail_on = None if args.fail_on == "never" else Verdict(args.fail_on)
    options = corpus.Options(
        reference_dirs=tuple(args.reference), date=args.date, locale=args.locale, out=args.out,
        report_formats=args.report_format if args.out else (), fail_on=fail_on,
        tolerances=tolerances, jobs=args.jobs, dask=args.dask, cache=not args.no_cache,
        selection=selection(args))
    baseline = Baseline.load(args.baseline) if args.baseline else None

    console = sys.stderr if to_stdout else sys.stdout  # a report on stdout keeps it clean
    writers = [TextOutput(console) if args.format == "text"
               else corpus.make_writer("github", console)]
    writers += table_writers(args)
    if args.out:
        writers.append(corpus.make_writer("summary", args.out))
        writers.append(corpus.make_writer("index", args.out))  # the reviewer's entry point
    if args.junit:
        writers.append(corpus.make_writer("junit", args.junit))
    if args.sarif:
        writers.append(corpus.make_writer("sarif", args.sarif))
    if args.claimreview:
        writers.append(corpus.make_writer("claimreview", args.claimreview))
    if args.write_baseline:
        writers.append(corpus.make_writer("baseline", args.write_baseline, baseline
                                          if args.baseline == args.write_baseline else None))

    progress = None
    total = None
    if not args.quiet:
        total = corpus.count_articles(args.corpus)
        progress = Progress(sys.stderr, total)
    try:
        summary = corpus.validate(args.corpus, options, writers, baseline=baseline, total=total,
                                  progress=progress)
    finally:
        if progress:
            progress.close()
    if args.write_baseline:
        return EXIT_OK  # everything found is now recorded, so accepted
    return EXIT_FINDINGS if summary.failed else EXIT_OK
