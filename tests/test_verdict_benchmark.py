"""The checker's verdicts on the verdict benchmark (tests/verdicts/), scored against the truth
computed from the reference data by tests/verdicts/truth.py. The floors only ever rise: raise
them when the checker gets better (python tests/verdict_scoring.py prints the figures)."""

import pytest

import verdict_scoring

AGREEMENT_FLOOR = 0.95
SLIPS_NAMED_FLOOR = 0.96

pytestmark = pytest.mark.skipif(not verdict_scoring.available(), reason="no verdict benchmark")


@pytest.fixture(scope="module")
def score(reference):
    return verdict_scoring.score(reference)


def test_benchmark_is_large_enough(score):
    assert score.claims >= 200


def test_no_false_contradicted(score):
    assert score.false_contradicted == 0, "\n".join(
        w for w in score.wrong if "checker contradicted" in w)


def test_no_false_supported(score):
    assert score.false_supported == 0, "\n".join(w for w in score.wrong if "checker supported" in w)


def test_agreement_floor(score):
    assert score.agreement >= AGREEMENT_FLOOR, score.summary()


def test_slips_named_floor(score):
    assert score.slip_rate >= SLIPS_NAMED_FLOOR, score.summary()
