"""A number with a scale word takes a long unit of time written straight after it: "290 million
years after the Big Bang" is a duration of 290,000,000 years. Hours, days and weeks after a scaled
number are totals of work or footage ("10 million hours of video") and stay numbers
(data/numbers.yaml: scaled_duration_units). Cases written from science and history copy."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.mentions import find_mentions
from factcheck.model import Kind


def _only(text: str, surface: str):
    found = [m for m in find_mentions(text) if m.text == surface]
    assert found, [(m.text, m.kind.value) for m in find_mentions(text)]
    return found[0]


SPANS = [
    ("The galaxy formed just 290 million years after the Big Bang.", "290 million years", "290000000", "year"),
    ("The light left it some 13.5 billion years ago.", "some 13.5 billion years", "13500000000", "year"),
    ("An asteroid wiped out the dinosaurs 66 million years ago.", "66 million years", "66000000", "year"),
    ("Earth formed about 4.5 billion years ago.", "about 4.5 billion years", "4500000000", "year"),
    ("The Sun will shine for another 5 billion years.", "5 billion years", "5000000000", "year"),
    ("Modern humans appeared 300 thousand years ago in Africa.", "300 thousand years", "300000", "year"),
    ("The ice sheet has existed for 34 million years.", "34 million years", "34000000", "year"),
    ("The canyon took 6 million years to carve.", "6 million years", "6000000", "year"),
    ("Plutonium-239 stays dangerous for 0.24 million years.", "0.24 million years", "240000", "year"),
    ("The waste must be stored for a million years.", "a million years", "1000000", "year"),
    ("Reptiles ruled for 165 million years.", "165 million years", "165000000", "year"),
    ("The crater is 2 billion years old, researchers said, and the rocks around it 3 billion years.",
     "3 billion years", "3000000000", "year"),
    ("Life on land began around 500 million years ago.", "around 500 million years", "500000000", "year"),
    ("The tree lineage goes back 1.5 million decades.", "1.5 million decades", "1500000", "decade"),
]


@pytest.mark.parametrize("text,surface,value,unit", SPANS, ids=[s for _, s, _, _ in SPANS])
def test_a_scaled_number_of_years_is_a_duration(text, surface, value, unit):
    mention = _only(text, surface)
    assert (mention.kind, mention.value, mention.unit) == (Kind.DURATION, Decimal(value), unit)


TOTALS = [
    ("Users upload 10 million hours of video every day.", "10 million"),
    ("Strikes cost 1.2 million days of work last year.", "1.2 million"),
    ("Volunteers gave 3 million hours to the census.", "3 million"),
    ("Patients waited a combined 2.5 million weeks for surgery.", "2.5 million"),
    ("The platform logged 40 billion minutes of calls.", "40 billion"),
    ("It will take 1.5 million more years, the model says.", "1.5 million"),
]


@pytest.mark.parametrize("text,surface", TOTALS, ids=[s for _, s in TOTALS])
def test_a_scaled_total_of_hours_or_days_stays_a_number(text, surface):
    assert _only(text, surface).kind is not Kind.DURATION
