"""The long fuzz run: every target of tests/fuzzing.py, round after round, for as long as asked.

    nice -n 19 python tests/fuzz/long_run.py --minutes 30 --out fuzz-findings.jsonl

Unlike the suite, a failing input does not stop the run: it is written to --out (as a line that
can go into tests/fuzz/corpus.jsonl once fixed) and fuzzing goes on. Each round gives every
target a fresh random seed. At the end it prints how many inputs each target was given and how
many failed, with the distinct failures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for fuzzing.py

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

import fuzzing  # noqa: E402

MAX_CALLS = 5_000_000


def fuzz_round(name: str, examples: int, round_seed: int, tried: dict, failures: list) -> None:
    strategy, fn = fuzzing.TARGETS[name]

    @seed(round_seed)
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(value):
        tried[name] += 1
        try:
            _, calls = fuzzing.count_calls(fn, value)
            if calls >= MAX_CALLS:
                raise AssertionError(f"{calls:,} calls for one input")
        except Exception as exc:  # noqa: BLE001 - record every failure, keep fuzzing
            failures.append({"target": name, "found": f"{type(exc).__name__}: {exc}"[:300],
                             "input": fuzzing.encode_input(value),
                             "where": traceback.format_exc(limit=-3)[-1500:]})

    run()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--examples", type=int, default=200, help="examples per target per round")
    parser.add_argument("--targets", default=",".join(fuzzing.TARGETS))
    parser.add_argument("--out", default="fuzz-findings.jsonl")
    args = parser.parse_args(argv)
    names = [n for n in args.targets.split(",") if n]
    tried = {n: 0 for n in names}
    failures: list[dict] = []
    deadline = time.monotonic() + args.minutes * 60
    rounds = 0
    with open(args.out, "w", encoding="utf-8") as out:
        while time.monotonic() < deadline:
            for name in names:
                if time.monotonic() >= deadline:
                    break
                before = len(failures)
                # the slow targets (they load reference data per input) get fewer per round
                examples = max(5, args.examples // 10) if name in ("cli", "reference") else args.examples
                fuzz_round(name, examples, rounds * 1000 + len(name), tried, failures)
                for failure in failures[before:]:
                    out.write(json.dumps(failure, ensure_ascii=True) + "\n")
                out.flush()
            rounds += 1
            print(f"round {rounds}: tried {sum(tried.values()):,}, failures {len(failures)}",
                  flush=True)
    distinct = sorted({(f["target"], f["found"].split(":")[0] + ":" + f["where"].strip().splitlines()[-1][:120])
                       for f in failures})
    print(json.dumps({"rounds": rounds, "tried": tried, "total": sum(tried.values()),
                      "failures": len(failures), "distinct": distinct}, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
