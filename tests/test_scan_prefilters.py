"""Stand-ins that must find exactly what the pattern they replace finds, on any text: the digit
scan of mentions.py runs at the runs of digits, the number-word and "a/an/one + unit" scans as
one pre-filter plus the anchored patterns, and the number
words that continue one are read by stepping the number-word pattern. Table-driven cases for
the corners each relies on, then seeded random texts built from the same pieces."""

import random
from functools import lru_cache

import pytest
import regex

from factcheck import mentions
from factcheck.lexicon import number_lexicon, trie_pattern
from factcheck.mentions import _numerals, _patterns, _word_starts

CORNERS = [
    # digits: signs before a run, runs the previous numeral took, a numeral ending in a run
    "-5", "(+44) 20 7946 0958", ".5 and 0.5", "5 p.m.5", "3,00,000-4,00,000", "1e6", "x-3",
    "2016-10-18", "18/10/2016", "3 1/2 and 1/0", "(5)", "−12", "+-3", "12:30:45", "5pm5",
    "--5", "5.-6", "(-(5", "7.5.3", "١٢٣", "12٣",
    # what follows a run decides whether the plain-number pattern alone may read it
    "5 am", "5\tPM", "5 apples", "300 people", "5\u00a01/2", "2  1/2", "12 12/13", "123.45",
    "12.30 pm", "10.3.2016", "2016.", "1234-5", "555-123-4567", "3,000 and", "5\u2009am", "7:",
    "3\n5", "3 5", "9½", "12٣ am",
    # vulgar fractions and digits outside ASCII, in and next to runs
    "½", "2½ years", "½5", "5½½", "²3", "𝟙𝟚3", "3𝟙", "\U0001e4f15", "5\U00011f52", "-½", "(½",
    # case, boundaries either engine may see differently, lower-casing that moves offsets
    "One two THREE", "oNe", "twenty-one", "one\u0301", "\u0301one", "½one", "²one", "one²",
    "İone", "one_two", "_one", "ﬁve", "Kone", "onehundred", "hundred\u200done", "5one",
    "one5", "a second", "Second", "SECOND", "fifths", "fiftieth", "one-", "-one", "ONEs",
    # "a/an/one" + unit of time
    "a day", "An hour", "AN hour", "one decade-long", "a\u00a0week", "a\x1cyear", "an\u2009hour",
    "a  a day", "aday", "a days", "ONE day", "an   hour", "a\n\nyear", "one second", "a second",
    "One Second", "one one day", "a one day", "an a day", "one-day", "a day2", "a dayé",
]


def _same(text):
    p = _patterns()
    assert [(m.span(), m.lastgroup) for m in _numerals(text, p)] \
        == [(m.span(), m.lastgroup) for m in p.scan.finditer(text)]
    folded = text.lower()
    if len(folded) == len(text):
        words, unit_words = _word_starts(text, folded, p)
        assert [m.span() for m in words] == [m.span() for m in p.word.finditer(text)]
        assert [m.span() for m in unit_words] == [m.span() for m in p.unit_word.finditer(text)]


@pytest.mark.parametrize("text", CORNERS)
def test_corner(text):
    _same(text)
    _same(f"Some {text} here, {text}.")


PIECES = [p for c in CORNERS for p in c.split()] + [
    " ", "  ", "\t", "\n", "\u00a0", "-", "(", ")", "+", ".", ",", "/", ":", "'", "’", "s of",
    "million", "Million", "th", "e", "x", "_", "and", "é", "ß", "\u2212", "\u200d", "5", "a",
    "an", "hours", "-long", "week"]


@pytest.mark.parametrize("seed", range(4))
def test_random_texts(seed):
    rnd = random.Random(seed)
    for _ in range(2000):
        _same("".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 25))))


def test_offsets_moved_by_lower_casing_use_the_full_scans():
    # "İ" lower-cases to two characters: the pre-filter is skipped, the same mentions found
    tail = ": one hundred people, a day-long strike and 5 days"
    found = [(m.start, m.text) for m in mentions.find_mentions("İstanbul" + tail)]
    assert found == [(m.start, m.text) for m in mentions.find_mentions("Istanbul" + tail)]
    assert len(found) == 3


@lru_cache(maxsize=1)
def _word_run_pattern():
    """The pattern _WordRun stands in for (mentions._GAP is G; the number words the lexicon's)."""
    words = trie_pattern(sorted(number_lexicon().number_words), any_case_first=True)
    gap = mentions._GAP
    return regex.compile(
        rf"(?:{gap}{{1,3}}(?:(?:and|And){gap}{{1,3}})?(?:an?{gap}{{1,3}})?{words}\b){{1,15}}",
        regex.V1)


WORD_RUNS = [" hundred", "-three thousand", " and a half", " and an eighth", " an hour",
             " and And one", "  and  a  half", "    two", " a", " an", " and", " andone", " And five",
             "-\u00a0-six", " a-half", " an-eighth", " anone", " aone", " half-", " two-thirds",
             " one" * 20, " Twenty One", " and and two", " a a two", " an and two", " fifth",
             " fiftieth", " fifties", " thousandths", " one\u0301", " one_", " one2", "\ttwo\n"]


@pytest.mark.parametrize("text", WORD_RUNS)
def test_word_run_corner(text):
    _same_word_run(text)


def _same_word_run(text):
    pattern, run = _word_run_pattern(), _patterns().more_words
    for at in range(len(text) + 1):
        expected = pattern.match(text, at)
        got = run.match(text, at)
        assert (expected and expected.span()) == (got and got.span()), (text, at)


@pytest.mark.parametrize("seed", range(3))
def test_word_run_random_texts(seed):
    rnd = random.Random(seed)
    pieces = [" ", "  ", "-", "\t", "\u00a0", "\n", "and", "And", "a", "an", "An", "one", "One",
              "hundred", "thousand", "half", "third", "thirds", "x", "s", "_", "2", "é", "twenty"]
    for _ in range(1500):
        _same_word_run("".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))))


RIGHT = {"scale_after": "scales", "abbreviation_after": "scale_abbreviations",
         "percent_after": "percent_markers", "currency_after": "currency_aliases",
         "unit_after": "duration_units"}


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_right_hand_gates_skip_only_what_cannot_match(name):
    # The word after a number decides whether a right-hand pattern runs (mentions._lead): it
    # may skip a pattern only where the pattern would not match.
    p, lex = _patterns(), number_lexicon()
    pattern = getattr(p, name)
    phrases = [str(w) for w in getattr(lex, RIGHT[name])] + list(lex.duration_fillers) + ["of", "a"]
    for phrase in phrases:
        for sep in ("", " ", "-", "  ", "\u00a0"):
            for tail in ("", " ", ".", "s", "2", "é", "-long", " old", " of days"):
                for case in {phrase, phrase.upper(), phrase.title()}:
                    text = "5" + sep + case + tail
                    lead = mentions._lead(text, 1)
                    assert (mentions._match_right(pattern, text, 1, p, lead) is None) == \
                        (pattern.match(text, 1) is None), (name, text)
