"""Forms of numbers that news text uses, one table per family, each read the way a reader would.

Every row is a sentence in the style of a news report and the one mention it is about: its
surface, and the fields that must come out (value, kind, unit, low, high, bound). A row fails if
that mention is not found with exactly that surface, or any listed field differs.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.mentions import find_mentions
from factcheck.model import decimal_text


def _mention(text: str, surface: str):
    found = [m for m in find_mentions(text) if m.text == surface]
    assert found, f"no mention {surface!r} in {text!r}: {[m.text for m in find_mentions(text)]}"
    return found[0]


def _check(text: str, surface: str, expected: dict) -> None:
    m = _mention(text, surface)
    got = {"value": decimal_text(m.value), "kind": m.kind.value, "unit": m.unit,
           "low": decimal_text(m.low), "high": decimal_text(m.high), "bound": m.bound.value}
    for field, want in expected.items():
        if field in ("value", "low", "high") and want is not None:
            assert got[field] is not None and Decimal(got[field]) == Decimal(want), (field, got)
        else:
            assert got[field] == want, (field, got)


def _ids(table):
    return [row[0][:60] for row in table]


# --- scale letters and abbreviations after digits -----------------------------------------------

SCALE_ABBREVIATIONS = [
    ("The campaign raised 250K from small donors.", "250K", {"value": "250000"}),
    ("Its streams reached 7M within a week.", "7M", {"value": "7000000"}),
    ("The bloc pledged €4B in aid to the region.", "€4B", {"value": "4000000000", "unit": "EUR"}),
    ("The club paid 5mil for the striker.", "5mil", {"value": "5000000"}),
    ("Exports reached 3 bln tonnes last season.", "3 bln", {"value": "3000000000"}),
    ("The state set aside Rs 12 cr for repairs.", "Rs 12 cr", {"value": "120000000", "unit": "INR"}),
    ("A grant of $12k went to each school.", "$12k", {"value": "12000", "unit": "USD"}),
    ("The deal is worth $1.2bn to the firm.", "$1.2bn", {"value": "1200000000", "unit": "USD"}),
    ("Debt rose to 2.5tn yen by March.", "2.5tn yen", {"value": "2500000000000", "unit": "JPY"}),
    ("Fans bought 10MM tickets over the decade.", "10MM", {"value": "10000000"}),
    ("Council spent £450m on the tram line.", "£450m", {"value": "450000000", "unit": "GBP"}),
    ("The fund lost 3.4 mln dollars overnight.", "3.4 mln dollars", {"value": "3400000", "unit": "USD"}),
    ("Revenue hit 20 bil last year.", "20 bil", {"value": "20000000000"}),
    ("The scheme will cost Rs 500 crs over five years.", "Rs 500 crs", {"value": "5000000000", "unit": "INR"}),
    ("The platform has 1.5B users worldwide.", "1.5B", {"value": "1500000000"}),
    ("Subscribers grew to 45K in a month.", "45K", {"value": "45000"}),
    ("China's trade surplus was 1 trn yuan.", "1 trn yuan", {"value": "1000000000000", "unit": "CNY"}),
    ("Analysts expect a loss of 300 mn this quarter.", "300 mn", {"value": "300000000"}),
    ("The video drew 2.3M views.", "2.3M", {"value": "2300000"}),
    ("Bail was set at $5M for the executive.", "$5M", {"value": "5000000", "unit": "USD"}),
    ("A 3 tln budget was tabled in parliament.", "3 tln", {"value": "3000000000000"}),
    ("Oil income fell to 40 Bn riyals.", "40 Bn", {"value": "40000000000"}),
]


@pytest.mark.parametrize("text,surface,expected", SCALE_ABBREVIATIONS, ids=_ids(SCALE_ABBREVIATIONS))
def test_scale_abbreviations(text, surface, expected):
    _check(text, surface, expected)


def test_metres_are_not_millions():
    assert decimal_text(_mention("She won the 100m sprint.", "100").value) == "100"


# --- comparisons are open intervals; two-sided ones are one range -------------------------------

COMPARISONS = [
    ("More than 25 people were hurt in the blast.", "More than 25", {"value": "25", "low": "25", "high": None, "bound": "lower"}),
    ("At least 300 homes were flooded.", "At least 300", {"low": "300", "high": None, "bound": "lower"}),
    ("Fewer than 80 families remain in the village.", "Fewer than 80", {"low": None, "high": "80", "bound": "upper"}),
    ("Nearly 2,000 migrants crossed on Sunday.", "Nearly 2,000", {"high": "2000", "bound": "upper"}),
    ("Up to 40 per cent of crops were lost.", "Up to 40 per cent", {"high": "40", "kind": "percent"}),
    ("Turnout was below 50% in the north.", "below 50%", {"high": "50", "bound": "upper"}),
    ("Prices rose above 1,000 rupees a quintal.", "above 1,000 rupees", {"low": "1000", "unit": "INR"}),
    ("Officials said 200 or more were missing.", "200 or more", {"low": "200", "bound": "lower"}),
    ("Sales of 5,000 or fewer units are exempt.", "5,000 or fewer", {"high": "5000", "bound": "upper"}),
    ("Temperatures were greater than 45 degrees.", "greater than 45", {"low": "45"}),
    ("Crowds were smaller than 500 at the rally.", "smaller than 500", {"high": "500", "bound": "upper"}),
    ("Claims less than or equal to 100 are paid at once.", "less than or equal to 100", {"high": "100", "bound": "upper"}),
    ("Holdings equal to or more than 30 acres are taxed.", "equal to or more than 30", {"low": "30", "bound": "lower"}),
    ("Salaries no less than 12,000 must be declared.", "no less than 12,000", {"low": "12000"}),
    ("More than 60 but fewer than 80 people came.", "More than 60 but fewer than 80", {"kind": "range", "low": "60", "high": "80"}),
    ("Groups of more than 10 and less than 40 were stopped.", "more than 10 and less than 40", {"kind": "range", "low": "10", "high": "40"}),
    ("Bids above 1000 and below 1500 were accepted.", "above 1000 and below 1500", {"kind": "range", "low": "1000", "high": "1500"}),
    ("Wages of at least 200, but at most 300 dollars.", "at least 200, but at most 300 dollars", {"low": "200", "high": "300", "unit": "USD"}),
    ("Readings >30 triggered an alert.", ">30", {"low": "30", "bound": "lower"}),
    ("Scores <= 40 fail the test.", "<= 40", {"high": "40", "bound": "upper"}),
    ("More than half of voters stayed home.", "More than half", {"low": "0.5", "bound": "lower"}),
    ("More than 1/2 of the budget went on salaries.", "More than 1/2", {"low": "0.5", "bound": "lower"}),
    ("About 3,000 people marched.", "About 3,000", {"low": None, "high": None, "bound": "approx"}),
]


@pytest.mark.parametrize("text,surface,expected", COMPARISONS, ids=_ids(COMPARISONS))
def test_comparisons_are_open_intervals(text, surface, expected):
    _check(text, surface, expected)
