"""The cheaper paths of factcheck.mentions find exactly what the patterns they stand in for find.

Each case is a text the fast path and its reference must agree on at every offset, grouped by
where it came from; the non-ASCII ones are where the two regex engines differ (spaces,
letters, digits)."""

import pytest

from factcheck import mentions as m

NEWS = [
    "More than 3,00,000 people were displaced",
    "Rs 3,000 crore was sanctioned; turnout was 45 per cent, up from two-thirds in 2011.",
    "about 5\tmillion\n  refugees, 12 days later",
    "aged 65 and over, Zarghuna, 42, who fled",
    "the 2010s, a verylongwordthatgoesonandonforeverandever 5 times",
]
NON_ASCII = [
    "5\u00a0million people",            # no-break space: \s of both engines
    "5\u2009crore",                     # thin space
    "5\u202fmillion",                   # narrow no-break space
    "5\x1cmillion",                     # a separator str.isspace() counts, regex's \s does not
    "5 caf\u00e9s et 3 d\u00e9put\u00e9s",
    "12 \u017feptember",                # long s
    "\u0967\u0968 \u0932\u093e\u0916",  # Devanagari digits and letters with vowel signs
    "3 \u0662\u0663 apples",            # Arabic-Indic digits
    "5 \u212aelvin",                    # Kelvin sign
    "ab" + " " * 2 + "x" * 30 + "\u00e9",  # the non-ASCII letter just past what the pattern reads
]


@pytest.mark.parametrize("text", NEWS + NON_ASCII, ids=repr)
def test_next_word_matches_the_pattern_everywhere(text):
    for at in range(len(text) + 1):
        fast, slow = m._next_word(text, at), m._NEXT_WORD.match(text, at)
        assert (fast and (fast.span(), fast.group(1))) == (slow and (slow.span(), slow.group(1))), at


LEFT_CONTEXTS = [
    # news usage
    "More than ", "nearly ", "between ", "Section ", "in March ", "since ", "India's ",
    "Rs ", "Rs", "US$", "C $", "A $", "minus ", "at least  ", "the ", "people ",
    "<", ">= ", "up to\u00a0", "fled, ", "",
    # glued and unusual
    "F-", "(", "word\u2009", "\u0915\u0930\u0940\u092c ", "ABOUT ",
]


def _blocked_by_the_gates(left: str, p) -> frozenset:
    """What `before` in _widen left closed, gate by gate, before the gates were turned round."""
    stripped = left.rstrip()
    raw = stripped.rsplit(None, 1)[-1] if stripped else ""
    previous = "'s" if raw[-2:] in ("'s", "’s") else raw.lower().strip(m._WORD_EDGES)
    last_char = stripped[-1:] if len(left) - len(stripped) <= 1 else ""
    blocked = set()
    if not m._may_end_in_currency(raw if last_char else "", p):
        blocked.add(p.currency_before)
    for pattern, (words, chars) in p.left_gates.items():
        if previous not in words and (chars is None or last_char not in chars):
            blocked.add(pattern)
    return frozenset(blocked)


@pytest.mark.parametrize("left", LEFT_CONTEXTS, ids=repr)
def test_blocked_before_closes_what_the_gates_close(left):
    p = m._patterns()
    assert m._blocked_before(left, p) == _blocked_by_the_gates(left, p)
