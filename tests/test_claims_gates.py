"""The cheap tests that spare claim reading a pattern never turn away a place where the pattern
matches: a backward pattern ending in a list's words is skipped only where the ASCII text before
the number ends in none of them, a forward one only where the text after starts with none.

Each row is text before (or after) a number, as news writes it; the test runs the pattern too,
so a gate that skipped a match would fail, and a row the gate skips shows it does skip.
"""

import pytest

from factcheck.claims import _PART_MARKER, _PART_MARKER_ENDS
from factcheck.claims import context as claims_context
from factcheck.claims import measure
from factcheck.claims.vocabulary import ends_in_none, starts_with_none, vocabulary

# Text right before a number: (pattern name, text, whether the pattern matches there).
BEFORE = [
    ("possessive", "She lost her ", True),
    ("possessive", "a man and his ", True),
    ("possessive", "They sold their ", True),
    ("possessive", "in the district of ", False),
    ("possessive", "Officials said ", False),
    ("possessive", "HIS ", True),
    ("opener", "a country of some ", True),
    ("opener", "Kenya, home to ", True),
    ("opener", "With more than ", True),
    ("opener", "the rebels seized ", False),
    ("opener", "prices rose by ", False),
    ("has", "Sudan has ", True),
    ("has", "Chad now has some ", True),
    ("has", "the agency counted ", False),
    ("has", "Nigeria had nearly ", True),
    ("part", "killed 301,781 people, including ", True),
    ("part", "arrived, among them ", True),
    ("part", "fled last year, of whom ", True),
    ("part", "fled across the border ", False),
    ("change", "the population fell to about ", True),
    ("change", "exports reached ", True),
    ("change", "the army said ", False),
    ("shareof", "nearly a third of the ", True),
    ("shareof", "half of all ", True),
    ("shareof", "a third of them ", False),
    ("object", "the government has jailed ", True),
    ("object", "police have arrested more than ", False),
    ("object", "the camp hosts ", False),
    ("compared", "growth of 6% against ", True),
    ("compared", "an economy of $4.46 trillion against Japan's ", True),
    ("compared", "up from ", False),
    ("window", "in the past ", True),
    ("window", "over the last ", True),
    ("window", "the war, now in its ", False),
    ("country", "the country's ", True),
    ("country", "its ", True),
    ("country", "Sudan, whose ", True),
    ("country", "the agency's ", False),
    ("yearly", "announced on Monday ", False),
]


def _backward():
    v = vocabulary()
    return {
        "possessive": (measure._POSSESSIVE_BEFORE.match, measure._POSSESSIVE_ENDS),
        "opener": (v.population_opener.match, v.population_opener_ends),
        "has": (measure._HAS.match, measure._HAS_ENDS),
        "part": (_PART_MARKER.match, _PART_MARKER_ENDS),
        "change": (measure._change_verb().search, measure._change_verb_ends()),
        "shareof": (measure._SHARE_OF_BEFORE.search, measure._SHARE_OF_ENDS),
        "object": (measure._OBJECT_OF_VERB.search, ("ed",)),
        "compared": (measure._COMPARED_WITH.match, measure._COMPARED_ENDS),
        "window": (v.window_before.match, v.window_before_ends),
        "country": (v.country_possessor.match, v.country_possessor_words),
        "yearly": (v.population_opener.match, v.population_opener_ends),
    }


@pytest.mark.parametrize("name,before,matches", BEFORE, ids=[f"{r[0]}:{r[1]}" for r in BEFORE])
def test_a_backward_gate_never_skips_a_match(name, before, matches):
    find, endings = _backward()[name]
    text = before + "1.5 million"
    at = len(before)
    found = find(text, 0, at) is not None
    assert found == matches
    if found:
        assert not ends_in_none(text, 0, at, endings)
    elif not before.rstrip().lower().endswith(endings):
        assert ends_in_none(text, 0, at, endings)  # skipped: no need to try the pattern


def test_non_ascii_text_before_is_always_left_to_the_pattern():
    # "hiſ" (a long s) matches "his" under IGNORECASE; the gate does not decide such text.
    text = "hi\u017f 5 children"
    assert measure._POSSESSIVE_BEFORE.match(text, 0, 4) is not None
    assert not ends_in_none(text, 0, 4, measure._POSSESSIVE_ENDS)


# Text right after a trigger word: (pattern name, text, whether the pattern matches there).
AFTER = [
    ("modifier", " agency said", True),
    ("modifier", " council chief", True),
    ("modifier", "-day events", True),
    ("modifier", " Day, held", True),
    ("modifier", " have fled", False),
    ("modifier", " in Chad", False),
    ("place", " camp in Cox's Bazar", True),
    ("place", " settlements near", True),
    ("place", "-sites", True),
    ("place", " who fled", False),
    ("place", " numbers rose", False),
    ("inall", " in all, rejected", True),
    ("inall", " in total", True),
    ("inall", " all told", True),
    ("inall", " in Kenya", False),
    ("inall", " fled", False),
]


@pytest.mark.parametrize("name,after,matches", AFTER, ids=[f"{r[0]}:{r[1]}" for r in AFTER])
def test_a_forward_gate_never_skips_a_match(name, after, matches):
    claims_context._modifier_of()
    patterns = {"modifier": (claims_context._MODIFIER[0], claims_context._MODIFIER[1], 20),
                "place": (measure._place_noun(), measure._place_nouns(), 16),
                "inall": (measure._IN_ALL, ("in", "all"), 20)}
    pattern, starts, reach = patterns[name]
    text = "refugee" + after
    at = len("refugee")
    found = pattern.match(text, at, at + reach) is not None
    assert found == matches
    if found:
        assert not starts_with_none(text, at, at + reach, starts)
    else:
        assert starts_with_none(text, at, at + reach, starts) or \
            after.lstrip(" -").lower().startswith(starts)
