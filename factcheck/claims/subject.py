"""Whose number it is: the subject, from what the text names and ties to the number.

A name in the number's own phrase wins ("Brazil's 214 million people", "214 million
Brazilians"); then a name near it in its sentence, by kind of measure (deaths belong to the war
named, populations to the country); "the country's" means the country the sentence names, or
else the one the article is about. A region or the world in a superlative ("Europe's largest
economy") describes a country rather than being the subject. A generic event word ("the war")
means an event of a country the sentence or article is about, never an event elsewhere. Where
nothing ties a subject, there is none and the claim is unverifiable (no-subject).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain
from typing import NamedTuple

import regex

from ..model import Kind, Mention
from ..subjects import NameHit, SubjectIndex
from .context import ArticleContext, SentenceContext
from .measure import is_people_name, listed
from .phrases import QuantityPhrase
from .vocabulary import vocabulary

COUNTRY_MEASURES = {"population", "displaced", "refugees", "idps", "gdp"}
ORIGIN_MEASURES = {"displaced", "refugees", "idps"}
_THE_COUNTRY = regex.compile(r"\bthe\s{1,3}(?:country|nation)(?:['’]s)?\b", regex.IGNORECASE)
_INDEFINITE_BEFORE = regex.compile(r"(?r)\b(?:an?|another)\s{1,3}", regex.IGNORECASE)
_OWNED = regex.compile(r"['’]s?\s{1,3}(?:[\w\-]{1,20}\s{1,3})?(?P<noun>\w{3,20})\b")
_IN_PLACE = regex.compile(
    r"\s{1,3}(?:of\s{1,3}(?:them|whom|those|these)\s{1,3})?"
    r"(?:(?:are|were|now|live|living|have|has|had|arrived|settled|registered|resettled)\s{1,3}){0,3}"
    r"(?:in|into)\s{1,3}(?:the\s{1,3})?(?:neighbouring\s{1,3}|neighboring\s{1,3})?"
    r"(?:(?:camps|settlements|shelters|tents)\s{1,3}(?:in|across|inside)\s{1,3}(?:the\s{1,3})?)?")
# "14 million are displaced, most of them in Sudan": where a part of them is, not whose they are.
_PART_PLACE = regex.compile(r"(?r)\b(?:most|many|half|some|all|majority|bulk|rest)\s{1,3}of\s{1,3}"
                            r"(?:them|whom|those)\s{1,3}(?:(?:are|were|now|living|live)\s{1,3}){0,2}"
                            r"(?:in|into)\s{1,3}(?:the\s{1,3})?\Z", regex.IGNORECASE)
# "the UK-based Observatory", "Saudi-led coalition": the name modifies another noun.
_MODIFIER_AFTER = regex.compile(r"-(?:based|led|backed|born|funded|run|made|bound)\b")
_PLACE_OPENER = regex.compile(r"(?r)\b(?:across|throughout|in)\s{1,3}(?:the\s{1,3})?", regex.IGNORECASE)
_POSSESSIVE_GAP = regex.compile(r"['’]s?\s{1,3}")
_LIST_AFTER = regex.compile(r"\s{0,2}(?:,|and\s)\s{0,2}\p{Lu}")


@lru_cache(maxsize=1)
def _hosting_place() -> regex.Pattern:
    """What hosts refugees, before a host verb, when no country's name stands right before it:
    a pronoun or a place noun (phrasings.yaml: place_nouns)."""
    return regex.compile(r"\b(?:it|which|" + listed("place_nouns") + r")\b", regex.IGNORECASE)
_ORIGIN_AFTER = regex.compile(r"\s{1,3}from\s{1,3}(?:the\s{1,3})?", regex.IGNORECASE)
"""What joins refugees to where they come from: "490,000 refugees from Myanmar"."""


class SubjectReading(NamedTuple):
    subject: str | None
    words: str | None
    """The words the subject was read from, or why there is none."""


def subject_of(phrase: QuantityPhrase, measure: str, when, context: SentenceContext,
               article: ArticleContext, host: str | None = None) -> SubjectReading:
    """The subject of the phrase's number; `host` is a place the refugees are in, not theirs."""
    index = article.index
    if index is None:
        return SubjectReading(None, None)
    mention, text = phrase.mention, article.text
    share = mention.kind in (Kind.FRACTION, Kind.PERCENT)
    main = article.main
    # A name inside the number's own words ("US$1.8 trillion") is its currency, not a subject.
    near = [h for h in context.hits_near(mention.start, mention.end)
            if not (mention.start <= h.start and h.end <= mention.end)]
    described = article.names_described
    local = [h for h in _not_part_places(_placed_events(near, text, index), mention, text)
             if not (described[key] if (key := (h.start, h.subjects)) in described
                     else _describes(h, text, index, described, key))
             and not (host and host in h.subjects and not is_people_name(h.text, h.subjects, index))]
    named_countries = [s for h in near for s in h.subjects
                       if index.subjects[s].type == "country"]
    # An event counts only in the country the article is about or one the sentence names: a
    # story about Ukraine that mentions Syria once is not about Syria's ceasefires.
    # A city named places its country's events in the story too ("the pause in Aleppo").
    countries = ([main] if main else []) + named_countries + [
        c for h in near for s in h.subjects if index.subjects[s].type == "city"
        for c in (_country_of(index, s),) if c]
    if phrase.country_possessor and phrase.country_possessor.lower() == "whose" \
            and (share or measure in COUNTRY_MEASURES):
        # "Sudan, whose 50 million people": the name right before "whose", or none ("the
        # capital Khartoum, whose 6 million people" is a city the reference does not hold).
        at = text.rfind("whose", max(0, mention.start - 20), mention.start)
        while _AND_BEFORE.search(text, max(context.sentence.start, at - 8), at):
            # "Kenya, whose $107 billion economy ..., and whose 55 million people": the owner of
            # the first "whose".
            earlier = text.rfind("whose", context.sentence.start, at)
            if earlier < 0:
                break
            at = earlier
        owner = next((h for h in local if 0 <= at - h.end <= 3), None)
        if owner is not None and _is_country(index, owner):
            chosen = index.choose(owner.subjects, countries, when)
            if chosen:
                return SubjectReading(chosen, f"{owner.text}, whose")
        return SubjectReading(None, "(whose: no country named right before)")
    if measure == "refugees":
        origin = _ORIGIN_AFTER.match(text, phrase.head_end, min(len(text), phrase.head_end + 24))
        named = next((h for h in local if origin and h.start == origin.end() and _is_country(index, h)),
                     None)
        chosen = index.choose(named.subjects, countries, when) if named else None
        if chosen:  # "490,000 refugees from Myanmar": the origin the text writes out
            return SubjectReading(chosen, f"from {named.text}")
    head = [h for h in local if mention.end < h.start < phrase.head_end + 1]
    # ("some 8 million Ukrainians ..., while 5.9 million remain within the country": a people
    # named in the number's own head wins over "the country" elsewhere in the sentence.)
    if phrase.country_possessor or (_the_country(context, text) and not (
            head and _is_country(index, head[0]))):
        if share or measure in COUNTRY_MEASURES:
            # (A region or the world is no "country": "refugees across Europe, while 5.9 million
            # remain displaced within the country".)
            before = [h for h in local if h.end <= mention.start
                      and any(index.subjects[s].type == "country" for s in h.subjects)]
            if before:  # "Ukraine ... the country's 44 million": the country the sentence names
                hit = before[-1]
                chosen = index.choose(hit.subjects, countries, when)
                if chosen:
                    return SubjectReading(chosen, f"{hit.text} (the country's)")
            elif main and not named_countries:
                words = phrase.country_possessor or "the country"
                return SubjectReading(main, f"{words} -> {index.subjects[main].name}")
    if phrase.possessor and (share or measure in COUNTRY_MEASURES):
        owned = [h for h in local if h.start == phrase.possessor_start and _is_country(index, h)]
        if owned:
            chosen = index.choose(owned[0].subjects, countries, when)
            if chosen:
                return SubjectReading(chosen, f"{owned[0].text}'s")
    if head and (share or measure in COUNTRY_MEASURES) and _is_country(index, head[0]):
        chosen = index.choose(head[0].subjects, countries, when)
        if chosen:  # "214 million Brazilians", "2.5 million Syrian refugees"
            return SubjectReading(chosen, head[0].text)
    if mention.kind == Kind.DURATION:
        war = _place_event_by_noun(phrase, local, article, when)
        if war:
            return war
        war = _country_war_by_noun(mention, local, article, when)
        if war:
            return war
        war = _event_of_place(phrase, local, article, when)
        if war:
            return war
        war = _event_before_length(phrase, local, article, when)
        if war:
            return war
        # The name right after the number is what lasted ("six-year-long civil war"); a bare
        # noun ("the seven-year war") means the article's event of that kind.
        after = [h for h in local if 0 <= h.start - mention.end <= 40]
        if after:
            local = after
        elif _INDEFINITE_BEFORE.match(text, max(0, mention.start - 4), mention.start):
            # "a 48-hour pause every week": some pause, not the one the article is about.
            local = [h for h in local if not _is_place(index, h)]
        else:
            event = _event_named_by_noun(mention, article, countries, named_countries, when)
            if event:
                return event
            # Only events last: with none named in the sentence, the article's own event.
            events = [h for h in local if not _is_place(index, h)]
            if events:
                local = events
            else:
                event = _article_event(article, countries, named_countries, "event", when)
                if event:
                    return event
    if measure in vocabulary().event_measures:
        # "300,000-400,000 people have been killed" in a story about one war: that war's dead;
        # "Syria's war ... has killed": the war the reference data knows in Syria.
        event = _article_event(article, countries, named_countries, "war") \
            or _owned_event(index, local, text, when)
        if event and not any(index.subjects[s].type not in ("country", "region")
                             for h in local for s in h.subjects):
            return event
        war = _country_war_at(local, index, when)
        if war:
            return war
    if (share or measure in COUNTRY_MEASURES) and not host:
        first = _sentence_subject(phrase, context, text, index)
        if first is not None:
            chosen = index.choose(first.subjects, countries, when)
            if chosen:
                return SubjectReading(chosen, f"{first.text} (the sentence's subject)")
    if measure in ORIGIN_MEASURES:
        # Refugees are counted by where they come from: "7.7 million Venezuelans" rather than
        # "Colombia hosts"; with no people named, the country the article is about.
        people = [h for h in local if is_people_name(h.text, h.subjects, index) and _is_country(index, h)]
        world = [h for h in local if "world" in h.subjects]
        if people or world:
            # "68.5 million people were displaced worldwide, with Syrians the largest group":
            # whichever is nearer the number.
            nearest = min(people + world, key=lambda h: _gap(h, mention, text))
            if nearest in world:
                return SubjectReading("world", nearest.text)
            local = people
        elif main and (host or not named_countries):
            # "Colombia hosts 2.9 million, followed by Peru with 1.5 million": hosts, not origins.
            return SubjectReading(main, f"(the article's country: {index.subjects[main].name})")
    # Deaths, injuries and the like belong to the event named ("the Syrian civil war") rather
    # than to a country named alongside it; populations and displacement to the country.
    by_country = share or measure in COUNTRY_MEASURES
    ranked = sorted(local, key=lambda h: (_is_country(index, h) != by_country,
                                          _gap(h, mention, text)))
    for hit in ranked:
        chosen = index.choose(hit.subjects, countries, when)
        if chosen:
            return SubjectReading(chosen, hit.text)
    if main and not named_countries:
        return SubjectReading(main, f"(the article's country: {index.subjects[main].name})")
    return SubjectReading(None, None)


