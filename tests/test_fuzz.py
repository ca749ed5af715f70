"""Fuzzing every public entry point with hostile input (tests/fuzzing.py): nothing but the
documented error types, and every call within a bounded number of operations.

The budget here is small, so that the suite stays quick; tests/fuzz/long_run.py runs the same
targets for as long as it is given. Every reproducer either has found is in
tests/fuzz/corpus.jsonl and is replayed here on every run.
"""

import pytest
from hypothesis import HealthCheck, given, settings

import fuzzing

EXAMPLES = {"cli": 6, "reference": 15, "claims": 25}
"""Examples per target; the command line and reference loading read the bundled data each time."""
MAX_CALLS = 5_000_000
"""Function calls one fuzzed input may cost. Inputs are at most a few hundred characters; a
quadratic scan or a runaway expansion of any of them costs far more than this."""


def _bounded(fn, value):
    _, calls = fuzzing.count_calls(fn, value)
    assert calls < MAX_CALLS, f"{calls:,} calls for one input"


def _fuzz_test(name):
    strategy, fn = fuzzing.TARGETS[name]

    @settings(max_examples=EXAMPLES.get(name, 40), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def test(value):
        _bounded(fn, value)

    test.__name__ = f"test_fuzz_{name}"
    return test


for _name in fuzzing.TARGETS:
    globals()[f"test_fuzz_{_name}"] = _fuzz_test(_name)


@pytest.mark.parametrize("case", fuzzing.load_corpus(),
                         ids=lambda case: f"{case['target']}:{case['found'][:40]}")
def test_reproducers(case):
    """Every input that once crashed or hung factcheck now passes its target."""
    _, fn = fuzzing.TARGETS[case["target"]]
    _bounded(fn, fuzzing.decode_input(case["input"]))


def test_corpus_is_replayed():
    cases = fuzzing.load_corpus()
    assert len(cases) >= 10 and {c["target"] for c in cases} >= {"readers", "mentions", "cli"}
