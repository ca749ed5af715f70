"""Names in an article -> the subjects the reference data knows (countries, wars, ceasefires).

Generic names ("the war", "the ceasefire") belong to many events; an event is only named by one
when its country is named somewhere in the article, and the event nearest the claim's time wins.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from functools import lru_cache

import regex

from .lexicon import load_data_file
from .model import Subject


@dataclass(frozen=True)
class NameHit:
    """One occurrence of a subject's name in the text."""

    start: int
    end: int
    text: str
    subjects: tuple[str, ...]


_new_object = object.__new__
_set_attribute = object.__setattr__


def _hit(start: int, end: int, text: str, subjects: tuple[str, ...]) -> NameHit:
    """The NameHit that `NameHit(...)` makes, its fields set at once (a frozen dataclass's
    __init__ sets them one object.__setattr__ at a time; an article names dozens)."""
    hit = _new_object(NameHit)
    _set_attribute(hit, "__dict__", {"start": start, "end": end, "text": text,
                                     "subjects": subjects})
    return hit


if tuple(f.name for f in fields(NameHit)) != ("start", "end", "text", "subjects"):
    raise TypeError("_hit must set exactly NameHit's fields")


class SubjectIndex:
    """Finds subject names in text by looking each word up among the aliases' first words."""

    def __init__(self, subjects: dict[str, Subject]):
        self.subjects = subjects
        by_alias: dict[str, set[str]] = {}
        demonyms = _demonyms()
        people: set[str] = set()
        for subject in subjects.values():
            extra = demonyms.get(subject.id, ()) if subject.type == "country" else ()
            for name in _names(subject, extra):
                key = _normal(name)
                if len(key) >= 2:
                    by_alias.setdefault(key, set()).add(subject.id)
            for name in extra:
                people.update((_normal(name), _normal(_plural(name))))
        self.people_names = frozenset(people)
        """A people's names, singular and plural, from demonyms.yaml ("Spaniard", "Spaniards"):
        names a people whatever their shape."""
        self._by_alias = {k: tuple(sorted(v)) for k, v in by_alias.items()}
        # Codes in capitals (SYR, UK, US) match only as written; other names as written,
        # capitalised or in title case, and lower-case phrases ("civil war") in lower case.
        # Looking up exact spellings is many times faster than folding case, and `find` takes
        # the longest name ("Syrian civil war", not "Syrian").
        self._spelling: dict[str, str] = {}
        for alias in self._by_alias:
            # A proper name ("Syria") is not looked for in lower case: every lower-case word
            # would be a place to try, and news copy capitalises names.
            variants = {alias} if alias.isupper() else \
                {alias, alias[:1].upper() + alias[1:], alias.title()}
            if alias[:1].islower():
                variants.add(alias.lower())
            for variant in variants:
                self._spelling.setdefault(variant, alias)
        self._folded = {a.lower(): a for a in self._by_alias if not a.isupper()}
        self._countries: dict[str, str | None] = {}
        self._hit_countries: dict[tuple, tuple[str, ...]] = {}
        self.children: dict[str, list[str]] = {}
        for subject in subjects.values():
            if subject.parent:
                self.children.setdefault(subject.parent, []).append(subject.id)
        self._sizes = _sizes_by_first_word(self._spelling)
        self._pattern = None if self._sizes is not None else _name_pattern(self._spelling)
        self._std_pattern = None  # the names for the `re` module, once enough text has come
        self._scanned = 0
        self.std_pattern_after = STD_CHARS_PER_NAME * len(self._spelling)

    def find(self, text: str) -> list[NameHit]:
        """Every name in `text`, leftmost first, the longest at each place, none overlapping.

        A name starts where a word does and ends before a non-word character: what the pattern
        `\\b(?:name|...)(?!\\w)` of the `regex` module finds (its \\w: letters, combining
        marks, digits, connectors). Three engines give the same hits; `find` takes the fastest
        that applies (bench/bench_startup.py --names compares them):

        * words: each word of the text looked up in a dict of the names' first words. Nothing
          to compile, so a run that checks one article starts at once.
        * the standard `re` module, with the names as one prefix-factored pattern: 2-3 times
          as fast per character, but compiling it costs as much as scanning a few hundred KB
          (more with more names), so it is compiled only once that much text has come (a
          corpus run). Its \\w differs from `regex`'s at combining marks and some other
          characters: a text holding any such character is read by words instead.
        * the `regex` module's pattern, for names that start with a non-word character.
        """
        if self._pattern is not None:
            return self._matches(self._pattern, text)
        self._scanned += len(text)
        if self._std_pattern is None and self._scanned > self.std_pattern_after:
            self._std_pattern = _std_name_pattern(self._spelling) or False
        if self._std_pattern and _engines_agree(text):
            return self._matches(self._std_pattern, text)
        return self._words(text)

    def _words(self, text: str) -> list[NameHit]:
        hits = []
        sizes_of, spelling, by_alias = self._sizes.get, self._spelling, self._by_alias
        word_at, length, taken = _WORD_CHAR.match, len(text), 0
        for word in _WORD_RUN.finditer(text):
            start = word.start()
            sizes = sizes_of(word.group()) if start >= taken else None
            if sizes is None:
                continue
            for size in sizes:
                end = start + size
                if end > length:
                    continue
                surface = text[start:end]
                if surface in spelling and (end == length or word_at(text, end) is None):
                    hits.append(_hit(start, end, surface, by_alias[spelling[surface]]))
                    taken = end
                    break
        return hits

    def _matches(self, pattern, text: str) -> list[NameHit]:
        spelling, by_alias = self._spelling, self._by_alias
        return [_hit(m.start(), m.end(), surface, by_alias[spelling[surface]])
                for m in pattern.finditer(text) for surface in (m.group(),)]

    def lookup(self, word: str) -> tuple[str, ...]:
        """The subjects one word or phrase names exactly ("Afghans" -> ("AFG",)), or ()."""
        key = self._spelling.get(word) or self._folded.get(_normal(word).lower())
        return self._by_alias.get(key, ()) if key else ()

    def countries_in(self, hits: list[NameHit]) -> list[str]:
        """Countries the article is about, most named first (ties: first named).

        A city or an event counts for its country: an article that names Aleppo and the civil
        war is about Syria even if it names Russia as often as Syria.
        """
        counts: dict[str, int] = {}
        known = self._hit_countries
        for hit in hits:
            key = (hit.text, hit.subjects)
            found = known.get(key)
            if found is None:
                found = known[key] = self._countries_named(hit)
            for country in found:
                counts[country] = counts.get(country, 0) + 1
        return sorted(counts, key=lambda s: -counts[s])

    def _countries_named(self, hit: NameHit) -> tuple[str, ...]:
        """The countries one name counts for (kept per spelling and subjects: an article
        names the same few many times)."""
        alias = self._spelling[hit.text]
        if not _PROPER_WORD.search(alias[4:] if alias.lower().startswith("the ") else alias):
            # "the war", "ceasefire": a generic word says nothing of the country ("the war
            # in Syria" names one).
            return ()
        return tuple({self._country_of(sid) for sid in hit.subjects} - {None})

    def _country_of(self, sid: str) -> str | None:
        if sid not in self._countries:
            self._countries[sid] = self._find_country(sid)
        return self._countries[sid]

    def _find_country(self, sid: str) -> str | None:
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            subject = self.subjects.get(sid)
            if subject is None:
                return None
            if subject.type == "country":
                return sid
            sid = subject.parent
        return None

    def choose(self, candidates: tuple[str, ...], countries: list[str],
               when: dt.date | None) -> str | None:
        """Pick one subject among those sharing a name: named country first, then nearest in time."""
        usable = [sid for sid in candidates
                  if self.subjects[sid].type in ("country", "region", "city")
                  or not self.subjects[sid].parent or self.subjects[sid].parent in countries]
        if not usable:
            return None
        if sum(self.subjects[sid].type == "country" for sid in usable) > 1:
            return None  # "Congo" names two countries: which one, the text does not say
        if len(usable) == 1 or when is None:
            return usable[0]
        return min(usable, key=lambda sid: _distance(self.subjects[sid], when))


