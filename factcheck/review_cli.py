"""The review commands: `factcheck diff OLD NEW` and `factcheck report DIR`. Arguments and printing only."""

from __future__ import annotations

import sys

from .cli import EXIT_DISCREPANCY, EXIT_OK


def register(subparsers) -> None:
    """Add the `diff` and `report` subcommands to the `factcheck` parser."""
    p = subparsers.add_parser(
        "diff", help="compare two runs: new, resolved and changed discrepancies",
        description="Compare two runs of factcheck and list the claims that became a "
                    "discrepancy (contradicted or imprecise), the ones that stopped being one, "
                    "and other changed verdicts. Claims are matched by article id, claim text, "
                    "measure and subject, so edits that move text around do not count.",
        epilog="OLD and NEW are each a run folder (of <slug>.json reports), its summary.json, "
               "or a single report JSON file. Exit status: 0 nothing newly failing, 1 a claim "
               "became contradicted (or imprecise, with --fail-on imprecise), 2 bad input.")
    p.add_argument("old", metavar="OLD", help="the earlier run")
    p.add_argument("new", metavar="NEW", help="the later run")
    p.add_argument("--format", choices=("text", "md", "json"), default="text",
                   help="text for a terminal (default), md for a pull-request comment, json for "
                        "tools")
    p.add_argument("--fail-on", choices=("contradicted", "imprecise"), default="contradicted",
                   help="the mildest verdict that fails the comparison when a claim newly gets "
                        "it (default: contradicted)")
    p.set_defaults(run=run_diff)

    p = subparsers.add_parser(
        "report", help="write index.html for a run folder",
        description="Write index.html into a run folder: every article with its verdict counts, "
                    "sortable and filterable, linking to each article's HTML report (or its "
                    "JSON when there is none). The page works offline, straight from disk.")
    p.add_argument("dir", metavar="DIR", help="a folder of <slug>.json reports")
    p.set_defaults(run=run_report)


def run_diff(args) -> int:
    from .diff import FORMATS, compare, load_run

    result = compare(load_run(args.old), load_run(args.new))
    sys.stdout.write(FORMATS[args.format](result, args.fail_on))
    return EXIT_DISCREPANCY if result.regressions(args.fail_on) else EXIT_OK


def run_report(args) -> int:
    from .writers.index import write_index

    path = write_index(args.dir)
    print(path)
    return EXIT_OK
