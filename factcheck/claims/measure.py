"""What a number counts: the measure, read from the number's own phrase and clause first.

In order, the first that answers wins:
  1. a trigger among the head words right after the number ("6 million refugees");
  2. the nearest trigger in the number's clause ("10 million were displaced, 6 million of them
     as refugees": the 6 million are refugees, not displaced);
  3. a population phrasing with nothing else in the clause: "Brazil's 214 million people", "the
     country's 44 million", "its 5 million inhabitants", "with 44 million people, Ukraine ...",
     "a country of some 44 million";
  4. the nearest trigger in the sentence within TRIGGER_WINDOW characters;
  5. a people's name as the head ("214 million Brazilians") with nothing else near: population.
Each answer says which words gave it (`Reading.words` and `Reading.rule`).
"""

from __future__ import annotations

import calendar
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

import regex

from ..lexicon import load_data_file, number_lexicon
from ..model import Kind, Mention
from ..subjects import SubjectIndex
from .context import TRIGGER_WINDOW, ArticleContext, SentenceContext, Trigger
from .phrases import QuantityPhrase
from .vocabulary import ends_in_none, last_words, starts_with_none, vocabulary

SHARE_WINDOW = 200  # characters after a share in which the trigger saying what it measures counts


class Reading(NamedTuple):
    """A measure and why: the words that named it and the rule that read them. (A tuple, as
    the other readings of a number: one or more is made for every number.)"""

    measure: str
    words: str | None
    rule: str
    denominator: str | None = None


def rejects(mention: Mention, text: str, index: SubjectIndex | None) -> bool:
    """Cheap tests, before the phrase is read, that a number is no claim: "28 districts", "her
    five children", "a one-child policy", "in the past 24 hours", "two years ago"."""
    if mention.kind == Kind.DURATION:
        return _time_window(mention, text)
    if mention.kind in (Kind.FRACTION, Kind.PERCENT, Kind.MONEY):
        return False
    if text[mention.end:mention.end + 1] == "-":
        return True
    owner = _possessive_before(text, mention.start)
    if owner and not owner.group().lower().startswith("its"):
        return True
    if _counts_another_group(mention, text):
        return True
    if index is not None and _owned_by_an_unknown_name(mention, text, index):
        return True
    return _counts_something_else(mention, text, index)


@lru_cache(maxsize=1)
def _needs_firsts() -> frozenset[str]:
    """The first words of _need_after's matches: one of them among the next words, or no match."""
    return frozenset(_NEED_ADVERBS) | frozenset(
        v.split()[0].lower() for v in load_data_file("phrasings.yaml")["need_verbs"])


_NEED_ADVERBS = ("still", "now", "urgently")
"""Words that may stand between a number's head and a need verb ("still need")."""


def listed(key: str) -> str:
    """A regex alternation of phrasings.yaml's list `key`, longest first."""
    return "|".join(regex.escape(w) for w in sorted(load_data_file("phrasings.yaml")[key],
                                                    key=len, reverse=True))


