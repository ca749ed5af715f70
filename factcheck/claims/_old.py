"""Mentions -> claims: what each number counts or measures, about which subject, at what time.

A number becomes a claim when its sentence says what it measures: a unit of time (a duration),
a trigger word from data/measures.yaml near it ("died", "fled", "population"), or, for a share, the
base it is a share of ("half the country's population"). The subject comes from the names the
reference data knows, found in the sentence or, for "the country", in the article; the time is
the publication date unless the sentence sets another ("in 2015", "since it began").
"""

from __future__ import annotations

import calendar
import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from .lexicon import load_data_file, number_lexicon, trie_pattern
from .mentions import find_mentions
from .model import Article, Claim, Kind, Mention, TimeScope
from .sentences import Sentence, split_sentences
from .subjects import NameHit, SubjectIndex

CLAIM_KINDS = {Kind.COUNT, Kind.NUMBER, Kind.RANGE, Kind.FRACTION, Kind.PERCENT, Kind.DURATION,
               Kind.MONEY}
COUNTRY_MEASURES = {"population", "displaced", "refugees", "idps"}
ORIGIN_MEASURES = {"displaced", "refugees", "idps"}
# A people's name rather than a country's: "Syrians", "Afghans", "Sudanese", "Pakistanis".
_PEOPLE_NAME = regex.compile(r"(?:[^t]ans?|ians?|ese|is|ish)\Z")
TRIGGER_WINDOW = 120  # characters either side of the number in which a trigger word counts


@dataclass(frozen=True)
class _Measures:
    triggers: regex.Pattern
    measure_of: dict[str, str]
    kinds: dict[str, frozenset[str]]
    base: regex.Pattern
    base_measure: dict[str, str]
    named_base: regex.Pattern
    window_before: regex.Pattern
    window_after: regex.Pattern
    default_money_measure: str
    bases_needing_a_trigger: frozenset[str]
    event_noun: regex.Pattern
    event_type_of: dict[str, str]
    event_measures: frozenset[str]
    event_subject_types: dict[str, frozenset[str]]
    combined: regex.Pattern
    shared_currency_signs: dict[str, dict[str, str]]


@lru_cache(maxsize=1)
def _measures() -> _Measures:
    data = load_data_file("measures.yaml")
    measure_of: dict[str, str] = {}
    kinds: dict[str, frozenset[str]] = {}
    for measure, spec in data["measures"].items():
        kinds[measure] = frozenset(spec["kinds"])
        for trigger in spec["triggers"]:
            measure_of.setdefault(trigger.lower(), measure)
    phrases = sorted(measure_of, key=len, reverse=True)
    base_measure = {w.lower(): measure for measure, words in data["proportion_bases"].items()
                    for w in words}
    bases = sorted(base_measure, key=len, reverse=True)
    not_claims = data["duration_not_claims"]
    return _Measures(
        # Trigger words as written in lower case, or capitalised at a sentence start.
        triggers=regex.compile(r"\b" + trie_pattern(phrases, any_case_first=True) + r"(?!\w)"),
        measure_of=measure_of,
        kinds=kinds,
        base=regex.compile(
            r"\s{0,3}(?:of\s{1,3})?(?:(?:the|its|their|a|all)\s{1,3})?"
            r"(?:(?P<owner>[\w\-]{1,40}(?:\s[\w\-]{1,40}){0,2})['’]s?\s{1,3})?"
            r"(?:[\w\-]{1,20}\s{1,3}){0,2}?(?P<base>"
            + "|".join(regex.escape(b) for b in bases) + r")\b", regex.IGNORECASE),
        base_measure=base_measure,
        named_base=regex.compile(r"\s{0,3}of\s{1,3}(?:all\s{1,3})?(?P<name>\p{Lu}[\w\-]{1,40})"),
        window_before=regex.compile(
            r"(?r)\b(?:" + "|".join(regex.escape(w) for w in not_claims["before"])
            + r")\s{1,3}(?:(?:the|a|an)\s{1,3})?", regex.IGNORECASE),
        window_after=regex.compile(
            r"\s{1,3}(?:" + "|".join(regex.escape(w) for w in not_claims["after"]) + r")\b",
            regex.IGNORECASE),
        default_money_measure=data["default_money_measure"],
        bases_needing_a_trigger=frozenset(data["bases_needing_a_trigger"]),
        event_noun=regex.compile(
            r"[\s\-]{0,3}(?:[\w\-]{1,20}\s{1,3}){0,2}?(?P<noun>"
            + "|".join(sorted((regex.escape(n) for ns in data["event_nouns"].values() for n in ns),
                              key=len, reverse=True)) + r")\b", regex.IGNORECASE),
        event_type_of={n.lower(): kind for kind, ns in data["event_nouns"].items() for n in ns},
        event_measures=frozenset(data["event_measures"]),
        event_subject_types={k: frozenset(v) for k, v in data["event_subject_types"].items()},
        combined=regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in data["combining_words"])
                               + r")\b", regex.IGNORECASE),
        shared_currency_signs=data["shared_currency_signs"],
    )


