"""More forms of numbers from news desks around the world, one table per family: newspapers'
currency abbreviations and glued currency letters, rates after words of how often, fiscal years
written with a slash, a change "by" one amount "to" a level, cricket innings, aircraft types and
house numbers. Rows are checked the way tests/test_news_forms.py checks its tables (one mention,
its surface and the fields listed); the `absent` tables list readings that must not be made.
"""

from __future__ import annotations

import pytest

from factcheck.mentions import find_mentions
from test_news_forms import _check, _ids

# --- currency abbreviations papers write, and single letters glued to an amount ----------------

CURRENCY_PREFIXES = [
    ("The naira closed at N1,545.20 against the dollar.", "N1,545.20", {"value": "1545.2", "kind": "money", "unit": "NGN"}),
    ("The budget is N3.005 trillion, the largest yet.", "N3.005 trillion", {"value": "3005000000000", "unit": "NGN"}),
    ("The state paid N500m to contractors.", "N500m", {"value": "500000000", "unit": "NGN"}),
    ("Petrol sold for N1,030 a litre in Abuja.", "N1,030", {"value": "1030", "unit": "NGN"}),
    ("Eskom owes municipalities R35bn.", "R35bn", {"value": "35000000000", "kind": "money", "unit": "ZAR"}),
    ("A loaf of bread now costs R18.21.", "R18.21", {"value": "18.21", "unit": "ZAR"}),
    ("The fine was R12.6 million.", "R12.6 million", {"value": "12600000", "unit": "ZAR"}),
    ("Average pay rose to R3,412 a week.", "R3,412", {"value": "3412", "unit": "ZAR"}),
    ("Congress approved P1.2 billion for flood control.", "P1.2 billion", {"value": "1200000000", "kind": "money", "unit": None}),
    ("Rice sells at P45.50 a kilo in Manila.", "P45.50", {"value": "45.5", "kind": "money", "unit": None}),
    ("The mayor offered a P5mil bounty.", "P5mil", {"value": "5000000", "kind": "money"}),
    ("Farmers were paid K50,000 each in Lusaka.", "K50,000", {"value": "50000", "kind": "money", "unit": None}),
    ("Onions sell at Tk 120 a kg in Dhaka.", "Tk 120", {"value": "120", "kind": "money", "unit": "BDT"}),
    ("The levy rises to Tk 1.5 crore next year.", "Tk 1.5 crore", {"value": "15000000", "unit": "BDT"}),
    ("A ticket costs LE1,200 in Cairo.", "LE1,200", {"value": "1200", "kind": "money", "unit": "EGP"}),
    ("The fare is now E£60.", "E£60", {"value": "60", "unit": "EGP"}),
    ("Qatar set a QR500 fine for littering.", "QR500", {"value": "500", "unit": "QAR"}),
    ("Turkey raised the minimum wage to TL 17,002.", "TL 17,002", {"value": "17002", "unit": "TRY"}),
    ("Gold rose to Dh312.75 per gram in Dubai.", "Dh312.75", {"value": "312.75", "kind": "money", "unit": None}),
    ("A taxi ride starts at Dh12.", "Dh12", {"value": "12", "kind": "money", "unit": None}),
    ("Violators face a SR10,000 fine.", "SR10,000", {"value": "10000", "kind": "money", "unit": None}),
    ("Cocoa farmers get GH¢48,000 per tonne.", "GH¢48,000", {"value": "48000", "unit": "GHS"}),
]

# Glued letters that name things, and letters apart from the digits: no amount of money.
LETTERS_NOT_MONEY = [
    ("Hospitals ran short of N95 masks.", "N95"),
    ("He handed in his P45 on Friday.", "P45"),
    ("Climbers reached the summit of K2 in July.", "K2"),
    ("The P5 nations met in Geneva.", "P5"),
    ("The film is rated R18 in some markets.", "R18"),
    ("Toys shaped like R2-D2 sold out.", "R2-D2"),
    ("The N7 was closed after the crash.", "N7"),
    ("Petrol sold for N617 a litre.", "N617"),
]


