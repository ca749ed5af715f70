"""Numerals written in each grouping style from their digits, for round-trip tests.

Written apart from factcheck's own grouping code, and apart from babel's formatter (which is
wrong for some locales in some releases: babel 2.19 writes 1000000000 as "1000000'000" for de_CH),
so that a round trip tests the reader against an independent writer.
"""

from decimal import Decimal

from babel import Locale
from babel.numbers import format_decimal, get_group_symbol

# style: (separators the style is written with, decimal symbol, group sizes from the right)
STYLES = {
    "western": ([","], ".", (3, 3)),
    "indian": ([","], ".", (3, 2)),
    "european": (["."], ",", (3, 3)),
    "swiss": (["'", "\u2019"], ".", (3, 3)),
    "spaced": ([" ", "\u00a0", "\u202f", "\u2009"], ",", (3, 3)),
}

# A babel locale that writes each style.
STYLE_LOCALES = {"western": "en", "indian": "en_IN", "european": "de", "swiss": "de_CH",
                 "spaced": "fr"}


def write_grouped(number: Decimal, style: str, separator: str) -> str:
    """`number` (non-negative) as `style` writes it, with `separator` between groups."""
    _, decimal, sizes = STYLES[style]
    return _group(number, separator, decimal, sizes)


def _group(number: Decimal, separator: str, decimal: str, sizes: tuple[int, int]) -> str:
    primary, secondary = sizes
    integer, _, fraction = format(number, "f").partition(".")
    groups = [integer[-primary:]]
    rest = integer[:-primary]
    while rest:
        groups.insert(0, rest[-secondary:])
        rest = rest[:-secondary]
    return separator.join(groups) + (decimal + fraction if fraction else "")


def babel_writes_grouping(locale: str) -> bool:
    """Whether babel's formatter writes a large number as the locale's own data says (its group
    symbol and sizes) in this release."""
    number = Decimal(1234567890)
    expected = _group(number, get_group_symbol(locale), ".",
                      Locale.parse(locale).decimal_formats[None].grouping)
    return format_decimal(number, locale=locale) == expected