_DEMONYM = regex.compile(r"(?:[^t]an|i)\Z")
_PROPER_WORD = regex.compile(r"(?<!\w)\p{Lu}")
_WORD_RUN = regex.compile(r"\w+")
_WORD_CHAR = regex.compile(r"\w")


def _sizes_by_first_word(spellings) -> dict[str, tuple[int, ...]] | None:
    """The first word of each name -> the lengths of the names starting with it, longest first.

    A name found at a word of the text begins with that whole word (the name's first word ends
    before a non-word character, or the name ends there and so must the text's word). None when
    a name starts with a non-word character ("(the) Gambia"): such a name can start inside a
    run of punctuation, which words do not show, so the compiled pattern finds names instead."""
    sizes: dict[str, set[int]] = {}
    for name in spellings:
        first = _WORD_RUN.match(name)
        if first is None:
            return None
        sizes.setdefault(first.group(), set()).add(len(name))
    return {word: tuple(sorted(found, reverse=True)) for word, found in sizes.items()}


def _name_source(spellings) -> str:
    from .lexicon import trie_pattern
    return rf"\b(?:{trie_pattern(sorted(spellings))})(?![\w])"


def _name_pattern(spellings):
    """The names as one prefix-factored pattern of the `regex` module: what `find` matches.
    A prefix-factored alternation of literals never backtracks further than one name's length."""
    return regex.compile(_name_source(spellings))