# Once the letter is read as money in a text, the same letter on a plain number there is too.
LETTERS_SETTLED_BY_THE_TEXT = [
    ("Petrol now sells for N1,030 per litre, against N617 in June.", "N617", "NGN"),
    ("Banks may charge a stamp duty of N50 on transfers of N10,000 and above.", "N50", "NGN"),
    ("Sassa will pay the R370 grant at a cost of R35bn a year.", "R370", "ZAR"),
    ("Fares rose from R18 to R24.50 on Monday.", "R18", "ZAR"),
    ("The levy of N200 adds to N1.2bn already collected.", "N200", "NGN"),
]


@pytest.mark.parametrize("text,surface,unit", LETTERS_SETTLED_BY_THE_TEXT,
                         ids=_ids(LETTERS_SETTLED_BY_THE_TEXT))
def test_a_letter_read_as_money_settles_its_plain_amounts(text, surface, unit):
    _check(text, surface, {"kind": "money", "unit": unit})


def test_a_plain_amount_alone_stays_unread():
    _check("Sassa will pay the R370 grant from April.", "R370", {"kind": "identifier"})


@pytest.mark.parametrize("text,surface,expected", CURRENCY_PREFIXES, ids=_ids(CURRENCY_PREFIXES))
def test_currency_prefixes(text, surface, expected):
    _check(text, surface, expected)


@pytest.mark.parametrize("text,surface", LETTERS_NOT_MONEY, ids=_ids(LETTERS_NOT_MONEY))
def test_glued_letters_without_an_amount_are_no_money(text, surface):
    assert not [m for m in find_mentions(text) if m.kind.value == "money"], surface


@pytest.mark.parametrize("text", ["He paid R 2,000 in cash.", "Group N 5,000 strong marched."])
def test_a_letter_apart_from_the_digits_is_no_currency(text):
    assert not [m for m in find_mentions(text) if m.kind.value == "money"]


# --- rates after words of how often ---------------------------------------------------------

RATES_NOT_DURATIONS = [
    "She visits her mother twice a week.",
    "The committee meets once a month.",
    "Buses run three times a day on Sundays.",
    "He must sign on at a Garda station twice a week.",
    "Bins are emptied once a fortnight.",
    "Inspectors call several times a year.",
    "Take the tablet twice a day with food.",
    "The ferry sails thrice a week in winter.",
    "Prices were reviewed four times a year.",
    "The patient was turned every two hours, six times a day.",
    "Trains stop here once an hour.",
    "The board is briefed once a quarter.",
    "Nurses check the ward twice an hour at night.",
    "The paper is printed twice a day.",
    "The market opens three times a week.",
    "Water is rationed to once a day in the camp.",
    "Officials met twice a month during the talks.",
    "Drills are held once a year at the plant.",
    "The app is updated several times a week.",
    "Pensions are paid once a month.",
]

DURATIONS_KEPT = [
    ("Take it once a day for a week.", "a week", {"value": "1", "unit": "week"}),
    ("It happens often, and it lasted a year.", "a year", {"value": "1", "unit": "year"}),
    ("They met twice, and the war lasted a decade.", "a decade", {"value": "1", "unit": "decade"}),
]


@pytest.mark.parametrize("text", RATES_NOT_DURATIONS, ids=[t[:60] for t in RATES_NOT_DURATIONS])
def test_unit_after_a_word_of_how_often_is_a_rate(text):
    assert not [m for m in find_mentions(text) if m.kind.value == "duration" and m.value == 1], text


@pytest.mark.parametrize("text,surface,expected", DURATIONS_KEPT, ids=_ids(DURATIONS_KEPT))
def test_durations_after_a_rate_stay_durations(text, surface, expected):
    _check(text, surface, {"kind": "duration", **expected})


# --- fiscal years with a slash ------------------------------------------------------------------

