"""Mentions -> claims: what each number counts or measures, about which subject, at what time.

Claim understanding reads each number in four steps, one module each:

  phrases.py   the number's own phrase: head noun, possessor, opener, and its clause;
  measure.py   what it counts, from that phrase first, then its clause, then its sentence;
  subject.py   whose number it is, from the names the text ties to it (never a guess);
  time.py      when: the clause's or sentence's time words, else the publication date.

A number becomes a claim when the text says what it measures. Every claim keeps the words its
measure, subject and time were read from, so a reviewer sees a wrong attachment at a glance.
The word lists are data: factcheck/data/measures.yaml, phrasings.yaml, time_words.yaml.
"""

from __future__ import annotations

import calendar
import datetime as dt
from bisect import bisect_left
from dataclasses import fields, replace
from functools import lru_cache

import regex

from ..lexicon import load_data_file
from ..mentions import find_mentions
from ..model import Article, Claim, Kind, Mention, TimeScope
from ..sentences import split_sentences
from ..subjects import SubjectIndex
from .context import ArticleContext
from .measure import (FLED_IN_PERIOD_RULE, OWNED_REFUGEES_RULE, WHOLE_RULE, Reading, denominator,
                      listed, measure_of, name_unknown, rejects)
from .phrases import chunk
from .subject import SubjectReading, event_start, host_of, possessor_country, subject_of
from .time import resolve_before_event, scope_at, time_of
from .vocabulary import ends_in_none, vocabulary

__all__ = ["extract_claims", "CLAIM_KINDS"]

CLAIM_KINDS = {Kind.COUNT, Kind.NUMBER, Kind.RANGE, Kind.FRACTION, Kind.PERCENT, Kind.DURATION,
               Kind.MONEY}


def extract_claims(article: Article, index: SubjectIndex | None = None,
                   mentions: list[Mention] | None = None) -> list[Claim]:
    """The checkable claims of an article, in text order."""
    if mentions is None:
        mentions = find_mentions(article.text, article.locale)
    candidates = [m for m in _one_in_n(_event_ages(mentions, article.text), article.text)
                  if m.kind in CLAIM_KINDS and m.style != "age"
                  and (m.value is not None or m.is_range)]
    if not candidates:
        return []
    context = ArticleContext(article, split_sentences(article.text), index)
    claims: list[Claim] = []
    for mention in candidates:
        claim = _claim_for(mention, context)
        if claim is None:
            continue
        previous = claims[-1] if claims else None
        if claim.denominator and previous and previous.sentence_start == claim.sentence_start \
                and previous.measure != "population" and _OF_THEM.match(article.text, mention.end):
            # "displaced 20 million Syrians, half of them abroad": a share of that count, not of
            # the population, and the reference holds no such share.
            claim = replace(claim, unresolved="share-of-a-count")
        claims.append(claim)
    return claims


_OF_THEM = regex.compile(r"\s{1,3}of\s{1,3}(?:them|whom|those)\b", regex.IGNORECASE)


_AGE_UNIT = regex.compile(r"[\s\-](?P<unit>hour|day|week|month|year)s?[\s\-]old\Z",
                          regex.IGNORECASE)


def _event_ages(mentions: list[Mention], text: str) -> list[Mention]:
    """"the 10-year-old Syrian war": an age written before an event noun (measures.yaml,
    event_nouns) is how long the event has lasted, a duration; before anything else ("a
    10-year-old girl") it stays an age, no claim."""
    if not any(m.style == "age" for m in mentions):
        return mentions
    event_noun = vocabulary().event_noun
    out = []
    for m in mentions:
        unit = _AGE_UNIT.search(m.text) if m.style == "age" and m.value is not None else None
        if unit and event_noun.match(text, m.end, min(len(text), m.end + 60)):
            m = replace(m, kind=Kind.DURATION, unit=unit.group("unit").lower(),
                        style="plain" if m.text[:1].isdigit() else "words")
        out.append(m)
    return out


_ONE_IN_GAP = regex.compile(r"\s{1,3}(?:in|out\s{1,3}of)\s{1,3}\Z")


