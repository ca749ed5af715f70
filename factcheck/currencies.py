"""Currency symbols and codes from babel's data for every locale: "RM" (ringgit), "HK$", "$US".

Why a module of its own: a news story from anywhere may write any currency, so the symbols come
from all of babel's locales (CLDR), not from a list kept here. Reading every locale takes about a
second, so the table is cached per babel version under the user's cache directory; without a
writable cache it is simply rebuilt.

A symbol several currencies share ("$", "kr", "Rs") is kept only when English writes it for one
of them (babel's "en" locale says "$" is USD), so nothing is guessed; factcheck/data/numbers.yaml
can add aliases. Single letters ("R", "K", "P") are left out: glued to digits they are far more
often names ("F1", "P1") than money.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import babel
from babel import localedata
from babel.core import get_global
from babel.numbers import get_currency_symbol

from factcheck import userdirs

_CACHE_FORMAT = 1


def _cache_path(table: str = "symbols") -> Path | None:
    folder = userdirs.cache_dir()
    if folder is None:
        return None
    return folder / f"currency-{table}-babel-{babel.__version__}-v{_CACHE_FORMAT}.json"


@lru_cache(maxsize=1)
def tender_codes() -> frozenset[str]:
    """ISO 4217 codes that some territory uses today, by babel's territory data. Kept in the
    cache folder too: loading babel's global data takes longer than checking a short article."""
    path = _cache_path("tender")
    if path is not None:
        try:
            cached = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(cached, list) and cached and all(isinstance(c, str) for c in cached):
                return frozenset(cached)
        except (OSError, ValueError):
            pass
    codes = _tender_codes_from_babel()
    if path is not None:
        userdirs.write_atomic_bytes(path, json.dumps(sorted(codes)).encode("utf-8"))
    return codes


def _tender_codes_from_babel() -> frozenset[str]:
    codes = set()
    for spans in get_global("territory_currencies").values():
        for code, _start, end, tender in spans:
            if end is None and tender:
                codes.add(code)
    return frozenset(codes)


def _symbols_from_babel() -> dict[str, str]:
    """Symbol -> ISO code, over every babel locale; shared symbols only where English settles them."""
    owners: dict[str, set[str]] = {}
    for name in localedata.locale_identifiers():
        try:
            data = _own_locale_data(name)
        except (OSError, ValueError):
            continue
        for code, symbol in data.get("currency_symbols", {}).items():
            symbol = symbol.strip().replace("\u00a0", " ")
            if _usable(symbol, code):
                owners.setdefault(symbol, set()).add(code)
    out: dict[str, str] = {}
    tender = _tender_codes_from_babel()
    for symbol, codes in owners.items():
        current = {c for c in codes if c in tender} or codes
        if len(current) == 1:
            out[symbol] = next(iter(current))
            continue
        english = [c for c in current if get_currency_symbol(c, locale="en") == symbol]
        if len(english) == 1:
            out[symbol] = english[0]
    return out


def _own_locale_data(name: str) -> dict:
    """One locale's own data, without what it inherits.

    Babel caches what `load` returns by locale name whatever `merge_inherited` says (2.14 does),
    so an unmerged load would leave fr_CH without the number formats it inherits from fr for
    the rest of the process; entries this call adds to babel's cache are taken out again.
    """
    cache = getattr(localedata, "_cache", None)
    cached = cache is not None and name in cache
    data = localedata.load(name, merge_inherited=False)
    if cache is not None and not cached:
        cache.pop(name, None)
    return data


def _usable(symbol: str, code: str) -> bool:
    if not symbol or symbol == code or "\u200b" in symbol or any(ch.isdigit() for ch in symbol):
        return False
    if len(symbol) == 1 and symbol.isalpha():
        return False
    return len(symbol) <= 6


@lru_cache(maxsize=1)
def currency_symbols() -> dict[str, str]:
    """Every usable currency symbol babel knows, mapped to its ISO 4217 code."""
    path = _cache_path()
    if path is not None:
        try:
            cached = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(cached, dict):
                return cached
        except (OSError, ValueError):
            pass
    table = _symbols_from_babel()
    if path is not None:  # without a writable cache it is rebuilt next time
        userdirs.write_atomic_bytes(
            path, json.dumps(table, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return table
