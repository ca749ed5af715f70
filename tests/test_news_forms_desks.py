"""Forms of numbers from regional desks and wire copy, one table per family: degrees written as a
spaced letter, numbers named by a label word or an index, the parts of a clause, phone numbers
after a phone word, rates whose counted noun has an "of" phrase, fractions inside a hyphenated
word, and newspapers' money (Rwandan francs, parts of currencies, a spaced "b").

Each row is a sentence in the style of a news report and the one mention it is about: its
surface and the fields that must come out (see test_news_forms._check). Rows marked as negatives
are readings that must not change.
"""

from __future__ import annotations

import pytest

from factcheck.mentions import find_mentions
from factcheck.model import Kind
from test_news_forms import _check, _ids


def _texts(text: str) -> list[str]:
    return [m.text for m in find_mentions(text)]


# --- degrees as a spaced capital letter, a word of its own ("35 C (95 F)") -----------------------

SPACED_DEGREES = [
    ("Central Tokyo recorded 35 C or higher on 22 days.", "35 C or higher", {"low": "35", "unit": "degC"}),
    ("Highs of 35 C (95 F) are expected on Friday.", "35 C", {"value": "35", "unit": "degC"}),
    ("Highs of 35 C (95 F) are expected on Friday.", "95 F", {"value": "95", "unit": "degF"}),
    ("The temperature fell to minus 12 C overnight.", "minus 12 C", {"value": "-12", "unit": "degC"}),
    ("Phoenix hit 118 F on Tuesday, a record.", "118 F", {"value": "118", "unit": "degF"}),
    ("Seas warmed to 31 C, bleaching the reef.", "31 C", {"value": "31", "unit": "degC"}),
    ("The mercury topped 40 C in Seville.", "topped 40 C", {"low": "40", "unit": "degC"}),
    ("It was 2 F in Fargo at dawn.", "2 F", {"value": "2", "unit": "degF"}),
    ("Forecasters expect about 28 C by noon.", "about 28 C", {"value": "28", "unit": "degC"}),
    ("Lows near 5 C are forecast for the hills.", "5 C", {"value": "5", "unit": "degC"}),
    ("Readings of up to 45 C were taken in Jacobabad.", "up to 45 C", {"high": "45", "unit": "degC"}),
    ("The pool is kept at 27 C all year.", "27 C", {"value": "27", "unit": "degC"}),
    ("A 1.5 C rise in global temperatures is the limit.", "1.5 C", {"value": "1.5", "unit": "degC"}),
    ("Chicago woke to 10 F and wind chills far below.", "10 F", {"value": "10", "unit": "degF"}),
    ("The thermometer read 39.5 C at the stadium.", "39.5 C", {"value": "39.5", "unit": "degC"}),
    ("Temperatures of more than 50 C were recorded in Death Valley.", "more than 50 C",
     {"low": "50", "unit": "degC"}),
    ("Nights stay above 30 C in Kuwait.", "above 30 C", {"low": "30", "unit": "degC"}),
    ("Ocean heat reached 33 C; coral died.", "33 C", {"value": "33", "unit": "degC"}),
    ("Snow fell at 0 C for the first time in years.", "0 C", {"value": "0", "unit": "degC"}),
    ("Water boils at 212 F at sea level.", "212 F", {"value": "212", "unit": "degF"}),
]

NOT_DEGREES = [
    ("She had 3 C-sections in five years.", "3"),
    ("Grade 3 C students sit the exam in May.", "Grade 3"),
    ("The group won 4 C&W awards.", "4"),
    ("Row 12 F was empty.", "Row 12"),
]


@pytest.mark.parametrize("text,surface,expected", SPACED_DEGREES, ids=_ids(SPACED_DEGREES))
def test_spaced_degree_letters(text, surface, expected):
    _check(text, surface, expected)


@pytest.mark.parametrize("text,surface", NOT_DEGREES, ids=_ids(NOT_DEGREES))
def test_letters_that_are_no_degrees(text, surface):
    m = [m for m in find_mentions(text) if m.text == surface]
    assert m and m[0].unit not in ("degC", "degF"), _texts(text)


