"""A qualifier before "a/an" and a unit of time bounds that one unit, as it bounds a number:
"more than a year" is at least one year, "less than an hour" at most one hour
(data/numbers.yaml: qualifiers; not_bounds_of_a_unit lists the prepositions, "held over a week").
Cases written from health, court and weather copy."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.mentions import find_mentions
from factcheck.model import Bound, Kind

BOUNDED = [
    ("309,300 patients were waiting more than a year for treatment.", "more than a year", "year", Bound.LOWER),
    ("It was the strongest quake in the region in more than a century.", "more than a century", "century", Bound.LOWER),
    ("The jury took less than an hour to reach its verdict.", "less than an hour", "hour", Bound.UPPER),
    ("He faces up to a year in jail.", "up to a year", "year", Bound.UPPER),
    ("Residents must stay indoors for at least a week.", "at least a week", "week", Bound.LOWER),
    ("The reservoir held water for no more than a month.", "no more than a month", "month", Bound.UPPER),
    ("Repairs could take more than a decade.", "more than a decade", "decade", Bound.LOWER),
    ("The outage lasted less than a day.", "less than a day", "day", Bound.UPPER),
    ("Talks stalled for more than a fortnight.", "more than a fortnight", "fortnight", Bound.LOWER),
    ("The storm passed in under an hour.", "under an hour", "hour", Bound.UPPER),
    ("It took about a month to clear the debris.", "about a month", "month", Bound.APPROX),
    ("The drug works within a week, trials showed.", "within a week", "week", Bound.UPPER),
    ("The market has not been this calm in more than a year.", "more than a year", "year", Bound.LOWER),
    ("Fewer than a minute separated the first three riders.", "Fewer than a minute", "minute", Bound.UPPER),
]


@pytest.mark.parametrize("text,surface,unit,bound", BOUNDED, ids=[t for t, *_ in BOUNDED])
def test_a_qualifier_bounds_one_unit_of_time(text, surface, unit, bound):
    found = [(m.text, m.kind, m.value, m.unit, m.bound) for m in find_mentions(text)]
    assert (surface, Kind.DURATION, Decimal(1), unit, bound) in found, found


EXACT = [
    ("The talks were held over a week in Geneva.", "a week"),
    ("The strike lasted a fortnight.", "a fortnight"),
    ("She was jailed for a year.", "a year"),
    ("The festival runs for an hour and a half.", "an hour and a half"),
    ("Prices fell over a decade of stagnation.", "a decade"),
    ("The rescue took a day.", "a day"),
]


@pytest.mark.parametrize("text,surface", EXACT, ids=[t for t, _ in EXACT])
def test_without_a_qualifier_the_unit_is_exact(text, surface):
    found = [(m.text, m.kind, m.bound) for m in find_mentions(text)]
    assert (surface, Kind.DURATION, Bound.EXACT) in found, found