def _one_in_n(mentions: list[Mention], text: str) -> list[Mention]:
    """"nearly one in ten" read as two numbers ("nearly one", "ten") is one share, 1/10: a
    share of its base, not a count of one. One pass over adjacent mentions."""
    out: list[Mention] = []
    skip = False
    last = len(mentions) - 1
    counts = (Kind.NUMBER, Kind.COUNT)
    for i, m in enumerate(mentions):
        if skip:
            skip = False
            continue
        # (The kind first: most numbers are no count or number of one.)
        if (i < last and m.kind in counts and m.value == 1
                and (n := mentions[i + 1]).kind in counts and n.value and n.value > 1
                and n.start - m.end <= 10 and _ONE_IN_GAP.fullmatch(text, m.end, n.start)):
            out.append(replace(m, end=n.end, text=text[m.start:n.end], kind=Kind.FRACTION,
                               value=1 / n.value, style=m.style))
            skip = True
            continue
        out.append(m)
    return out


def _claim_for(mention: Mention, article: ArticleContext) -> Claim | None:
    if rejects(mention, article.text, article.index):
        return None
    context = article.sentence_at(mention.start)
    if context is None:
        return None
    if _cannot_be_a_claim(mention, context, article):
        return None
    phrase = chunk(mention, article.text, context)
    reading = measure_of(phrase, context, article)
    if reading is None:
        return None
    index = article.index
    published = article.article.date
    # A duration runs to the publication date (or the event's end): "the seven-year war, which
    # began in March 2011" is seven years long now, not in March 2011. Its clause's time words
    # are not read at all.
    if reading.measure == "duration":
        time_reading, time = None, scope_at(published)
    else:
        time_reading = time_of(context, phrase.clause, article.article,
                               (mention.start, phrase.head_end))
        time = _own_year(mention, phrase, time_reading.scope, article.text, published)
    host = host_of(phrase, reading.words, context, article) \
        if reading.measure == "refugees" else None
    if reading.measure in ("displaced", "refugees") and reading.words \
            and reading.words.split()[0].lower() in _MOVED \
            and _in_a_period(article.text, phrase.head_end, phrase.clause[1], published):
        reading = Reading(reading.measure, reading.words, FLED_IN_PERIOD_RULE, reading.denominator)
    if reading.measure == "refugees" and host is None and reading.rule != WHOLE_RULE \
            and not reading.denominator and possessor_country(phrase, context, index):
        reading = Reading(reading.measure, reading.words, OWNED_REFUGEES_RULE)
    subject = subject_of(phrase, reading.measure, time.at or time.end, context, article, host)
    if reading.rule == "a population phrasing" and phrase.opener and " of" in phrase.opener \
            and subject.subject and _other_country_opens(subject.subject, context, article):
        # "Lebanon ... after the war with Israel, in a country of 5.8 million": the country the
        # phrase is about is the sentence's, not the name nearest it; which, the text leaves open
        subject = SubjectReading(None, "(a country of …: the sentence names another country first)")
    if host and host == subject.subject:
        # "Uganda hosts 1.6 million refugees" in a story about Uganda: whose refugees, the text
        # does not say.
        subject = SubjectReading(None, f"(refugees in {index.subjects[host].name}: origin not named)")
    if reading.measure == "refugees" and reading.denominator == "population" and not host \
            and subject.subject:
        origin = _refugees_named_by_origin(reading.words, subject.subject, mention, context, index)
        if origin:
            # "One in five Lebanese residents is a Syrian refugee": Syria's refugees, as a share
            # of the country that hosts them.
            host, subject = subject.subject, SubjectReading(origin[0], origin[1])
    unresolved = None
    marker_lo = max(context.sentence.start, mention.start - 20)
    part = _PART_MARKER.match(article.text, marker_lo, mention.start) \
        if reading.measure not in ("duration", "population") and not reading.denominator \
        and not ends_in_none(article.text, marker_lo, mention.start, _PART_MARKER_ENDS) else None
    if part and not _names_a_component(reading.words, reading.measure, part.start(), phrase,
                                       context):
        unresolved = "part-named"  # "killed 301,781 people, including 86,692 civilians"
    if unresolved is None and reading.measure in _PART_MEASURES and index \
            and " in " in article.text[phrase.head_end:phrase.head_end + 30]:
        placed = _placed_in().match(article.text, phrase.head_end, min(len(article.text), phrase.head_end + 70))
        if placed and _unknown_place(placed.group("place"), index):
            # "1.8 million in Borno state": the people of a place the reference does not hold
            unresolved = "part-placed"
            subject = SubjectReading(subject.subject, placed.group().strip())
    if unresolved is None and reading.measure in ("deaths", "injured"):
        incident = vocabulary().incident.search(  # within a window of the number: linear
            article.text, max(phrase.clause[0], mention.start - 120), min(phrase.clause[1], mention.end + 120))
        if incident:  # "an air strike on a convoy killed about 20 civilians"
            unresolved = "incident"
            subject = SubjectReading(subject.subject, incident.group().strip())
    share = reading.denominator == "population"
    if time_reading and time_reading.before_event and (reading.measure == "population" or share) \
            and index:
        # "Ukraine's pre-war population": the figure in force when the event began.
        before = resolve_before_event(time_reading.before_event, subject.subject, index,
                                      published, share)
        if before:
            time = before
        else:
            unresolved = "no-event-start"
            time = TimeScope(text=time_reading.before_event)
    if time.at and published and time.at.year > published.year and reading.measure != "duration" \
            and _projects(mention, context, article.text):
        # "Nigeria's population could reach 400 million by 2050": a projection, which figures
        # of the publication date neither confirm nor contradict.
        unresolved = "projection"
    if mention.kind == Kind.MONEY and article.countries:
        mention = _local_currency(mention, article.countries[0])
    if time.text and time.start is None and "since" in time.text.lower() and index:
        # "since it began": the event named in the sentence (or the article) that has a start.
        start = event_start(index, context, article, subject.subject)
        if start:
            time = TimeScope(at=time.at, start=start, end=published, text=time.text)
    sentence = context.sentence
    return _claim(mention, reading.measure, sentence.text, sentence.start, subject.subject,
                  subject.words, reading.words, time, reading.denominator, host, reading.rule,
                  bool(reading.words) and reading.words.lower() in vocabulary().wider_triggers,
                  unresolved)