_SINCE = regex.compile(r"\bsince\s{1,3}(?:(?P<year>\d{4})\b|(?:it|the\s{1,3}\w{1,20}(?:\s\w{1,20})?)\s{1,3}(?:began|started|erupted|broke\s{1,3}out))",
                       regex.IGNORECASE)
_IN_YEAR = regex.compile(r"\b(?:in|during|by\s{1,3}the\s{1,3}end\s{1,3}of|at\s{1,3}the\s{1,3}end\s{1,3}of|end-?)\s{0,3}(?:the\s{1,3})?(?P<year>(?:19|20)\d{2})\b",
                         regex.IGNORECASE)
# Month and weekday names from the calendar module rather than lists of our own.
_IN_MONTH = regex.compile(r"\b(?:in|during|since|by)\s{1,3}(?P<month>"
                          + "|".join(calendar.month_name[1:])
                          + r")\b(?:\s{1,3}(?P<year>(?:19|20)\d{2}))?", regex.IGNORECASE)
_ON_WEEKDAY = regex.compile(r"\b(?:on|this|next|last)\s{1,3}(?P<day>" + "|".join(calendar.day_name)
                            + r")\b", regex.IGNORECASE)
_THE_COUNTRY = regex.compile(r"\bthe\s{1,3}(?:country|nation)(?:['’]s)?\b", regex.IGNORECASE)


def extract_claims(article: Article, index: SubjectIndex | None = None,
                   mentions: list[Mention] | None = None) -> list[Claim]:
    """The checkable claims of an article, in text order."""
    text = article.text
    if mentions is None:
        mentions = find_mentions(text, article.locale)
    candidates = [m for m in mentions if m.kind in CLAIM_KINDS and m.style != "age"
                  and (m.value is not None or m.is_range)]
    if not candidates:
        return []
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    hits = index.find(text) if index else []
    countries = index.countries_in(hits) if index else []
    claims = []
    for mention in candidates:
        position = bisect_right(starts, mention.start) - 1
        if position < 0:
            continue
        sentence = sentences[position]
        previous = sentences[position - 1] if position > 0 else None
        claim = _claim_for(mention, sentence, article, index, hits, countries, previous)
        if claim is not None:
            claims.append(claim)
    return claims


