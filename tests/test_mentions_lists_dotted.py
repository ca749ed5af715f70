"""Digits joined by bare commas or points that no style groups so: a list of numbers ("rooms
3,5,7"), or a name written in dotted groups ("192.168.1.2", "version 2.4.1").

Each row is a sentence in the style of a news report. A list row gives the numbers that must
come out, each its own mention and nothing but them over the list's span; a dotted row gives
the one identifier that must cover the whole run. Negative rows are real groupings that must
stay one number.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.mentions import find_mentions
from factcheck.model import Kind
from test_news_forms import _check, _ids


def _inside(text: str, span: str):
    start = text.index(span)
    return [m for m in find_mentions(text) if start <= m.start < start + len(span)]


# --- three or more one- and two-digit numbers joined by bare commas: a list ----------------------

LISTS = [
    ("Rooms 3,5,7 and 9 were closed after the flood.", "3,5,7", ["3", "5", "7"]),
    ("Platforms 1,2,3 are shut for repairs this weekend.", "1,2,3", ["1", "2", "3"]),
    ("Pupils must revise chapters 4,6,8,10 before the exam.", "4,6,8,10", ["4", "6", "8", "10"]),
    ("The winning numbers were 7,14,21,35,42.", "7,14,21,35,42", ["7", "14", "21", "35", "42"]),
    ("Gates 12,14,16 at the airport were evacuated.", "12,14,16", ["12", "14", "16"]),
    ("Wards 22,24,26,31 will vote on Sunday.", "22,24,26,31", ["22", "24", "26", "31"]),
    ("Exercises nos. 3,9,12 are optional.", "3,9,12", ["3", "9", "12"]),
    ("Polling booths 5,6,7,8 opened late.", "5,6,7,8", ["5", "6", "7", "8"]),
    ("Bus routes 10,11,15 are diverted around the march.", "10,11,15", ["10", "11", "15"]),
    ("Sectors 2,4,9 of the camp reported cholera cases.", "2,4,9", ["2", "4", "9"]),
    ("Episodes 1,2,3 are available to stream now.", "1,2,3", ["1", "2", "3"]),
    ("Grades 6,7,8 return to class on Monday.", "6,7,8", ["6", "7", "8"]),
    ("Blocks 18,19,20 of the estate lost power.", "18,19,20", ["18", "19", "20"]),
    ("Holes 3,7,16 were the hardest on the day.", "3,7,16", ["3", "7", "16"]),
    ("Counters 1,4,5 handle pension claims.", "1,4,5", ["1", "4", "5"]),
    ("Villages in zones 0,1,2 were evacuated.", "0,1,2", ["0", "1", "2"]),
    ("Questions 2,5,11 drew the most complaints.", "2,5,11", ["2", "5", "11"]),
    ("Lanes 4,5,6 of the highway reopened at noon.", "4,5,6", ["4", "5", "6"]),
    ("Tables 3,8,15 and 16 lists the results by district.", "3,8,15", ["3", "8", "15"]),
    ("Stands 9,10,11 were closed to fans.", "9,10,11", ["9", "10", "11"]),
    ("Units 21,23,25,27 of the plant are idle.", "21,23,25,27", ["21", "23", "25", "27"]),
]


@pytest.mark.parametrize("text,span,values", LISTS, ids=_ids(LISTS))
def test_bare_comma_numbers_are_a_list(text, span, values):
    found = _inside(text, span)
    assert [m.text for m in found] == values, [m.text for m in found]
    assert [m.value for m in found] == [Decimal(v) for v in values]
    assert all(m.problem is None and m.kind in (Kind.NUMBER, Kind.COUNT) for m in found)


GROUPINGS = [
    ("More than 3,00,000 people have died in the war.", "More than 3,00,000", {"value": "300000"}),
    ("The city has 1,234,567 residents.", "1,234,567", {"value": "1234567"}),
    ("The scheme reached 12,34,567 farmers.", "12,34,567", {"value": "1234567"}),
    ("Rainfall was 3,5 mm above normal, the agency said.", "3,5 mm", {"value": "3.5"}),
    ("A total of 5,10,150 voters were enrolled.", "5,10,150", {"value": "510150"}),
    ("He scored 3,000,00 runs, the board wrote.", "3,000,00",
     {"value": None, "problem": "malformed digit grouping; did you mean '300,000' or '3,00,000'?"}),
    ("Officials counted 1,00,00,000 ballots.", "1,00,00,000", {"value": "10000000"}),
]


@pytest.mark.parametrize("text,surface,expected", GROUPINGS, ids=_ids(GROUPINGS))
def test_groupings_stay_one_number(text, surface, expected):
    _check(text, surface, expected)


# --- three or more groups joined by points that are no European grouping: a name ------------------

DOTTED = [
    ("The attack came from the address 192.168.1.2, investigators said.", "192.168.1.2"),
    ("Users should upgrade to version 2.4.1 at once.", "2.4.1"),
    ("Clause 3.2.1 of the contract sets the penalty.", "3.2.1"),
    ("The patch, 10.15.7, fixes the flaw.", "10.15.7"),
    ("Traffic was routed through 10.0.0.1 overnight.", "10.0.0.1"),
    ("Section 4.12.3 of the code covers tenants.", "4.12.3"),
    ("Android 14.0.2 ships next week.", "14.0.2"),
    ("The server at 172.16.254.1 went offline.", "172.16.254.1"),
    ("Rule 7.5.2 was cited by the referee.", "7.5.2"),
    ("The app's release 3.10.4 drew complaints.", "3.10.4"),
    ("Paragraph 2.3.4.1 of the treaty is disputed.", "2.3.4.1"),
    ("See annex 1.1.2 for the figures.", "1.1.2"),
    ("Firmware 5.21.3 bricked some routers.", "5.21.3"),
    ("The kernel 6.1.105 is affected.", "6.1.105"),
    ("Standard 802.11.4 was never adopted.", "802.11.4"),
    ("The log showed requests from 8.8.8.8 and others.", "8.8.8.8"),
    ("Build 2024.3.1 is the last for the old phones.", "2024.3.1"),
    ("Item 12.4.6 of the agenda was deferred.", "12.4.6"),
    ("Update 1.0.3 restores the missing menus.", "1.0.3"),
    ("Article 9.2.7 of the charter bars it.", "9.2.7"),
]


@pytest.mark.parametrize("text,surface", DOTTED, ids=_ids(DOTTED))
def test_dotted_groups_are_a_name(text, surface):
    found = _inside(text, surface)
    assert [(m.text, m.kind) for m in found] == [(surface, Kind.IDENTIFIER)], \
        [(m.text, m.kind, m.problem) for m in found]


EUROPEAN = [
    ("Selon la police, 1.034.000 manifestants ont défilé.", "1.034.000", "1034000"),
    ("Es kamen 2.500.000 Besucher.", "2.500.000", "2500000"),
    ("Il bilancio è di 12.345.678 euro.", "12.345.678 euro", "12345678"),
    ("The date 18.10.2016 is a date, and 3.000.000 is a number.", "3.000.000", "3000000"),
]


@pytest.mark.parametrize("text,surface,value", EUROPEAN, ids=_ids(EUROPEAN))
def test_european_groupings_stay_numbers(text, surface, value):
    _check(text, surface, {"value": value})