# A clause that opens with its verb, its subject being the sentence's: "Ethiopia, whose ...,
# had 3.6 million people displaced", "Georgia's 3.7 million people vote ..., with 296,000
# still displaced".
_SUBJECTLESS = regex.compile(r"[,\s]{0,3}(?:(?:and|but)\s{1,3})?(?:(?:still|now|also)\s{1,3})?"
                             r"(?:has|had|have|is|was|hosts|hosted|counts|counted|numbers|with)\b",
                             regex.IGNORECASE)


_SUBJECTLESS_VERB = regex.compile(r"[,\s]{0,3}(?:(?:and|but|now|also|still)\s{1,3})?"
                                  r"(?:is|has|was|had|have)?\s{0,3}\Z", regex.IGNORECASE)


def _sentence_subject(phrase: QuantityPhrase, context: SentenceContext, text: str,
                      index: SubjectIndex) -> NameHit | None:
    """The country a sentence opens with, when the number's clause (not the sentence's first)
    opens with a verb or "with": that country is what the clause is about."""
    lo = phrase.clause[0]
    if lo <= context.sentence.start or not context.hits or phrase.possessor \
            or not _SUBJECTLESS.match(text, lo, phrase.mention.start):
        return None
    first = context.hits[0]
    if first.end > lo or not _is_country(index, first) or "world" in first.subjects \
            or is_people_name(first.text, first.subjects, index):
        return None
    # The country opens the sentence (after a dateline such as "ADDIS ABABA (Reuters) - ").
    opening = text[context.sentence.start:first.start]
    if opening.strip() and not _DATELINE.fullmatch(opening):
        return None
    return first