def _std_name_pattern(spellings):
    """The same pattern for the standard `re` module, or None if `re` cannot compile it."""
    # A look ahead at the names' first characters lets the engine pass over the other places
    # at once (about a seventh faster; a name starts with one of them, so the same matches).
    first = "".join(sorted({re.escape(name[0]) for name in spellings}))
    try:
        return re.compile(f"(?=[{first}])" + _name_source(spellings))
    except (re.error, RecursionError, OverflowError):
        return None


STD_CHARS_PER_NAME = 50
"""Characters an index scans by words, per spelling of a name, before it compiles the names for
`re` (55,000 characters for the bundled 1,096 spellings: about ten news articles, so checking
one article never compiles them). Compiling costs about what scanning 300 characters per
spelling by words would save (bench/bench_startup.py --names: 13-20 ms); switching sooner
costs a short run at most that once, and gives a corpus run the faster engine from its
tenth article on."""

_AGREE: dict[str, bool] = {}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _engines_agree(text: str) -> bool:
    """True when `re` and `regex` agree on which characters of `text` are word characters, so
    that their \\b and \\w decide alike. ASCII always agrees; other characters are compared
    one distinct character at a time, and remembered."""
    if text.isascii():
        return True
    agree = _AGREE
    for ch in set(_NON_ASCII.findall(text)):  # (one quick scan, not a set of every character)
        same = agree.get(ch)
        if same is None:
            same = (_WORD_CHAR.match(ch) is not None) == (ch.isalnum() or ch == "_")
            if len(agree) < 20_000:  # news uses a few thousand characters: memory stays small
                agree[ch] = same
        if not same:
            return False
    return True


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, tuple[str, ...]]:
    return {code: tuple(names) for code, names in load_data_file("demonyms.yaml").items()}


def _names(subject: Subject, extra: tuple[str, ...] = ()):
    """A subject's name and aliases, and for a country the plural of its people's name
    ("Venezuelan" -> "Venezuelans"), which news copy uses more than the country's own name."""
    yield subject.name
    for alias in subject.aliases:
        yield alias
        if subject.type == "country" and alias[:1].isupper() and _DEMONYM.search(alias):
            yield alias + "s"
    for name in extra:  # a people's name, whatever its shape: "Spaniard" -> "Spaniards"
        yield name
        yield _plural(name)


_INVARIANT = ("ese", "sh", "ch", "s", "x", "z", "y", "men")


def _plural(name: str) -> str:
    """A people's name in the plural: "Spaniard" -> "Spaniards"; "Sudanese", "Swiss", "Turkmen"
    are their own plural."""
    return name if name.endswith(_INVARIANT) else name + "s"


def _distance(subject: Subject, when: dt.date) -> int:
    if subject.start is None:
        return 10**6
    end = subject.end or subject.start
    if subject.start <= when <= end:
        return 0
    return min(abs((subject.start - when).days), abs((end - when).days))


def _normal(name: str) -> str:
    return " ".join(name.replace("’", "'").split())
