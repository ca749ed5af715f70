"""The `factcheck` command: main(argv) -> exit status. Parsing arguments and printing only.

Exit status everywhere: 0 clean, 1 a discrepancy was found, 2 bad usage or bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from . import __version__
from .errors import FactcheckError
from .model import decimal_text

EXIT_OK, EXIT_DISCREPANCY, EXIT_ERROR = 0, 1, 2

# Modules that add subcommands: each has register(subparsers) and sets `run` on its parsers.
COMMAND_MODULES: tuple[str, ...] = ("factcheck.validate_cli", "factcheck.review_cli",
                                     "factcheck.reference_cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse exits with 2 already; keep its message, add help hint
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n(see `{self.prog} --help`)\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write YYYY-MM-DD") from None


def _locale(value: str) -> str:
    from .numerals import locale_decimal_symbol
    try:
        locale_decimal_symbol(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value.replace("-", "_")


def _add_article_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--locale", type=_locale, metavar="L",
                   help="babel locale of the text (en_IN, en_US, de, ...): settles `1,234` vs "
                        "`1.234` and which currency `$` or `Rs` is (AUD under en_AU); "
                        "overrides the article's metadata")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="publication date; overrides the article's metadata")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The `factcheck` parser with every command, or with only `command` when it is one of
    OWN_COMMANDS: all a run of that command parses (its --help and errors read the same), and
    building every command's options and importing the modules that add theirs would cost a
    one-article run more than reading its article."""
    parser = _Parser(
        prog="factcheck",
        description="Find the numbers in news text, read them exactly, and check the claims "
                    "they make against reference data.",
        epilog="Exit status: 0 no discrepancy, 1 at least one discrepancy, 2 bad usage or input.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                parser_class=_Parser)
    if command in OWN_COMMANDS:
        OWN_COMMANDS[command](sub)
    else:
        for add in OWN_COMMANDS.values():
            add(sub)
        import importlib
        for name in COMMAND_MODULES:
            importlib.import_module(name).register(sub)
    for each in sub.choices.values():
        group = each.add_argument_group("settings")
        group.add_argument("--config", metavar="FILE",
                           help="read settings from FILE (a factcheck.toml or pyproject.toml) "
                                "instead of the nearest one")
        group.add_argument("--isolated", action="store_true",
                           help="ignore every settings file")
    return parser


def _command_of(argv: list[str]) -> str | None:
    """The command a command line names, when it is its first argument (else None: the
    parser then has every command, for the top-level help and errors)."""
    return argv[0] if argv and argv[0] in OWN_COMMANDS else None


def _add_extract(sub) -> None:
    p = sub.add_parser("extract", help="list every numeric mention in a text",
                       description="List every numeric mention with its exact value, kind, unit "
                                   "and bound. Offsets are Python string offsets into the "
                                   "article text (after any front matter).")
    p.add_argument("path", nargs="?", default="-", metavar="PATH|-",
                   help="article file (.txt, .md, .html) or - for standard input (default)")
    p.add_argument("--format", choices=("jsonl", "json", "text"), default="jsonl")
    _add_article_options(p)
    p.set_defaults(run=_run_extract)


def _add_claims(sub) -> None:
    p = sub.add_parser("claims", help="list the checkable claims of an article",
                       description="List the claims an article makes: each number with what it "
                                   "measures, about which subject, at what time, with which bound.")
    p.add_argument("path", metavar="PATH|-", help="article file (.txt, .md, .html) or - for stdin")
    p.add_argument("--format", choices=("json", "text"), default="text")
    add_reference_option(p)
    _add_article_options(p)
    p.set_defaults(run=_run_claims)


def _add_check(sub) -> None:
    p = sub.add_parser("check", help="check articles' claims against reference data",
                       description="Check every claim of each article against the reference "
                                   "data and report a verdict with evidence for each: supported, "
                                   "imprecise, unverifiable or contradicted. The text report "
                                   "lists discrepancies (contradicted, imprecise) first and "
                                   "counts the rest in one line.",
                       epilog=CHECK_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="ARTICLE",
                   help="article files (.txt, .md, .html), folders, JSON Lines corpora or globs "
                        "(quoted globs are expanded, ** included); - for standard input")
    p.add_argument("--format", choices=("text", "json", "md", "html"), default="text",
                   help="report format (default: text). json: one report object, or a list of "
                        "them for several articles")
    p.add_argument("-o", "--output", metavar="FILE|-",
                   help="write the reports here (- or none: standard output)")
    add_reference_option(p)
    _add_article_options(p)
    add_gate_options(p)
    add_noise_options(p)
    p.add_argument("--verbose", "-v", action="store_true",
                   help="text report: list every finding, not only the discrepancies")
    p.add_argument("--quiet", "-q", action="store_true",
                   help="print only the summary line; the exit status says the rest")
    p.add_argument("--explain", metavar="FINGERPRINT",
                   help="print the finding with this fingerprint (or a prefix of it), what its "
                        "reason means and what to do, instead of the report")
    add_table_options(p)
    p.set_defaults(run=_run_check)


def _add_config(sub) -> None:
    p = sub.add_parser("config", help="show the effective settings and where each comes from",
                       description="Print the settings that apply in this folder: from "
                                   "factcheck.toml or [tool.factcheck] in pyproject.toml, the "
                                   "nearest one walking up from the working directory (or "
                                   "--config FILE), else the defaults. Options given on a "
                                   "command line override them.",
                       epilog=CONFIG_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=_run_config)


def _add_explain(sub) -> None:
    p = sub.add_parser("explain", help="say what a verdict or reason means and what to do",
                       description="Print what a verdict or a reason code (the `reason` of a "
                                   "finding) means and what to do about it. With no NAME, list "
                                   "them all. The same text is the help of SARIF rules.")
    p.add_argument("names", nargs="*", metavar="NAME",
                   help="a verdict (contradicted) or a reason code (no-subject)")
    p.set_defaults(run=_run_explain)


OWN_COMMANDS = {"extract": _add_extract, "claims": _add_claims, "check": _add_check,
                "config": _add_config, "explain": _add_explain}
"""The commands this module defines, in the order `--help` lists them (then COMMAND_MODULES')."""


CHECK_EPILOG = """\
exit status: 0 nothing at or above --fail-on; 1 a finding at or above --fail-on that neither the
article nor the --baseline accepts; 2 bad usage, or an article that could not be read (the
others are still checked).

examples:
  factcheck check story.md
  factcheck check 'drafts/**/*.md' --fail-on imprecise --ignore unverifiable
  factcheck check story.md --select deaths,displaced --verbose
  cat story.md | factcheck check - --format json
  factcheck check drafts/ --csv findings.csv --quiet"""

CONFIG_EPILOG = """\
settings (in [tool.factcheck] of pyproject.toml, or at the top level of factcheck.toml):
  reference = ["data/reference"]     fail-on = "imprecise"      locale = "en_IN"
  tolerance = {approx = 0.1}         select = ["deaths"]        ignore = ["unverifiable"]
  report-format = ["json", "html"]   baseline = "factcheck-baseline.json"
paths are relative to the folder of the file."""


class _ReplaceAppend(argparse.Action):
    """Like action="append", but a value given on the command line replaces the default (which
    may come from a settings file) instead of adding to it."""

    def __call__(self, parser, namespace, values, option_string=None):
        current = getattr(namespace, self.dest, None)
        items = [] if current is self.default or current is None else list(current)
        setattr(namespace, self.dest, items + [values])


def _selectors(value: str):
    from .selection import parse_selectors
    try:
        return parse_selectors([value])
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_noise_options(p: argparse.ArgumentParser) -> None:
    """--select / --ignore: which findings are shown and can fail the run."""
    g = p.add_argument_group("choosing findings")
    g.add_argument("--select", type=_selectors, default=(), metavar="LIST",
                   help="only these findings, by measure, verdict or reason, comma-separated "
                        "(deaths,displaced or contradicted or no-subject; prefix measure:, "
                        "verdict: or reason: where a name is both)")
    g.add_argument("--ignore", type=_selectors, default=(), metavar="LIST",
                   help="leave out these findings (e.g. unverifiable); wins over --select")


def add_gate_options(p: argparse.ArgumentParser, *, write_baseline: bool = False) -> None:
    """--fail-on and --baseline (and, for `validate`, --write-baseline): what makes a run fail,
    one definition for every command that fails on findings."""
    from .validate_cli import FAIL_ON_CHOICES
    g = p.add_argument_group("failing and baselines")
    g.add_argument("--fail-on", choices=FAIL_ON_CHOICES, default="contradicted",
                   help="exit 1 when a finding has this verdict or a worse one, in the order "
                        f"{' < '.join(FAIL_ON_CHOICES[:-1])} (default: contradicted); never: "
                        "never exit 1 (bad usage still exits 2)")
    g.add_argument("--baseline", metavar="FILE",
                   help="accept the findings recorded in FILE (by `validate --write-baseline`): "
                        "fail only on new ones, or ones whose verdict got worse")
    if write_baseline:
        g.add_argument("--write-baseline", metavar="FILE",
                       help="record in FILE every finding at or above --fail-on (with never: "
                            "worse than supported) and every unreadable article; reasons "
                            "already written there are kept")


def add_table_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("tables")
    g.add_argument("--csv", metavar="FILE|-",
                   help="a flat table of every checked claim, one row each (article, line, "
                        "claim, value, bound, measure, subject, time, verdict, reason, "
                        "reference value, sources, fingerprint); - for standard output")
    g.add_argument("--parquet", metavar="FILE",
                   help="the same table as Parquet (needs pyarrow)")


def table_writers(args) -> list:
    writers = []
    if getattr(args, "csv", None):
        from .writers.table import CsvWriter
        writers.append(CsvWriter(args.csv))
    if getattr(args, "parquet", None):
        from .writers.table import ParquetWriter
        writers.append(ParquetWriter(args.parquet))
    return writers


def selection(args):
    from .selection import Selection
    return Selection(select=tuple(args.select or ()), ignore=tuple(args.ignore or ()))


def add_reference_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reference", action=_ReplaceAppend, default=[], metavar="DIR",
                   help="a reference dataset (a folder with datapackage.json, or with "
                        "subjects/*.csv and facts/*.csv; or a CSV file of one) that adds to or "
                        "overrides the bundled data; repeatable (replaces the settings file's). "
                        "See `factcheck reference`")
    p.add_argument("--tolerance", metavar="SPEC", default="",
                   help="comparison tolerances, e.g. approx=0.05,exact=0.01,upper=0.1,"
                        "share_points=0.025,max_age_days=731 (imprecise: 1 to 100, default 1; "
                        "imprecise=2 calls a figure just outside its precision imprecise, not "
                        "contradicted; max_age_days: 0 to 36600 days; the others: fractions "
                        "from 0 to 1)")


