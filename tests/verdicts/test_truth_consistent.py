"""The verdict benchmark is well formed and its committed truth is what the truth script computes.

The truth script reads only the reference CSVs (no checker code), so these tests guard the
benchmark itself: its size and spread, and that every claim's verdict is the one it was written
to have (a false figure is contradicted, a true one supported, a non-claim unverifiable).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _load_truth():
    spec = importlib.util.spec_from_file_location("verdict_truth", HERE / "truth.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


truth = _load_truth()

# What each design (how the claim was written) must come out as: verdict, and reason if fixed.
DESIGN_VERDICTS = {
    "true": ("supported", None),
    "wrong-figure": ("contradicted", "differs"),
    "wrong-year": ("contradicted", "differs"),
    "wrong-subject": ("contradicted", "differs"),
    "magnitude-slip": ("contradicted", "magnitude-slip"),
    "exceeds-population": ("contradicted", "exceeds-population"),
    "out-of-date": ("unverifiable", "no-value-in-force"),
    "not-checkable": ("unverifiable", None),
}


@pytest.fixture(scope="module")
def passages():
    return truth.load_passages()


@pytest.fixture(scope="module")
def results(passages):
    return truth.compute(passages)


def test_recomputing_gives_the_committed_truth(results):
    committed = (HERE / "expected.jsonl").read_text(encoding="utf-8")
    assert truth.render(results) == committed, "run: python tests/verdicts/truth.py"


def test_every_claim_gets_the_verdict_it_was_written_for(results):
    wrong = []
    for r in results:
        verdict, reason = DESIGN_VERDICTS[r["design"]]
        if r["verdict"] != verdict or (reason and r["reason"] != reason):
            wrong.append((r["passage"], r["surface"], r["design"], r["verdict"], r["reason"]))
    assert not wrong


def test_size_and_spread(passages, results):
    assert len(passages) >= 300
    assert len(results) >= 400
    countries = {r["subject"] for r in results
                 if r["subject"] and len(r["subject"]) == 3 and r["subject"].isupper()}
    assert len(countries) >= 40
    verdicts = Counter(r["verdict"] for r in results)
    false_share = verdicts["contradicted"] / len(results)
    assert 0.28 <= false_share <= 0.40, false_share
    assert verdicts["unverifiable"] >= 20
    measures = Counter(r["measure"] for r in results)
    for measure in ("population", "refugees", "idps", "displaced", "deaths", "duration"):
        assert measures[measure] >= 5, measure
    assert sum(1 for p in passages for c in p["claims"] if c.get("proportion_of")) >= 20
    slips = Counter(r["slip"]["kind"] for r in results if r.get("slip"))
    assert {"lakh-million", "crore-billion", "thousand-lakh", "power-of-ten"} <= set(slips)


def test_passages_are_well_formed(passages):
    ids = [p["id"] for p in passages]
    assert len(ids) == len(set(ids))
    for p in passages:
        assert set(p) == {"id", "date", "locale", "text", "claims", "non_claims"}, p["id"]
        assert p["claims"], p["id"]
        spans = [(c["start"], c["start"] + len(c["surface"])) for c in p["claims"]]
        for surface in p["non_claims"]:
            start = p["text"].find(surface)
            assert start >= 0, (p["id"], surface)
            assert not any(a < start + len(surface) and start < b for a, b in spans), p["id"]
        for claim in p["claims"]:
            start = claim["start"]
            assert p["text"][start:start + len(claim["surface"])] == claim["surface"], p["id"]
            assert claim["design"] in DESIGN_VERDICTS, (p["id"], claim["design"])
            assert claim["bound"] == truth.QUALIFIERS[claim["qualifier"]], p["id"]


def test_surface_reader_table():
    """The benchmark's own small number reader, on the forms the passages use."""
    cases = [
        ("54 million", None, False, 54_000_000, 1_000_000),
        ("2,31,819", None, False, 231_819, 1),
        ("4.4 crore", None, False, 44_000_000, 1_000_000),
        ("1.45 lakh", None, False, 145_000, 1_000),
        ("half a million", None, False, 500_000, 100_000),
        ("nine million", None, False, 9_000_000, 1_000_000),
        ("eight-hour", "duration", False, 8, 1),
        ("one in five", None, True, truth.Fraction(1, 5), None),
        ("23.5 percent", None, True, truth.Fraction(235, 1000), truth.Fraction(1, 1000)),
    ]
    for surface, measure, share, value, unit in cases:
        read = truth.read_surface(surface, measure, share)
        assert read["value"] == value, surface
        assert read["unit"] == unit, surface


