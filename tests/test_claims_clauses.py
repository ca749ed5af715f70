"""What a number counts is read from its own clause and phrase, never from words elsewhere in the
sentence that only look like a measure's trigger: a name ("the UN refugee agency"), a host verb
after the number, a trigger past a ";" or outside a relative clause. By table, of composed
sentences: (passage, number, measure or None for no claim)."""

import pytest

from claim_helpers import claim_of, finding_of

MEASURES = [
    # names whose words are no trigger
    ("The UN refugee agency said 40,000 people attended the meeting in Kenya.", "40,000", None),
    ("On World Refugee Day, Peru counted 34 million people.", "34 million", "population"),
    ("Ghana, a country of 33 million, welcomed fans of the Africa Cup of Nations.", "33 million", "population"),
    # a host verb after the number is its verb, not its measure
    ("Kenya, a nation of 55 million hosting the summit, voted on Tuesday.", "55 million", "population"),
    ("Uganda hosts 1.6 million refugees.", "1.6 million", "refugees"),
    # no trigger across a ";" unless the clause refers back
    ("At least 500 people were killed in the floods; Peruvians, estimated at 34 million, mourned.", "34 million", None),
    ("Before the war, Syria had a population of 21 million; today it is about 23 million.", "23 million", "population"),
    # a relative clause counts what it says, not what the main clause counts
    ("Floods displaced 2 million people in Kenya's north, where 900,000 need food aid.", "900,000", None),
    ("Floods displaced 2 million people in Kenya's north, where 900,000 more were displaced.", "900,000", "displaced"),
    # "<Country>, whose N people", "the N people of <Country>": the country's population
    ("Peru, whose 34 million people vote on Sunday, has seen 1 million displaced by floods.", "34 million", "population"),
    ("Protests spread across Peru, whose $260 billion economy is slowing, and whose 34 million people face new taxes.", "34 million", "population"),
    ("Drought has uprooted a tenth of the 34 million people of Peru.", "34 million", "population"),
    ("The town, whose 9,000 people fled the floods, lies empty.", "9,000", "displaced"),
    # a possessor's people after a trigger of the clause; a leader's people; "<People>, N in all"
    ("The storm took a heavy toll on Peru's 34 million people.", "34 million", "population"),
    ("The storm left 500 dead and Peru's 34 million people displaced.", "34 million", "displaced"),
    ("The new president will now govern 34 million people in Peru.", "34 million", "population"),
    ("Peruvians, 34 million in all, voted on Sunday.", "34 million", "population"),
    ("The floods hit hard, 34,000 in all, in Peru.", "34,000", None),
    # refugees and the displaced in other words
    ("Some 900,000 Eritreans are in need of international protection, UNHCR said.", "900,000", "refugees"),
    ("Nearly a tenth of Peruvians have had to flee abroad.", "a tenth", "refugees"),
    ("Some 1 million people in Peru are living away from home after the floods.", "1 million", "displaced"),
    # a relative clause that counts its antecedent ("whose number", "whom ... counted at")
    ("Peruvian refugees, whose number the UN put at 9,000 at the end of 2023, are staying abroad.", "9,000", "refugees"),
    ("Peruvians displaced abroad, whom UNHCR counted at 9,000, are staying.", "9,000", "refugees"),
    ("Peruvian refugees, whose leaders met 9,000 officials, are staying abroad.", "9,000", None),
    # "live in" a country's own name that starts like a part place ("the West Bank and Gaza")
    ("Some 5.5 million Palestinians live in the West Bank and Gaza.", "5.5 million", "population"),
    ("Some 5 million Peruvians live in the west of the country.", "5 million", None),
    # a verb of change: what changed is its subject, not a trigger in the clause after it
    ("Peru's population has grown to 34 million as refugees arrived from Venezuela.", "34 million", "population"),
    ("Sudan's refugees rose to 2 million as fighting killed thousands.", "2 million", "refugees"),
    # "since" a year or a war's start: a stock
    ("Some 14 million Syrians have been displaced since 2011.", "14 million", "displaced"),
    ("Some 300,000 Peruvians have fled since April 2023.", "300,000", "displaced"),
    ("More than 9,000 Peruvians have sought refuge abroad since the 2018 crackdown.", "9,000", "refugees"),
    ("Floods have displaced 1 million Peruvians, 900,000 of them inside the country and some 100,000 sheltering across its borders.", "100,000", "refugees"),
]


@pytest.mark.parametrize("text,surface,measure", MEASURES)
def test_measure_from_the_numbers_own_clause(reference, text, surface, measure):
    claim = claim_of(reference, text, surface)
    assert (claim.measure if claim else None) == measure


# (passage, number, subject): a name inside an organisation's or a language's name is no subject.
SUBJECTS = [
    ("The war has displaced 4.5 million people, the Norwegian Refugee Council said.", "4.5 million", None),
    ("Cameroon's conflict in its English-speaking regions has displaced 700,000 people.", "700,000", "CMR"),
    # a name owning the number after ours is that number's subject
    ("Peru counts 34 million people against Chile's 19.6 million.", "34 million", "PER"),
    # "with N people" after the main clause: the country the sentence opens with
    ("Nigeria will overtake Brazil in size by 2030, with 230 million people.", "230 million", "NGA"),
    ("LIMA (Reuters) - Peru will overtake Chile in output, with 34 million people.", "34 million", "PER"),
    ("Peru's 34 million people vote between Chile and Bolivia, with 60,000 still displaced.", "60,000", "PER"),
    # a region or the world is no "country"; a people in the number's head wins over it
    ("Some 6 million Ukrainians are refugees across Europe, while 3.7 million remain displaced within the country.", "3.7 million", "UKR"),
    ("Some 6 million Ukrainians are refugees across Europe, while 3.7 million remain displaced within the country.", "6 million", "UKR"),
    ("Some 2.6 million Afghans are refugees, and 2 million are uprooted inside the country, the most in the world.", "2 million", "AFG"),
]


