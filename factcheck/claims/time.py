"""When a claim is about: the words of the number's clause first, then of its sentence, else the
publication date. A duration runs to the publication date. "pre-war", "before the invasion"
mean the start of the event (resolved once the subject is known, in resolve_before_event).

Each clause and sentence is searched once and the answer kept, so a sentence of many numbers
is not searched once per number.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import fields
from typing import NamedTuple

import regex

from ..lexicon import trie_pattern
from ..limits import year_number
from ..model import Article, TimeScope
from ..subjects import SubjectIndex
from .context import SentenceContext
from .vocabulary import vocabulary

_SINCE = regex.compile(r"\bsince\s{1,3}(?:(?P<year>\d{4})\b|(?:it|the\s{1,3}\w{1,20}(?:\s\w{1,20})?)\s{1,3}(?:began|started|erupted|broke\s{1,3}out))",
                       regex.IGNORECASE)
_IN_YEAR = regex.compile(r"\b(?:in|during|by\s{1,3}the\s{1,3}end\s{1,3}of|at\s{1,3}the\s{1,3}end\s{1,3}of|end-?|by"
                         r"|(?:in|during|after|before)\s{1,3}the\s{1,3}[\w\-]{1,20}(?:\s{1,3}[\w\-]{1,20})?\s{1,3}of)"
                         r"\s{0,3}(?:the\s{1,3})?(?P<year>(?:19|20)\d{2})\b(?![,.]?\d)",
                         regex.IGNORECASE)
# Month and weekday names from the calendar module rather than lists of our own.
_IN_MONTH = regex.compile(r"\b(?:in|during|since|by)\s{1,3}(?P<month>"
                          + "|".join(calendar.month_name[1:])
                          + r")\b(?:\s{1,3}(?P<year>(?:19|20)\d{2}))?", regex.IGNORECASE)
_ON_WEEKDAY = regex.compile(r"\b(?:on|this|next|last)\s{1,3}(?P<day>" + "|".join(calendar.day_name)
                            + r")\b", regex.IGNORECASE)
# The names the patterns above were built from, numbered once (calendar formats each on every read).
_MONTH_NUMBER = {name: number for number, name in enumerate(calendar.month_name) if name}
_WEEKDAY_NUMBER = {name: number for number, name in enumerate(calendar.day_name)}


_new_object = object.__new__
_set_attribute = object.__setattr__


def scope_at(at: dt.date | None) -> TimeScope:
    """The TimeScope that `TimeScope(at=at)` makes, its fields set at once (a frozen
    dataclass's __init__ sets them one object.__setattr__ at a time; most numbers get one)."""
    scope = _new_object(TimeScope)
    _set_attribute(scope, "__dict__", {"at": at, "start": None, "end": None, "text": None})
    return scope


if tuple(f.name for f in fields(TimeScope)) != ("at", "start", "end", "text") \
        or any(f.default is not None for f in fields(TimeScope)):
    raise TypeError("scope_at must set exactly TimeScope's fields, the others to their defaults")


class TimeReading(NamedTuple):
    scope: TimeScope
    before_event: str | None = None
    """The words ("pre-war") when the claim is about the time before an event began."""


PHRASE_REACH = 50  # characters around a number's phrase in which "pre-war" can qualify it


def time_of(context: SentenceContext, clause: tuple[int, int], article: Article,
            phrase_span: tuple[int, int]) -> TimeReading:
    """The time of a number in `clause` of the sentence in `context`; "pre-war" only when it
    stands in the number's own phrase ("the pre-war population of 22 million", "half the
    country's pre-war population")."""
    # Not bound by the clause before the number: "Before the war, Syria had 30 million people".
    lo = max(context.sentence.start, phrase_span[0] - PHRASE_REACH)
    hi = min(clause[1], phrase_span[1] + PHRASE_REACH)
    v = vocabulary()
    window = article.text[lo:hi].lower()
    before = v.before_event.search(article.text, lo, hi) \
        if any(map(window.__contains__, v.before_event_starts)) else None
    if before is not None and before.end() <= phrase_span[0] \
            and _AFTER_A_NUMBER.search(article.text, max(lo, before.start() - 30), before.start()):
        # "estimated at 41 million before the invasion, has shrunk to 37.7 million": the words
        # date the number they follow, not this one.
        before = None
    if before is None:
        # "Before the full-scale invasion, Ukraine had ... 44 million": a phrase that opens the
        # number's clause dates all of it, however far the number is (not the clause after a
        # ";": "...; today it is about 38 million").
        first = _first_word(article.text, context.sentence.start, phrase_span[0])
        opening = article.text[first:phrase_span[0]]
        # (An ASCII clause opening with none of the phrases cannot match: no need to try.)
        before = None if opening.isascii() and not opening.lower().startswith(
            v.before_event_phrases) else v.before_event.match(article.text, first, phrase_span[0])
        if before and clause[0] > before.end() and _CLAUSE_END.search(
                article.text, before.end(), clause[0] + 1):
            before = None
    words = before.group() if before else None
    key = ("time", clause)
    if key not in context.cache:
        scope = _scope(article, *clause)
        if scope is None and clause[0] > context.sentence.start:
            # "In 2015, 4.9 million ...": time words in the clauses before the number's; not
            # those after it ("4.9 million refugees, up from 1 million in 2013").
            scope = _scope(article, context.sentence.start, clause[0])
        context.cache[key] = scope or scope_at(article.date)
    return TimeReading(context.cache[key], words)


_AFTER_A_NUMBER = regex.compile(r"(?r)\d(?:\s{1,3}(?:million|billion|thousand|lakh|crore|people|"
                                r"inhabitants|residents))?\s{1,3}\Z", regex.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:\u2014\u2013]")  # a clause of its own after the opening phrase


def _first_word(text: str, lo: int, hi: int) -> int:
    """The offset of the first non-space character in text[lo:hi] (hi if none)."""
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


_FUTURE = regex.compile(r"\b(?:will|shall|is\s{1,3}due|are\s{1,3}due|is\s{1,3}set\s{1,3}to|are\s{1,3}set\s{1,3}to)\b",
                        regex.IGNORECASE)
# Every time phrase above holds one of these: a clause with none is dated by nothing.
# (The standard library's engine: a plain alternation, searched in every clause with a number.)
_ANY_TIME_WORD = re.compile(r"since|(?:19|20)\d\d|" + "|".join(calendar.month_name[1:])
                            + "|" + "|".join(calendar.day_name), re.IGNORECASE)


# The same words in lower case, searched without IGNORECASE in the lower-cased text (several
# times faster); kept only where lower-casing moves no offset and no letter that IGNORECASE
# would also match ("ı", "ſ", "İ", "K") is in the text, so the answer is the same.
_ANY_TIME_WORD_LOWER = re.compile(r"(?:19|20)\d\d|" + trie_pattern(
    ["since"] + [w.lower() for w in calendar.month_name[1:] + list(calendar.day_name)]))
_LOWERED: list = [("", "")]  # (the text last read, its lower-cased copy or None)


def _has_time_word(text: str, lo: int, hi: int) -> bool:
    entry = _LOWERED[0]
    if entry[0] is not text:
        low = text.lower()
        usable = len(low) == len(text) and not any(c in text for c in "\u0130\u0131\u017f\u212a")
        entry = _LOWERED[0] = (text, low if usable else None)
    if entry[1] is None:
        return _ANY_TIME_WORD.search(text, lo, hi) is not None
    return _ANY_TIME_WORD_LOWER.search(entry[1], lo, hi) is not None


def _scope(article: Article, lo: int, hi: int) -> TimeScope | None:
    text = article.text
    published = article.date
    if not _has_time_word(text, lo, hi):
        return None
    since = _SINCE.search(text, lo, hi)
    if since and (not since.group("year") or year_number(since.group("year"))):
        start = dt.date(year_number(since.group("year")), 1, 1) if since.group("year") else None
        return TimeScope(at=published, start=start, end=published, text=since.group())
    year = _IN_YEAR.search(text, lo, hi)
    if year and year_number(year.group("year")):
        y = year_number(year.group("year"))
        return TimeScope(at=dt.date(y, 12, 31), start=dt.date(y, 1, 1), end=dt.date(y, 12, 31),
                         text=year.group())
    month = _IN_MONTH.search(text, lo, hi)
    if month and published and (not month.group("year") or year_number(month.group("year"))):
        number = _MONTH_NUMBER[month.group("month").capitalize()]
        if month.group("year"):
            y = year_number(month.group("year"))
        elif _FUTURE.search(text, lo, hi):
            # "will rise by 5 per cent in April": the coming April, after publication (so the
            # figures of the publication date are the ones in force).
            y = published.year if number >= published.month else published.year + 1
        else:
            y = published.year if number <= published.month else published.year - 1
        last = calendar.monthrange(y, number)[1]
        return TimeScope(at=dt.date(y, number, last), start=dt.date(y, number, 1),
                         end=dt.date(y, number, last), text=month.group())
    weekday = _ON_WEEKDAY.search(text, lo, hi)
    if weekday and published:
        target = _WEEKDAY_NUMBER[weekday.group("day").capitalize()]
        ahead = (target - published.weekday()) % 7
        day = published + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
        return TimeScope(at=day, text=weekday.group())
    return None


def resolve_before_event(words: str, subject: str | None, index: SubjectIndex,
                         published: dt.date | None, share: bool = False) -> TimeScope | None:
    """"pre-war" for a country: the day before its war (the latest begun by publication) began.
    For a share ("half the pre-war population has fled") only the whole is pre-war: the scope
    runs from the war's start (the base's date) to publication (the part's date)."""
    if subject is None:
        return None
    known = index.subjects[subject]
    if known.type != "country" and known.start:
        return _before(words, known, published, share)
    events = [index.subjects[sid] for sid in index.children.get(subject, ())
              if index.subjects[sid].type == "war" and index.subjects[sid].start
              and (published is None or index.subjects[sid].start <= published)]
    if not events:
        return None
    return _before(words, max(events, key=lambda e: e.start), published, share)


def _before(words: str, event, published: dt.date | None, share: bool) -> TimeScope:
    eve = event.start - dt.timedelta(days=1)
    text = f"{words} (before {event.name} began {event.start.isoformat()})"
    if share:
        return TimeScope(at=published, start=eve, end=published, text=text)
    return TimeScope(at=eve, text=text)
