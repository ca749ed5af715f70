"""More forms of numbers from news copy, one table per family: units of measurement on both ends
of a range, suspended hyphens, race times, metres against millions, multipliers and "a couple
of", and vote tallies.

Each row is a sentence in the style of a news report and the one mention it is about: its
surface and the fields that must come out. A row fails if that mention is not found with exactly
that surface, or any listed field differs. Rows marked as negatives are readings that must not
change.
"""

from __future__ import annotations

import pytest

from factcheck.mentions import find_mentions
from factcheck.model import decimal_text
from test_news_forms import _check, _ids, _mention


def _surfaces(text: str) -> list[str]:
    return [m.text for m in find_mentions(text)]


# --- a unit of measurement on both ends of a range: one range in that unit -----------------------

UNIT_RANGES = [
    ("Rainfall of 115.6 mm to 204.4 mm was recorded across the district.", "115.6 mm to 204.4 mm",
     "115.6", "204.4", "mm", "range"),
    ("Runners can choose routes of 5 km to 10 km.", "5 km to 10 km", "5", "10", "km", "range"),
    ("Forecasters expect highs between 20C and 25C on Sunday.", "between 20C and 25C", "20", "25",
     "degC", "range"),
    ("Families were handed sacks of 10kg-15kg of rice.", "10kg-15kg", "10", "15", "kg", "range"),
    ("Passengers faced delays of 3 hours to 5 hours at the border.", "3 hours to 5 hours", "3", "5",
     "hour", "duration"),
    ("The scheme offers loans of 2 lakh to 5 lakh to farmers.", "2 lakh to 5 lakh", "200000",
     "500000", None, "range"),
    ("Hailstones measured 2cm to 4cm across.", "2cm to 4cm", "2", "4", "cm", "range"),
    ("The storm brought gusts of 60 mph to 80 mph.", "60 mph to 80 mph", "60", "80", "mph", "range"),
    ("Snow depths of 10-15 cm are forecast for the hills.", "10-15 cm", "10", "15", "cm", "range"),
    ("The queue stretched from 2 km to 3 km at its worst.", "from 2 km to 3 km", "2", "3", "km", "range"),
    ("Temperatures will range between 35°C and 40°C.", "between 35°C and 40°C", "35", "40", "degC",
     "range"),
    ("Each parcel weighs 2 kilograms to 5 kilograms.", "2 kilograms to 5 kilograms", "2", "5", "kg",
     "range"),
    ("Rain of 50 millimetres to 80 millimetres is expected.", "50 millimetres to 80 millimetres",
     "50", "80", "mm", "range"),
    ("The crack is 3 to 4 metres long.", "3 to 4 metres", "3", "4", "m", "range"),
    ("Sea levels rose 20-30 cm over the century.", "20-30 cm", "20", "30", "cm", "range"),
    ("The lorries carried 8kg to 12kg parcels.", "8kg to 12kg", "8", "12", "kg", "range"),
    ("Lows of 5 to 7 degrees are forecast.", "5 to 7", "5", "7", None, "range"),
    ("Plants grew 30-40 mm a week.", "30-40 mm", "30", "40", "mm", "range"),
    ("Highs of 28°C-31°C are expected in the capital.", "28°C-31°C", "28", "31", "degC", "range"),
    ("Visibility fell to between 1 km and 2 km in the fog.", "between 1 km and 2 km", "1", "2", "km",
     "range"),
    ("The towns lie 400 miles to 500 miles apart.", "400 miles to 500 miles", "400", "500", "mi",
     "range"),
]


@pytest.mark.parametrize("text,surface,low,high,unit,kind", UNIT_RANGES, ids=_ids(UNIT_RANGES))
def test_a_unit_on_both_ends_makes_one_range(text, surface, low, high, unit, kind):
    if high is None:
        _check(text, surface, {"value": low, "unit": unit, "kind": kind})
    else:
        _check(text, surface, {"value": None, "low": low, "high": high, "unit": unit, "kind": kind})


