"""A phrase list factored by shared prefixes or suffixes (mentions._factored) must match exactly
what the plain longest-first alternation (mentions._alternation) matches, in the direction the
pattern runs: the same span and the same phrase, wherever one phrase extends another."""

import random

import pytest
import regex

from factcheck.lexicon import number_lexicon
from factcheck.mentions import _FLAGS, _alternation, _factored

LISTS = ["qualifiers", "post_qualifiers", "scales", "percent_markers", "duration_units",
         "duration_fillers", "months", "range_openers", "identifier_labels", "year_prepositions",
         "negatives", "change_verbs", "age_words", "metre_context", "denominators"]

# Made-up lists for the corners: one phrase extending another at either end, inner spaces.
MADE_UP = [["more than", "no more than", "than", "not more than"],
           ["hour", "hours", "h", "hr", "hrs"],
           ["per cent", "percent", "per-cent", "pc", "per"],
           ["a", "a b", "a  b", "b"]]


def _texts(phrases, rnd):
    fillers = ["", " ", "  ", "x", "X", "-", ".", "the ", "5", "\t", "\n", "é"]
    words = [str(p) for p in phrases]
    for phrase in words:
        for case in (phrase, phrase.upper(), phrase.title()):
            yield case
            for _ in range(6):
                yield rnd.choice(fillers) + case.replace(" ", rnd.choice([" ", "  ", "   ", "    "])) \
                    + rnd.choice(fillers)
    for _ in range(300):
        yield " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 3)))


def _same(phrases, reverse):
    flat, factored = _alternation(phrases), _factored(phrases, reverse=reverse)
    if reverse:
        template = r"(?r)(?:(?<!\w)|(?=[<>=≤≥]))(?P<w>{})(?:\s{{1,3}}(?:the\s{{1,3}})?)?"
    else:
        template = r"\s{{0,3}}(?P<w>{})(?:\b|(?=\s))"
    one, two = (regex.compile(template.format(alt), _FLAGS) for alt in (flat, factored))
    rnd = random.Random(len(phrases))
    for text in _texts(phrases, rnd):
        for end in range(len(text) + 1):
            a = one.match(text, 0, end) if reverse else one.match(text, end)
            b = two.match(text, 0, end) if reverse else two.match(text, end)
            assert (a and (a.span(), a.span("w"))) == (b and (b.span(), b.span("w"))), (text, end)


@pytest.mark.parametrize("reverse", [False, True], ids=["forward", "backward"])
@pytest.mark.parametrize("name", LISTS)
def test_lexicon_list(name, reverse):
    _same(list(getattr(number_lexicon(), name)), reverse)


@pytest.mark.parametrize("reverse", [False, True], ids=["forward", "backward"])
@pytest.mark.parametrize("phrases", MADE_UP, ids=lambda p: p[0])
def test_made_up_list(phrases, reverse):
    _same(phrases, reverse)
