"""The word lists claim understanding reads, compiled once: measures.yaml, phrasings.yaml,
time_words.yaml. Why a module of its own: measure, subject and time read the same lists, and a
user who extends one only edits a data file."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
import re

import regex

from ..lexicon import load_data_file, trie_pattern
from ..measures import declared, declared_key, measures_table


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Vocabulary:
    triggers: re.Pattern
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
    clause_break: re.Pattern
    population_heads: frozenset[str]
    country_possessor: regex.Pattern
    country_possessor_ends: tuple[str, ...]
    population_opener: regex.Pattern
    superlative: regex.Pattern
    host_verb: regex.Pattern
    before_event: regex.Pattern
    before_event_starts: frozenset[str]
    """The first three letters of each before-event phrase, to skip the search where none is."""
    action_measures: frozenset[str]
    wider_triggers: frozenset[str]
    internal_marker: regex.Pattern
    money_head_measure: dict[str, str]
    money_owner: regex.Pattern
    money_value: regex.Pattern
    money_opener: regex.Pattern
    money_opener_measure: dict[str, str]


_LAST: list = [None, None]  # (the declared measures, their vocabulary): read per number, so cheap


def vocabulary() -> Vocabulary:
    current = declared()
    if _LAST[0] is not current:
        _LAST[:] = [current, _vocabulary(declared_key())]
    return _LAST[1]


@lru_cache(maxsize=4)
def _vocabulary(_declared: tuple) -> Vocabulary:
    """The run's measures (bundled and dataset-declared, see factcheck/measures.py), compiled."""
    data = measures_table()
    phrasings = load_data_file("phrasings.yaml")
    times = load_data_file("time_words.yaml")
    measure_of: dict[str, str] = {}
    kinds: dict[str, frozenset[str]] = {}
    for measure, spec in data["measures"].items():
        kinds[measure] = frozenset(spec["kinds"])
        for trigger in spec["triggers"]:
            measure_of.setdefault(trigger.lower(), measure)
    # Lower-case phrases, and any written with capitals as written ("GDP").
    phrases = sorted(set(measure_of) | {t for spec in data["measures"].values()
                                        for t in spec["triggers"] if not t.islower()},
                     key=len, reverse=True)
    base_measure = {w.lower(): measure for measure, words in data["proportion_bases"].items()
                    for w in words}
    not_claims = data["duration_not_claims"]
    event_nouns = [n for ns in data["event_nouns"].values() for n in ns]
    return Vocabulary(
        # Trigger words as written in lower case, or capitalised at a sentence start.
        # The standard library's engine scans for this one trie about twice as fast as regex's,
        # and it is run over every sentence that has a number (the same words either way).
        triggers=re.compile(r"(?<!\w)" + trie_pattern(phrases, any_case_first=True) + r"(?!\w)"),
        measure_of=measure_of,
        kinds=kinds,
        base=regex.compile(
            r"\s{0,3}(?:of\s{1,3})?(?:(?:the|its|their|a|all)\s{1,3})?"
            r"(?:(?P<owner>[\w\-]{1,40}(?:\s[\w\-]{1,40}){0,2})['’]s?\s{1,3})?"
            r"(?:[\w\-.,]{1,20}\s{1,3}){0,2}?(?P<base>" + _alternation(base_measure) + r")\b",
            regex.IGNORECASE),
        base_measure=base_measure,
        named_base=regex.compile(r"\s{0,3}of\s{1,3}(?:all\s{1,3})?"
                                 r"(?P<name>\p{Lu}[\w\-]{1,40}(?:\s\p{Lu}[\w\-]{1,40}){0,2})"),
        window_before=regex.compile(
            r"(?r)\b(?:" + _alternation(not_claims["before"])
            + r")\s{1,3}(?:(?:the|a|an)\s{1,3})?", regex.IGNORECASE),
        window_after=regex.compile(
            r"\s{1,3}(?:" + _alternation(not_claims["after"]) + r")\b", regex.IGNORECASE),
        default_money_measure=data["default_money_measure"],
        bases_needing_a_trigger=frozenset(data["bases_needing_a_trigger"]),
        event_noun=regex.compile(
            r"[\s\-]{0,3}(?:[\w\-]{1,20}\s{1,3}){0,2}?(?P<noun>" + _alternation(event_nouns)
            + r")\b", regex.IGNORECASE),
        event_type_of={n.lower(): kind for kind, ns in data["event_nouns"].items() for n in ns},
        event_measures=frozenset(data["event_measures"]),
        event_subject_types={k: frozenset(v) for k, v in data["event_subject_types"].items()},
        combined=regex.compile(r"\b(?:" + _alternation(data["combining_words"]) + r")\b",
                               regex.IGNORECASE),
        shared_currency_signs=data["shared_currency_signs"],
        # A comma ends a clause unless a digit follows it (3,00,000) or it is part of a longer break.
        # "5.7 million are refugees and 5.9 million are displaced": "and" before a number too.
        # (The standard library's engine: about three times as fast for this plain alternation,
        # run over every sentence whose numbers need a clause.)
        clause_break=re.compile(
            _alternation(phrasings["clause_breaks"]) + r"|,(?!\d)|\s(?:and|but)\s(?=(?:"
            + _alternation(phrasings["qualifiers_before_numbers"]) + r")?\s{0,3}\d)"),
        population_heads=frozenset(w.lower() for w in phrasings["population_heads"]),
        country_possessor=regex.compile(
            r"(?r)(?:^|(?<=[^\w]))(?:" + _alternation(phrasings["country_possessors"])
            + r")\s{1,3}\Z", regex.IGNORECASE),
        country_possessor_ends=tuple({w.lower()[-2:] for w in phrasings["country_possessors"]}),
        population_opener=regex.compile(
            r"(?r)\b(?:" + _alternation(phrasings["population_openers"])
            + r")\s{1,3}(?:(?:some|about|around|nearly|almost|over|more\s{1,3}than|roughly)\s{1,3})?\Z",
            regex.IGNORECASE),
        superlative=regex.compile(
            r"['’]s?\s{1,3}(?:" + _alternation(phrasings["superlatives"]) + r")\b", regex.IGNORECASE),
        host_verb=regex.compile(r"\b(?:" + _alternation(phrasings["host_verbs"]) + r")\b",
                                regex.IGNORECASE),
        action_measures=frozenset(data["action_measures"]),
        wider_triggers=frozenset(w.lower() for ws in data["wider_triggers"].values() for w in ws),
        before_event=regex.compile(r"\b(?:" + _alternation(times["before_event"]) + r")(?!\w)",
                                   regex.IGNORECASE),
        money_head_measure={w.lower(): m for m, ws in phrasings["money_heads"].items() for w in ws},
        money_owner=regex.compile(
            r"(?r)\b(?P<noun>" + _alternation(w for ws in phrasings["money_heads"].values() for w in ws)
            + r")\b[^.;:!?]{0,30}\Z", regex.IGNORECASE),
        money_opener=regex.compile(
            r"(?r)\b(?P<opener>" + _alternation(w for ws in phrasings["money_openers"].values()
                                               for w in ws) + r")\s{1,3}\Z", regex.IGNORECASE),
        money_opener_measure={w.lower(): m for m, ws in phrasings["money_openers"].items()
                              for w in ws},
        money_value=regex.compile(
            r"(?r)\b(?P<value>" + _alternation(phrasings["money_values"]) + r")\s{1,3}\Z",
            regex.IGNORECASE),
        before_event_starts=frozenset(w.lower()[:3] for w in times["before_event"]),
        internal_marker=regex.compile(
            r"\b(?:" + _alternation(phrasings["internal_markers"])
            + r")\b(?!\s{1,3}(?:or|and)\s{1,3}(?:abroad|outside))", regex.IGNORECASE),
    )
