"""What every claim of an article looks things up in, computed once per article or per sentence.

Why a module of its own: claim understanding must stay linear in the text. Each sentence's
trigger words, clause breaks and names are found once, in one scan, and a number looks up the
ones near it by bisection within a bounded window, never by scanning the sentence again.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, fields
from typing import NamedTuple

from ..model import Article
from ..sentences import Sentence
from ..subjects import NameHit, SubjectIndex
from .vocabulary import starts_with_none, vocabulary

TRIGGER_WINDOW = 120  # characters either side of a number in which a trigger word counts
NAME_WINDOW = 300  # characters either side of a number in which a name can be its subject


def _modifier_of() -> "regex.Pattern":
    if not _MODIFIER:
        import regex

        nouns = _modifier_nouns()
        _MODIFIER[:] = [regex.compile(r"[\s\-]{1,3}(?:" + "|".join(
            regex.escape(n) for n in sorted(nouns, key=len, reverse=True)) + r")\b",
            regex.IGNORECASE), tuple(n.lower() for n in nouns)]
    return _MODIFIER[0]


def _modifier_nouns() -> list[str]:
    from ..lexicon import load_data_file
    return load_data_file("phrasings.yaml")["modifier_of"]


_MODIFIER: list = []  # (the pattern, its nouns in lower case), made on first use


def _in_a_name(text: str, start: int, end: int, words: str, sentence_start: int,
               money: bool = False) -> bool:
    """"World Refugee Day", "the UN refugee agency": a trigger capitalised inside a sentence
    (written in lower case in measures.yaml) or right before a body's or occasion's noun
    (phrasings.yaml, modifier_of) is part of a name, not what a number counts. (Money's words
    are kept: "the State Disaster Response Fund" is what an amount pays for.)"""
    # (Something before the trigger in its sentence: a sentence starts with a non-space, so
    # any trigger after its first character has; the strip is for any other span.)
    if not money and words[:1].isupper() and words[1:2].islower() and start > sentence_start \
            and (not text[sentence_start].isspace() or text[sentence_start:start].strip()):
        return True
    pattern = _modifier_of()
    if starts_with_none(text, end, end + 20, _MODIFIER[1]):
        return False  # (no modifier noun after it: the pattern cannot match)
    return pattern.match(text, end, end + 20) is not None


class Trigger(NamedTuple):
    """A trigger word found in a sentence (a tuple: many are made, and cheaply)."""

    start: int
    end: int
    words: str
    measure: str


@dataclass
class SentenceContext:
    """One sentence's trigger words, clause breaks and names, found once."""

    sentence: Sentence
    previous: Sentence | None
    triggers: list[Trigger]
    trigger_starts: list[int]
    hits: list[NameHit]
    hit_starts: list[int]
    text: str
    cache: dict = field(default_factory=dict)
    _breaks: list[int] | None = None
    _named: dict[str, list[Trigger]] | None = None

    @property
    def breaks(self) -> list[int]:
        """Offsets of clause breaks, sorted: a clause runs between two of them. Found on first
        use: most sentences' numbers are turned away before a clause is needed."""
        if self._breaks is None:
            self._breaks = [m.start() for m in vocabulary().clause_break.finditer(
                self.text, self.sentence.start, self.sentence.end)]
        return self._breaks

    @property
    def first_combining(self) -> int | None:
        """Where the first word combining refugees and the displaced at home stands, if any."""
        if "combining" not in self.cache:
            found = vocabulary().combined.search(self.text, self.sentence.start, self.sentence.end)
            self.cache["combining"] = found.start() if found else None
        return self.cache["combining"]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause holding text[start:end], from the break before it to the break after."""
        breaks = self.breaks
        i = bisect_right(breaks, start)
        lo = breaks[i - 1] if i > 0 else self.sentence.start
        j = bisect_left(breaks, end)
        hi = breaks[j] if j < len(breaks) else self.sentence.end
        return lo, hi

    def triggers_between(self, lo: int, hi: int) -> list[Trigger]:
        return self.triggers[bisect_left(self.trigger_starts, lo):bisect_left(self.trigger_starts, hi)]

    def triggers_named(self, words: str) -> list[Trigger]:
        """The sentence's triggers written as `words`, in text order. The table is made once per
        sentence, so a number finds the trigger its measure was read from without a scan of
        the sentence's triggers."""
        if self._named is None:
            self._named = {}
            for trigger in self.triggers:
                self._named.setdefault(trigger.words, []).append(trigger)
        return self._named.get(words, [])

    def trigger_position(self, trigger: Trigger) -> int:
        """Where `trigger`, one of this sentence's, stands in `triggers` (their starts are
        distinct and sorted)."""
        return bisect_left(self.trigger_starts, trigger.start)

    def hits_near(self, start: int, end: int, window: int = NAME_WINDOW) -> list[NameHit]:
        """Names in this sentence within `window` characters of text[start:end]."""
        lo = bisect_left(self.hit_starts, start - window)
        hi = bisect_right(self.hit_starts, end + window)
        return self.hits[lo:hi]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


