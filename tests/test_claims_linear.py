"""Claim extraction is linear in its input: doubling a long sentence full of numbers and names
does not more than roughly double the work.

The work is counted, not timed: every function call made while extracting claims (Python and C
calls, regex matching included) through sys.setprofile. A scan of the whole sentence per number
shows as calls per trigger or per name; a bounded window does not. A second, generous check
compares CPU time (best of three) so that a quadratic scan hidden inside one C call fails too.
"""

import gc
import sys
import time

from factcheck.api import subject_index
from factcheck.claims import extract_claims
from factcheck.mentions import find_mentions
from factcheck.model import Article

SEGMENT = ("in Syria 1,200 people died and 3,400 fled to Turkey while Uganda hosts 56,000 refugees "
           "and half the country's population of 21 million has been displaced since 2011 ")


def _inputs(repeats: int, segment: str = SEGMENT):
    text = "Officials said that " + segment * repeats + "."
    article = Article(id="long", text=text, locale="en_GB")
    return article, find_mentions(text, "en_GB")


def _calls(article, mentions, index) -> tuple[int, int]:
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        claims = extract_claims(article, index, mentions)
    finally:
        sys.setprofile(None)
    return count, len(claims)


def _calls_at_two_lengths(reference, repeats: int, segment: str = SEGMENT):
    """Calls and claims for the segment repeated `repeats` times, then twice as many times."""
    index = subject_index(reference)
    small, small_mentions = _inputs(repeats, segment)
    large, large_mentions = _inputs(2 * repeats, segment)
    # Warm the caches, and let one-time work (the subject index compiles its names once enough
    # text has come) happen before anything is counted.
    extract_claims(small, index, small_mentions)
    extract_claims(large, index, large_mentions)
    return _calls(small, small_mentions, index) + _calls(large, large_mentions, index)


def test_doubling_the_input_at_most_roughly_doubles_the_calls(reference):
    small_calls, small_claims, large_calls, large_claims = _calls_at_two_lengths(reference, 150)
    assert small_claims > 300 and large_claims >= 2 * small_claims - 5
    assert large_calls <= 2.3 * small_calls, (small_calls, large_calls)


def test_doubling_the_input_at_most_roughly_doubles_the_time(reference):
    index = subject_index(reference)

    def cpu(article, mentions) -> float:
        # The collector off: in a long test session its full passes scan every object the
        # session holds, a cost that grows with the session, not with this input.
        best = float("inf")
        gc.collect()
        gc.disable()
        try:
            for _ in range(3):
                start = time.process_time()
                extract_claims(article, index, mentions)
                best = min(best, time.process_time() - start)
        finally:
            gc.enable()
        return best

    small = _inputs(400)
    large = _inputs(800)
    cpu(*small)
    ratio = cpu(*large) / max(cpu(*small), 1e-3)
    assert ratio < 3.2, ratio  # linear gives about 2, quadratic about 4


# Cities only, so that no sentence-wide search for a first country or place ends early.
HOSTILE_SEGMENT = ("as Aleppo and Idlib shelled, an air strike killed 20 civilians, and it hosts 5,000 "
                   "refugees, in a country of 21 million, with 7,000 people displaced inside the "
                   "country, 3,000 troops, Tigray's 4 million people and 800 in Borno state ")


def test_the_part_and_host_rules_stay_linear_in_one_long_sentence(reference):
    """The rules that look at a sentence's first country or place, at an incident in the
    clause, or at a host before a verb answer once per sentence or in a window of the number:
    one sentence twice as long makes at most about twice the calls."""
    small_calls, small_claims, large_calls, large_claims = _calls_at_two_lengths(
        reference, 100, HOSTILE_SEGMENT)
    assert small_claims > 50 and large_claims >= 2 * small_claims - 5
    assert large_calls <= 2.3 * small_calls, (small_calls, large_calls)
