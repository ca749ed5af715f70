"""Common news phrasings of population, refugees, the internally displaced, the displaced,
deaths, GDP and war durations, by table: each gives the measure and the subject the text ties to
the number (claims/). Written apart from the verdict benchmark, to find the phrasings the
pipeline misses; a new phrasing goes here with the mechanism that reads it."""

import pytest

from claim_helpers import claim_of

# (passage, number, measure or None for no claim, subject or None for no subject)
PHRASINGS = [
    # population
    ("Nigeria, home to more than 220 million people, votes on Saturday.", "220 million", "population", "NGA"),
    ("Pakistan's population of 240 million is growing fast.", "240 million", "population", "PAK"),
    ("Ethiopia's 126 million people face rising prices.", "126 million", "population", "ETH"),
    ("The country of 33 million, Peru, goes to the polls.", "33 million", "population", "PER"),
    ("Bangladesh, a nation of 170 million, is on alert.", "170 million", "population", "BGD"),
    ("Kenya counts 55 million inhabitants, the census found.", "55 million", "population", "KEN"),
    ("Some 47 million Spaniards will vote on Sunday.", "47 million", "population", "ESP"),
    ("Egypt, with a population of about 110 million, imports most of its wheat.", "110 million", "population", "EGY"),
    ("Indonesia is home to 277 million people.", "277 million", "population", "IDN"),
    ("Japan's population shrank to 124 million last year.", "124 million", "population", "JPN"),
    ("The population of Brazil stands at 216 million.", "216 million", "population", "BRA"),
    ("Mexico has a population of 129 million.", "129 million", "population", "MEX"),
    ("Germany, population 84 million, faces recession.", "84 million", "population", "DEU"),
    ("Turkey's 85 million citizens face soaring inflation.", "85 million", "population", "TUR"),
    ("Ghana's population has grown to 34 million.", "34 million", "population", "GHA"),
    ("Canada's population topped 40 million this year.", "40 million", "population", "CAN"),
    ("There are 45 million Argentines, the census says.", "45 million", "population", "ARG"),
    ("JAKARTA - Indonesians, all 28.3 million of them, will pay more for fuel.", "28.3 million",
     "population", "IDN"),
    # refugees
    ("Turkey hosts 3.2 million Syrian refugees.", "3.2 million", "refugees", "SYR"),
    ("Some 2.5 million Afghans are registered refugees, the UN says.", "2.5 million", "refugees", "AFG"),
    ("The number of South Sudanese refugees has reached 2.3 million.", "2.3 million", "refugees", "SSD"),
    ("More than 6 million Ukrainians are refugees abroad.", "6 million", "refugees", "UKR"),
    ("Sudan's refugees now number 2 million, most of them in Chad.", "2 million", "refugees", "SDN"),
    ("About 1 million Rohingya refugees from Myanmar live in camps.", "1 million", "refugees", "MMR"),
    ("Somalia has produced some 800,000 refugees.", "800,000", "refugees", "SOM"),
    ("The UN counts 5.6 million refugees from Syria.", "5.6 million", "refugees", "SYR"),
    # idps
    ("Some 6.9 million people are internally displaced in Congo.", "6.9 million", "idps", None),
    ("Yemen has 4.5 million internally displaced people.", "4.5 million", "idps", "YEM"),
    ("Nearly 3 million Ethiopians are displaced within their own country.", "3 million", "idps", "ETH"),
    ("Somalia's internally displaced number 3.8 million.", "3.8 million", "idps", "SOM"),
    ("There are 6.8 million IDPs in Syria, the UN says.", "6.8 million", "idps", "SYR"),
    ("Colombia has 5 million internally displaced persons.", "5 million", "idps", "COL"),
    ("Over 2 million Nigerians have been displaced inside the country by the insurgency.", "2 million", "idps", "NGA"),
    # displaced
    ("The war has forced 12 million Sudanese from their homes.", "12 million", "displaced", "SDN"),
    ("Violence has uprooted 1.5 million Haitians.", "1.5 million", "displaced", "HTI"),
    ("Some 14 million Syrians have been displaced since 2011.", "14 million", "displaced", "SYR"),
    # deaths
    ("The war in Ukraine has killed more than 10,000 civilians, the UN says.", "10,000", "deaths", "UKR"),
    ("Syria's war has left more than 500,000 people dead.", "500,000", "deaths", "syrian-civil-war"),
    ("The Syrian civil war has killed an estimated 500,000 people.", "500,000", "deaths", "syrian-civil-war"),
    ("The death toll in Syria's war has passed 400,000.", "400,000", "deaths", "syrian-civil-war"),
    ("At least 470,000 people have died in Syria's conflict.", "470,000", "deaths", "syrian-civil-war"),
    ("Syria's war has cost more than 400,000 lives.", "400,000", "deaths", "syrian-civil-war"),
    # GDP
    ("Nigeria's economy, worth about $477 billion, is Africa's largest.", "$477 billion", "gdp", "NGA"),
    ("India has a GDP of $3.5 trillion.", "$3.5 trillion", "gdp", "IND"),
    ("Brazil's $2.1 trillion economy grew 2.9%.", "$2.1 trillion", "gdp", "BRA"),
    ("Kenya's gross domestic product reached $108 billion in 2023.", "$108 billion", "gdp", "KEN"),
    ("Egypt, a $400 billion economy, has sought IMF help.", "$400 billion", "gdp", "EGY"),
    ("Germany's GDP stood at $4.5 trillion last year.", "$4.5 trillion", "gdp", "DEU"),
    # durations
    ("Syria's civil war, now in its 13th year, has displaced millions.", "13th", None, None),
    ("After 13 years of war, Syria is in ruins.", "13 years", "duration", "syrian-civil-war"),
    ("The Syrian war has dragged on for more than a decade.", "a decade", "duration", "syrian-civil-war"),
    ("Syria's war entered its sixth year in March.", "sixth", None, None),
    ("Five years into Syria's war, the toll keeps rising.", "Five years", "duration", "syrian-civil-war"),

    ("Kenya, a country of 55 million people, depends on rain-fed farming.", "55 million", "population", "KEN"),
    ("Home to 45 million people, Sudan is facing famine.", "45 million", "population", "SDN"),
    ("Afghanistan's roughly 40 million people face a hunger crisis.", "40 million", "population", "AFG"),
    ("Uganda's population, now 48 million, is among the youngest in the world.", "48 million", "population", "UGA"),
    ("The Philippines has more than 110 million people.", "110 million", "population", "PHL"),
    ("The number of Ukrainian refugees in Europe has reached 6 million.", "6 million", "refugees", "UKR"),
    ("Syrians make up the world's largest refugee population, at 6.5 million.", "6.5 million", "refugees", "SYR"),
    ("Afghanistan has 3.2 million people displaced inside the country.", "3.2 million", "idps", "AFG"),
    ("Myanmar's internally displaced population has grown to 3 million.", "3 million", "idps", "MMR"),
    ("Sudan now has 10 million internally displaced people, the most in the world.", "10 million", "idps", "SDN"),
    ("The conflict in Yemen has displaced more than 4 million people.", "4 million", "displaced", "YEM"),
    ("Some 1.1 million Somalis were displaced by drought and conflict last year.", "1.1 million", "displaced", "SOM"),
    ("More than half of Syria's pre-war population of 22 million has been displaced.", "22 million", "population", "SYR"),
    ("An estimated 470,000 Syrians have been killed.", "470,000", "deaths", "syrian-civil-war"),
    ("Syria's death toll stands at more than 500,000.", "500,000", "deaths", "syrian-civil-war"),
    ("The economy of Nigeria, at $477 billion, is Africa's largest.", "$477 billion", "gdp", "NGA"),
    ("South Africa's GDP was $405 billion in 2022.", "$405 billion", "gdp", "ZAF"),
    ("Ethiopia's economy is worth $126 billion.", "$126 billion", "gdp", "ETH"),
    ("Syria's 13-year war has killed more than 500,000 people.", "13-year", "duration", "syrian-civil-war"),
    ("In its 14th year, Syria's war has displaced half the population.", "half", "displaced", "SYR"),
    ("About a quarter of Lebanon's population are refugees.", "a quarter", "refugees", "LBN"),
    # A share of refugees in a host country: whose refugees, the text does not say.
    ("One in four people in Lebanon is a refugee.", "One in four", "refugees", None),
]


@pytest.mark.parametrize("text,surface,measure,subject", PHRASINGS)
def test_news_phrasing(reference, text, surface, measure, subject):
    claim = claim_of(reference, text, surface, date="2024-10-15")
    if measure is None:
        assert claim is None, (claim.measure, claim.measure_text)
        return
    assert claim is not None, "no claim"
    assert (claim.measure, claim.subject) == (measure, subject), (
        claim.measure_text, claim.measure_rule, claim.subject_text)