def _claim_for(mention: Mention, sentence: Sentence, article: Article, index: SubjectIndex | None,
               hits: list[NameHit], countries: list[str], previous: Sentence | None) -> Claim | None:
    text = article.text
    measure, measure_text, denominator = _measure_of(mention, sentence, text, index, previous)
    if measure is None:
        return None
    # A duration runs to the publication date (or the event's end): "the seven-year war, which
    # began in March 2011" is seven years long now, not in March 2011.
    time = TimeScope(at=article.date) if measure == "duration" else \
        _time_of(sentence, article)
    subject, subject_text = _subject_of(mention, sentence, text, index, hits, countries, time,
                                        measure)
    if mention.kind == Kind.MONEY and countries:
        mention = _local_currency(mention, countries[0])
    host = _host_of(sentence, hits, index, subject) if measure == "refugees" and index else None
    if time.text and time.start is None and "since" in time.text.lower() and index:
        # "since it began": the event named in the sentence (or the article) that has a start.
        start = _event_start(index, hits, sentence, subject)
        if start:
            time = TimeScope(at=time.at, start=start, end=article.date, text=time.text)
    return Claim(mention=mention, measure=measure, sentence=sentence.text,
                 sentence_start=sentence.start, subject=subject, subject_text=subject_text,
                 measure_text=measure_text, time=time, denominator=denominator, host=host)


def _host_of(sentence: Sentence, hits: list[NameHit], index: SubjectIndex,
             subject: str | None) -> str | None:
    """Where refugees are, when the sentence names a place other than their own country:
    "Colombia hosts about 2.9 million", "in Bangladesh", "Across Europe"."""
    for hit in hits:
        if not sentence.start <= hit.start < sentence.end or _PEOPLE_NAME.search(hit.text):
            continue
        for sid in hit.subjects:
            if sid != subject and sid != "world" and index.subjects[sid].type in ("country", "region"):
                return sid
    return None


def _local_currency(mention: Mention, country: str) -> Mention:
    """"Rs 25,000" in a story about Pakistan is Pakistani rupees, not Indian."""
    signs = _measures().shared_currency_signs
    for sign in sorted(signs, key=len, reverse=True):
        if mention.text.startswith(sign) or regex.search(rf"(?<!\w){regex.escape(sign)}", mention.text):
            unit = signs[sign].get(country)
            return replace(mention, unit=unit) if unit else mention
    return mention


def _measure_of(mention: Mention, sentence: Sentence, text: str, index: SubjectIndex | None,
                previous: Sentence | None = None):
    """(measure, the words that named it, denominator) or (None, None, None)."""
    m = _measures()
    if mention.kind == Kind.DURATION:
        if m.window_before.match(text, max(0, mention.start - 40), mention.start) \
                or m.window_after.match(text, mention.end):
            return None, None, None  # "in the past 24 hours", "two years ago": a time window
        return "duration", text[mention.start:mention.end], None
    if mention.kind in (Kind.FRACTION, Kind.PERCENT):
        return _share_measure(mention, sentence, text, index, previous)
    if mention.kind != Kind.MONEY and (
            _counts_something_else(mention, text, index)
            or _POSSESSIVE_BEFORE.match(text, max(0, mention.start - 8), mention.start)
            or text[mention.end:mention.end + 1] == "-"):
        return None, None, None  # "28 districts", "her five children", "a one-child policy"
    found = _nearest_trigger(mention, text, sentence.start, sentence.end)
    if mention.kind == Kind.MONEY:
        # An amount is a claim whatever it pays for; the sentence, or the one before, says what.
        if found is None and previous is not None:
            found = _nearest_trigger(mention, text, previous.start, previous.end)
        return (found[1], found[2], None) if found else (m.default_money_measure, None, None)
    if found is None or found[0] > TRIGGER_WINDOW:
        return None, None, None
    return found[1], found[2], None


def _nearest_trigger(mention: Mention, text: str, lo: int, hi: int, exclude: str | None = None):
    """(distance, measure, words) of the trigger nearest the mention in text[lo:hi] that fits it."""
    m = _measures()
    kind = mention.kind.value
    best = None
    for trigger in m.triggers.finditer(text, lo, hi):
        if mention.start <= trigger.start() < mention.end:
            continue
        measure = m.measure_of[trigger.group().lower()]
        if measure == exclude:
            continue
        if exclude is None and kind not in m.kinds.get(measure, frozenset()):
            continue
        distance = trigger.start() - mention.end if trigger.start() >= mention.end \
            else mention.start - trigger.end()
        if best is None or distance < best[0]:
            best = (distance, measure, trigger.group())
    return best


