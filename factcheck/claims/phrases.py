"""A number's own phrase: the words that say what it counts, read before anything else.

    "its 5 million inhabitants"        possessor "its", head "inhabitants"
    "Brazil's 214 million people"      possessor "Brazil's", head "people"
    "with 44 million people, Ukraine"  opener "with", head "people"
    "6 million of them as refugees"    head words "of them as refugees" (in its clause)

The phrase is read from a bounded window on either side of the number, and the clause is the
span between the clause breaks around it (context.SentenceContext.clause), so reading it costs
the same for every number whatever the sentence's length.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from ..lexicon import number_lexicon
from ..model import Mention
from .context import SentenceContext
from .vocabulary import ends_in_none, vocabulary

HEAD_WORDS = 3  # words after the number that can be its head noun and modifiers
_HEAD = regex.compile(r"[\s\-]{1,3}(?P<words>[\p{L}’'\-]{1,30}(?:\s{1,3}[\p{L}’'\-]{1,30}){0,%d})"
                      % (HEAD_WORDS - 1))
# Words that end a noun phrase: a verb or preposition starts what is said about it.
_STOP = frozenset("""of in on at by for from to into with within across among inside outside
have has had were was are is be been being will would could may might who which that and or
as since after before during than while whose where""".split())
# A people's name in the plural ("Nigerians", "Sudanese", "Afghans") ends a head too.
_PEOPLE_PLURAL = regex.compile(r"\A\p{Lu}\p{L}{2,}(?:ans|ese|is|ish|ns)\Z")
# Its endings ("ans" ends in "ns") and capitals, tested first (\p{Lu} is A-Z in ASCII; other
# capitals are left to the pattern, whose Unicode tables may be newer than str.isupper's).
_PEOPLE_ENDS = ("ese", "is", "ish", "ns")
_POSSESSOR = regex.compile(
    r"(?r)(?P<owner>\b\p{Lu}[\w\-]{1,40}(?:\s{1,3}\p{Lu}[\w\-]{1,40}){0,2})['’]s?\s{1,3}\Z")


_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


class QuantityPhrase(NamedTuple):
    """A number and the words around it that can say what it counts and whose it is (a tuple:
    one is made for every number, and a tuple is made in a third of a dataclass's time)."""

    mention: Mention
    clause: tuple[int, int]
    head: tuple[str, ...]
    """The words right after the number up to the first verb or preposition: ("people",),
    ("Syrian", "refugees"), ("internally", "displaced", "people")."""
    head_end: int
    possessor: str | None
    """A proper name in the possessive right before the number ("Brazil's"), or None."""
    possessor_start: int | None
    country_possessor: str | None
    """"the country's" or "its" right before the number, or None."""
    opener: str | None
    """"with", "a country of", "home to" right before the number, or None."""

    @property
    def head_noun(self) -> str | None:
        return self.head[-1] if self.head else None


@lru_cache(maxsize=1)
def _head_nouns() -> frozenset[str]:
    return vocabulary().population_heads | number_lexicon().count_nouns


def chunk(mention: Mention, text: str, context: SentenceContext) -> QuantityPhrase:
    """Read the phrase around `mention` (bounded windows, no scan of the sentence)."""
    v = vocabulary()
    nouns = _head_nouns()
    clause = context.clause(mention.start, mention.end)
    head: list[str] = []
    head_end = mention.end
    following = _HEAD.match(text, mention.end, min(clause[1], mention.end + 100))
    if following:
        offset = following.start("words")
        for word in following.group("words").split():
            lowered = word.lower()
            if lowered in _STOP:
                break
            head.append(word)
            offset = text.index(word, offset) + len(word)
            head_end = offset
            if lowered in nouns or ((word[0].isupper() or not word[0].isascii())
                                    and word.endswith(_PEOPLE_ENDS)
                                    and _PEOPLE_PLURAL.search(word)):
                break  # "221 million people elected ...": the head ends at its noun
    lo = max(clause[0], mention.start - 60)
    # Both possessives end right before the number ("'s", "its"): a look at the last few
    # characters spares the two backward searches for most numbers.
    tail = text[max(lo, mention.start - 6):mention.start].rstrip()
    owned = tail.endswith(_POSSESSIVE_ENDS)
    owner = _POSSESSOR.match(text, lo, mention.start) if owned else None  # (?r): at the number
    country = v.country_possessor.match(text, max(clause[0], mention.start - 20), mention.start) \
        if tail.lower().endswith(v.country_possessor_ends) else None
    opener_lo = max(context.sentence.start, mention.start - 30)
    opener = None if ends_in_none(text, opener_lo, mention.start, v.population_opener_ends) \
        else v.population_opener.match(text, opener_lo, mention.start)
    return QuantityPhrase(
        mention=mention, clause=clause, head=tuple(head), head_end=head_end,
        possessor=owner.group("owner") if owner else None,
        possessor_start=owner.start() if owner else None,
        country_possessor=country.group().strip() if country else None,
        opener=" ".join(opener.group().split()) if opener else None)
