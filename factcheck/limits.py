"""What factcheck accepts from outside, checked where it comes in: text, metadata, reference data
and tolerances. Anything outside these limits is reported as malformed, with its place, rather
than read approximately or left to fail deep inside the pipeline.

The limits, and why:
- A figure has at most MAX_FIGURE_DIGITS digits when written out in full (integer and fraction
  digits together, leading zeros of the whole part not counted). That is far beyond any count,
  sum or share in the news (the world's population has 10 digits), and exactly the 28 digits of
  the decimal context, so every figure read is held exactly.
- Reference values and tolerances follow the same rule, and may not be infinite, NaN, or use an
  exponent that writes more digits than that (`1E+999999`).
- Digits must be ones this Python can read: the `regex` module may know digit sets (from a newer
  Unicode version) that `unicodedata` and `Decimal` do not.
- Metadata fields are short strings; front matter is small and has no YAML aliases (an alias
  bomb expands a few lines into gigabytes).

>>> numeral_problem("3,00,000") is None
True
>>> numeral_problem("Infinity")
'no digits: not a figure'
>>> numeral_problem("1" * 30)
'30 digits: factcheck reads figures of at most 28 digits'
>>> numeral_problem("\\U00011f53")
'digit U+11F53 is from a script this Python version cannot read'
>>> decimal_problem(Decimal("1E+999999"))
'1E+999999 has 1,000,000 digits written out: at most 28 are read'
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import regex

MAX_FIGURE_DIGITS = 28
"""Digits in a figure written out in full (text, reference data, tolerances)."""
MAX_FIELD_CHARS = {"id": 512, "title": 2_000, "url": 2_000, "locale": 64, "date": 64}
"""Longest value of each metadata field (front matter, HTML meta, JSON Lines record)."""
MAX_FRONT_MATTER_BYTES = 64_000
MAX_REFERENCE_CELL_CHARS = 20_000
"""Longest cell in a reference CSV (notes are the long ones)."""

_DIGIT = re.compile(r"\d")  # the re module's \d is Python's own idea of a decimal digit
_SURROGATE = re.compile("[\ud800-\udfff]")
_SIGNS = "+-\u2212\u2012\u2013"  # numerals.MINUS_SIGNS and plus


def unreadable_digit(surface: str) -> str | None:
    """The first character of `surface` that is a digit to `regex` but not to Python, if any."""
    if surface.isascii():
        return None
    for match in regex.finditer(r"\d", surface):
        if not match.group().isdecimal():
            return match.group()
    return None


def year_number(digits: str) -> int | None:
    """A year written in digits, or None when Python cannot read them or no calendar has it.

    >>> year_number("2015"), year_number("२०१५"), year_number("0000"), year_number("20\U00011f50\U00011f51")
    (2015, 2015, None, None)
    """
    if unreadable_digit(digits) is not None or not digits.isdecimal() or len(digits) > 4:
        return None
    return int(digits) or None


def numeral_problem(surface: str) -> str | None:
    """Why a digit numeral as written cannot be read exactly, or None when it can."""
    bad = unreadable_digit(surface)
    if bad is not None:
        return f"digit U+{ord(bad):04X} is from a script this Python version cannot read"
    stripped = surface.strip()
    if len(stripped) - len(stripped.lstrip(_SIGNS)) > 1:
        return "more than one sign"
    digits = len(_DIGIT.findall(surface))
    if digits == 0:  # babel reads "Infinity" and "NaN" as numbers; a figure has digits
        return "no digits: not a figure"
    if digits > MAX_FIGURE_DIGITS:
        leading = re.match(r"\D*(0*)", surface)
        significant = digits - len(leading.group(1)) if leading else digits
        if significant > MAX_FIGURE_DIGITS:
            return f"{digits} digits: factcheck reads figures of at most {MAX_FIGURE_DIGITS} digits"
    return None


def written_digits(value: Decimal) -> int:
    """How many digits `value` has written out in full, without exponent or leading zeros."""
    _, digits, exponent = value.as_tuple()
    significant = len(digits) - next((i for i, d in enumerate(digits) if d), len(digits))
    if significant == 0:  # zero: "0", or "0.000" for 0E-3
        return max(1, -exponent)
    if exponent >= 0:
        return significant + exponent
    return max(0, significant + exponent) - exponent


def decimal_problem(value: Decimal) -> str | None:
    """Why a Decimal from outside (reference data, a tolerance) is not a figure factcheck reads."""
    if not value.is_finite():
        return f"{value} is not a finite number"
    n = written_digits(value)
    if n > MAX_FIGURE_DIGITS:
        return f"{value} has {n:,} digits written out: at most {MAX_FIGURE_DIGITS} are read"
    return None


def parse_decimal(text: str) -> Decimal:
    """A plain decimal number from outside, within the limits; ValueError saying why not.

    >>> parse_decimal("0.02")
    Decimal('0.02')
    >>> parse_decimal("nan")
    Traceback (most recent call last):
    ValueError: NaN is not a finite number
    """
    if len(text) > 4 * MAX_FIGURE_DIGITS:
        raise ValueError(f"{text[:20]!r}... is too long for a number")
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        raise ValueError(f"{text!r} is not a decimal number") from None
    problem = decimal_problem(value)
    if problem:
        raise ValueError(problem)
    return value


FRACTION_RANGE = (Decimal(0), Decimal(1))
TOLERANCE_RANGES = {"imprecise": (Decimal(1), Decimal(100)), "max_age_days": (0, 36_600)}
"""Allowed values: every other tolerance (approx, exact, upper, share_points, percent_points,
near) is a fraction, from 0 to 1 (0.02 is 2%); `imprecise` multiplies a tolerance;
`max_age_days` is a whole number of days (100 years at most)."""
TOLERANCE_EXAMPLES = {"imprecise": "2", "max_age_days": "731"}


def tolerance_value(key: str, text: str) -> Decimal | int:
    """One --tolerance value, checked against TOLERANCE_RANGES; ValueError that says what to give."""
    low, high = TOLERANCE_RANGES.get(key, FRACTION_RANGE)
    if not text.strip():
        raise ValueError(f"{key} needs a value, e.g. {key}={TOLERANCE_EXAMPLES.get(key, '0.05')}")
    if key == "max_age_days":
        if not re.fullmatch(r"\s*\d{1,6}\s*", text):
            raise ValueError(f"{key}={text!r}: give a whole number of days from {low} to {high:,}")
        value: Decimal | int = int(text)
    else:
        try:
            value = parse_decimal(text)
        except ValueError as exc:
            raise ValueError(f"{key}={text!r}: {exc}; give a number from {low} to {high}"
                             + (" (a fraction of the claimed value: 0.02 is 2%)"
                                if high == 1 else "")) from None
    if not low <= value <= high:
        what = "days" if key == "max_age_days" else "a fraction of the claimed value: 0.02 is 2%" \
            if high == 1 else "how many times the tolerance"
        raise ValueError(f"{key}={text}: out of range; give a number from {low} to {high} ({what})")
    return value


def text_problem(text: str) -> str | None:
    """Why a string from a JSON Lines record is not text: a lone surrogate or a NUL character."""
    match = _SURROGATE.search(text)
    if match:
        return (f"lone surrogate U+{ord(match.group()):04X} at character {match.start()} "
                "(not valid Unicode)")
    index = text.find("\x00")
    if index >= 0:
        return f"NUL character at character {index} (binary data, not text)"
    return None


def shown(value: object, limit: int = 60) -> str:
    """A value quoted for an error message, cut short: hostile values can be megabytes long."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return "a very large number"
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "..."


def field_problem(field: str, value: object) -> str | None:
    """Why a metadata value cannot be used: a list or mapping where one value belongs, too long,
    or not text. Numbers are read as their text (`id: 42`, `title: 1984`)."""
    if value is None or isinstance(value, str) and value == "":
        return None
    if isinstance(value, (list, tuple, dict, set, bytes)):
        return f"{field} must be a single value, not a {type(value).__name__}"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return f"{field} is a number too long to be an {field}"
    text = str(value)
    limit = MAX_FIELD_CHARS.get(field)
    if limit is not None and len(text) > limit:
        return f"{field} is {len(text):,} characters long; at most {limit:,} are allowed"
    problem = text_problem(text)
    return f"{field} holds a {problem}" if problem else None