# --- a number word after a label word is a rank or a label, no count ("world number one") --------

WORD_LABELS = [
    ("World number one Jannik Sinner beat Carlos Alcaraz.", "number one"),
    ("The number two official in the ministry resigned.", "number two"),
    ("The phase two trial enrolled volunteers.", "phase two"),
    ("The story ran on page one of the paper.", "page one"),
    ("Chapter eleven describes the siege.", "Chapter eleven"),
    ("Passengers waited at gate nine for hours.", "gate nine"),
    ("The fire started in room four of the hostel.", "room four"),
    ("Platform three was closed after the crash.", "Platform three"),
    ("She was ranked number three in the world.", "number three"),
    ("Level four restrictions were lifted.", "Level four"),
    ("Grade three pupils returned to class.", "Grade three"),
    ("Terminal two reopened on Monday.", "Terminal two"),
    ("The bill's section three sets the fine.", "section three"),
    ("Ward six will vote first.", "Ward six"),
    ("The clause one text was agreed.", "clause one"),
    ("The country's number one export is copper.", "number one"),
    ("Route nine was blocked by floods.", "Route nine"),
    ("Seat two of the board is vacant.", "Seat two"),
    ("The rebels control sector four of the city.", "sector four"),
    ("Article five was invoked for the first time.", "Article five"),
]

COUNTS_AFTER_A_LABEL = [
    ("Syrians in Turkey number one million.", "one million", "1000000"),
    ("The victims number two hundred and fifty.", "two hundred and fifty", "250"),
    ("Refugees now number 354,000.", "354,000", "354000"),
]


@pytest.mark.parametrize("text,surface", WORD_LABELS, ids=_ids(WORD_LABELS))
def test_number_words_after_a_label(text, surface):
    _check(text, surface, {"kind": "identifier"})


@pytest.mark.parametrize("text,surface,value", COUNTS_AFTER_A_LABEL, ids=_ids(COUNTS_AFTER_A_LABEL))
def test_a_count_after_number_the_verb(text, surface, value):
    _check(text, surface, {"value": value})


# --- an index's or a list's name takes its number wherever it stands ------------------------------

INDEX_NAMES = [
    ("Nasdaq 100 futures rose 0.5% before the open.", "Nasdaq 100"),
    ("FTSE 100 shares fell in early trade.", "FTSE 100"),
    ("S&P 500 futures slid 1.2% overnight.", "S&P 500"),
    ("Nikkei 225 stocks extended gains.", "Nikkei 225"),
    ("Russell 2000 small caps rallied.", "Russell 2000"),
    ("Fortune 500 companies hired more graduates.", "Fortune 500"),
    ("CAC 40 futures pointed lower.", "CAC 40"),
    ("DAX 40 members reported earnings.", "DAX 40"),
    ("ASX 200 miners led the market down.", "ASX 200"),
    ("Nifty 50 stocks hit a record.", "Nifty 50"),
    ("KOSPI 200 futures fell.", "KOSPI 200"),
    ("Stoxx 600 banks rose 2%.", "Stoxx 600"),
    ("IBEX 35 shares were mixed.", "IBEX 35"),
    ("MSCI 1000 components were reweighted.", "MSCI 1000"),
    ("Forbes 400 members grew richer.", "Forbes 400"),
    ("TSX 60 companies pay dividends.", "TSX 60"),
    ("The Euro Stoxx 50 index rose.", "Stoxx 50"),
    ("(Nikkei 225) closed higher.", "Nikkei 225"),
    ("Topix 500 stocks were mixed.", "Topix 500"),
    ("AEX 25 shares slipped.", "AEX 25"),
]

NOT_INDEX_NAMES = [
    ("Only 300 came to the rally.", "300"),
    ("Nearly 300 people fled.", "Nearly 300"),
    ("Police 300 metres away saw it.", "300 metres"),
]


@pytest.mark.parametrize("text,surface", INDEX_NAMES, ids=_ids(INDEX_NAMES))
def test_index_names_anywhere(text, surface):
    _check(text, surface, {"kind": "identifier"})