_new_object = object.__new__
_set_attribute = object.__setattr__


def _claim(mention: Mention, measure: str, sentence: str, sentence_start: int,
           subject: str | None, subject_text: str | None, measure_text: str | None,
           time: TimeScope, denominator: str | None, host: str | None, measure_rule: str | None,
           counts_wider_group: bool, unresolved: str | None) -> Claim:
    """The Claim that `Claim(...)` makes, every field given, set at once (a frozen dataclass's
    __init__ sets them one object.__setattr__ at a time, and an article has many claims)."""
    claim = _new_object(Claim)
    _set_attribute(claim, "__dict__", {
        "mention": mention, "measure": measure, "sentence": sentence,
        "sentence_start": sentence_start, "subject": subject, "subject_text": subject_text,
        "measure_text": measure_text, "time": time, "denominator": denominator, "host": host,
        "measure_rule": measure_rule, "counts_wider_group": counts_wider_group,
        "unresolved": unresolved})
    return claim


if tuple(f.name for f in fields(Claim)) != _claim.__code__.co_varnames[:13]:
    raise TypeError("_claim must take exactly Claim's fields, in order")


_PART_MEASURES = frozenset({"population", "displaced", "idps", "refugees", "deaths", "injured"})
@lru_cache(maxsize=1)
def _placed_in() -> regex.Pattern:
    """ "in" and a capitalised name right after a number's head, with the head's people words
    and a part noun after the name (phrasings.yaml: population_heads, part_nouns)."""
    return regex.compile(
        r"\s{1,3}(?:(?:" + listed("population_heads") + r"|of\s{1,3}them|of\s{1,3}whom)\s{1,3})?in\s{1,3}"
        r"(?P<place>(?-i:\p{Lu})[\p{L}\-]{1,30}(?:\s{1,3}(?-i:\p{Lu})[\p{L}\-]{1,30}){0,2})"
        r"(?:\s{1,3}(?:" + listed("part_nouns") + r"))?\b", regex.IGNORECASE)


def _unknown_place(place: str, index) -> bool:
    """Whether a capitalised name after "in" is one the reference does not know, and no time
    ("in October") or phrase ("In fact"; phrasings.yaml: not_places_after_in)."""
    return place.split()[0].lower() not in _not_places() and name_unknown(place, index)


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    return frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.day_name)) \
        | frozenset(w.lower() for w in load_data_file("phrasings.yaml")["not_places_after_in"])