def _describes(hit: NameHit, text: str, index: SubjectIndex, described: dict, key) -> bool:
    """A name in a superlative ("Europe's largest economy"), modifying a noun ("the UK-based
    Observatory"), or a people's name before a noun of another party ("a Russian lawmaker", "the
    Somali border"; phrasings.yaml, described_by_a_people) describes something else; the answer
    kept in `described` under `key`."""
    found = described[key] = bool(
        _in_superlative(hit, text, index)
        or (text.startswith("-", hit.end) and _MODIFIER_AFTER.match(text, hit.end))
        or (_described_nouns().match(text, hit.end, hit.end + 24) is not None
            and is_people_name(hit.text, hit.subjects, index)))
    return found


@lru_cache(maxsize=1)
def _described_nouns() -> regex.Pattern:
    return regex.compile(r"\s{1,3}(?:" + listed("described_by_a_people") + r")\b", regex.IGNORECASE)


_AND_BEFORE = regex.compile(r"(?r)[,\s]\s{0,2}and\s{1,3}\Z")
_DATELINE = regex.compile(r"[\p{Lu}][\p{Lu}\s,.'’\-]{0,40}(?:\([^()]{1,30}\))?\s{0,3}[-–—]\s{0,3}")


def host_of(phrase: QuantityPhrase, measure_words: str | None, context: SentenceContext,
            article: ArticleContext) -> str | None:
    """The place that hosts the refugees, when the figure is that host's count: "Uganda hosts
    1.4 million refugees", "Colombia hosts 2.9 million, followed by Peru with 1.5 million",
    "6.5 million of them in Latin America". A place named elsewhere in the sentence ("most of
    them now living in A, B and C") is not a host, and a list of places is no one host."""
    index, text, mention = article.index, article.text, phrase.mention
    if index is None:
        return None
    v = vocabulary()

    def place(hit: NameHit) -> str | None:
        if is_people_name(hit.text, hit.subjects, index):
            return None
        return next((sid for sid in hit.subjects if sid != "world"
                     and index.subjects[sid].type in ("country", "region")), None)

    owner = _possessor_hit(phrase, context, index)
    if owner is not None and place(owner):
        # "Lebanon's 1.5 million Syrian refugees": the owner hosts the people the head names.
        named = [h for h in context.hits_near(mention.end, phrase.head_end, 0)
                 if mention.end < h.start < phrase.head_end + 1
                 and is_people_name(h.text, h.subjects, index)]
        if named and not set(named[0].subjects) & set(owner.subjects):
            return place(owner)
    verb = v.host_verb.search(text, max(context.sentence.start, mention.start - 100), mention.start)
    if verb:
        before = [h for h in context.hits_near(verb.start(), verb.start(), 60)
                  if h.end <= verb.start() and verb.start() - h.end <= 30]
        for hit in reversed(before):
            if place(hit):
                return place(hit)
        # "Chad, whose 19 million people are among the poorest, is sheltering 1 million
        # refugees": the country the sentence opens with, the verb's subject.
        verb_clause = (context.clause(verb.start(), verb.end())[0], 0)
        opener = _sentence_subject(QuantityPhrase(mention, verb_clause, (), verb.start(), None,
                                                  None, None, None), context, text, index) \
            if _SUBJECTLESS_VERB.match(text, verb_clause[0], verb.start()) else None
        if opener is not None and place(opener):
            return place(opener)
        if _hosting_place().search(text, max(verb_clause[0], verb.start() - 60), verb.start()):
            # "even as it hosts 15 lakh refugees", "the Dadaab camps near the border shelter
            # 370,000 refugees": a pronoun or a camp hosts them, in the country the sentence names
            key = ("first place", context.sentence.start)  # found once per sentence
            if key not in article.cache:
                article.cache[key] = next(((h.end, place(h)) for h in context.hits if place(h)), None)
            first = article.cache[key]
            if first and first[0] <= verb.start():
                return first[1]
    if measure_words and v.host_verb.fullmatch(measure_words):
        # The measure came from a host verb earlier in the sentence: the host of this number is
        # the place its own clause names before it ("followed by Peru with 1.5 million").
        before = [h for h in context.hits_near(mention.start, mention.start, 60)
                  if phrase.clause[0] <= h.start and h.end <= mention.start]
        for hit in reversed(before):
            if place(hit):
                return place(hit)
    for hit in context.hits_near(mention.start, mention.start, 80):
        # "Across Europe, almost 4.8m Ukrainians ...": the place the sentence opens with.
        if hit.end <= mention.start and _PLACE_OPENER.match(text, max(0, hit.start - 12), hit.start) \
                and text.startswith(",", hit.end) and place(hit):
            return place(hit)
    where = _IN_PLACE.match(text, phrase.head_end)
    if where:
        at = [h for h in context.hits_near(where.end(), where.end(), 0) if h.start == where.end()]
        if at and not _LIST_AFTER.match(text, at[0].end):
            return place(at[0])
    return None