@pytest.mark.parametrize("text,surface", NOT_INDEX_NAMES, ids=_ids(NOT_INDEX_NAMES))
def test_other_capitalised_words_at_a_start(text, surface):
    m = [m for m in find_mentions(text) if m.text == surface]
    assert m and m[0].kind != Kind.IDENTIFIER, _texts(text)


# --- the parts of a labelled clause are part of its name ("Section 135(1)(d)") --------------------

SUBSECTIONS = [
    ("Three men were held under Section 135(1)(d) of the Customs Act.", "Section 135(1)(d)"),
    ("The court struck down Article 370(1) of the constitution.", "Article 370(1)"),
    ("Police invoked Section 144(2) in the district.", "Section 144(2)"),
    ("Rule 4(2)(b) sets the deadline.", "Rule 4(2)(b)"),
    ("He was charged under section 302(a) of the code.", "section 302(a)"),
    ("Clause 7(3) lets either side withdraw.", "Clause 7(3)"),
    ("Paragraph 12(iv) was deleted.", "Paragraph 12(iv)"),
    ("The board relied on rule 10(1)(c).", "rule 10(1)(c)"),
    ("Article 16(4) allows reservations.", "Article 16(4)"),
    ("They were detained under Section 9(c) of the act.", "Section 9(c)"),
    ("Section 66(A) was repealed in 2015.", "Section 66(A)"),
    ("Article 19(1)(a) protects speech.", "Article 19(1)(a)"),
    ("The minister cited section 3(5) of the law.", "section 3(5)"),
    ("Rule 8(2) of the standing orders applies.", "Rule 8(2)"),
    ("Chapter 11(b) covers the appeal.", "Chapter 11(b)"),
    ("Section 124(A) is the sedition law.", "Section 124(A)"),
    ("Clause 2(1) defines a worker.", "Clause 2(1)"),
    ("Article 356(1) was used to dismiss the government.", "Article 356(1)"),
    ("Section 17(2)(a) of the act governs bail.", "Section 17(2)(a)"),
    ("Article 51(c) asks states to respect law.", "Article 51(c)"),
]


@pytest.mark.parametrize("text,surface", SUBSECTIONS, ids=_ids(SUBSECTIONS))
def test_clause_parts_belong_to_the_name(text, surface):
    _check(text, surface, {"kind": "identifier"})
    start = text.index(surface)
    assert not [m for m in find_mentions(text) if start < m.start < start + len(surface)]


# --- a zero-led group after a number, after a phone word, is the rest of the phone number --------

PHONE_GROUPS = [
    ("The disaster hotline is 180 0111.", "180 0111"),
    ("Call 180 0123 for help.", "180 0123"),
    ("The helpline number is 116 0234, officials said.", "116 0234"),
    ("Dial 112 0099 in an emergency.", "112 0099"),
    ("Residents can phone 131 0444 for updates.", "131 0444"),
    ("The toll-free line, 1800 0456, is open all day.", "1800 0456"),
    ("Text 555 0199 to donate.", "555 0199"),
    ("For tips call police on 999 0012.", "999 0012"),
    ("The WhatsApp number is 800 0700.", "800 0700"),
    ("Hotline: 133 0567.", "133 0567"),
    ("The tel. number is 22 0345 for the office.", "22 0345"),
    ("Contact the embassy on 44 0778.", "44 0778"),
    ("Parents can ring 151 0909.", "151 0909"),
    ("Fax 210 0345 with the form.", "210 0345"),
    ("Calls to 108 0111 are free.", "108 0111"),
    ("The helpline 1098 0101 serves children.", "1098 0101"),
    ("SMS 567 0890 with your name.", "567 0890"),
    ("Dial 911 0000 only in tests.", "911 0000"),
    ("Its phone line, 312 0455, was jammed.", "312 0455"),
    ("The numbers are 101 0234 and 102 0235.", "101 0234"),
]