def _other_country_opens(subject: str, context, article: ArticleContext) -> bool:
    """Whether the first country the sentence names (a city counts for none) is another than
    `subject`. Found once per sentence (kept in the article's cache)."""
    key = ("first country", context.sentence.start)
    if key not in article.cache:
        subjects = article.index.subjects
        article.cache[key] = next((countries for hit in context.hits for countries in (
            [s for s in hit.subjects if subjects[s].type == "country"],) if countries), None)
    countries = article.cache[key]
    return countries is not None and subject not in countries


# "52 million in 1991", "12 million people in 1990": a year right after a number is that number's.
_YEAR_RIGHT_AFTER = regex.compile(r"[\s\-]{1,3}(?:[\p{L}]{1,15}\s{1,3})?(?:in|by)\s{1,3}"
                                  r"(?P<year>(?:19|20)\d{2})\b(?![,.]?\d)", regex.IGNORECASE)
_YEARS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3,
          "4": 4, "5": 5}
_YEARS_EARLIER = regex.compile(r"[\s\-]{1,3}(?:[\p{L}]{1,15}\s{1,3})?(?P<n>a|one|two|three|four|five|\d)"
                               r"\s{1,3}years?\s{1,3}(?:earlier|ago|before)\b", regex.IGNORECASE)
_NUMBER_THEN_YEAR = regex.compile(r"\d[\d,.]*(?:\s{1,3}[\p{L}]{1,15}){0,2}\s{1,3}in\s{1,3}"
                                  r"(?:19|20)\d{2}\b", regex.IGNORECASE)


def _own_year(mention: Mention, phrase, scope: TimeScope, text: str, published) -> TimeScope:
    """"Syria's population grew from 12 million in 1990 to 22 million in 2010": each number
    takes the year written right after it; "fell to 37 million from 52 million in 1991": a
    year that follows another number of the clause is that number's, and this one is counted
    at publication."""
    hi = min(phrase.clause[1], mention.end + 40)
    after = text[mention.end:hi]
    ascii_after = after.isascii()  # (then "year", "19" and "20" are where the patterns can match)
    earlier = _YEARS_EARLIER.match(text, mention.end, hi) \
        if not ascii_after or "year" in after.lower() else None
    if earlier and published:
        # "up from 249,000 a year earlier": the figure of that many years before publication.
        years = _YEARS.get(earlier.group("n").lower(), 0)
        if years:
            return TimeScope(at=published.replace(year=published.year - years, day=min(
                published.day, 28)), text=earlier.group().strip())
    own = _YEAR_RIGHT_AFTER.match(text, mention.end, hi) \
        if "19" in after or "20" in after else None
    if own:
        y = int(own.group("year"))
        if 1900 <= y <= 2100:
            return TimeScope(at=dt.date(y, 12, 31), start=dt.date(y, 1, 1),
                             end=dt.date(y, 12, 31), text=own.group().strip())
    if scope.text and scope.start and scope.at and scope.start.year == scope.at.year:
        other = _NUMBER_THEN_YEAR.search(text, phrase.clause[0], phrase.clause[1])
        if other and not (other.start() <= mention.start < other.end()) \
                and other.group().rstrip().endswith(str(scope.at.year)):
            return TimeScope(at=published)
    return scope


def _refugees_named_by_origin(words: str | None, subject: str, mention: Mention, context,
                              index) -> tuple[str, str] | None:
    """The country of a people's name right before the refugee word after a share ("is a Syrian
    refugee"), when it is not the share's own country; None otherwise."""
    if not words or index is None:
        return None
    trigger = next((t for t in context.triggers_named(words) if t.start >= mention.end), None)
    if trigger is None:
        return None
    named = next((h for h in context.hits_near(trigger.start, trigger.start, 30)
                  if 0 < trigger.start - h.end <= 1), None)
    if named is None or subject in named.subjects:
        return None
    country = next((sid for sid in named.subjects if index.subjects[sid].type == "country"), None)
    return (country, named.text) if country else None


@lru_cache(maxsize=1)
def _projection_words() -> regex.Pattern:
    words = load_data_file("phrasings.yaml")["projection_words"]
    return regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in sorted(
        words, key=len, reverse=True)) + r")\b", regex.IGNORECASE)