def possessor_country(phrase: QuantityPhrase, context: SentenceContext,
                      index: SubjectIndex | None) -> bool:
    """Whether the number's possessor ("Uganda's 1.5 million refugees") names a country."""
    hit = _possessor_hit(phrase, context, index)
    return hit is not None and _is_country(index, hit) and "world" not in hit.subjects


def _possessor_hit(phrase: QuantityPhrase, context: SentenceContext,
                   index: SubjectIndex | None) -> NameHit | None:
    if index is None or phrase.possessor_start is None:
        return None
    return next((h for h in context.hits_near(phrase.possessor_start, phrase.possessor_start, 0)
                 if h.start == phrase.possessor_start), None)


def _placed_events(hits: list[NameHit], text: str, index: SubjectIndex) -> list[NameHit]:
    """"the war in Ukraine": a generic event word placed in a country names only that country's
    events (none, if the reference knows none there), never another country's."""
    out = []
    for i, h in enumerate(hits):
        if not h.text[:1].islower() and not h.text.lower().startswith("the "):
            out.append(h)  # a proper name is placed by itself (tested first: it is cheaper)
            continue
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        place = nxt if nxt is not None and _IN_COUNTRY.fullmatch(text, h.end, nxt.start) else None
        if place is None:
            out.append(h)
            continue
        # "the humanitarian pause in Aleppo": a city or region places the event in its country.
        countries = {s if index.subjects[s].type == "country" else _country_of(index, s)
                     for s in place.subjects} - {None}
        kept = tuple(s for s in h.subjects if index.subjects[s].parent in countries)
        if kept:
            out.append(NameHit(h.start, h.end, h.text, kept))
    return out


