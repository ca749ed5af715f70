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
COMMAND_MODULES: tuple[str, ...] = ()


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

    import importlib
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


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


if __name__ == "__main__":
    sys.exit(main())
