"""Whole-process time of `factcheck check` on the seed article, as a user or a hook sees it.

Each run is a fresh interpreter (`python -m factcheck.cli check SEED`), so imports, building the
unit table and opening the reference store all count. One warm-up run fills the caches first
(as every run after a user's first does) and compiles the bytecode (into a folder of the bench's
own), as pip does when it installs a package; `--cold` gives every run an empty cache folder instead,
and `--new-article` a copy of the seed whose front matter no run has read before (an article
checked for the first time, with every other cache warm).
`--tree DIR` runs the code of another checkout on the same interpreter, for a side-by-side
figure, and `--commit REV` the code of a commit of this repository (exported with `git archive`
into a temporary folder); `--reference DIR` loads more datasets, as the 10-million fact
benchmark does. Wall-clock and CPU medians are both printed, with the load average before and
after: on a busy machine the CPU time is the steadier figure. `--names` compares, in this process, the three ways factcheck finds
subject names (word lookup, the `re` pattern, the `regex` pattern): set-up and scan CPU time on
the seed articles plus generated news, and checks that all three find the same names.

    python bench/bench_startup.py --runs 30 --peer
    python bench/bench_startup.py --names --mb 1
    python bench/bench_startup.py --runs 20 --commit main --commit 426e7c7
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


class Runner:
    """`factcheck check` on the seed in fresh interpreters, for one checkout."""

    def __init__(self, tree: Path, cold: bool, reference: list[str], cache: str | None = None,
                 peak: bool = False, new_article: bool = False):
        self.env = _as_installed(dict(os.environ, PYTHONPATH=str(tree)))
        self.command = [sys.executable, "-m", "factcheck.cli", "check", str(tree / SEED)]
        self.new_article = Path(tempfile.mkdtemp(prefix="factcheck-bench-article-")) / \
            Path(SEED).name if new_article else None
        for folder in reference:
            self.command += ["--reference", folder]
        cache = cache or tempfile.mkdtemp(prefix="factcheck-bench-cache-")
        self.env["FACTCHECK_CACHE_DIR"] = self.env["XDG_CACHE_HOME"] = cache
        self.tree, self.cold, self.peak = tree, cold, peak
        self.times, self.cpu, self.rss = [], [], []
        if not cold:
            subprocess.run(self.command, env=self.env, cwd=tree, stdout=subprocess.DEVNULL,
                           check=False)

    def run(self) -> None:
        if self.new_article is not None:  # the same article, front matter never read before
            self.command[4] = str(self.new_article)
            text = (self.tree / SEED).read_text(encoding="utf-8")
            self.new_article.write_text(text.replace(
                "\n", f"\n# copy {len(self.times)} {time.time_ns()}\n", 1), encoding="utf-8")
        if self.cold:
            fresh = tempfile.mkdtemp(prefix="factcheck-bench-cache-")
            self.env["FACTCHECK_CACHE_DIR"] = self.env["XDG_CACHE_HOME"] = fresh
        started = time.perf_counter()
        process = subprocess.Popen(self.command, env=self.env, cwd=self.tree,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stderr = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        self.times.append(time.perf_counter() - started)
        self.cpu.append(usage.ru_utime + usage.ru_stime)
        self.rss.append(usage.ru_maxrss / 1024)  # kB on Linux
        code = os.waitstatus_to_exitcode(status)
        process.returncode = code
        if code not in (0, 1):
            raise SystemExit(f"factcheck failed ({code}): {stderr.decode()[-500:]}")


def time_runs(trees: list[Path], runs: int, cold: bool, reference: list[str],
              cache: str | None = None, new_article: bool = False) -> list[Runner]:
    """Runs of each checkout taken in turn (A B A B ...), so load on a shared machine falls
    on all of them alike."""
    runners = [Runner(tree, cold, reference, cache, new_article=new_article) for tree in trees]
    for _ in range(runs):
        for runner in runners:
            runner.run()
    return runners


def export_commit(rev: str) -> Path:
    """The files of commit `rev` of this repository, in a temporary folder of their own."""
    folder = Path(tempfile.mkdtemp(prefix=f"factcheck-bench-{rev.replace('/', '-')}-"))
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=False)
    if archive.returncode:
        raise SystemExit(f"git archive {rev}: {archive.stderr.decode().strip()}")
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


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


def summary(times: list[float], cpu: list[float], rss: list[float] | None = None) -> dict:
    """Wall-clock figures, and CPU time (user + system), which other load on the machine
    disturbs far less than the wall clock; and the peak resident memory of a run."""
    ordered = sorted(times)
    figures = {"runs": len(times), "median_ms": round(1000 * statistics.median(times), 1),
               "p90_ms": round(1000 * ordered[int(0.9 * (len(ordered) - 1))], 1),
               "min_ms": round(1000 * ordered[0], 1),
               "cpu_median_ms": round(1000 * statistics.median(cpu), 1),
               "cpu_min_ms": round(1000 * min(cpu), 1)}
    if rss:
        figures["peak_rss_mb_max"] = round(max(rss), 1)
    return figures


def compare_name_engines(mb: float, repeat: int = 5, extra_names: int = 0) -> dict:
    """CPU ms to set up (beyond the spellings all engines share: `index_ms`) and to scan for
    each engine of subjects.SubjectIndex, same hits checked.
    `extra_names` adds that many made-up place names (as a large gazetteer would)."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate_text

    from factcheck import subjects
    from factcheck.reference import load_reference

    reference = load_reference()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.md"))]
    text = "\n\n".join(texts) + "\n\n" + generate_text(int(mb * 1e6), 2016)
    known = dict(reference.subjects)
    if extra_names:
        import dataclasses
        import random
        rng = random.Random(5)
        syllables = ["ka", "lo", "mi", "ra", "tu", "ven", "dor", "sal", "bi", "qu", "nor", "ela"]
        for n in range(extra_names):
            name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).title()
            if rng.random() < 0.3:
                name += " " + rng.choice(["District", "Valley", "North", "Hills"])
            known[f"x{n}"] = dataclasses.replace(next(iter(reference.subjects.values())),
                                                 id=f"x{n}", name=name, type="city",
                                                 aliases=(), parent=None)
    started = time.process_time()
    index = subjects.SubjectIndex(known)
    built = time.process_time() - started
    started = time.process_time()
    subjects._sizes_by_first_word(index._spelling)
    setup = {"words": time.process_time() - started}
    started = time.process_time()
    compiled = {"regex": subjects._name_pattern(index._spelling)}
    setup["regex"] = time.process_time() - started
    started = time.process_time()
    compiled["re"] = subjects._std_name_pattern(index._spelling)
    setup["re"] = time.process_time() - started
    scans = {"words": lambda: index._words(text),
             "re": lambda: index._matches(compiled["re"], text),
             "regex": lambda: index._matches(compiled["regex"], text)}
    results, hits = {}, {}
    for name, scan in scans.items():
        best = float("inf")
        for _ in range(repeat):
            started = time.process_time()
            hits[name] = [(h.start, h.end) for h in scan()]
            best = min(best, time.process_time() - started)
        results[name] = {"setup_ms": round(1000 * setup[name], 1), "scan_ms": round(1000 * best, 1),
                         "scan_us_per_kb": round(1e6 * best / (len(text) / 1000), 2),
                         "names_found": len(hits[name])}
    same = hits["words"] == hits["regex"] and (
        hits["re"] == hits["regex"] or not subjects._engines_agree(text))
    results["index_ms"] = round(1000 * built, 1)  # every name's spellings, for all engines
    results["chars"] = len(text)
    results["names"] = len(index._spelling)
    results["same_hits"] = same
    results["regex_scan_over_re"] = round(results["regex"]["scan_ms"] / results["re"]["scan_ms"], 2)
    results["regex_scan_over_words"] = round(
        results["regex"]["scan_ms"] / results["words"]["scan_ms"], 2)
    if not same:
        raise SystemExit("the engines found different names: " + json.dumps(results))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--tree", action="append", default=[],
                        help="checkout to time besides this one (repeatable)")
    parser.add_argument("--commit", action="append", default=[], metavar="REV",
                        help="commit of this repository to time besides this checkout "
                             "(exported with git archive; repeatable)")
    parser.add_argument("--cold", action="store_true", help="empty cache folder for every run")
    parser.add_argument("--new-article", action="store_true",
                        help="every run checks a copy of the seed with front matter not read before")
    parser.add_argument("--peer", action="store_true",
                        help="also time quantulum3 (bench/requirements.txt) on the same article")
    parser.add_argument("--reference", action="append", default=[], metavar="DIR")
    parser.add_argument("--reuse-cache", metavar="DIR",
                        help="cache folder to use (e.g. one holding a store already built)")
    parser.add_argument("--names", action="store_true",
                        help="compare the subject-name engines instead (in this process)")
    parser.add_argument("--mb", type=float, default=1.0, help="generated text for --names")
    parser.add_argument("--extra-names", type=int, default=0,
                        help="--names with this many made-up place names added")
    args = parser.parse_args()
    if args.names:
        print(json.dumps(compare_name_engines(args.mb, extra_names=args.extra_names), indent=2))
        return
    results = {}
    trees = [ROOT] + [Path(t).resolve() for t in args.tree]
    names = {ROOT: str(ROOT)} | {t: str(t) for t in trees[1:]}
    for rev in args.commit:
        trees.append(export_commit(rev))
        names[trees[-1]] = f"commit {rev}"
    results["load_average_before"] = load_average()
    print(f"load average (1, 5, 15 min) before: {results['load_average_before']}", flush=True)
    for runner in time_runs(trees, args.runs, args.cold, args.reference, args.reuse_cache,
                            args.new_article):
        tree = names[runner.tree]
        results[tree] = summary(runner.times, runner.cpu, runner.rss)
        print(f"{tree:<40} " + "  ".join(f"{k}={v}" for k, v in results[tree].items()),
              flush=True)
    results["load_average_after"] = load_average()
    print(f"load average after: {results['load_average_after']}", flush=True)
    if args.peer:
        results["quantulum3"] = summary(*time_peer(args.runs))
        print(f"{'quantulum3 parse':<40} " + "  ".join(
            f"{k}={v}" for k, v in results["quantulum3"].items()), flush=True)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