def _share_measure(mention: Mention, sentence: Sentence, text: str, index: SubjectIndex | None,
                   previous: Sentence | None):
    """A share: "half the country's population has fled" -> (displaced, "fled", population)."""
    m = _measures()
    base = _denominator(mention, sentence, text, index)
    if base is None:
        return None, None, None
    denominator, base_words = base
    after = _nearest_trigger(mention, text, mention.end, sentence.end, exclude=denominator)
    if after:
        return after[1], after[2], denominator
    if denominator != "population":
        return denominator, base_words, denominator  # "a third of the appeal": a share of it
    if base_words.lower() in m.bases_needing_a_trigger:
        return None, None, None
    # "Together, that is more than a quarter of Ukraine's prewar population": the measure was
    # named before the share, in this sentence or the one before.
    lo = previous.start if previous else sentence.start
    before = _nearest_trigger(mention, text, lo, mention.start, exclude=denominator)
    if before:
        if before[1] in ("refugees", "idps") and m.combined.search(text, sentence.start, mention.start):
            return "displaced", before[2], denominator  # "Together, that is ...": both kinds
        return before[1], before[2], denominator
    return "population", base_words, denominator  # "18.6 per cent of the population"


def _denominator(mention: Mention, sentence: Sentence, text: str, index: SubjectIndex | None):
    """(measure of the whole, its words): "the country's population", "all Americans"."""
    m = _measures()
    base = m.base.match(text, mention.end, sentence.end)
    if base:
        return m.base_measure[base.group("base").lower()], base.group("base")
    named = m.named_base.match(text, mention.end, sentence.end)
    if named and index is not None:
        named_subjects = index.lookup(named.group("name"))
        if any(index.subjects[s].type == "country" for s in named_subjects):
            return "population", named.group("name")
    return None


_NEXT_WORDS = regex.compile(r"[\s\-]{1,3}(?P<first>\p{L}{2,30})\b(?:\s{1,3}(?P<second>\p{L}{3,30})\b)?")
_POSSESSIVE_BEFORE = regex.compile(r"(?r)\b(?:her|his|their|my|our|your|its)\s{1,3}", regex.IGNORECASE)


def _counts_something_else(mention: Mention, text: str, index: SubjectIndex | None) -> bool:
    """"28 districts", "744 relief camps": the number counts a thing no measure is about."""
    following = _NEXT_WORDS.match(text, mention.end)
    if not following:
        return False
    for word in (following.group("first"), following.group("second")):
        if word is None:
            return False
        if _is_people_word(word, index):
            return False
        if _is_plural_noun(word):
            return True  # a plural noun that is not people: "districts", "camps", "schemes"
    return False


def _is_plural_noun(word: str) -> bool:
    lowered = word.lower()
    return (len(lowered) > 3 and lowered.endswith("s") and not word[0].isupper()
            and not lowered.endswith(("ss", "ous", "is", "us"))
            and lowered not in number_lexicon().not_plural)


def _is_people_word(word: str, index: SubjectIndex | None) -> bool:
    lowered = word.lower()
    m = _measures()
    trigger = m.triggers.fullmatch(lowered)
    return (lowered in number_lexicon().count_nouns
            or bool(trigger and "money" not in m.kinds[m.measure_of[lowered]])
            or bool(index and index.lookup(word)))


