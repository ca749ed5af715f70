"""The whole-text scans of mentions.py run as a pre-filter plus an anchored pattern; they must
find exactly what the full pattern's own finditer finds, on any text. Table-driven cases for
the corners each pre-filter relies on, then seeded random texts built from the same pieces."""

import random

import pytest

from factcheck import mentions
from factcheck.mentions import _numerals, _patterns, _starts_verified

CORNERS = [
    # digits: signs before a run, runs the previous numeral took, a numeral ending in a run
    "-5", "(+44) 20 7946 0958", ".5 and 0.5", "5 p.m.5", "3,00,000-4,00,000", "1e6", "x-3",
    "2016-10-18", "18/10/2016", "3 1/2 and 1/0", "(5)", "−12", "+-3", "12:30:45", "5pm5",
    # vulgar fractions and digits outside ASCII, in and next to runs
    "½", "2½ years", "½5", "5½½", "²3", "𝟙𝟚3", "3𝟙", "\U0001e4f15", "5\U00011f52",
    # number words: case, boundaries either engine may see differently, lower-casing that moves offsets
    "One two THREE", "oNe", "twenty-one", "one\u0301", "\u0301one", "½one", "²one", "one²",
    "İone", "one_two", "_one", "ﬁve", "Kone", "onehundred", "hundred\u200done",
    # "a/an/one" + unit of time
    "a day", "An hour", "AN hour", "one decade-long", "a\u00a0week", "a\x1cyear", "an\u2009hour",
    "a  a day", "aday", "a days", "ONE day", "an   hour", "a\n\nyear",
]


def _same(text):
    p = _patterns()
    assert [m.span() for m in _numerals(text, p)] == [m.span() for m in p.scan.finditer(text)]
    folded = text.lower()
    if len(folded) == len(text):
        for pattern, starts in ((p.word, p.word_starts), (p.unit_word, p.unit_word_starts)):
            assert [m.span() for m in _starts_verified(pattern, starts, text, folded)] == \
                [m.span() for m in pattern.finditer(text)], pattern.pattern[:40]


@pytest.mark.parametrize("text", CORNERS)
def test_corner(text):
    _same(text)
    _same(f"Some {text} here, {text}.")


PIECES = [p for c in CORNERS for p in c.split()] + [
    " ", "  ", "\t", "\n", "\u00a0", "-", "(", ")", "+", ".", ",", "/", ":", "'", "’", "s of",
    "million", "Million", "th", "e", "x", "_", "and", "é", "ß", "\u2212", "\u200d"]


@pytest.mark.parametrize("seed", range(4))
def test_random_texts(seed):
    rnd = random.Random(seed)
    for _ in range(2000):
        _same("".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 25))))


def test_offsets_moved_by_lower_casing_use_the_full_scans():
    # "İ" lower-cases to two characters: the pre-filters are skipped, the same mentions found
    tail = ": one hundred people, a day-long strike and 5 days"
    found = [(m.start, m.text) for m in mentions.find_mentions("İstanbul" + tail)]
    assert found == [(m.start, m.text) for m in mentions.find_mentions("Istanbul" + tail)]
    assert len(found) == 3
