"""Result lines in sports copy are identifiers, not counts or ranges: three-digit basketball
scores ("a 148-143 win", "lost 124-114 to Denver") and tennis set scores written one after
another without commas ("6-3 7-6(5) 6-3"). Cases written from sports-page usage; the neighbours
that must stay quantities (ranges, tallies) are in the same table."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.mentions import find_mentions
from factcheck.model import Kind


def _readings(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind.value) for m in find_mentions(text)]


SCORES = [
    # basketball: three digits a side, with a result noun after or a result verb before
    ("The Celtics sealed a 112-104 win over Miami.", "112-104"),
    ("Denver held on for a 121-119 victory in overtime.", "121-119"),
    ("The Lakers lost 124-114 to Denver on Saturday.", "124-114"),
    ("Golden State beat Sacramento 118-94 at home.", "118-94"),
    ("The Knicks were routed 140-105 in Boston.", "140-105"),
    ("Milwaukee trailed 101-99 with a minute left.", "101-99"),
    ("It was a 130-128 defeat for the Suns.", "130-128"),
    ("The Bucks won 109-98 against Chicago.", "109-98"),
    # tennis: set scores one after another, with or without commas
    ("She won 6-4 6-2 in the final.", "6-4"),
    ("She won 6-4 6-2 in the final.", "6-2"),
    ("Sinner beat Medvedev 3-6 3-6 6-4 6-4 6-3 in Melbourne.", "3-6"),
    ("Sinner beat Medvedev 3-6 3-6 6-4 6-4 6-3 in Melbourne.", "6-3"),
    ("Alcaraz won 6-1 7-6(4) to reach the semi-finals.", "7-6(4)"),
    ("Alcaraz won 6-1 7-6(4) to reach the semi-finals.", "6-1"),
    ("The world No 1 was beaten 7-5 6-7(3) 6-4 by the qualifier.", "6-7(3)"),
    ("The world No 1 was beaten 7-5 6-7(3) 6-4 by the qualifier.", "6-4"),
    ("Swiatek won 6-2, 6-0 in 68 minutes.", "6-0"),
]


@pytest.mark.parametrize("text,score", SCORES, ids=[f"{t} [{s}]" for t, s in SCORES])
def test_a_result_line_is_one_identifier(text, score):
    readings = _readings(text)
    assert (score, Kind.IDENTIFIER.value) in readings, readings
    inside = text.index(score), text.index(score) + len(score)
    assert not [m for m in find_mentions(text) if m.kind is not Kind.IDENTIFIER
                and m.start < inside[1] and inside[0] < m.end], readings


QUANTITIES = [
    # pairs that are not results stay ranges or counts
    ("About 100-150 people gathered outside the court.", "100", "150"),
    ("Prices rose 10-15% this year.", "10", "15"),
    ("The party won 10-12 seats in the north.", "10", "12"),
    ("Respondents aged 18-24 and 25-34 were polled.", "25", "34"),
    ("The company expects to hire 200-250 engineers.", "200", "250"),
    ("Turnout was 60-65% in most districts.", "60", "65"),
]


@pytest.mark.parametrize("text,low,high", QUANTITIES, ids=[t for t, _, _ in QUANTITIES])
def test_a_pair_that_is_no_result_stays_a_range(text, low, high):
    mentions = find_mentions(text)
    assert not [m for m in mentions if m.kind is Kind.IDENTIFIER], _readings(text)
    assert (Decimal(low), Decimal(high)) in [(m.low, m.high) for m in mentions], _readings(text)
