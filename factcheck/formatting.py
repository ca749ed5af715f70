"""How values read to a person, the same in every finding and report: grouped digits, shares
as percents, units of time in the plural.

Values stay exact in the JSON report; these strings are for reading only, so a computed ratio
such as 0.5103203075860913733445343809 shows as 51.0%, and a duration of 5.5961... years as 5.6.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from functools import lru_cache

from .lexicon import number_lexicon
from .model import Claim, Evidence, Fact, Kind, Mention, TimeScope, decimal_text

BOUND_WORDS = {"exact": "exactly", "lower": "at least", "upper": "at most", "approx": "about"}
_LONG_FRACTION = 4
"""Digits after the point beyond which a value is taken to be computed and is rounded."""


def number(value: Decimal | str | None) -> str:
    """Thousands grouped; a computed value with a long fraction rounded for reading.

    >>> number(Decimal("5524377")), number("1234567.5"), number(Decimal("-0.25"))
    ('5,524,377', '1,234,567.5', '-0.25')
    >>> number(Decimal("5.596167008898015058179329227")), number("0.5103203075860913733445343809")
    ('5.6', '0.51')
    """
    if value is None:
        return ""
    value = Decimal(value) if isinstance(value, str) else value
    text = decimal_text(value)
    if len(text.partition(".")[2]) > _LONG_FRACTION:
        if abs(value) >= 1:
            value = value.quantize(Decimal("0.01"), ROUND_HALF_EVEN)
        else:  # three significant digits
            value = value.quantize(Decimal(1).scaleb(value.adjusted() - 2), ROUND_HALF_EVEN)
        text = decimal_text(value)
    sign, text = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, dot, frac = text.partition(".")
    return sign + f"{int(whole):,}" + dot + frac


def percent(value: Decimal | None) -> str:
    """A share as a percentage with one decimal: Decimal("0.51032") -> "51.0%"."""
    if value is None:
        return ""
    return f"{(value * 100).quantize(Decimal('0.1'), ROUND_HALF_EVEN)}%"


def with_unit(text: str, unit: str | None, value: Decimal | None = None) -> str:
    """A number and its unit; time units read in the plural unless the value is one."""
    if not unit:
        return text
    if unit in _time_units() and value != 1:
        unit += "s"
    return f"{text} {unit}"


@lru_cache(maxsize=1)
def _time_units() -> frozenset[str]:
    """The units of time factcheck writes (hour, decade...): from the lexicon, not a list here."""
    return frozenset(u.unit for u in number_lexicon().duration_units.values())


def quantity(value=None, low=None, high=None, unit: str | None = None) -> str:
    """A value or a low–high range, with its unit; a dash when there is neither."""
    if value is not None:
        return with_unit(number(value), unit, value)
    if low is not None and high is not None:
        return with_unit(f"{number(low)}–{number(high)}", unit, high)
    return "—"


def mention_value(m: Mention) -> str:
    """The value a mention was read as: "300,000", "45%", "2/3" as "66.7%", "10–20 hours"."""
    if m.kind is Kind.PERCENT and not m.unit:
        if m.value is not None:
            return f"{number(m.value)}%"
        if m.is_range:
            return f"{number(m.low)}–{number(m.high)}%"
    if m.kind is Kind.FRACTION and not m.unit and m.value is not None:
        return percent(m.value)
    return quantity(m.value, m.low, m.high, m.unit)


def claimed(claim: Claim) -> str:
    """What the article claims, bound included: "at least 300,000", "about 45%"."""
    bound = claim.mention.bound.value
    words = "" if bound == "exact" else BOUND_WORDS.get(bound, bound) + " "
    return words + mention_value(claim.mention)


def reference_value(evidence: Evidence, claim: Claim | None = None) -> str:
    """A reference value; a share of a denominator reads as a percentage."""
    if claim is not None and claim.denominator and not evidence.unit:
        return percent(evidence.value)
    return quantity(evidence.value, unit=evidence.unit)


def fact_value(fact: Fact) -> str:
    return quantity(fact.value, fact.low, fact.high, fact.unit)


def time_scope(t: TimeScope) -> str:
    """When a claim is about, and the words that said so (or that it is the publication date)."""
    if t.at:
        when = t.at.isoformat()
    elif t.start or t.end:
        when = f"{t.start.isoformat() if t.start else '…'} to {t.end.isoformat() if t.end else '…'}"
    else:
        return f"“{t.text}”" if t.text else "not stated"
    return f"{when} (“{t.text}”)" if t.text else f"{when} (publication date)"
