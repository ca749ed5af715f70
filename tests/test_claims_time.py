"""When a claim is about (claims/time.py), by table."""

import datetime as dt

import pytest

from claim_helpers import claim_of

D = dt.date
# (passage, number, publication date, expected time.at, expected time.start)
TIMES = [
    ("Syria's 21 million people are tired of war.", "21 million", "2016-10-01", D(2016, 10, 1), None),
    ("In 2015, 4.9 million Syrians were refugees.", "4.9 million", "2016-10-01", D(2015, 12, 31),
     D(2015, 1, 1)),
    # The number's own clause first: the year of another clause does not move it.
    ("Syria had 4.9 million refugees, up from 1 million in 2013.", "4.9 million", "2016-10-01",
     D(2016, 10, 1), None),
    # A year right after a number is that number's; one after another number is not.
    ("Syria's population grew from 12 million in 1990 to 22 million in 2010.", "22 million",
     "2016-10-01", D(2010, 12, 31), D(2010, 1, 1)),
    ("Syria's population grew from 12 million in 1990 to 22 million in 2010.", "12 million",
     "2016-10-01", D(1990, 12, 31), D(1990, 1, 1)),
    ("Ukraine's population has fallen to 37 million from 52 million in 1991.", "37 million",
     "2024-10-15", D(2024, 10, 15), None),
    # "before the invasion" right after another number dates that number, not this one.
    ("Ukraine's population, estimated at 41 million before the invasion, has shrunk to about "
     "37.7 million.", "37.7 million", "2024-03-01", D(2024, 3, 1), None),
    # A month named with "will" is the coming one; a month named alone is the last one.
    ("Britain's 68.5 million people will see council tax rise in April.", "68.5 million",
     "2024-02-02", D(2024, 4, 30), D(2024, 4, 1)),
    ("Britain's 68 million people saw council tax rise in April.", "68 million",
     "2024-02-02", D(2023, 4, 30), D(2023, 4, 1)),
    # "pre-war": the figure in force when the war began.
    ("Syria's pre-war population of 22 million has fallen.", "22 million", "2016-10-01",
     D(2011, 3, 14), None),
    ("Before the war, Syria had 22 million people.", "22 million", "2016-10-01", D(2011, 3, 14), None),
    # For a share only the whole is pre-war; the part is as of publication.
    ("Nearly half of Syria's pre-war population has been displaced.", "half", "2016-10-01",
     D(2016, 10, 1), D(2011, 3, 14)),
]


@pytest.mark.parametrize("text,surface,published,at,start", TIMES)
def test_time_of_the_claim(reference, text, surface, published, at, start):
    claim = claim_of(reference, text, surface, date=published)
    assert claim is not None
    assert claim.time.at == at and claim.time.start == start, claim.time


def test_pre_war_without_a_known_war_is_unverifiable(reference):
    from claim_helpers import finding_of
    finding = finding_of(reference, "Ukraine's pre-invasion population of 41 million has shrunk.",
                         "41 million", date="2024-01-10")
    assert finding.verdict.value == "unverifiable" and finding.reason == "no-event-start"


@pytest.mark.parametrize("text,surface", [
    ("Before the full-scale invasion, Ukraine had a population of 44 million.", "44 million"),
    ("Before Russia's invasion, Ukraine had 44 million people.", "44 million"),
    ("Ukraine's population before the Russian invasion was 44 million.", "44 million"),
    ("Before the full-scale invasion, Ukraine had 44 million people; today it is about 38 million.",
     "44 million"),
])
def test_before_an_invasion_is_the_event_start(reference, text, surface):
    """A population before an event is the one in force when it began, never today's: with no
    start date for the event in the reference, the claim cannot be checked."""
    from claim_helpers import finding_of
    finding = finding_of(reference, text, surface, date="2024-10-15")
    assert finding.verdict.value == "unverifiable" and finding.reason == "no-event-start", \
        finding.explanation


def test_a_clause_after_the_event_is_not_before_it(reference):
    from claim_helpers import finding_of
    finding = finding_of(reference, "Before the full-scale invasion, Ukraine had a population of "
                         "44 million; today it is about 38 million.", "38 million",
                         date="2024-10-15")
    assert finding.verdict.value == "supported", finding.explanation