SINGLE_MEASURES = [
    ("The baby weighed 2.5 kg at birth.", "2.5 kg", "2.5", "kg"),
    ("The wall is 3.2 metres high.", "3.2 metres", "3.2", "m"),
    ("Temperatures hit 41C in Delhi.", "41C", "41", "degC"),
    ("Chips made on a 3nm process", "3nm", "3", "nm"),
    ("A 28-nanometer plant opened in Dresden.", "28-nanometer", "28", "nm"),
    ("The car reached 104mph on the motorway.", "104mph", "104", "mph"),
    ("Only 5g of sugar a day is advised.", "5g", "5", "g"),
]


@pytest.mark.parametrize("text,surface,value,unit", SINGLE_MEASURES, ids=_ids(SINGLE_MEASURES))
def test_a_unit_of_measurement_is_read(text, surface, value, unit):
    _check(text, surface, {"value": value, "unit": unit, "kind": "number"})


DIFFERENT_UNITS = [
    ("The route runs 5 km to 10 miles inland.", ["5 km", "10 miles"]),
    ("Bags of 500g to 2kg were sold.", ["500g", "2kg"]),
    ("It grew from 20 cm to 1 metre.", ["20 cm", "1 metre"]),
    ("Highs of 30C to 86F were forecast.", ["30C", "86F"]),
]


@pytest.mark.parametrize("text,surfaces", DIFFERENT_UNITS, ids=_ids(DIFFERENT_UNITS))
def test_ends_in_different_units_stay_two_values(text, surfaces):
    found = _surfaces(text)
    for surface in surfaces:
        assert any(surface in f for f in found), (surface, found)
    assert not any(m.is_range for m in find_mentions(text))


# --- metres or millions after digits --------------------------------------------------------------

METRES = [
    ("Kipyegon won the 1,500m final in Paris.", "1,500m", "1500"),
    ("He was fourth in the 100m sprint.", "100m", "100"),
    ("She took gold in the 400m hurdles.", "400m", "400"),
    ("The climbers reached a 3,000m peak before dawn.", "3,000m", "3000"),
    ("The village sits 800m above sea level.", "800m", "800"),
    ("He set a 200m freestyle record.", "200m", "200"),
    ("The 50m-high tower dominates the skyline.", "50m", "50"),
    ("The miners were trapped 700m below ground.", "700m", "700"),
    ("The women's 3000m steeplechase was delayed.", "3000m", "3000"),
    ("Crowds lined the 100m stretch of road.", "100m", "100"),
    ("She retained her 800m title in Tokyo.", "800m", "800"),
]


@pytest.mark.parametrize("text,surface,value", METRES, ids=_ids(METRES))
def test_metres_after_digits(text, surface, value):
    _check(text, surface, {"value": value, "unit": "m"})


MILLIONS = [
    ("The council has debts of £1,500m.", "£1,500m", "1500000000", "GBP"),
    ("The club signed a $300m deal.", "$300m", "300000000", "USD"),
    ("The disease affects 500m people.", "500m", "500000000", None),
    ("The app has 1.2m users in India.", "1.2m", "1200000", None),
    ("It raised £20m in 2023.", "£20m", "20000000", "GBP"),
    ("Some 3m households are affected.", "Some 3m", "3000000", None),
    ("The firm sold 40m phones last year.", "40m", "40000000", None),
    ("A €100m final payment was agreed.", "€100m", "100000000", "EUR"),
    ("Turnout was 2.5m voters.", "2.5m", "2500000", None),
]


@pytest.mark.parametrize("text,surface,value,unit", MILLIONS, ids=_ids(MILLIONS))
def test_millions_after_digits(text, surface, value, unit):
    _check(text, surface, {"value": value, "unit": unit})
    assert _mention(text, surface).problem != "ambiguous: millions or metres"


UNSETTLED_M = [
    "She won the 400m.",
    "He took gold in the 200m, his third title.",
    "Nothing was said of the 100m;",
]