_IN_COUNTRY = regex.compile(r"\s{1,3}in\s{1,3}")


def _country_of(index: SubjectIndex, sid: str) -> str | None:
    """The country a place lies in, by its parents (eastern Aleppo -> Aleppo -> Syria)."""
    seen = set()
    while sid and sid not in seen and sid in index.subjects:
        seen.add(sid)
        if index.subjects[sid].type == "country":
            return sid
        sid = index.subjects[sid].parent
    return None


def _not_part_places(hits: list[NameHit], mention: Mention, text: str) -> list[NameHit]:
    """Drop the places where a part of them is ("most of them in Ivory Coast and Ghana")."""
    out, previous_part = [], None
    for h in hits:
        # (The pattern ends in a space before the name: a name right after any other character
        # is no such place, and needs no backward search.)
        part = h.start > mention.end and (
            (text[h.start - 1:h.start].isspace()
             and _PART_PLACE.match(text, max(0, h.start - 40), h.start))
            or (previous_part is not None and _LIST_JOIN.fullmatch(text, previous_part.end, h.start)))
        if part:
            previous_part = h
        else:
            out.append(h)
    return out


_LIST_JOIN = regex.compile(r"\s{0,2}(?:,|,?\s{0,2}and|,?\s{0,2}or)\s{1,2}")