GROUPS_APART = [
    ("The count was 423 0000 by noon.", ["423", "0000"]),
    ("Scores were 12 0345 and rising.", ["12", "0345"]),
    ("Prices rose 40 000 euros.", ["40 000 euros"]),
]


@pytest.mark.parametrize("text,surface", PHONE_GROUPS, ids=_ids(PHONE_GROUPS))
def test_phone_groups_after_a_phone_word(text, surface):
    _check(text, surface, {"kind": "identifier"})


@pytest.mark.parametrize("text,surfaces", GROUPS_APART, ids=_ids(GROUPS_APART))
def test_zero_led_groups_without_a_phone_word(text, surfaces):
    assert _texts(text) == surfaces


# --- "a year" after a quantity of something "of" something is a rate, not a duration -------------

RATES = [
    "The plant will produce 2 million tonnes of ammonia a year.",
    "The pipeline will carry 10 billion cubic metres of gas a year.",
    "Adults should take 10 micrograms of vitamin D a day.",
    "The mine will produce 300,000 tonnes of copper a year.",
    "Doctors advise 150 minutes of moderate exercise a week.",
    "The refinery handles 400,000 barrels of crude a day.",
    "Farmers harvest 5 tonnes of rice a year per hectare.",
    "The dam releases 20 million litres of water a day.",
    "The city collects 3,000 tonnes of waste a day.",
    "Exporters ship 2 million bags of coffee a month.",
    "The mill grinds 800 tonnes of wheat a day.",
    "The port moves 30 million tonnes of cargo a year.",
    "Children should drink 6 glasses of water a day.",
    "The field yields 50,000 barrels of oil a day.",
    "The smelter makes 1 million tonnes of aluminium a year.",
    "Officials want 1,000 units of housing a year.",
    "Patients get 20 milligrams of the drug a day.",
    "The tanker fleet carries 3 million barrels of oil a week.",
    "Hospitals use 500 litres of oxygen a minute.",
    "The bakery sells 2,000 loaves of bread a day.",
]

DURATIONS_STAY = [
    ("ChatGPT reached 100 million weekly users within a year of launch.", "within a year"),
    ("He was jailed for a year.", "a year"),
    ("The strike lasted a week.", "a week"),
]


@pytest.mark.parametrize("text", RATES, ids=[t[:60] for t in RATES])
def test_a_unit_after_a_quantity_of_something_is_a_rate(text):
    found = [m for m in find_mentions(text) if m.text.split()[0] in ("a", "an")]
    assert not found, [(m.text, m.kind.value) for m in found]


@pytest.mark.parametrize("text,surface", DURATIONS_STAY, ids=_ids(DURATIONS_STAY))
def test_durations_without_a_rate(text, surface):
    _check(text, surface, {"kind": "duration"})


# --- a fraction joined by a hyphen to a word it makes a noun of: no share ("half-time") -----------

FRACTION_COMPOUNDS = [
    "Palmer scored four times before half-time as Chelsea won.",
    "She is his half-sister, the court heard.",
    "Schools close for half-term next week.",
    "Flags flew at half-mast over parliament.",
    "The claim was a half-truth, the report said.",
    "It was a half-hearted effort.",
    "The half-time whistle went.",
    "His half-brother was arrested.",
    "Tickets are half-price on Tuesdays.",
    "A half-volley from the edge won it.",
    "Meet me half-way, he said.",
    "The half-moon rose over the camp.",
    "He made a half-baked excuse.",
    "The half-back was sent off.",
    "Her half-siblings live abroad.",
    "A half-measure will not do.",
    "The plan was half-dressed and half-baked.",
    "He looked half-asleep in court.",
    "The stallion is a half-blood.",
    "Two half-truths do not make a truth.",
]


@pytest.mark.parametrize("text", FRACTION_COMPOUNDS, ids=[t[:60] for t in FRACTION_COMPOUNDS])
def test_a_fraction_inside_a_word_is_no_share(text):
    found = [m for m in find_mentions(text) if m.kind == Kind.FRACTION]
    assert not found, [(m.text, m.kind.value) for m in found]