class ArticleContext:
    """An article's sentences and names, and each sentence's context on first use."""

    def __init__(self, article: Article, sentences: list[Sentence], index: SubjectIndex | None):
        self.article = article
        self.text = article.text
        self.index = index
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.hits = index.find(self.text) if index else []
        if self.hits:
            # A name inside another's ("the Norwegian Refugee Council", "English-speaking") is
            # no subject. One scan of the article.
            masked = vocabulary().names_not_subjects_in(self.text)
            if masked:
                self.hits = [h for h in self.hits if not _inside(masked, h.start, h.end)]
        self.hit_starts = [h.start for h in self.hits]
        self.countries = index.countries_in(self.hits) if index else []
        self.main = self.countries[0] if self.countries else None
        self._sentences: dict[int, SentenceContext] = {}
        self.cache: dict = {}
        """Per-article answers that do not depend on the number (the article's war, ...)."""
        self.names_described: dict = {}
        """(a name's start, its subjects) -> whether the words around it make it describe
        something else, not be a subject (answered once a name, for every number near it)."""

    def sentence_at(self, offset: int) -> SentenceContext | None:
        position = bisect_right(self.starts, offset) - 1
        if position < 0:
            return None
        context = self._sentences.get(position)
        if context is None:
            context = self._sentences[position] = self._build(position)
        return context

    def _build(self, position: int) -> SentenceContext:
        v = vocabulary()
        sentence = self.sentences[position]
        text, lo, hi = self.text, sentence.start, sentence.end
        measure_of, kinds = v.measure_of, v.kinds
        triggers = []
        for m in v.triggers.finditer(text, lo, hi):
            w = m.group()
            measure = measure_of[w.lower()]
            start, end = m.span()
            if not _in_a_name(text, start, end, w, lo, "money" in kinds.get(measure, ())):
                triggers.append(Trigger(start, end, w, measure))
        first = bisect_left(self.hit_starts, lo)
        last = bisect_left(self.hit_starts, hi)
        # (What SentenceContext(...) makes, its fields set at once: one is made per sentence.)
        context = _new_object(SentenceContext)
        context.__dict__.update(
            sentence=sentence, previous=self.sentences[position - 1] if position > 0 else None,
            triggers=triggers, trigger_starts=[t.start for t in triggers],
            hits=self.hits[first:last], hit_starts=self.hit_starts[first:last], text=text,
            cache={}, _breaks=None, _named=None)
        return context


_new_object = object.__new__
if tuple(f.name for f in fields(SentenceContext)) != (
        "sentence", "previous", "triggers", "trigger_starts", "hits", "hit_starts", "text",
        "cache", "_breaks", "_named"):
    raise TypeError("ArticleContext._build must set exactly SentenceContext's fields")
