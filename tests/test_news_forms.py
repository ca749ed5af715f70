"""Forms of numbers that news text uses, one table per family, each read the way a reader would.

Every row is a sentence in the style of a news report and the one mention it is about: its
surface, and the fields that must come out (value, kind, unit, low, high, bound). A row fails if
that mention is not found with exactly that surface, or any listed field differs.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.mentions import find_mentions
from factcheck.model import decimal_text


def _mention(text: str, surface: str):
    found = [m for m in find_mentions(text) if m.text == surface]
    assert found, f"no mention {surface!r} in {text!r}: {[m.text for m in find_mentions(text)]}"
    return found[0]


def _check(text: str, surface: str, expected: dict) -> None:
    m = _mention(text, surface)
    got = {"value": decimal_text(m.value), "kind": m.kind.value, "unit": m.unit,
           "low": decimal_text(m.low), "high": decimal_text(m.high), "bound": m.bound.value,
           "problem": m.problem}
    for field, want in expected.items():
        if field in ("value", "low", "high") and want is not None:
            assert got[field] is not None and Decimal(got[field]) == Decimal(want), (field, got)
        else:
            assert got[field] == want, (field, got)


def _ids(table):
    return [row[0][:60] for row in table]


# --- scale letters and abbreviations after digits -----------------------------------------------

SCALE_ABBREVIATIONS = [
    ("The campaign raised 250K from small donors.", "250K", {"value": "250000"}),
    ("Its streams reached 7M within a week.", "7M", {"value": "7000000"}),
    ("The bloc pledged €4B in aid to the region.", "€4B", {"value": "4000000000", "unit": "EUR"}),
    ("The club paid 5mil for the striker.", "5mil", {"value": "5000000"}),
    ("Exports reached 3 bln tonnes last season.", "3 bln", {"value": "3000000000"}),
    ("The state set aside Rs 12 cr for repairs.", "Rs 12 cr", {"value": "120000000", "unit": None}),
    ("A grant of $12k went to each school.", "$12k", {"value": "12000", "unit": "USD"}),
    ("The deal is worth $1.2bn to the firm.", "$1.2bn", {"value": "1200000000", "unit": "USD"}),
    ("Debt rose to 2.5tn yen by March.", "2.5tn yen", {"value": "2500000000000", "unit": "JPY"}),
    ("Fans bought 10MM tickets over the decade.", "10MM", {"value": "10000000"}),
    ("Council spent £450m on the tram line.", "£450m", {"value": "450000000", "unit": "GBP"}),
    ("The fund lost 3.4 mln dollars overnight.", "3.4 mln dollars", {"value": "3400000", "unit": "USD"}),
    ("Revenue hit 20 bil last year.", "20 bil", {"value": "20000000000"}),
    ("The scheme will cost Rs 500 crs over five years.", "Rs 500 crs", {"value": "5000000000", "unit": None}),
    ("The platform has 1.5B users worldwide.", "1.5B", {"value": "1500000000"}),
    ("Subscribers grew to 45K in a month.", "45K", {"value": "45000"}),
    ("China's trade surplus was 1 trn yuan.", "1 trn yuan", {"value": "1000000000000", "unit": "CNY"}),
    ("Analysts expect a loss of 300 mn this quarter.", "300 mn", {"value": "300000000"}),
    ("The video drew 2.3M views.", "2.3M", {"value": "2300000"}),
    ("Bail was set at $5M for the executive.", "$5M", {"value": "5000000", "unit": "USD"}),
    ("A 3 tln budget was tabled in parliament.", "3 tln", {"value": "3000000000000"}),
    ("Oil income fell to 40 Bn riyals.", "40 Bn", {"value": "40000000000"}),
]


@pytest.mark.parametrize("text,surface,expected", SCALE_ABBREVIATIONS, ids=_ids(SCALE_ABBREVIATIONS))
def test_scale_abbreviations(text, surface, expected):
    _check(text, surface, expected)


# A number in words before a spaced scale abbreviation: the abbreviation multiplies it; the
# letters that count only glued to digits ("m", "k") do not follow words.
WORDS_WITH_ABBREVIATIONS = [
    ("The deal is worth three bn dollars.", "three bn dollars", {"value": "3000000000", "unit": "USD"}),
    ("Some two mln people were displaced.", "Some two mln", {"value": "2000000"}),
    ("The firm sold five dozs crates.", "five dozs", {"value": "60"}),
    ("Police seized four doz rifles.", "four doz", {"value": "48"}),
    ("Exports reached six bln tonnes.", "six bln", {"value": "6000000000"}),
    ("The city owes nine mn pounds.", "nine mn pounds", {"value": "9000000", "unit": "GBP"}),
    ("It raised ten bil yen in bonds.", "ten bil yen", {"value": "10000000000", "unit": "JPY"}),
    ("Debt hit two tn rupees.", "two tn rupees", {"value": "2000000000000", "unit": None}),
    ("The project costs five cr rupees.", "five cr rupees", {"value": "50000000", "unit": None}),
    ("Nearly seven mln voters turned out.", "Nearly seven mln", {"value": "7000000", "bound": "upper"}),
    ("About eight bn euros was wasted.", "About eight bn euros", {"value": "8000000000", "unit": "EUR"}),
    ("The fund lost twenty mln dollars.", "twenty mln dollars", {"value": "20000000", "unit": "USD"}),
    ("A grant of three mil was approved.", "three mil", {"value": "3000000"}),
    ("Output grew to fifteen bln units.", "fifteen bln", {"value": "15000000000"}),
    ("They counted two dzs eggs.", "two dzs", {"value": "24"}),
    ("The bank wrote off one bn dollars.", "one bn dollars", {"value": "1000000000", "unit": "USD"}),
    ("Three trn yuan was injected.", "Three trn yuan", {"value": "3000000000000", "unit": "CNY"}),
    ("More than four mn people fled.", "More than four mn", {"value": "4000000", "bound": "lower"}),
    ("Up to twelve crs rupees is at stake.", "Up to twelve crs rupees", {"value": "120000000", "unit": None}),
    ("Fifty mln tonnes of grain rotted.", "Fifty mln", {"value": "50000000"}),
]


@pytest.mark.parametrize("text,surface,expected", WORDS_WITH_ABBREVIATIONS,
                         ids=_ids(WORDS_WITH_ABBREVIATIONS))
def test_words_with_scale_abbreviations(text, surface, expected):
    _check(text, surface, expected)


@pytest.mark.parametrize("text,surface", [
    ("He ran one m in the test.", "one"),
    ("They scored ten k points.", "ten"),
    ("The nineth round begins.", "nineth"),
])
def test_glued_only_letters_do_not_follow_words(text, surface):
    m = _mention(text, surface)
    assert m.value in (1, 10, 9)


def test_metres_are_not_millions():
    assert decimal_text(_mention("She won the 100m sprint.", "100m").value) == "100"


# --- comparisons are open intervals; two-sided ones are one range -------------------------------

COMPARISONS = [
    ("More than 25 people were hurt in the blast.", "More than 25", {"value": "25", "low": "25", "high": None, "bound": "lower"}),
    ("At least 300 homes were flooded.", "At least 300", {"low": "300", "high": None, "bound": "lower"}),
    ("Fewer than 80 families remain in the village.", "Fewer than 80", {"low": None, "high": "80", "bound": "upper"}),
    ("Nearly 2,000 migrants crossed on Sunday.", "Nearly 2,000", {"high": "2000", "bound": "upper"}),
    ("Up to 40 per cent of crops were lost.", "Up to 40 per cent", {"high": "40", "kind": "percent"}),
    ("Turnout was below 50% in the north.", "below 50%", {"high": "50", "bound": "upper"}),
    ("Prices rose above 1,000 rupees a quintal.", "above 1,000 rupees", {"low": "1000", "unit": None}),
    ("Officials said 200 or more were missing.", "200 or more", {"low": "200", "bound": "lower"}),
    ("Sales of 5,000 or fewer units are exempt.", "5,000 or fewer", {"high": "5000", "bound": "upper"}),
    ("Temperatures were greater than 45 degrees.", "greater than 45", {"low": "45"}),
    ("Crowds were smaller than 500 at the rally.", "smaller than 500", {"high": "500", "bound": "upper"}),
    ("Claims less than or equal to 100 are paid at once.", "less than or equal to 100", {"high": "100", "bound": "upper"}),
    ("Holdings equal to or more than 30 acres are taxed.", "equal to or more than 30", {"low": "30", "bound": "lower"}),
    ("Salaries no less than 12,000 must be declared.", "no less than 12,000", {"low": "12000"}),
    ("More than 60 but fewer than 80 people came.", "More than 60 but fewer than 80", {"kind": "range", "low": "60", "high": "80"}),
    ("Groups of more than 10 and less than 40 were stopped.", "more than 10 and less than 40", {"kind": "range", "low": "10", "high": "40"}),
    ("Bids above 1000 and below 1500 were accepted.", "above 1000 and below 1500", {"kind": "range", "low": "1000", "high": "1500"}),
    ("Wages of at least 200, but at most 300 dollars.", "at least 200, but at most 300 dollars", {"low": "200", "high": "300", "unit": "USD"}),
    ("Readings >30 triggered an alert.", ">30", {"low": "30", "bound": "lower"}),
    ("Scores <= 40 fail the test.", "<= 40", {"high": "40", "bound": "upper"}),
    ("More than half of voters stayed home.", "More than half", {"low": "0.5", "bound": "lower"}),
    ("More than 1/2 of the budget went on salaries.", "More than 1/2", {"low": "0.5", "bound": "lower"}),
    ("About 3,000 people marched.", "About 3,000", {"low": None, "high": None, "bound": "approx"}),
]


@pytest.mark.parametrize("text,surface,expected", COMPARISONS, ids=_ids(COMPARISONS))
def test_comparisons_are_open_intervals(text, surface, expected):
    _check(text, surface, expected)


# A stated exactness is the closed interval [N, N]; the value stays, and it is no range.
STATED_EXACTNESS = [
    ("The fine is equal to 20 days' wages.", "equal to 20 days", {"value": "20", "low": "20", "high": "20", "unit": "day"}),
    ("The bonus equals 5,000 rupees a worker.", "equals 5,000 rupees", {"low": "5000", "high": "5000", "unit": None}),
    ("Exactly 1,200 ballots were spoiled.", "Exactly 1,200", {"value": "1200", "low": "1200", "high": "1200", "bound": "exact"}),
    ("The deficit equals 3% of GDP.", "equals 3%", {"kind": "percent", "low": "3", "high": "3"}),
    ("Precisely 48 hours later the ceasefire broke.", "Precisely 48 hours", {"kind": "duration", "low": "48", "high": "48"}),
    ("A grant equalling 6,000 euros was paid.", "equalling 6,000 euros", {"low": "6000", "high": "6000", "unit": "EUR"}),
    ("The count, equal to one hundred and seventy seats, stood.", "equal to one hundred and seventy", {"low": "170", "high": "170"}),
    ("It rained for exactly two weeks.", "exactly two weeks", {"value": "2", "unit": "week", "low": "2", "high": "2"}),
    ("Equaling to 20 per cent of sales, the levy is steep.", "Equaling to 20 per cent", {"kind": "percent", "low": "20", "high": "20"}),
    ("Holdings equal to or more than 30 acres are taxed.", "equal to or more than 30", {"low": "30", "high": None, "bound": "lower"}),
    ("Claims less than or equal to 100 are paid at once.", "less than or equal to 100", {"low": None, "high": "100", "bound": "upper"}),
    ("Some 3,000 people marched.", "Some 3,000", {"low": None, "high": None, "bound": "approx"}),
    ("Officials counted 3,000 people.", "3,000", {"low": None, "high": None, "bound": "exact"}),
    ("The mine produced exactly 2.5 million tonnes last year.", "exactly 2.5 million", {"value": "2500000", "low": "2500000", "high": "2500000"}),
    ("Turnout was precisely 61.2 per cent.", "precisely 61.2 per cent", {"kind": "percent", "low": "61.2", "high": "61.2"}),
    ("The sum equals Rs 3,000 crore, the minister said.", "equals Rs 3,000 crore", {"low": "30000000000", "high": "30000000000", "unit": None}),
    ("Each share is equal to 1.5 lakh rupees of stock.", "equal to 1.5 lakh rupees", {"low": "150000", "high": "150000", "unit": None}),
    ("The wall stood for exactly 28 years.", "exactly 28 years", {"kind": "duration", "unit": "year", "low": "28", "high": "28"}),
    ("A payout equalling $1.2bn was agreed.", "equalling $1.2bn", {"low": "1200000000", "high": "1200000000", "unit": "USD"}),
    ("Exactly half of the seats went to women.", "Exactly half", {"value": "0.5", "low": "0.5", "high": "0.5"}),
    ("The levy equals 12,50,000 rupees a year.", "equals 12,50,000 rupees", {"low": "1250000", "high": "1250000"}),
    ("More than 600 or fewer than 80 is the rule.", "More than 600", {"low": "600", "high": None, "bound": "lower"}),
]


@pytest.mark.parametrize("text,surface,expected", STATED_EXACTNESS, ids=_ids(STATED_EXACTNESS))
def test_stated_exactness_is_a_closed_interval(text, surface, expected):
    _check(text, surface, expected)
    assert not _mention(text, surface).is_range or expected.get("kind") == "range"


# Verbs that set a lower bound, symbols glued to a name ("x>10"), and ages with a qualifier.
BOUND_VERBS_AND_AGES = [
    ("Deaths could exceed 3,000 by the weekend.", "exceed 3,000", {"low": "3000", "bound": "lower"}),
    ("Claims now exceed 12 lakh.", "exceed 12 lakh", {"low": "1200000", "bound": "lower"}),
    ("Losses exceeded $4bn in the quarter.", "exceeded $4bn", {"low": "4000000000", "unit": "USD"}),
    ("Arrivals exceeds 500 a day at the border.", "exceeds 500", {"low": "500", "bound": "lower"}),
    ("Costs are exceeding 40 per cent of income.", "exceeding 40 per cent", {"low": "40", "kind": "percent"}),
    ("Sales may surpass 1 million units.", "surpass 1 million", {"low": "1000000", "bound": "lower"}),
    ("Turnout surpassed 70% in the capital.", "surpassed 70%", {"low": "70", "kind": "percent"}),
    ("The toll surpasses 2,500 this week.", "surpasses 2,500", {"low": "2500", "bound": "lower"}),
    ("Bids surpassing Rs 500 crore were opened.", "surpassing Rs 500 crore", {"low": "5000000000", "unit": None}),
    ("Shares topped 300 for the first time.", "topped 300", {"low": "300", "bound": "lower"}),
    ("Filter rows where x>10 and y<20.", ">10", {"low": "10", "bound": "lower"}),
    ("Filter rows where x>10 and y<20.", "<20", {"high": "20", "bound": "upper"}),
    ("The rule applies when age>=65.", ">=65", {"low": "65", "bound": "lower"}),
    ("Units with load≤40 pass.", "≤40", {"high": "40", "bound": "upper"}),
    ("Victims were more than thirty years old.", "more than thirty years old", {"value": "30", "low": "30", "bound": "lower"}),
    ("Those over 65 years old get the jab first.", "over 65 years old", {"low": "65", "bound": "lower"}),
    ("Voters under 25 years old backed him.", "under 25 years old", {"high": "25", "bound": "upper"}),
    ("The nearly 40-year-old bridge collapsed.", "nearly 40-year-old", {"high": "40", "bound": "upper"}),
    ("Women at least 18 years old may apply.", "at least 18 years old", {"low": "18", "bound": "lower"}),
    ("A man about 50 years old was arrested.", "about 50 years old", {"value": "50", "bound": "approx"}),
    ("A 45-year-old man was arrested.", "45-year-old", {"value": "45", "bound": "exact"}),
]


@pytest.mark.parametrize("text,surface,expected", BOUND_VERBS_AND_AGES, ids=_ids(BOUND_VERBS_AND_AGES))
def test_bound_verbs_glued_symbols_and_ages(text, surface, expected):
    _check(text, surface, expected)


# --- numbers inside names are identifiers -------------------------------------------------------

NAMES = [
    ("Shares on the Nasdaq 100 fell 2% on Friday.", "Nasdaq 100"),
    ("Stocks in the FTSE 100 closed higher.", "FTSE 100"),
    ("The S&P 500 hit a record on Tuesday.", "S&P 500"),
    ("Samsung said the Galaxy S24 sold out in hours.", "S24"),
    ("Fighting resumed in Round 3 of the bout.", "Round 3"),
    ("The airline ordered 40 more A320neo jets.", "A320neo"),
    ("Leaders met at the G20 summit in Delhi.", "G20"),
    ("Investigators studied the wreck of MH17 for years.", "MH17"),
    ("The new iPhone 15 goes on sale next week.", "iPhone 15"),
    ("Users upgraded to Windows 11 slowly, the survey found.", "Windows 11"),
    ("The crew of Apollo 11 returned in July.", "Apollo 11"),
    ("The fleet includes a Boeing 737 and two turboprops.", "Boeing 737"),
    ("Forecasters warned of a Category 5 storm.", "Category 5"),
    ("Police invoked Section 144 in the district.", "Section 144"),
    ("Talks stalled over UN Resolution 2254 again.", "Resolution 2254"),
    ("Cases of COVID-19 rose in the city.", "COVID-19"),
    ("Pilots flew the F-16 over the base.", "F-16"),
    ("The court heard that Airbus A380 production ended.", "A380"),
    ("The team lost Game 7 at home.", "Game 7"),
    ("Riders struggled on Stage 4 of the race.", "Stage 4"),
    ("Hospitals reported new cases of H5N1 in birds.", "H5N1"),
    ("The firm's Model 3 outsold rivals.", "Model 3"),
]


@pytest.mark.parametrize("text,surface", NAMES, ids=_ids(NAMES))
def test_numbers_inside_names_are_identifiers(text, surface):
    assert _mention(text, surface).kind.value == "identifier"


@pytest.mark.parametrize("text,surface,kind", [
    ("In Kenya 300 people died in the floods.", "300", "count"),
    ("Officials said 40 were hurt.", "40", "number"),
    ("On Monday 12 schools shut.", "12", "count"),
])
def test_counts_after_names_stay_counts(text, surface, kind):
    assert _mention(text, surface).kind.value == kind


# "number" and other label words: a plain number after them is a name, a grouped or scaled
# figure is a count (the verb "number": "refugees now number 354,000").
LABEL_OR_COUNT = [
    ("Malian refugees now number 354,000, the agency said.", "354,000", "number"),
    ("Syrians in Turkey number 3.6 million, officials say.", "3.6 million", "number"),
    ("Myanmar's refugees number 11.6 lakh, the report said.", "11.6 lakh", "number"),
    ("The displaced now number 1.43 million across the region.", "1.43 million", "number"),
    ("Its people number 2,48,000 in the last census.", "2,48,000", "number"),
    ("Arrivals this year number 17,000 so far.", "17,000", "number"),
    ("The Rohingya in the camps number nearly 1 million.", "nearly 1 million", "number"),
    ("Deaths number 2.1 billion? No, the figure was a misprint.", "2.1 billion", "number"),
    ("Those still missing number 12,500, the Red Cross said.", "12,500", "number"),
    ("Protesters, who number 3 lakh by police estimates, marched on.", "3 lakh", "number"),
    ("Foreign workers number 8'500 in the canton.", "8'500", "number"),
    ("The PM spoke outside Number 10 on Monday.", "Number 10", "identifier"),
    ("He wore the number 7 shirt for United.", "number 7", "identifier"),
    ("Read page 12 of the report.", "page 12", "identifier"),
    ("Flight 370 vanished in 2014.", "Flight 370", "identifier"),
    ("The bus number 45 was late again.", "number 45", "identifier"),
    ("Passengers waited at Gate 22 for hours.", "Gate 22", "identifier"),
    ("Article 370 was revoked in 2019.", "Article 370", "identifier"),
    ("Call the helpline 1800 180 1104 for help.", "helpline 1800 180 1104", "identifier"),
    ("Section 144 was imposed in the district.", "Section 144", "identifier"),
]


@pytest.mark.parametrize("text,surface,kind", LABEL_OR_COUNT, ids=_ids(LABEL_OR_COUNT))
def test_label_words_before_counts(text, surface, kind):
    mention = _mention(text, surface)
    if kind == "identifier":
        assert mention.kind.value == "identifier"
    else:  # a quantity: a number or, with the noun after it, a count
        assert mention.kind.value in ("number", "count"), mention.kind


# --- currency codes and symbols, from babel's data for every locale -----------------------------

CURRENCIES = [
    ("He was fined RM250 for littering.", "RM250", {"value": "250", "unit": "MYR"}),
    ("The group raised USD4bn in bonds.", "USD4bn", {"value": "4000000000", "unit": "USD"}),
    ("The contract was worth $US1,200,000 to the club.", "$US1,200,000", {"value": "1200000", "unit": "USD"}),
    ("Flats in the city cost HK$12m on average.", "HK$12m", {"value": "12000000", "unit": "HKD"}),
    ("A ticket costs C $20 at the gate.", "C $20", {"value": "20", "unit": "CAD"}),
    ("Canberra pledged A$1.5 billion for roads.", "A$1.5 billion", {"value": "1500000000", "unit": "AUD"}),
    ("Farmers lost NZ$30 a head on lambs.", "NZ$30", {"value": "30", "unit": "NZD"}),
    ("The tower was sold for S$1.2bn.", "S$1.2bn", {"value": "1200000000", "unit": "SGD"}),
    ("Rent rose to R$2,500 a month in Rio.", "R$2,500", {"value": "2500", "unit": "BRL"}),
    ("The plan costs NT$500m, the cabinet said.", "NT$500m", {"value": "500000000", "unit": "TWD"}),
    ("Bread now costs ₦1,200 a loaf in Lagos.", "₦1,200", {"value": "1200", "unit": "NGN"}),
    ("The fine was ₱5,000 for each offence.", "₱5,000", {"value": "5000", "unit": "PHP"}),
    ("Wages rose to ₺17,000 a month.", "₺17,000", {"value": "17000", "unit": "TRY"}),
    ("Fuel subsidies cost ₴40bn this year.", "₴40bn", {"value": "40000000000", "unit": "UAH"}),
    ("Each family received ৳5,000 in aid.", "৳5,000", {"value": "5000", "unit": "BDT"}),
    ("The bill came to 40 zł per person.", "40 zł", {"value": "40", "unit": "PLN"}),
    ("Tickets cost Kč 500 at the door.", "Kč 500", {"value": "500", "unit": "CZK"}),
    ("A loaf costs ₩4,000 in Seoul.", "₩4,000", {"value": "4000", "unit": "KRW"}),
    ("The budget set aside ₹1.2 lakh crore for roads.", "₹1.2 lakh crore", {"value": "1200000000000", "unit": "INR"}),
    ("The state paid EUR 3m in damages.", "EUR 3m", {"value": "3000000", "unit": "EUR"}),
    ("Investors put CHF500m into the fund.", "CHF500m", {"value": "500000000", "unit": "CHF"}),
    ("The firm earned £450m last year.", "£450m", {"value": "450000000", "unit": "GBP"}),
    ("Shares fell ¥200 in Tokyo.", "¥200", {"value": "200", "unit": "JPY"}),
]


@pytest.mark.parametrize("text,surface,expected", CURRENCIES, ids=_ids(CURRENCIES))
def test_currencies(text, surface, expected):
    _check(text, surface, dict(expected, kind="money"))


def test_currency_symbols_come_from_every_babel_locale():
    from factcheck.currencies import currency_symbols, tender_codes
    symbols = currency_symbols()
    assert len(symbols) > 150  # far more than any short list
    assert {"RM", "HK$", "$US", "zł", "₦"} <= set(symbols)
    assert "R" not in symbols  # single letters are names far more often than money
    assert "$" not in symbols or symbols["$"] == "USD"  # shared: English settles it
    assert {"USD", "MYR", "INR"} <= tender_codes()


# --- compound and fractional durations; rates and decades are not durations ---------------------

DURATIONS = [
    ("The talks lasted two and a half hours.", "two and a half hours", {"value": "2.5", "unit": "hour"}),
    ("The shelling paused for a quarter of an hour.", "a quarter of an hour", {"value": "0.25", "unit": "hour"}),
    ("He served 3 years 6 months in prison.", "3 years 6 months", {"value": "42", "unit": "month"}),
    ("The siege lasted a year and a half.", "a year and a half", {"value": "1.5", "unit": "year"}),
    ("Rescuers dug for an hour and a half.", "an hour and a half", {"value": "1.5", "unit": "hour"}),
    ("The vote took 2 hours and 30 minutes.", "2 hours and 30 minutes", {"value": "150", "unit": "minute"}),
    ("Queues formed for half an hour.", "half an hour", {"value": "0.5", "unit": "hour"}),
    ("The blockade lasted half a year.", "half a year", {"value": "0.5", "unit": "year"}),
    ("It was a 4 h drive to the border.", "4 h", {"value": "4", "unit": "hour"}),
    ("Protesters will stay 5 more days.", "5 more days", {"value": "5", "unit": "day"}),
    ("Rain fell for three straight weeks.", "three straight weeks", {"value": "3", "unit": "week"}),
    ("The strike lasted 10 consecutive days.", "10 consecutive days", {"value": "10", "unit": "day"}),
    ("The trial ran 1 year, 2 months.", "1 year, 2 months", {"value": "14", "unit": "month"}),
    ("Power was out for 3 hours and a half.", "3 hours and a half", {"value": "3.5", "unit": "hour"}),
    ("The mission took 1 week 3 days.", "1 week 3 days", {"value": "10", "unit": "day"}),
    ("The march covered 2 days and 12 hours.", "2 days and 12 hours", {"value": "60", "unit": "hour"}),
    ("The ceasefire held for eight hours.", "eight hours", {"value": "8", "unit": "hour"}),
    ("The war lasted two decades.", "two decades", {"value": "2", "unit": "decade"}),
    ("The queue moved after 45 minutes.", "45 minutes", {"value": "45", "unit": "minute"}),
    ("Negotiators met for a fortnight.", "a fortnight", {"value": "1", "unit": "fortnight"}),
    ("Crews worked six more hours.", "six more hours", {"value": "6", "unit": "hour"}),
]


@pytest.mark.parametrize("text,surface,expected", DURATIONS, ids=_ids(DURATIONS))
def test_durations(text, surface, expected):
    _check(text, surface, dict(expected, kind="duration"))


# Capital letters glued to the digits as a unit of time, the way tenors and schedules write it.
DURATION_SYMBOLS = [
    ("The visa allows a 10D stay.", "10D", {"value": "10", "unit": "day"}),
    ("Quarantine was cut to 7D from 14D.", "7D", {"value": "7", "unit": "day"}),
    ("Quarantine was cut to 7D from 14D.", "14D", {"value": "14", "unit": "day"}),
    ("The 3Y bond yield rose.", "3Y", {"value": "3", "unit": "year"}),
    ("Traders sold the 10Y note.", "10Y", {"value": "10", "unit": "year"}),
    ("The 30Y yield hit a record.", "30Y", {"value": "30", "unit": "year"}),
    ("A 5Y swap was priced at 4%.", "5Y", {"value": "5", "unit": "year"}),
    ("Tenors: 2Y, 5Y and 10Y.", "2Y", {"value": "2", "unit": "year"}),
    ("Tenors: 2Y, 5Y and 10Y.", "10Y", {"value": "10", "unit": "year"}),
    ("The bill matures in 12W.", "12W", {"value": "12", "unit": "week"}),
    ("Treasury sold 26W bills on Monday.", "26W", {"value": "26", "unit": "week"}),
    ("The 52W high was set in May.", "52W", {"value": "52", "unit": "week"}),
    ("Rates on 1W deposits fell.", "1W", {"value": "1", "unit": "week"}),
    ("Rates on 90D paper rose.", "90D", {"value": "90", "unit": "day"}),
    ("The 30D average climbed.", "30D", {"value": "30", "unit": "day"}),
    ("The 180D bill auction closed.", "180D", {"value": "180", "unit": "day"}),
    ("The fund's 1Y return was 8%.", "1Y", {"value": "1", "unit": "year"}),
    ("Its 15Y loan carries a fixed rate.", "15Y", {"value": "15", "unit": "year"}),
    ("Volatility over 60D was low.", "over 60D", {"value": "60", "unit": "day", "bound": "lower"}),
    ("Markets priced a 2Y horizon.", "2Y", {"value": "2", "unit": "year"}),
]


@pytest.mark.parametrize("text,surface,expected", DURATION_SYMBOLS, ids=_ids(DURATION_SYMBOLS))
def test_duration_symbols(text, surface, expected):
    _check(text, surface, dict(expected, kind="duration"))


@pytest.mark.parametrize("text,surface", [
    ("The film was shown in 3D.", "3D"),
    ("A 2D map of the site was drawn.", "2D"),
    ("Sales of 2W and 4W vehicles rose.", "2W"),
    ("Sales of 2W and 4W vehicles rose.", "4W"),
    ("Scientists printed a 4D structure.", "4D"),
])
def test_duration_symbol_lookalikes_are_names(text, surface):
    assert _mention(text, surface).kind.value == "identifier"


@pytest.mark.parametrize("text", [
    "He paid 12d for bread in 1950.",  # pence: the letters are capitals only
    "Cells in 3Ds were counted.",
])
def test_duration_symbols_need_a_lone_capital(text):
    assert all(m.kind.value != "duration" for m in find_mentions(text)), find_mentions(text)


@pytest.mark.parametrize("text", [
    "The mine produces 40 tonnes a year.",
    "The plant treats 300 litres a day of waste.",
    "He was in his 40s when he fled.",
    "She is in her 30s.",
    "Music of the 1990s filled the hall.",
    "Prices rose 3 per week.",
])
def test_rates_and_decades_are_not_durations(text):
    assert all(m.kind.value != "duration" for m in find_mentions(text)), find_mentions(text)


def test_months_and_days_do_not_combine():
    # a month has no exact number of days: the two stay apart rather than being guessed
    assert [m.text for m in find_mentions("It took 1 month 21 days.")] == ["1 month", "21 days"]


# --- "from X to Y" after a change, and "rose N to M": two values, never reordered ---------------

TWO_VALUES = [
    ("Sales rose 5% to 300 units.", ["5%", "300"]),
    ("Prices went from 30 to 25 rupees.", ["30", "25 rupees"]),
    ("The toll rose from 40 to 62 on Monday.", ["40", "62"]),
    ("The rate was cut by 0.25 to 6.5 per cent.", ["0.25", "6.5 per cent"]),
    ("Exports fell 12% to $3.4bn.", ["12%", "$3.4bn"]),
    ("Turnout dropped from 61% to 54%.", ["61%", "54%"]),
    ("Its stake grew from 10% to 25%.", ["10%", "25%"]),
    ("The deficit widened 2 points to 7 per cent.", ["2", "7 per cent"]),
    ("Inflation eased from 6.2 to 5.1 per cent.", ["6.2", "5.1 per cent"]),
    ("The index jumped 300 to 18,000.", ["300", "18,000"]),
    ("The death toll climbed to 120 from 80.", ["120", "80"]),
    ("Unemployment declined from 8 to 6 per cent.", ["8", "6 per cent"]),
    ("The price was raised from Rs 50 to Rs 75.", ["Rs 50", "Rs 75"]),
    ("Fares increased from £2 to £2.50.", ["£2", "£2.50"]),
    ("Enrolment went up from 200 to 350 pupils.", ["200", "350"]),
    ("Wait times fell from 40 to 25 minutes.", ["40", "25 minutes"]),
    ("The count went from 300 to 200.", ["300", "200"]),
    ("Scores slipped 5 to 60.", ["5", "60"]),
    ("The vote went 52-48 in the Senate.", ["52", "48"]),
    ("The vote was 5 to 3 against.", ["5", "3"]),
]


# Verbs of markets and tallies: a change then a level, like "rose".
TWO_VALUES += [
    ("The stock gained 45 cents to $12.10.", ["45 cents", "$12.10"]),
    ("The index added 120 to 7,450.", ["120", "7,450"]),
    ("The party lost 12 to 48 seats.", ["12", "48"]),
    ("The pound shed 2 to 118 yen.", ["2", "118 yen"]),
    ("Brent advanced 3% to $84.", ["3%", "$84"]),
    ("Copper tumbled 6% to $8,100.", ["6%", "$8,100"]),
    ("The rupee rallied 40 paise to 82.", ["40 paise", "82"]),
    ("Shares sank 9% to 310p.", ["9%", "310p"]),
    ("Yields dipped 5 to 40 basis points.", ["5", "40"]),
    ("The Nikkei slid 2% to 31,000.", ["2%", "31,000"]),
    ("The toll rebounded from 20 to 35.", ["20", "35"]),
    ("Output recovered from 70 to 90 per cent.", ["70", "90 per cent"]),
    ("The economy expanded 2 to 3 per cent.", ["2", "3 per cent"]),
    ("Output contracted 1 to 4 per cent.", ["1", "4 per cent"]),
    ("Cases spiked from 50 to 400.", ["50", "400"]),
    ("The deficit ballooned from 3 to 9 per cent.", ["3", "9 per cent"]),
    ("Rents skyrocketed from £900 to £1,400.", ["£900", "£1,400"]),
    ("Sales sagged 4% to 60,000 units.", ["4%", "60,000"]),
    ("The firm gains 5% to 200 in early trade.", ["5%", "200"]),
    ("Gold advances 1% to $1,950.", ["1%", "$1,950"]),
    ("The bank loses 3% to 150.", ["3%", "150"]),
]


@pytest.mark.parametrize("text,surfaces", TWO_VALUES, ids=_ids(TWO_VALUES))
def test_changes_are_two_values(text, surfaces):
    found = [m for m in find_mentions(text) if m.kind.value not in ("year", "date")]
    assert [m.text for m in found] == surfaces
    assert all(m.kind.value != "range" for m in found)


RANGES = [
    ("Between 3 and 4 million people fled.", "Between 3 and 4 million", ("3000000", "4000000")),
    ("From 10 to 20 people were held.", "From 10 to 20", ("10", "20")),
    ("Some 300,000-400,000 people moved.", "Some 300,000-400,000", ("300000", "400000")),
    ("The storm lasted 10 to 20 days.", "10 to 20 days", ("10", "20")),
    ("Rates of 10-15 per cent are common.", "10-15 per cent", ("10", "15")),
    ("Officials expect 5k-20k visitors.", "5k-20k", ("5000", "20000")),
]


# Range ends with a sign, or in words, or fractions; and a bound whose words lead into the next.
RANGE_ENDS = [
    ("Temperatures ranged between minus 5 and 5 degrees.", "between minus 5 and 5", ("-5", "5")),
    ("Readings fell between negative ten and fifteen.", "between negative ten and fifteen", ("-10", "15")),
    ("Forecasts put lows between -8 and -2 overnight.", "between -8 and -2", ("-8", "-2")),
    ("Returns were between minus 3 and 4 per cent.", "between minus 3 and 4 per cent", ("-3", "4")),
    ("Offers above one quarter and below a half were refused.", "above one quarter and below a half", ("0.25", "0.5")),
    ("Bids above 1000 and below a million were accepted.", "above 1000 and below a million", ("1000", "1000000")),
    ("Shares over a third and under a half changed hands.", "over a third and under a half", ("1/3", "0.5")),
    ("Between a third and a half of voters backed it.", "Between a third and a half", ("1/3", "0.5")),
    ("Between a quarter and a third of crops failed.", "Between a quarter and a third", ("0.25", "1/3")),
    ("From one fifth to one quarter of homes flooded.", "From one fifth to one quarter", ("0.2", "0.25")),
    ("Yields of 1/2-3/4 of the usual crop were seen.", "1/2-3/4", ("0.5", "0.75")),
    ("More than 10 and less than a hundred came.", "More than 10 and less than a hundred", ("10", "100")),
    ("At least a dozen and at most 20 were hurt.", "At least a dozen and at most 20", ("12", "20")),
    ("Groups of more than 10 and fewer than 40 met.", "more than 10 and fewer than 40", ("10", "40")),
    ("Between minus 40 and minus 30 was forecast.", "Between minus 40 and minus 30", ("-40", "-30")),
    ("Losses were between negative 2 and 3 points.", "between negative 2 and 3", ("-2", "3")),
    ("Values above two thirds and below three quarters pass.", "above two thirds and below three quarters", ("2/3", "0.75")),
    ("Between one half and two thirds of staff quit.", "Between one half and two thirds", ("0.5", "2/3")),
    ("Salaries above 1 lakh and below a crore are taxed.", "above 1 lakh and below a crore", ("100000", "10000000")),
    ("Between 3 and 4 million people fled.", "Between 3 and 4 million", ("3000000", "4000000")),
]


@pytest.mark.parametrize("text,surface,bounds", RANGE_ENDS, ids=_ids(RANGE_ENDS))
def test_range_ends_with_signs_words_and_fractions(text, surface, bounds):
    from fractions import Fraction
    m = _mention(text, surface)
    assert m.low is not None and m.high is not None, m
    assert abs(Fraction(m.low) - Fraction(bounds[0])) < Fraction(1, 10 ** 20), m
    assert abs(Fraction(m.high) - Fraction(bounds[1])) < Fraction(1, 10 ** 20), m


@pytest.mark.parametrize("text,surface,bounds", RANGES, ids=_ids(RANGES))
def test_ranges_of_one_quantity(text, surface, bounds):
    m = _mention(text, surface)
    assert (decimal_text(m.low), decimal_text(m.high)) == bounds


# A scaled number and a smaller part in words or with a currency after it are one amount.
SCALED_PARTS = [
    ("I count 6 crore and two hundred.", "6 crore and two hundred", "60000200", "number", None),
    ("He paid 3 hundred and 21 yuan.", "3 hundred and 21 yuan", "321", "money", "CNY"),
    ("The trust holds 2 crore 40 lakh rupees.", "2 crore 40 lakh rupees", "24000000", "money", None),
    ("The hall seats 4 thousand and five hundred.", "4 thousand and five hundred", "4500", "number", None),
    ("Police counted 3 million and two thousand.", "3 million and two thousand", "3002000", "number", None),
    ("The bill was 5 thousand and 3 hundred dollars.", "5 thousand and 3 hundred dollars", "5300", "money", "USD"),
    ("A sum of 7 lakh and fifty thousand was paid.", "7 lakh and fifty thousand", "750000", "number", None),
    ("The fine was 2 hundred and 50 euros.", "2 hundred and 50 euros", "250", "money", "EUR"),
    ("They raised 1 crore and twenty lakh.", "1 crore and twenty lakh", "12000000", "number", None),
    ("The fund got 9 million and three hundred thousand.", "9 million and three hundred thousand", "9300000", "number", None),
    ("He owed 4 hundred and 75 pounds.", "4 hundred and 75 pounds", "475", "money", "GBP"),
    ("About 8 thousand and two hundred fled.", "About 8 thousand and two hundred", "8200", "number", None),
    ("The ward has 2 lakh 30 thousand voters.", "2 lakh 30 thousand", "230000", "count", None),
    ("It cost 6 hundred and 10 rupees.", "6 hundred and 10 rupees", "610", "money", None),
    ("Some 5 billion and six hundred million was lost.", "Some 5 billion and six hundred million", "5600000000", "number", None),
    ("Police said 3 million and 40 were returned.", "3 million", "3000000", "number", None),
    ("The stadium holds 1 lakh and ten thousand.", "1 lakh and ten thousand", "110000", "number", None),
    ("He left 7 hundred and 7 dollars.", "7 hundred and 7 dollars", "707", "money", "USD"),
    ("The deficit is 4 crore and five lakh.", "4 crore and five lakh", "40500000", "number", None),
    ("Donors gave 2 million and nine hundred thousand.", "2 million and nine hundred thousand", "2900000", "number", None),
]


@pytest.mark.parametrize("text,surface,value,kind,unit", SCALED_PARTS, ids=_ids(SCALED_PARTS))
def test_scaled_parts_in_words_and_with_a_currency(text, surface, value, kind, unit):
    _check(text, surface, {"value": value, "kind": kind, "unit": unit})


# --- fractions and mixed numbers in words -------------------------------------------------------

FRACTION_WORDS = [
    ("In the poll one over three voters agreed.", "one over three", "1/3"),
    ("The score was 1 over 3 in the trial.", "1 over 3", "1/3"),
    ("Prices rose twenty fifths of a point.", "twenty fifths", "4"),
    ("The city has 3 million and a half residents.", "3 million and a half", "3500000"),
    ("The region has one and a half million people.", "one and a half million", "1500000"),
    ("Growth was two and a quarter points.", "two and a quarter", "2.25"),
    ("Some one million and a half people fled.", "Some one million and a half", "1500000"),
    ("The fund holds five billion and three quarters.", "five billion and three quarters", "5750000000"),
    ("The census counted two million and one half.", "two million and one half", "2500000"),
    ("Two thirds of voters backed the plan.", "Two thirds", "2/3"),
    ("Three quarters of homes lost power.", "Three quarters", "3/4"),
    ("A third of the budget went on defence.", "A third", "1/3"),
    ("Nearly half of children were vaccinated.", "Nearly half", "1/2"),
    ("Four-fifths of the district flooded.", "Four-fifths", "4/5"),
    ("About 2 million and a quarter tonnes were lost.", "About 2 million and a quarter", "2250000"),
    ("It grew three and a half times.", "three and a half", "3.5"),
    ("One in five adults smokes.", "One in five", "1/5"),
    ("Seven tenths of the land is arid.", "Seven tenths", "7/10"),
    ("Half a million people marched.", "Half a million", "500000"),
    ("The firm cut one fifth of its staff.", "one fifth", "1/5"),
    ("Officials counted twenty-three fifths.", "twenty-three fifths", "23/5"),
    ("The village lost two and one third acres.", "two and one third", "7/3"),
]


@pytest.mark.parametrize("text,surface,value", FRACTION_WORDS, ids=_ids(FRACTION_WORDS))
def test_fractions_in_words(text, surface, value):
    from fractions import Fraction
    m = _mention(text, surface)
    got = m.value if m.value is not None else m.low if m.low is not None else m.high
    assert abs(Fraction(got) - Fraction(value)) < Fraction(1, 10 ** 20), (m.value, value)


# A fraction of one scale word ("two thirds of a million"), and a fraction that belongs to the
# smaller scale after it ("one billion and a half million"), read as one amount.
FRACTIONS_OF_SCALES = [
    ("About a third of a million people fled the city.", "About a third of a million", "1000000/3"),
    ("Two thirds of a million homes lost power.", "Two thirds of a million", "2000000/3"),
    ("Half of a billion dollars was pledged.", "Half of a billion dollars", "500000000"),
    ("The state spent two-thirds of a billion dollars.", "two-thirds of a billion dollars", "2000000000/3"),
    ("A quarter of a million tonnes of grain rotted.", "A quarter of a million", "250000"),
    ("Three quarters of a million voters stayed home.", "Three quarters of a million", "750000"),
    ("Nearly half of a million children missed school.", "Nearly half of a million", "500000"),
    ("One fifth of a billion people lack water.", "One fifth of a billion", "200000000"),
    ("A tenth of a million acres burned.", "A tenth of a million", "100000"),
    ("Some two-fifths of a million jobs went.", "Some two-fifths of a million", "400000"),
    ("One half of one million ballots were spoiled.", "One half of one million", "500000"),
    ("The fund lost a third of a billion euros.", "a third of a billion euros", "1000000000/3"),
    ("A fifth of a lakh pilgrims arrived.", "A fifth of a lakh", "20000"),
    ("Half of a crore rupees was seized.", "Half of a crore rupees", "5000000"),
    ("Four-fifths of a million people voted.", "Four-fifths of a million", "800000"),
    ("The budget is one billion and a half million.", "one billion and a half million", "1000500000"),
    ("Sales hit one billion and a quarter million.", "one billion and a quarter million", "1000250000"),
    ("The debt is two billion and three quarters million.", "two billion and three quarters million", "2000750000"),
    ("The city has 3 million and a half residents.", "3 million and a half", "3500000"),
    ("Exports reached one trillion and a half billion.", "one trillion and a half billion", "1000500000000"),
]


@pytest.mark.parametrize("text,surface,value", FRACTIONS_OF_SCALES, ids=_ids(FRACTIONS_OF_SCALES))
def test_fractions_of_scales(text, surface, value):
    from fractions import Fraction
    m = _mention(text, surface)
    assert abs(Fraction(m.value) - Fraction(value)) < Fraction(1, 10 ** 12), (m.value, value)


@pytest.mark.parametrize("text,surfaces", [
    ("Between a third and a half of voters backed it.", ["Between a third and a half"]),
    ("Two thirds of the 300 people left.", ["Two thirds", "300"]),
    ("Three quarters and a half were counted.", ["Three quarters", "a half"]),
])
def test_fractions_that_stay_apart(text, surfaces):
    assert [m.text for m in find_mentions(text)] == surfaces


# Denominators past the tenth: plurals ("three sixteenths"), tens with a units ordinal after
# "one" or in the plural ("one twenty-fifth"), and a whole number with such a fraction.
LONG_DENOMINATORS = [
    ("The blade is three sixteenths of an inch thick.", "three sixteenths", "3/16"),
    ("Seven twentieths of the land is forest.", "Seven twentieths", "7/20"),
    ("Five twelfths of staff were laid off.", "Five twelfths", "5/12"),
    ("Nine fortieths of the fund was spent.", "Nine fortieths", "9/40"),
    ("Only one twenty-fifth of the land is farmed.", "one twenty-fifth", "1/25"),
    ("Nearly one thirty-second of an inch separated them.", "Nearly one thirty-second", "1/32"),
    ("Just one sixty-fourth of the vote went to him.", "one sixty-fourth", "1/64"),
    ("About one twenty-fourth of the day is lost.", "About one twenty-fourth", "1/24"),
    ("The rate was two and fifty-four hundredths.", "two and fifty-four hundredths", "2.54"),
    ("Turnout rose by three and seven tenths points.", "three and seven tenths", "3.7"),
    ("He ran four and thirty-five hundredths seconds faster.", "four and thirty-five hundredths seconds", "4.35"),
    ("Eleven sixteenths of the sample tested positive.", "Eleven sixteenths", "11/16"),
    ("Thirteen fifteenths of votes were counted.", "Thirteen fifteenths", "13/15"),
    ("Two thirtieths of the budget is reserved.", "Two thirtieths", "2/30"),
    ("Three fiftieths of the crop was lost.", "Three fiftieths", "3/50"),
    ("One ninetieth of the area burned.", "One ninetieth", "1/90"),
    ("The gap was one and one sixteenth inches.", "one and one sixteenth inches", "17/16"),
    ("Fifteen sixteenths of the map is sea.", "Fifteen sixteenths", "15/16"),
    ("Six and one hundredths was the reading.", "Six and one hundredths", "6.01"),
    ("Seven eighteenths of pupils passed.", "Seven eighteenths", "7/18"),
    ("The dose was a hundred millionths of a gram.", "a hundred millionths", "1/10000"),
    ("Error bars of a hundred thousand trillionths remain.", "a hundred thousand trillionths", "1/10000000"),
    ("The strain is twenty thousand millionths.", "twenty thousand millionths", "1/50"),
    ("Measured at two hundred thousandths of a second.", "two hundred thousandths of a second", "1/5"),
    ("A gap of fifty hundredths of a point closed.", "fifty hundredths", "1/2"),
]


@pytest.mark.parametrize("text,surface,value", LONG_DENOMINATORS, ids=_ids(LONG_DENOMINATORS))
def test_long_denominators(text, surface, value):
    from fractions import Fraction
    m = _mention(text, surface)
    assert abs(Fraction(m.value) - Fraction(value)) < Fraction(1, 10 ** 20), (m.value, value)


@pytest.mark.parametrize("text,surface", [
    ("They marked a twenty-fifth anniversary.", "twenty-fifth"),
    ("Problems of the twenty-first century remain.", "twenty-first"),
    ("She finished twenty-third in the final.", "twenty-third"),
])
def test_compound_ordinals_stay_ordinals(text, surface):
    assert _mention(text, surface).kind.value == "ordinal"


# --- Indian scales in words and digits, combined ------------------------------------------------

INDIAN_SCALES = [
    ("The scheme is worth five lakh crore rupees.", "five lakh crore rupees", "5000000000000"),
    ("The state borrowed Rs 1.5 lakh crore.", "Rs 1.5 lakh crore", "1500000000000"),
    ("The estate was valued at 2 crore 40 lakh.", "2 crore 40 lakh", "24000000"),
    ("Rs 3 crore 50 lakh was seized.", "Rs 3 crore 50 lakh", "35000000"),
    ("The debt is three lakh crore.", "three lakh crore", "3000000000000"),
    ("Some 2.3 lakh people were moved.", "Some 2.3 lakh", "230000"),
    ("The outlay is ₹10 lakh crore.", "₹10 lakh crore", "10000000000000"),
    ("India has 51 lakh cases.", "51 lakh", "5100000"),
    ("The project costs Rs 3,000 crore.", "Rs 3,000 crore", "30000000000"),
    ("More than 3,00,000 people died.", "More than 3,00,000", "300000"),
    ("Deposits reached 12 lakh 50 thousand.", "12 lakh 50 thousand", "1250000"),
    ("The prize was one crore twenty lakh.", "one crore twenty lakh", "12000000"),
    ("Losses touched 4 lakh crore.", "4 lakh crore", "4000000000000"),
    ("It spent two lakh forty thousand rupees.", "two lakh forty thousand rupees", "240000"),
    ("A fund of Rs 25 crore was set up.", "Rs 25 crore", "250000000"),
    ("The city has 1.2 crore residents.", "1.2 crore", "12000000"),
    ("Some 40 lakh voters were added.", "Some 40 lakh", "4000000"),
    ("The bill was Rs 12 cr.", "Rs 12 cr", "120000000"),
    ("They paid 7 crore 5 lakh.", "7 crore 5 lakh", "70500000"),
    ("A total of ten lakh crore was raised.", "ten lakh crore", "10000000000000"),
    ("The budget grew to 45 lakh crore.", "45 lakh crore", "45000000000000"),
]


@pytest.mark.parametrize("text,surface,value", INDIAN_SCALES, ids=_ids(INDIAN_SCALES))
def test_indian_scales_combined(text, surface, value):
    _check(text, surface, {"value": value})


# --- smaller forms: notation, spoken decimals, accounting, dashes, dozens, line breaks ----------

SMALLER_FORMS = [
    ("The virus count reached 1.3e6 copies.", "1.3e6", "1300000"),
    ("The error rate was 2.48x10^-5.", "2.48x10^-5", "0.0000248"),
    ("The star is 6.23 × 10^4 light years away.", "6.23 × 10^4", "62300"),
    ("Debt stood at 1.2E9 at year end.", "1.2E9", "1200000000"),
    ("The sample held 4e-3 grams.", "4e-3 grams", "0.004"),
    ("Growth was 1 point 1 per cent.", "1 point 1 per cent", "1.1"),
    ("The index fell 3 point 25 on Monday.", "3 point 25", "3.25"),
    ("Net income was ($99.99) per share.", "($99.99)", "-99.99"),
    ("The unit's result was (£4,500) in the year.", "(£4,500)", "-4500"),
    ("Deaths total - 4,52,000 so far.", "4,52,000", "452000"),
    ("The record – 3,000 – still stands.", "3,000", "3000"),
    ("They bought three dozen eggs.", "three dozen", "36"),
    ("Police seized 3 dozen rifles.", "3 dozen", "36"),
    ("Half a dozen men were held.", "Half a dozen", "6"),
    ("Temperatures fell to minus 5 overnight.", "minus 5", "-5"),
    ("It was -12 at dawn.", "-12", "-12"),
    ("The growth rate was 2.5^2 in the model.", "2.5^2", "6.25"),
    ("The blast killed two dozen people.", "two dozen", "24"),
    ("A score of protesters gathered.", "A score", "20"),
    ("Output rose to 1.05e3 units.", "1.05e3", "1050"),
    ("The loss per share was (€1.20) for the year.", "(€1.20)", "-1.20"),
]


@pytest.mark.parametrize("text,surface,value", SMALLER_FORMS, ids=_ids(SMALLER_FORMS))
def test_smaller_forms(text, surface, value):
    _check(text, surface, {"value": value})


@pytest.mark.parametrize("text,surfaces", [
    ("one hundred\n\ntwenty", ["one hundred", "twenty"]),
    ("It listed one hundred\ntwenty cases.", ["one hundred", "twenty"]),
    ("forty-five\n\nthousand people", ["forty-five", "thousand"]),
    ("Officials said five\n\nA new section", ["five"]),
])
def test_number_words_never_join_across_lines(text, surfaces):
    assert [m.text for m in find_mentions(text)] == surfaces


def test_hex_strings_are_not_scientific_notation():
    assert all(m.kind.value in ("identifier", "number") and m.text != "4e7"
               for m in find_mentions("commit 4e7b83d0 landed"))


@pytest.mark.parametrize("text,surface", [
    ("The TOP 10 list was published.", "10"),
    ("Police said ALL 3 suspects fled.", "3"),
])
def test_codes_that_are_words_need_to_be_glued(text, surface):
    assert _mention(text, surface).kind.value != "money"


def test_spaced_codes_listed_in_the_lexicon_are_money():
    _check("The fund raised NOK 5bn.", "NOK 5bn", {"kind": "money", "unit": "NOK", "value": "5000000000"})


# --- scale letters after one space: after decimals ("2.33 k") or money ("$2.5 M") --------------

SPACED_SCALE_LETTERS = [
    ("Followers rose to 2.33 k overnight.", "2.33 k", {"value": "2330"}),
    ("The post drew 1.2 k likes.", "1.2 k", {"value": "1200"}),
    ("Each seat sold for 4.5 k at auction.", "4.5 k", {"value": "4500"}),
    ("Membership reached 12.75 k by June.", "12.75 k", {"value": "12750"}),
    ("The petition gathered 98.6 k signatures.", "98.6 k", {"value": "98600"}),
    ("The deal was $2.5 M in cash.", "$2.5 M", {"value": "2500000", "unit": "USD"}),
    ("Funding of $3.2 B was agreed.", "$3.2 B", {"value": "3200000000", "unit": "USD"}),
    ("Rs 45 K was paid as a bribe.", "Rs 45 K", {"value": "45000", "unit": None}),
    ("The striker cost €60 M last summer.", "€60 M", {"value": "60000000", "unit": "EUR"}),
    ("A grant of £1.5 M went to the trust.", "£1.5 M", {"value": "1500000", "unit": "GBP"}),
    ("The bonus was $50 K a year.", "$50 K", {"value": "50000", "unit": "USD"}),
    ("Revenue of $7 B was booked.", "$7 B", {"value": "7000000000", "unit": "USD"}),
    ("Fans raised $12 k for the family.", "$12 k", {"value": "12000", "unit": "USD"}),
]

# The same letters that stay apart: kelvin, metres, molar, "M&A", "K-pop", a whole number alone.
SPACED_LETTERS_APART = [
    ("The cosmic background glows at 2.7 K.", "2.7"),
    ("They built a 1.5 m wall.", "1.5"),
    ("A 2.5 M salt solution was used.", "2.5"),
    ("The firm closed 5 M&A deals.", "5"),
    ("She ran the 5 k race in June.", "5"),
    ("The band sold 3 K-pop albums.", "3"),
    ("A $4.5 m wall was built.", "$4.5"),
    ("Some 6 B-grade pupils sat the test.", "Some 6"),
]


@pytest.mark.parametrize("text,surface,expected", SPACED_SCALE_LETTERS, ids=_ids(SPACED_SCALE_LETTERS))
def test_spaced_scale_letters(text, surface, expected):
    _check(text, surface, expected)


@pytest.mark.parametrize("text,surface", SPACED_LETTERS_APART, ids=_ids(SPACED_LETTERS_APART))
def test_spaced_letters_that_do_not_scale(text, surface):
    m = _mention(text, surface)
    assert m.value == Decimal(surface.split()[-1].lstrip("$")), m


# --- a country prefix of "$" that is also a word: "A $5 fine" is dollars after an article -------

ARTICLE_BEFORE_DOLLAR = [
    ("A $5 fine was paid.", "$5", "USD"),
    ("A $1.2bn deal was signed on Monday.", "$1.2bn", "USD"),
    ("A $20 note was found.", "$20", "USD"),
    ("A $300,000 grant funds the clinic.", "$300,000", "USD"),
    ("A $15 minimum wage passed the house.", "$15", "USD"),
    ("A $2 million bail was set.", "$2 million", "USD"),
    ("It is A $40 ticket now.", "$40", "USD"),
    ("A $9.99 fee applies.", "$9.99", "USD"),
    ("A $700bn package was unveiled.", "$700bn", "USD"),
    ("A $50 gift card was offered.", "$50", "USD"),
    ("She paid A$20 for the tour.", "A$20", "AUD"),
    ("Sydney spent A$1.5bn on rail.", "A$1.5bn", "AUD"),
    ("Exports rose to A$ 30bn.", "A$ 30bn", "AUD"),
    ("The fine was C $20.", "C $20", "CAD"),
    ("Toronto set aside C$4bn.", "C$4bn", "CAD"),
    ("Shares closed at HK$ 52.", "HK$ 52", "HKD"),
    ("The flat sold for HK$12m.", "HK$12m", "HKD"),
    ("The tender was NZ $ 40m.", "NZ $ 40m", "NZD"),
    ("Singapore paid S$2bn.", "S$2bn", "SGD"),
    ("He paid a $5 fine.", "$5", "USD"),
]


@pytest.mark.parametrize("text,surface,unit", ARTICLE_BEFORE_DOLLAR, ids=_ids(ARTICLE_BEFORE_DOLLAR))
def test_article_before_dollar(text, surface, unit):
    _check(text, surface, {"kind": "money", "unit": unit})


# --- spoken decimals in words, "point" then the digits said one by one or as a teen -----------

SPOKEN_DECIMAL_WORDS = [
    ("Inflation was nought point eleven above target.", "nought point eleven", "0.11"),
    ("Growth slowed to zero point eight per cent.", "zero point eight per cent", "0.8"),
    ("The limit is nought point nought five.", "nought point nought five", "0.05"),
    ("He won by two point five points.", "two point five", "2.5"),
    ("The quake measured six point two.", "six point two", "6.2"),
    ("Unemployment hit four point nineteen in May.", "four point nineteen", "4.19"),
    ("The figure was one point twelve million.", "one point twelve million", "1120000"),
    ("Prices rose three point one four.", "three point one four", "3.14"),
    ("The rate is nil point fifteen.", "nil point fifteen", "0.15"),
    ("Output fell by one point seventy-five.", "one point seventy-five", "1.75"),
    ("Turnout was sixty point three per cent.", "sixty point three per cent", "60.3"),
    ("It weighs nine point thirteen tonnes.", "nine point thirteen", "9.13"),
    ("The index lost zero point zero three.", "zero point zero three", "0.03"),
    ("Debt was two point four trillion.", "two point four trillion", "2400000000000"),
    ("The yield rose to five point sixteen.", "five point sixteen", "5.16"),
    ("Deficit: seven point two.", "seven point two", "7.2"),
    ("The score was eight point eleven.", "eight point eleven", "8.11"),
    ("The gauge read nought point seventeen.", "nought point seventeen", "0.17"),
    ("Sales reached one point fourteen billion.", "one point fourteen billion", "1140000000"),
    ("Margins were three point eighteen.", "three point eighteen", "3.18"),
]


@pytest.mark.parametrize("text,surface,value", SPOKEN_DECIMAL_WORDS, ids=_ids(SPOKEN_DECIMAL_WORDS))
def test_spoken_decimal_words(text, surface, value):
    _check(text, surface, {"value": value})


# --- an age keeps the bound written after it: "aged 65 and over", "18 or younger" -------------

AGE_BOUNDS = [
    ("People aged 65 and over rose to 11.1m.", "65 and over", "lower", "65", None),
    ("Residents aged 65 or older were offered a booster.", "65 or older", "lower", "65", None),
    ("Voters aged 50 and older backed the measure.", "50 and older", "lower", "50", None),
    ("Children aged 5 and under travel free.", "5 and under", "upper", None, "5"),
    ("Those aged 18 or younger were spared the fine.", "18 or younger", "upper", None, "18"),
    ("Pupils aged 11 and younger stayed home.", "11 and younger", "upper", None, "11"),
    ("Workers aged 60 or over may retire early.", "60 or over", "lower", "60", None),
    ("Drivers aged 70 or above must renew yearly.", "70 or above", "lower", "70", None),
    ("Girls aged 14 or under were vaccinated first.", "14 or under", "upper", None, "14"),
    ("Patients aged 80 and above were treated at home.", "80 and above", "lower", "80", None),
    ("Men aged 16 or less cannot enlist.", "16 or less", "upper", None, "16"),
    ("Adults aged 25 or more were surveyed.", "25 or more", "lower", "25", None),
    ("Anyone aged 12 and below needs a guardian.", "12 and below", "upper", None, "12"),
    ("Women aged 35 and over were screened.", "35 and over", "lower", "35", None),
    ("Staff aged 55 or older can work part time.", "55 or older", "lower", "55", None),
    ("Infants aged 2 and under fly free.", "2 and under", "upper", None, "2"),
    ("Veterans aged 90 and older were honoured.", "90 and older", "lower", "90", None),
    ("Teenagers aged 17 or younger need consent.", "17 or younger", "upper", None, "17"),
    ("Farmers aged 45 and above get the grant.", "45 and above", "lower", "45", None),
    ("Runners aged 40 or over race separately.", "40 or over", "lower", "40", None),
    ("People aged more than 80 were moved.", "more than 80", "lower", "80", None),
]


@pytest.mark.parametrize("text,surface,bound,low,high", AGE_BOUNDS, ids=_ids(AGE_BOUNDS))
def test_age_bounds(text, surface, bound, low, high):
    _check(text, surface, {"bound": bound, "low": low, "high": high})


def test_an_age_without_a_bound_stays_exact():
    _check("Zarghuna, 42, who fled Kunduz, spoke.", "42", {"bound": "exact", "value": "42"})


# --- codes: a leading zero, digit groups after a label, a hyphenated phone number --------------

CODES = [
    ("Families can call the helpline on 0808 164 8810.", "0808 164 8810"),
    ("The office number is 020 7946 0018.", "020 7946 0018"),
    ("Call 0800 555 0199 for advice.", "Call 0800 555 0199"),
    ("Text 07700 900461 to donate.", "07700 900461"),
    ("Those who lost homes can ring 1-800-621-3362.", "1-800-621-3362"),
    ("The crisis line is 1-800-273-8255.", "1-800-273-8255"),
    ("Dial 1-888-777-2222 to register.", "1-888-777-2222"),
    ("Call the toll-free helpline 1800 180 1104.", "helpline 1800 180 1104"),
    ("Agent 007 returns this autumn.", "007"),
    ("The area code 020 covers London.", "020"),
    ("Kit number 04 went to the new signing.", "number 04"),
    ("The postcode 02139 covers Cambridge.", "02139"),
    ("Her badge read 0451.", "0451"),
    ("He wore shirt 09 for the final.", "09"),
    ("Use the code 0042 at checkout.", "0042"),
    ("The form is numbered 012 345.", "012 345"),
    ("Dial 0300 123 1212 for the NHS line.", "Dial 0300 123 1212"),
    ("The bus route 022 was cut.", "route 022"),
    ("The hotline 0845 600 3344 is free.", "hotline 0845 600 3344"),
    ("A charity line, 0808 800 5000, is open.", "0808 800 5000"),
]


@pytest.mark.parametrize("text,surface", CODES, ids=_ids(CODES))
def test_codes_are_identifiers(text, surface):
    _check(text, surface, {"kind": "identifier"})


@pytest.mark.parametrize("text,surfaces", [
    ("Class 9 had 40 pupils.", ["Class 9", "40"]),
    ("The score was 0 at the break.", ["0"]),
    ("It rose 0.5 per cent.", ["0.5 per cent"]),
    ("News at 0500 GMT.", ["0500"]),
    ("The count was 423 0000 by noon.", ["423", "0000"]),
])
def test_numbers_near_codes_stay_apart(text, surfaces):
    assert [m.text for m in find_mentions(text)] == surfaces


# --- "nearly one in ten": the qualifier before a share "N in M" bounds the share --------------

QUALIFIED_SHARES = [
    ("Haiti's gangs have displaced nearly one in ten.", "nearly one in ten", "1/10", "upper"),
    ("Nearly one in four Afghans has been forced from home.", "Nearly one in four", "1/4", "upper"),
    ("More than one in five adults smokes.", "More than one in five", "1/5", "lower"),
    ("About 1 in 3 voters stayed home.", "About 1 in 3", "1/3", "approx"),
    ("Almost two out of three homes lost power.", "Almost two out of three", "2/3", "upper"),
    ("At least 1 in 4 children is underweight.", "At least 1 in 4", "1/4", "lower"),
    ("Up to one in three children miss school.", "Up to one in three", "1/3", "upper"),
    ("Roughly one in six workers is self-employed.", "Roughly one in six", "1/6", "approx"),
    ("Fewer than one in ten cases reach court.", "Fewer than one in ten", "1/10", "upper"),
    ("Around 3 in 10 firms plan to hire.", "Around 3 in 10", "3/10", "approx"),
    ("Some two in five households rent.", "Some two in five", "2/5", "approx"),
    ("Over one in eight people are over 80.", "Over one in eight", "1/8", "lower"),
    ("Less than 1 in 20 applications succeed.", "Less than 1 in 20", "1/20", "upper"),
    ("Nearly 9 out of 10 voters backed the deal.", "Nearly 9 out of 10", "9/10", "upper"),
    ("Almost one in two marriages end in divorce.", "Almost one in two", "1/2", "upper"),
    ("An estimated one in 100 people carry the gene.", "An estimated one in 100", "1/100", "approx"),
    ("More than 4 in 10 Americans own a gun.", "More than 4 in 10", "4/10", "lower"),
    ("Approximately one in seven children lives in poverty.", "Approximately one in seven", "1/7", "approx"),
    ("No more than one in five seats went to women.", "No more than one in five", "1/5", "upper"),
    ("One in five adults smokes.", "One in five", "1/5", "exact"),
    ("Close to one in three nurses plans to quit.", "Close to one in three", "1/3", "approx"),
    ("One in five or more adults smokes.", "One in five or more", "1/5", "lower"),
    ("Two in three or fewer pass first time.", "Two in three or fewer", "2/3", "upper"),
]


@pytest.mark.parametrize("text,surface,value,bound", QUALIFIED_SHARES, ids=_ids(QUALIFIED_SHARES))
def test_qualified_shares(text, surface, value, bound):
    from fractions import Fraction
    m = _mention(text, surface)
    assert (m.kind.value, m.bound.value) == ("fraction", bound), m
    assert abs(Fraction(m.value) - Fraction(value)) < Fraction(1, 10 ** 20), m


# --- hundredths of a currency: "40 cents", "20 pence", "50p" ----------------------------------

SUBUNITS = [
    ("Petrol now costs $1.40, up from 40 cents a year ago.", "40 cents", "0.4", None),
    ("A loaf rose 50p to £1.40.", "50p", "0.5", "GBP"),
    ("First-class stamps cost 20 pence more from April.", "20 pence", "0.2", "GBP"),
    ("Shares fell 3c to 99c in early trade.", "99c", "0.99", None),
    ("Metro fares rose by 75 paise.", "75 paise", "0.75", None),
    ("A loaf of bread costs 30 kopecks more.", "30 kopecks", "0.3", "RUB"),
    ("The levy is 5 cents a litre.", "5 cents", "0.05", None),
    ("The 1p coin may be scrapped.", "1p", "0.01", "GBP"),
    ("Milk rose forty cents a gallon.", "forty cents", "0.4", None),
    ("Each text costs 10p to send.", "10p", "0.1", "GBP"),
    ("Diesel is up 12 pence a litre.", "12 pence", "0.12", "GBP"),
    ("The stock gained 45 cents to $12.10.", "45 cents", "0.45", None),
    ("Bus tickets now cost 90 paise more.", "90 paise", "0.9", None),
    ("The duty rose by 2p a pint.", "2p", "0.02", "GBP"),
    ("A one cent coin costs more to mint.", "one cent", "0.01", None),
    ("Eggs went up 25 cents a dozen.", "25 cents", "0.25", None),
    ("The charge is 50 centimes a bag.", "50 centimes", "0.5", None),
    ("Shares closed 7p lower.", "7p", "0.07", "GBP"),
    ("Fuel duty was cut by 5p a litre.", "5p", "0.05", "GBP"),
    ("Gold fell 80c an ounce.", "80c", "0.8", None),
    ("Rail fares rose 60 kopeks.", "60 kopeks", "0.6", "RUB"),
]


@pytest.mark.parametrize("text,surface,value,unit", SUBUNITS, ids=_ids(SUBUNITS))
def test_currency_subunits(text, surface, value, unit):
    _check(text, surface, {"kind": "money", "value": value, "unit": unit})


@pytest.mark.parametrize("text,surface,kind", [
    ("Inflation rose 5 per cent.", "5 per cent", "percent"),
    ("The meeting ends at 3pm.", "3pm", "time"),
    ("Temperatures hit 30C in Seville.", "30C", "number"),
])
def test_subunit_letters_elsewhere(text, surface, kind):
    _check(text, surface, {"kind": kind})



# --- "a third term", "for a second year", "the third quarter": ordinals and periods, not shares
# or lengths of time -------------------------------------------------------------------------

ORDINALS_NOT_SHARES = [
    ("Lula won a third term last October.", "third", "3"),
    ("China's population fell for a second year.", "second", "2"),
    ("The league title went north for a fifth consecutive year.", "fifth", "5"),
    ("A third-term senator chairs the panel.", "third", "3"),
    ("City won a tenth straight game.", "tenth", "10"),
    ("Voters face a second referendum in June.", "second", "2"),
    ("A fourth wave of infections hit the city.", "fourth", "4"),
    ("The bank announced a third rate cut.", "third", "3"),
    ("She scored a second-half goal.", "second", "2"),
    ("Police arrested a second suspect on Friday.", "second", "2"),
    ("A fifth victim died in hospital.", "fifth", "5"),
    ("The country held a sixth round of talks.", "sixth", "6"),
    ("A second earthquake shook the region.", "second", "2"),
    ("Prices rose for a seventh successive month.", "seventh", "7"),
    ("It was a third attempt to pass the bill.", "third", "3"),
    ("The firm recorded a second loss.", "second", "2"),
    ("A ninth day of protests began.", "ninth", "9"),
    ("A third child was born in May.", "third", "3"),
    ("The mayor called a second time.", "second", "2"),
    ("An eighth edition of the fair opened.", "eighth", "8"),
]


@pytest.mark.parametrize("text,surface,value", ORDINALS_NOT_SHARES, ids=_ids(ORDINALS_NOT_SHARES))
def test_ordinals_before_nouns(text, surface, value):
    _check(text, surface, {"kind": "ordinal", "value": value})
    assert not any(m.kind.value in ("fraction", "duration") for m in find_mentions(text))


SHARES_AND_SECONDS = [
    ("A third of voters stayed home.", "A third", "fraction", "1/3"),
    ("Nearly a third say they will leave.", "Nearly a third", "fraction", "1/3"),
    ("Only a quarter voted.", "a quarter", "fraction", "1/4"),
    ("Prices rose by a fifth.", "a fifth", "fraction", "1/5"),
    ("It lost a tenth of its value.", "a tenth", "fraction", "1/10"),
    ("Costs rose a third more than planned.", "a third", "fraction", "1/3"),
    ("Nearly half of children were vaccinated.", "Nearly half", "fraction", "1/2"),
    ("It took a second.", "a second", "duration", "1"),
    ("He paused for a second, then spoke.", "a second", "duration", "1"),
    ("A second later it exploded.", "A second", "duration", "1"),
    ("The lights flickered for a second or two.", "a second", "duration", "1"),
]


@pytest.mark.parametrize("text,surface,kind,value", SHARES_AND_SECONDS, ids=_ids(SHARES_AND_SECONDS))
def test_shares_and_seconds_stay(text, surface, kind, value):
    from fractions import Fraction
    m = _mention(text, surface)
    assert m.kind.value == kind and abs(Fraction(m.value) - Fraction(value)) < Fraction(1, 10 ** 20), m


@pytest.mark.parametrize("text", [
    "The economy grew in the April-June quarter.",
    "Growth slowed in the third quarter.",
    "First-half profits doubled.",
    "The side collapsed in the second half.",
    "Sales fell in the fourth quarter of the year.",
    "Losses narrowed in the first-quarter results.",
    "The last quarter was the weakest.",
])
def test_parts_of_a_year_are_no_shares(text):
    assert not any(m.kind.value == "fraction" for m in find_mentions(text))


# --- a word joined by a hyphen that leaves the number a number: "mid-2000s", "pre-2019" --------

HYPHEN_PREFIXES = [
    ("By the mid-2000s output had doubled.", "2000", "year", "2000"),
    ("Output is back to pre-2019 levels.", "2019", "year", "2019"),
    ("The post-1945 order is fraying.", "1945", "year", "1945"),
    ("Prices peaked in the late-1990s.", "1990", "year", "1990"),
    ("The early-2010s boom ended.", "2010", "year", "2010"),
    ("Unemployment fell to pre-2008 levels.", "2008", "year", "2008"),
    ("A post-2020 surge in prices followed.", "2020", "year", "2020"),
    ("He is in his mid-30s.", "30", "number", "30"),
    ("She was in her early-40s then.", "40", "number", "40"),
    ("The pre-1947 maps were redrawn.", "1947", "year", "1947"),
    ("Mid-2021 figures showed a rise.", "2021", "year", "2021"),
    ("The late-2022 slump hit shares.", "2022", "year", "2022"),
    ("Post-1990 growth averaged 3%.", "1990", "year", "1990"),
    ("Pre-2015 contracts still apply.", "2015", "year", "2015"),
    ("By mid-2024 the plant had closed.", "2024", "year", "2024"),
    ("The early-1980s recession was deep.", "1980", "year", "1980"),
    ("A mid-1960s law still stands.", "1960", "year", "1960"),
    ("Post-2016 rules tightened checks.", "2016", "year", "2016"),
    ("They are in their late-20s.", "20", "number", "20"),
    ("Pre-2000 buildings need checks.", "2000", "year", "2000"),
]


@pytest.mark.parametrize("text,surface,kind,value", HYPHEN_PREFIXES, ids=_ids(HYPHEN_PREFIXES))
def test_hyphen_prefixes(text, surface, kind, value):
    _check(text, surface, {"kind": kind, "value": value})


@pytest.mark.parametrize("text,surface", [
    ("Turkish F-16s struck at dawn.", "F-16s"),
    ("The COVID-19 toll rose.", "COVID-19"),
    ("The SCP-173 file leaked.", "SCP-173"),
])
def test_other_hyphenated_names_stay_names(text, surface):
    _check(text, surface, {"kind": "identifier"})


# --- slashes that are no share, numbers that are no seconds, ranges that share a currency -------

NOT_SHARES_OR_SECONDS = [
    ("The 9/11 attacks killed nearly 3,000 people.", "9/11", "identifier"),
    ("Help is available 24/7.", "24/7", "identifier"),
    ("The 7/7 bombings shook London.", "7/7", "identifier"),
    ("The 26/11 attacks targeted Mumbai.", "26/11", "identifier"),
    ("The airline retired its 747s.", "747", "number"),
    ("Fleets of 737s were grounded.", "737", "number"),
    ("Bolt ran 9.58s in Berlin.", "9.58s", "duration"),
    ("It rose 3/4 of a point.", "3/4", "fraction"),
    ("More than 1/2 of voters agreed.", "More than 1/2", "fraction"),
    ("The 100s of protesters dispersed.", "100", "number"),
]


@pytest.mark.parametrize("text,surface,kind", NOT_SHARES_OR_SECONDS, ids=_ids(NOT_SHARES_OR_SECONDS))
def test_slashes_and_plural_numbers(text, surface, kind):
    _check(text, surface, {"kind": kind})


SHARED_UNIT_RANGES = [
    ("Losses totalled $1.5-2 billion.", "$1.5-2 billion", "USD", "1500000000", "2000000000"),
    ("The repairs will cost £3-4m.", "£3-4m", "GBP", "3000000", "4000000"),
    ("Tickets cost €20 to 30.", "€20 to 30", "EUR", "20", "30"),
    ("Bail was set at Rs 5-10 lakh.", "Rs 5-10 lakh", None, "500000", "1000000"),
    ("Fines of $100-500 apply.", "$100-500", "USD", "100", "500"),
    ("The fund seeks $2-3bn.", "$2-3bn", "USD", "2000000000", "3000000000"),
]


@pytest.mark.parametrize("text,surface,unit,low,high", SHARED_UNIT_RANGES, ids=_ids(SHARED_UNIT_RANGES))
def test_ranges_share_the_first_currency(text, surface, unit, low, high):
    _check(text, surface, {"kind": "money", "unit": unit, "low": low, "high": high})


@pytest.mark.parametrize("text,surfaces", [
    ("The bill passed 310 to 211.", ["310", "211"]),
    ("More than 400 to 300 voted against.", ["More than 400", "300"]),
])
def test_high_to_low_is_two_values_whatever_the_bound(text, surfaces):
    found = find_mentions(text)
    assert [m.text for m in found] == surfaces and all(m.kind.value != "range" for m in found)


# --- bounds glued to a number: "10,000+", "100-plus", "20-odd" -------------------------------

GLUED_BOUNDS = [
    ("They sent 10,000+ troops to the border.", "10,000+", "lower", "10000"),
    ("The film is rated 18+ only.", "18+", "lower", "18"),
    ("A 100-plus crowd gathered.", "100-plus", "lower", "100"),
    ("Some 20-odd boats capsized.", "20-odd", "approx", "20"),
    ("She is 30-something and single.", "30-something", "approx", "30"),
    ("The 50-ish guests left early.", "50-ish", "approx", "50"),
    ("The 500+ delegates voted.", "500+", "lower", "500"),
    ("Over 1,000-plus jobs went.", "1,000-plus", "lower", "1000"),
    ("A 40-odd page report was published.", "40-odd", "approx", "40"),
    ("The 60+ age group was hit hardest.", "60+", "lower", "60"),
    ("The league has 200-plus clubs.", "200-plus", "lower", "200"),
    ("Some 30-odd families were moved.", "30-odd", "approx", "30"),
    ("Lines of 5,000+ people formed.", "5,000+", "lower", "5000"),
    ("A 70-something farmer spoke.", "70-something", "approx", "70"),
    ("It has 1m+ users.", "1m+", "lower", "1000000"),
    ("He won 90-plus caps.", "90-plus", "lower", "90"),
    ("A 25-ish minute delay followed.", "25-ish", "approx", "25"),
    ("Its 300+ stores closed.", "300+", "lower", "300"),
    ("Another 150-odd were hurt.", "150-odd", "approx", "150"),
    ("The 65+ population grew.", "65+", "lower", "65"),
]


@pytest.mark.parametrize("text,surface,bound,value", GLUED_BOUNDS, ids=_ids(GLUED_BOUNDS))
def test_glued_bounds(text, surface, bound, value):
    _check(text, surface, {"bound": bound, "value": value})


def test_a_plus_between_numbers_is_no_bound():
    assert [m.bound.value for m in find_mentions("It says 2+2 makes 5.")] == ["exact"] * 3


@pytest.mark.parametrize("text,surface", [
    ("Delegates at COP28 agreed a deal.", "COP28"),
    ("The 5G rollout covered 80% of homes.", "5G"),
    ("Rural areas still rely on 4G.", "4G"),
])
def test_codes_and_letters_that_name(text, surface):
    _check(text, surface, {"kind": "identifier"})


# --- shares written with hyphens: "a one-in-four chance", "1-in-100" --------------------------

HYPHENATED_SHARES = [
    ("Forecasters give a one-in-four chance of rain.", "one-in-four", "1/4"),
    ("There is a one-in-five chance of recession.", "one-in-five", "1/5"),
    ("The odds are 1-in-100.", "1-in-100", "1/100"),
    ("It is a one-in-ten risk.", "one-in-ten", "1/10"),
    ("A 1-in-3 share of homes is rented.", "1-in-3", "1/3"),
    ("The test has a one-in-a-thousand error rate.", "one-in-a-thousand", "1/1000"),
    ("He faces a two-in-three chance of losing.", "two-in-three", "2/3"),
    ("A 1-in-20 patients had side effects.", "1-in-20", "1/20"),
    ("Experts put the risk at one-in-six.", "one-in-six", "1/6"),
    ("Roughly a 1-in-8 chance remains.", "1-in-8", "1/8"),
    ("It was a one-in-fifty event.", "one-in-fifty", "1/50"),
    ("The virus kills 1-in-1,000 of those infected.", "1-in-1,000", "1/1000"),
    ("A one-in-three share went to rebels.", "one-in-three", "1/3"),
    ("Analysts see a 3-in-10 chance.", "3-in-10", "3/10"),
    ("That is a one-in-seven shot.", "one-in-seven", "1/7"),
    ("A 1-in-4 child lives in poverty.", "1-in-4", "1/4"),
    ("The lottery pays out one-in-twenty tickets.", "one-in-twenty", "1/20"),
    ("A 2-in-5 majority backed it.", "2-in-5", "2/5"),
    ("The odds of a one-in-two outcome.", "one-in-two", "1/2"),
    ("A 1-in-50 risk of flooding.", "1-in-50", "1/50"),
]


@pytest.mark.parametrize("text,surface,value", HYPHENATED_SHARES, ids=_ids(HYPHENATED_SHARES))
def test_hyphenated_shares(text, surface, value):
    from fractions import Fraction
    m = _mention(text, surface)
    assert m.kind.value == "fraction" and abs(Fraction(m.value) - Fraction(value)) < Fraction(1, 10 ** 20), m


def test_a_hyphenated_word_before_a_number_is_no_share():
    assert [m.text for m in find_mentions("Go to check-in-200 now.")] == ["check-in-200"]


# --- a scale word after the second end of a range in words applies to the first ---------------

WORD_RANGES_WITH_SCALES = [
    ("Two to three million people fled.", "Two to three million", "2000000", "3000000"),
    ("Five to six hundred people gathered.", "Five to six hundred", "500", "600"),
    ("It will cost two to three million dollars.", "two to three million dollars", "2000000", "3000000"),
    ("Twenty-five to thirty thousand people marched.", "Twenty-five to thirty thousand", "25000", "30000"),
    ("Between two and three million homes lost power.", "Between two and three million", "2000000", "3000000"),
    ("Between five and six lakh people are in camps.", "Between five and six lakh", "500000", "600000"),
    ("Ten to fifteen thousand troops were sent.", "Ten to fifteen thousand", "10000", "15000"),
    ("Three to four billion dollars was lost.", "Three to four billion dollars", "3000000000", "4000000000"),
    ("Some eight to nine hundred families left.", "Some eight to nine hundred", "800", "900"),
    ("One to two dozen boats capsized.", "One to two dozen", "12", "24"),
    ("From two to three crore people are affected.", "From two to three crore", "20000000", "30000000"),
    ("Forty to fifty thousand jobs could go.", "Forty to fifty thousand", "40000", "50000"),
    ("Six to seven million tonnes were shipped.", "Six to seven million", "6000000", "7000000"),
    ("Between four and five thousand cases a day.", "Between four and five thousand", "4000", "5000"),
    ("It lasted two to three million years.", "two to three million years", "2000000", "3000000"),
    ("Nine to ten thousand pilgrims came.", "Nine to ten thousand", "9000", "10000"),
    ("About two to three hundred were hurt.", "About two to three hundred", "200", "300"),
    ("Thirty to forty million viewers watched.", "Thirty to forty million", "30000000", "40000000"),
    ("10 to twenty thousand people came.", "10 to twenty thousand", "10000", "20000"),
    ("Ninety to one hundred people came.", "Ninety to one hundred", "90", "100"),
]


@pytest.mark.parametrize("text,surface,low,high", WORD_RANGES_WITH_SCALES, ids=_ids(WORD_RANGES_WITH_SCALES))
def test_word_ranges_with_scales(text, surface, low, high):
    _check(text, surface, {"low": low, "high": high})


@pytest.mark.parametrize("text,surface,value", [
    ("One over one hundred is a percent.", "One over one hundred", "0.01"),
    ("Two out of five hundred tested positive.", "Two out of five hundred", "0.004"),
])
def test_shares_keep_their_words(text, surface, value):
    _check(text, surface, {"value": value})


# --- currency names after a number: a currency's own word, or the country and the name --------

CURRENCY_NAMES = [
    ("The budget is 1.2 trillion naira.", "1.2 trillion naira", "NGN"),
    ("A ticket costs 20 zlotys.", "20 zlotys", "PLN"),
    ("Aid of 2m Swiss francs was sent.", "2m Swiss francs", "CHF"),
    ("Fines of 500 UAE dirhams apply.", "500 UAE dirhams", "AED"),
    ("It cost 5,000 Kenyan shillings.", "5,000 Kenyan shillings", "KES"),
    ("Each family got 10,000 Mexican pesos.", "10,000 Mexican pesos", "MXN"),
    ("Wages rose to 15,000 baht.", "15,000 baht", "THB"),
    ("The fund holds 3 billion ringgit.", "3 billion ringgit", "MYR"),
    ("Bread costs 20 rand now.", "20 rand", "ZAR"),
    ("The fine was 1,000 shekels.", "1,000 shekels", "ILS"),
    ("Pensions rose by 500 hryvnias.", "500 hryvnias", "UAH"),
    ("A litre of milk is 30 lira.", "30 lira", "TRY"),
    ("Rent is 8,000 kronor a month.", "8,000 kronor", "SEK"),
    ("The levy is 200 taka per bag.", "200 taka", "BDT"),
    ("Traders lost 5 million cedis.", "5 million cedis", "GHS"),
    ("A meal costs 50,000 dong.", "50,000 dong", "VND"),
    ("It raised 2 billion reais.", "2 billion reais", "BRL"),
    ("The bill is 40,000 Egyptian pounds.", "40,000 Egyptian pounds", "EGP"),
    ("Salaries of 6,000 Saudi riyals were paid.", "6,000 Saudi riyals", "SAR"),
    ("The deal is worth 9 billion Hong Kong dollars.", "9 billion Hong Kong dollars", "HKD"),
    ("Farmers received 300 Pakistani rupees a day.", "300 Pakistani rupees", "PKR"),
]


@pytest.mark.parametrize("text,surface,unit", CURRENCY_NAMES, ids=_ids(CURRENCY_NAMES))
def test_currency_names_after_numbers(text, surface, unit):
    _check(text, surface, {"kind": "money", "unit": unit})


@pytest.mark.parametrize("text,surface", [
    ("Each family received 10,000 pesos.", "10,000"),  # pesos of which country?
    ("Fines of 500 dirhams apply.", "500"),
    ("He won 5 gold medals.", "5"),
    ("Students need 40 marks to pass.", "40"),
])
def test_names_shared_by_currencies_or_words_stay_numbers(text, surface):
    assert _mention(text, surface).kind.value != "money"


# --- one space-separated group ------------------------------------------------------------------

# A single plain-space group is one numeral when it starts with a zero ("40 000"): no number
# standing alone is written with a leading zero. Otherwise two numbers stay two ("6 4" scores,
# "May 5 300 protesters"), as lists and scores write them.
ONE_SPACED_GROUP = [
    ("Some 40 000 people fled the fighting, the UN said.", "Some 40 000", "40000"),
    ("The army deployed 5 000 troops to the border.", "5 000", "5000"),
    ("A crowd of 12 050 watched the final.", "12 050", "12050"),
    ("Damage was put at 900 000 rand.", "900 000 rand", "900000"),
    ("The fund paid out 7 000.50 euros per claim.", "7 000.50 euros", "7000.50"),
    ("The tally rose to 1 000, then 2 000.", "1 000", "1000"),
    ("About 300 000 hectares burned in the south.", "About 300 000", "300000"),
    ("Police counted 8 000 marchers in Paris.", "8 000", "8000"),
    ("The strike cost the airline 150 000 euros a day.", "150 000 euros", "150000"),
    ("Cape Town needs 450 000 litres a day.", "450 000", "450000"),
    ("The union claims 65 000 members.", "65 000", "65000"),
    ("More than 2 000 flights were cancelled.", "More than 2 000", "2000"),
    ("The quake left 3 000 homeless.", "3 000", "3000"),
    ("Officials expect 70 000 visitors.", "70 000", "70000"),
    ("A fine of 250 000 francs was imposed.", "250 000", "250000"),
    ("The vaccine reached 600 000 children.", "600 000", "600000"),
    ("Sales fell to 9 000 cars in May.", "9 000", "9000"),
    ("The reserve holds 4 005 tonnes.", "4 005", "4005"),
    ("The 2 000-strong force arrived.", "2 000", "2000"),
    ("The 1 000 km pipeline opened.", "1 000 km", "1000"),
]
TWO_NUMBERS = [
    ("The final score was 6 4 after extra time.", ["6", "4"]),
    ("Rooms 12 345 were closed.", ["12", "345"]),
    ("On May 5 300 protesters gathered.", ["5", "300"]),
    ("The lottery numbers were 7 19 23 41.", ["7", "19", "23", "41"]),
]


@pytest.mark.parametrize("text,surface,value", ONE_SPACED_GROUP, ids=_ids(ONE_SPACED_GROUP))
def test_one_spaced_group_with_a_leading_zero(text, surface, value):
    _check(text, surface, {"value": value})


@pytest.mark.parametrize("text,surfaces", TWO_NUMBERS, ids=_ids(TWO_NUMBERS))
def test_one_spaced_group_without_a_leading_zero_stays_two(text, surfaces):
    assert [m.text for m in find_mentions(text)] == surfaces


# --- a word between number and unit needs the unit to agree -------------------------------------

FILLED_DURATIONS = [
    ("The ceasefire was extended by 5 more days.", "5 more days", {"value": "5", "unit": "day"}),
    ("Talks need one more day, the envoy said.", "one more day", {"value": "1", "unit": "day"}),
    ("Rescuers worked for two more hours.", "two more hours", {"value": "2", "unit": "hour"}),
    ("He served 20 long years in jail.", "20 long years", {"value": "20", "unit": "year"}),
    ("The siege lasted 3 straight months.", "3 straight months", {"value": "3", "unit": "month"}),
    ("Prices rose for 10 consecutive weeks.", "10 consecutive weeks", {"value": "10", "unit": "week"}),
    ("Voters waited 4 full hours in the heat.", "4 full hours", {"value": "4", "unit": "hour"}),
    ("A further 48 hard hours lie ahead.", "48 hard hours", {"value": "48", "unit": "hour"}),
    ("Markets fell for a 6 straight days.", "6 straight days", {"value": "6", "unit": "day"}),
    ("Troops stay 12 additional months.", "12 additional months", {"value": "12", "unit": "month"}),
]
NOT_FILLED_DURATIONS = [
    ("The death toll was put at 9,000 last year.", "9,000"),
    ("Exports reached 4.5 million last month.", "4.5 million"),
    ("Sales hit 30,000 last week.", "30,000"),
    ("About 200 next year are expected to enrol.", "About 200"),
    ("The club signed 3 last season.", "3"),
    ("The agency expects 12,000 first year students.", "12,000"),
    ("Police arrested 45 last night.", "45"),
    ("It had 7 full day passes left.", "7"),
    ("The ministry hired 300 extra week staff.", "300"),
    ("Turnout was 1.2 million this year and 900,000 last year.", "900,000"),
]


@pytest.mark.parametrize("text,surface,expected", FILLED_DURATIONS, ids=_ids(FILLED_DURATIONS))
def test_words_between_number_and_unit(text, surface, expected):
    _check(text, surface, {"kind": "duration", **expected})


@pytest.mark.parametrize("text,surface", NOT_FILLED_DURATIONS, ids=_ids(NOT_FILLED_DURATIONS))
def test_a_singular_unit_after_a_word_is_no_duration(text, surface):
    assert _mention(text, surface).kind.value != "duration"


# --- a bound before a dashed range bounds the whole range ---------------------------------------

BOUNDED_DASH_RANGES = [
    ("Up to 30-40 people were feared dead.", "Up to 30-40", ("30", "40"), "upper"),
    ("More than 10–15 per cent of homes were damaged.", "More than 10–15 per cent", ("10", "15"), "lower"),
    ("Nearly 2-3 lakh people were displaced.", "Nearly 2-3 lakh", ("200000", "300000"), "upper"),
    ("About 20-25 km of road was washed away.", "About 20-25 km", ("20", "25"), "approx"),
    ("At least 5-6 boats capsized.", "At least 5-6", ("5", "6"), "lower"),
    ("Around 1,000-1,500 troops crossed.", "Around 1,000-1,500", ("1000", "1500"), "approx"),
    ("Over 40-50 villages lost power.", "Over 40-50", ("40", "50"), "lower"),
    ("Some 3-4 million people need aid.", "Some 3-4 million", ("3000000", "4000000"), "approx"),
    ("Roughly 60-70% of voters turned out.", "Roughly 60-70%", ("60", "70"), "approx"),
    ("Almost 8–10 hours of queues were reported.", "Almost 8–10 hours", ("8", "10"), "upper"),
]


@pytest.mark.parametrize("text,surface,ends,bound", BOUNDED_DASH_RANGES, ids=_ids(BOUNDED_DASH_RANGES))
def test_a_bound_before_a_dashed_range(text, surface, ends, bound):
    m = _mention(text, surface)
    assert (decimal_text(m.low), decimal_text(m.high), m.bound.value) == (*ends, bound)


def test_a_dash_with_spaces_after_a_bound_is_punctuation():
    surfaces = [m.text for m in find_mentions("At least 300 - 200 of them children - died.")]
    assert surfaces[0] == "At least 300" and "200" in surfaces


# --- ISO codes after the number ------------------------------------------------------------------

CODES_AFTER = [
    ("About 5 billion USD was pledged at the summit.", "About 5 billion USD", "USD", "5000000000"),
    ("The fine was 500 EUR per passenger.", "500 EUR", "EUR", "500"),
    ("The loan totals 300 GBP a month.", "300 GBP", "GBP", "300"),
    ("Tickets cost 1,200 INR each.", "1,200 INR", "INR", "1200"),
    ("Norway pledged 5 NOK per barrel.", "5 NOK", "NOK", "5"),
    ("Japan offered 2.5 trillion JPY in aid.", "2.5 trillion JPY", "JPY", "2500000000000"),
    ("Fees rose to 40 CHF.", "40 CHF", "CHF", "40"),
    ("The deal is worth 12 billion AUD.", "12 billion AUD", "AUD", "12000000000"),
    ("Exports reached 3.4 billion CNY.", "3.4 billion CNY", "CNY", "3400000000"),
    ("Rent is 2,000 HKD a week.", "2,000 HKD", "HKD", "2000"),
]
CODES_NOT_AFTER = [
    ("The 10 TOP players met in Doha.", "10"),
    ("Fees of 20 cad apply.", "20"),
    ("He scored 3 ALL season.", "3"),
    ("Shops sold 40 CUP cakes.", "40"),
]


@pytest.mark.parametrize("text,surface,unit,value", CODES_AFTER, ids=_ids(CODES_AFTER))
def test_codes_after_the_number(text, surface, unit, value):
    _check(text, surface, {"kind": "money", "unit": unit, "value": value})


@pytest.mark.parametrize("text,surface", CODES_NOT_AFTER, ids=_ids(CODES_NOT_AFTER))
def test_words_in_capitals_after_a_number_are_no_currency(text, surface):
    assert _mention(text, surface).kind.value != "money"


# --- model words after a number ------------------------------------------------------------------

MODELS = [
    ("Regulators grounded 737 Max jets worldwide.", "737 Max"),
    ("The 737 MAX returned to service in 2020.", "737 MAX"),
    ("Huawei's Mate 60 Pro sold out in hours.", "60 Pro"),
    ("Apple's 15 Pro Max costs more.", "15 Pro"),
    ("The Galaxy Z 5 Fold is thinner.", "5 Fold"),
    ("Sales of the 14 Plus lagged.", "14 Plus"),
    ("A new 8 Ultra goes on sale in May.", "8 Ultra"),
    ("The 12 Mini was discontinued.", "12 Mini"),
    ("Carriers ordered the A 320 Neo in bulk.", "320 Neo"),
    ("The 3 Lite phone is cheap.", "3 Lite"),
]


@pytest.mark.parametrize("text,surface", MODELS, ids=_ids(MODELS))
def test_model_words_make_a_name(text, surface):
    assert _mention(text, surface).kind.value == "identifier"


@pytest.mark.parametrize("text,surface,kind", [
    ("Crowds of 10,000 plus gathered.", "10,000 plus", "number"),
    ("The fund raised $999 from 20 donors.", "$999", "money"),
    ("Some 40 Max Planck scientists signed.", "Some 40", "number"),
])
def test_model_words_as_written(text, surface, kind):
    assert _mention(text, surface).kind.value == kind


# --- "one" before a share is a number, whatever word comes before it ----------------------------

SHARES_AFTER_PRONOUN_WORDS = [
    ("Only one in four schools has a toilet.", "one in four", "0.25"),
    ("Only one out of 10 voters backed the plan.", "one out of 10", "0.1"),
    ("The one in ten who refused were fined.", "one in ten", "0.1"),
    ("Only one in twenty patients recovered.", "one in twenty", "0.05"),
    ("Each one in five households got a grant.", "one in five", "0.2"),
    ("Just one in three girls finishes school.", "one in three", "1/3"),
    ("Any one in 100 tickets wins.", "one in 100", "0.01"),
    ("This one in eight chance is small.", "one in eight", "0.125"),
    ("The only one in 50 firms to profit was small.", "one in 50", "0.02"),
    ("Every one in six adults smokes.", "one in six", "1/6"),
]


@pytest.mark.parametrize("text,surface,value", SHARES_AFTER_PRONOUN_WORDS, ids=_ids(SHARES_AFTER_PRONOUN_WORDS))
def test_one_before_a_share_is_a_number(text, surface, value):
    m = _mention(text, surface)
    assert m.kind.value == "fraction" and m.value * 1 == eval_fraction(value)


def eval_fraction(text: str) -> Decimal:
    num, _, den = text.partition("/")
    return Decimal(num) / Decimal(den or 1)


@pytest.mark.parametrize("text", ["The only one in the room was silent.", "Which one in the list?",
                                  "The one in blue won."])
def test_one_as_a_pronoun_before_in(text):
    assert not any(m.text.lower() == "one" or m.text.lower().startswith("one in") for m in find_mentions(text))


# --- scores are results, not quantities or ranges -----------------------------------------------

SCORES = [
    ("City won 3-1 at Anfield on Sunday.", "3-1"),
    ("United lost 1-3 to Chelsea.", "1-3"),
    ("The derby ended in a 2-2 draw.", "2-2"),
    ("Nadal won 6-3, 6-4 in Paris.", "6-3"),
    ("Nadal won 6-3, 6-4 in Paris.", "6-4"),
    ("Swiatek beat Gauff 3-6, 6-3, 7-5.", "3-6"),
    ("Swiatek beat Gauff 3-6, 6-3, 7-5.", "7-5"),
    ("Real Madrid beat Bayern Munich 2-1 in extra time.", "2-1"),
    ("He won 7-6(5), 6-4 to reach the final.", "7-6(5)"),
    ("They lost 4-3 on aggregate.", "4-3"),
    ("The team won 2-0.", "2-0"),
    ("Arsenal's 5-0 thrashing of Wolves lifted spirits.", "5-0"),
    ("A 1-0 home win kept them top.", "1-0"),
    ("India edged Pakistan 3–2 in the hockey final.", "3–2"),
    ("The hosts led 2-1 at half-time.", "2-1"),
    ("Leeds trailed 0-2 before the break.", "0-2"),
    ("Celtic's 4-1 victory sealed the title.", "4-1"),
    ("Milan drew 1-1 with Roma.", "1-1"),
    ("Barcelona were humbled 0-4 by PSG.", "0-4"),
    ("The Knicks' 3-2 series lead is fragile.", "3-2"),
]
NOT_SCORES = [
    ("The party won 10-12 seats in the north.", "10-12", "range"),
    ("Prices rose 5-7% in May.", "5-7%", "percent"),
    ("Children aged 5-11 were vaccinated.", "5-11", "range"),
    ("Some 20-30 people were hurt.", "Some 20-30", "range"),
    ("The storm lasted 3-4 hours.", "3-4 hours", "duration"),
    ("They won 2-3 million votes.", "2-3 million", "range"),
]


@pytest.mark.parametrize("text,surface", SCORES, ids=[f"{t[:40]} {s}" for t, s in SCORES])
def test_scores_are_identifiers(text, surface):
    assert _mention(text, surface).kind.value == "identifier"


@pytest.mark.parametrize("text,surface,kind", NOT_SCORES, ids=_ids(NOT_SCORES))
def test_dashed_pairs_that_are_no_scores(text, surface, kind):
    assert _mention(text, surface).kind.value == kind


# --- an amount in brackets after another amount is a conversion, not a loss ---------------------

ASIDES = [
    ("The fine was €100 ($110).", "$110", "110"),
    ("It raised 5bn yuan (US$700m).", "US$700m", "700000000"),
    ("The bill came to Rs 3 crore ($360,000).", "$360,000", "360000"),
    ("Tickets cost £50 (€58) each.", "€58", "58"),
    ("A grant of 2 million rupees ($24,000) was paid.", "$24,000", "24000"),
    ("The firm lost money (US$139 billion) in 2023.", "US$139 billion", "139000000000"),
    ("Bread costs 1,200 naira ($1.50) now.", "$1.50", "1.50"),
    ("The deal is worth A$1.5bn (US$1bn).", "US$1bn", "1000000000"),
    ("He earned HK$30,000 (US$3,800) a month.", "US$3,800", "3800"),
    ("The levy is 500 yen ($3.40) a night.", "$3.40", "3.40"),
]
ACCOUNTING = [
    ("Net loss was ($1,234) for the year.", "($1,234)", "-1234"),
    ("The company reported a loss of ($99.99) per share.", "($99.99)", "-99.99"),
    ("Profit: (€12.50)", "(€12.50)", "-12.50"),
    ("Earnings per share: ($0.45)", "($0.45)", "-0.45"),
]


@pytest.mark.parametrize("text,surface,value", ASIDES + ACCOUNTING, ids=_ids(ASIDES + ACCOUNTING))
def test_brackets_asides_and_accounting_negatives(text, surface, value):
    _check(text, surface, {"kind": "money", "value": value})


# --- margins, currencies the text does not settle, codes that name things -----------------------

OTHER_NEWS_FORMS = [
    ("The poll has a margin of plus or minus 4.1 percentage points.", "4.1 percentage points", {"value": "4.1", "kind": "percent"}),
    ("Results are accurate to plus or minus 3%.", "3%", {"value": "3"}),
    ("Temperatures fell to minus 5 overnight.", "minus 5", {"value": "-5"}),
    ("The budget is Sh1.2 trillion.", "Sh1.2 trillion", {"kind": "money", "unit": None, "value": "1200000000000"}),
    ("A loaf now costs Sh199.15.", "Sh199.15", {"kind": "money", "unit": None, "value": "199.15"}),
    ("He was fined Shs 50,000.", "Shs 50,000", {"kind": "money", "unit": None, "value": "50000"}),
    ("Farmers lost Sh300m to the drought.", "Sh300m", {"kind": "money", "unit": None, "value": "300000000"}),
    ("A loaf costs KSh160 in Nairobi.", "KSh160", {"kind": "money", "unit": "KES", "value": "160"}),
    ("Fares rose to Ksh 160.", "Ksh 160", {"kind": "money", "unit": "KES", "value": "160"}),
    ("Fuel RON95 costs RM2.05 a litre.", "RON95", {"kind": "identifier"}),
    ("Fuel RON95 costs RM2.05 a litre.", "RM2.05", {"kind": "money", "unit": "MYR"}),
    ("Delegates met at COP28 in Dubai.", "COP28", {"kind": "identifier"}),
]


@pytest.mark.parametrize("text,surface,expected", OTHER_NEWS_FORMS, ids=_ids(OTHER_NEWS_FORMS))
def test_margins_unsettled_currencies_and_name_codes(text, surface, expected):
    _check(text, surface, expected)