SHARES_STAY = [
    ("Sales fell by half in a year.", "half", "0.5"),
    ("A half-hour drive separates them.", "A half-hour", "0.5"),
    ("Half of the voters stayed home.", "Half", "0.5"),
]


@pytest.mark.parametrize("text,surface,value", SHARES_STAY, ids=_ids(SHARES_STAY))
def test_shares_and_durations_of_half_stay(text, surface, value):
    _check(text, surface, {"value": value})


# --- newspapers' money: Rwandan francs, parts of currencies, a spaced "b" after money -------------

DESK_MONEY = [
    ("The budget is Rwf5,690 billion, up 12%.", "Rwf5,690 billion", {"value": "5690000000000", "unit": "RWF"}),
    ("A ticket costs Frw25,000 at the gate.", "Frw25,000", {"value": "25000", "unit": "RWF"}),
    ("Revenue reached Rwf5,115.6 billion.", "Rwf5,115.6 billion", {"value": "5115600000000", "unit": "RWF"}),
    ("Fees rose to RWF 30,000 a term.", "RWF 30,000", {"value": "30000", "unit": "RWF"}),
    ("Bus fares rose by 70 thebe in Gaborone.", "70 thebe", {"value": "0.7", "unit": "BWP"}),
    ("Bread costs 50 toea more in Port Moresby.", "50 toea", {"value": "0.5", "unit": "PGK"}),
    ("Maize meal rose 80 ngwee a kilo.", "80 ngwee", {"value": "0.8", "unit": "ZMW"}),
    ("Sugar rose by 50 tambala.", "50 tambala", {"value": "0.5", "unit": "MWK"}),
    ("A stamp costs 90 groszy more.", "90 groszy", {"value": "0.9", "unit": "PLN"}),
    ("Bread went up 25 kuruş.", "25 kuruş", {"value": "0.25", "unit": "TRY"}),
    ("Turnover was Rs. 4.8 b on the day.", "Rs. 4.8 b", {"value": "4800000000"}),
    ("The bank lent $1.2 b to the utility.", "$1.2 b", {"value": "1200000000", "unit": "USD"}),
    ("Exports earned Rs 12.5 b in May.", "Rs 12.5 b", {"value": "12500000000"}),
    ("Profit was £2.1 b last year.", "£2.1 b", {"value": "2100000000", "unit": "GBP"}),
    ("The toll rose 20 thebe.", "20 thebe", {"value": "0.2", "unit": "BWP"}),
    ("Fuel is up 35 toea a litre.", "35 toea", {"value": "0.35", "unit": "PGK"}),
    ("The fee is Frw 5,000 for adults.", "Frw 5,000", {"value": "5000", "unit": "RWF"}),
    ("Coffee earned Rwf120 billion.", "Rwf120 billion", {"value": "120000000000", "unit": "RWF"}),
    ("Kapenta rose 60 ngwee.", "60 ngwee", {"value": "0.6", "unit": "ZMW"}),
    ("Milk rose 40 groszy a litre.", "40 groszy", {"value": "0.4", "unit": "PLN"}),
    # read from numbers.yaml whatever babel's release, which knows ZiG only from CLDR 45 on
    ("The central bank printed ZiG1.2 billion in notes.", "ZiG1.2 billion",
     {"value": "1200000000", "unit": "ZWG"}),
]

NOT_MONEY_B = [
    ("Answer 4 b was marked wrong.", "4"),
    ("Option 2 b was chosen.", "2"),
]


@pytest.mark.parametrize("text,surface,expected", DESK_MONEY, ids=_ids(DESK_MONEY))
def test_desk_money(text, surface, expected):
    _check(text, surface, dict(expected, kind="money"))


@pytest.mark.parametrize("text,surface", NOT_MONEY_B, ids=_ids(NOT_MONEY_B))
def test_a_spaced_b_without_money_is_no_billion(text, surface):
    m = [m for m in find_mentions(text) if m.text == surface]
    assert m and m[0].value is not None and m[0].value < 10, _texts(text)


# --- the purity of gold after a number: karats, no thousands ("24K gold") -----------------------

