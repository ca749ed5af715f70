"""The word lists claim understanding reads: measures.yaml, phrasings.yaml, time_words.yaml.
Why a module of its own: measure, subject and time read the same lists, and a user who extends
one only edits a data file.

The lists are read when a run's vocabulary is made; each pattern is compiled the first time a
reader asks for it, since most articles reach only some of the readers that use them (compiling
them all up front cost a tenth of a one-article run).
"""

from __future__ import annotations

from functools import cached_property, lru_cache
import re

import regex

from ..lexicon import load_data_file, trie_pattern
from .. import measures as _measures
from ..measures import declared_key, measures_table


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def last_words(phrases) -> tuple[str, ...]:
    """The last word of each phrase, lower-cased, for `ends_in_none`."""
    return tuple(sorted({p.lower().split()[-1] for p in phrases if p.strip()}))


def ends_in_none(text: str, lo: int, hi: int, endings: tuple[str, ...]) -> bool:
    """True when text[lo:hi] is ASCII and, past its trailing spaces, ends in none of `endings`
    (lower case). A pattern that ends in one of those words and spaces, matched back from
    `hi`, cannot match there, so it need not be tried: most numbers follow none of a list's
    words. (Other text: False, and the pattern decides, as IGNORECASE folds some non-ASCII
    letters to ASCII ones.)"""
    tail = text[lo:hi]
    return tail.isascii() and not tail.rstrip().lower().endswith(endings)


_SPACES_AND_HYPHEN = "".join(c for c in map(chr, range(128)) if c.isspace()) + "-"


def starts_with_none(text: str, lo: int, hi: int, starts: tuple[str, ...]) -> bool:
    """True when text[lo:hi] is ASCII and, past its leading spaces and hyphens, starts with none
    of `starts` (lower case): a pattern of spaces or hyphens and then one of those words cannot
    match at `lo`."""
    head = text[lo:hi]
    return head.isascii() and not head.lstrip(_SPACES_AND_HYPHEN).lower().startswith(starts)


OPENER_QUALIFIERS = ["some", "about", "around", "nearly", "almost", "over", "more than", "roughly"]
"""The words that may stand between a population opener and its number ("home to some")."""


