"""Which currency an amount is in: a shared symbol settled by the text's locale or by the
article's own names, and parts of a currency ("28 sen", "61.05 US cents") in the main unit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.currencies import CurrencySettler, locale_currencies, named_currencies, subunit_after
from factcheck.mentions import find_mentions


def _mention(text: str, surface: str, locale: str | None = None):
    found = [m for m in find_mentions(text, locale) if m.text == surface]
    assert len(found) == 1, [(m.text, m.kind.value, m.unit) for m in find_mentions(text, locale)]
    return found[0]


def _ids(cases):
    return [" | ".join(str(c) for c in case[:2]) for case in cases]


# --- the locale settles a shared symbol: the locale's territory writes its currency so ---------

LOCALE = [
    ("en_AU", "The Reserve Bank said the scheme would cost $5 million a year.", "$5 million", "AUD"),
    ("en_AU", "Canberra pledged a $1.5bn package for drought-hit farmers.", "$1.5bn", "AUD"),
    ("en_AU", "The median house price in Sydney is $1.6 million.", "$1.6 million", "AUD"),
    ("en_AU", "Woolworths posted a net profit of 1.6 billion dollars.", "1.6 billion dollars", "AUD"),
    ("en_CA", "Ottawa will spend $2 billion on housing over five years.", "$2 billion", "CAD"),
    ("en_CA", "A litre of gas averaged $1.62 in Toronto on Monday.", "$1.62", "CAD"),
    ("en_NZ", "Wellington set aside $350 million for flood recovery.", "$350 million", "NZD"),
    ("en_SG", "The HDB flat sold for $1.4 million, a record for Toa Payoh.", "$1.4 million", "SGD"),
    ("en_HK", "The government will inject $10 billion into the fund.", "$10 billion", "HKD"),
    ("en_JM", "The minister announced a $500 million road programme.", "$500 million", "JMD"),
    ("en_PK", "The federal budget sets aside Rs 1,150 billion for development.", "Rs 1,150 billion", "PKR"),
    ("en_PK", "Petrol was raised by Rs. 10 a litre from Friday.", "Rs. 10", "PKR"),
    ("en_PK", "The dollar closed at Rs 278.5 in the interbank market.", "Rs 278.5", "PKR"),
    ("en_PK", "The fine was raised to Rs 50,000.", "Rs 50,000", "PKR"),
    ("ta_LK", "Colombo approved Rs. 25 billion for fertiliser subsidies.", "Rs. 25 billion", "LKR"),
    ("si_LK", "A kilo of rice now costs Rs 230.", "Rs 230", "LKR"),
    ("ne_NP", "The budget allocates Rs 1,860 billion for the fiscal year.", "Rs 1,860 billion", "NPR"),
    ("en_MU", "The pension rises to Rs 15,000 a month.", "Rs 15,000", "MUR"),
    ("zh_CN", "The province spent ¥3.2 billion on the new rail link.", "¥3.2 billion", "CNY"),
    ("ja_JP", "Toyota forecast an operating profit of ¥4.3 trillion.", "¥4.3 trillion", "JPY"),
    ("en_AU", "Qantas shares closed up 12 cents.", "12 cents", "AUD"),
    ("en_CA", "The loonie rose half a cent to 73 cents.", "73 cents", "CAD"),
    ("en_IN", "The scheme costs Rs 500 crore.", "Rs 500 crore", "INR"),
    ("en_US", "The Senate passed a $1.2 trillion spending bill.", "$1.2 trillion", "USD"),
    ("en_GB", "Shares in the miner fell to $12.50 in New York.", "$12.50", "USD"),
]


@pytest.mark.parametrize("locale,text,surface,unit", LOCALE, ids=_ids(LOCALE))
def test_locale_settles_a_shared_symbol(locale, text, surface, unit):
    m = _mention(text, surface, locale)
    assert (m.kind.value, m.unit) == ("money", unit)


# Prefixes and codes that name one currency win over the locale.
EXPLICIT = [
    ("en_AU", "The deal is worth US$2.5 billion.", "US$2.5 billion", "USD"),
    ("en_AU", "BHP paid A$1.2 billion for the mine.", "A$1.2 billion", "AUD"),
    ("en_AU", "Exports to Japan reached USD 5 billion.", "USD 5 billion", "USD"),
    ("en_CA", "The Canadian firm raised US$400 million in New York.", "US$400 million", "USD"),
    ("en_NZ", "Fonterra sold the unit for A$1.2 billion.", "A$1.2 billion", "AUD"),
    ("en_PK", "India raised ₹20,000 crore through the bond sale.", "₹20,000 crore", "INR"),
    ("en_PK", "The IMF tranche is $1.1 billion.", "$1.1 billion", "USD"),
    ("en_SG", "Temasek invested HK$3 billion in the Hong Kong firm.", "HK$3 billion", "HKD"),
    ("en_HK", "The tycoon paid US$1 billion for the tower.", "US$1 billion", "USD"),
    ("en_CA", "The Ontario contract is worth C$3.5 billion.", "C$3.5 billion", "CAD"),
]


@pytest.mark.parametrize("locale,text,surface,unit", EXPLICIT, ids=_ids(EXPLICIT))
def test_explicit_currency_wins_over_the_locale(locale, text, surface, unit):
    m = _mention(text, surface, locale)
    assert (m.kind.value, m.unit) == ("money", unit)


@pytest.mark.parametrize("locale,expected", [
    ("en_AU", {"$": "AUD"}), ("en_PK", {"Rs": "PKR"}), ("ta_LK", {"Rs": "LKR"}),
    ("en_IN", {"Rs": "INR"}), ("en", {}), ("de", {}),
])
def test_locale_currencies_table(locale, expected):
    assert locale_currencies(locale) == expected


# --- the article's own names settle a shared symbol ----------------------------------------

ARTICLE = [
    ("The central bank sold Rs 500 billion of bills. All figures are in Pakistani rupees.",
     "Rs 500 billion", "PKR"),
    ("Islamabad's tax target is Rs 9.4 trillion. Revenue of PKR 9.4 trillion is needed.",
     "Rs 9.4 trillion", "PKR"),
    ("The PKR 2.1 trillion deficit widened. Interest costs rose Rs 300 billion.",
     "Rs 300 billion", "PKR"),
    ("The Sri Lankan rupee fell again as the state paid Rs. 12 billion in arrears.",
     "Rs. 12 billion", "LKR"),
    ("Colombo raised LKR 50 billion at auction; a further Rs 20 billion is due.",
     "Rs 20 billion", "LKR"),
    ("Remittances reached 1.2 trillion Nepalese rupees. Each worker sent Rs 300,000 on average.",
     "Rs 300,000", "NPR"),
    ("The Mauritian rupee weakened. Pensions rise by Rs 1,000.",
     "Rs 1,000", "MUR"),
    ("The bond pays in US dollars. The coupon is $45 per bond.",
     "$45", "USD"),
    ("China's exports, in Chinese yuan, rose to ¥2.1 trillion.",
     "¥2.1 trillion", "CNY"),
    ("The yuan weakened as Beijing spent ¥500 billion on rail.",
     "¥500 billion", "CNY"),
    ("The renminbi slid; the PBOC injected ¥300 billion.",
     "¥300 billion", "CNY"),
    ("Prices in Japanese yen: the console sells for ¥49,980.",
     "¥49,980", "JPY"),
    ("All amounts are in Pakistani rupees. The fine is 5,000 rupees.",
     "5,000 rupees", "PKR"),
    ("Pakistani rupees throughout: wheat rose 50 paise a kilo.",
     "50 paise", "PKR"),
    ("Mauritian rupees are quoted. Bread costs Rs. 12.", "Rs. 12", "MUR"),
    ("The bill is in US dollars, a $2 fee included.", "$2", "USD"),
    ("Seychellois rupees: the levy is Rs 75 a night.", "Rs 75", "SCR"),
    ("The U.S. dollar index rose as gold hit $2,400.", "$2,400", "USD"),
    ("In American dollars the ticket costs $120.", "$120", "USD"),
    # another dollar named: the locale settles which "$" is meant
    ("The sale raised 2 billion Australian dollars. Each share fetched $4.20.", "$4.20", "AUD",
     "en_AU"),
    ("Prices are in Canadian dollars. A cup of coffee costs $3.50.", "$3.50", "CAD", "en_CA"),
    ("Fees are charged in Canadian dollars: a 75 cents surcharge applies.", "75 cents", "CAD",
     "en_CA"),
]


@pytest.mark.parametrize("text,surface,unit,locale", [c if len(c) == 4 else (*c, None) for c in ARTICLE],
                         ids=_ids(ARTICLE))
def test_article_names_settle_a_shared_symbol(text, surface, unit, locale):
    m = _mention(text, surface, locale)
    assert (m.kind.value, m.unit) == ("money", unit)


# Two candidates named, or a name against the locale: the symbol is unsettled.
UNSETTLED = [
    (None, "Trade in Indian rupees and Pakistani rupees resumed; the first cargo was Rs 40 million.",
     "Rs 40 million"),
    (None, "The Sri Lankan rupee and the Pakistani rupee both fell; fuel rose Rs 20 a litre.",
     "Rs 20"),
    (None, "50 million Australian dollars ($33 million) was paid.", "$33 million"),
    (None, "The Canadian dollar slipped; the contract is worth $2 billion.", "$2 billion"),
    (None, "Converted from Singapore dollars, the price is $1.2 million.", "$1.2 million"),
    # English copy converts into US dollars with a bare "$": another dollar named leaves it open
    (None, "Prices are in Canadian dollars. A cup of coffee costs $3.50.", "$3.50"),
    (None, "The budget, in New Zealand dollars, adds $1.2 billion for health.", "$1.2 billion"),
    (None, "Fees are charged in Canadian dollars: a 75 cents surcharge applies.", "75 cents"),
    (None, "The Japanese yen and Chinese yuan both fell; the deal is ¥20 billion.", "¥20 billion"),
    ("en_AU", "The fund invests in US dollars and lost $5 million.", "$5 million"),
    ("en_PK", "India's budget, in Indian rupees, sets aside Rs 200 billion.", "Rs 200 billion"),
    ("en_CA", "Sales in US dollars reached $3 billion.", "$3 billion"),
    ("en_AU", "Payments are in New Zealand dollars: $800 each.", "$800"),
    (None, "The Australian dollar fell. Qantas shares lost 12 cents.", "12 cents"),
]


@pytest.mark.parametrize("locale,text,surface", UNSETTLED, ids=_ids(UNSETTLED))
def test_conflicting_evidence_leaves_the_currency_open(locale, text, surface):
    m = _mention(text, surface, locale)
    assert (m.kind.value, m.unit) == ("money", None)


# --- a place whose currency the symbol also writes: with no locale and no name, left open --------

PLACES = [
    ("The Canadian government will spend $2 billion on housing.", "$2 billion"),
    ("Sydney: farmers will get $5 billion, the Australian treasurer said.", "$5 billion"),
    ("New Zealand will set aside $350 million for flood recovery.", "$350 million"),
    ("The Singapore flat sold for $1.4 million, a record.", "$1.4 million"),
    ("A Hong Kong court heard the firm owed $300 million.", "$300 million"),
    ("Taiwan's chipmakers will invest $20 billion next year.", "$20 billion"),
    ("Jamaica's minister announced a $500 million road plan.", "$500 million"),
    ("Mexico will pay $5 billion for the new refinery.", "$5 billion"),
    ("Argentine exporters earned $3 billion in the quarter.", "$3 billion"),
    ("Chile's copper revenue fell to $40 billion.", "$40 billion"),
    ("Colombian police seized $2 million in cash.", "$2 million"),
    ("Fiji's tourism earned $2.1 billion last year.", "$2.1 billion"),
    ("Namibia approved a $700 million budget for water.", "$700 million"),
    ("Trinidad's gas exports earned $4 billion.", "$4 billion"),
    ("Toronto homes sold for an average of $1.1 million, Canadians were told.", "$1.1 million"),
    ("Australians spent $1.6 billion on pets.", "$1.6 billion"),
    ("Japan's exports to China rose to ¥4 trillion.", "¥4 trillion"),
    ("Chinese buyers paid ¥3,000 a night for rooms in Osaka.", "¥3,000"),
    ("The US will pay Mexico $5 billion for the wall.", "$5 billion"),
    ("The Bahamas expects $4.5 billion from tourism.", "$4.5 billion"),
    ("Guyana's oil fund holds $3 billion.", "$3 billion"),
]


@pytest.mark.parametrize("text,surface", PLACES, ids=_ids(PLACES))
def test_a_place_with_its_own_dollar_leaves_the_symbol_open(text, surface):
    m = _mention(text, surface)
    assert (m.kind.value, m.unit) == ("money", None)


PLACES_SETTLED = [
    (None, "The US will spend $2 billion on roads.", "$2 billion", "USD"),
    (None, "Britain and Canada pledged £5 billion.", "£5 billion", "GBP"),  # no Canadian pound
    (None, "India will spend $3 billion on ports.", "$3 billion", "USD"),
    (None, "Kenya borrowed $1 billion from China's banks.", "$1 billion", "USD"),  # "$" no yuan
    (None, "Canada will spend 5 billion Canadian dollars.", "5 billion Canadian dollars", "CAD"),
    ("en_AU", "Canberra pledged $1.5bn to farmers, Australian officials said.", "$1.5bn", "AUD"),
    ("en_US", "Mexico will pay $5 billion for the wall.", "$5 billion", "USD"),
    ("en_CA", "The Canadian government will spend $2 billion.", "$2 billion", "CAD"),
    (None, "The Japanese firm paid ¥20 billion.", "¥20 billion", "JPY"),
    (None, "Canada's A$ bonds raised A$2 billion.", "A$2 billion", "AUD"),  # written out: no guess
]


@pytest.mark.parametrize("locale,text,surface,unit", PLACES_SETTLED, ids=_ids(PLACES_SETTLED))
def test_places_never_settle_and_never_override(locale, text, surface, unit):
    m = _mention(text, surface, locale)
    assert (m.kind.value, m.unit) == ("money", unit)


def test_named_currencies_one_scan():
    text = ("The Pakistani rupee fell while 5 million US dollars, Sri Lankan rupees and "
            "U.S. dollars changed hands; dollars and rupees alone name no one currency.")
    assert named_currencies(text) == {"PKR", "USD", "LKR"}


def test_settler_keeps_the_usual_reading_without_evidence():
    settler = CurrencySettler("Nothing here names a currency.", None)
    assert settler.settle("$", "USD") == "USD"
    assert settler.settle("Rs.", "INR") == "INR"
    assert settler.settle("A$", "AUD") == "AUD"  # no shared symbol: never asked again


# --- parts of a currency: the amount in the main unit --------------------------------------

SUBUNITS = [
    (None, "Palm oil futures rose 28 sen to RM4,210 a tonne.", "28 sen", "0.28", "MYR"),
    (None, "Bread rose by 50 kobo in Lagos markets.", "50 kobo", "0.5", "NGN"),
    (None, "The Australian dollar bought 61.05 US cents.", "61.05 US cents", "0.6105", "USD"),
    (None, "The kiwi slipped to 30 US cents on Tuesday.", "30 US cents", "0.3", "USD"),
    (None, "Diesel rose 12 paise a litre.", "12 paise", "0.12", None),
    ("en_IN", "Diesel rose 12 paise a litre.", "12 paise", "0.12", "INR"),
    (None, "A second-class stamp now costs 50p more.", "50p", "0.5", "GBP"),
    (None, "Chocolate bars now cost 99p.", "99p", "0.99", "GBP"),
    (None, "The bus fare is 75 cents.", "75 cents", "0.75", None),
    (None, "Cocoa fell 3 euro cents a kilo.", "3 euro cents", "0.03", "EUR"),
    (None, "The ride-hail fee rose 1 paisa per km.", "1 paisa", "0.01", None),
    (None, "Ghana's fuel levy rose 20 pesewas.", "20 pesewas", "0.2", "GHS"),
    (None, "The peso fare rose 50 centavos.", "50 centavos", "0.5", None),
    (None, "Shares in Maybank rose 4 sen.", "4 sen", "0.04", "MYR"),
    (None, "Gold traders shaved 80c off the price.", "80c", "0.8", None),
    (None, "Shares closed 7p lower at 152p.", "152p", "1.52", "GBP"),
    ("en_AU", "Fuel rose 10 cents a litre in Melbourne.", "10 cents", "0.1", "AUD"),
    ("en_NZ", "Milk is up 40 cents a bottle.", "40 cents", "0.4", "NZD"),
    ("en_PK", "Petrol rose by 50 paisa per litre.", "50 paisa", "0.5", "PKR"),
    ("en_CA", "Lumber stocks gained 45 cents.", "45 cents", "0.45", "CAD"),
    ("en_AU", "The 61.05 US cents rate held.", "61.05 US cents", "0.6105", "USD"),
    (None, "The toll rose twenty cents.", "twenty cents", "0.2", None),
    (None, "Wheat rose 30 kopecks a kilo.", "30 kopecks", "0.3", "RUB"),
    # cents are of whichever dollar "$" is, and only where the text settles that
    (None, "The bond pays in US dollars; its price rose 45 cents.", "45 cents", "0.45", "USD"),
    (None, "In Canadian dollars, the toll rose 25 cents.", "25 cents", "0.25", None),
    ("en_CA", "In Canadian dollars, the toll rose 25 cents.", "25 cents", "0.25", "CAD"),
    ("en_SG", "Bus fares rise by 4c from December.", "4c", "0.04", "SGD"),
    ("en_PK", "All figures in Pakistani rupees: sugar rose 75 paise.", "75 paise", "0.75", "PKR"),
]


@pytest.mark.parametrize("locale,text,surface,value,unit", SUBUNITS, ids=_ids(SUBUNITS))
def test_parts_of_a_currency(locale, text, surface, value, unit):
    m = _mention(text, surface, locale)
    assert (m.kind.value, m.unit) == ("money", unit)
    assert m.value == Decimal(value)


# --- what must stay as it is -----------------------------------------------------------------

NEGATIVES = [
    (None, "See p. 50 for the full table.", "50", "number", None),
    (None, "The meeting begins at 5p.m. on Friday.", "5p.m.", "time", None),
    (None, "The meeting ends at 3pm.", "3pm", "time", None),
    (None, "The camera records in 1080p.", "1080p", "identifier", None),
    (None, "Stream it at 720p on a phone.", "720p", "identifier", None),
    (None, "Sen. Warren and 52 Sen. colleagues voted yes.", "52", "number", None),
    (None, "The vote was 52 Sen to 48.", "52", "number", None),
    (None, "The fund raised $5 million.", "$5 million", "money", "USD"),
    (None, "The project costs Rs 500 crore.", "Rs 500 crore", "money", None),
    ("en_IN", "The project costs Rs 500 crore.", "Rs 500 crore", "money", "INR"),
    (None, "Sony earned ¥1.2 trillion.", "¥1.2 trillion", "money", "JPY"),
    (None, "The club spent £100m on players.", "£100m", "money", "GBP"),
    (None, "COP28 delegates sought $100 billion a year.", "$100 billion", "money", "USD"),
    (None, "NPR reported the Rs 500 crore scheme.", "Rs 500 crore", "money", None),
    (None, "The 5 million dollars were returned.", "5 million dollars", "money", "USD"),
    ("en", "The fund raised $5 million.", "$5 million", "money", "USD"),
    ("de", "Der Fonds sammelte $5 Millionen.", "$5", "money", "USD"),
    ("en_IN", "The fund raised $5 million.", "$5 million", "money", "USD"),
    ("en_GB", "The bank was fined $200 million.", "$200 million", "money", "USD"),
    ("en_AU", "The club paid £2 million for the striker.", "£2 million", "money", "GBP"),
    ("en_AU", "Unemployment fell to 3.9 per cent.", "3.9 per cent", "percent", None),
    (None, "Temperatures hit 30C in Seville.", "30C", "number", "degC"),
    (None, "The Sh1.2 trillion budget passed.", "Sh1.2 trillion", "money", None),
]


@pytest.mark.parametrize("locale,text,surface,kind,unit", NEGATIVES, ids=_ids(NEGATIVES))
def test_what_stays_as_it_is(locale, text, surface, kind, unit):
    m = _mention(text, surface, locale)
    assert (m.kind.value, m.unit) == (kind, unit)


@pytest.mark.parametrize("text,end", [
    ("28 sen", 2), ("5 Sen.", 1), ("3 pm", 1), ("5 centuries", 1), ("9 us", 1), ("12 US", 2),
])
def test_subunit_after_reads_only_parts(text, end):
    found = subunit_after(text, end)
    assert (found is not None) == (text == "28 sen")


def test_currency_data_file_is_well_formed():
    """currencies.yaml: every part is of a currency in use, a symbol read as money, or none;
    every extra writing and name is of a currency in use; merged surfaces are read as money."""
    from factcheck import currencies
    from factcheck.lexicon import load_data_file, number_lexicon

    data = load_data_file("currencies.yaml")
    tender = currencies.tender_codes()
    aliases = number_lexicon().currency_aliases
    words, letters, lookalikes = currencies.subunits()
    for part in (*words.values(), *letters.values()):
        assert part.of == "" or part.of in tender or part.of in aliases, part
        assert part.per > 1, part
    assert all(w == w.lower() for w in words) and all(len(k) == 1 for k in letters)
    assert all(w[:-1].isdigit() and w[-1] in letters for w in lookalikes)
    assert all(str(code) in tender for code in data["written_as"])
    assert all(str(code) in tender for code in data["names"].values())
    assert all(str(code) in tender for code in data["conversion_currencies"])
    for surface, symbol in data["same_symbol"].items():
        assert str(surface) in aliases and str(symbol) in aliases, surface
