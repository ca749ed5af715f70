"""Mentions in running text: value, kind, unit, bound, and the numbers that are never counts."""

import time
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck.mentions import find_mentions

from fuzzing import count_calls
from grouping_oracle import STYLE_LOCALES, STYLES, babel_writes_grouping, write_grouped

D = Decimal


def only(text, locale=None):
    found = [m for m in find_mentions(text, locale)]
    assert len(found) == 1, found
    return found[0]


FORMS = [
    # text, value, kind, unit, bound
    ("More than 3,00,000 people have died", "300000", "count", None, "lower"),
    ("1.5 lakh people", "150000", "count", None, "exact"),
    ("Rs 3,000 crore", "30000000000", "money", None, "exact"),
    ("₹1.2 lakh crore", "1200000000000", "money", "INR", "exact"),
    ("$1.2bn", "1200000000", "money", "USD", "exact"),
    ("US$5", "5", "money", "USD", "exact"),
    ("£3bn", "3000000000", "money", "GBP", "exact"),
    ("€10", "10", "money", "EUR", "exact"),
    ("2.5m", "2500000", "number", None, "exact"),
    ("3.5 million", "3500000", "number", None, "exact"),
    ("More than 4m South Sudanese", "4000000", "number", None, "lower"),
    ("45%", "45", "percent", None, "exact"),
    ("45 per cent", "45", "percent", None, "exact"),
    ("45 percent", "45", "percent", None, "exact"),
    ("45 pc", "45", "percent", None, "exact"),
    ("the six-year-long civil war", "6", "duration", "year", "exact"),
    ("an eight-hour ceasefire", "8", "duration", "hour", "exact"),
    ("a 72-hour truce", "72", "duration", "hour", "exact"),
    ("for three weeks", "3", "duration", "week", "exact"),
    ("eight hours", "8", "duration", "hour", "exact"),
    ("nearly half the population", "0.5", "fraction", None, "upper"),
    ("two-thirds of voters", str(D(2) / 3), "fraction", None, "exact"),
    ("a dozen", "12", "number", None, "exact"),
    ("about 2,000 people", "2000", "count", None, "approx"),
    ("at least 40 civilians", "40", "count", None, "lower"),
    ("up to 500 families", "500", "count", None, "upper"),
    ("some 300 people", "300", "count", None, "approx"),
    ("dozens of people", "24", "count", None, "lower"),
    ("hundreds of thousands of refugees", "200000", "count", None, "lower"),
    ("a 2½-year wait", "2.5", "duration", "year", "exact"),
    ("2 1/2 hours", "2.5", "duration", "hour", "exact"),
    ("3/4 of voters", "0.75", "fraction", None, "exact"),
    ("two point five million", "2500000", "number", None, "exact"),
    ("one in five children", "0.2", "fraction", None, "exact"),
    ("200 or more people", "200", "count", None, "lower"),
    ("minus five degrees", "-5", "number", None, "exact"),
    ("the decade-long conflict", "1", "duration", "decade", "exact"),
    ("half a dozen", "6", "number", None, "exact"),
    ("for a couple of weeks", "2", "duration", "week", "exact"),
]


@pytest.mark.parametrize("text,value,kind,unit,bound", FORMS, ids=[f[0] for f in FORMS])
def test_forms(text, value, kind, unit, bound):
    m = only(text)
    assert (m.value, m.kind.value, m.unit, m.bound.value) == (D(value), kind, unit, bound)
    assert text[m.start:m.end] == m.text


RANGES = [
    ("300,000-400,000 dead", "300000", "400000"),
    ("300,000 to 400,000 dead", "300000", "400000"),
    ("between 3 and 4 lakh people", "300000", "400000"),
    ("3-4 million", "3000000", "4000000"),
]


RANGES += [
    ("more than 10 and less than 40", "10", "40"),
    ("between ten and fifteen", "10", "15"),
]


@pytest.mark.parametrize("text,low,high", RANGES, ids=[r[0] for r in RANGES])
def test_ranges_apply_the_scale_to_both_ends(text, low, high):
    m = only(text, "en_IN")
    assert (m.low, m.high, m.value) == (D(low), D(high), None)


NEVER_COUNTS = [
    ("on Thursday at 8 am", "time"),
    ("08:00", "time"),
    ("on 12 March 2015", "date"),
    ("since 2011", "year"),
    ("the 21st century", "ordinal"),
    ("the third round", "ordinal"),
    ("COVID-19", "identifier"),
    ("an F-16 jet", "identifier"),
    ("UN Resolution 2254", "identifier"),
    ("call +91 98765 43210", "identifier"),
    ("the 2021-22 budget", "year"),
]


@pytest.mark.parametrize("text,kind", NEVER_COUNTS, ids=[n[0] for n in NEVER_COUNTS])
def test_dates_times_names_are_not_counts(text, kind):
    assert [m.kind.value for m in find_mentions(text)] == [kind]