class Vocabulary:
    """The run's measures (bundled and dataset-declared, see factcheck/measures.py) and phrasing
    lists: word tables as attributes, patterns compiled on first use (then kept)."""

    def __init__(self, data: dict, phrasings: dict, times: dict):
        self._data, self._phrasings, self._times = data, phrasings, times
        measure_of: dict[str, str] = {}
        kinds: dict[str, frozenset[str]] = {}
        for measure, spec in data["measures"].items():
            kinds[measure] = frozenset(spec["kinds"])
            for trigger in spec["triggers"]:
                measure_of.setdefault(trigger.lower(), measure)
        self.measure_of = measure_of
        self.kinds = kinds
        self.base_measure: dict[str, str] = {
            w.lower(): measure for measure, words in data["proportion_bases"].items()
            for w in words}
        self.default_money_measure: str = data["default_money_measure"]
        self.bases_needing_a_trigger = frozenset(data["bases_needing_a_trigger"])
        self.event_type_of: dict[str, str] = {n.lower(): kind for kind, ns in
                                              data["event_nouns"].items() for n in ns}
        self.event_measures = frozenset(data["event_measures"])
        self.event_subject_types = {k: frozenset(v)
                                    for k, v in data["event_subject_types"].items()}
        self.shared_currency_signs: dict[str, dict[str, str]] = data["shared_currency_signs"]
        self.population_heads = frozenset(w.lower() for w in phrasings["population_heads"])
        self.country_possessor_ends = tuple({w.lower()[-2:]
                                             for w in phrasings["country_possessors"]})
        self.action_measures = frozenset(data["action_measures"])
        self.wider_triggers = frozenset(w.lower() for ws in data["wider_triggers"].values()
                                        for w in ws)
        self.money_head_measure = {w.lower(): m for m, ws in phrasings["money_heads"].items()
                                   for w in ws}
        self.money_opener_measure = {w.lower(): m for m, ws in phrasings["money_openers"].items()
                                     for w in ws}
        self.host_verb_words = frozenset(w.lower() for w in phrasings["host_verbs"])
        self.before_event_starts = frozenset(w.lower()[:3] for w in times["before_event"])
        self.before_event_phrases = tuple(w.lower() for w in times["before_event"])
        self.population_opener_ends = last_words(list(phrasings["population_openers"])
                                                 + OPENER_QUALIFIERS)
        """The words `population_opener` can end in, right before a number."""
        self.country_possessor_words = last_words(phrasings["country_possessors"])
        """The words `country_possessor` can end in, right before a number."""
        self.window_before_ends = last_words(list(data["duration_not_claims"]["before"])
                                             + ["the", "a", "an"])
        """The words `window_before` can end in, right before a number."""
        self.money_value_ends = last_words(phrasings["money_values"])
        """The words `money_value` can end in, right before an amount."""
        """The first three letters of each before-event phrase, to skip the search where none is."""
        self._names_not_subjects_rests = tuple(sorted({
            name[1:] for name in phrasings["names_not_subjects"]}))

    @cached_property
    def triggers(self) -> re.Pattern:
        """Trigger words as written in lower case, or capitalised at a sentence start.
        The standard library's engine scans for this one trie about twice as fast as regex's,
        and it is run over every sentence that has a number (the same words either way)."""
        measures = self._data["measures"]
        # Lower-case phrases, and any written with capitals as written ("GDP").
        phrases = sorted(set(self.measure_of) | {t for spec in measures.values()
                                                 for t in spec["triggers"] if not t.islower()},
                         key=len, reverse=True)
        return re.compile(r"(?<!\w)" + trie_pattern(phrases, any_case_first=True) + r"(?!\w)")

    @cached_property
    def base(self) -> regex.Pattern:
        return regex.compile(
            r"\s{0,3}(?:of\s{1,3})?(?:(?:the|its|their|a|all)\s{1,3})?"
            r"(?:(?P<owner>[\w\-]{1,40}(?:\s[\w\-]{1,40}){0,2})['’]s?\s{1,3})?"
            r"(?:[\w\-.,]{1,20}\s{1,3}){0,2}?(?P<base>" + _alternation(self.base_measure) + r")\b",
            regex.IGNORECASE)

    @cached_property
    def named_base(self) -> regex.Pattern:
        return regex.compile(r"\s{0,3}of\s{1,3}(?:all\s{1,3})?"
                             r"(?P<name>\p{Lu}[\w\-]{1,40}(?:\s\p{Lu}[\w\-]{1,40}){0,2})")

    @cached_property
    def window_before(self) -> regex.Pattern:
        return regex.compile(
            r"(?r)\b(?:" + _alternation(self._data["duration_not_claims"]["before"])
            + r")\s{1,3}(?:(?:the|a|an)\s{1,3})?", regex.IGNORECASE)

    @cached_property
    def window_after(self) -> regex.Pattern:
        return regex.compile(
            r"\s{1,3}(?:" + _alternation(self._data["duration_not_claims"]["after"]) + r")\b",
            regex.IGNORECASE)

    @cached_property
    def event_noun(self) -> regex.Pattern:
        nouns = [n for ns in self._data["event_nouns"].values() for n in ns]
        return regex.compile(
            r"[\s\-]{0,3}(?:[\w\-]{1,20}\s{1,3}){0,2}?(?P<noun>" + _alternation(nouns)
            + r")\b", regex.IGNORECASE)

    @cached_property
    def combined(self) -> regex.Pattern:
        return regex.compile(r"\b(?:" + _alternation(self._data["combining_words"]) + r")\b",
                             regex.IGNORECASE)

    @cached_property
    def clause_break(self) -> re.Pattern:
        """A comma ends a clause unless a digit follows it (3,00,000) or it is part of a longer
        break. "5.7 million are refugees and 5.9 million are displaced": "and" before a number
        too. (The standard library's engine: about three times as fast for this plain
        alternation, run over every sentence whose numbers need a clause.)"""
        phrasings = self._phrasings
        return re.compile(
            _alternation(phrasings["clause_breaks"]) + r"|,(?!\d)|\s(?:and|but)\s(?=(?:"
            + _alternation(phrasings["qualifiers_before_numbers"]) + r")?\s{0,3}\d)")

    @cached_property
    def country_possessor(self) -> regex.Pattern:
        return regex.compile(
            r"(?r)(?:^|(?<=[^\w]))(?:" + _alternation(self._phrasings["country_possessors"])
            + r")\s{1,3}\Z", regex.IGNORECASE)

    @cached_property
    def population_opener(self) -> regex.Pattern:
        return regex.compile(
            r"(?r)\b(?:" + _alternation(self._phrasings["population_openers"])
            + r")\s{1,3}(?:(?:" + "|".join(q.replace(" ", r"\s{1,3}") for q in OPENER_QUALIFIERS)
            + r")\s{1,3})?\Z", regex.IGNORECASE)

    @cached_property
    def names_not_subjects(self) -> re.Pattern:
        """Names whose words name no place or people ("the Norwegian Refugee Council"): a trie,
        first letter in either case, as the triggers (one cheap scan of an article)."""
        return re.compile(r"(?<!\w)" + trie_pattern(self._phrasings["names_not_subjects"],
                                                     any_case_first=True) + r"(?!\w)")

    def names_not_subjects_in(self, text: str) -> list[tuple[int, int]]:
        """The spans of such names in `text`. Each name holds its words after the first letter
        as written, and most articles hold none of them: a plain substring test of each spares
        those articles the scan."""
        if not any(map(text.__contains__, self._names_not_subjects_rests)):
            return []
        return [m.span() for m in self.names_not_subjects.finditer(text)]

    @cached_property
    def superlative(self) -> regex.Pattern:
        return regex.compile(
            r"['’]s?\s{1,3}(?:" + _alternation(self._phrasings["superlatives"]) + r")\b",
            regex.IGNORECASE)

    @cached_property
    def incident(self) -> regex.Pattern:
        """One attack or accident named with an article or a day: "an air strike", "Monday's
        blast" (measures.yaml: incident_nouns)."""
        return regex.compile(r"\b(?:an?|the|one|(?-i:\p{Lu})\w{2,12}['’]s)\s{1,3}(?:[\w\-]{1,20}\s{1,3})?(?:"
                             + _alternation(self._data["incident_nouns"]) + r")\b", regex.IGNORECASE)

    @cached_property
    def host_verb(self) -> regex.Pattern:
        return regex.compile(r"\b(?:" + _alternation(self._phrasings["host_verbs"]) + r")\b",
                             regex.IGNORECASE)

    @cached_property
    def before_event(self) -> regex.Pattern:
        return regex.compile(r"\b(?:" + _alternation(self._times["before_event"]) + r")(?!\w)",
                             regex.IGNORECASE)

    @cached_property
    def money_owner(self) -> regex.Pattern:
        heads = (w for ws in self._phrasings["money_heads"].values() for w in ws)
        return regex.compile(r"(?r)\b(?P<noun>" + _alternation(heads) + r")\b[^.;:!?]{0,30}\Z",
                             regex.IGNORECASE)

    @cached_property
    def money_opener(self) -> regex.Pattern:
        openers = (w for ws in self._phrasings["money_openers"].values() for w in ws)
        return regex.compile(r"(?r)\b(?P<opener>" + _alternation(openers) + r")\s{1,3}\Z",
                             regex.IGNORECASE)

    @cached_property
    def money_value(self) -> regex.Pattern:
        return regex.compile(
            r"(?r)\b(?P<value>" + _alternation(self._phrasings["money_values"]) + r")\s{1,3}\Z",
            regex.IGNORECASE)

    @cached_property
    def internal_marker(self) -> regex.Pattern:
        return regex.compile(
            r"\b(?:" + _alternation(self._phrasings["internal_markers"])
            + r")\b(?!\s{1,3}(?:or|and)\s{1,3}(?:abroad|outside))", regex.IGNORECASE)


PATTERNS = tuple(name for name, value in vars(Vocabulary).items()
                 if isinstance(value, cached_property))
"""The names of the vocabulary's patterns (compiled on first use)."""

_DECLARED: object = None  # the declared measures the current vocabulary was made for
_CURRENT: "Vocabulary | None" = None


def vocabulary() -> Vocabulary:
    """The run's vocabulary: asked once or more per number, so two module variables are read
    (measures.declared() returns the one of factcheck.measures; read here without the call)."""
    global _DECLARED, _CURRENT
    if _measures._declared is not _DECLARED:
        _CURRENT = _vocabulary(declared_key())
        _DECLARED = _measures._declared
    return _CURRENT


@lru_cache(maxsize=4)
def _vocabulary(_declared: tuple) -> Vocabulary:
    """The run's vocabulary, made once per set of declared measures."""
    return Vocabulary(measures_table(), load_data_file("phrasings.yaml"),
                      load_data_file("time_words.yaml"))
