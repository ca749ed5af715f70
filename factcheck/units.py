"""The one pint registry, with exact (Decimal) magnitudes, and duration helpers.

pint's own `decade` is a logarithmic unit, so durations written as decades are converted through
`decade_of_years`. pint's year is 365.25 days: compare durations with a tolerance, never exactly.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import pint

# Units as written in articles -> pint expressions, where pint's own name means something else.
_ALIASES = {"decade": "decade_of_years"}


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    ureg = pint.UnitRegistry(non_int_type=Decimal)
    ureg.define("decade_of_years = 10 * year")
    return ureg


def duration(value: Decimal, unit: str) -> pint.Quantity:
    """A pint quantity for `value` `unit` (unit as factcheck writes it: hour, day, decade...)."""
    ureg = registry()
    return ureg.Quantity(value, _ALIASES.get(unit, unit))


def to_unit(value: Decimal, unit: str, target: str) -> Decimal:
    """Convert a duration between units exactly: to_unit(Decimal(2), "week", "day") == 14."""
    quantity = duration(value, unit).to(_ALIASES.get(target, target))
    return Decimal(quantity.magnitude)


def is_time_unit(unit: str) -> bool:
    try:
        return duration(Decimal(1), unit).check("[time]")
    except (pint.UndefinedUnitError, pint.DimensionalityError, AttributeError):
        return False