FISCAL_YEARS = [
    ("The deficit will narrow to 4.5% of GDP in 2025/26.", "2025/26", {"kind": "year", "low": "2025", "high": "2026"}),
    ("Cocoa prices for the 2024/25 season rose 44.9%.", "2024/25", {"low": "2024", "high": "2025"}),
    ("Growth in 1999/00 was the fastest on record.", "1999/00", {"low": "1999", "high": "2000"}),
    ("The 2023/24 budget cut spending.", "2023/24", {"low": "2023", "high": "2024"}),
    ("In 2025-26 revenue is forecast to rise.", "2025-26", {"low": "2025", "high": "2026"}),
]

NOT_FISCAL = [
    ("He scored in 2024/5 of the games.", "2024"),
    ("The firm's 2024/26 plan runs two years.", "2024"),
]


@pytest.mark.parametrize("text,surface,expected", FISCAL_YEARS, ids=_ids(FISCAL_YEARS))
def test_fiscal_years(text, surface, expected):
    _check(text, surface, {"kind": "year", **expected})


@pytest.mark.parametrize("text,surface", NOT_FISCAL, ids=_ids(NOT_FISCAL))
def test_not_fiscal_years(text, surface):
    found = {m.text: m for m in find_mentions(text)}
    assert surface in found and found[surface].low is None


# --- a change "by" one amount "to" a level ------------------------------------------------------

BY_TO_LEVEL = [
    ("The bank cut its base rate by a quarter percentage point to 3.25%.", "3.25%", "3.25"),
    ("The bank raised rates by 50 basis points to 5%.", "5%", "5"),
    ("The central bank lifted its key rate by 0.25 percentage points to 6.5%.", "6.5%", "6.5"),
    ("Sales fell by 3 per cent to £2bn.", "£2bn", "2000000000"),
    ("The regulator cut the cap by 7% to 1,568.", "1,568", "1568"),
    ("Prices in the city rose by 4% to 50% above the 2019 level.", "50%", "50"),
    ("The lender trimmed its prime rate by 10 basis points to 8.9%.", "8.9%", "8.9"),
    ("Turnout dropped by 5 points to 61 per cent.", "61 per cent", "61"),
]


@pytest.mark.parametrize("text,surface,value", BY_TO_LEVEL, ids=_ids(BY_TO_LEVEL))
def test_a_change_by_then_the_level(text, surface, value):
    _check(text, surface, {"value": value, "low": None, "high": None})
    assert not [m for m in find_mentions(text) if m.kind.value == "range"]


def test_a_range_of_the_change_is_still_a_range():
    _check("Sales grew by between 4% and 5%.", "between 4% and 5%", {"low": "4", "high": "5"})
    _check("Sales grew by 4-5% a year.", "4-5%", {"low": "4", "high": "5"})


# --- cricket innings -------------------------------------------------------------------------

INNINGS = [
    ("Bangladesh posted 287-6 in their 50 overs at Mirpur.", "287-6"),
    ("India were 120-4 at lunch on the second day.", "120-4"),
    ("England declared on 415-8 shortly after tea.", "415-8"),
    ("Australia slumped to 89-7 before rain stopped play.", "89-7"),
    ("At stumps they were 52-1, trailing by 200.", "52-1"),
    ("Pakistan reached 310-5 in reply.", "310-5"),
    ("India reached 52 for one at stumps.", "52 for one"),
    ("Nissanka's unbeaten 210 helped Sri Lanka to 381 for three, the highest total.", "381 for three"),
    ("England were 245 for 10 when the innings closed.", "245 for 10"),
    ("Kenya finished on 140 for nine.", "140 for nine"),
    ("The hosts resumed on 198-3 on Sunday.", "198-3"),
    ("South Africa were 34 for two in the fifth over.", "34 for two"),
]

NOT_INNINGS = [
    ("The Senate voted 90-8 to pass the bill.", "90"),
    ("Sales rose 300-400 units a month.", "300-400"),
    ("He sold 50 for one euro each.", "50"),
    ("Between 20-30 people gathered.", "Between 20-30"),
]