def test_precision_rule_table():
    """Tolerances follow the written form: last digit, relative floor, share points."""
    F = truth.Fraction
    count = truth.read_surface("10 million", None, False)
    assert truth.tolerance(F(10_000_000), count, "exact") == 500_000
    precise = truth.read_surface("301,781", None, False)
    assert truth.tolerance(F(301_781), precise, "exact") == F(301_781, 100)
    # a bound on a count is a threshold: "more than 1 million" is not met by 759,000
    million = truth.read_surface("1 million", None, False)
    t = truth.tolerance(F(10**6), million, "lower")
    assert t == 10_000
    assert not truth.accepts(F(10**6), t, "lower", "more than", F(759_000), F(759_000))
    assert truth.accepts(F(10**6), t, "lower", "more than", F(995_000), F(995_000))
    half = truth.read_surface("half", None, True)
    assert truth.tolerance(F(1, 2), half, "exact") == F(25, 1000)
    assert truth.tolerance(F(1, 2), half, "approx") == F(5, 100)
    # "nearly half" is met by 46% but not by 40% or 53%
    t = truth.tolerance(F(1, 2), half, "upper")
    assert truth.accepts(F(1, 2), t, "upper", "nearly", F(46, 100), F(46, 100))
    assert not truth.accepts(F(1, 2), t, "upper", "nearly", F(40, 100), F(40, 100))
    assert not truth.accepts(F(1, 2), t, "upper", "nearly", F(53, 100), F(53, 100))


