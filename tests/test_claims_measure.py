"""What a number counts is read from its own phrase and clause (claims/measure.py), by table."""

import pytest

from claim_helpers import claim_of

# (passage, number, expected measure or None for no claim, rule the measure came from)
MEASURES = [
    # Population phrasings: possessives, the country's, its, a people's name, openers.
    ("Kenya's 54 million people are bracing for drought.", "54 million", "population", None),
    ("The country's 44 million face winter, Ukraine's government said.", "44 million", "population", None),
    ("Chad is poor; its 18 million inhabitants depend on farming.", "18 million", "population", None),
    ("With 227 million people, Nigeria is Africa's most populous country.", "227 million", "population", None),
    ("Home to some 55 million people, Kenya is a hub for start-ups.", "55 million", "population", None),
    ("Ukraine, a country of some 44 million, is at war.", "44 million", "population", None),
    ("Jordan, a desert kingdom of 11.4 million, is short of water.", "11.4 million", "population", None),
    ("Before the war, Syria had 22 million people.", "22 million", "population", None),
    ("More than 200 million Nigerians now live under a weaker currency.", "200 million", "population",
     "a people's name"),
    # The measure comes from the number's own clause, not the nearest trigger in the sentence.
    ("The war has displaced 13.6 million Syrians, 6.4 million of them as refugees.", "6.4 million",
     "refugees", None),
    ("The war has displaced 13.6 million Syrians, 6.4 million of them as refugees.", "13.6 million",
     "displaced", None),
    ("Thousands fled the country, a country of 44 million people.", "44 million", "population", None),
    ("A year on, 5.7 million Ukrainians are refugees and 5.9 million are displaced inside the country.",
     "5.9 million", "idps", None),
    ("China's population fell for a second year, to about 1.41 billion, as deaths outnumbered births.",
     "1.41 billion", "population", None),
    # What happened to people beats the group they belong to.
    ("Agencies relocated more than 25,000 refugees from hillsides.", "25,000", "evacuated", None),
    ("South Sudan's 11.5 million people have been uprooted by war.", "11.5 million", "population", None),
    ("Ethiopia had 3.9 million people displaced by conflict.", "3.9 million", "displaced", None),
    # Shares: "one in N" is a share of the people named.
    ("One in five Syrians has fled abroad.", "One in five", "refugees", None),
    ("Burkina Faso has 2 million internally displaced people, nearly one in ten of its citizens.",
     "one in ten", "idps", None),
    # A count over a period is a flow, not the stock the reference holds.
    ("The war has already driven 3 million Ukrainians abroad in three weeks.", "3 million",
     "new_displacements", "a flow"),
    ("In three weeks, 200,000 Lebanese have fled to Syria.", "200,000", "new_displacements",
     "a flow"),
    ("Within 48 hours, more than 100,000 Armenians had fled.", "100,000", "new_displacements",
     "a flow"),
    # ... but a period in a clause of its own later on does not ("in three weeks" here dates
    # nothing about the 6 million).
    ("Nearly 6 million Ukrainians have fled abroad since the invasion.", "6 million", "refugees",
     None),
    # "last" the verb gives a length; "the last 24 hours" is a time window, no claim.
    ("Moscow said the Aleppo pause would last 12 hours.", "12 hours", "duration", None),
    ("The US-Russia ceasefire in Syria is meant to last 10 days.", "10 days", "duration", None),
    ("Shelling killed 12 people in the last 24 hours.", "24 hours", None, None),
    # An economy sized "at" an amount: its GDP.
    ("Germany, Europe's largest economy at $4.5 trillion, shrank again.", "$4.5 trillion", "gdp",
     None),
    # Living "in cities", "in poverty": a part of the country, no population claim.
    ("About 190 million Brazilians live in cities, a census analysis found.", "190 million",
     None, None),
    ("Some 3 million Kenyans living in poverty depend on aid.", "3 million", None, None),
    ("Some 84 million people live in Germany.", "84 million", "population", None),
    # Openers with an adjective before "nation of", "country of"; "an archipelago of".
    ("Indonesia, the world's largest Muslim-majority nation of 283 million, votes again.",
     "283 million", "population", None),
    ("The Philippines, an archipelago of 116 million people, is hit by typhoons.", "116 million",
     "population", None),
    ("Bolivia, a mountainous country of 12 million, votes on Sunday.", "12 million", "population",
     None),
    # Displaced "at home", "inside the country": internally displaced; "at home or abroad": both.
    ("Some 680,000 Somalis are refugees, and another 1.5 million are displaced at home.",
     "1.5 million", "idps", "displaced inside the country"),
    ("Cartel violence has displaced 390,000 Mexicans inside the country.", "390,000", "idps",
     "displaced inside the country"),
    ("Yemen's war has displaced 4.5 million people inside the country, a tenth of the population.",
     "4.5 million", "idps", "displaced inside the country"),
    ("The war has displaced 13 million Syrians at home or abroad.", "13 million", "displaced", None),
    ("The war has displaced 13 million Syrians; few have returned home.", "13 million", "displaced",
     None),
    # Fled to another country: refugees.
    ("Nearly 700,000 Central Africans fled to Cameroon and Chad.", "700,000", "refugees",
     "fled across a border"),
    ("Liberia's civil war has driven 745,000 people into neighbouring countries.", "745,000",
     "refugees", "fled across a border"),
    ("Some 2.6 million Venezuelans had fled by the end of 2018, most to Colombia.", "2.6 million",
     "refugees", "fled across a border"),
    # Where most of them went inside the country keeps them displaced.
    ("Some 2 million Sudanese have fled their homes, most of them to Darfur.", "2 million",
     "displaced", None),
    # A subgroup is not a population, even with "residents" in its clause.
    ("Saudi Arabia's 33.7 million residents include 13 million foreign workers.", "13 million", None,
     None),
    # Some of a people, not all of them.
    ("Over 90 million Vietnamese have mobile broadband.", "90 million", None, None),
    # Two measures joined are no single claim.
    ("The war has killed or driven from their homes more than half of Syria's people.", "half", None,
     None),
    # A head noun that names a measure by itself, but is no trigger elsewhere.
    ("The Syrian conflict has claimed 4.7 million lives, a think tank said.", "4.7 million",
     "deaths", "head noun"),
    ("Syria's war has cost some 470,000 lives.", "470,000", "deaths", "head noun"),
    # "including N" with a measure of its own is that measure, not a part (checker rules test
    # the part-named side: "including 86,692 civilians").
    ("Sudan's war has uprooted more than 10 million people, including 9 million inside the "
     "country.", "9 million", "idps", None),
    ("Syria's war has displaced 13.6 million people, including 6.4 million refugees.",
     "6.4 million", "refugees", None),
    ("More than 6 million Venezuelans have left the country, most of them to Colombia.",
     "6 million", "refugees", None),
    ("There are 6.8 million IDPs in Syria, the UN says.", "6.8 million", "idps", None),
    # A population whose modifier is another measure's word counts that measure.
    ("Myanmar's internally displaced population has grown to 3 million.", "3 million", "idps", None),
    ("Syria's refugee population stands at 6.5 million.", "6.5 million", "refugees", None),
    # A share's base is what comes before a verb: "of Eritreans are refugees" is a share of
    # Eritreans who are refugees, not a share of refugees.
    ("A third of Eritreans are refugees, rights groups say.", "A third", "refugees", None),
    ("A third of Rwanda's people now live in camps outside the country.", "A third", "refugees",
     None),
    ("Liberia, with 2.2 million people, has lost a third of them to exile.", "a third", "refugees",
     None),
    # Where they were driven, right after them, makes displaced people refugees.
    ("The conflict had driven about 730,000 Syrians abroad by the end of 2012.", "730,000",
     "refugees", None),
    ("Some 2.96 million Georgians still cannot return to their homes in Abkhazia.", "2.96 million",
     "displaced", None),
    # A trigger inside a name counts nothing: "the UN refugee agency", "World Refugee Day".
    ("Colombia's internally displaced population has risen to 7.3 million, or 13.7 percent of its "
     "people, the UN refugee agency said.", "13.7 percent", "idps", None),
    # A change verb gives a new value to what it is about, not to a trigger after the number.
    ("Ukraine's population, estimated at 41 million before the invasion, has shrunk to about "
     "37.7 million as people fled abroad.", "37.7 million", "population", "what its verb is about"),
    # An age before an event noun is how long the event has lasted.
    ("The 10-year-old Syrian war shows no sign of ending.", "10-year-old", "duration", None),
    ("Syria's five-month-old truce is fraying.", "five-month-old", "duration", None),
    # Not claims.
    ("A 10-year-old girl was among the dead in Syria.", "10-year-old", None, None),
    ("Doctors in Syria have saved 3,000 lives this year.", "3,000", None, None),
    ("The council has 28 districts.", "28", None, None),
    ("Her five children were at school.", "five", None, None),
]


@pytest.mark.parametrize("text,surface,measure,rule", MEASURES)
def test_measure_from_the_phrase(reference, text, surface, measure, rule):
    claim = claim_of(reference, text, surface)
    if measure is None:
        assert claim is None
        return
    assert claim is not None, "no claim"
    assert claim.measure == measure, (claim.measure, claim.measure_text, claim.measure_rule)
    assert claim.measure_rule  # every claim says how its measure was read
    if rule:
        assert claim.measure_rule == rule


def test_one_in_n_is_a_share_not_a_count(reference):
    claim = claim_of(reference, "Nearly one in ten Haitians has been displaced.", "one in ten")
    assert claim is not None and claim.mention.kind.value == "fraction"
    assert claim.mention.value * 10 == 1 and claim.denominator == "population"


def test_a_possessive_of_a_person_is_still_no_claim(reference):
    assert claim_of(reference, "Its five children were at school when 40 people died.", "five") is None
