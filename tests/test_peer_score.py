"""Scoring find_mentions against gold mention sets: the matching rules, and floors on the peer set.

The peer set (Recognizers-Text English) is scored by ../shared/peers/score.py, the scorer held-out
sets are scored with, called in process on the JSON `factcheck extract --format jsonl` prints; the
tests skip where ../shared is absent. The floors sit just below what the extractor reaches, so a
change that loses mentions or misreads values fails here. Raise them when the extractor gets better.
"""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions
from factcheck.model import Bound, Kind, Mention
from factcheck.scoring import (MISSED, SPURIOUS, WRONG_KIND, WRONG_VALUE, match_spans, parse_case,
                               same_number, score_case, values_agree)
from factcheck.serialize import mention_to_dict

PEERS = Path(__file__).resolve().parents[2] / "shared" / "peers"
PEER_GOLD = PEERS / "recognizers-text-en.jsonl"

# Floors on the official scorer's figures, just below what the extractor reaches (rounded down
# to 0.01). Reached when set: TP 419, FP 40, FN 41: P 0.913, R 0.911, F1 0.912, values 0.929.
FLOORS = {"precision": 0.91, "recall": 0.91, "f1": 0.91, "value_accuracy": 0.92}


def _span(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def _gold(text: str, surface: str, kind: str, value=None, *, low=None, high=None, unit=None):
    start, end = _span(text, surface)
    return {"surface": surface, "start": start, "end": end, "kind": kind, "value": value,
            "low": low, "high": high, "unit": unit}


def _predicted(text: str, surface: str, kind: Kind, value=None, *, low=None, high=None,
               unit=None, bound=Bound.EXACT) -> Mention:
    start, end = _span(text, surface)
    dec = lambda v: None if v is None else Decimal(v)  # noqa: E731
    return Mention(start=start, end=end, text=surface, kind=kind, value=dec(value), low=dec(low),
                   high=dec(high), unit=unit, bound=bound)


def _failures(score) -> list[tuple[str, str]]:
    return sorted((f.cls, f.label) for f in score.failures)


# --- matching on hand-made cases ----------------------------------------------------------------

EXHAUSTIVE_TEXT = "Some 1,500 people fled in 3 days, two thirds of them, and 12 more on Route 9."


def _exhaustive_case(**extra):
    t = EXHAUSTIVE_TEXT
    return parse_case({
        "id": "hand-exhaustive", "source": "hand:Exhaustive.json", "text": t, "locale": "en-US",
        "mentions": [_gold(t, "1,500", "number", "1500"),
                     _gold(t, "3 days", "duration", "3", unit="day"),
                     _gold(t, "two thirds", "fraction", "0.666666666666667"),
                     _gold(t, "12", "number", "12")],
        **extra})


def _exhaustive_predictions():
    t = EXHAUSTIVE_TEXT
    return [_predicted(t, "1,500", Kind.COUNT, "1500"),  # a count is a number
            _predicted(t, "3 days", Kind.DURATION, "72", unit="hour"),  # same time, other unit
            _predicted(t, "12", Kind.NUMBER, "13"),  # wrong value
            _predicted(t, "9", Kind.IDENTIFIER, "9")]  # not annotated: a false positive


def test_exhaustive_case_counts_every_unmatched_prediction():
    score = score_case(_exhaustive_case(), _exhaustive_predictions())
    assert (score.gold, score.predicted, score.matched) == (4, 4, 3)
    assert score.precision == Fraction(3, 4)
    assert score.recall == Fraction(3, 4)
    assert score.value_accuracy == Fraction(2, 3)
    assert score.kind_accuracy == 1
    assert _failures(score) == [(MISSED, "fraction"), (SPURIOUS, "identifier"),
                                (WRONG_VALUE, "number")]


def test_ignore_spans_are_not_scored():
    t = EXHAUSTIVE_TEXT
    score = score_case(_exhaustive_case(ignore=[list(_span(t, "Route 9"))]),
                       _exhaustive_predictions())
    assert (score.predicted, score.matched) == (3, 3)
    assert score.precision == 1


NON_EXHAUSTIVE_TEXT = "Between 20 and 30 people came; 5 left on the 2nd day."


def _non_exhaustive_case():
    t = NON_EXHAUSTIVE_TEXT
    return parse_case({
        "id": "hand-ranges", "source": "hand:Ranges.json", "text": t, "locale": "en-US",
        "exhaustive": False,
        "mentions": [_gold(t, "Between 20 and 30", "range", low="20", high="30")]})


def test_non_exhaustive_case_ignores_predictions_away_from_gold():
    t = NON_EXHAUSTIVE_TEXT
    predictions = [_predicted(t, "Between 20 and 30", Kind.RANGE, low="20", high="30"),
                   _predicted(t, "5", Kind.COUNT, "5"),  # overlaps no gold span: not counted
                   _predicted(t, "2nd", Kind.ORDINAL, "2")]
    score = score_case(_non_exhaustive_case(), predictions)
    assert (score.gold, score.predicted, score.matched) == (1, 1, 1)
    assert score.precision == score.recall == score.value_accuracy == score.kind_accuracy == 1
    assert score.failures == []


def test_non_exhaustive_case_counts_a_split_range_against_precision():
    t = NON_EXHAUSTIVE_TEXT
    predictions = [_predicted(t, "20", Kind.NUMBER, "20"), _predicted(t, "30", Kind.NUMBER, "30"),
                   _predicted(t, "5", Kind.COUNT, "5")]
    score = score_case(_non_exhaustive_case(), predictions)
    # "20" and "30" overlap the gold range equally: the first wins, the second is a false
    # positive because it lies inside a gold span; "5" lies outside and is not counted.
    assert (score.gold, score.predicted, score.matched) == (1, 2, 1)
    assert score.precision == Fraction(1, 2)
    assert score.recall == 1
    assert score.value_accuracy == 0
    assert _failures(score) == [(SPURIOUS, "number (inside a gold span)"),
                                (WRONG_KIND, "range read as number"),
                                (WRONG_VALUE, "range (prediction covers part of the gold span)")]


def test_matching_is_one_to_one_and_prefers_the_larger_overlap():
    assert match_spans([(0, 10)], [(0, 3), (2, 10)]) == [(0, 1)]
    assert match_spans([(0, 4), (5, 9)], [(0, 9)]) == [(0, 0)]
    assert match_spans([(0, 4)], [(4, 8)]) == []


def test_long_gold_values_accept_one_unit_in_the_last_digit():
    two_thirds = Decimal("0.666666666666667")
    assert same_number(two_thirds, Decimal(2) / Decimal(3))
    assert same_number(two_thirds, Decimal("0.666666666666666"))
    assert not same_number(two_thirds, Decimal("0.666666666666665"))
    assert not same_number(Decimal("0.667"), Decimal(2) / Decimal(3))


@pytest.mark.parametrize("gold_value,gold_unit,value,unit,agree", [
    ("1", "year", "365", "day", True),  # pint's year is 365.25 days: within 2%
    ("2", "decade", "20", "year", True),
    ("1", "fortnight", "14", "day", True),
    ("1", "month", "4", "week", False),  # 28 days is 8% short of a month
    ("1.5", "hour", "90", "minute", True),
    ("1.5", "hour", "89", "minute", False),  # no tolerance below calendar units
])
def test_durations_compare_in_seconds(gold_value, gold_unit, value, unit, agree):
    text = "x" * 10
    gold = parse_case({"text": text, "mentions": [
        {"start": 0, "end": 5, "kind": "duration", "value": gold_value, "unit": gold_unit}]})
    predicted = Mention(0, 5, "xxxxx", Kind.DURATION, value=Decimal(value), unit=unit)
    assert values_agree(gold.mentions[0], predicted) is agree


def test_a_one_sided_bound_reads_as_an_open_range():
    text = "more than 30"
    case = parse_case({"text": text, "exhaustive": False,
                       "mentions": [_gold(text, text, "range", low="30")]})
    predicted = _predicted(text, text, Kind.NUMBER, "30", bound=Bound.LOWER)
    score = score_case(case, [predicted])
    assert score.value_accuracy == score.kind_accuracy == 1


# --- the peer set, scored by the official scorer -----------------------------------------------

def _official_scorer():
    """../shared/peers/score.py as a module, or None where ../shared is absent (a user's clone)."""
    path = PEERS / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("peer_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def official():
    scorer = _official_scorer()
    if scorer is None or not PEER_GOLD.is_file():
        pytest.skip(f"peer gold set or scorer not present in {PEERS}")
    return scorer


def score_set(official, cases: list[dict]) -> dict:
    """Gold cases scored case by case as `score.py --cmd 'factcheck extract --format jsonl -'`
    does, in process: the same JSON the command prints, the same matching rules."""
    nonquantity = official.nonquantity_kinds(cases)
    total, by_kind, errors = official.Tally(), defaultdict(official.Tally), []
    for case in cases:
        predicted = [mention_to_dict(m) for m in find_mentions(case["text"])]
        total.add(official.score_case(case, official.validate(predicted, case["text"]), by_kind,
                                      errors, nonquantity))
    precision, recall, f1, value_accuracy = total.prf()
    return {"precision": precision, "recall": recall, "f1": f1,
            "value_accuracy": value_accuracy, "cases": len(cases), "gold": total.gold,
            "tp": total.tp, "fp": total.fp, "fn": total.fn, "errors": errors}


@pytest.fixture(scope="module")
def official_score(official):
    """The dev set, scored by the official rules."""
    return score_set(official, [json.loads(line) for line in
                                PEER_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()])


def test_official_scorer_rules_hold(official):
    assert official.selftest() == []


def test_peer_set_is_scored_in_full(official_score):
    assert official_score["cases"] > 0 and official_score["gold"] > 0


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_peer_score_stays_above_floor(official_score, measure):
    reached = official_score[measure]
    assert reached >= FLOORS[measure], (
        f"{measure} fell to {reached:.3f} (floor {FLOORS[measure]}); run "
        f"`.venv/bin/python {PEERS / 'score.py'} {PEER_GOLD} --cmd '.venv/bin/factcheck extract "
        f"--format jsonl -' --errors 50` to see which failures grew")