@lru_cache(maxsize=1)
def _need_after() -> regex.Pattern:
    return regex.compile(r"\s{1,3}(?:(?:" + "|".join(_NEED_ADVERBS) + r")\s{1,3})?(?:"
                         + listed("need_verbs") + r")\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _other_groups() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data_file("phrasings.yaml")["other_groups"])


@lru_cache(maxsize=1)
def _other_group_head() -> regex.Pattern:
    # past one or two modifiers, never a joint: "refugees and migrants" are not migrants alone
    return regex.compile(r"[\s\-]{1,3}(?:(?!(?:and|or|nor)\b)[\p{L}.\-’']{1,24}\s{1,3}){0,2}(?P<head>"
                         + listed("other_groups") + r")\b", regex.IGNORECASE)


def _counts_another_group(mention: Mention, text: str) -> bool:
    """"5,000 U.S. troops", "2.8 million Venezuelan migrants": the number's head noun names a
    group no measure counts (phrasings.yaml, other_groups), so no trigger elsewhere is about it.
    A group that a measure's trigger names (a dataset of one's own may count "voters") is not
    another group."""
    words = text[mention.end:mention.end + 64].lower().split(None, 3)[:3]
    if not any(w.strip(".,;:!?()\"'’") in _other_groups() for w in words):
        return False  # none of the next three words is such a group (a speed-up only)
    found = _other_group_head().match(text, mention.end, mention.end + 64)
    if found is None:
        return False
    triggers = vocabulary().measure_of
    head = found.group("head").lower()
    words = text[mention.end:found.end()].lower().split()
    return head not in triggers and " ".join(words[-2:]) not in triggers


_NAME_OWNS = regex.compile(
    r"(?r)(?<![\w.])(?P<name>\p{Lu}[\p{L}\-]{1,30}(?:\s\p{Lu}[\p{L}\-]{1,30}){0,2})['’]s?\s{1,3}\Z")


def _owned_by_an_unknown_name(mention: Mention, text: str, index: SubjectIndex) -> bool:
    """"Tigray's 5.5 million people", "Gaza's 2.1 million": a name the reference does not know owns
    the number, so it counts a part (a region, a city) or something else, not a subject's."""
    before = text[max(0, mention.start - 4):mention.start]
    if "'" not in before and "’" not in before:
        return False  # no possessive right before it (a speed-up only)
    owner = _NAME_OWNS.match(text, max(0, mention.start - 100), mention.start)
    if owner is None:
        return False
    return name_unknown(owner.group("name"), index)


def name_unknown(name: str, index: SubjectIndex) -> bool:
    """Whether neither a capitalised name nor any of its last words is one the reference knows:
    "Tigray", "Borno"; not "Yesterday South Korea", "Saudi Arabia", "South Sudan"."""
    words = name.split()
    return not any(index.lookup(" ".join(words[k:])) for k in range(len(words)))


def measure_of(phrase: QuantityPhrase, context: SentenceContext, article: ArticleContext
               ) -> Reading | None:
    """The measure of the phrase's number, or None when the text does not say what it counts."""
    if not phrase.possessor and not phrase.country_possessor \
            and _needs_firsts().intersection(article.text[phrase.head_end:phrase.head_end + 40].lower().split()[:3]) \
            and _need_after().match(article.text, phrase.head_end, min(len(article.text), phrase.head_end + 40)):
        # "6.9 million Somalis need aid": people in need, whatever else the sentence says (but
        # "Yemen's 40.6 million people face famine" is still the owner's population)
        return None
    reading = _read_measure(phrase, context, article)
    if reading is None or reading.words is None or reading.measure == "duration":
        return reading
    named = context.triggers_named(reading.words)
    if not named:
        return reading
    trigger = named[0]
    if _joined_with_another(trigger, context, article.text):
        return None  # "killed or driven from their homes more than half": two measures at once
    if reading.measure == "population" and _of_a_part(trigger.start, phrase, context, article):
        return None  # "Maiduguri, a city whose population has swelled to 2 million"
    if phrase.clause[0] <= trigger.start < phrase.clause[1] and _names_a_place(trigger, article.text):
        return None  # "the refugee camp at Dadaab holds 230,000 Somalis": a camp's people
    if reading.measure == "population" and _lives_in_a_part(trigger, phrase, article.text) \
            and not _country_named_after(trigger, context, article):
        return None  # "190 million Brazilians live in cities": a part the reference does not hold
    if reading.measure == "population" and _lives_elsewhere(trigger, phrase, context, article):
        return None  # "5 million Syrians live in Turkey": a people abroad, not a population
    if _stated_whole(trigger, phrase, article.text):
        return Reading(reading.measure, reading.words, WHOLE_RULE, reading.denominator)
    if reading.measure in ("displaced", "refugees", "idps") and (_may_flow(
            article.text, phrase.head_end, min(phrase.clause[1], phrase.head_end + 60)) and _FLOW.search(
            article.text, phrase.head_end, min(phrase.clause[1], phrase.head_end + 60))
            or "since" in article.text[phrase.head_end:phrase.head_end + 60].lower()
            and _SINCE_A_DAY.search(article.text, phrase.head_end, min(phrase.clause[1], phrase.head_end + 60))
            or _opens_with_period(article.text, context.sentence.start, phrase.mention.start)):
        # "driven 3 million abroad in three weeks": a flow over the period, not a stock.
        return Reading("new_displacements", f"{reading.words} … in a period", "a flow",
                       reading.denominator)
    if reading.measure == "displaced":
        inside = _displaced_at_home(trigger, phrase, article.text)
        if inside:
            return Reading("idps", f"{reading.words} … {inside}", "displaced inside the country",
                           reading.denominator)
    if reading.measure == "displaced" and any(
            t.measure == "refugees" for t in context.triggers_between(phrase.head_end,
                                                                        phrase.head_end + 3)):
        # "had driven about 730,000 Syrians abroad": where they were driven, right after them.
        return Reading("refugees", f"{reading.words} … abroad", "fled across a border",
                       reading.denominator)
    if reading.measure == "displaced" and _to_another_country(trigger, phrase, context, article):
        return Reading("refugees", f"{reading.words} … to another country", "fled across a border",
                       reading.denominator)
    return reading


@lru_cache(maxsize=1)
def _part_places() -> regex.Pattern:
    words = load_data_file("phrasings.yaml")["part_places"]
    return regex.compile(r"\s{1,3}(?:" + "|".join(regex.escape(w) for w in
                                               sorted(words, key=len, reverse=True))
                         + r")\b", regex.IGNORECASE)


WHOLE_RULE = "the owner's whole count"
"""The rule of a measure read from "<Country>'s <measure> numbered N": the checker never takes
such a figure for a part of the country, however small."""
FLED_IN_PERIOD_RULE = "fled in a period"
"""The rule of "700,000 Rohingya fled to Bangladesh in 2017": the people who fled in that year,
at most the displaced at its end, who may be more. The checker does not call fewer false."""
OWNED_REFUGEES_RULE = "refugees owned by a country"
"""The rule of "Uganda's 1.5 million refugees": a country's refugees may be those it hosts or
those who fled it. The checker judges them as by origin only where that reading is close."""
WHOLE_RULES = frozenset({WHOLE_RULE, "a population phrasing", "the country's number",
                         "a country's people", "the whole of a share"})
"""Rules by which the text states the count as the subject's whole ("a country of 2.2 million",
"Brazil's 214 million people", "its 5 million inhabitants"): never a part, however small."""


@lru_cache(maxsize=1)
def _total_verb() -> regex.Pattern:
    verbs = load_data_file("phrasings.yaml")["total_verbs"]
    return regex.compile(r"\s{1,3}(?:" + "|".join(regex.escape(w) for w in sorted(
        verbs, key=len, reverse=True)) + r")\s{1,3}", regex.IGNORECASE)


_OWNER_BEFORE = regex.compile(r"(?r)\b\p{Lu}[\w\-]{1,40}['’]s?\s{1,3}(?:[\w\-]{1,20}\s{1,3})?\Z")


def _stated_whole(trigger: Trigger, phrase: QuantityPhrase, text: str) -> bool:
    """"Ukraine's refugees numbered 27,000": the measure's word, owned by a name, is the subject
    of a verb that states its count right before the number (phrasings.yaml, total_verbs)."""
    start = phrase.mention.start
    if not (trigger.end < start <= trigger.end + 30) or phrase.clause[0] > trigger.start:
        return False
    if _total_verb().fullmatch(text, trigger.end, start) is None:
        return False
    return _OWNER_BEFORE.search(text, max(phrase.clause[0], trigger.start - 50),
                                trigger.start) is not None


@lru_cache(maxsize=1)
def _head_measures() -> tuple[dict[str, str], regex.Pattern]:
    data = load_data_file("phrasings.yaml")
    nouns = {w.lower(): measure for measure, ws in data["head_measures"].items() for w in ws}
    blockers = regex.compile(r"(?r)\b(?:" + "|".join(
        regex.escape(w) for w in sorted(data["head_measure_blockers"], key=len, reverse=True))
        + r")\s{1,3}(?:\w+\s{1,3}){0,2}\Z", regex.IGNORECASE)
    return nouns, blockers


def _head_measure(phrase: QuantityPhrase, text: str, fits) -> Reading | None:
    """"claimed 4.7 million lives": a head noun that names the measure by itself
    (phrasings.yaml, head_measures), unless a blocker stands before ("saved 3,000 lives")."""
    nouns, blockers = _head_measures()
    measure = nouns.get(phrase.head_noun.lower())
    if measure is None or not fits(Trigger(0, 0, phrase.head_noun, measure)):
        return None
    mention = phrase.mention
    if blockers.search(text, max(phrase.clause[0], mention.start - 30), mention.start):
        return None
    return Reading(measure, phrase.head_noun, "head noun")


def _country_named_after(trigger: Trigger, context: SentenceContext, article: ArticleContext
                         ) -> bool:
    """"4.45 million Palestinians live in the West Bank and Gaza": a country's own name after
    "live in", though it starts like a part place ("the west")."""
    if article.index is None:
        return False
    at = _THE.match(article.text, trigger.end)
    start = at.end() if at else trigger.end
    return _country_at(start, context, article)


def _lives_in_a_part(trigger: Trigger, phrase: QuantityPhrase, text: str) -> bool:
    """"N Brazilians live in cities", "living in poverty": where they live is a part of the
    country, or a condition, not the country itself (phrasings.yaml, part_places)."""
    if trigger.words.lower() not in ("live in", "living in", "people live"):
        return False
    end = trigger.end + (3 if trigger.words.lower() == "people live" else 0)
    if trigger.words.lower() == "people live" and text[trigger.end:end].lower() != " in":
        return False
    return _part_places().match(text, end, min(len(text), end + 40)) is not None


_THE = regex.compile(r"\s{1,3}(?:the\s{1,3})?")


def _lives_elsewhere(trigger: Trigger, phrase: QuantityPhrase, context: SentenceContext,
                     article: ArticleContext) -> bool:
    """"5 million Syrians live in Turkey": a people's name living in another country is a part
    of that people abroad (refugees or migrants), not the population of either country."""
    index = article.index
    if index is None or trigger.words.lower() not in ("live in", "living in") \
            or not phrase.head or not _is_people_name(phrase.head_noun, index):
        return False
    at = _THE.match(article.text, trigger.end)
    start = at.end() if at else trigger.end
    hit = next((h for h in context.hits_near(start, start, 0) if h.start == start), None)
    if hit is None or not _names_a_country(hit.text, index):
        return False
    return not set(index.lookup(phrase.head_noun)) & set(hit.subjects)


# "would last 12 hours", "is meant to last 10 days": "last" the verb, a length, not a window.
_LAST_THE_VERB = regex.compile(r"(?r)\b(?:will|would|to|could|should|may|might|must|can|shall|"
                               r"did|does|do|'ll|not)\s{1,3}last\s{1,3}\Z", regex.IGNORECASE)


def _time_window(mention: Mention, text: str) -> bool:
    """"in the past 24 hours", "two years ago": a duration that dates something, not a length."""
    v = vocabulary()
    lo = max(0, mention.start - 40)
    window = None if ends_in_none(text, lo, mention.start, v.window_before_ends) else \
        v.window_before.match(text, lo, mention.start)
    if window and _LAST_THE_VERB.search(text, lo, mention.start):
        window = None
    return bool(window or v.window_after.match(text, mention.end))


def _opens_with_period(text: str, lo: int, hi: int) -> bool:
    """"In three weeks, 200,000 have fled", "Since August, 300,000 have fled": a period that opens
    the sentence makes its count a flow too."""
    while lo < hi and text[lo].isspace():
        lo += 1
    return _may_flow(text, lo, hi) and _FLOW.match(text, lo, hi) is not None \
        or text[lo:lo + 5].lower() == "since" and _SINCE_A_DAY.match(text, lo, hi) is not None


def _joined_with_another(trigger: Trigger, context: SentenceContext, text: str) -> bool:
    """"killed or driven", "dead and injured": the number counts two measures together."""
    i = context.trigger_position(trigger)
    for other in context.triggers[max(0, i - 1):i] + context.triggers[i + 1:i + 2]:
        if other.measure == trigger.measure:
            continue
        lo, hi = (other.end, trigger.start) if other.end <= trigger.start else (trigger.end, other.start)
        if 0 <= hi - lo <= 6 and _JOINING.fullmatch(text, lo, hi):
            return True
    return False


def _displaced_at_home(trigger: Trigger, phrase: QuantityPhrase, text: str) -> str | None:
    """"3.7 million are displaced at home", "displaced 390,000 Mexicans inside the country": the
    words after the displacement, in the number's clause, that keep it inside the country."""
    lo = max(trigger.end, phrase.head_end)
    hi = min(phrase.clause[1], lo + 40)
    marker = vocabulary().internal_marker.search(text, lo, hi)
    return marker.group() if marker else None


def _to_another_country(trigger: Trigger, phrase: QuantityPhrase, context: SentenceContext,
                        article: ArticleContext) -> bool:
    """"fled to Cameroon, Chad and Congo", "driven 745,000 people into neighbouring countries",
    "had fled by the end of 2018, most to Colombia": displaced across a border are refugees."""
    if article.index is None:
        return False
    text = article.text
    after = [trigger.end]
    if trigger.end <= phrase.mention.start:  # "driven 745,000 people into ...": after the phrase
        after.append(phrase.head_end)
    for at in after:
        to = _TO_PLACE.match(text, at)
        if to is None:
            continue
        if _OTHER_COUNTRIES.match(text, to.end()):
            return True
        if _country_at(to.end(), context, article):
            return True
    most = _MOST_TO.match(text, max(phrase.head_end, trigger.end),
                          min(context.sentence.end, max(phrase.head_end, trigger.end) + 60))
    return bool(most) and _country_at(most.end(), context, article)


def _country_at(offset: int, context: SentenceContext, article: ArticleContext) -> bool:
    at = [h for h in context.hits_near(offset, offset, 0) if h.start == offset]
    return bool(at) and any(article.index.subjects[s].type == "country" for s in at[0].subjects)


_OTHER_COUNTRIES = regex.compile(r"(?:other\s{1,3})?(?:countries|nations|states)\b", regex.IGNORECASE)
# "..., most to Colombia": where most of them went, a clause after the number's.
_MOST_TO = regex.compile(r"[^.;:!?]{0,40}?,\s{1,3}(?:most|many|mostly|largely|the\s{1,3}majority)"
                         r"\s{1,3}(?:of\s{1,3}them\s{1,3})?(?:to|into)\s{1,3}(?:neighbouring\s{1,3}|neighboring\s{1,3})?",
                         regex.IGNORECASE)


_SUBSET_VERB = regex.compile(r"\s{1,3}(?:now\s{1,3})?(?:have|has|had|own|use|lack|need|speak|work)\b",
                             regex.IGNORECASE)
_FLOW = regex.compile(r"\b(?:in|within|over|during)\s{1,3}(?:the\s{1,3}(?:past|last|first)\s{1,3})?"
                      r"(?:[\w\-]{1,12}\s{1,3}){0,2}?(?:hours?|days?|weeks?|months?)\b", regex.IGNORECASE)
_MONTHS = "|".join([*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"])
_SINCE_A_DAY = regex.compile(
    rf"\bsince\s{{1,3}}(?:(?:mid|early|late)[\s\-]{{1,2}})?(?:(?:{_MONTHS})\b\.?(?:\s{{1,3}}\d{{1,2}}\b)?"
    rf"|\d{{1,2}}\s{{1,3}}(?:{_MONTHS})\b)(?!\.?,?\s{{1,3}}(?:19|20)\d{{2}})",
    regex.IGNORECASE)
"""A start written as a month or a day of this year ("since April", "since Feb. 24"): the people
moved since then are a flow, never the stock the reference holds at a date."""
_PERIOD_UNITS = ("hour", "day", "week", "month")


def _may_flow(text: str, lo: int, hi: int) -> bool:
    """False when text[lo:hi] is ASCII and holds no unit of a period ("hours", "weeks"), which
    _FLOW needs: most clauses hold none, and a substring test is far cheaper than its search."""
    span = text[lo:hi]
    if not span.isascii():
        return True
    span = span.lower()
    return any(unit in span for unit in _PERIOD_UNITS)


_JOINING = regex.compile(r"\s{1,3}(?:or|and|and/or)\s{1,3}")
_TO_PLACE = regex.compile(r"\s{1,3}(?:\p{L}{1,20}\s{1,3}){0,2}?(?:to|into)\s{1,3}(?:neighbouring\s{1,3}|neighboring\s{1,3})?")


def _read_measure(phrase: QuantityPhrase, context: SentenceContext, article: ArticleContext
                  ) -> Reading | None:
    v = vocabulary()
    mention, text, index = phrase.mention, article.text, article.index
    if mention.kind == Kind.DURATION:
        if _time_window(mention, text):
            return None  # "in the past 24 hours", "two years ago": a time window
        return Reading("duration", text[mention.start:mention.end], "unit of time")
    if mention.kind in (Kind.FRACTION, Kind.PERCENT):
        return _share_measure(phrase, context, article)
    # ("28 districts" and "a one-child policy" were turned away by rejects() already.)
    if mention.kind != Kind.MONEY and (
            _possessive_before(text, mention.start)
            and not (phrase.country_possessor and phrase.head
                     and phrase.head_noun.lower() in v.population_heads)):
        return None  # "her five children"
    kind = mention.kind.value
    # A host verb after a number is the number's verb, not its measure: "a nation of 27 million
    # hosting the tournament".
    fits = (lambda t: kind in v.kinds.get(t.measure, frozenset())
            and not (t.start >= mention.end and t.words.lower() in v.host_verb_words))
    if mention.kind == Kind.MONEY:
        sized = _money_sizes(phrase, context, text)
        if sized:
            return sized
        # An amount is a claim whatever it pays for; the sentence, or the one before, says what.
        found = nearest(mention, context, context.sentence.start, context.sentence.end, fits,
                        window=None)
        if found is None and context.previous is not None:
            previous = article.sentence_at(context.previous.start)
            found = nearest(mention, previous, previous.sentence.start, previous.sentence.end, fits,
                            window=None)
        return Reading(found.measure, found.words, "trigger in the sentence") if found else \
            Reading(v.default_money_measure, None, "an amount of money")
    if phrase.head and phrase.head_noun.lower() in v.population_heads and not _modified_head(phrase) \
            and not ends_in_none(text, share_lo := max(context.sentence.start, mention.start - 40),
                                 mention.start, _SHARE_OF_ENDS) \
            and _SHARE_OF_BEFORE.search(text, share_lo, mention.start):
        # "uprooted nearly a third of the 11.5 million people of South Sudan": the whole the
        # share is of, the country's people.
        return Reading("population", f"… of the {mention.text} {phrase.head_noun}",
                       "the whole of a share")
    in_head = [t for t in context.triggers_between(mention.end, phrase.head_end + 1) if fits(t)]
    verb_lo = max(context.sentence.start, mention.start - 30)
    if not in_head and not ends_in_none(text, verb_lo, mention.start, _change_verb_ends()) \
            and _change_verb().search(text, verb_lo, mention.start):
        lo, _ = _borrowing_span(phrase, context, text)
        if lo is not None:
            # "Ukraine's population, estimated at 41 million, has shrunk to about 37.7 million
            # as people fled abroad": the new value of what the verb is about.
            prior = _compound(nearest(mention, context, lo, mention.start, fits), context, text)
            if prior is not None and prior.end <= mention.start:
                return Reading(prior.measure, prior.words, "what its verb is about")
    found = _compound(nearest(mention, context, *phrase.clause, fits), context, text)
    if in_head and not (found and found.measure in v.action_measures
                        and in_head[0].measure not in v.action_measures):
        return Reading(in_head[0].measure, in_head[0].words, "head noun")
    if not in_head and phrase.head:
        named = _head_measure(phrase, text, fits)
        if named:
            return named
    if found is None and _PREPOSITION_START.match(text, phrase.clause[0]) \
            and phrase.clause[0] > context.sentence.start:
        # "China's population fell for a second year, to about 1.41 billion": the clause is the
        # complement of the one before it, which says what fell.
        lo, _ = context.clause(phrase.clause[0] - 1, phrase.clause[0] - 1)
        found = _compound(nearest(mention, context, lo, phrase.clause[0], fits), context, text)
    subgroup = bool(phrase.head) and (
        (phrase.head_noun.lower() in number_lexicon().count_nouns
         and phrase.head_noun.lower() not in v.population_heads
         and phrase.head_noun.lower() not in _GENERIC_PEOPLE)
        or _modified_head(phrase) or _foreign_people(phrase, context, article))
    population = None if subgroup else _population_phrasing(phrase, article, context)
    right_after = found is not None and phrase.head_end <= found.start <= phrase.head_end + 2
    # ("a staggering toll for Libya's 7.3 million people": a trigger before the possessor is
    # what the clause is about, not what the owner's people count.)
    owned_after = found is not None and phrase.possessor_start is not None \
        and found.end <= phrase.possessor_start and population is not None \
        and population.rule == "a country's people"
    if population and (owned_after or not (found and (found.measure in v.action_measures
                                                      or right_after))):
        # ("Ethiopia had 3.9 million people displaced": the participle says what they are.)
        # "South Sudan's 11.5 million people have been uprooted": still its population.
        return population
    if found and not (found.measure == "population" and subgroup):
        # ("13 million foreign workers" is no population, though "residents" is in the clause.)
        return Reading(found.measure, found.words, "trigger in its clause")
    lo, hi = _borrowing_span(phrase, context, text)
    found = _compound(nearest(mention, context, lo, hi, fits), context, text) \
        if lo is not None else None
    if found and not (found.measure == "population" and subgroup):
        return Reading(found.measure, found.words, "nearest trigger in the sentence")
    if index and _ALL_OF_THEM.match(text, mention.end):
        people = _PEOPLE_BEFORE_ALL.search(text, max(context.sentence.start, mention.start - 50),
                                           mention.start)
        if people and _is_people_name(people.group("name"), index):
            # "Indonesians, all 28.3 million of them, will pay more": the people, all of them.
            return Reading("population", f"{people.group('name')}, all … of them", "a people's name")
    if phrase.head and index and _is_people_name(phrase.head_noun, index) and not subgroup \
            and not _SUBSET_VERB.match(text, phrase.head_end):
        # ("90 million Vietnamese have mobile broadband" counts some of them, not all.)
        return Reading("population", phrase.head_noun, "a people's name")
    return None


def _compound(found: Trigger | None, context: SentenceContext, text: str) -> Trigger | None:
    """"the refugee population", "Myanmar's internally displaced population": a population
    whose modifier is another measure's word is that measure's count, not the country's people."""
    if found is None or found.measure != "population":
        return found
    i = bisect_left(context.trigger_starts, found.start)
    if i == 0:
        return found
    before = context.triggers[i - 1]
    if before.measure != "population" and 0 < found.start - before.end <= 2 \
            and text[before.end:found.start].isspace():
        return before
    return found


@lru_cache(maxsize=1)
def _part_noun_before() -> regex.Pattern:
    nouns = load_data_file("phrasings.yaml")["part_nouns"]
    return regex.compile(r"(?r)\b(?i:" + "|".join(regex.escape(w) for w in sorted(
        nouns, key=len, reverse=True)) + r")(?:['’]s)?(?:\s{1,3}\p{Lu}[\w\-]{1,30}){0,2}[,\s]{1,3}"
        r"(?i:(?:once|now|still|then|which\s{1,3}is|which\s{1,3}was|whose|is|was)\s{1,3}){0,2}\Z")


def _of_a_part(at: int, phrase: QuantityPhrase, context: SentenceContext,
               article: ArticleContext) -> bool:
    """A population phrasing (its opener or trigger at `at`) that follows a place inside a
    country ("the capital Khartoum, once home to", "a city whose population", "Gaza, home to")
    counts that place: a part-noun right before it (phrasings.yaml, part_nouns), or a name right
    before it that is no country the reference knows."""
    text = article.text
    lo = max(context.sentence.start, at - 50)
    if article.index is not None and any(
            h.end <= at and article.index.subjects[sid].type in ("region", "city")
            for h in context.hits_near(at, at, 60) if lo <= h.start for sid in h.subjects):
        return False  # "The South ... region ... is now home to": a place the reference holds
    if _part_noun_before().search(text, lo, at):
        return True
    name = _NAME_BEFORE.search(text, lo, at)
    if name is None or article.index is None:
        return False
    return not any(h.start <= name.start("name") < h.end for h in context.hits_near(at, at, 60))


# "Gaza, home to", "Khartoum, once home to": a capitalised name right before an opener.
_NAME_BEFORE = regex.compile(r"(?r)(?:^|[^\w])(?P<name>\p{Lu}[\w\-]{1,30}),\s{1,3}(?:(?:once|now|still|"
                             r"which\s{1,3}is|which\s{1,3}was|is|was)\s{1,3}){0,2}\Z")


_CHANGE_QUALIFIERS = ["about", "around", "some", "nearly", "almost", "roughly", "over",
                      "more than", "just over", "an estimated"]


@lru_cache(maxsize=1)
def _change_verb() -> regex.Pattern:
    return _verbs_then_number("change_verbs", r"(?:(?:" + "|".join(
        q.replace(" ", r"\s{1,3}") for q in _CHANGE_QUALIFIERS) + r")\s{1,3})?")


@lru_cache(maxsize=1)
def _change_verb_ends() -> tuple[str, ...]:
    """The words _change_verb can end in, right before a number."""
    return last_words(list(load_data_file("phrasings.yaml")["change_verbs"]) + _CHANGE_QUALIFIERS)


def _verbs_then_number(key: str, qualifier: str) -> regex.Pattern:
    """The verbs of phrasings.yaml's `key` right before a number, a qualifier between them
    allowed (matched backwards from the number)."""
    verbs = load_data_file("phrasings.yaml")[key]
    return regex.compile(r"(?r)\b(?:" + "|".join(regex.escape(w) for w in sorted(
        verbs, key=len, reverse=True)) + r")\s{1,3}" + qualifier + r"\Z", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _place_noun() -> regex.Pattern:
    nouns = load_data_file("phrasings.yaml")["place_nouns"]
    return regex.compile(r"[\s\-]{1,3}(?:" + "|".join(regex.escape(w) for w in sorted(
        nouns, key=len, reverse=True)) + r")\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _place_nouns() -> tuple[str, ...]:
    return tuple(w.lower() for w in load_data_file("phrasings.yaml")["place_nouns"])


def _names_a_place(trigger: Trigger, text: str) -> bool:
    """"refugee camp", "displacement sites": the trigger word modifies a place noun
    (phrasings.yaml, place_nouns), so it says where, not what the number counts."""
    if starts_with_none(text, trigger.end, trigger.end + 16, _place_nouns()):
        return False
    return _place_noun().match(text, trigger.end, trigger.end + 16) is not None


@lru_cache(maxsize=1)
def _neutral_modifiers() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data_file("phrasings.yaml")["population_modifiers"])


def _modified_head(phrase: QuantityPhrase) -> bool:
    """"Brazil's 900,000 indigenous people", "India's 300 million poor people": a word before the
    head that picks out some of the people makes them a group, not the population
    (phrasings.yaml, population_modifiers, lists the words that do not)."""
    if len(phrase.head) < 2 or phrase.head_noun.lower() not in vocabulary().population_heads:
        return False
    neutral = _neutral_modifiers()
    return any(w.lower() not in neutral for w in phrase.head[:-1])


def _foreign_people(phrase: QuantityPhrase, context: SentenceContext,
                    article: ArticleContext) -> bool:
    """"Turkey's 3.6 million Syrians", "Colombia is home to 2.8 million Venezuelans": a people's
    name after a country named before it in the clause is a people living in that other
    country, the population of neither."""
    index = article.index
    if index is None or not phrase.head or not _is_people_name(phrase.head_noun, index):
        return False
    people = set(index.lookup(phrase.head_noun))
    lo = phrase.clause[0]
    before = [h for h in context.hits_near(phrase.mention.start, phrase.mention.start, 80)
              if lo <= h.start and h.end <= phrase.mention.start
              and not is_people_name(h.text, h.subjects, index)]
    return any(_names_a_country(h.text, index) and not people & set(h.subjects) for h in before)


_ALL_OF_THEM = regex.compile(r"\s{1,3}of\s{1,3}them\b")
_PEOPLE_BEFORE_ALL = regex.compile(r"(?r)(?P<name>\p{Lu}[\w\-]{2,30}),\s{1,3}all\s{1,3}\Z")
_SHARE_OF_BEFORE = regex.compile(
    r"(?r)\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|percent|per\s{1,3}cent|%)"
    r"\s{1,3}of\s{1,3}(?:the|its|their|all)\s{1,3}(?:(?:some|about|nearly|roughly|around)\s{1,3})?\Z",
    regex.IGNORECASE)
_SHARE_OF_ENDS = ("the", "its", "their", "all", "some", "about", "nearly", "roughly", "around")
# "has jailed more than 68,000 people": the object of a verb that is no trigger says what
# happened to them, which no trigger elsewhere in the sentence can tell.
_OBJECT_OF_VERB = regex.compile(r"(?r)\b(?:has|have|had|was|were|been|is|are)\s{1,3}(?:\w{2,20}ly\s{1,3})?"
                                r"(?P<verb>\w{2,20}ed)\s{1,3}\Z", regex.IGNORECASE)
# Where a number's clause stands apart from what comes before it in its sentence: after a
# semicolon or colon, or in a relative clause ("where 5.2 million need food aid").
_APART = regex.compile(r"[;:]")
# A clause after a semicolon that opens with a word referring back to what came before.
_REFERS_BACK = regex.compile(r"\s{0,3}(?:(?:today|now|currently|since\s{1,3}then|by\s{1,3}now)[,\s]{1,3})?"
                             r"(?:it|that|this|they|the\s{1,3}figure|the\s{1,3}number|the\s{1,3}total)\b",
                             regex.IGNORECASE)
_COUNTS_ITS_ANTECEDENT = regex.compile(r"[,\s]{0,3}(?:whose\s{1,3}(?:number|numbers|total|count|ranks)|whom)\b",
                                       regex.IGNORECASE)
_RELATIVE_OPENER = regex.compile(r"[,\s]{0,3}(?:where|whose|who|which)\b",
                                 regex.IGNORECASE)


def _borrowing_span(phrase: QuantityPhrase, context: SentenceContext, text: str
                    ) -> tuple[int | None, int]:
    """Where a number with no trigger of its own may borrow one: its sentence, but not past a
    semicolon or colon, not into or out of a relative clause, and not for the object of another
    verb. (None, 0) when it may borrow none."""
    mention = phrase.mention
    verb_lo = max(phrase.clause[0], mention.start - 40)
    verb = None if ends_in_none(text, verb_lo, mention.start, ("ed",)) else \
        _OBJECT_OF_VERB.search(text, verb_lo, mention.start)
    if verb and verb.group("verb").lower() not in vocabulary().measure_of:
        return None, 0
    lo, hi = context.sentence.start, context.sentence.end
    if _RELATIVE_OPENER.match(text, phrase.clause[0]) and phrase.clause[0] > lo:
        if _COUNTS_ITS_ANTECEDENT.match(text, phrase.clause[0]):
            # "Ukrainian refugees, whose number the UN put at 5.1 million": the number counts
            # the noun the clause is about, right before it.
            return max(lo, phrase.clause[0] - 30), phrase.clause[1]
        return None, 0
    window_lo = max(lo, mention.start - TRIGGER_WINDOW - 40)
    window_hi = min(hi, mention.end + TRIGGER_WINDOW)
    before = [m.end() for m in _APART.finditer(text, window_lo, mention.start)]
    if before and _REFERS_BACK.match(text, before[-1], mention.start):
        before = before[:-1]  # "...a population of 44 million; today it is about 38 million"
    # Only backwards: "India's tally crosses 51 lakh; Maharashtra reports 24,000 new cases"
    # still says what the headline's number counts.
    return (before[-1] if before else lo), hi


_NAMED_NOUN = regex.compile(r"\s{1,3}(?:\p{Lu}[\w.\-]{0,20}\s{1,3}){1,2}(?P<noun>\w{3,20})\b")


def _money_sizes(phrase: QuantityPhrase, context: SentenceContext, text: str) -> Reading | None:
    """"a $3.5 trillion economy", "Nigeria's economy, worth $360 billion": an amount that is the
    size of the noun it is written with, when the run knows that noun's measure."""
    v = vocabulary()
    for word in phrase.head[:2]:
        measure = v.money_head_measure.get(word.lower())
        if measure in v.kinds:
            return Reading(measure, f"{phrase.mention.text} {word}", "the noun it sizes")
    mention = phrase.mention
    named = _NAMED_NOUN.match(text, mention.end, min(context.sentence.end, mention.end + 40))
    if named:  # "the $27.4 trillion U.S. economy": a name between the amount and its noun
        measure = v.money_head_measure.get(named.group("noun").lower())
        if measure in v.kinds:
            return Reading(measure, f"{mention.text} … {named.group('noun')}", "the noun it sizes")
    opener = v.money_opener.match(text, max(context.sentence.start, mention.start - 30),
                                  mention.start)
    if opener:
        measure = v.money_opener_measure[" ".join(opener.group("opener").lower().split())]
        if measure in v.kinds:
            return Reading(measure, opener.group("opener"), "the noun it sizes")
    compared_lo = max(context.sentence.start, mention.start - 40)
    compared = None if ends_in_none(text, compared_lo, mention.start, _COMPARED_ENDS) else \
        _COMPARED_WITH.match(text, compared_lo, mention.start)
    if compared:
        # "an economy at $4.46 trillion against Japan's $4.3 trillion": what the amount it is
        # compared with sizes.
        owner = _money_noun_before().match(text, max(context.sentence.start, compared.start() - 50),
                                           compared.start())
        measure = v.money_head_measure.get(owner.group("noun").lower()) if owner else None
        if measure in v.kinds:
            return Reading(measure, f"{owner.group('noun')} … {compared.group().strip()}",
                           "the noun it sizes")
    value_lo = max(context.sentence.start, mention.start - 20)
    value = None if ends_in_none(text, value_lo, mention.start, v.money_value_ends) else \
        v.money_value.match(text, value_lo, mention.start)
    if value is not None:
        owner = v.money_owner.match(text, max(context.sentence.start, value.start() - 40),
                                    value.start())
        measure = v.money_head_measure.get(owner.group("noun").lower()) if owner else None
        if measure in v.kinds:
            return Reading(measure, f"{owner.group('noun')} … {value.group('value')}",
                           "the noun it sizes")
    return None


_QUALIFIED = (r"(?:(?:some|about|around|nearly|almost|over|more\s{1,3}than|roughly|"
              r"an\s{1,3}estimated)\s{1,3})?")
_IN_ALL = regex.compile(r"\s{1,3}(?:in\s{1,3}all|in\s{1,3}total|all\s{1,3}told)\b", regex.IGNORECASE)
_PEOPLE_BEFORE = regex.compile(r"(?r)(?P<people>\p{Lu}[\w\-]{2,40}),\s{1,3}(?i:" + _QUALIFIED + r")\Z")
_COMPARED_WITH = regex.compile(r"(?r)\b(?:against|versus|vs\.?|compared\s{1,3}with|compared\s{1,3}to)"
                               r"\s{1,3}(?:\p{Lu}[\w.\-]{1,30}['’]s?\s{1,3})?\Z")
# Its last words: the comparison's, or a possessive name's ending.
_COMPARED_ENDS = ("against", "versus", "vs", "vs.", "with", "to", "'s", "'", "’s", "’")


@lru_cache(maxsize=1)
def _governs() -> regex.Pattern:
    return _verbs_then_number("governing_verbs", _QUALIFIED)


@lru_cache(maxsize=1)
def _governs_ends() -> tuple[str, ...]:
    """The words _governs can end in, right before a number (a verb, or _QUALIFIED's)."""
    return last_words(list(load_data_file("phrasings.yaml")["governing_verbs"]) + [
        "some", "about", "around", "nearly", "almost", "over", "than", "roughly", "estimated"])


@lru_cache(maxsize=1)
def _money_noun_before() -> regex.Pattern:
    """A money head shortly before, past the amount it sized ("economy, at $4.46 trillion ")."""
    nouns = [w for ws in load_data_file("phrasings.yaml")["money_heads"].values() for w in ws]
    return regex.compile(r"(?r)\b(?P<noun>" + "|".join(regex.escape(n) for n in sorted(
        nouns, key=len, reverse=True)) + r")\b(?:[^.;:!?]|\.(?=\d)){0,40}\Z", regex.IGNORECASE)


def _population_phrasing(phrase: QuantityPhrase, article: ArticleContext,
                         context: SentenceContext) -> Reading | None:
    """"Brazil's 214 million people", "its 5 million inhabitants", "with 44 million people,",
    "Syria had 22 million people"."""
    v = vocabulary()
    head = phrase.head_noun.lower() if phrase.head else None
    people = head in v.population_heads or (
        head is not None and article.index is not None and _is_people_name(phrase.head_noun,
                                                                           article.index))
    governs_lo = max(context.sentence.start, phrase.mention.start - 40)
    if head in v.population_heads \
            and not ends_in_none(article.text, governs_lo, phrase.mention.start, _governs_ends()) \
            and _governs().match(article.text, governs_lo, phrase.mention.start):
        # "will now govern 215 million people": a leader's country's people (a small figure is
        # still read as a part of it).
        return Reading("population", f"governs … {phrase.head_noun}", "the people a leader governs")
    if not phrase.head \
            and not starts_with_none(article.text, phrase.mention.end, phrase.mention.end + 20,
                                     ("in", "all")) \
            and _IN_ALL.match(article.text, phrase.mention.end):
        named = _PEOPLE_BEFORE.match(article.text, max(context.sentence.start, phrase.mention.start - 40),
                                     phrase.mention.start)
        if named and article.index and _is_people_name(named.group("people"), article.index):
            # "Chileans, 18.3 million in all, rejected ...": the people, counted whole.
            return Reading("population", f"{named.group('people')}, … in all", "a country's people")
    number_at = phrase.mention.start
    has_lo = max(0, number_at - 60)
    has = None if ends_in_none(article.text, has_lo, number_at, _COUNTRY_HAS_ENDS) else \
        _COUNTRY_HAS.match(article.text, has_lo, number_at)
    if has and people and article.index and _names_a_country(has.group("name"), article.index):
        return Reading("population", f"{has.group()} … {phrase.head_noun}", "a country's people")
    verb_lo = max(phrase.clause[0], number_at - 12)
    verb = None if ends_in_none(article.text, verb_lo, number_at, _HAS_ENDS) else \
        _HAS.match(article.text, verb_lo, number_at)
    if verb and head in v.population_heads and phrase.clause[0] > context.sentence.start:
        # "Sudan, Africa's largest country, has 31 million people": the country the sentence
        # opens with, before its apposition.
        first = context.hits[0] if context.hits else None
        if first and first.start == context.sentence.start and article.index \
                and _names_a_country(first.text, article.index):
            return Reading("population", f"{first.text}, … {verb.group().strip()} … {head}",
                           "a country's people")
    if phrase.country_possessor and (people or not phrase.head
                                     or phrase.country_possessor.lower() not in ("its", "whose")):
        return Reading("population", f"{phrase.country_possessor} {phrase.mention.text}",
                       "the country's number")
    if phrase.possessor and people and article.index and _names_a_country(phrase.possessor,
                                                                          article.index):
        return Reading("population", f"{phrase.possessor}'s … {phrase.head_noun}",
                       "a country's people")
    if phrase.opener and (people or not phrase.head) and phrase.opener.split()[0].lower() != "with":
        start = article.text.rfind(phrase.opener.split()[0], max(0, phrase.mention.start - 40),
                                   phrase.mention.start)
        if start >= 0 and _of_a_part(start, phrase, context, article):
            return None  # "the capital Khartoum, once home to some 6 million people"
        return Reading("population", phrase.opener, "a population phrasing")
    if phrase.opener and people and not any(
            t.measure != "population" for t in context.triggers_between(phrase.head_end, phrase.clause[1])):
        # "With 44 million people, Ukraine ...": the clause after the comma names the country
        # (but "with 7.4 million Syrians still displaced inside the country" counts displaced).
        return Reading("population", f"{phrase.opener} … {phrase.head_noun}",
                       "a population phrasing")
    return None


def nearest(mention: Mention, context: SentenceContext, lo: int, hi: int, fits,
            window: int | None = TRIGGER_WINDOW) -> Trigger | None:
    """The trigger nearest the mention in text[lo:hi] that `fits`, within `window` characters.

    Walks outward from the mention's position in the sentence's sorted triggers and stops at the
    window, so a number costs a bounded amount of work however many triggers the sentence has.
    """
    triggers = context.triggers
    if window is not None:
        lo, hi = max(lo, mention.start - window - 40), min(hi, mention.end + window)
    i = bisect_left(context.trigger_starts, mention.start)
    before = i - 1
    after = i
    best: tuple[int, Trigger] | None = None
    while after < len(triggers) and triggers[after].start < mention.end:
        after += 1  # a trigger inside the number's own words does not count
    while after < len(triggers) and triggers[after].start < hi:
        t = triggers[after]
        if fits(t):
            best = (t.start - mention.end, t)
            break
        after += 1
    while before >= 0 and triggers[before].start >= lo:
        t = triggers[before]
        distance = mention.start - t.end
        if best is not None and distance > best[0]:
            break  # ties go to the trigger before the number, as copy names the measure first
        if t.end <= mention.start and fits(t):
            best = (distance, t)
            break
        before -= 1
    if best is None or (window is not None and best[0] > window):
        return None
    return best[1]


def _share_measure(phrase: QuantityPhrase, context: SentenceContext, article: ArticleContext
                   ) -> Reading | None:
    """A share: "half the country's population has fled" -> displaced, of population."""
    v = vocabulary()
    mention, text = phrase.mention, article.text
    base = denominator(mention, text, article.index, context.sentence.end)
    if base is None:
        return None
    whole, base_words = base
    other = (lambda t: t.measure != whole)
    after = nearest(mention, context, mention.end, context.sentence.end, other, window=SHARE_WINDOW)
    if after and after.start >= mention.end:
        return Reading(after.measure, after.words, "trigger after the share", whole)
    if whole != "population":
        return Reading(whole, base_words, "a share of it", whole)  # "a third of the appeal"
    if base_words.lower() in v.bases_needing_a_trigger:
        return None
    # "Together, that is more than a quarter of Ukraine's prewar population": the measure was
    # named before the share, in this sentence or the one before.
    found = nearest(mention, context, context.sentence.start, mention.start, other,
                    window=SHARE_WINDOW)
    if found is None and context.previous is not None:
        previous = article.sentence_at(context.previous.start)
        if previous.triggers:
            found = next((t for t in reversed(previous.triggers) if other(t)), None)
    if found:
        combined = context.first_combining is not None and context.first_combining < mention.start
        if found.measure in ("refugees", "idps") and combined:
            return Reading("displaced", found.words, "combining word", whole)  # both kinds
        return Reading(found.measure, found.words, "trigger before the share", whole)
    return Reading("population", base_words, "a share of the population", whole)


def denominator(mention: Mention, text: str, index: SubjectIndex | None, end: int):
    """(measure of the whole, its words): "the country's population", "all Americans", or for
    "one in five Syrians" the people named right after the share."""
    v = vocabulary()
    # The base pattern reaches at most ~210 characters past the number; most shares have no base
    # word that near, and a substring test is far cheaper than the pattern's backtracking.
    near = text[mention.end:min(end, mention.end + 240)].lower()
    base = v.base.match(text, mention.end, end) \
        if any(map(near.__contains__, v.base_measure)) else None
    if base and _VERB_BEFORE_BASE.match(text, mention.end, base.start("base")):
        base = None  # "a third of Eritreans are refugees": the base is "Eritreans", not refugees
    if base:
        return v.base_measure[base.group("base").lower()], base.group("base")
    named = v.named_base.match(text, mention.end, end)
    if named and index is not None:
        words = named.group("name").split()
        for n in range(len(words), 0, -1):  # "of South Sudanese" before "of South"
            name = " ".join(words[:n])
            if any(index.subjects[s].type == "country" for s in index.lookup(name)):
                return "population", name
    people = _ONE_IN_PEOPLE.match(text, mention.end, end) if _ONE_IN.match(mention.text) else None
    if people and index is not None:
        words = people.group("name").split()
        for n in range(len(words), 0, -1):  # "South Sudanese" before "South"
            if _is_people_name(" ".join(words[:n]), index):
                return "population", " ".join(words[:n])  # "one in five Syrians": of Syria
    return None


# "of <people>" and a verb between a share and a base word: the base word is what the share's
# people are, not what they are a share of ("a third has been funded" has no such "of").
_VERB_BEFORE_BASE = regex.compile(r"\s{1,3}of\s{1,3}(?:[\w\-'’]{1,30}\s{1,3}){1,3}?"
                                  r"(?:are|is|were|was|have|has|had|became|become|remain|"
                                  r"remained|now|live|lives|living)\b", regex.IGNORECASE)
_GENERIC_PEOPLE = frozenset({"people", "persons", "individuals"})
# ("has some 31 million", "had nearly 22 million": an adverb may stand between; "has jailed more
# than 68,000 people" is another verb's object, not a count of the country's people.)
_HAS = regex.compile(r"(?r)\b(?:has|had|have|counts|numbers)\s{1,3}(?:(?:some|about|around|nearly|"
                     r"almost|roughly|over|just|only|barely|now|still|an\s{1,3}estimated)\s{1,3})?\Z",
                     regex.IGNORECASE)
_HAS_ENDS = last_words(("has", "had", "have", "counts", "numbers", "some", "about", "around",
                        "nearly", "almost", "roughly", "over", "just", "only", "barely", "now",
                        "still", "an estimated"))
_PREPOSITION_START = regex.compile(r"[,;:\s]{0,3}(?:to|from)\s", regex.IGNORECASE)
_COUNTRY_HAS = regex.compile(r"(?r)(?P<name>\p{Lu}[\w\-]{1,40}(?:\s{1,3}\p{Lu}[\w\-]{1,40}){0,2})\s{1,3}"
                             r"(?:has|had|have|counts|counted|numbers|numbered)\s{1,3}\Z")
_COUNTRY_HAS_ENDS = ("has", "had", "have", "counts", "counted", "numbers", "numbered")
_ONE_IN = regex.compile(r"(?i)(?:\w+\s{1,3})?(?:one|1)\s{1,3}(?:in|out\s{1,3}of)\s")
_ONE_IN_PEOPLE = regex.compile(r"\s{1,3}(?P<name>\p{Lu}[\w\-]{1,40}(?:\s\p{Lu}[\w\-]{1,40}){0,2})")
_NEXT_WORDS = regex.compile(r"[\s\-]{1,3}(?P<first>\p{L}{2,30})\b(?:\s{1,3}(?P<second>\p{L}{3,30})\b)?")
_POSSESSIVE_BEFORE = regex.compile(r"(?r)\b(?:her|his|their|my|our|your|its)\s{1,3}", regex.IGNORECASE)
_POSSESSIVE_ENDS = ("her", "his", "their", "my", "our", "your", "its")


def _possessive_before(text: str, start: int):
    """"her", "their", "its" ... right before the number (its match), or None."""
    lo = max(0, start - 8)
    if ends_in_none(text, lo, start, _POSSESSIVE_ENDS):
        return None
    return _POSSESSIVE_BEFORE.match(text, lo, start)
# A people's name rather than a country's: "Syrians", "Afghans", "Sudanese", "Pakistanis".
PEOPLE_NAME = regex.compile(r"(?:[^t]ans?|ians?|ese|is|ish)\Z")


def _is_people_name(word: str | None, index: SubjectIndex) -> bool:
    """"Brazilians", "Syrians", "South Sudanese": a country's people, by a name the index knows."""
    if not word or not word[:1].isupper():
        return False
    return is_people_name(word, index.lookup(word), index)


def is_people_name(text: str, subjects, index: SubjectIndex) -> bool:
    """A people's name ("Afghans", "Sudanese") rather than a country's own ("Jordan", "Sudan"):
    shaped like one, and not the name of the country it names."""
    if not PEOPLE_NAME.search(text) and text not in index.people_names:
        return False
    countries = [index.subjects[s] for s in subjects if index.subjects[s].type == "country"]
    return bool(countries) and all(text != c.name and text not in c.aliases[:1] for c in countries)


def _names_a_country(name: str, index: SubjectIndex) -> bool:
    return any(index.subjects[s].type == "country" for s in index.lookup(name))


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


_PEOPLE_WORDS: list = [None, None, {}]  # (vocabulary, index, {word: is a people word})


def _is_people_word(word: str, index: SubjectIndex | None) -> bool:
    """A word for people: a count noun, a trigger of a measure of people or a name the index
    knows. Looked up once a word for the run's vocabulary and index (past 8192 words the table
    starts again): the words after numbers repeat."""
    v = vocabulary()
    memo = _PEOPLE_WORDS
    if memo[0] is not v or memo[1] is not index or len(memo[2]) > 8192:
        memo[:] = [v, index, {}]
    known = memo[2]
    found = known.get(word)
    if found is None:
        lowered = word.lower()
        found = known[word] = (lowered in number_lexicon().count_nouns
                               or _counts_people(lowered) or bool(index and index.lookup(word)))
    return found


_PEOPLE_TRIGGERS: list = [None, {}]  # (vocabulary, {word: is a trigger of a measure of people})


def _counts_people(lowered: str) -> bool:
    """A trigger word for a measure of people ("refugees", "displaced"), looked up once a word
    (the cache is bounded: past 8192 words it starts again)."""
    v = vocabulary()
    if _PEOPLE_TRIGGERS[0] is not v or len(_PEOPLE_TRIGGERS[1]) > 8192:
        _PEOPLE_TRIGGERS[:] = [v, {}]
    known = _PEOPLE_TRIGGERS[1]
    if lowered not in known:
        trigger = v.triggers.fullmatch(lowered)
        known[lowered] = bool(trigger and "money" not in v.kinds[v.measure_of[lowered]])
    return known[lowered]