def test_truth_shares_no_code_with_the_checker():
    """truth.py imports the standard library only, so its verdicts are reached independently."""
    tree = ast.parse((HERE / "truth.py").read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    imported.discard("__future__")
    assert imported <= set(sys.stdlib_module_names), imported - set(sys.stdlib_module_names)


def test_every_verdict_reason_occurs(results):
    reasons = {(r["verdict"], r["reason"]) for r in results}
    contradicted = ("differs", "magnitude-slip", "exceeds-population")
    unverifiable = ("no-measure", "no-subject", "part-of-whole", "host-count", "flow",
                    "no-reference-figure", "no-value-in-force", "no-event-start",
                    "no-conversion")
    expected = {("supported", None)} | {("contradicted", r) for r in contradicted} | {
        ("unverifiable", r) for r in unverifiable}
    assert reasons == expected


def test_committed_file_is_json_lines():
    for number, line in enumerate((HERE / "expected.jsonl").read_text().splitlines(), 1):
        json.loads(line)


# --- the unseen set: passages written without reading the checker, scored separately ----------
UNSEEN_SOURCE, UNSEEN_TARGET = truth.SETS["unseen"]


@pytest.fixture(scope="module")
def unseen_passages():
    return truth.load_passages(UNSEEN_SOURCE)


@pytest.fixture(scope="module")
def unseen_results(unseen_passages):
    return truth.compute(unseen_passages)


def test_unseen_truth_is_committed(unseen_results):
    committed = UNSEEN_TARGET.read_text(encoding="utf-8")
    assert truth.render(unseen_results) == committed, "run: python tests/verdicts/truth.py"


def test_unseen_claims_get_the_verdict_they_were_written_for(unseen_results):
    wrong = [(r["passage"], r["surface"], r["design"], r["verdict"], r["reason"])
             for r in unseen_results
             if r["verdict"] != DESIGN_VERDICTS[r["design"]][0]
             or (DESIGN_VERDICTS[r["design"]][1]
                 and r["reason"] != DESIGN_VERDICTS[r["design"]][1])]
    assert not wrong


def test_unseen_size_and_spread(unseen_passages, unseen_results):
    assert len(unseen_passages) >= 120
    ids = {p["id"] for p in unseen_passages}
    assert len(ids) == len(unseen_passages)
    assert not ids & {p["id"] for p in truth.load_passages()}
    countries = {r["subject"] for r in unseen_results
                 if r["subject"] and len(r["subject"]) == 3 and r["subject"].isupper()}
    assert len(countries) >= 40
    verdicts = Counter(r["verdict"] for r in unseen_results)
    assert 0.25 <= verdicts["contradicted"] / len(unseen_results) <= 0.40
    assert verdicts["unverifiable"] >= 20


def test_unseen_passages_are_well_formed(unseen_passages):
    test_passages_are_well_formed(unseen_passages)


# --- the fresh set: a third set in wire and newspaper style, also written without the checker ---
FRESH_SOURCE, FRESH_TARGET = truth.SETS["fresh"]


@pytest.fixture(scope="module")
def fresh_passages():
    return truth.load_passages(FRESH_SOURCE)


@pytest.fixture(scope="module")
def fresh_results(fresh_passages):
    return truth.compute(fresh_passages)


def test_fresh_truth_is_committed(fresh_results):
    committed = FRESH_TARGET.read_text(encoding="utf-8")
    assert truth.render(fresh_results) == committed, "run: python tests/verdicts/truth.py"


def test_fresh_claims_get_the_verdict_they_were_written_for(fresh_results):
    wrong = [(r["passage"], r["surface"], r["design"], r["verdict"], r["reason"])
             for r in fresh_results
             if r["verdict"] != DESIGN_VERDICTS[r["design"]][0]
             or (DESIGN_VERDICTS[r["design"]][1]
                 and r["reason"] != DESIGN_VERDICTS[r["design"]][1])]
    assert not wrong


def test_fresh_size_and_spread(fresh_passages, fresh_results):
    assert len(fresh_passages) >= 150
    assert len(fresh_results) >= 180
    ids = {p["id"] for p in fresh_passages}
    assert len(ids) == len(fresh_passages)
    assert not ids & {p["id"] for p in truth.load_passages()}
    assert not ids & {p["id"] for p in truth.load_passages(UNSEEN_SOURCE)}
    countries = {r["subject"] for r in fresh_results
                 if r["subject"] and len(r["subject"]) == 3 and r["subject"].isupper()}
    assert len(countries) >= 45
    verdicts = Counter(r["verdict"] for r in fresh_results)
    assert 0.25 <= verdicts["contradicted"] / len(fresh_results) <= 0.40
    assert verdicts["unverifiable"] >= 20
    measures = Counter(r["measure"] for r in fresh_results)
    for measure in ("population", "refugees", "idps", "displaced", "deaths", "duration", "gdp"):
        assert measures[measure] >= 5, measure
    assert sum(1 for p in fresh_passages for c in p["claims"] if c.get("proportion_of")) >= 10
    slips = Counter(r["slip"]["kind"] for r in fresh_results if r.get("slip"))
    assert {"lakh-million", "crore-billion", "thousand-lakh", "power-of-ten"} <= set(slips)
    designs = Counter(r["design"] for r in fresh_results)
    for design in DESIGN_VERDICTS:
        assert designs[design] >= 3, design
    locales = Counter(p["locale"] for p in fresh_passages)
    assert 0.10 <= locales["en_IN"] / len(fresh_passages) <= 0.25
    years = {p["date"][:4] for p in fresh_passages}
    assert {str(y) for y in range(2016, 2026)} <= years


def test_fresh_passages_are_well_formed(fresh_passages):
    test_passages_are_well_formed(fresh_passages)