def test_numbers_inside_names_are_not_reported():
    assert [(m.text, m.kind.value) for m in find_mentions("The G20 met; MH17 was lost.")] == [
        ("G20", "identifier"), ("MH17", "identifier")]


def test_a_rate_is_not_a_duration():
    assert [m.kind.value for m in find_mentions("an average of 44,500 a day")] == ["number"]


@pytest.mark.parametrize("text", ["see http://example.com/report-2016/45%20page",
                                  "Zarghuna, 42, who fled", "which one you like"])
def test_not_quantities(text):
    assert [m for m in find_mentions(text) if m.kind.value in ("duration", "percent", "count")
            or (m.kind.value == "number" and m.style != "age")] == []


def test_ages_are_not_durations():
    m = only("a 45-year-old man")
    assert m.kind.value != "duration" and m.style == "age"


def test_offsets_point_into_the_text():
    text = "Officials said “more than 3,00,000” had fled; नेपाल में ३,००,००० लोग."
    for m in find_mentions(text):
        assert text[m.start:m.end] == m.text


def test_locale_settles_ambiguity():
    assert only("300.000 people", "de").value == D("300000")
    assert only("300.000 people", "en").value == D("300")
    unsure = only("300.000 people")
    assert {a.value for a in unsure.alternatives} == {D("300"), D("300000")}


def test_empty_text():
    assert find_mentions("") == []


HOSTILE = {
    # name: (input of size n, n for the smaller run): each a shape that makes a careless pattern
    # backtrack (long runs of digits, separators, number words, letters, brackets)
    "digits": (lambda n: "9" * n, 100_000),
    "grouping": (lambda n: "1," * (n // 2), 100_000),
    "number words": (lambda n: ("one " * 200 + "x ") * max(1, n // 802), 8_000),
    "letters": (lambda n: "a" * n + "!", 1_000_000),
    "dots": (lambda n: "1.2.3.4." * (n // 8), 100_000),
    "brackets": (lambda n: "(" * n + "1", 200_000),
}
GROWTH = 4
"""The larger input is this many times the smaller one."""
WORK_RATIO = 8.0
"""...and may cost at most this many times the work: linear is 4, quadratic 16, and
catastrophic backtracking far more (or the scan's own time limit, an InputError)."""


def _cpu_seconds(text: str) -> float:
    """The least CPU time of two runs (CPU time, not wall-clock time: other work on the machine
    does not count; the least of two: a pause of the process does not either)."""
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        find_mentions(text)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_costs_linear_work(name):
    """Growing a hostile input grows the work in proportion: counted as function calls for the
    Python side, and as CPU time for the regex engine, whose backtracking makes no calls."""
    make, n = HOSTILE[name]
    small, large = make(n), make(GROWTH * n)
    find_mentions(small)  # warm: compiled patterns are not part of the cost per input
    _, calls_small = count_calls(find_mentions, small)
    _, calls_large = count_calls(find_mentions, large)
    assert calls_large <= WORK_RATIO * max(calls_small, 20)
    cpu_small, cpu_large = _cpu_seconds(small), _cpu_seconds(large)
    # a floor of 2 ms on the smaller run, so timer resolution cannot make a ratio of noise
    assert cpu_large <= WORK_RATIO * max(cpu_small, 0.002), (cpu_small, cpu_large)


def _found(text, locale):
    return [(m.text, m.value) for m in find_mentions(text, locale)
            if m.kind.value in ("count", "number")]


@settings(max_examples=300, deadline=None)
@given(number=st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False,
                          allow_infinity=False),
       style_separator=st.sampled_from(sorted(STYLES)).flatmap(
           lambda style: st.tuples(st.just(style), st.sampled_from(STYLES[style][0]))))
def test_numbers_in_running_text_round_trip(number, style_separator):
    """A number written in any grouping style, inside a sentence, is found whole and read exactly
    with the style's locale."""
    style, separator = style_separator
    # A plain space before a single group ("1 000") is read as two numbers in running text, as
    # lists and scores write them; two groups or more ("1 000 000") make one numeral.
    assume(separator != " " or number >= 1_000_000)
    surface = write_grouped(number, style, separator)
    text = f"Officials said {surface} people had fled by Tuesday."
    assert _found(text, STYLE_LOCALES[style]) == [(surface, number)]


@settings(max_examples=200, deadline=None)
@given(number=st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False,
                          allow_infinity=False),
       locale=st.sampled_from([l for l in ["en", "en_IN", "de", "fr", "de_CH", "hi"]
                               if babel_writes_grouping(l)]))
def test_numbers_babel_writes_round_trip(number, locale):
    """A number babel writes for a locale (where this release writes its grouping right), inside
    a sentence, is found whole and read exactly."""
    surface = format_decimal(number, locale=locale, decimal_quantization=False)
    text = f"Officials said {surface} people had fled by Tuesday."
    assert _found(text, locale) == [(surface, number)]
