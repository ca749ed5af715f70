"""Fractions in words whose denominator is an ordinal of several words, and mixed numbers.

Each row is a sentence in the style of a news report (markets quoted in sixty-fourths, gauges in
thousandths of an inch, shares of a vote) and the one mention it is about. The denominator is
the longest ordinal the words end with that leaves a whole number before it: "twenty-one
twenty-fifths" is 21/25, "one hundred and seven eighths" 100 7/8.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.mentions import find_mentions
from factcheck.numerals import parse_words


def _mention(text: str, surface: str):
    found = [m for m in find_mentions(text) if m.text == surface]
    assert found, f"no mention {surface!r} in {text!r}: {[m.text for m in find_mentions(text)]}"
    return found[0]


COMPOUND_DENOMINATORS = [
    ("The bolt is three sixty-fourths of an inch wide.", "three sixty-fourths", "3/64"),
    ("Sixty-three sixty-fourths of the sample passed.", "Sixty-three sixty-fourths", "63/64"),
    ("Seven twenty-fourths of the day is spent commuting.", "Seven twenty-fourths", "7/24"),
    ("Officials said twenty-one twenty-fifths of ballots were valid.", "twenty-one twenty-fifths", "21/25"),
    ("Nine twenty-fifths of the seats changed hands.", "Nine twenty-fifths", "9/25"),
    ("Three twenty-firsts of the budget went unspent.", "Three twenty-firsts", "3/21"),
    ("The gap narrowed to eleven sixty-fourths of an inch.", "eleven sixty-fourths", "11/64"),
    ("Forty-nine fiftieths of the shares were sold.", "Forty-nine fiftieths", "49/50"),
    ("Twenty-nine thirtieths of the quota was met.", "Twenty-nine thirtieths", "29/30"),
    ("The cell is nine hundred ninety-nine thousandths pure.", "nine hundred ninety-nine thousandths", "999/1000"),
    ("The tolerance is one hundred one thousandths of a metre.", "one hundred one thousandths", "101/1000"),
    ("The coating is ninety-nine hundredths of a millimetre.", "ninety-nine hundredths", "99/100"),
    ("The award gives one one hundred fifth of the fund to each district.", "one one hundred fifth", "1/105"),
    ("Each heir received one one hundred and fifth of the estate.", "one one hundred and fifth", "1/105"),
    ("Twenty twenty-fifths make a whole.", "Twenty twenty-fifths", "20/25"),
    ("Three twenty firsts of the vote went to minor parties.", "Three twenty firsts", "3/21"),
    ("The beam was two and three sixty-fourths inches thick.", "two and three sixty-fourths inches", "131/64"),
]

MIXED_NUMBERS = [
    ("The stock closed at one hundred and seven eighths.", "one hundred and seven eighths", "807/8"),
    ("Shares ended the day at forty-two and five eighths.", "forty-two and five eighths", "341/8"),
    ("The index rose three and a sixteenth points.", "three and a sixteenth", "49/16"),
    ("Bonds traded at ninety-nine and a thirtieth.", "ninety-nine and a thirtieth", "2971/30"),
    ("The river stood at two hundred and three quarters metres.", "two hundred and three quarters metres", "803/4"),
    ("The rate was two hundred and fifty-four hundredths.", "two hundred and fifty-four hundredths", "20054/100"),
    ("The gauge read one hundred and a half at noon.", "one hundred and a half", "201/2"),
    ("Output was twelve and two thirds tonnes.", "twelve and two thirds", "38/3"),
]


@pytest.mark.parametrize("text,surface,value", COMPOUND_DENOMINATORS + MIXED_NUMBERS,
                         ids=[row[1] for row in COMPOUND_DENOMINATORS + MIXED_NUMBERS])
def test_fraction_words(text, surface, value):
    m = _mention(text, surface)
    assert m.kind.value == "fraction", m
    assert abs(Fraction(m.value) - Fraction(value)) < Fraction(1, 10 ** 20), (m.value, value)


# Ordinals that stay ordinals: a singular ordinal is a denominator only after "one" (or "a",
# for the ones that are denominators on their own), and a scale alone does not start one.
STAY_ORDINALS = [
    ("The one hundred fifth Congress met in January.", "one hundred fifth", "105"),
    ("It marked the two hundred fifth anniversary of the city.", "two hundred fifth", "205"),
    ("The hundred and first day of the strike passed quietly.", "hundred and first", "101"),
    ("He finished one hundred first in the marathon.", "one hundred first", "101"),
    ("They marked a twenty-first birthday.", "twenty-first", "21"),
    ("The nation's one hundred and twentieth budget was tabled.", "one hundred and twentieth", "120"),
]


@pytest.mark.parametrize("text,surface,value", STAY_ORDINALS, ids=[row[1] for row in STAY_ORDINALS])
def test_ordinals_stay_ordinals(text, surface, value):
    m = _mention(text, surface)
    assert (m.kind.value, m.value) == ("ordinal", Fraction(value)), m


# How the words split into numerator and denominator, read alone.
SPLITS = [
    ("one hundred thirty fifths", "100/35"),  # tens join the ordinal after them
    ("one hundred and thirty fifths", "130/5"),  # "and" binds the tens to the numerator
    ("one hundred thirty-two fifths", "132/5"),  # "two fifths" is no ordinal
    ("one hundred one thousand fifths", "100/1005"),  # a scale with its multiplier joins
    ("ninety-five hundred fifths", "9500/5"),  # "hundred fifths" wants its multiplier
    ("one million two thousand two hundred three fifths", "1002203/5"),
    ("twenty and three and three fifths", "118/5"),
]


@pytest.mark.parametrize("surface,value", SPLITS, ids=[row[0] for row in SPLITS])
def test_numerator_and_denominator_split(surface, value):
    reading = parse_words(surface)
    assert reading is not None and reading.kind == "fraction"
    assert abs(Fraction(reading.value) - Fraction(value)) < Fraction(1, 10 ** 20), reading
