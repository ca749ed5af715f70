"""Whole-process time of `factcheck check` on the seed article, as a user or a hook sees it.

Each run is a fresh interpreter (`python -m factcheck.cli check SEED`), so imports, building the
unit table and opening the reference store all count. One warm-up run fills the caches first
(as every run after a user's first does) and compiles the bytecode (into a folder of the bench's
own), as pip does when it installs a package; `--cold` gives every run an empty cache folder instead.
`--tree DIR` runs the code of another checkout (e.g. an exported older commit) on the same
interpreter, for a side-by-side figure; `--reference DIR` loads more datasets, as the 10-million
fact benchmark does. Wall-clock and CPU medians are both printed: on a busy machine the CPU time
is the steadier figure.

    python bench/bench_startup.py --runs 30 --peer
    git archive COMMIT | tar -x -C /tmp/old && python bench/bench_startup.py --tree /tmp/old
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/000_4e7b83d0ee7698a2.md"


_BYTECODE = tempfile.mkdtemp(prefix="factcheck-bench-pyc-")


def _as_installed(env: dict) -> dict:
    """Run with compiled bytecode, as an installed package has (pip compiles it at install
    time): kept in a folder of the bench's own, whatever PYTHONDONTWRITEBYTECODE says."""
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _BYTECODE
    return env


def time_runs(tree: Path, runs: int, cold: bool, reference: list[str],
              cache: str | None = None):
    env = dict(os.environ, PYTHONPATH=str(tree))
    command = [sys.executable, "-m", "factcheck.cli", "check", str(tree / SEED)]
    for folder in reference:
        command += ["--reference", folder]
    cache = cache or tempfile.mkdtemp(prefix="factcheck-bench-cache-")
    _as_installed(env)
    env["FACTCHECK_CACHE_DIR"] = cache
    env["XDG_CACHE_HOME"] = cache
    if not cold:
        subprocess.run(command, env=env, cwd=tree, stdout=subprocess.DEVNULL, check=False)
    times, cpu = [], []
    for _ in range(runs):
        if cold:
            fresh = tempfile.mkdtemp(prefix="factcheck-bench-cache-")
            env["FACTCHECK_CACHE_DIR"] = env["XDG_CACHE_HOME"] = fresh
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(command, env=env, cwd=tree, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, check=False)
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode not in (0, 1):
            raise SystemExit(f"factcheck failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    return times, cpu


def time_peer(runs: int):
    """quantulum3 parsing the same article in a fresh interpreter: the peer's start-up."""
    code = ("import sys; from quantulum3 import parser; "
            "parser.parse(open(sys.argv[1], encoding='utf-8').read())")
    command = [sys.executable, "-c", code, str(ROOT / SEED)]
    env = _as_installed(dict(os.environ))
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, check=False)
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode:
            raise SystemExit(f"quantulum3 failed: {done.stderr.decode()[-500:]}")
    return times, cpu


def summary(times: list[float], cpu: list[float]) -> dict:
    """Wall-clock figures, and CPU time (user + system), which other load on the machine
    disturbs far less than the wall clock."""
    ordered = sorted(times)
    return {"runs": len(times), "median_ms": round(1000 * statistics.median(times), 1),
            "p90_ms": round(1000 * ordered[int(0.9 * (len(ordered) - 1))], 1),
            "min_ms": round(1000 * ordered[0], 1),
            "cpu_median_ms": round(1000 * statistics.median(cpu), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--tree", action="append", default=[],
                        help="checkout to time besides this one (repeatable)")
    parser.add_argument("--cold", action="store_true", help="empty cache folder for every run")
    parser.add_argument("--peer", action="store_true",
                        help="also time quantulum3 (bench/requirements.txt) on the same article")
    parser.add_argument("--reference", action="append", default=[], metavar="DIR")
    parser.add_argument("--reuse-cache", metavar="DIR",
                        help="cache folder to use (e.g. one holding a store already built)")
    args = parser.parse_args()
    results = {}
    for tree in [ROOT] + [Path(t).resolve() for t in args.tree]:
        results[str(tree)] = summary(*time_runs(tree, args.runs, args.cold, args.reference,
                                              args.reuse_cache))
        print(f"{str(tree):<40} " + "  ".join(f"{k}={v}" for k, v in results[str(tree)].items()),
              flush=True)
    if args.peer:
        results["quantulum3"] = summary(*time_peer(args.runs))
        print(f"{'quantulum3 parse':<40} " + "  ".join(
            f"{k}={v}" for k, v in results["quantulum3"].items()), flush=True)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
