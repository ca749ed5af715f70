"""The reference store at the size of a full statistical database: 10 million synthetic facts.

Writes a dataset of INDICATORS x the bundled countries x YEARS facts (default 1,500 x 224 x 30,
about 10 million) as one tidy CSV with a datapackage.json that declares every indicator as a
measure with a phrase of its own, then measures:

* build: compiling the bundled data and the synthetic dataset into a store (validation included);
* size: the store file, and the CSV it came from;
* open: loading the reference once the store is built (what every later run pays);
* lookup: facts for one (subject, measure), p50 and p99 over random keys, in one process;
* whole process: `factcheck check` on the seed article with the dataset loaded
  (bench/bench_startup.py with --reference): wall and CPU time, peak resident memory.

    nice -n 19 python bench/bench_store.py --out bench/out/store10m
    python bench/bench_store.py --indicators 15 --out /tmp/store-small   # a quick try
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def countries() -> list[str]:
    with open(ROOT / "reference" / "subjects" / "countries.csv", encoding="utf-8") as handle:
        return [row["id"] for row in csv.DictReader(handle)]


def write_dataset(folder: Path, indicators: int, years: int, seed: int = 7) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    codes = countries()
    rng = random.Random(seed)
    measures = [{"id": f"indicator_{i:04d}", "label": f"synthetic indicator {i}",
                 "kind": "count", "type": "stock", "phrases": [f"synthetic indicator {i:04d}"]}
                for i in range(indicators)]
    descriptor = {
        "name": "synthetic", "title": "Synthetic indicators (benchmark)",
        "factcheck": {"measures": measures},
        "resources": [{"name": "facts", "path": "facts.csv", "factcheck": {
            "role": "facts", "publisher": "Synthetic statistics office",
            "url": "https://example.org/synthetic",
            "columns": {"subject": "country", "measure": "indicator", "time": "year",
                        "value": "value"}}}],
    }
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=1), encoding="utf-8")
    rows = 0
    with open(folder / "facts.csv", "w", encoding="utf-8", newline="") as handle:
        handle.write("country,indicator,year,value\n")
        for m in measures:
            lines = []
            for code in codes:
                for year in range(2024 - years, 2024):
                    lines.append(f"{code},{m['id']},{year},{rng.randrange(1, 10**9)}.{rng.randrange(100):02d}\n")
            handle.writelines(lines)
            rows += len(lines)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=1500)
    parser.add_argument("--years", type=int, default=30)
    parser.add_argument("--lookups", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=10, help="whole-process runs")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "store10m")
    args = parser.parse_args()

    dataset = args.out / "dataset"
    cache = args.out / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    os.environ["FACTCHECK_CACHE_DIR"] = str(cache)
    for old in cache.glob("reference-*.sqlite"):
        old.unlink()
    started = time.perf_counter()
    rows = write_dataset(dataset, args.indicators, args.years)
    results = {"facts": rows, "write_csv_s": round(time.perf_counter() - started, 1),
               "csv_mb": round((dataset / "facts.csv").stat().st_size / 1e6, 1)}
    print(json.dumps(results), flush=True)

    from factcheck.reference import load_reference
    started = time.perf_counter()
    reference = load_reference([dataset])
    results["build_s"] = round(time.perf_counter() - started, 1)
    results["build_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    [store] = cache.glob("reference-*.sqlite")
    results["store_mb"] = round(store.stat().st_size / 1e6, 1)
    print(json.dumps(results), flush=True)

    opens = []
    for _ in range(5):
        started = time.perf_counter()
        load_reference([dataset]).store.close()
        opens.append(time.perf_counter() - started)
    results["open_ms_median"] = round(1000 * statistics.median(opens), 1)

    rng = random.Random(1)
    codes = countries()
    keys = [(rng.choice(codes), f"indicator_{rng.randrange(args.indicators):04d}")
            for _ in range(args.lookups)]
    times = []
    for subject, measure in keys:
        started = time.perf_counter()
        found = reference.store.facts(subject, measure)
        times.append(time.perf_counter() - started)
        assert len(found) == args.years, (subject, measure, len(found))
    times.sort()
    results["lookup_us_p50"] = round(1e6 * times[len(times) // 2], 1)
    results["lookup_us_p99"] = round(1e6 * times[int(len(times) * 0.99)], 1)
    print(json.dumps(results), flush=True)

    done = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_startup.py"), "--runs",
                           str(args.runs), "--reference", str(dataset), "--reuse-cache",
                           str(cache)], capture_output=True, text=True)
    figures = json.loads(done.stdout[done.stdout.index("{"):]) if "{" in done.stdout else {}
    results["whole_process"] = next(iter(figures.values()), done.stderr[-500:])
    print(json.dumps(results, indent=2), flush=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