def _subject_of(mention: Mention, sentence: Sentence, text: str, index: SubjectIndex | None,
                hits: list[NameHit], countries: list[str], time: TimeScope, measure: str):
    """(subject id, the words it was resolved from)."""
    if index is None:
        return None, None
    when = time.at or time.end
    share = mention.kind in (Kind.FRACTION, Kind.PERCENT)
    main = countries[0] if countries else None
    local = [h for h in hits if sentence.start <= h.start < sentence.end]
    # An event counts only in the country the article is about or one the sentence names: a
    # story about Ukraine that mentions Syria once is not about Syria's ceasefires.
    countries = ([main] if main else []) + [s for h in local for s in h.subjects
                                            if index.subjects[s].type == "country"]
    the_country = _THE_COUNTRY.search(text, sentence.start, sentence.end)
    if the_country and main and (share or measure in COUNTRY_MEASURES):
        return main, f"{the_country.group()} -> {index.subjects[main].name}"
    if mention.kind == Kind.DURATION:
        # The name right after the number is what lasted ("six-year-long civil war"); a bare
        # noun ("the seven-year war") means the article's event of that kind.
        after = [h for h in local if 0 <= h.start - mention.end <= 40]
        if after:
            local = after
        elif _INDEFINITE_BEFORE.match(text, max(0, mention.start - 4), mention.start):
            # "a 48-hour pause every week": some pause, not the one the article is about.
            local = [h for h in local if not _is_place(index, h)]
        else:
            event = _event_named_by_noun(mention, text, index, hits, countries, when)
            if event:
                return event
            # Only events last: with none named in the sentence, the article's own event.
            events = [h for h in local if not _is_place(index, h)]
            if events:
                local = events
            else:
                event = _article_event(index, hits, countries, "event", when)
                if event:
                    return event
    if measure in _measures().event_measures:
        # "300,000-400,000 people have been killed" in a story about one war: that war's dead;
        # "Syria's war ... has killed": the war the reference data knows in Syria.
        event = _article_event(index, hits, countries, "war") \
            or _owned_event(index, local, text, when)
        if event and not any(index.subjects[s].type not in ("country", "region")
                             for h in local for s in h.subjects):
            return event
    if measure in ORIGIN_MEASURES:
        # Refugees are counted by where they come from: "7.7 million Venezuelans" rather than
        # "Colombia hosts"; with no people named, the country the article is about.
        people = [h for h in local if _PEOPLE_NAME.search(h.text) and _is_country(index, h)]
        world = [h for h in local if "world" in h.subjects]
        if people or world:
            # "68.5 million people were displaced worldwide, with Syrians the largest group":
            # whichever is nearer the number.
            nearest = min(people + world, key=lambda h: _gap(h, mention, text))
            if nearest in world:
                return "world", nearest.text
            local = people
        elif main:
            return main, f"(the article's country: {index.subjects[main].name})"
    # Deaths, injuries and the like belong to the event named ("the Syrian civil war") rather
    # than to a country named alongside it; populations and displacement to the country.
    by_country = share or measure in COUNTRY_MEASURES
    ranked = sorted(local, key=lambda h: (_is_country(index, h) != by_country,
                                          _gap(h, mention, text)))
    for hit in ranked:
        chosen = index.choose(hit.subjects, countries, when)
        if chosen:
            return chosen, hit.text
    if main:
        return main, f"(the article's country: {index.subjects[main].name})"
    return None, None


def _event_named_by_noun(mention: Mention, text: str, index: SubjectIndex, hits: list[NameHit],
                         countries: list[str], when):
    """"the seven-year war" -> (the article's war, "war")."""
    noun = _measures().event_noun.match(text, mention.end, mention.end + 60)
    if not noun:
        return None
    kind = _measures().event_type_of[noun.group("noun").lower()]
    return _article_event(index, hits, countries, kind, when)


# The subject types an event noun can name ("truce" may be a ceasefire or a pause).
_EVENT_TYPES = {"war": {"war"}, "ceasefire": {"ceasefire", "pause"}, "pause": {"pause", "ceasefire"},
                "event": {"war", "ceasefire", "pause", "programme", "event"}}