@pytest.mark.parametrize("text", UNSETTLED_M)
def test_an_unsettled_m_says_so(text):
    m = next(m for m in find_mentions(text) if m.text.endswith("m"))
    assert m.problem == "ambiguous: millions or metres"
    styles = {a.style for a in m.alternatives}
    assert styles == {"million", "metres"}
    values = {decimal_text(a.value) for a in m.alternatives}
    number = m.text[:-1].split()[-1]
    assert values == {number, str(int(number) * 1_000_000)}


# --- suspended hyphens: the first end shares the unit the second is joined to ---------------------

SUSPENDED = [
    ("TSMC makes 12- to 28-nanometer chips at the plant.", "12- to 28-nanometer", "12", "28", "nm", "range"),
    ("Judges serve three- to five-year terms.", "three- to five-year", "3", "5", "year", "duration"),
    ("The station is a 10- to 15-minute walk away.", "10- to 15-minute", "10", "15", "minute", "duration"),
    ("Ministers are planning a two- or three-day visit.", "two- or three-day", "2", "3", "day", "duration"),
    ("Expect a 5- to 10-km hike.", "5- to 10-km", "5", "10", "km", "range"),
    ("Gusts brought 30- to 40-mph winds to the coast.", "30- to 40-mph", "30", "40", "mph", "range"),
    ("Patients face two- to three-week waits.", "two- to three-week", "2", "3", "week", "duration"),
    ("Offenders get six- to 12-month sentences.", "six- to 12-month", "6", "12", "month", "duration"),
    ("The drug is given in 20- to 30-minute infusions.", "20- to 30-minute", "20", "30", "minute", "duration"),
    ("Forecasters warn of a four- to six-hour storm.", "four- to six-hour", "4", "6", "hour", "duration"),
    ("The firm signed 10- to 15-year leases.", "10- to 15-year", "10", "15", "year", "duration"),
    ("A one- or two-day strike is planned.", "one- or two-day", "1", "2", "day", "duration"),
    ("Crews dug a 3- to 5-metre trench.", "3- to 5-metre", "3", "5", "m", "range"),
    ("Sacks of 25- to 50-kilogram weight were lifted.", "25- to 50-kilogram", "25", "50", "kg", "range"),
    ("Lenders offer 15- to 30-year mortgages.", "15- to 30-year", "15", "30", "year", "duration"),
    ("There will be 90- to 120-minute slots.", "90- to 120-minute", "90", "120", "minute", "duration"),
    ("The forecast is for 20- to 40-mm falls.", "20- to 40-mm", "20", "40", "mm", "range"),
    ("A seven- to 10-day quarantine applies.", "seven- to 10-day", "7", "10", "day", "duration"),
]


@pytest.mark.parametrize("text,surface,low,high,unit,kind", SUSPENDED, ids=_ids(SUSPENDED))
def test_a_suspended_hyphen_makes_one_range(text, surface, low, high, unit, kind):
    _check(text, surface, {"value": None, "low": low, "high": high, "unit": unit, "kind": kind})


NOT_SUSPENDED = [
    ("The block has two- and three-bedroom flats.", ["two", "three"]),
    ("Guests stay in 3- or 4-star hotels.", ["3", "4"]),
    ("Children aged three- to five-year-old attend.", ["three", "five-year-old"]),
    ("It was cut from a 10- to a 5-minute slot.", ["10", "5-minute"]),
]


@pytest.mark.parametrize("text,surfaces", NOT_SUSPENDED, ids=_ids(NOT_SUSPENDED))
def test_no_shared_unit_no_suspended_range(text, surfaces):
    assert _surfaces(text) == surfaces


# --- race times: durations in seconds; clock times stay times -------------------------------------

