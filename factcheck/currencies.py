"""Currency symbols and codes from babel's data for every locale: "RM" (ringgit), "HK$", "$US";
which currency a symbol several share means in one text; the parts of a currency ("28 sen").

Why a module of its own: a news story from anywhere may write any currency, so the symbols come
from all of babel's locales (CLDR), not from a list kept here. Reading every locale takes about a
second, so the table is cached per babel version under the user's cache directory; without a
writable cache it is simply rebuilt.

A symbol several currencies share ("$", "kr", "Rs") is kept only when English writes it for one
of them (babel's "en" locale says "$" is USD), so nothing is guessed; factcheck/data/numbers.yaml
can add aliases. Single letters ("R", "K", "P") are left out: glued to digits they are far more
often names ("F1", "P1") than money. Where the text settles a shared symbol otherwise, by its
locale or by naming the currency in full, CurrencySettler says so (factcheck/data/currencies.yaml).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import babel
import regex
from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

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


def _babel_symbols():
    """(ISO code, symbol) as every babel locale itself writes it (not what it inherits)."""
    for name in localedata.locale_identifiers():
        try:
            data = _own_locale_data(name)
        except (OSError, ValueError):
            continue
        yield from data.get("currency_symbols", {}).items()


def _symbols_from_babel() -> dict[str, str]:
    """Symbol -> ISO code, over every babel locale; shared symbols only where English settles them."""
    owners: dict[str, set[str]] = {}
    for code, symbol in _babel_symbols():
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


# --- Which currency a shared symbol means in one text ---------------------------------------
# factcheck/data/currencies.yaml holds what babel does not: which surfaces are one symbol, the
# writings of a territory's press babel lacks, the names that settle a symbol, and the parts of
# a currency ("cents", "sen").


@dataclass(frozen=True, slots=True)
class Subunit:
    """A part of a currency written after a number: `per` of them make one `of`, an ISO code or
    a symbol whose currency it follows ("$" for cents); "" where it names no one currency.
    `settled_only`: of no currency until the text settles the symbol (cents are of many)."""

    of: str
    per: int
    exact_case: bool = False
    settled_only: bool = False


_LOOKALIKE = Subunit("", 1)
"""What subunit_after answers for a number glued to a letter that names something ("1080p")."""


@lru_cache(maxsize=1)
def _data() -> dict:
    from .lexicon import load_data_file

    return load_data_file("currencies.yaml")


@lru_cache(maxsize=1)
def subunits() -> tuple[dict[str, Subunit], dict[str, Subunit], frozenset[str]]:
    """The parts written as words (lower case), those glued as one letter, and the glued forms
    that are no money ("1080p")."""
    data = _data()

    def table(entries: dict) -> dict[str, Subunit]:
        return {str(k): Subunit(str(v["of"] or ""), int(v["per"]), bool(v.get("exact_case", False)),
                                bool(v.get("settled_only", False)))
                for k, v in entries.items()}

    return (table(data["subunits"]), table(data["glued_subunits"]),
            frozenset(str(w) for w in data["glued_lookalikes"]))


_SUBUNIT_GAP = frozenset(" \u00a0")


@lru_cache(maxsize=1)
def _subunit_pattern() -> regex.Pattern:
    words = sorted(subunits()[0], key=len, reverse=True)
    alternation = "|".join(regex.escape(w).replace(r"\ ", r"[ \u00a0]") for w in words)
    return regex.compile(rf"[ \u00a0](?P<w>{alternation})(?![\w'’])", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _subunit_firsts() -> frozenset[str]:
    return frozenset(w[:1].lower() for w in subunits()[0]) | frozenset(w[:1].upper() for w in subunits()[0])


def subunit_after(text: str, end: int) -> tuple[int, Subunit] | None:
    """The part of a currency written just after a number ending at `end` ("40 cents", "61.05
    US cents", "50p"), with where it ends; None where there is none. A glued letter counts only
    where no letter or digit follows it ("50p", not "5pm")."""
    glued = text[end:end + 1]
    words, letters, lookalikes = subunits()
    if glued in letters and not text[end + 1:end + 2].isalnum():
        start = end
        while start > max(0, end - 4) and text[start - 1].isdigit():
            start -= 1  # the digits of a resolution: at most four ("2160p")
        if text[start:end + 1] in lookalikes and not text[start - 1:start].isdigit():
            return end + 1, _LOOKALIKE
        return end + 1, letters[glued]
    if glued not in _SUBUNIT_GAP or text[end + 1:end + 2] not in _subunit_firsts():
        return None  # no part's word can start here (a speed-up only)
    match = _subunit_pattern().match(text, end)
    if match is None:
        return None
    written = match.group("w")
    key = " ".join(written.lower().split())
    part = words.get(key)
    if part is None or part.exact_case and written != key:
        return None
    return match.end(), part


def is_lookalike(part: Subunit) -> bool:
    return part is _LOOKALIKE


def symbol_key(surface: str) -> str:
    """The one symbol a surface is written for: "Rs." and "Re" are "Rs", "dollars" is "$"."""
    return str(_data()["same_symbol"].get(surface, surface))


def _babel_symbol(symbol: str) -> str:
    return symbol_key(symbol.strip().replace("\u00a0", " "))


@lru_cache(maxsize=1)
def shared_symbols() -> dict[str, frozenset[str]]:
    """Each symbol (as symbol_key gives it) that several currencies in use write in babel's
    locales, or in currencies.yaml's `written_as`, -> those currencies. Cached like the symbols."""
    path = _cache_path("shared")
    if path is not None:
        try:
            cached = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(cached, dict):
                return {k: frozenset(v) for k, v in cached.items()}
        except (OSError, ValueError):
            pass
    owners: dict[str, set[str]] = {}
    tender = _tender_codes_from_babel()
    for code, symbol in _babel_symbols():
        if code in tender and _usable(symbol.strip(), code):
            owners.setdefault(_babel_symbol(symbol), set()).add(code)
    table = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    if path is not None:
        userdirs.write_atomic_bytes(
            path, json.dumps(table, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _shared_with_extras() -> dict[str, frozenset[str]]:
    table = dict(shared_symbols())
    for code, symbols in _data()["written_as"].items():
        for symbol in symbols:
            key = symbol_key(str(symbol))
            if key in table:
                table[key] = table[key] | {str(code)}
    return table


def owners(surface: str) -> frozenset[str]:
    """The currencies a symbol may stand for, where it is shared; empty where it is not."""
    return _shared_with_extras().get(symbol_key(surface), frozenset())


@lru_cache(maxsize=64)
def locale_currencies(locale: str) -> dict[str, str]:
    """Shared symbol -> the currency it means in texts of `locale`: the one currency in use in
    the locale's territory that the locale, or another babel locale of that territory, writes
    so ("$" in en_AU is AUD; "Rs" in en_PK is PKR). Empty for a locale with no territory."""
    try:
        territory = Locale.parse(locale.replace("-", "_")).territory
    except (ValueError, TypeError, UnknownLocaleError):
        return {}
    if not territory:
        return {}
    codes = get_territory_currencies(territory)
    siblings = [locale] + [name for name in localedata.locale_identifiers()
                           if name.endswith("_" + territory) and name != locale]
    extra = _data()["written_as"]
    written: dict[str, set[str]] = {}
    for code in codes:
        symbols = {str(s) for s in extra.get(code, ())}
        for name in siblings:
            try:
                symbols.add(get_currency_symbol(code, locale=name))
            except (ValueError, UnknownLocaleError):
                continue
        for symbol in symbols:
            written.setdefault(_babel_symbol(symbol), set()).add(code)
    shared = _shared_with_extras()
    return {key: next(iter(found)) for key, found in written.items()
            if len(found) == 1 and key in shared}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Full name (lower case) -> ISO code, for the currencies of the shared symbols: babel's
    English names ("US dollars", "Pakistani rupee") and currencies.yaml's `names`."""
    out: dict[str, str] = {}
    for code in sorted(set().union(*_shared_with_extras().values())):
        for count in (None, 1, 2):
            try:
                name = get_currency_name(code, count=count, locale="en")
            except (ValueError, UnknownLocaleError):
                continue
            if name and name != code and "(" not in name:
                out[name.lower()] = code
    out.update({str(k).lower(): str(v) for k, v in _data()["names"].items()})
    return out


@lru_cache(maxsize=1)
def _head_pattern() -> regex.Pattern:
    """The last words of the full names ("rupees", "dollar", "yuan"): a short alternation the
    regex module scans for fast, where the whole list of names would be tried at every
    position of the article."""
    heads = sorted({name.split()[-1] for name in _names()}, key=len, reverse=True)
    return regex.compile(r"(?<![\w.])(?:" + "|".join(regex.escape(h) for h in heads) + r")(?![\w'’])")


@lru_cache(maxsize=1)
def _longest_name() -> int:
    return max(len(name.split()) for name in _names())


_OPENING_MARKS = "([{\"'“‘"


def named_currencies(text: str) -> frozenset[str]:
    """The currencies of shared symbols that `text` names in full, in one scan: at each last word
    of a name, the longest name that the words up to it make."""
    names, longest = _names(), _longest_name()
    found = set()
    lowered = text.lower()  # searched in lower case: faster than a search that ignores case
    if len(lowered) != len(text):
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    for head in _head_pattern().finditer(lowered):
        start = max(0, head.start() - 20 * longest)
        words = lowered[start:head.end()].split()
        if start > 0 and not text[start - 1].isspace():
            words = words[1:]  # the window began inside a word
        words = words[-longest:]
        for k in range(len(words), 0, -1):
            candidate = " ".join([words[-k].lstrip(_OPENING_MARKS)] + words[len(words) - k + 1:])
            if candidate in names:
                found.add(names[candidate])
                break
    return frozenset(found)


@lru_cache(maxsize=1)
def _places_pattern() -> regex.Pattern:
    """currencies.yaml's `places`, as one case-sensitive search over whole words."""
    names = sorted({str(n) for names in _data()["places"].values() for n in names}, key=len, reverse=True)
    # whole words, or before a possessive: "Taiwan's chipmakers"
    return regex.compile(r"(?<![\w.])(?:" + "|".join(regex.escape(n) for n in names)
                         + r")(?!\w|['’](?!s(?!\w)))")


@lru_cache(maxsize=1)
def _place_currencies() -> dict[str, str]:
    return {str(n): str(code) for code, names in _data()["places"].items() for n in names}


def placed_currencies(text: str) -> frozenset[str]:
    """The currencies of the places `text` names (currencies.yaml: places), in one scan."""
    currency_of = _place_currencies()
    return frozenset(currency_of[m.group()] for m in _places_pattern().finditer(text))


class CurrencySettler:
    """Settles the shared symbols of one text: explicit writings never come here ("US$", "A$",
    "USD" name one currency each). A shared symbol means what its locale writes so, or the one
    currency of it the article names in full; where the two, or two names, differ, nothing is
    settled (None); where neither says anything, its usual reading stays.

    A currency English copy converts into with the bare symbol (currencies.yaml:
    conversion_currencies, "$" for US dollars) stays a candidate when the article names another
    dollar and no locale is given: "50 million Australian dollars ($33 million)". With no locale
    and no name, an article naming a place whose currency the symbol also writes (currencies.yaml:
    places; "the Canadian government") leaves the usual reading unsettled too."""

    def __init__(self, text: str, locale: str | None, written_codes=()):
        self._text = text
        self._local = locale_currencies(locale) if locale else {}
        self._written = frozenset(written_codes)
        self._named: frozenset[str] | None = None
        self._placed: frozenset[str] | None = None
        self._conversion = frozenset(str(c) for c in _data()["conversion_currencies"])

    def settle(self, surface: str, usual: str | None) -> str | None:
        """The currency `surface` (a shared symbol, or a name settled like one) stands for,
        read as `usual` where the text says nothing."""
        key = symbol_key(surface)
        candidates = _shared_with_extras().get(key)
        if not candidates:
            return usual
        local = self._local.get(key)
        said = self._said(candidates)
        if not said:
            if local or usual is None:
                return local or usual
            # no locale and no currency named: a place named whose currency the symbol also
            # writes leaves the usual reading a guess
            return None if self._places(candidates) - {usual} else usual
        if local:
            said = said | {local}
        elif usual in self._conversion:
            said = said | {usual}
        return next(iter(said)) if len(said) == 1 else None

    def says(self, surface: str) -> bool:
        """Whether the locale or the article's names speak to what a shared symbol is."""
        key = symbol_key(surface)
        candidates = _shared_with_extras().get(key)
        return bool(candidates) and (key in self._local or bool(self._said(candidates)))

    def _places(self, candidates: frozenset[str]) -> frozenset[str]:
        if self._placed is None:  # one scan of the article, and only where it can matter
            self._placed = placed_currencies(self._text)
        return self._placed & candidates

    def _said(self, candidates: frozenset[str]) -> frozenset[str]:
        if self._named is None:  # one scan of the article, and only where a symbol needs it
            self._named = named_currencies(self._text) | self._written
        return self._named & candidates
