"""A house number in a street address is an identifier, not a count: "at 10 Downing Street",
"outside 1600 Pennsylvania Avenue". It takes a word before the number that places something
("at", "on", "outside") and one or two capitalised words ending in a street word
(data/numbers.yaml: street_types, address_before). Cases written from police, court and
politics copy; the neighbours that stay quantities or dates are in the same file."""

from __future__ import annotations

import pytest

from factcheck.mentions import find_mentions
from factcheck.model import Kind


def _readings(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind.value) for m in find_mentions(text)]


ADDRESSES = [
    ("A spokesman at 10 Downing Street said the talks had gone well.", "10 Downing Street"),
    ("Protesters gathered outside 1600 Pennsylvania Avenue on Saturday.", "1600 Pennsylvania Avenue"),
    ("Police were called to a house on 14 Elm Street at 2am.", "14 Elm Street"),
    ("The fire at 45 Old Kent Road destroyed three shops.", "45 Old Kent Road"),
    ("Officers raided a flat at 3 Marine Parade, Brighton.", "3 Marine Parade"),
    ("He had lived at 12 Acacia Avenue since 1998.", "12 Acacia Avenue"),
    ("The body was found at a property on 27 Church Lane.", "27 Church Lane"),
    ("Bailiffs arrived at 8 Queen's Gardens on Monday.", "8 Queen's Gardens"),
    ("Crowds waited outside 11 Downing Street for the chancellor.", "11 Downing Street"),
    ("A car crashed into a wall near 221 Baker Street.", "221 Baker Street"),
    ("The shop opposite 40 High Street was also searched.", "40 High Street"),
    ("She was arrested at 19 Victoria Road, Leeds.", "19 Victoria Road"),
    ("The meeting took place at 30 Rockefeller Place in Manhattan.", "30 Rockefeller Place"),
    ("A man was stabbed outside 6 Mill Close on Friday night.", "6 Mill Close"),
    ("Neighbours at 52 Orchard Drive heard shouting.", "52 Orchard Drive"),
    ("Detectives are at 101 Park Terrace, where the fire started.", "101 Park Terrace"),
]


@pytest.mark.parametrize("text,address", ADDRESSES, ids=[a for _, a in ADDRESSES])
def test_a_house_number_is_an_identifier(text, address):
    assert (address, Kind.IDENTIFIER.value) in _readings(text)


QUANTITIES = [
    # no placing word before the number: the street may name what is counted
    ("A survey of 300 Main Street businesses found that many had closed.", "300", Kind.NUMBER),
    ("The 40 Wall Street banks paid bonuses.", "40", Kind.NUMBER),
    # a month after the number makes a date, whatever follows
    ("On 14 February Hill said he would resign.", "14 February", Kind.DATE),
    ("Police were called on 3 March Street parties were banned.", "3 March", Kind.DATE),
    # a capitalised word that is no street
    ("He waited at 10 Downing for an hour.", "10", Kind.NUMBER),
    ("The court heard that at 12 Smith had left the club.", "12", Kind.NUMBER),
]


@pytest.mark.parametrize("text,surface,kind", QUANTITIES, ids=[t for t, _, _ in QUANTITIES])
def test_without_an_address_the_number_keeps_its_reading(text, surface, kind):
    assert (surface, kind.value) in _readings(text), _readings(text)
