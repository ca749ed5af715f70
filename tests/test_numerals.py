"""The numeral normaliser: every digit style, number words, and round trips."""

from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.numerals import parse_numeral, parse_words

from grouping_oracle import STYLE_LOCALES, STYLES, babel_writes_grouping, write_grouped

D = Decimal

DIGIT_STYLES = [
    # surface, locale, value, style
    ("300,000", "en", "300000", "western"),
    ("1,234,567.89", "en", "1234567.89", "western"),
    ("3,00,000", None, "300000", "indian"),
    ("1,50,00,000", None, "15000000", "indian"),
    ("12,34,567.50", None, "1234567.50", "indian"),
    ("1.234.567,89", None, "1234567.89", "european"),
    ("300\u00a0000", None, "300000", "spaced"),
    ("300\u202f000", None, "300000", "spaced"),
    ("1 234 567", None, "1234567", "spaced"),
    ("1'234'567", None, "1234567", "swiss"),
    ("1’234’567", None, "1234567", "swiss"),
    ("300000", None, "300000", "plain"),
    (".5", None, "0.5", "plain"),
    ("−5", None, "-5", "plain"),
    ("-3.25", None, "-3.25", "plain"),
    ("३,००,०००", None, "300000", "indian"),
    ("١٢٣", None, "123", "plain"),
    ("300.000", "de", "300000", "european"),
    ("300.000", "en", "300", "western"),
    ("1,234", "de", "1.234", "european"),
    ("1,234", "en_IN", "1234", "indian"),
    ("300,000", "en_IN", "300000", "western"),
]


@pytest.mark.parametrize("surface,locale,value,style", DIGIT_STYLES, ids=[c[0] for c in DIGIT_STYLES])
def test_digit_styles(surface, locale, value, style):
    reading = parse_numeral(surface, locale)
    assert reading.value == D(value)
    assert reading.style == style or (locale and reading.style.startswith(("locale:", style)))
    assert not reading.alternatives


# SI / ISO 80000 style: spaces (any of the space characters) group, a point marks the decimals,
# as scientific reports and English papers quoting them write figures.
SI_GROUPING = [
    ("1\u202f234\u202f567.89", "1234567.89"),
    ("1 234 567.89", "1234567.89"),
    ("12\u2009345.6", "12345.6"),
    ("300\u00a0000.25", "300000.25"),
    ("7\u202f800\u202f000.5", "7800000.5"),
    ("1 000 000.001", "1000000.001"),
    ("65\u202f432.1", "65432.1"),
    ("2\u2009500.75", "2500.75"),
    ("999 999.99", "999999.99"),
    ("10\u202f000.0", "10000.0"),
    ("4\u00a0321\u00a0000.5", "4321000.5"),
    ("123\u202f456\u202f789.123", "123456789.123"),
    ("5 000.5", "5000.5"),
    ("88\u2009888\u2009888.8", "88888888.8"),
    ("1\u202f001.01", "1001.01"),
    ("-3\u202f250.5", "-3250.5"),
    ("−40 000.4", "-40000.4"),
    ("6\u202f000\u202f000\u202f000.25", "6000000000.25"),
    ("20\u00a0500.05", "20500.05"),
    ("750\u2009000.9", "750000.9"),
]


@pytest.mark.parametrize("surface,value", SI_GROUPING, ids=[c[0] for c in SI_GROUPING])
def test_si_grouping_with_a_decimal_point(surface, value):
    reading = parse_numeral(surface)
    assert reading.value == D(value) and reading.style == "si" and not reading.alternatives


def test_spaced_grouping_keeps_the_comma_decimal():
    assert parse_numeral("1\u202f234,5").value == D("1234.5")
    assert parse_numeral("1\u202f234,5").style == "spaced"
    assert parse_numeral("1 234.567.8").value is None  # two decimal points: nobody's style


@pytest.mark.parametrize("surface", ["300.000", "1,234", "4.800"])
def test_ambiguous_without_locale_carries_alternatives(surface):
    reading = parse_numeral(surface)
    values = {a.value for a in reading.alternatives}
    assert len(values) == 2, "both readings are kept, none silently chosen"


