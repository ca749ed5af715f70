"""Whose number it is (claims/subject.py): from what the text names and ties to it, by table."""

import pytest

from claim_helpers import claim_of

# (passage, number, expected subject (None: no subject), expected host or None)
SUBJECTS = [
    ("Brazil's 214 million people vote on Sunday.", "214 million", "BRA", None),
    ("214 million Brazilians vote on Sunday.", "214 million", "BRA", None),
    # "the country's" is the country the sentence names, not the article's first one.
    ("Germany, Europe's largest economy, says the country's 84 million residents will pay more.",
     "84 million", "DEU", None),
    # A region in a superlative describes the country; it is not the subject.
    ("Nigeria, Africa's most populous country, has 227 million people.", "227 million", "NGA", None),
    # An event placed in a city is an event of the city's country: "the pause in Aleppo" while
    # Russia, named first, is no country of that pause.
    ("Russia announced an eight-hour humanitarian pause in Aleppo for Thursday.", "eight-hour",
     "aleppo-pause-2016-10", None),
    # A generic event word never resolves to an event in a country the text does not name.
    ("The seven-year war has killed 400,000 people.", "400,000", None, None),
    ("The seven-year war has killed 400,000 people.", "seven-year", None, None),
    # An event's name that names its country ("the war in Syria") is that event, not generic.
    ("The war in Syria has left 1.9 million people wounded.", "1.9 million", "syrian-civil-war",
     None),
    # A length's clause that names a country with an event noun names that country's event.
    ("Five years into Syria's war, the toll keeps rising.", "Five years", "syrian-civil-war", None),
    ("The Syrian war has dragged on for a decade.", "decade", "syrian-civil-war", None),
    # "the most in the world" places a superlative; the world is not the subject.
    ("Sudan now has 10 million internally displaced people, the most in the world.", "10 million",
     "SDN", None),
    ("Sudan's war has displaced 13.6 million people, the largest displacement crisis in the "
     "world.", "13.6 million", "SDN", None),
    # A pause's length in a city is the pause the reference knows in the city's country.
    ("Russia said the 30-hour pause would let civilians leave eastern Aleppo.", "30-hour",
     "aleppo-pause-2016-10", None),
    # "whose": the name right before it; a clause that opens with its verb or "with" is about
    # the country the sentence opens with (after a dateline).
    ("Sudan, whose 50 million people now face hunger, has seen 14 million people forced from "
     "their homes.", "50 million", "SDN", None),
    ("ADDIS ABABA (Reuters) - Ethiopia, whose population of some 120 million is second in Africa "
     "only to Nigeria's, had 3.6 million people displaced internally last year.", "3.6 million",
     "ETH", None),
    ("India will overtake China as the most populous country, with 1.428 billion people against "
     "China's 1.425 billion.", "1.428 billion", "IND", None),
    ("Chad, whose 19 million people are among the poorest, is sheltering upwards of 1 million "
     "refugees, the bulk of them from Sudan.", "1 million", None, "TCD"),
    ("Protests spread across Kenya, whose $107 billion economy is struggling, and whose 55 "
     "million people face new taxes.", "55 million", "KEN", None),
    ("The fall of Assad ends a war of more than 13 years that displaced 13.6 million Syrians.",
     "13 years", "syrian-civil-war", None),
    ("Afghan refugees are among the longest-displaced people in the world, while 26 million "
     "Afghans are uprooted inside the country.", "26 million", "AFG", None),
    # People's names of any shape, from demonyms.yaml.
    ("Some 47 million Spaniards will vote on Sunday.", "47 million", "ESP", None),
    ("There are 45 million Argentines, the census says.", "45 million", "ARG", None),
    # The one war the reference knows in the one country named, at the claim's time.
    ("The UN said it had documented 191,369 killings in Syria.", "191,369", "syrian-civil-war", None),
    # A name that names two countries is no subject.
    ("Congo, a country of about 106 million, is voting.", "106 million", None, None),
    # Refugees by origin, abstaining only for a host's own count.
    ("Uganda hosts 1.4 million South Sudanese refugees.", "1.4 million", "SSD", "UGA"),
    ("About 2.3 million South Sudanese are refugees, the majority of them in Uganda.", "2.3 million",
     "SSD", None),
    ("More than 7 million Venezuelans have left the country, most of them now living in Colombia, "
     "Peru and Chile.", "7 million", "VEN", None),
    ("Jordan shelters 650,000 registered Syrian refugees.", "650,000", "SYR", "JOR"),
    ("Across Europe, almost 4.8m Ukrainians have registered for temporary protection.", "4.8m", "UKR",
     "europe"),
    # A place named only as where part of them are is not whose they are.
    ("Across the region, 14 million people are displaced, most of them in Sudan.", "14 million", None,
     None),
    # "the war in Ukraine" is not Syria's war, though the sentence names Syria (the reference
    # knows no war in Ukraine: the length is Ukraine's, which has no dates, so unverifiable).
    ("Syria's war has displaced 13.5 million; the war in Ukraine has lasted three weeks.",
     "three weeks", "UKR", None),
    # A length owned by a country ("Syria's 11-year war") is that country's event of the noun's
    # kind, whatever other country the sentence names.
    ("Syria's 11-year war has displaced 13.5 million; the war in Ukraine has driven 3 million abroad.",
     "11-year", "syrian-civil-war", None),
    ("Unlike Syria's five-year war, Iraq's fight has displaced 3.3 million people.", "five-year",
     "syrian-civil-war", None),
    # A city's siege is not its country's war.
    ("Aleppo's four-year siege has ended.", "four-year", "aleppo", None),
    # No event of that kind in the country: no subject taken from elsewhere.
    ("Yemen's eight-year war has pushed 17 million people into hunger.", "eight-year", "YEM", None),
    # A modifier is not a subject.
    ("More than 3 lakh people have lost their lives, the UK-based monitor said.", "3 lakh", None, None),
]


@pytest.mark.parametrize("text,surface,subject,host", SUBJECTS)
def test_subject_from_what_the_text_ties(reference, text, surface, subject, host):
    claim = claim_of(reference, text, surface, date="2016-10-01" if "Syria" in text else "2024-03-01")
    assert claim is not None, "no claim"
    assert claim.subject == subject, (claim.subject, claim.subject_text)
    assert claim.host == host
    if subject:
        assert claim.subject_text  # every subject says which words it came from
