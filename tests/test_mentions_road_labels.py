"""Road and transport labels before a number make it a name: "junction 4", "exit 12",
"Terminal 5", "pier 39" (data/numbers.yaml: identifier_labels). Cases written from traffic and
travel copy; the same words after a number, or without one, leave counts alone."""

from __future__ import annotations

import pytest

from factcheck.mentions import find_mentions
from factcheck.model import Kind


def _readings(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind.value) for m in find_mentions(text)]


LABELS = [
    ("The M6 is shut at junction 4 after a crash.", "junction 4"),
    ("The M25 will close between junctions 10 and 11 this weekend.", "junctions 10"),
    ("A lorry overturned near junction 23 of the M1.", "junction 23"),
    ("Queues stretched from junction 9 back to junction 7.", "junction 9"),
    ("Queues stretched from junction 9 back to junction 7.", "junction 7"),
    ("Take exit 12 for the airport.", "exit 12"),
    ("Police closed exit 5 on the New Jersey Turnpike.", "exit 5"),
    ("Drivers missed exit 41 in the fog.", "exit 41"),
    ("Flights to Dublin leave from Terminal 5.", "Terminal 5"),
    ("Terminal 2 will reopen in March, the airport said.", "Terminal 2"),
    ("Passengers were evacuated from terminal 3 on Sunday.", "terminal 3"),
    ("The ferry docked at pier 39 in San Francisco.", "pier 39"),
    ("Fishermen gathered at Pier 7 before dawn.", "Pier 7"),
    ("The crash happened just after junction 14, police said.", "junction 14"),
]


@pytest.mark.parametrize("text,surface", LABELS, ids=[f"{t} [{s}]" for t, s in LABELS])
def test_a_road_label_makes_a_name(text, surface):
    assert (surface, Kind.IDENTIFIER.value) in _readings(text), _readings(text)


COUNTS = [
    ("There are 12 exits on the motorway.", "12"),
    ("The junction saw 40 crashes last year.", "40"),
    ("Engineers resurfaced 12 junctions in a month.", "12"),
    ("The airport's two terminals handle 80 million passengers.", "80 million"),
    ("The exit poll put turnout at 60%.", "60%"),
    ("Brexit 2 years on: trade is down 15%.", "15%"),
]


@pytest.mark.parametrize("text,surface", COUNTS, ids=[t for t, _ in COUNTS])
def test_the_words_elsewhere_leave_counts_alone(text, surface):
    kinds = dict(_readings(text))
    assert surface in kinds and kinds[surface] != Kind.IDENTIFIER.value, _readings(text)