def main(argv: list[str] | None = None) -> int:
    from . import config as settings

    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(_command_of(argv))
    try:
        path, isolated = settings.pre_scan(argv)
        found = None if isolated else (path or settings.find_config())
        config = settings.load_config(found)
    except FactcheckError as exc:
        if "-h" not in argv and "--help" not in argv:  # help still works in a broken project
            print(f"factcheck: error: {exc}", file=sys.stderr)
            return EXIT_ERROR
        config = settings.Config()
    settings.apply(parser, config)
    args = parser.parse_args(argv)
    args.settings = config
    try:
        return args.run(args)
    except FactcheckError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130


def _read(args):
    from .articles import read_article
    return read_article(args.path, date=args.date, locale=args.locale)


def _run_extract(args) -> int:
    from .mentions import find_mentions
    from .serialize import mention_to_dict

    article = _read(args)
    mentions = find_mentions(article.text, article.locale)
    out = sys.stdout
    if args.format == "jsonl":
        for m in mentions:
            out.write(json.dumps(mention_to_dict(m), ensure_ascii=False) + "\n")
    elif args.format == "json":
        json.dump([mention_to_dict(m) for m in mentions], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for m in mentions:
            value = decimal_text(m.value) if m.value is not None else \
                f"{decimal_text(m.low)}..{decimal_text(m.high)}" if m.is_range else "-"
            extra = " ".join(x for x in (m.unit or "", m.bound.value if m.bound.value != "exact" else "",
                                         f"[{m.problem}]" if m.problem else "") if x)
            out.write(f"{m.start:>6}-{m.end:<6} {m.kind.value:<10} {value:>16}  {m.text!r} {extra}\n")
    return EXIT_OK


def _tolerances(args):
    from .checker import Tolerances
    from .errors import UsageError
    try:
        return Tolerances.parse(args.tolerance)
    except (ValueError, ArithmeticError) as exc:
        raise UsageError(f"--tolerance: {exc}") from None


def _run_claims(args) -> int:
    from .api import subject_index
    from .claims import extract_claims
    from .reference import load_reference
    from .serialize import claim_to_dict

    article = _read(args)
    claims = extract_claims(article, subject_index(load_reference(args.reference)))
    if args.format == "json":
        json.dump([claim_to_dict(c) for c in claims], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for c in claims:
        m = c.mention
        value = decimal_text(m.value) if m.value is not None else f"{decimal_text(m.low)}..{decimal_text(m.high)}"
        when = c.time.text or (c.time.at.isoformat() if c.time.at else "undated")
        sys.stdout.write(f"{m.start:>6} {c.measure:<10} {m.bound.value:<6} {value:>14} {m.unit or '':<6} "
                         f"subject={c.subject or '?'} time={when}  {m.text!r}\n")
    return EXIT_OK


def expand_paths(paths: list[str]) -> list[str]:
    """Paths as given, quoted globs expanded (sorted, ** recursive); a glob that matches nothing
    is a usage error rather than a silent pass."""
    import glob
    from pathlib import Path

    from .errors import UsageError
    out = []
    for path in paths:
        if path != "-" and glob.has_magic(path) and not Path(path).exists():
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                raise UsageError(f"{path}: no file matches this pattern")
            out.extend(matches)
        else:
            out.append(path)
    return out


def _run_check(args) -> int:
    from pathlib import Path

    from .api import check_article
    from .articles import format_of, iter_articles, require_text
    from .baseline import Baseline
    from .results import Summary
    from .errors import InputError, UsageError
    from .fileio import open_atomic
    from .model import Verdict
    from .reference import load_reference

    paths = expand_paths(args.paths)
    single = len(paths) == 1 and not Path(paths[0]).is_dir() and format_of(paths[0]) != "jsonl"
    if args.format == "html" and not single:
        raise UsageError("--format html makes one page per article: check one article, or use "
                         "`factcheck validate ... --out DIR --report-format html`")
    if paths.count("-") > 1:
        raise UsageError("- (standard input) can be given once")
    reference = load_reference(args.reference)
    tolerances = _tolerances(args)
    keep = selection(args)
    baseline = Baseline.load(args.baseline) if args.baseline else None
    fail_on = None if args.fail_on == "never" else Verdict(args.fail_on)
    tables = table_writers(args)
    if args.csv == "-" and not args.quiet and not args.output:
        raise UsageError("--csv - and the report would both go to standard output: give -o FILE "
                         "or --quiet")
    for writer in tables:
        writer.start(None)
    summary = Summary(fail_on=fail_on)
    unreadable = 0
    explained = None
    json_reports = []
    write_reports = not args.quiet and not args.explain
    with open_atomic(args.output or "-") as out:
        for seq, entry in enumerate(iter_articles(paths, date=args.date, locale=args.locale)):
            if not isinstance(entry, InputError):
                try:
                    require_text(entry)  # nothing to check is an error, as in validate
                except InputError as exc:
                    entry = exc
            if isinstance(entry, InputError):
                unreadable += 1
                print(f"factcheck: error: {entry}", file=sys.stderr)
                continue
            try:
                report = keep.report(check_article(entry, reference, tolerances))
            except Exception as exc:  # a checker bug must not stop the other articles
                unreadable += 1
                print(f"factcheck: error: checker failed on {entry.path or entry.id}: "
                      f"{type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            report, result = _judged(seq, entry, report, fail_on, baseline, args.baseline)
            summary.add(result)
            for writer in tables:
                writer.handle(result)
            if args.explain:
                for f, r in zip(report.findings, result.findings):
                    if r.fingerprint.startswith(args.explain.lower()):
                        explained = (report, f, r)
            elif write_reports and args.format == "json" and not single:
                from .serialize import report_to_dict
                json_reports.append(report_to_dict(report))
            elif write_reports:
                out.write(("\n" if seq and args.format == "text" else "")
                          + render(report, args.format, verbose=args.verbose))
        if json_reports or (write_reports and args.format == "json" and not single):
            out.write(json.dumps(json_reports, ensure_ascii=False, indent=2) + "\n")
    for writer in tables:
        writer.stop(summary)
    if args.explain:
        if explained is None:
            raise UsageError(f"--explain {args.explain}: no finding has this fingerprint")
        _print_explained(*explained)
    elif args.quiet or (args.format == "text" and summary.articles + unreadable > 1):
        to_stdout = (not args.output or args.quiet) and args.csv != "-"  # stdout may be a table
        _summary_line(summary, unreadable, sys.stdout if to_stdout else sys.stderr)
    if unreadable:
        return EXIT_ERROR
    return EXIT_DISCREPANCY if summary.failed else EXIT_OK


def _judged(seq, article, report, fail_on, baseline, baseline_path):
    """The report and its run result, judged as `validate` judges them (--fail-on, baseline,
    accepts); findings the baseline accepts are marked accepted in the report too."""
    import dataclasses

    from .results import ArticleResult, finding_records, judge, source_of
    from .model import Accept
    source, line = source_of(article)
    result = judge(ArticleResult(seq=seq, id=article.id, source=source, line=line,
                                 title=article.title, findings=finding_records(report),
                                 claims=len(report.claims)), fail_on, baseline)
    by_baseline = Accept((), "accepted in baseline", where=f"baseline {baseline_path}")
    findings = tuple(
        dataclasses.replace(f, accepted=dataclasses.replace(
            by_baseline, reason=r.accepted_reason or by_baseline.reason))
        if r.accepted and f.accepted is None else f
        for f, r in zip(report.findings, result.findings))
    return dataclasses.replace(report, findings=findings), result


def _summary_line(summary, unreadable: int, stream) -> None:
    from .model import Verdict
    verdicts = ", ".join(f"{summary.verdicts[v.value]} {v.value}" for v in
                         sorted(Verdict, key=lambda v: -v.severity) if summary.verdicts[v.value])
    accepted = f", {summary.accepted} accepted" if summary.accepted else ""
    stream.write(f"factcheck: {summary.articles} articles"
                 + (f" ({unreadable} unreadable)" if unreadable else "")
                 + f", {summary.claims} claims ({verdicts or 'none'}{accepted}); "
                 f"{summary.failing_findings} failing\n")


def _print_explained(report, finding, record) -> None:
    from .reasons import explain
    from .writers.text import _finding
    print(f"{record.fingerprint}  {report.article.path or report.article.id}")
    print("\n".join(_finding(report.article, finding)).strip("\n"))
    for entry in explain(finding.reason or "") or explain(finding.verdict.value):
        print()
        print(entry.text(), end="")


def _run_config(args) -> int:
    from . import config as settings
    rows = settings.effective(args.settings)
    if args.format == "json":
        json.dump({"file": str(args.settings.path) if args.settings.path else None,
                   "settings": {k: {"value": _plain(v), "origin": o} for k, v, o in rows}},
                  sys.stdout, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    where = args.settings.path
    print(f"# settings file: {where} {args.settings.table}".rstrip() if where
          else "# no settings file (factcheck.toml or [tool.factcheck] in pyproject.toml) found "
               "from here up: defaults")
    for key, value, origin in rows:
        print(f"{key} = {json.dumps(_plain(value), ensure_ascii=False)}  # {origin}")
    return EXIT_OK


def _plain(value):
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)


def _run_explain(args) -> int:
    import re
    from .errors import UsageError
    from .reasons import explain, reasons, verdicts
    names = args.names or [*verdicts(), *reasons()]
    for i, name in enumerate(names):
        entries = explain(name) if args.names else (
            [verdicts()[name]] if i < len(verdicts()) else [reasons()[name]])
        if not entries and re.fullmatch(r"[0-9a-f]{8,64}", name):
            raise UsageError(f"{name!r} looks like a finding's fingerprint: "
                             f"`factcheck check ARTICLE --explain {name}` explains that finding")
        if not entries:
            raise UsageError(f"{name!r} is no verdict or reason; known: "
                             f"{', '.join(dict.fromkeys([*verdicts(), *reasons()]))}")
        for entry in entries:
            sys.stdout.write(("\n" if i else "") + entry.text())
    return EXIT_OK


def render(report, fmt: str, *, verbose: bool = False) -> str:
    """A report as text, JSON, Markdown or HTML."""
    if fmt == "json":
        from .serialize import report_to_dict
        return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        from .writers.markdown import render_report
        return render_report(report)
    if fmt == "html":
        from .writers.html import render_report
        return render_report(report)
    from .writers.text import render_report
    return render_report(report, verbose=verbose)


if __name__ == "__main__":
    sys.exit(main())