def _the_country(context: SentenceContext, text: str) -> bool:
    key = "the country"
    if key not in context.cache:
        sentence = context.sentence.text
        if sentence.isascii() and "country" not in (low := sentence.lower()) \
                and "nation" not in low:
            context.cache[key] = False  # (ASCII words with neither word: no need to search)
            return False
        context.cache[key] = bool(_THE_COUNTRY.search(text, context.sentence.start,
                                                      context.sentence.end))
    return context.cache[key]


def _in_superlative(hit: NameHit, text: str, index: SubjectIndex) -> bool:
    """"Europe's largest economy", "the world's most populous democracy", "the most in the
    world"."""
    if not all(index.subjects[s].type == "region" or s == "world" for s in hit.subjects):
        return False
    v = vocabulary()
    return bool(v.superlative.match(text, hit.end, hit.end + 40)
                or _superlative_before().search(text, max(0, hit.start - 80), hit.start))


_SUPERLATIVE_BEFORE: list = []


def _superlative_before() -> regex.Pattern:
    """"the most in the world", "the largest displacement crisis in the world": a superlative
    placed in a region."""
    if not _SUPERLATIVE_BEFORE:
        from ..lexicon import load_data_file
        words = load_data_file("phrasings.yaml")["superlatives"]
        _SUPERLATIVE_BEFORE.append(regex.compile(
            r"(?r)\b(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
            + r")(?:-\w{1,20})?(?:\s{1,3}[\w\-]{1,20}){0,3}\s{1,3}(?:in|of)\s{1,3}(?:the\s{1,3})?\Z",
            regex.IGNORECASE))
    return _SUPERLATIVE_BEFORE[0]


def _event_named_by_noun(mention: Mention, article: ArticleContext, countries, named, when):
    """"the seven-year war" -> the article's war."""
    v = vocabulary()
    noun = v.event_noun.match(article.text, mention.end, mention.end + 60)
    if not noun:
        return None
    kind = v.event_type_of[noun.group("noun").lower()]
    return _article_event(article, countries, named, kind, when)


_AFTER_ON: list = [None, None]


def _event_noun_after_on() -> regex.Pattern:
    """"Ten years on, the decade-long war": the noun opening the clause after "N years on,"."""
    v = vocabulary()
    if _AFTER_ON[0] is not v:
        nouns = "|".join(regex.escape(n) for n in sorted(v.event_type_of, key=len, reverse=True))
        _AFTER_ON[:] = [v, regex.compile(r"\s{1,3}(?:on|in|into),\s{1,3}(?:[\w\-]{1,20}\s{1,3}){0,2}?"
                                         r"(?P<noun>" + nouns + r")\b", regex.IGNORECASE)]
    return _AFTER_ON[1]


def _country_war_by_noun(mention: Mention, local: list[NameHit], article: ArticleContext, when):
    """"A decade of war has left nine in ten Syrians ...", "Syria's seven-year war": the war of
    the one country the sentence names, when an event noun follows the length."""
    index = article.index
    v = vocabulary()
    noun = v.event_noun.match(article.text, mention.end, mention.end + 40) \
        or _event_noun_after_on().match(article.text, mention.end, mention.end + 50)
    if not noun or v.event_type_of[noun.group("noun").lower()] != "war":
        return None
    countries = {s for h in local for s in h.subjects if index.subjects[s].type == "country"}
    if len(countries) != 1:
        return None
    country = countries.pop()
    wars = tuple(sid for sid in index.children.get(country, ()) if index.subjects[sid].type == "war")
    chosen = index.choose(wars, [country], when) if len(wars) == 1 else None
    return SubjectReading(chosen, f"{noun.group('noun')} in {index.subjects[country].name}") \
        if chosen else None