@pytest.mark.parametrize("text,surface,subject", SUBJECTS)
def test_no_subject_from_inside_a_name(reference, text, surface, subject):
    claim = claim_of(reference, text, surface)
    assert claim is not None and claim.subject == subject


# (passage, number, whether the claim is of a named part): a place that is no country, in an
# apposition right before the number, makes its figure a part the reference does not hold.
PARTS = [
    ("Floods hit Iquitos, a city of 400,000, in northern Peru.", "400,000", True),
    ("Fighting reached Goma, once home to some 2 million people, in eastern Congo.", "2 million", True),
    ("Refugees crowd into Dadaab, a camp whose population has swelled to 300,000, in Kenya.", "300,000", True),
    ("Peru, home to 34 million people, votes on Sunday.", "34 million", False),
    ("The United States, home to about 335 million people, votes in November.", "335 million", False),
]


@pytest.mark.parametrize("text,surface,part", PARTS)
def test_a_named_place_is_a_part(reference, text, surface, part):
    claim = claim_of(reference, text, surface)
    if part:  # no claim, or a claim about the part
        assert claim is None or claim.unresolved == "part-named"
    else:
        assert claim is not None and claim.measure == "population" and claim.unresolved is None


def test_pre_war_of_another_clause_does_not_date_the_number(reference):
    text = ("Ukraine's population, estimated at 41 million before the invasion, has shrunk to "
            "about 37.7 million, the demographer said.")
    before = claim_of(reference, text, "41 million", date="2024-03-01")
    after = claim_of(reference, text, "37.7 million", date="2024-03-01")
    assert before.time.text and "before the invasion" in before.time.text
    assert after.time.text is None and after.measure == "population"


# (passage, number, the date the claim is about), published 2024-03-01.
TIMES = [
    ("Peru had some 20 million people during the famine of 1984.", "20 million", "1984-12-31"),
    ("Peru had 26 million people in the first half of 2000.", "26 million", "2000-12-31"),
    ("Peruvian refugees now number 9,000, up from 7,000 a year earlier.", "7,000", "2023-03-01"),
    ("Peru counts 7,000 refugees, the agency said.", "7,000", "2024-03-01"),
]


@pytest.mark.parametrize("text,surface,date", TIMES)
def test_time_of_the_numbers_clause(reference, text, surface, date):
    claim = claim_of(reference, text, surface, date="2024-03-01")
    assert claim is not None and claim.time.at.isoformat() == date


# (passage, number, host): a host verb whose subject is the country the sentence opens with,
# across an apposition or a relative clause, makes the figure that host's.
HOSTS = [
    ("Chad, whose 19 million people are among the world's poorest, is sheltering 1 million refugees.", "1 million", "TCD"),
    ("Uganda, a country of 48 million, hosts 1.6 million refugees.", "1.6 million", "UGA"),
    ("Some 1.6 million Sudanese refugees, the UN said, are in need of help.", "1.6 million", None),
]


@pytest.mark.parametrize("text,surface,host", HOSTS)
def test_host_named_by_the_sentences_subject(reference, text, surface, host):
    claim = claim_of(reference, text, surface)
    assert claim is not None and claim.host == host


# (passage, amount, whether the finding is "period-not-dated"): an economy's size in other
# phrasings, and the day or month of the event reported is not its period.
MONEY = [
    ("Peru's economy has grown to $268 billion, the central bank said.", "$268 billion", False),
    ("Peru's economy, which the IMF estimates at $268 billion, is slowing.", "$268 billion", False),
    ("The $268 billion Peruvian economy added 50,000 jobs in May.", "$268 billion", False),
    ("Chile's economy, at $335 billion against Peru's $268 billion, is larger.", "$268 billion", False),
    ("Peruvians voted on Sunday in a country whose economy, worth $268 billion, is slowing.", "$268 billion", False),
    ("Peru's economy was worth $226 billion in 2020.", "$226 billion", True),
]


@pytest.mark.parametrize("text,surface,undated", MONEY)
def test_money_sizes_an_economy(reference, text, surface, undated):
    finding = finding_of(reference, text, surface)
    assert finding is not None and finding.claim.measure == "gdp"
    assert (finding.reason == "period-not-dated") == undated


# (passage, duration, event): a war named before the length ("a war of 13 years") or opening the
# clause after "N years on," is the war of the one country the sentence names.
DURATIONS = [
    ("The fall of Assad ends a war of more than 13 years in Syria.", "13 years", "syrian-civil-war"),
    ("Ten years on, the war has left Syria in ruins.", "Ten years", "syrian-civil-war"),
]


@pytest.mark.parametrize("text,surface,event", DURATIONS)
def test_duration_of_the_countrys_war(reference, text, surface, event):
    claim = claim_of(reference, text, surface, date="2024-12-09")
    assert claim is not None and claim.measure == "duration" and claim.subject == event