KARATS = [
    ("Prices of 24K gold rose to Rs 70,000 per 10 grams.", "24K", "24"),
    ("22K gold sold at Rs 6,500 a gram in Chennai.", "22K", "22"),
    ("He bought 22kt gold coins for the wedding.", "22kt", "22"),
    ("The 18-karat gold ring fetched $4,000.", "18-karat", "18"),
    ("An 18 carat gold watch was stolen.", "18 carat", "18"),
    ("Jewellers sold 24k gold bars.", "24k", "24"),
    ("The crown is made of 14K white gold.", "14K", "14"),
    ("A 9ct gold chain was recovered.", "9ct", "9"),
    ("Dubai's 24K gold rate fell to Dh300.", "24K", "24"),
    ("The 21K gold price in Riyadh rose.", "21K", "21"),
    ("Buyers want 18K rose gold.", "18K", "18"),
    ("A 22-carat gold necklace was seized.", "22-carat", "22"),
    ("The medal is 24-karat gold plated.", "24-karat", "24"),
    ("Traders quoted 24KT gold at Rs 7,200.", "24KT", "24"),
    ("Demand for 18K yellow gold rose.", "18K", "18"),
    ("The smuggler carried 24K gold biscuits.", "24K", "24"),
    ("One gram of 22K gold costs RM350.", "22K", "22"),
    ("A 10K gold ring costs less.", "10K", "10"),
    ("Hallmarked 14 karat gold jewellery sold well.", "14 karat", "14"),
    ("The price of 24 carat gold rose 2%.", "24 carat", "24"),
]

THOUSANDS_STAY = [
    ("The 24K Magic tour sold 24K tickets.", "24K", "24000"),
    ("Sales of 5K bars rose.", "5K", "5000"),
]


@pytest.mark.parametrize("text,surface,value", KARATS, ids=_ids(KARATS))
def test_karats_of_gold(text, surface, value):
    _check(text, surface, {"value": value, "unit": "karat", "kind": "number"})


@pytest.mark.parametrize("text,surface,value", THOUSANDS_STAY, ids=_ids(THOUSANDS_STAY))
def test_a_k_before_other_words_is_thousands(text, surface, value):
    _check(text, surface, {"value": value})


# --- a fiscal year written in a name takes its second year ("FY2024/25") ------------------------

FISCAL_NAMES = [
    ("Revenue in FY2024/25 rose 5%.", "FY2024/25"),
    ("The FY2023/24 budget was cut.", "FY2023/24"),
    ("FY2025/26 targets were set on Monday.", "FY2025/26"),
    ("In FY2022/2023, exports fell.", "FY2022/2023"),
    ("The firm's FY2021/22 profit doubled.", "FY2021/22"),
    ("Losses narrowed in FY2019/20.", "FY2019/20"),
    ("The FY2028/29 plan is due.", "FY2028/29"),
    ("Capex for FY2026/27 is planned.", "FY2026/27"),
    ("The FY2020/21 deficit widened.", "FY2020/21"),
    ("During FY2018/19 the bank grew.", "FY2018/19"),
    ("In FY2023-24, profit rose 9%.", "FY2023-24"),
    ("The FY2024-25 plan was approved.", "FY2024-25"),
    ("Its FY2017/18 report was late.", "FY2017/18"),
    ("FY2016/17 sales were flat.", "FY2016/17"),
    ("Spending in FY2015/16 fell.", "FY2015/16"),
    ("The FY2027/28 outlook is weak.", "FY2027/28"),
    ("Taxes rose in FY2014/15.", "FY2014/15"),
    ("By FY2029/30 the debt will fall.", "FY2029/30"),
    ("The FY2013/14 accounts were restated.", "FY2013/14"),
    ("The FY2012/13 audit found gaps.", "FY2012/13"),
]


@pytest.mark.parametrize("text,surface", FISCAL_NAMES, ids=_ids(FISCAL_NAMES))
def test_fiscal_years_in_names(text, surface):
    _check(text, surface, {"kind": "identifier"})
    start = text.index(surface)
    assert not [m for m in find_mentions(text) if start < m.start < start + len(surface)]