RACE_TIMES = [
    ("Kipchoge finished in 2:00:35 in Berlin.", "2:00:35", "7235"),
    ("He clocked 2:04:11 to win the marathon.", "2:04:11", "7451"),
    ("Bekele's winning time of 2:01:41 stood for years.", "2:01:41", "7301"),
    ("She set a personal best of 2:18:59 in London.", "2:18:59", "8339"),
    ("Assefa ran 2:11:53, a women-only world record.", "2:11:53", "7913"),
    ("The Ethiopian won in 2:05:04 despite the heat.", "2:05:04", "7504"),
    ("He completed the Ironman in 8:11:21.", "8:11:21", "29481"),
    ("Her half-marathon time of 1:04:02 was a course record.", "1:04:02", "3842"),
    ("The marathon winner crossed in 2:09:32.", "2:09:32", "7772"),
    ("Mo Farah clocked 2:05:11 at the Chicago Marathon.", "2:05:11", "7511"),
    ("She won in 3:49.11, a personal best.", "3:49.11", "229.11"),
    ("He ran 1:43.26 to take the title.", "1:43.26", "103.26"),
    ("Ingebrigtsen won the 5,000m in 12:48.45.", "12:48.45", "768.45"),
    ("Her time of 1:55.87 was a season's best.", "1:55.87", "115.87"),
    ("Wightman was second in 3:29.47.", "3:29.47", "209.47"),
    ("The relay team finished in 2:57.31.", "2:57.31", "177.31"),
    ("Kerr clocked 3:46.52 in the mile.", "3:46.52", "226.52"),
    ("Phelps swam 1:42.96 in the final.", "1:42.96", "102.96"),
    ("Her 4:12.33 was the fastest of the year.", "4:12.33", "252.33"),
    ("Kiptum's record of 2:00:35 is still the mark to beat.", "2:00:35", "7235"),
]


@pytest.mark.parametrize("text,surface,seconds", RACE_TIMES, ids=_ids(RACE_TIMES))
def test_race_times_are_durations_in_seconds(text, surface, seconds):
    _check(text, surface, {"value": seconds, "kind": "duration", "unit": "second"})


CLOCK_TIMES = [
    ("The meeting starts at 10:30.", "10:30"),
    ("He left the building at 10:30 pm.", "10:30 pm"),
    ("The alarm went off at 2:00:35 on Monday.", "2:00:35"),
    ("Polls close at 22:00 local time.", "22:00"),
    ("The marathon starts at 9:30 on Sunday.", "9:30"),
    ("Trading resumed at 14:05:00 in London.", "14:05:00"),
    ("The 6:45 train was cancelled.", "6:45"),
    ("The blast was heard at 3:15.", "3:15"),
]


@pytest.mark.parametrize("text,surface", CLOCK_TIMES, ids=_ids(CLOCK_TIMES))
def test_clock_times_stay_times(text, surface):
    _check(text, surface, {"kind": "time"})


# --- multipliers and "a couple of" ---------------------------------------------------------------

MULTIPLIERS = [
    ("Cases saw a threefold rise in a month.", "threefold", "3"),
    ("Exports posted a three-fold increase.", "three-fold", "3"),
    ("The study found a 45-fold rise in risk.", "45-fold", "45"),
    ("Prices jumped tenfold after the ban.", "tenfold", "10"),
    ("Demand grew fourfold over the decade.", "fourfold", "4"),
    ("Traffic saw a two-fold jump.", "two-fold", "2"),
    ("The virus showed a 100-fold increase in the samples.", "100-fold", "100"),
    ("Output rose fivefold in three years.", "fivefold", "5"),
    ("Deaths rose twentyfold, the report says.", "twentyfold", "20"),
    ("A 1.5-fold rise in costs was seen.", "1.5-fold", "1.5"),
    ("The population grew sixfold.", "sixfold", "6"),
    ("Investments rose a hundredfold.", "hundredfold", "100"),
    ("It marked a 12-fold increase from 2019.", "12-fold", "12"),
]


@pytest.mark.parametrize("text,surface,value", MULTIPLIERS, ids=_ids(MULTIPLIERS))
def test_multipliers_are_numbers(text, surface, value):
    _check(text, surface, {"value": value, "kind": "number", "unit": None})