@pytest.mark.parametrize("surface", ["3,000,00", "1,23,4567", "30,00,0000"])
def test_malformed_grouping_is_reported(surface):
    reading = parse_numeral(surface)
    assert reading.value is None
    assert "malformed" in reading.problem


def test_malformed_suggests_a_fix():
    assert "300,000" in parse_numeral("3,000,00").problem


WORDS = [
    ("six", "6", "number"),
    ("twenty-one", "21", "number"),
    ("one hundred and five", "105", "number"),
    ("three hundred thousand", "300000", "number"),
    ("a dozen", "12", "number"),
    ("half", "0.5", "fraction"),
    ("a third", str(D(1) / 3), "fraction"),
    ("two-thirds", str(D(2) / 3), "fraction"),
    ("three-quarters", "0.75", "fraction"),
    ("one and a half", "1.5", "fraction"),
    ("two and a half million", "2500000", "number"),
    ("one lakh fifty thousand", "150000", "number"),
    ("a million", "1000000", "number"),
    ("twenty-third", "23", "ordinal"),
    ("three trillionth", "3000000000000", "ordinal"),
]


@pytest.mark.parametrize("surface,value,kind", WORDS, ids=[w[0] for w in WORDS])
def test_number_words(surface, value, kind):
    reading = parse_words(surface)
    assert reading.value == D(value)
    assert reading.kind == kind


@pytest.mark.parametrize("surface", ["a", "and", "the"])
def test_non_numbers_are_not_read(surface):
    assert parse_words(surface) is None


numbers = st.decimals(min_value=0, max_value=10**15, places=2, allow_nan=False,
                      allow_infinity=False)
style_and_separator = st.sampled_from(sorted(STYLES)).flatmap(
    lambda style: st.tuples(st.just(style), st.sampled_from(STYLES[style][0])))


@settings(max_examples=400, deadline=None)
@given(number=numbers, style_separator=style_and_separator)
def test_every_style_round_trips(number, style_separator):
    """A numeral written in any style, with any of its separators, reads back exactly: with the
    style's locale as its one reading, and without a locale among its readings."""
    style, separator = style_separator
    surface = write_grouped(number, style, separator)
    assert parse_numeral(surface, STYLE_LOCALES[style]).value == number
    unsure = parse_numeral(surface)
    assert number in {unsure.value} | {a.value for a in unsure.alternatives}


@pytest.mark.parametrize("style,separator", [(s, c) for s in STYLES for c in STYLES[s][0]])
def test_grouped_millions_read_in_their_style(style, separator):
    """A grouped seven-digit integer is unambiguous in every style."""
    reading = parse_numeral(write_grouped(Decimal(8_800_000), style, separator))
    assert (reading.value, reading.style, reading.alternatives) == (Decimal(8_800_000), style, ())


LOCALES = ["en", "en_IN", "de", "fr", "de_CH", "hi", "es", "sv", "it_CH"]
BABEL_GROUPS = [locale for locale in LOCALES if babel_writes_grouping(locale)]


def test_babel_groups_most_locales():
    """The babel round trip below still covers the common locales in every release."""
    assert {"en", "en_IN", "de", "fr", "hi"} <= set(BABEL_GROUPS)


@settings(max_examples=300, deadline=None)
@given(number=st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False,
                          allow_infinity=False),
       locale=st.sampled_from(BABEL_GROUPS))
def test_babel_round_trip(number, locale):
    """What babel writes for a locale (where this release writes its grouping at all), factcheck
    reads back with that locale, exactly."""
    surface = format_decimal(number, locale=locale, decimal_quantization=False)
    assert parse_numeral(surface, locale).value == number


def test_currency_table_leaves_babel_locale_data_whole(tmp_path, monkeypatch):
    """Building the currency table reads every locale's own data; the locales babel then serves
    still carry what they inherit (fr_CH its number formats from fr)."""
    from factcheck import currencies
    from factcheck.numerals import locale_style

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    currencies._symbols_from_babel()
    locale_style.cache_clear()
    from babel import Locale

    assert Locale.parse("fr_CH").decimal_formats[None].grouping == (3, 3)
    assert locale_style("fr_CH").decimal == ","