def _place_event_by_noun(phrase: QuantityPhrase, local: list[NameHit], article: ArticleContext,
                         when) -> SubjectReading | None:
    """"Syria's 11-year war; the war in Ukraine ...": the one event of the noun's kind the
    reference knows in the country owning the length (its possessor), or else in the one country
    the sentence names."""
    index, text, mention = article.index, article.text, phrase.mention
    v = vocabulary()
    noun = v.event_noun.match(text, mention.end, mention.end + 40)
    if not noun or _INDEFINITE_BEFORE.match(text, max(0, mention.start - 4), mention.start):
        return None
    types = v.event_subject_types[v.event_type_of[noun.group("noun").lower()]]
    places = [h for h in local if _is_place(index, h) and "world" not in h.subjects]
    owned = [h for h in places if h.end < mention.start
             and _POSSESSIVE_GAP.fullmatch(text, h.end, mention.start)]
    # Countries only for a war: "Aleppo's four-year siege" is not Syria's war. A pause or truce
    # in a city is its country's ("the 30-hour pause ... eastern Aleppo").
    war = v.event_type_of[noun.group("noun").lower()] == "war"
    countries = {s if index.subjects[s].type == "country" else _country_of(index, s)
                 for h in (owned or places) for s in h.subjects
                 if index.subjects[s].type == "country" or not war} - {None}
    events = tuple(sid for country in sorted(countries) for sid in index.children.get(country, ())
                   if index.subjects[sid].type in types)
    # Several countries named ("Russia said the 30-hour pause ... eastern Aleppo"): only if
    # just one of them has an event of the kind.
    if not countries or (len(countries) > 1
                         and len({index.subjects[sid].parent for sid in events}) != 1):
        return None
    chosen = index.choose(events, sorted(countries), when) if events else None
    if not chosen:
        return None
    parent = index.subjects[chosen].parent
    where = next((h for h in (owned or places) for s in h.subjects
                  if s == parent or _country_of(index, s) == parent), (owned or places)[0])
    return SubjectReading(chosen, f"{where.text} … {noun.group('noun')}")


_POSSESSIVE_END = regex.compile(r"['’]s?")
_EVENT_OF: list = []


def _event_before_length(phrase: QuantityPhrase, local: list[NameHit], article: ArticleContext,
                         when) -> SubjectReading | None:
    """"ends a war of more than 13 years that displaced 13.6 million Syrians": the event noun
    the length is "of" is what lasted, the one event of its kind in the one country named."""
    index, text, mention = article.index, article.text, phrase.mention
    v = vocabulary()
    if not _EVENT_OF:
        _EVENT_OF.append(regex.compile(r"(?r)\b(?P<noun>" + "|".join(
            regex.escape(n) for n in sorted(v.event_type_of, key=len, reverse=True))
            + r")\s{1,3}of\s{1,3}\Z", regex.IGNORECASE))
    noun = _EVENT_OF[0].search(text, max(0, mention.start - 30), mention.start)
    if noun is None:
        return None
    types = v.event_subject_types[v.event_type_of[noun.group("noun").lower()]]
    countries = {s for h in local for s in h.subjects if index.subjects[s].type == "country"}
    events = tuple(sid for c in sorted(countries) for sid in index.children.get(c, ())
                   if index.subjects[sid].type in types)
    if len({index.subjects[sid].parent for sid in events}) != 1:
        return None
    chosen = index.choose(events, sorted(countries), when)
    return SubjectReading(chosen, f"{noun.group('noun')} of … ({index.subjects[chosen].name})") \
        if chosen else None


def _event_of_place(phrase: QuantityPhrase, local: list[NameHit], article: ArticleContext,
                    when) -> SubjectReading | None:
    """"Five years into Syria's war", "The Syrian war has dragged on for more than a decade": a
    country in the length's clause, written with an event noun ("Syria's war", "Syrian war"),
    names the one event of that kind the reference knows there. An event noun right after the
    length that is of another kind ("a five-day truce in Syria's war") is what lasted instead."""
    index, text, mention = article.index, article.text, phrase.mention
    v = vocabulary()
    follows = v.event_noun.match(text, mention.end, mention.end + 40)
    lo, hi = phrase.clause
    for hit in local:
        if not (lo <= hit.start and hit.end <= hi) or not all(
                index.subjects[s].type == "country" for s in hit.subjects):
            continue
        at = hit.end
        owner = _POSSESSIVE_END.match(text, at)
        if owner:
            at = owner.end()
        noun = v.event_noun.match(text, at, at + 30)
        if noun is None:
            continue
        kind = v.event_type_of[noun.group("noun").lower()]
        if follows and v.event_type_of[follows.group("noun").lower()] != kind:
            return None
        types = v.event_subject_types[kind]
        events = tuple(sid for country in hit.subjects for sid in index.children.get(country, ())
                       if index.subjects[sid].type in types)
        chosen = index.choose(events, list(hit.subjects), when) if events else None
        if chosen:
            return SubjectReading(chosen, text[hit.start:noun.end()].strip())
    return None