def _projects(mention: Mention, context, text: str) -> bool:
    """A later year and a projection word before the number ("could reach 400 million by 2050",
    phrasings.yaml, projection_words) make the figure a projection; a number before its verb
    ("India's 1.44 billion people will need more power by 2030") is counted now."""
    lo = max(context.sentence.start, mention.start - 60)
    return _projection_words().search(text, lo, mention.start) is not None


def _names_a_component(words: str | None, measure: str, marker: int, phrase, context) -> bool:
    """"uprooted 10 million people, including 9 million inside the country": the words after the
    number name a measure of its own (the internally displaced among the displaced), which the
    reference holds whole; "including 86,692 civilians" names none, and is a part."""
    if not words:
        return False
    if not any(phrase.mention.end <= t.start < phrase.clause[1]
               for t in context.triggers_named(words)):
        return False
    before = bisect_left(context.trigger_starts, marker)  # the last trigger before the marker
    return before > 0 and context.triggers[before - 1].measure != measure


def _cannot_be_a_claim(mention: Mention, context, article: ArticleContext) -> bool:
    """Cheap tests, before the phrase is read, that the number's measure cannot be found: a share
    with nothing it is a share of ("45 per cent turnout"), or a count in a sentence with no
    trigger word, no name and no population phrasing before it. (The same answers measure_of
    would reach, reached without reading the phrase: most numbers in news are no claims.)"""
    text = article.text
    if mention.kind in (Kind.FRACTION, Kind.PERCENT):
        return denominator(mention, text, article.index, context.sentence.end) is None
    if mention.kind in (Kind.COUNT, Kind.NUMBER, Kind.RANGE) and not context.triggers \
            and not context.hits:
        v = vocabulary()
        lo, start = context.sentence.start, mention.start
        owner_lo, opener_lo = max(lo, start - 20), max(lo, start - 30)
        return not ((not ends_in_none(text, owner_lo, start, v.country_possessor_words)
                     and v.country_possessor.match(text, owner_lo, start))
                    or (not ends_in_none(text, opener_lo, start, v.population_opener_ends)
                        and v.population_opener.match(text, opener_lo, start)))
    return False


# "fled to Bangladesh in 2017", "fled last year", "crossed the border since August": when they
# moved, not how many are displaced.
_MOVED = frozenset({"fled", "flee", "crossed", "arrived", "have", "has"})
_IN_A_YEAR = regex.compile(r"\b(?:(?:in|during)\s{1,3}(?:(?:19|20)\d{2}|the\s{1,3}past\s{1,3}year)"
                           r"|(?:last|this)\s{1,3}year|since\s{1,3}(?P<since>(?:19|20)\d{2}|"
                           + "|".join(calendar.month_name[1:])
                           + r"|(?-i:\p{Lu})[\w\-]{1,30}['’]s\s{1,3}\w{3,20}))\b",
                           regex.IGNORECASE)


def _in_a_period(text: str, lo: int, hi: int, published) -> bool:
    """A year, last or this year, or a recent start ("since August", "since 2023", "since
    Azerbaijan's offensive") after the movement: a flow. "since 2011", years before, is the
    count since the start: a stock."""
    found = _IN_A_YEAR.search(text, lo, hi)
    if found is None:
        return False
    since = found.group("since")
    if since and since.isdigit():
        return published is not None and int(since) >= published.year - 1
    return True
_PART_MARKER = regex.compile(r"(?r)\b(?:including|among\s{1,3}them|among\s{1,3}whom|of\s{1,3}whom)"
                            r"\s{1,3}\Z", regex.IGNORECASE)
_PART_MARKER_ENDS = ("including", "them", "whom")


def _local_currency(mention: Mention, country: str) -> Mention:
    """"Rs 25,000" in a story about Pakistan is Pakistani rupees, not Indian."""
    signs = vocabulary().shared_currency_signs
    for sign, pattern in _sign_patterns():
        if mention.text.startswith(sign) or pattern.search(mention.text):
            unit = signs[sign].get(country)
            return replace(mention, unit=unit) if unit else mention
    return mention


@lru_cache(maxsize=1)
def _sign_patterns() -> list[tuple[str, regex.Pattern]]:
    signs = vocabulary().shared_currency_signs
    return [(sign, regex.compile(rf"(?<!\w){regex.escape(sign)}"))
            for sign in sorted(signs, key=len, reverse=True)]
