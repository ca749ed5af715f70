"""Subject names in text (subjects.py): the three ways of finding them give the same hits.

The reference is the `regex` module's pattern `\\b(?:name|...)(?!\\w)` over every spelling, which
is what names have always been matched by. The word lookup and the `re` pattern must find exactly
what it finds, on news text and on text built to sit at the places where `re` and `regex` see
word characters differently (combining marks, superscript digits, joiners, connectors).
"""

import dataclasses
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import subjects as names
from factcheck.model import Subject
from factcheck.subjects import SubjectIndex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

# Names with accents written both precomposed and with combining marks, digits, and punctuation
# inside and at the end.
EXTRA = [
    Subject("CIV2", "Côte d'Ivoire", "country", ("Cote d'Ivoire", unicodedata.normalize(
        "NFD", "Côte d'Ivoire"))),
    Subject("sao-tome", "São Tomé", "city", (unicodedata.normalize("NFD", "São Tomé"),),
            parent="CIV2"),
    Subject("zurich", "Zürich", "city", ("Zurich",), parent="CIV2"),
    Subject("g20", "G20", "event", ("G-20 summit", "the G20")),
    Subject("us-state", "U.S. Virgin Islands", "region", ("U.S.", "USVI")),
    Subject("kyiv", "Kyiv", "city", ("Kyïv", "Kyiv Oblast")),
]

TRICKY = [
    "Syria\u0301 and Syria, Syria\u00b2 Syria_ Syria\u200d Syria\u203f Syria\u2460 end",
    "\u0301Syria \u00b2Syria _Syria \u200dSyria \u2460Syria 2Syria Syria2",
    "Côte d'Ivoire and Co\u0302te d'Ivoire and Co\u0302te\u0301 d'Ivoire, Cote d'Ivoire.",
    "São Tomé, Sa\u0303o Tome\u0301 and Sa\u0303o Tome\u0301\u0301; Zürich Zu\u0308rich Zurich",
    "the G20, the G-20 summit, G20s, G2, U.S. forces, U.S.A., the U.S.\u0301, USVI",
    "Kyïv Kyi\u0308v Kyiv Oblast Kyiv Oblasts — the Syrian civil war, the Syrian civil wars",
    "Syria", "", " ", "S", "Syri", "\u0301", "Syria\u0301",
]


@pytest.fixture(scope="module")
def index(reference):
    subjects = dict(reference.subjects)
    subjects.update({s.id: s for s in EXTRA})
    return SubjectIndex(subjects)


@pytest.fixture(scope="module")
def engines(index):
    """The three engines over the same index: (regex pattern, re pattern)."""
    std = names._std_name_pattern(index._spelling)
    assert std, "re compiles the bundled names"
    return names._name_pattern(index._spelling), std


def _spans(hits):
    return [(h.start, h.end, h.text, h.subjects) for h in hits]


def _news() -> list[str]:
    from corpus import generate_text
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.md"))]
    return seeds + [generate_text(60_000, 3)] + TRICKY


def test_words_and_re_find_what_the_regex_pattern_finds(index, engines):
    pattern, std = engines
    found = 0
    for text in _news():
        expected = _spans(index._matches(pattern, text))
        assert _spans(index._words(text)) == expected, text[:80]
        if names._engines_agree(text):
            assert _spans(index._matches(std, text)) == expected, text[:80]
        found += len(expected)
    assert found > 200  # the texts do name subjects: the comparison compared something


def test_the_engines_differ_where_re_is_not_used(index, engines):
    """At a combining mark or a superscript `re` finds other names than `regex`: `find` must not
    use it there, and does not."""
    pattern, std = engines
    differing = [t for t in TRICKY if _spans(index._matches(std, t)) !=
                 _spans(index._matches(pattern, t))]
    assert len(differing) >= 3
    assert not any(names._engines_agree(t) for t in differing)
    # regex: a combining mark continues the word, a superscript two does not; re: the reverse.
    marks = "Syria\u0301 Syria\u00b2 Co\u0302te d'Ivoire"
    assert [h.start for h in index._words(marks)] == [7, 14]
    assert [h.start for h in index._matches(std, marks)] == [0, 14]


def test_find_switches_to_re_after_enough_text_and_keeps_the_hits(reference, engines):
    pattern, _ = engines
    index = SubjectIndex(dict(reference.subjects, **{s.id: s for s in EXTRA}))
    texts = _news()
    assert index._std_pattern is None
    first = [_spans(index.find(t)) for t in texts]
    index._scanned = index.std_pattern_after  # as after a few hundred articles
    second = [_spans(index.find(t)) for t in texts]
    assert index._std_pattern  # compiled and used for the texts both engines read alike
    assert first == second == [_spans(index._matches(pattern, t)) for t in texts]


def test_a_single_article_compiles_no_pattern(reference):
    index = SubjectIndex(reference.subjects)
    index.find((ROOT / "seeds" / "000_4e7b83d0ee7698a2.md").read_text(encoding="utf-8"))
    assert index._pattern is None and index._std_pattern is None


def test_a_name_starting_with_punctuation_falls_back_to_the_pattern(reference):
    odd = Subject("quoted", "'Little Syria'", "city", ("(Aleppo old city)",), parent="SYR")
    index = SubjectIndex(dict(reference.subjects, quoted=odd))
    assert index._pattern is not None
    text = "In 'Little Syria', Syria's (Aleppo old city) and x(Aleppo old city)."
    assert _spans(index.find(text)) == _spans(
        index._matches(names._name_pattern(index._spelling), text))
    # As always: such a name needs a word character before it (the pattern's \\b).
    assert [h.text for h in index.find(text)] == ["Syria", "Syria", "Aleppo", "(Aleppo old city)"]


# Text assembled from pieces of names and the characters the engines disagree on.
_PIECES = st.sampled_from([
    "Syria", "Syrian", "Syrians", "the Syrian civil war", "civil war", "the war", "Côte",
    "Co\u0302te", " d'Ivoire", "São Tomé", "Sa\u0303o", " Tome\u0301", "G20", "G-20 summit",
    "U.S.", "USVI", "Kyiv", " Oblast", "Aleppo", "India", "Indian", "Congo", "UK", "US",
    " ", "  ", ",", ".", "'", "-", "_", "\u0301", "\u0308", "\u00b2", "\u200d", "\u203f",
    "\u2460", "\u24b6", "2", "a", "é", "\n", "(", ")", "’",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_engines_agree_on_assembled_text(index, engines, text):
    pattern, std = engines
    expected = _spans(index._matches(pattern, text))
    assert _spans(index._words(text)) == expected
    if names._engines_agree(text):
        assert _spans(index._matches(std, text)) == expected


def test_engines_agree_is_exact_per_character():
    import re

    import regex
    for ch in ["a", "é", "\u0301", "\u00b2", "_", "\u203f", "\u200d", "\u2460", "\u24b6", "-",
               "\u0663", "\u2167", "\u00aa"]:
        same = bool(regex.match(r"\w", ch)) == bool(re.match(r"\w", ch))
        assert names._engines_agree(f"x{ch}y") is same, repr(ch)


def test_index_api_unchanged(index):
    hits = index.find("Fighting in the Syrian civil war displaced Syrians from Aleppo.")
    assert [(h.text, h.subjects) for h in hits] == [
        ("the Syrian", ("SYR",)), ("civil war", ("syrian-civil-war",)), ("Syrians", ("SYR",)),
        ("Aleppo", ("aleppo",))]
    assert dataclasses.is_dataclass(hits[0])
    assert index.lookup("Syrians") == ("SYR",)
    assert index.countries_in(hits)[0] == "SYR"