def _country_war_at(local: list[NameHit], index: SubjectIndex, when) -> SubjectReading | None:
    """"191,369 killings in Syria" during Syria's war: the one war the reference knows in the
    one country the sentence names, going on at the claim's time."""
    countries = {s for h in local for s in h.subjects if index.subjects[s].type == "country"}
    if len(countries) != 1 or when is None:
        return None
    country = countries.pop()
    wars = [sid for sid in index.children.get(country, ()) if index.subjects[sid].type == "war"
            and index.subjects[sid].start and index.subjects[sid].start <= when
            and (index.subjects[sid].end is None or when <= index.subjects[sid].end)]
    if len(wars) != 1:
        return None
    return SubjectReading(wars[0], f"{index.subjects[country].name}, during {index.subjects[wars[0]].name}")


def _owned_event(index: SubjectIndex, local: list[NameHit], text: str, when):
    """"Syria's war", "Ukraine's civil conflict": an event of that country named by its noun."""
    v = vocabulary()
    for hit in local:
        owned = _OWNED.match(text, hit.end, hit.end + 40)
        kind = v.event_type_of.get(owned.group("noun").lower()) if owned else None
        if not kind:
            continue
        types = v.event_subject_types[kind]
        for country in hit.subjects:
            events = tuple(sid for sid in index.children.get(country, ())
                           if index.subjects[sid].type in types)
            chosen = index.choose(events, [country], when) if events else None
            if chosen:
                return SubjectReading(chosen, text[hit.start:owned.end()])
    return None


def _article_event(article: ArticleContext, countries: list[str], named: list[str], kind: str,
                   when=None) -> SubjectReading | None:
    """The event of `kind` the article names (most named, then nearest in time), in one of the
    countries it is about. Not when the sentence names other countries only: "the war" in a
    sentence about Yemen is not Syria's war."""
    index = article.index
    key = ("events", kind)
    if key not in article.cache:
        types = vocabulary().event_subject_types[kind]
        counts: dict[str, int] = {}
        words: dict[str, str] = {}
        if "placed" not in article.cache:
            article.cache["placed"] = _placed_events(article.hits, article.text, index)
        for hit in article.cache["placed"]:
            for sid in hit.subjects:
                if index.subjects[sid].type in types:
                    counts[sid] = counts.get(sid, 0) + 1
                    words.setdefault(sid, hit.text)
        article.cache[key] = (counts, words)
    counts, words = article.cache[key]
    usable = {sid: n for sid, n in counts.items()
              if not index.subjects[sid].parent or index.subjects[sid].parent in countries}
    if named:
        usable = {sid: n for sid, n in usable.items()
                  if not index.subjects[sid].parent or index.subjects[sid].parent in named}
    if not usable:
        return None
    best = max(usable.values())
    candidates = tuple(sid for sid, n in usable.items() if n == best)
    chosen = index.choose(candidates, countries, when)
    return SubjectReading(chosen, f"(the article's {kind}: {words[chosen]})") if chosen else None


def event_start(index: SubjectIndex, context: SentenceContext, article: ArticleContext,
                subject: str | None):
    """The start of the event "since it began" refers to: the subject's, or one named nearby."""
    if subject and index.subjects[subject].start:
        return index.subjects[subject].start
    key = "event start"
    if key not in context.cache:  # once per sentence, not once per number
        context.cache[key] = next(
            (index.subjects[sid].start for hit in chain(reversed(context.hits), article.hits)
             for sid in hit.subjects
             if index.subjects[sid].start and index.subjects[sid].type != "country"), None)
    return context.cache[key]


def _gap(hit: NameHit, mention: Mention, text: str) -> int:
    """Characters between a name and the number. Copy names the subject first, often as a
    possessive ("England's population was 56,489,800 and Wales's ..."): a name after the number
    counts triple, a possessive before it half."""
    if hit.end <= mention.start:
        gap = mention.start - hit.end
        return gap // 2 if text.startswith(("'s", "’s"), hit.end) else gap
    return 3 * max(0, hit.start - mention.end)


def _is_place(index: SubjectIndex, hit: NameHit) -> bool:
    return all(index.subjects[s].type in ("country", "region", "city") for s in hit.subjects)


def _is_country(index: SubjectIndex, hit: NameHit) -> bool:
    return any(index.subjects[s].type in ("country", "region") for s in hit.subjects)
