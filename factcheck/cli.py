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
                        "`1.234`; overrides the article's metadata")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="publication date; overrides the article's metadata")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factcheck",
        description="Find the numbers in news text, read them exactly, and check the claims "
                    "they make against reference data.",
        epilog="Exit status: 0 no discrepancy, 1 at least one discrepancy, 2 bad usage or input.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                parser_class=_Parser)

    p = sub.add_parser("extract", help="list every numeric mention in a text",
                       description="List every numeric mention with its exact value, kind, unit "
                                   "and bound. Offsets are Python string offsets into the "
                                   "article text (after any front matter).")
    p.add_argument("path", nargs="?", default="-", metavar="PATH|-",
                   help="article file (.txt, .md, .html) or - for standard input (default)")
    p.add_argument("--format", choices=("jsonl", "json", "text"), default="jsonl")
    _add_article_options(p)
    p.set_defaults(run=_run_extract)

    p = sub.add_parser("claims", help="list the checkable claims of an article",
                       description="List the claims an article makes: each number with what it "
                                   "measures, about which subject, at what time, with which bound.")
    p.add_argument("path", metavar="PATH|-", help="article file (.txt, .md, .html) or - for stdin")
    p.add_argument("--format", choices=("json", "text"), default="text")
    add_reference_option(p)
    _add_article_options(p)
    p.set_defaults(run=_run_claims)

    p = sub.add_parser("check", help="check an article's claims against reference data",
                       description="Check every claim of an article against the reference data "
                                   "and report a verdict with evidence for each: supported, "
                                   "imprecise, unverifiable or contradicted.",
                       epilog="Exit status: 0 no contradicted claim, 1 at least one, 2 bad usage "
                              "or input.")
    p.add_argument("path", metavar="ARTICLE", help="article file (.txt, .md, .html) or - for stdin")
    p.add_argument("--format", choices=("text", "json", "md", "html"), default="text",
                   help="report format (default: text on the terminal)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report here instead of stdout")
    add_reference_option(p)
    _add_article_options(p)
    p.set_defaults(run=_run_check)

    import importlib
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def add_reference_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reference", action="append", default=[], metavar="DIR",
                   help="a reference dataset (a folder with datapackage.json, or with "
                        "subjects/*.csv and facts/*.csv; or a CSV file of one) that adds to or "
                        "overrides the bundled data; repeatable. See `factcheck reference`")
    p.add_argument("--tolerance", metavar="SPEC", default="",
                   help="comparison tolerances, e.g. approx=0.05,exact=0.01,upper=0.1,"
                        "share_points=0.025,max_age_days=731")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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


def _run_check(args) -> int:
    from .api import check_article
    from .model import Verdict
    from .reference import load_reference

    reference = load_reference(args.reference)
    report = check_article(_read(args), reference, _tolerances(args))
    text = render(report, args.format)
    if args.output:
        from .fileio import write_atomic
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    contradicted = any(f.verdict == Verdict.CONTRADICTED for f in report.findings)
    return EXIT_DISCREPANCY if contradicted else EXIT_OK


def render(report, fmt: str) -> str:
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
    return render_report(report)


if __name__ == "__main__":
    sys.exit(main())