_INDEFINITE_BEFORE = regex.compile(r"(?r)\b(?:an?|another)\s{1,3}", regex.IGNORECASE)
_OWNED = regex.compile(r"['’]s?\s{1,3}(?:[\w\-]{1,20}\s{1,3})?(?P<noun>\w{3,20})\b")


def _owned_event(index: SubjectIndex, local: list[NameHit], text: str, when):
    """"Syria's war", "Ukraine's civil conflict": an event of that country named by its noun."""
    m = _measures()
    for hit in local:
        owned = _OWNED.match(text, hit.end, hit.end + 40)
        kind = m.event_type_of.get(owned.group("noun").lower()) if owned else None
        if not kind:
            continue
        types = _measures().event_subject_types[kind]
        for country in hit.subjects:
            events = tuple(sid for sid in index.children.get(country, ())
                           if index.subjects[sid].type in types)
            chosen = index.choose(events, [country], when) if events else None
            if chosen:
                return chosen, text[hit.start:owned.end()]
    return None


def _article_event(index: SubjectIndex, hits: list[NameHit], countries: list[str], kind: str,
                   when=None):
    """The event of `kind` the article names (most named, then nearest in time), in one of the
    countries it is about: (id, the words it was named by), or None."""
    types = _measures().event_subject_types[kind]
    counts: dict[str, int] = {}
    words: dict[str, str] = {}
    for hit in hits:
        for sid in hit.subjects:
            subject = index.subjects[sid]
            if subject.type in types and (not subject.parent or subject.parent in countries):
                counts[sid] = counts.get(sid, 0) + 1
                words.setdefault(sid, hit.text)
    if not counts:
        return None
    best = max(counts.values())
    candidates = tuple(sid for sid, n in counts.items() if n == best)
    chosen = index.choose(candidates, countries, when)
    return (chosen, f"(the article's {kind}: {words[chosen]})") if chosen else None


def _event_start(index: SubjectIndex, hits: list[NameHit], sentence: Sentence,
                 subject: str | None) -> dt.date | None:
    if subject and index.subjects[subject].start:
        return index.subjects[subject].start
    local = [h for h in hits if sentence.start <= h.start < sentence.end]
    for hit in sorted(local, key=lambda h: -h.start) + hits:
        for sid in hit.subjects:
            if index.subjects[sid].start and index.subjects[sid].type != "country":
                return index.subjects[sid].start
    return None


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


def _time_of(sentence: Sentence, article: Article) -> TimeScope:
    text = article.text
    published = article.date
    since = _SINCE.search(text, sentence.start, sentence.end)
    if since:
        start = dt.date(int(since.group("year")), 1, 1) if since.group("year") else None
        return TimeScope(at=published, start=start, end=published, text=since.group())
    year = _IN_YEAR.search(text, sentence.start, sentence.end)
    if year:
        y = int(year.group("year"))
        return TimeScope(at=dt.date(y, 12, 31), start=dt.date(y, 1, 1), end=dt.date(y, 12, 31),
                         text=year.group())
    month = _IN_MONTH.search(text, sentence.start, sentence.end)
    if month and published:
        number = list(calendar.month_name).index(month.group("month").capitalize())
        y = int(month.group("year")) if month.group("year") else (
            published.year if number <= published.month else published.year - 1)
        last = calendar.monthrange(y, number)[1]
        return TimeScope(at=dt.date(y, number, last), start=dt.date(y, number, 1),
                         end=dt.date(y, number, last), text=month.group())
    weekday = _ON_WEEKDAY.search(text, sentence.start, sentence.end)
    if weekday and published:
        target = list(calendar.day_name).index(weekday.group("day").capitalize())
        ahead = (target - published.weekday()) % 7
        day = published + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
        return TimeScope(at=day, text=weekday.group())
    return TimeScope(at=published)
