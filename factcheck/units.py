"""Units of time as exact factors of a second, taken from pint and kept in the user cache.

Building a pint registry takes longer than checking an article, so the factors of the units
factcheck writes (second ... century, from the lexicon) are computed with pint once, stored in
the cache folder keyed by the installed pint, and read back as Decimals on later runs. pint stays
the authority: change pint and the table is rebuilt. A unit outside the table goes to pint.

pint's own `decade` is a logarithmic unit, so durations written as decades are converted through
`decade_of_years`. pint's year is 365.25 days: compare durations with a tolerance, never exactly.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal
from functools import lru_cache

# Units as written in articles -> pint expressions, where pint's own name means something else.
_ALIASES = {"decade": "decade_of_years"}
_TABLE_VERSION = 1


@lru_cache(maxsize=1)
def registry():
    """The one pint registry, with exact (Decimal) magnitudes. Slow to build: only on demand."""
    import pint

    ureg = pint.UnitRegistry(non_int_type=Decimal)
    ureg.define("decade_of_years = 10 * year")
    return ureg


def duration(value: Decimal, unit: str):
    """A pint quantity for `value` `unit` (unit as factcheck writes it: hour, day, decade...)."""
    return registry().Quantity(value, _ALIASES.get(unit, unit))


def _lexicon_units() -> list[str]:
    from .lexicon import number_lexicon
    return sorted({u.unit for u in number_lexicon().duration_units.values()} | {"second"})


def _pint_stamp() -> str:
    """Identifies the installed pint (its file and modification time) without importing it."""
    from importlib.util import find_spec
    spec = find_spec("pint")
    origin = spec.origin if spec and spec.origin else "?"
    try:
        return f"{origin}:{os.stat(origin).st_mtime_ns}"
    except OSError:
        return origin


def seconds_table_from_pint(units) -> dict[str, Decimal]:
    """Seconds in one of each unit, as pint defines it."""
    return {u: Decimal(duration(Decimal(1), u).to("second").magnitude) for u in units}


@lru_cache(maxsize=1)
def _seconds() -> dict[str, Decimal]:
    from .userdirs import cache_dir, write_atomic_bytes

    units = _lexicon_units()
    key = {"version": _TABLE_VERSION, "pint": _pint_stamp(), "units": units}
    folder = cache_dir()
    path = folder / "time-units.json" if folder else None
    if path is not None:
        try:
            cached = json.loads(path.read_text(encoding="utf-8"))
            if cached.get("key") == key:
                return {u: Decimal(s) for u, s in cached["seconds"].items()}
        except (OSError, ValueError, KeyError, AttributeError):
            pass
    table = seconds_table_from_pint(units)
    if path is not None:
        data = {"key": key, "seconds": {u: str(s) for u, s in table.items()}}
        write_atomic_bytes(path, json.dumps(data, indent=1).encode())
    return table


def to_unit(value: Decimal, unit: str, target: str) -> Decimal:
    """Convert a duration between units exactly: to_unit(Decimal(2), "week", "day") == 14."""
    table = _seconds()
    if unit in table and target in table:
        return value * table[unit] / table[target]
    quantity = duration(value, unit).to(_ALIASES.get(target, target))
    return Decimal(quantity.magnitude)


def is_time_unit(unit: str) -> bool:
    if unit in _seconds():
        return True
    import pint
    try:
        return duration(Decimal(1), unit).check("[time]")
    except (pint.UndefinedUnitError, pint.DimensionalityError, AttributeError):
        return False


def currency_mismatch(claimed: str | None, reference_units) -> str | None:
    """The reference's currency when a claimed amount is in another one, else None.

    factcheck declares no exchange rates, so an amount in rupees is never compared with a figure
    in dollars: the caller says so instead of guessing a rate.
    """
    if not claimed or len(claimed) != 3 or not claimed.isalpha() or not claimed.isupper():
        return None
    others = sorted({u for u in reference_units if u and u != claimed})
    return others[0] if others else None
