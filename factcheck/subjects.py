"""Names in an article -> the subjects the reference data knows (countries, wars, ceasefires).

Generic names ("the war", "the ceasefire") belong to many events; an event is only named by one
when its country is named somewhere in the article, and the event nearest the claim's time wins.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import load_data_file, trie_pattern
from .model import Subject


@dataclass(frozen=True)
class NameHit:
    """One occurrence of a subject's name in the text."""

    start: int
    end: int
    text: str
    subjects: tuple[str, ...]


class SubjectIndex:
    """Finds subject names in text with one compiled pattern over every alias."""

    def __init__(self, subjects: dict[str, Subject]):
        self.subjects = subjects
        by_alias: dict[str, set[str]] = {}
        demonyms = _demonyms()
        for subject in subjects.values():
            extra = demonyms.get(subject.id, ()) if subject.type == "country" else ()
            for name in _names(subject, extra):
                key = _normal(name)
                if len(key) >= 2:
                    by_alias.setdefault(key, set()).add(subject.id)
        self._by_alias = {k: tuple(sorted(v)) for k, v in by_alias.items()}
        # Codes in capitals (SYR, UK, US) match only as written; other names as written,
        # capitalised or in title case, and lower-case phrases ("civil war") in lower case. One case-sensitive, prefix-factored pattern over
        # all those spellings is many times faster than a case-insensitive one, and matches the
        # longest name ("Syrian civil war", not "Syrian").
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
        self.children: dict[str, list[str]] = {}
        for subject in subjects.values():
            if subject.parent:
                self.children.setdefault(subject.parent, []).append(subject.id)
        self._pattern = regex.compile(
            rf"\b(?:{trie_pattern(sorted(self._spelling))})(?![\w])")

    def find(self, text: str) -> list[NameHit]:
        hits = []
        for match in self._pattern.finditer(text, timeout=max(2.0, len(text) / 50_000)):
            surface = match.group()
            hits.append(NameHit(match.start(), match.end(), surface,
                                self._by_alias[self._spelling[surface]]))
        return hits

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
        for hit in hits:
            alias = self._spelling[hit.text]
            if (alias[4:] if alias.lower().startswith("the ") else alias)[:1].islower():
                continue  # "the war", "ceasefire": a generic word says nothing of the country
            for country in {self._country_of(sid) for sid in hit.subjects} - {None}:
                counts[country] = counts.get(country, 0) + 1
        return sorted(counts, key=lambda s: -counts[s])

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


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, tuple[str, ...]]:
    return {code: tuple(names) for code, names in load_data_file("demonyms.yaml").items()}


def _names(subject: Subject, extra: tuple[str, ...] = ()):
    """A subject's name and aliases, and for a country the plural of its people's name
    ("Venezuelan" -> "Venezuelans"), which news copy uses more than the country's own name."""
    yield subject.name
    for alias in subject.aliases + extra:
        yield alias
        if subject.type == "country" and alias[:1].isupper() and _DEMONYM.search(alias):
            yield alias + "s"


def _distance(subject: Subject, when: dt.date) -> int:
    if subject.start is None:
        return 10**6
    end = subject.end or subject.start
    if subject.start <= when <= end:
        return 0
    return min(abs((subject.start - when).days), abs((end - when).days))


def _normal(name: str) -> str:
    return " ".join(name.replace("’", "'").split())
