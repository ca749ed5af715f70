"""The news mention set (tests/mentions/news.jsonl): its file is well formed, and factcheck's
score on it, by the official scorer, stays above floors.

The set is real-news-style copy (wire, business, Indian and British papers, sports, science,
courts, elections), annotated by the rules in tests/mentions/README.md. It is scored the way the
peer dev set is in test_peer_score.py, reusing that module's in-process scoring, so the figures
are those `score.py tests/mentions/news.jsonl --cmd 'factcheck extract --format jsonl -'` prints.
"""

from __future__ import annotations

import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions
from factcheck.serialize import mention_to_dict
from test_peer_score import PEERS, _official_scorer

NEWS_GOLD = Path(__file__).resolve().parent / "mentions" / "news.jsonl"

# Floors just below what the extractor reaches (rounded down to 0.01). Reached when set:
# TP 701, FP 32, FN 20: P 0.956, R 0.972, F1 0.964, values 0.979.
FLOORS = {"precision": 0.95, "recall": 0.97, "f1": 0.96, "value_accuracy": 0.97}


def _cases() -> list[dict]:
    return [json.loads(line) for line in NEWS_GOLD.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def test_news_set_is_well_formed():
    cases = _cases()
    assert len({c["id"] for c in cases}) == len(cases)
    for case in cases:
        text = case["text"]
        assert case["exhaustive"] is True
        for m in case["mentions"]:
            assert text[m["start"]:m["end"]] == m["surface"], (case["id"], m["surface"])
            for field in ("value", "low", "high"):
                if m[field] is not None:
                    assert Decimal(m[field]).is_finite(), (case["id"], field, m[field])
            if m["kind"] == "range":
                assert m["value"] is None and (m["low"] is not None or m["high"] is not None)
            else:
                assert m["value"] is not None, (case["id"], m["surface"])
            assert m["kind"] not in {"year", "date", "time", "identifier", "ordinal"}, (
                "a non-quantity gold mention can never be matched: leave it unannotated")
        for start, end in case.get("ignore", []):
            assert 0 <= start < end <= len(text)


@pytest.fixture(scope="module")
def news_score():
    official = _official_scorer()
    if official is None:
        pytest.skip(f"official scorer not present in {PEERS}")
    cases = _cases()
    nonquantity = official.nonquantity_kinds(cases)
    total, by_kind, errors = official.Tally(), defaultdict(official.Tally), []
    for case in cases:
        predicted = [mention_to_dict(m) for m in find_mentions(case["text"])]
        total.add(official.score_case(case, official.validate(predicted, case["text"]), by_kind,
                                      errors, nonquantity))
    precision, recall, f1, value_accuracy = total.prf()
    return {"precision": precision, "recall": recall, "f1": f1, "value_accuracy": value_accuracy,
            "tp": total.tp, "fp": total.fp, "fn": total.fn, "gold": total.gold}


def test_news_set_is_scored_in_full(news_score):
    assert news_score["gold"] == sum(len(c["mentions"]) for c in _cases())


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_news_score_stays_above_floor(news_score, measure):
    reached = news_score[measure]
    assert reached >= FLOORS[measure], (
        f"{measure} fell to {reached:.3f} (floor {FLOORS[measure]}); run `.venv/bin/python "
        f"{PEERS / 'score.py'} {NEWS_GOLD} --cmd '.venv/bin/factcheck extract --format jsonl -' "
        f"--errors 200` to see which failures grew")