@pytest.mark.parametrize("text,surface", INNINGS, ids=_ids(INNINGS))
def test_cricket_innings_are_no_quantity(text, surface):
    _check(text, surface, {"kind": "identifier"})


@pytest.mark.parametrize("text,surface", NOT_INNINGS, ids=_ids(NOT_INNINGS))
def test_not_innings(text, surface):
    found = {m.text: m for m in find_mentions(text)}
    assert surface in found and found[surface].kind.value != "identifier", found


# --- aircraft types and house numbers --------------------------------------------------------

TYPES = [
    ("The airline ordered 50 787-10 jets.", "787-10"),
    ("It will take a Boeing 777-9 next year.", "Boeing 777-9"),
    ("The carrier flies 777-300ER aircraft to Dubai.", "777-300ER"),
    ("It retired two 737-800 planes.", "737-800"),
    ("It leased three 737-800s from a lessor.", "737-800s"),
    ("The 777-9 jets will arrive in 2027.", "777-9"),
    ("Its fleet of 20 767-300 freighters is ageing.", "767-300"),
]

STREETS = [
    ("Firefighters battled a blaze on 1200 Industrial Parkway.", "1200 Industrial Parkway"),
    ("The shop at 45 Ocean Blvd closed.", "45 Ocean Blvd"),
    ("Protesters gathered outside 10 Columbus Circle.", "10 Columbus Circle"),
    ("Police were called at 88 Union Plaza.", "88 Union Plaza"),
]


@pytest.mark.parametrize("text,surface", TYPES, ids=_ids(TYPES))
def test_aircraft_types(text, surface):
    _check(text, surface, {"kind": "identifier"})


def test_a_range_of_aircraft_is_still_a_range():
    _check("The airline may order 100-200 jets.", "100-200", {"kind": "range", "low": "100", "high": "200"})
    _check("Funding of $100-200M was sought.", "$100-200M", {"low": "100000000", "high": "200000000"})


@pytest.mark.parametrize("text,surface", STREETS, ids=_ids(STREETS))
def test_house_numbers(text, surface):
    _check(text, surface, {"kind": "identifier"})


# --- a share of a percentage point ---------------------------------------------------------------

POINT_SHARES = [
    ("The Bank of England cut rates by a quarter point to 4.75 per cent.", "a quarter point", "0.25"),
    ("The Fed delivered a half-point cut in September.", "a half-point", "0.5"),
    ("Markets expect a quarter-point rise next month.", "a quarter-point", "0.25"),
    ("Yields climbed more than a quarter point on Friday.", "more than a quarter point", "0.25"),
    ("The lead narrowed by three quarters of a point.", "three quarters", "0.75"),
    ("It raised rates by a quarter percentage point.", "a quarter percentage point", "0.25"),
]


@pytest.mark.parametrize("text,surface,value", POINT_SHARES, ids=_ids(POINT_SHARES))
def test_a_share_of_a_point(text, surface, value):
    _check(text, surface, {"value": value})


def test_the_spoken_decimal_point_is_still_read():
    _check("The index rose two point five per cent.", "two point five per cent", {"value": "2.5", "kind": "percent"})


# --- more parts of currencies (factcheck/data/currencies.yaml) -------------------------------------

MORE_SUBUNITS = [
    ("The baht weakened by 50 satang against the dollar.", "50 satang", {"value": "0.5", "unit": "THB"}),
    ("A bus fare rose by 50 halalas.", "50 halalas", {"value": "0.5", "unit": "SAR"}),
    ("Bread went up by 20 piastres a loaf.", "20 piastres", {"value": "0.2", "unit": None}),
    ("The shekel slipped 12 agorot.", "12 agorot", {"value": "0.12", "unit": "ILS"}),
    ("Sugar rose 50 poisha a kg.", "50 poisha", {"value": "0.5", "unit": "BDT"}),
]


@pytest.mark.parametrize("text,surface,expected", MORE_SUBUNITS, ids=_ids(MORE_SUBUNITS))
def test_more_parts_of_currencies(text, surface, expected):
    _check(text, surface, {"kind": "money", **expected})