COUPLES = [
    ("A couple of hundred people gathered outside.", "A couple of hundred", {"value": "200", "kind": "count"}),
    ("A couple of thousand protesters marched.", "A couple of thousand", {"value": "2000", "kind": "count"}),
    ("The fund lost a couple of million dollars.", "a couple of million dollars",
     {"value": "2000000", "kind": "money", "unit": "USD"}),
    ("Talks could take couple of weeks.", "couple of weeks", {"value": "2", "unit": "week"}),
    ("The strike lasted a couple of days.", "a couple of days", {"value": "2", "unit": "day"}),
    ("Rain is due in couple of hours.", "couple of hours", {"value": "2", "unit": "hour"}),
    ("A couple of people were hurt.", "A couple", {"value": "2", "kind": "count"}),
]


@pytest.mark.parametrize("text,surface,expected", COUPLES, ids=_ids(COUPLES))
def test_a_couple_of(text, surface, expected):
    _check(text, surface, expected)


NO_NUMBER = [
    "The couple were married in June.",
    "The manifold was replaced.",
    "The couple of them left.",
    "He unfolded the map.",
]


@pytest.mark.parametrize("text", NO_NUMBER)
def test_no_multiplier_or_couple_is_read_here(text):
    assert _surfaces(text) == []


# --- vote tallies: two values, never one range, never a bound from "passed" -----------------------

TALLIES = [
    ("The bill passed 310-211 in the House.", ["310", "211"]),
    ("The Senate voted 153 to 10 to approve the deal.", ["153", "10"]),
    ("The motion was carried by 52 votes to 47.", ["52", "47"]),
    ("The court issued a 6-3 ruling on Friday.", ["6", "3"]),
    ("The motion failed 45-55 in the Senate.", ["45", "55"]),
    ("Lawmakers voted 10 to 153 against the plan.", ["10", "153"]),
    ("The House passed the bill 220 to 207.", ["220", "207"]),
    ("The amendment was rejected 211-310.", ["211", "310"]),
    ("The Senate voted 52-48 to confirm her.", ["52", "48"]),
    ("The measure was approved 7-2 by the board.", ["7", "2"]),
    ("The council backed the plan 9-3.", ["9", "3"]),
    ("Members voted 40 to 60 against the merger.", ["40", "60"]),
    ("The treaty was ratified 68-32.", ["68", "32"]),
    ("The justices upheld the law 5-4.", ["5", "4"]),
    ("Shareholders rejected the offer 30-70.", ["30", "70"]),
    ("The jury acquitted him 10-2.", ["10", "2"]),
    ("The resolution passed 141 to 5, with 35 abstentions.", ["141", "5", "35"]),
    ("The union voted 12-18 on the pay offer.", ["12", "18"]),
    ("The governor vetoed the bill, passed 25-30 in the Senate.", ["25", "30"]),
    ("Delegates endorsed the plan 300 to 450.", ["300", "450"]),
]


@pytest.mark.parametrize("text,surfaces", TALLIES, ids=_ids(TALLIES))
def test_a_tally_is_two_values(text, surfaces):
    mentions = find_mentions(text)
    found = [m.text for m in mentions]
    for surface in surfaces:
        assert surface in found, (surface, found)
    assert not any(m.is_range or m.bound.value != "exact" for m in mentions)


STILL_RANGES_AND_BOUNDS = [
    ("It passed by a margin of 30 to 40 votes.", "30 to 40", {"low": "30", "high": "40"}),
    ("Sales passed 1 million last year.", "passed 1 million", {"low": "1000000", "bound": "lower"}),
    ("Between 20 and 30 people voted.", "Between 20 and 30", {"low": "20", "high": "30"}),
    ("Rents rose 10-15% last year.", "10-15%", {"low": "10", "high": "15"}),
    ("The vote is due in 3 to 4 weeks.", "3 to 4 weeks", {"low": "3", "high": "4", "unit": "week"}),
]


@pytest.mark.parametrize("text,surface,expected", STILL_RANGES_AND_BOUNDS, ids=_ids(STILL_RANGES_AND_BOUNDS))
def test_ranges_and_bounds_away_from_a_tally_stay(text, surface, expected):
    _check(text, surface, expected)
