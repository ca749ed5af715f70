"""Text -> mentions: every numeric expression, read exactly, with its kind, unit and bound.

How it works, so the next reader can extend it: two scans find numeral tokens, one for digits
(with the forms that are never counts: dates, clock times, phone numbers; and fractions), one
for spelled-out numbers (a cheap pre-filter of the standard library's engine finds where one
may start, the full pattern decides there). Each token is then widened by small anchored patterns on either side:
a currency or qualifier before it (matched backwards from the token); a scale word, percent
sign, currency name or unit of time after it. Patterns that cannot apply, because the words
next to the token start none of them, are skipped: that is most of the speed. Last, neighbouring
numerals joined by "-", "to" or "between ... and" become ranges (but not after a verb of change,
"rose 5% to 300", nor high to low: those are two values), a scaled number and a smaller part
become one ("2 crore 40 lakh"), a few forms with no numeral of their own ("dozens of", "a
decade-long", "a year and a half") are added, and durations in units that convert exactly
combine ("3 years 6 months").

Every pattern is bounded (no unbounded repetition inside repetition), so hostile input cannot make
it backtrack for long, and the whole-text scans of a long text run under the regex module's
timeout.

>>> [(m.text, str(m.value), m.kind.value, m.bound.value) for m in find_mentions("More than 3,00,000 people")]
[('More than 3,00,000', '300000', 'count', 'lower')]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

import regex

from . import currencies
from .errors import InputError
from .lexicon import NumberLexicon, number_lexicon, trie_pattern
from .limits import decimal_problem, numeral_problem, unreadable_digit
from .model import Alternative, Bound, Kind, Mention, make_mention
from .numerals import parse_numeral, parse_words

_GAP = r"[ \t\u00a0\-]"
"""What may stand between the words of one number: never a line break ("one hundred", a blank
line, "twenty" are two numbers)."""
SCAN_TIMEOUT_PER_MB = 20.0  # seconds; a safety net, the patterns themselves are linear
_WHITE_SPACE = r"\s\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""Every character either engine calls a space (\\s of `re` and of `regex`), for a pre-filter."""
_NUMERAL_FIRST = r"\d\u00bc-\u00be\u2150-\u215e"
"""What a numeral starts with, after at most one of _NUMERAL_SIGNS: a digit or a vulgar fraction.
The scan's leading lookahead and its pre-filter (_numerals) share it."""
_NUMERAL_SIGNS = frozenset("(+.-\u2212")
_TIMED_FROM = 20_000
"""Texts at least this long (in characters) are scanned under the timeout; below it a scan of
these bounded patterns takes well under a millisecond, less than setting up the timeout."""
_FLAGS = regex.V0 | regex.IGNORECASE | regex.VERBOSE
"""Simple case folding (V0): the words are English, and full folding (V1) makes the patterns
several times slower to compile and to match."""
_CASE_FLAGS = regex.V1 | regex.VERBOSE


def _alternation(words, keep_case: bool = False) -> str:
    """A regex alternation of literal phrases, longest first, with flexible inner spaces."""
    parts = sorted({w if keep_case else w.lower() for w in words}, key=len, reverse=True)
    return "|".join(regex.escape(p).replace(r"\ ", r"\s{1,3}") for p in parts)


def _factored(words, keep_case: bool = False, reverse: bool = False) -> str:
    """The alternation `_alternation` makes, factored by shared prefixes (or, for a pattern that
    matches backwards, `reverse`, by shared suffixes): the same matches, but several times
    cheaper to compile for a long list of phrases that share words ("or equal to", "than"), since
    the engine keeps one branch per distinct character. Where one phrase
    extends another ("more than", "no more than"), the longer is still tried first."""
    tree: dict = {}
    for phrase in sorted({w if keep_case else w.lower() for w in words}):
        tokens = [r"\s{1,3}" if ch == " " else regex.escape(ch) for ch in phrase]
        node = tree
        for token in reversed(tokens) if reverse else tokens:
            node = node.setdefault(token, {})
        node[""] = {}  # a phrase ends here

    def emit(node: dict) -> str:
        branches = [emit(child) + token if reverse else token + emit(child)
                    for token, child in sorted(node.items()) if token]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


def _symbol_pattern(symbol: str) -> str:
    """A currency symbol as a pattern: "C$" also as "C $", the way some papers print it."""
    if symbol.endswith("$") and symbol[:-1].isalpha():
        return regex.escape(symbol[:-1]) + r"\ ?\$"
    return regex.escape(symbol)


class _LazyPattern:
    """A pattern compiled when first used: most of the context patterns only run where a gate
    word or character is present, so a short article never pays for compiling them. Stands in
    for the compiled pattern (its methods and attributes), and keeps one identity so it can key
    the gate tables."""

    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        value = getattr(regex.compile(*self._source), name)
        setattr(self, name, value)  # later look-ups find it without coming here
        return value


_GAP_SET = frozenset(" \t\u00a0-")
"""The characters of _GAP."""


class _Span:
    """Where a _WordRun matched: the part of a match object its callers use."""

    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end


class _WordRun:
    """The number words that continue one ("twenty" -> "twenty-three thousand and a half"): what
    the pattern `(?:G{1,3}(?:(?:and|And)G{1,3})?(?:an?G{1,3})?W\b){1,15}` matches, where G is
    _GAP and W a number word, with its alternatives tried in the same order, but using the
    number-word pattern already compiled: compiling the word list into a second pattern was a
    good part of start-up. Each step reads one gap (at most three characters, never more: what
    follows a gap is never a gap), then "and", then "a"/"an", each with its own gap, and tries
    the number word after the longest of those first."""

    def __init__(self, word: regex.Pattern):
        self._word = word

    def match(self, text: str, pos: int) -> _Span | None:
        start_of_run, end = pos, None
        word = self._word.match
        for _ in range(15):
            at = _gap_end(text, pos)
            if at is None:
                break
            found = None
            after_and = _gap_end(text, at + 3) if text[at:at + 3] in ("and", "And") else None
            for start in (after_and, at):
                if start is None:
                    continue
                after_article = _gap_end(text, start + 2) if text[start:start + 2] == "an" else None
                if after_article is None and text[start:start + 1] == "a":
                    after_article = _gap_end(text, start + 1)
                for word_start in (after_article, start):
                    if word_start is not None:
                        found = word(text, word_start)
                        if found is not None:
                            break
                if found is not None:
                    break
            if found is None:
                break
            end = pos = found.end()
        return None if end is None else _Span(start_of_run, end)


def _gap_end(text: str, at: int) -> int | None:
    """Past the one to three gap characters at `at`; None where there is none."""
    n = 0
    while n < 3 and text[at + n:at + n + 1] in _GAP_SET:
        n += 1
    return at + n if n else None


@dataclass(frozen=True)
class _Patterns:
    scan: regex.Pattern
    plain_digits: regex.Pattern
    word: regex.Pattern
    numeral_runs: regex.Pattern
    ascii_digit_runs: regex.Pattern
    word_starts: re.Pattern
    more_words: _WordRun
    article_before: regex.Pattern
    vague: regex.Pattern
    scale_after: regex.Pattern
    exponent_after: regex.Pattern
    fraction_after_scale: regex.Pattern
    spoken_point_after: regex.Pattern
    abbreviation_after: regex.Pattern
    percent_after: regex.Pattern
    currency_after: regex.Pattern
    unit_after: regex.Pattern
    symbol_unit_after: regex.Pattern
    and_fraction_after: regex.Pattern
    change_before: regex.Pattern
    rate_before: regex.Pattern
    ordinal_suffix: regex.Pattern
    time_after: regex.Pattern
    date_after: regex.Pattern
    currency_before: regex.Pattern
    letters_before: regex.Pattern
    letters_after: regex.Pattern
    qualifier_before: regex.Pattern
    range_opener_before: regex.Pattern
    label_before: regex.Pattern
    glued_name_before: regex.Pattern
    month_before: regex.Pattern
    year_word_before: regex.Pattern
    post_qualifier: regex.Pattern
    negative_before: regex.Pattern
    pronoun_before: regex.Pattern
    url: regex.Pattern
    email: regex.Pattern
    unit_word: regex.Pattern
    unit_long: regex.Pattern
    number_before: regex.Pattern
    left_words: frozenset[str]
    year_left_words: frozenset[str]
    right_firsts: dict
    right_opened: dict
    left_gates: dict
    left_blocked: dict
    left_blocked_default: tuple
    left_char_openers: dict
    age_words: frozenset[str]
    currency_ends: frozenset[str]
    currency_end_lengths: dict
    quantity_words: frozenset[str]
    right_words: frozenset[str]
    bridge_words: frozenset[str]
    metre_after: regex.Pattern
    measure_after: regex.Pattern
    collective_words: re.Pattern
    clock_firsts: frozenset[str]
    aged_before: regex.Pattern
    name_comma_before: regex.Pattern
    karat_after: regex.Pattern


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = number_lexicon()
    number_word = trie_pattern(sorted(lex.number_words), any_case_first=True)
    months = _alternation(lex.months)
    # Symbols and codes ("Rs", "US$", "INR") come before the number; names ("rupees") after.
    names = [k for k in lex.currency_aliases if k[:1].islower()]
    # The ISO codes data/numbers.yaml lists are read after a number too ("5 billion USD"), in
    # capitals only ("500 cad" is no currency).
    codes = [k for k in lex.currency_aliases if len(k) == 3 and k.isascii() and k.isalpha()
             and k.isupper() and k not in lex.glued_only_codes]
    symbols = [k for k in lex.currency_aliases if not k[:1].islower()]
    units = _alternation(lex.duration_units)
    # Units of time that stand for one without a numeral: "an hour", "a decade-long war".
    unit_words = trie_pattern(sorted({v.unit for v in lex.duration_units.values()}),
                              any_case_first=True)
    # A plain number: the scan's last alternative, and on its own where no other can match.
    digits = r"""(?P<digits>(?<![\d_'’])(?<!\d[.,])(?:[+\-\u2212](?=\d))?
            (?:\d{1,3}(?:[,.'’\u00a0\u202f\u2009]\d{2,3}){1,12}(?:[.,]\d{1,12})?
              |\d{1,3}(?:\ \d{3}){2,12}(?:[.,]\d{1,12})?
              |\d{1,3}\ 0\d{2}(?:[.,]\d{1,12})?(?!\d|\ \d)
              |\d{1,40}(?:[.,]\d{1,30})?
              |\.\d{1,30}
            )(?!\d))"""
    # The lookahead lets the engine skip straight to characters a numeral can start with.
    scan = regex.compile(
        r"""
        (?=[(+.\-\u2212]?[""" + _NUMERAL_FIRST + r"""])(?:
        (?P<date>(?<![\w.,/])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2}))(?![\w/])
        )
        | (?P<time>(?<![\w.,:])\d{1,2}(?:[:.]\d{2})?\s?(?:[aApP]\.[mM]\.|[aApP][mM]\b)|(?<![\w.,:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:]))
        | (?P<phone>(?<![\w+])(?:\+\d{1,3}[\s\-]?(?:\(\d{1,5}\)[\s\-]?)?\d{2,5}(?:[\s\-]\d{2,5}){1,3}
                                |\(\d{2,5}\)\s?\d{3,4}[\s\-]\d{3,5}
                                |\d{3}-\d{3}-\d{4})(?!\w))
        | (?P<fraction>(?<![\w.,/])(?P<sign>[\-\u2212])?(?:(?P<whole>\d{1,4})[ \u00a0]{1,2})?
            (?P<num>\d{1,3})/(?P<den>\d{1,3})(?![\w/]))
        | (?P<vulgar>(?<![\w.,/])(?P<vwhole>\d{1,4})?[\u00bc-\u00be\u2150-\u215e](?![\w/]))
        | """ + digits + r"""
        )""",
        _CASE_FLAGS,  # case-sensitive on purpose: IGNORECASE makes this scan six times slower
    )
    word = regex.compile(rf"\b{number_word}\b", regex.V1)
    patterns = _Patterns(
        scan=scan,
        plain_digits=regex.compile(digits, _CASE_FLAGS),
        word=word,
        numeral_runs=regex.compile(rf"[{_NUMERAL_FIRST}]+", regex.V1),
        ascii_digit_runs=regex.compile(r"[0-9]+"),  # the same in ASCII text, and cheaper
        # Where a number word, or "a/an/one" and a unit of time, may start (see _word_starts):
        # the standard library's engine finds these places in one search, twice as fast as
        # the two patterns, which decide there.
        # It matches from the character before the word (see _word_starts): a pattern that starts
        # with a set of characters is searched by a quick skip to the next one in the set.
        word_starts=re.compile(
            rf"[^A-Za-z0-9_](?:(?P<article>(?:an?|one)[{_WHITE_SPACE}]{{1,3}}"
            rf"(?P<unit>{trie_pattern(sorted({v.unit.lower() for v in lex.duration_units.values()}))}))"
            rf"|(?:{trie_pattern(sorted({w.lower() for w in lex.number_words}))})\b)", re.ASCII),
        more_words=_WordRun(word),
        article_before=_LazyPattern(r"(?r)\b(?:an?|An?|AN?)[\s\-]{1,3}", regex.V1),
        vague=_LazyPattern(
            rf"\b(?P<w>{_alternation(lex.vague_plurals)})\s{{1,3}}of\b", _FLAGS),
        scale_after=_LazyPattern(
            rf"(?:{_GAP}{{0,3}}(?P<w>{_alternation(lex.scales)})\b){{1,2}}", _FLAGS),
        fraction_after_scale=_LazyPattern(
            rf"[ \t]{{1,3}}and[ \t]{{1,3}}(?P<f>(?:an?|one|two|three|four)[ \t\-]{{1,3}}"
            rf"(?:{_alternation(lex.denominators)}))\b", _FLAGS),
        # "1.3e6", "2.48x10^-5", "6.23 × 10^4", "1.1^23"
        exponent_after=_LazyPattern(
            r"[eE](?P<e>[+\-\u2212]?\d{1,3})(?!\w|\.\d)"
            r"|\ ?[x×*]\ ?10\ ?\^\ ?(?P<t>[+\-\u2212]?\d{1,3})(?!\w|\.\d)"
            r"|\^(?P<p>[+\-\u2212]{0,2}\d{1,3})(?!\w|\.\d)", _CASE_FLAGS),
        # "1 point 1": a decimal said aloud
        spoken_point_after=_LazyPattern(r"[ \t]{1,3}point[ \t]{1,3}(?P<d>\d{1,12})(?![\d]|[.,]\d)",
                                         _FLAGS),
        abbreviation_after=_LazyPattern(
            rf"(?P<sp>\s?)(?P<w>{_alternation(lex.scale_abbreviations, keep_case=True)})(?![\w])",
            _CASE_FLAGS),
        percent_after=_LazyPattern(
            rf"\s{{0,2}}(?:%|(?:{_alternation(lex.percent_markers)})\b)", _FLAGS),
        currency_after=_LazyPattern(
            rf"\s{{1,3}}(?P<w>{_alternation(names)}|(?-i:{_alternation(codes, keep_case=True)}))\b", _FLAGS),
        unit_after=_LazyPattern(
            rf"(?P<sep>[\s\-]{{0,3}})(?P<fill>(?:{_alternation(lex.duration_fillers)})\s{{1,3}})?"
            rf"(?P<of>(?:of\s{{1,3}})?(?P<art>an?\s{{1,3}})|of\s{{1,3}})?"
            rf"(?P<unit>{units})(?P<tail>-long|-old|\s{{1,3}}old)?\b",
            _FLAGS),
        # "12D", "3Y": a capital letter glued to the digits, nothing glued after it
        symbol_unit_after=_LazyPattern(
            rf"(?P<unit>{'|'.join(regex.escape(k) for k in lex.duration_symbols)})(?![\w'’]|\.\w)",
            _CASE_FLAGS),
        change_before=_LazyPattern(
            rf"(?r)\b(?:{_alternation(lex.change_verbs)})(?:\s{{1,3}}by)?\s{{1,3}}(?:from\s{{1,3}})?", _FLAGS),
        # "a year and a half", "3 hours and a quarter"
        and_fraction_after=_LazyPattern(
            r"[ \t]{1,3}and[ \t]{1,3}(?:an?[ \t]{1,3}|one[ \t]{1,3})?(?P<d>half|quarter|third)\b", _FLAGS),
        # "40 tonnes a year", "44,500 a day", "twice a week", "2 million tonnes of ammonia a year":
        # a rate, not a duration
        rate_before=_LazyPattern(
            r"(?r)(?:\d|\b(?:" + "|".join(sorted([*lex.units, *lex.frequency_words], key=len, reverse=True))
            + r"|hundred|thousand|million|lakh|crore|billion))[%\w]{0,3}(?:[ \t]{1,3}[^\W\d]{1,20}){0,2}"
            r"(?:[ \t]{1,3}of[ \t]{1,3}[^\W\d]{1,20}(?:[ \t]{1,3}[^\W\d]{1,20})?)?[ \t]{1,3}",
            _FLAGS),
        ordinal_suffix=_LazyPattern(r"(?:st|nd|rd|th)\b", _FLAGS),
        time_after=_LazyPattern(
            rf"\s?(?:{'|'.join(regex.escape(w) for w in lex.clock_words)})\b", _CASE_FLAGS),
        date_after=_LazyPattern(
            rf"(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?(?:{months})\b\.?(?:,?\s{{1,3}}\d{{4}}\b)?", _FLAGS),
        # "HK$", "RM", "USD" glued or spaced; a country prefix may stand apart from "$" ("C $20").
        currency_before=_LazyPattern(
            rf"(?r)(?<![^\W\d_])(?P<w>{'|'.join(_symbol_pattern(s) for s in sorted(symbols, key=len, reverse=True))})\s?",
            _CASE_FLAGS),
        letters_before=_LazyPattern(r"(?r)[\w\-]{0,24}[^\W\d_]"),
        letters_after=_LazyPattern(r"[\w\-]{0,24}\w|"),
        qualifier_before=_LazyPattern(
            rf"(?r)(?:(?<!\w)|(?=[<>=≤≥]))(?P<w>{_factored(lex.qualifiers, reverse=True)})(?:(?<=[<>=≤≥])\s{{0,3}}|\s{{1,3}}(?:the\s{{1,3}})?)", _FLAGS),
        range_opener_before=_LazyPattern(
            rf"(?r)\b(?P<w>{_alternation(lex.range_openers)})\s{{1,3}}", _FLAGS),
        label_before=_LazyPattern(
            rf"(?r)(?<![\w.])(?:{_alternation(lex.identifier_labels)})\s{{0,3}}", _FLAGS),
        glued_name_before=_LazyPattern(r"(?r)[^\W\d_][\-‐]?|[^\W\d_]{2,}\d{1,4}[\-]"),
        month_before=_LazyPattern(rf"(?r)\b(?:{months})\.?\s{{1,3}}", _FLAGS),
        year_word_before=_LazyPattern(
            rf"(?r)(?:\b(?:{_alternation(lex.year_prepositions)})\s{{1,3}}|(?:{months})\.?,?\s{{1,3}}|['’]s\s{{1,3}})",
            _FLAGS),
        aged_before=_LazyPattern(rf"(?r)\b(?:{_alternation(lex.age_words)})\s{{1,3}}", _FLAGS),
        name_comma_before=_LazyPattern(r"(?r)\p{Lu}\p{Ll}{1,20},\s{1,2}", regex.V1),
        karat_after=_LazyPattern(
            rf"(?P<k>{_alternation(lex.karat['letters'], keep_case=True)}"
            rf"|[ \-](?i:{_alternation(lex.karat['words'])}))"
            rf"[ \t\-]{{1,2}}(?:(?i:{_alternation(lex.karat['colours'])})[ \t]{{1,2}})?"
            rf"(?i:{_alternation(lex.karat['metals'])})\b",
            _CASE_FLAGS),
        metre_after=_LazyPattern(
            rf"[\s\-]{{0,3}}(?:{_alternation(lex.metre_context)})\b", _FLAGS),
        # "a couple of hundred": a cheap test before the join of a collective and a scale word
        collective_words=re.compile("|".join(re.escape(w) for w in sorted(lex.scale_collectives))),
        # "115.6 mm", "10kg", "28-nanometer", "20C": a unit of measurement (data: measure_units)
        measure_after=_LazyPattern(
            rf"[ \u00a0\-]?(?P<u>{_alternation(lex.measure_units, keep_case=True)})(?![\w/])"
            rf"|(?P<g>{_alternation(lex.glued_measure_units, keep_case=True)})(?![\w'’])"
            rf"|[ \u00a0](?P<s>{_alternation(lex.spaced_measure_letters, keep_case=True)})(?![\w'’\-&]|\.\w)",
            _CASE_FLAGS),
        post_qualifier=_LazyPattern(
            # not "above 1000 and below 1500": there the words open the next bound
            rf"\s{{1,3}}(?P<w>{_alternation(lex.post_qualifiers)})\b"
            rf"(?!\s{{1,3}}(?:to\s{{1,3}})?(?:an?\s{{1,3}})?(?:[\d$€£₹]|{number_word}\b))", _FLAGS),
        negative_before=_LazyPattern(
            # not "plus or minus 4.1 points", a margin either way
            rf"(?r)(?<!\bplus\s{{1,3}}or\s{{1,3}})\b(?:{_alternation(lex.negatives)})\s{{1,3}}", _FLAGS),
        pronoun_before=_LazyPattern(
            rf"(?r)\b(?:{_alternation(lex.pronoun_one_after)})\s{{1,3}}", _FLAGS),
        # Numbers inside addresses are parts of names ("...%20report", "page2.html").
        url=_LazyPattern(r"(?:https?://|www\.)[^\s<>\"']{1,2000}", _CASE_FLAGS),
        email=_LazyPattern(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}", _CASE_FLAGS),
        # "a decade-long war", "an hour", "a fortnight": one unit of time, no numeral written.
        # Two patterns, each anchored on something rare, rather than one with both optional.
        unit_word=_LazyPattern(
            rf"\b(?P<article>[Aa]n?|[Oo]ne)\s{{1,3}}(?P<unit>{unit_words})(?P<long>-long)?\b",
            _CASE_FLAGS),
        left_words=frozenset(
            w.lower() for phrase in (*lex.qualifiers, *lex.identifier_labels, *lex.months,
                                     *lex.negatives, *lex.currency_aliases,
                                     *lex.age_words, *lex.range_openers)
            for w in str(phrase).split()[-1:]),
        year_left_words=_last_words(lex.year_prepositions),
        # Words after a number that make it a quantity: "300 people", "5 days", "3 million".
        quantity_words=frozenset(
            w.lower() for phrase in (*lex.scales, *lex.scale_abbreviations, *lex.percent_markers,
                                     *lex.currency_aliases, *lex.duration_units, *lex.count_nouns,
                                     *lex.duration_fillers)
            for w in str(phrase).split()[:1]),
        right_words=frozenset(
            w.lower() for phrase in (*lex.scales, *lex.scale_abbreviations, *lex.percent_markers,
                                     *names, *codes, *lex.duration_units,
                                     *lex.post_qualifiers, *lex.months, *lex.metre_context,
                                     *lex.measure_units, *lex.spaced_measure_letters,
                                     *lex.clock_words, *currencies.subunits()[0], "of", "old")
            for w in str(phrase).split()[:1]),
        # words that lead to a unit of time only through the next word ("5 more days", "half an hour")
        bridge_words=frozenset(w.lower() for w in (*lex.duration_fillers, "a", "an")),
        number_before=_LazyPattern(r"(?r)(?:\d|\b(?:" + "|".join(sorted(lex.units, key=len, reverse=True))
                                    + r"|hundred|thousand|million|lakh|crore|billion))\s{1,3}", _FLAGS),
        unit_long=_LazyPattern(rf"\b(?P<unit>{unit_words})(?P<long>-long)\b", _CASE_FLAGS),
        left_gates={},
        left_blocked={},
        left_blocked_default=(),
        left_char_openers={},
        right_firsts={},
        right_opened={},
        age_words=frozenset(w.lower() for w in lex.age_words),
        # what a clock word after "0500" starts with (time_after is case-sensitive)
        clock_firsts=frozenset(w[:1] for w in lex.clock_words if w),
        # every symbol and code, and each as the end of a symbol written with a space ("C $")
        currency_end_lengths={},
        currency_ends=frozenset(symbols) | frozenset(
            s[-1] for s in symbols if s.endswith("$")),
    )
    patterns.left_gates.update(_left_gates(patterns, lex, symbols))
    by_word, default, by_char = _left_blocked(patterns)
    patterns.left_blocked.update(by_word)
    patterns.left_char_openers.update(by_char)
    patterns = replace(patterns, left_blocked_default=default)
    patterns.currency_end_lengths.update(_lengths_by_last_char(patterns.currency_ends))
    patterns.right_firsts.update(_right_firsts(patterns, lex, names + codes))
    patterns.right_opened.update(_right_opened(patterns.right_firsts))
    return patterns


def _numerals(text: str, p: _Patterns) -> list[regex.Match]:
    """Exactly what `p.scan.finditer(text)` finds, several times cheaper: the scan's leading
    lookahead makes the engine try a match at every character, while a run of digits is found
    at the speed of a character search. The scan is tried at the start of each run and at the
    sign just before it, the only places its lookahead and lookbehinds let a match start; inside
    a run only after a vulgar fraction (no lookbehind of the scan allows a digit before)."""
    found: list[regex.Match] = []
    end = 0
    match, plain = p.scan.match, p.plain_digits.match
    ascii_text = text.isascii()
    runs = p.ascii_digit_runs if ascii_text else p.numeral_runs
    for run in runs.finditer(text):
        start, stop = run.span()
        if stop <= end:
            continue  # inside the numeral before ("3,00,000", "2.5")
        decimal = ascii_text or run.group().isdecimal()
        if start > end and text[start - 1] in _NUMERAL_SIGNS:
            numeral = match(text, start - 1)
            if numeral is not None:
                found.append(numeral)
                end = numeral.end()
        if start >= end and stop - start <= 2 and text[stop:stop + 1] == "," \
                and text[stop + 1:stop + 2].isdigit() and not text[stop + 1:stop + 4].isdigit():
            items = _comma_list(text, start)
            if items:
                found += items
                end = items[-1].end()
                continue
        if start >= end:
            numeral = (plain if decimal and _only_plain_digits(text, start, stop) else match)(text, start)
            if numeral is not None:
                found.append(numeral)
                end = numeral.end()
        if not decimal:  # a vulgar fraction in it (or a digit Python's tables lack)
            for at in range(max(start + 1, end), stop):
                if at >= end:
                    numeral = match(text, at)
                    if numeral is not None:
                        found.append(numeral)
                        end = numeral.end()
    return found


_COMMA_LIST = regex.compile(r"(?<![\d.,])(?:[1-9]\d?|0)(?:,(?:[1-9]\d?|0)){2,}(?!\d|[.,]\d)")
"""Three or more numbers of one or two digits joined by bare commas ("rooms 3,5,7", "22,24,26,31"):
no style groups digits so (Western and Indian groups end in three digits, a decimal comma comes
once), so they are a list, each number its own."""
_LIST_ITEM = regex.compile(r"(?P<digits>\d{1,2})")


def _comma_list(text: str, start: int) -> list[regex.Match]:
    """The numbers of a list of bare-comma numbers starting at `start`, as the scan's plain
    numbers; empty where none starts there."""
    found = _COMMA_LIST.match(text, start)
    if found is None:
        return []
    items, at = [], start
    while at < found.end():
        item = _LIST_ITEM.match(text, at)
        items.append(item)
        at = item.end() + 1
    return items


_NOT_PLAIN_AFTER = frozenset("aApP:-/\u180e") | frozenset(chr(c) for c in range(0xBC, 0xBF)) \
    | frozenset(chr(c) for c in range(0x2150, 0x215F))
"""What may follow a run of digits where the scan's earlier alternatives could match: a clock
time ("5pm", "10:30"), a date or phone number ("18/10", "2016-10-18", "800-621-..."), a
fraction ("3/4") or a vulgar fraction."""
_SPACE_THEN_NOT_PLAIN = frozenset("aApP \u00a0")
"""After a space: "5 pm" (a time), "2 1/2" (a fraction)."""


def _only_plain_digits(text: str, start: int, stop: int) -> bool:
    """Whether, at the run of decimal digits text[start:stop], no alternative of the scan but the
    plain number can match, so that `plain_digits` alone finds the same match (several times
    cheaper than the whole scan). Every other alternative needs a particular character right
    after its leading digits, and a run of digits ends before a character that is no digit."""
    after = text[stop:stop + 1]
    if after in _NOT_PLAIN_AFTER:
        return False
    if after == ".":
        return stop - start > 2  # "18.10.2016", "10.30 am" start with one or two digits
    if after.isspace():
        following = text[stop + 1:stop + 2]
        return following not in _SPACE_THEN_NOT_PLAIN and not following.isdigit()
    return True


def _word_starts(text: str, folded: str, p: _Patterns) -> tuple[list, list]:
    """Exactly what `p.word.finditer(text)` and `p.unit_word.finditer(text)` find, in one search
    of `folded`, the lower-cased text of the same length. `p.word_starts` (ASCII word
    boundaries, lower case) finds every place where a match of either may start, and the two
    patterns decide there. Neither pattern's matches overlap one another (no word boundary stands
    inside their first word), so finditer finds them all; inside a place where "a/an/one" and a
    unit stand, a number word can start only at the first word or the unit ("a second").

    An ASCII word boundary before a letter is a character before it that is no ASCII word
    character, so `p.word_starts` matches from that character, searched in `folded` behind one
    space: a match's start in the padded text is then where the word starts in `text`. Every
    match ends in a letter, so the character it starts from never lies inside the one before."""
    word, unit_word = p.word.match, p.unit_word.match
    words: list[regex.Match] = []
    unit_words: list[regex.Match] = []
    for start in p.word_starts.finditer(" " + folded):
        at = start.start()
        if start.lastgroup == "article":
            found = unit_word(text, at)
            if found is not None:
                unit_words.append(found)
            for at in (at, start.start("unit") - 1):
                found = word(text, at)
                if found is not None:
                    words.append(found)
        else:
            found = word(text, at)
            if found is not None:
                words.append(found)
    return words, unit_words


def _may_end_in_currency(raw: str, p: _Patterns) -> bool:
    """Whether the characters just before a number end with a currency symbol or code."""
    lengths = p.currency_end_lengths.get(raw[-1:])
    if lengths is None:
        return False
    ends = p.currency_ends
    return any(raw[-k:] in ends for k in lengths if k <= len(raw))


def _lengths_by_last_char(ends) -> dict:
    """For each last character of `ends`: the lengths (up to 8) of the ends that finish with it,
    so that _may_end_in_currency looks up only suffixes that can be one."""
    lengths: dict = {}
    for end in ends:
        lengths.setdefault(end[-1], set()).add(len(end))
    return {char: tuple(sorted(k for k in ks if k <= 8)) for char, ks in lengths.items()}


def _last_words(phrases) -> frozenset[str]:
    """The last word of each phrase, as _widen normalises the word before a number."""
    return frozenset(str(phrase).split()[-1].lower().strip(_WORD_EDGES) for phrase in phrases
                     if str(phrase).split())


def _left_gates(p: _Patterns, lex: NumberLexicon, symbols) -> dict:
    """For each left-hand pattern: the words one of its matches must end with, and the
    characters that may end a match glued to the number (None: no such limit)."""
    months = _last_words(lex.months)
    qualifier_words = _last_words(lex.qualifiers) | {"the"}
    return {
        p.label_before: (_last_words(lex.identifier_labels), None),
        p.month_before: (months, None),
        p.year_word_before: (_last_words(lex.year_prepositions) | months | {"'s"}, None),
        p.range_opener_before: (_last_words(lex.range_openers), None),
        p.negative_before: (_last_words(lex.negatives), None),
        p.qualifier_before: (qualifier_words, frozenset("<>=≤≥")),
    }


def _firsts(phrases) -> frozenset[str]:
    return frozenset(str(phrase)[:1].lower() for phrase in phrases if str(phrase))


def _first_words(phrases) -> frozenset[str]:
    """The leading ASCII letters of each phrase, lower-cased: "per" of "per cent" and "per-cent"."""
    return frozenset(m.group().lower() for m in map(_ASCII_LETTERS.match, map(str, phrases)) if m)


def _right_firsts(p: _Patterns, lex: NumberLexicon, names) -> dict:
    """For each right-hand pattern: the characters (lower case) its first word can start with,
    past the spaces or hyphen after the number, and its first words themselves. A pattern runs
    only when the word there is one of them, or (a word not all in ASCII letters) starts with one
    of the characters (a speed-up only; see _lead)."""
    return {
        p.scale_after: _firsts(lex.scales) | _first_words(lex.scales),
        p.abbreviation_after: _firsts(lex.scale_abbreviations) | _first_words(lex.scale_abbreviations),
        p.percent_after: _firsts(lex.percent_markers) | {"%"} | _first_words(lex.percent_markers),
        p.currency_after: _firsts(names) | _first_words(names),
        p.measure_after: _firsts(lex.measure_units) | _first_words(lex.measure_units)
        | _firsts(lex.glued_measure_units) | _first_words(lex.glued_measure_units)
        | _first_words(lex.spaced_measure_letters),
        p.unit_after: _firsts(lex.duration_units) | _firsts(lex.duration_fillers) | {"o", "a"}
        | _first_words(lex.duration_units) | _first_words(lex.duration_fillers) | {"of", "a", "an"},
    }


_GAP_CHARS = frozenset(" \t\u00a0-")


_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


def _lead(text: str, end: int) -> str | None:
    """The word after `end` past one space or hyphen, lower-cased, where it is all ASCII letters
    and an ASCII character (or the end) follows it; else its first character, lower-cased; None
    where more gap follows, so that every right-hand pattern still runs there. (Every first word
    of a right-hand pattern is followed by a space or a character that is no letter, so a longer
    run of letters starts none of them.)"""
    at = end
    first = text[end:end + 1]
    if first in _GAP_CHARS or first.isspace():
        at = end + 1
        first = text[at:at + 1]
        if first in _GAP_CHARS or first.isspace():
            return None
    letters = _ASCII_LETTERS.match(text, at)
    if letters is not None and text[letters.end():letters.end() + 1].isascii():
        return letters.group().lower()
    return first.lower()


def _right_opened(firsts: dict) -> dict:
    """`right_firsts` turned round for _widen: for each lead (see _lead), the right-hand patterns
    it may start, and for None (more gap follows) all of them; a lead not listed starts none.
    One look-up per number then says which of the patterns run."""
    opened: dict = {None: frozenset(firsts)}
    for pattern, leads in firsts.items():
        for lead in leads:
            opened.setdefault(lead, set()).add(pattern)
    return {lead: frozenset(patterns) for lead, patterns in opened.items()}


_NOTHING_OPENED = frozenset()


def _match_right(pattern: regex.Pattern, text: str, end: int, p: _Patterns, lead: str | None):
    """`pattern.match(text, end)` where the lead opens it (what _widen does inline), else None."""
    if pattern not in p.right_opened.get(lead, _NOTHING_OPENED):
        return None
    return pattern.match(text, end)


@dataclass(slots=True)
class _Token:
    """A numeral being widened into a mention."""

    start: int
    end: int
    kind: Kind
    value: Decimal | None = None
    style: str = "plain"
    alternatives: tuple = ()
    problem: str | None = None
    unit: str | None = None
    bound: Bound = Bound.EXACT
    qualifier: str | None = None
    is_words: bool = False
    opener: str | None = None
    opener_start: int | None = None
    factor: Decimal | None = None
    """What a scale word multiplied the numeral by ("4 million": 10**6), for ranges."""
    low: Decimal | None = None
    high: Decimal | None = None
    symbol: str | None = None
    """The currency's symbol, code or name as written ("$", "PKR", "dollars"), for settling a
    symbol several currencies share (_settle_currencies)."""
    settled_only: bool = False
    """A part of that symbol's currency with no currency until the text settles it ("cents")."""


def find_mentions(text: str, locale: str | None = None) -> list[Mention]:
    """Every numeric mention in `text`, in order. `locale` (babel) settles ambiguous grouping."""
    if not text:
        return []
    p = _patterns()
    lex = number_lexicon()
    # keyword arguments for the whole-text searches: even timeout=None costs the regex module a
    # good part of a short search
    timed = {"timeout": max(2.0, SCAN_TIMEOUT_PER_MB * len(text) / 1_000_000)} \
        if len(text) >= _TIMED_FROM else {}
    tokens: list[_Token] = []
    folded = text.lower()
    if len(folded) != len(text):
        folded = None  # lower-casing moved the offsets ("İ"): the pre-filters cannot be used
    try:
        urls = [m.span() for m in p.url.finditer(text, **timed)] if "/" in text else []
        if "@" in text:
            urls += [m.span() for m in p.email.finditer(text, **timed)]
        numerals = _numerals(text, p) if not timed else list(p.scan.finditer(text, **timed))
        if folded is not None:
            words, unit_words = _word_starts(text, folded, p)
        else:
            words = list(p.word.finditer(text, **timed))
            unit_words = p.unit_word.finditer(text, **timed)
        found = sorted(numerals + words, key=_start) if numerals and words else numerals or words
        # Words before a numeral that the previous mention took are not its qualifier.
        floor = 0  # where the previous mention ends
        for match in found:
            at = match.start()
            if at < floor:
                continue  # already read as part of the previous mention ("3,000 crore")
            if urls and any(a <= at < b for a, b in urls):
                continue
            follows_mention = bool(tokens) and at == floor \
                and text[at] in "-\u2212" and match.lastgroup == "digits"
            if follows_mention:
                # "5k-20k": the dash after a mention joins a range; it is not a minus sign
                match = p.scan.match(text, at + 1, **timed) or match
            if match.re is p.word:
                token = _read_words(match, text, p, lex, floor)
            else:
                token = _read_token(match, text, locale, p, lex, follows_mention, floor)
            if token is not None:
                tokens.append(token)
                floor = token.end
        extra = [_vague_token(m, lex) for m in p.vague.finditer(text, **timed)] \
            if "s of" in text or "S OF" in text or "s\u00a0of" in text else []
        # "an hour", "a day" -- but "44,500 a day" is a rate, not a duration.
        extra += [_unit_word_token(m, lex, text, p) for m in unit_words
                  if not p.rate_before.match(text, max(0, m.start() - 60), m.start())]
        if "-long" in text:
            extra += [_unit_word_token(m, lex, text, p) for m in p.unit_long.finditer(text, **timed)]
        _settle_currencies(tokens, text, locale)
    except TimeoutError as exc:
        raise InputError(None, "text took too long to scan for numbers",
                         hint="split it into smaller articles") from exc
    if len(tokens) > 1:
        _settle_glued_letters(tokens, text, lex)
    if len(tokens) > 1:  # each join needs two mentions
        tokens = _join_fractions_of_scales(tokens, text, lex)
        if p.collective_words.search(folded if folded is not None else text.lower()):
            tokens = _join_collectives_of_scales(tokens, text, lex)
        tokens = _join_ranges(_join_scaled_parts(tokens, text, lex), text, p)
    if extra:
        tokens = _add_unit_words(tokens, extra)
    if len(tokens) > 1:
        tokens = _without_overlaps(_join_durations(tokens, text, lex))
    return [_to_mention(t, text) for t in tokens]


_PLAIN_AMOUNT = regex.compile(r"\d{1,7}(?:\.\d{1,2})?")


def _settle_glued_letters(tokens: list[_Token], text: str, lex: NumberLexicon) -> None:
    """"N1,030 per litre, against N617 in June": once a letter glued to an amount written as
    money ("N1,030", "R35bn") is read as a currency, the same letter glued to a plain number in
    the same text ("N617", "R370") is that currency too. One pass over the mentions."""
    money, identifier = Kind.MONEY, Kind.IDENTIFIER
    letters = {text[t.start]: t.unit for t in tokens if t.kind == money
               and text[t.start] in lex.letter_symbols and text[t.start + 1:t.start + 2].isdigit()}
    if not letters:
        return
    for token in tokens:
        if token.kind == identifier and text[token.start] in letters \
                and _PLAIN_AMOUNT.fullmatch(text, token.start + 1, token.end):
            token.kind, token.unit = money, letters[text[token.start]]


def _start(match: regex.Match) -> int:
    return match.start()


def _settle_currencies(tokens: list[_Token], text: str, locale: str | None) -> None:
    """Give amounts in a symbol several currencies write ("$", "Rs") the currency the text's
    locale or the article's own names settle (factcheck/currencies.py); one pass over the
    mentions, and one scan of the article only where such a symbol is there."""
    shared = [t for t in tokens if t.symbol is not None and currencies.owners(t.symbol)]
    if not shared:
        return
    codes = [t.unit for t in tokens if t.unit is not None and t.symbol == t.unit]  # "PKR 500"
    settler = currencies.CurrencySettler(text, locale, codes)
    aliases = number_lexicon().currency_aliases
    for token in shared:
        if token.settled_only:  # "75 cents": of whichever dollar "$" is, where the text says
            token.unit = settler.settle(token.symbol, aliases[token.symbol] or None) \
                if settler.says(token.symbol) else None
        else:
            token.unit = settler.settle(token.symbol, token.unit)


def _without_overlaps(tokens: list[_Token]) -> list[_Token]:
    """The last guarantee that mentions never overlap: one that starts inside the one before it
    is dropped (the readers above avoid this; hostile input still finds ways)."""
    kept: list[_Token] = []
    for token in tokens:
        if not kept or token.start >= kept[-1].end:
            kept.append(token)
    return kept


def _add_unit_words(tokens: list[_Token], extra: list[_Token]) -> list[_Token]:
    """Add the mentions with no numeral of their own; one that contains mentions replaces them
    ("a year and a half" holds "a half"), one that overlaps a mention partly is dropped.
    One sweep over both sorted lists: linear in their lengths."""
    out: list[_Token] = []
    i = 0
    for token in sorted(extra, key=lambda t: t.start):
        while i < len(tokens) and tokens[i].start < token.start:
            out.append(tokens[i])
            i += 1
        if out and out[-1].end > token.start:
            continue  # overlaps the mention before it
        j = i
        while j < len(tokens) and tokens[j].start < token.end:
            j += 1
        if any(t.end > token.end for t in tokens[i:j]):
            continue  # a mention inside it reaches past its end
        out.append(token)
        i = j
    out.extend(tokens[i:])
    return out


_DURATION_GAP = regex.compile(r"(?:,?[ \t]{1,3}(?:and[ \t]{1,3})?)")


def _join_durations(tokens: list[_Token], text: str, lex: NumberLexicon) -> list[_Token]:
    """"3 years 6 months" is 42 months, "2 hours and 30 minutes" 150 minutes: units that convert
    exactly (data/numbers.yaml: duration_sizes) and come largest first."""
    out: list[_Token] = []
    sizes = lex.duration_sizes
    duration = Kind.DURATION  # looked up once, as in _join_fractions_of_scales
    for token in tokens:
        previous = out[-1] if out else None
        if (previous is not None and previous.kind == token.kind == duration
                and previous.value is not None and token.value is not None
                and previous.unit in sizes and token.unit in sizes
                and sizes[previous.unit][1] == sizes[token.unit][1]
                and sizes[previous.unit][0] > sizes[token.unit][0]
                and token.bound == Bound.EXACT and previous.low is None
                and _DURATION_GAP.fullmatch(text, previous.end, token.start)):
            ratio = sizes[previous.unit][0] / sizes[token.unit][0]
            previous.value = previous.value * ratio + token.value
            previous.unit = token.unit
            previous.end = token.end
            continue
        out.append(token)
    return out


def _unit_word_token(match: regex.Match, lex: NumberLexicon, text: str, p: _Patterns) -> _Token:
    """"a decade-long war", "an hour", "a year and a half": units of time with no numeral."""
    end = match.end() if match.group("long") else match.end("unit")
    word = match.group("unit").lower()
    if word in lex.ordinals and match.group("article").lower() in ("a", "an") \
            and not match.group("long") and _ordinal_follows(text, end, lex):
        # "for a second year", "a second-half goal": the ordinal, not one second
        return _Token(match.start("unit"), end, Kind.ORDINAL, value=lex.ordinals[word],
                      style="words", is_words=True)
    token = _Token(match.start(), end, Kind.DURATION, value=Decimal(1),
                   unit=lex.duration_units[match.group("unit").lower()].unit, style="words",
                   is_words=True)
    _and_fraction(token, text, p, lex)
    qualifier = p.qualifier_before.match(text, max(0, token.start - 48), token.start)
    if qualifier and " ".join(qualifier.group("w").lower().split()) not in lex.not_bounds_of_a_unit:
        _qualify(token, qualifier, lex)  # "more than a year", "nearly a decade"
    return token


def _ordinal_follows(text: str, end: int, lex: NumberLexicon) -> bool:
    """Whether the words after "a second" make it an ordinal: a hyphen and a word ("a
    second-half goal"), or any word but those a length of time goes with ("a second later", "a
    second or two"; data/numbers.yaml: after_one_second)."""
    if text[end:end + 1] == "-":
        return text[end + 1:end + 2].isalpha()
    following = _next_word(text, end)
    return following is not None and following.group(1).lower() not in lex.after_one_second


def _and_fraction(token: _Token, text: str, p: _Patterns, lex: NumberLexicon) -> None:
    """"an hour and a half": the fraction adds to the duration."""
    fraction = p.and_fraction_after.match(text, token.end) if _and_follows(text, token.end) else None
    if fraction and token.value is not None:
        token.value += 1 / lex.denominators[fraction.group("d").lower()]
        token.end = fraction.end()


def _and_follows(text: str, end: int) -> bool:
    """Whether "and" stands within the few spaces after `end`: what "3 million and a half" and
    "an hour and a half" need (a cheap test before their patterns run)."""
    return "and" in text[end + 1:end + 7].lower()


def _overlaps(token: _Token, tokens: list[_Token], starts: list[int]) -> bool:
    """Whether `token` overlaps any of `tokens` (sorted, not overlapping; `starts` their starts)."""
    i = bisect_right(starts, token.start)
    return (i > 0 and tokens[i - 1].end > token.start) or (i < len(tokens) and tokens[i].start < token.end)


def _vague_token(match: regex.Match, lex: NumberLexicon) -> _Token:
    phrase = " ".join(match.group("w").lower().split())
    return _Token(match.start("w"), match.end("w"), Kind.COUNT, value=lex.vague_plurals[phrase],
                  bound=Bound.LOWER, style="words", is_words=True)


def _read_token(match: regex.Match, text: str, locale: str | None, p: _Patterns,
                lex: NumberLexicon, follows_mention: bool = False,
                floor: int = 0) -> _Token | None:
    group = match.lastgroup
    start, end = match.span()
    if group != "digits" and group in _RARER_FORMS:
        return _read_form(match, group, start, end, text, p, lex, floor)
    return _read_digits(match, start, end, text, locale, p, lex, follows_mention, floor)


_RARER_FORMS = frozenset({"date", "time", "phone", "fraction", "vulgar"})


def _read_form(match: regex.Match, group: str, start: int, end: int, text: str, p: _Patterns,
               lex: NumberLexicon, floor: int) -> _Token | None:
    """A numeral of the scan's rarer forms: a date, clock time, phone number or fraction."""
    if group == "date":
        return _Token(start, end, Kind.DATE)
    if group == "time":
        return _race_time(match, start, end, text, lex) or _Token(start, end, Kind.TIME)
    if group == "phone":
        return _Token(start, end, Kind.IDENTIFIER)
    if group in ("fraction", "vulgar") and unreadable_digit(match.group()):
        return _Token(start, end, Kind.NUMBER, style="malformed",
                      problem=numeral_problem(match.group()))
    if group == "fraction":  # "3/4", "2 1/2", "-4/5"
        if int(match.group("den")) == 0:
            return None
        if not match.group("whole") and (int(match.group("num")) >= int(match.group("den"))
                                         or match.group() in lex.slash_names):
            return _Token(start, end, Kind.IDENTIFIER)  # "24/7", "7/7", "9/11": no share
        value = Decimal(match.group("whole") or 0) + Decimal(match.group("num")) / Decimal(match.group("den"))
        token = _Token(start, end, Kind.FRACTION, value=-value if match.group("sign") else value)
        return _widen(token, text, p, lex, floor=floor)
    if group == "vulgar":  # "½", "2½ years": the character's Unicode value
        value = Decimal(match.group("vwhole") or 0) + Decimal(str(unicodedata.numeric(text[end - 1])))
        return _widen(_Token(start, end, Kind.FRACTION, value=value), text, p, lex, floor=floor)
    raise AssertionError(group)  # _RARER_FORMS names the groups above


_HUNDREDTHS = regex.compile(r"\.(\d{1,2})(?!\d|[.,:]\d|[^\W\d_])")
_CLOCK_WORDS = regex.compile(r"[^\W\d_]{1,20}(?:-[^\W\d_]{1,20})?")
_RACE_LOOK = 48
"""How many characters either side of an "h:mm:ss" are read for race words."""


def _race_time(match: regex.Match, start: int, end: int, text: str,
               lex: NumberLexicon) -> _Token | None:
    """"3:49.11" (minutes, seconds and hundredths) and "2:04:11" near a race word ("finished
    in", "clocked", "marathon"; data/numbers.yaml: race_time_words) are race times: durations
    in seconds. None where the form is a clock time ("at 10:30", "10:30 pm", "at 2:00:35")."""
    parts = match.group().split(":")
    if not all(p.isdigit() for p in parts) or any(int(p) >= 60 for p in parts[1:]):
        return None  # "10:30 pm", "5.30am", "9:75"
    if len(parts) == 2:
        fraction = _HUNDREDTHS.match(text, end) if text[end:end + 1] == "." else None
        if fraction is None:
            return None
        seconds = int(parts[0]) * 60 + int(parts[1]) + Decimal(fraction.group(1)) / 10 ** len(fraction.group(1))
        return _Token(start, fraction.end(), Kind.DURATION, value=seconds, unit="second")
    before = _CLOCK_WORDS.findall(text[max(0, start - _RACE_LOOK):start].lower())
    if before and before[-1] in lex.clock_time_before:
        return None  # "at 10:30:00"
    after = _CLOCK_WORDS.findall(text[end:end + _RACE_LOOK].lower())
    if not any(w in lex.race_time_words for w in before + after[:4]):
        return None
    seconds = int(parts[0]) * 3600 + int(parts[1]) * 60 + int(parts[2])
    return _Token(start, end, Kind.DURATION, value=Decimal(seconds), unit="second")


_DOTTED = regex.compile(r"\d{1,4}(?:\.\d{1,4}){2,}(?![\d.]?\d)")


def _dotted_name_end(text: str, start: int) -> int | None:
    """Where three or more groups of digits joined by points end, when they are no European
    grouping (three digits after each point: "1.234.567"): an address, a version or a clause
    ("192.168.1.2", "2.4.1", "3.2.1"); else None."""
    found = _DOTTED.match(text, start)
    if found is None:
        return None
    first, *rest = found.group().split(".")
    if len(first) <= 3 and all(len(group) == 3 for group in rest):
        return None
    return found.end()


def _read_digits(match: regex.Match, start: int, end: int, text: str, locale: str | None,
                 p: _Patterns, lex: NumberLexicon, follows_mention: bool,
                 floor: int) -> _Token | None:
    """A plain number in digits, with an exponent or a spoken decimal after it."""
    if "." in match.group() and (text[end:end + 1] == "." or match.group().count(".") > 1):
        dotted = _dotted_name_end(text, start)
        if dotted is not None:  # "192.168.1.2", "version 2.4.1": a name, not a number
            return _Token(start, dotted, Kind.IDENTIFIER)
    reading = parse_numeral(match.group(), locale)
    # positional: a keyword call costs half as much again, and this runs for every number
    token = _Token(start, end, Kind.NUMBER, reading.value, reading.style, reading.alternatives,
                   reading.problem)
    following = text[end:end + 1]
    if reading.value is not None and following in _EXPONENT_STARTS and (
            following != " " or text[end + 1:end + 2] in _EXPONENT_STARTS):
        _read_exponent(token, text, p)
        if decimal_problem(token.value):  # "1e999999": past the figures factcheck reads exactly
            token.problem, token.value, token.style = decimal_problem(token.value), None, "malformed"
    if reading.style == "plain" and following in " \t" and text[end + 1:end + 2] in _POINT_STARTS \
            and "." not in match.group():
        spoken = p.spoken_point_after.match(text, end)
        if spoken:  # "1 point 1"
            token.value = _signed_add(token.value, Decimal("0." + spoken.group("d")))
            token.end = spoken.end()
    return _widen(token, text, p, lex, follows_mention, floor)


_EXPONENT_STARTS = frozenset("eE x×*^")
_POINT_STARTS = frozenset(" \tpP")
"""What follows the space after a number when "point" comes next ("1 point 1")."""


def _read_exponent(token: _Token, text: str, p: _Patterns) -> None:
    """Scientific and power notation after the digits: "1.3e6", "2.48x10^-5", "1.1^23"."""
    exponent = p.exponent_after.match(text, token.end)
    if exponent is None:
        return
    if exponent.group("p") is not None:  # a power: the sign of the base stays outside
        power = exponent.group("p")
        n = int(power.lstrip("+-\u2212"))
        if (power.count("-") + power.count("\u2212")) % 2:
            n = -n
        if n > 400 or token.value == 0 and n < 0:
            return
        token.value = (-1 if token.value < 0 else 1) * abs(token.value) ** n
    else:
        n = int((exponent.group("e") or exponent.group("t")).replace("\u2212", "-"))
        token.value = token.value.scaleb(n)
    token.alternatives = ()
    token.style = "scientific"
    token.end = exponent.end()


def _signed_add(value: Decimal, fraction: Decimal) -> Decimal:
    return value - fraction if value < 0 else value + fraction


def _read_words(match: regex.Match, text: str, p: _Patterns, lex: NumberLexicon,
                floor: int = 0) -> _Token | None:
    start, end = match.span()
    more = p.more_words.match(text, end) if text[end:end + 1] in _WORD_GAP_CHARS else None
    if more:
        end = more.end()
    lead_in = text[max(floor, start - 4):start]
    article = p.article_before.match(text, max(floor, start - 4), start) \
        if "a" in lead_in or "A" in lead_in else None
    if article:
        start = article.start()
    surface = text[start:end]
    reading = parse_words(surface)
    point_end = None
    if reading is None and surface[-5:].lower() == "point" and not surface[-6:-5].isalnum():
        # "cut by a quarter point", "a half-point rise": a share of a percentage point, not the
        # spoken decimal point ("one point five")
        share = parse_words(surface[:-5].rstrip(" -"))
        if share is not None and share.kind == "fraction":
            reading, point_end = share, end
            surface = surface[:-5].rstrip(" -")
            end = start + len(surface)
    if reading is None:
        # "a six-year war": drop a leading article; "the first two books", "one second": keep
        # the longest run of words that reads as a number on its own.
        stripped = _LEADING_ARTICLE.sub("", surface)
        start += len(surface) - len(stripped)
        surface = stripped
        reading = parse_words(surface)
        for _ in range(3):  # bounded: a long run of words must not cost a parse per word
            last = _LAST_WORD.search(surface)
            if reading is not None or last is None:
                break
            surface = surface[:last.start()]
            reading = parse_words(surface)
        if reading is None:
            first = _FIRST_WORD.match(surface)
            surface = first.group() if first else surface
            reading = parse_words(surface)
            if reading is None:
                return None
        end = start + len(surface)
    cut = _unjoined_and(surface, lex)
    if cut is not None:
        end = start + cut
        surface = surface[:cut]
        reading = parse_words(surface)
        if reading is None:
            return None
    if surface.lower() == "one" and p.pronoun_before.match(text, max(0, start - 12), start) \
            and not _share_follows(text, end, p):
        return None  # "which one", "the one you mentioned"; not "only one in four schools"
    lowered = surface.lower()
    if lowered in lex.collectives and not (lowered in lex.scale_collectives
                                           and _of_a_unit_of_time(text, end, p)):
        return None  # "his score", "killing dozens": no number is said ("a dozen" is one)
    if reading.kind == "fraction" and lowered in lex.denominators and _period_part(text, start, lex):
        return None  # "the third quarter", "first-half profits": a part of the year, no share
    if text[end:end + 1] == "-" and reading.kind == "fraction" and _in_a_compound(lowered, text, end, lex):
        return None  # "before half-time", "his half-sister": a word, no share
    kind = {"fraction": Kind.FRACTION, "ordinal": Kind.ORDINAL}.get(reading.kind, Kind.NUMBER)
    if kind == Kind.FRACTION and _ordinal_before_noun(lowered, text, end, lex):
        # "a third term", "a fifth consecutive year": an ordinal, not a share
        word = lowered.split()[-1]
        return _Token(end - len(word), end, Kind.ORDINAL, value=lex.ordinals[word], style="words",
                      is_words=True)
    if kind == Kind.NUMBER and text[start - 1:start] == " " and reading.value is not None \
            and reading.value == int(reading.value) and 0 <= reading.value <= 100 \
            and _word_before(text, start).lower().strip(_WORD_EDGES) in p.left_gates[p.label_before][0]:
        label = p.label_before.match(text, max(floor, start - 48), start)
        if label:  # "world number one", "phase two", "page one": a rank or a label, no count
            return _Token(label.start(), end, Kind.IDENTIFIER)
    token = _Token(start, end, kind, value=reading.value, style="words", is_words=True)
    if kind == Kind.ORDINAL:
        return token
    token = _widen(token, text, p, lex, floor=floor)
    if point_end is not None and token.end == end:
        token.kind, token.end = Kind.PERCENT, point_end
    return token


def _word_before(text: str, start: int) -> str:
    """The word, as written, before the one space before `start` ("" where none is)."""
    words = text[max(0, start - 24):start - 1].rsplit(None, 1)
    return words[-1] if words else ""


def _in_a_compound(lowered: str, text: str, end: int, lex: NumberLexicon) -> bool:
    """Whether the fraction word ending `lowered` and the word the hyphen at `end` joins it to
    make a word of their own (data/numbers.yaml: fraction_compounds)."""
    compounds = lex.fraction_compounds.get(lowered.rsplit(None, 1)[-1])
    word = _ASCII_LETTERS.match(text, end + 1) if compounds else None
    return word is not None and word.group().lower() in compounds \
        and not text[word.end():word.end() + 1].isalnum()


def _of_a_unit_of_time(text: str, end: int, p: _Patterns) -> bool:
    """Whether "of" and a unit of time follow ("couple of weeks"): then a bare collective still
    counts that unit."""
    if text[end:end + 4].lower() != " of ":
        return False
    unit = p.unit_after.match(text, end)
    return unit is not None and bool(unit.group("of")) and not unit.group("art")


_WORD_GAP_CHARS = frozenset(" \t\u00a0-")
"""What starts more_words (its _GAP): a cheap test before the pattern runs."""
_SHARE_JOINT_AFTER = regex.compile(r"[ \t]{1,3}(?:in|out[ \t]{1,3}of)[ \t]{1,3}", regex.IGNORECASE)


def _share_follows(text: str, end: int, p: _Patterns) -> bool:
    """"one in four", "one out of 10": a share follows, so "only one" is a number, no pronoun."""
    joint = _SHARE_JOINT_AFTER.match(text, end, end + 12)
    return joint is not None and (text[joint.end():joint.end() + 1].isdigit()
                                  or p.word.match(text, joint.end()) is not None)


_WORD_BEFORE = regex.compile(r"(?r)([^\W\d_]{1,20})[ \t\-]{1,2}")


def _period_part(text: str, start: int, lex: NumberLexicon) -> bool:
    """Whether a lone "quarter" or "half" names a part of a year or a match: always for
    "quarter" (the fiscal quarter; a share says "a quarter"), and after an ordinal ("the
    second half", "first-half profits")."""
    if text[start:start + 7].lower().startswith("quarter"):
        return True
    word = _WORD_BEFORE.match(text, max(0, start - 22), start)
    return word is not None and word.group(1).lower() in lex.ordinals


def _ordinal_before_noun(lowered: str, text: str, end: int, lex: NumberLexicon) -> bool:
    """Whether "a third", "a fifth" is an ordinal: before a noun that ordinals count ("a third
    term", "a fifth consecutive year", data/numbers.yaml: ordinal_nouns) or glued to a word by
    a hyphen ("a third-term senator"); "a third of", "a third say" stay shares."""
    words = lowered.split()
    if len(words) != 2 or words[0] not in ("a", "an") or words[1] not in lex.ordinals:
        return False
    if text[end:end + 1] == "-":
        return text[end + 1:end + 2].isalpha()
    following = _next_word(text, end)
    return following is not None and following.group(1).lower() in lex.ordinal_nouns


_LEADING_ARTICLE = regex.compile(r"^an?[\s\-]+", regex.IGNORECASE)
_LAST_WORD = regex.compile(r"(?r)(?:[\s\-]+(?:and|an?))*[\s\-]+\S+\Z", regex.IGNORECASE)
_NEXT_WORD = regex.compile(r"\s{1,3}([^\W\d_]{1,25})")
_NEXT_ASCII_WORD = re.compile(r"[ \t\n\v\f\r]{1,3}([A-Za-z]{1,25})")
"""_NEXT_WORD for ASCII text, where its \\s and letters are these characters."""
_NEXT_WORD_READS = 28
"""How many characters a match of _NEXT_WORD can read: three spaces and 25 letters."""


def _next_word(text: str, end: int):
    """`_NEXT_WORD.match(text, end)`: the word after the spaces at `end`. Where every character
    the pattern can read is ASCII, the standard library's engine finds the same match at a
    third of the cost of a call to `regex`."""
    if text[end:end + _NEXT_WORD_READS].isascii():
        return _NEXT_ASCII_WORD.match(text, end)
    return _NEXT_WORD.match(text, end)
_DIGIT_GROUP = regex.compile(r"\d[,\u00a0\u2009\u202f']\d")


def _written_as_a_count(token: _Token, text: str, lex: NumberLexicon) -> bool:
    """Whether a number after a label word ("number", "page") is written as a count: grouped
    digits ("354,000") or a scale word after it ("1.4 million"). Labels number things with plain
    digits ("Number 10", "Resolution 2254"); a grouped or scaled figure after "number" is the
    verb ("Syrians in Turkey number 3.6 million")."""
    if _DIGIT_GROUP.search(text, token.start, token.end):
        return True
    following = _next_word(text, token.end)
    return following is not None and following.group(1).lower() in lex.scales
_HHMM = regex.compile(r"[0-2]\d[0-5]\d")
_CLOSING = frozenset(",;.)!?\"”’]") | {""}
_FIRST_WORD = regex.compile(r"[^\s\-]+")
_AND = regex.compile(r"[\s\-]+and[\s\-]+", regex.IGNORECASE)


def _unjoined_and(surface: str, lex: NumberLexicon) -> int | None:
    """Where "ten and fifteen" splits: "and" joins numbers only after a scale word ("one hundred
    and five") or before a fraction ("two and a half")."""
    if "and" not in surface.lower():
        return None  # no "and" to split at: skip the pattern (a speed-up only)
    for match in _AND.finditer(surface):
        before = surface[:match.start()].lower().split()[-1].split("-")[-1]
        after = surface[match.end():].lower().split()[0].split("-")[0]
        if before in lex.denominators and before not in lex.units:
            return match.start()  # "a third and a half" are two fractions
        if before in lex.scales or after in ("a", "an") or after in lex.denominators:
            continue
        rest = surface[match.end():].lower().split()
        if len(rest) > 1 and (rest[1].split("-")[0] in lex.denominators
                              or rest[1].split("-")[-1] in lex.denominators
                              or rest[0] == "one" and rest[1] in lex.ordinals):
            continue  # "three and two thirds", "one and one sixteenth", "two and three sixty-fourths"
        return match.start()
    return None


def _widen(token: _Token, text: str, p: _Patterns, lex: NumberLexicon,
           follows_mention: bool = False, floor: int = 0) -> _Token:
    """Grow a numeral into a mention: look left for currency and qualifiers, right for the rest.

    `follows_mention`: the letters just before it end the previous mention ("5k-20k"), so they
    do not make it a name. `floor`: where the previous mention ends; no left-hand pattern
    reaches before it."""
    prefixed = text[token.start:token.start + 1] == "-" and _strip_prefix_hyphen(token, text, lex)
    if prefixed and token.end - token.start == 4 and 1800 <= token.value <= 2100:
        return _as(token, Kind.YEAR)  # "pre-2000 buildings": the year, whatever follows
    # Most numbers follow ordinary words: when none of the three words before it is one that
    # any left-hand pattern starts from, those patterns need not run (a speed-up only).
    # The characters before the number, sliced once for every test of the words there.
    start = token.start
    left = text[max(0, start - 48):start]
    quiet_left = _quiet_before(left, p, year=token.end - start == 4)
    # Each left-hand pattern ends in one of a few words (or, glued, characters): it runs only
    # when the word just before the number is one of them (a speed-up only; see _left_gates).
    glued_char = left[-1:]
    if quiet_left:
        before = _nothing_before
    else:
        blocked = _blocked_before(left, p)
        blocked_at = start  # a currency symbol may move the start: then the words are read again

        def before(pattern):
            nonlocal blocked, blocked_at
            if blocked_at != token.start:
                blocked_at = token.start
                blocked = _blocked_before(text[max(0, blocked_at - 48):blocked_at], p)
            if pattern in blocked:
                return None
            return pattern.match(text, max(floor, token.start - 48), token.start)
    after = text[token.end:token.end + 1]
    quiet_right = after in _CLOSING or (after.isspace() and _quiet_after(text, token.end, p))
    # where the words after it are known to matter, so _bound need not ask again
    loud_at = token.end if not quiet_right and after.isspace() else -1
    if token.kind == Kind.NUMBER and not token.is_words:
        glued_letter = glued_char.isalpha() and not follows_mention
        glued_currency = glued_letter and before(p.currency_before)
        if glued_currency and glued_currency.group("w") in lex.name_codes:
            glued_currency = None  # "COP28" is the climate conference, not Colombian pesos
        elif glued_currency and glued_currency.group("w") in lex.letter_symbols \
                and not _written_as_money(token, text, p):
            glued_currency = None  # "N95 masks", "P45", "K2": names, not naira, pesos or kwacha
        if glued_letter and not glued_currency:
            # Letters glued to the digits make a name ("A320neo", "Galaxy S24", "G20"), unless
            # they are a currency ("RM250", "USD4bn").
            year_digits = token.end - token.start == 4
            name = _as(token, Kind.IDENTIFIER)
            name.start = p.letters_before.match(text, max(floor, token.start - 25), token.start).start()
            name.end = p.letters_after.match(text, token.end, token.end + 25).end()
            if name.end == token.end and year_digits and text[name.end:name.end + 1] in "/-–":
                years = _YEARS_TAIL.match(text, name.end)  # "FY2024/25": the fiscal year's second
                name.end = years.end() if years and 1800 <= token.value <= 2100 else name.end
            return name
        if not glued_currency and not follows_mention and not prefixed \
                and (glued_char.isalpha() or glued_char in "-‐") and before(p.glued_name_before):
            return _as(token, Kind.IDENTIFIER)
        if after in _KARAT_FIRSTS and (after.isalpha() or text[token.end + 1:token.end + 2] in _KARAT_FIRSTS):
            karat = p.karat_after.match(text, token.end)
            if karat:  # "24K gold", "18-karat gold": purity in 24ths, no thousands
                token.end = karat.end("k")
                token.unit = "karat"
                return token
        if after in lex.name_suffixes and not text[token.end + 1:token.end + 2].isalnum():
            return _as(token, Kind.IDENTIFIER, end=token.end + 1)  # "5G", "4G": generations
        if after == " " and text[token.end + 1:token.end + 2].isupper() and glued_char in " (\n":
            word = _ASCII_LETTERS.match(text, token.end + 1)
            if word and word.group() in lex.model_words and not text[word.end():word.end() + 1].isalnum():
                following = _ASCII_LETTERS.match(text, word.end() + 1)
                if following is None or not following.group()[0].isupper() \
                        or following.group() in lex.model_words:  # not "40 Max Planck scientists"
                    return _as(token, Kind.IDENTIFIER, end=word.end())  # "737 Max jets"
            street = _street_end(text, token, lex)
            if street is not None:  # "at 10 Downing Street": a house number
                return _as(token, Kind.IDENTIFIER, end=street)
        if after in "-–" and after and token.end - token.start <= 3:
            score = _score_end(text, token, lex)
            if score is not None:  # "won 3-1", "a 2-2 draw", "6-3, 6-4": a result, no range
                return _as(token, Kind.IDENTIFIER, end=score)
        if after in "-–" and after and token.end - token.start == 3:
            model = _model_end(text, token, lex, counted=floor == token.start - 1 and glued_char == " ")
            if model is not None:  # "50 787-10 jets", "777-300ER": a type, not a range
                return _as(token, Kind.IDENTIFIER, end=model)
        if (after in "-–" and after or after == " " and text.startswith(" for ", token.end)) \
                and 2 <= token.end - token.start <= 3:
            innings = _innings_end(text, token, lex)
            if innings is not None:  # "posted 287-6", "52 for one at stumps": runs and wickets
                return _as(token, Kind.IDENTIFIER, end=innings)
        phone = _PHONE_TAIL.match(text, token.end) \
            if after == "-" and text[token.end + 1:token.end + 2].isdigit() else None
        if phone:  # "1-800-621-3362"
            return _as(token, Kind.IDENTIFIER, end=phone.end())
        code = _ZERO_GROUP.match(text, token.end) \
            if after == " " and text[token.end + 1:token.end + 2] == "0" and token.style == "plain" else None
        if code and any(w.lower().strip(_WORD_EDGES) in lex.phone_words for w in left[-32:].split()[-4:]):
            # "the disaster hotline is 180 0111"
            return _as(token, Kind.IDENTIFIER, end=code.end())
        label = before(p.label_before)
        if label and _written_as_a_count(token, text, lex):
            label = None  # "refugees now number 354,000", "number 1.4 million": the verb
        if label:  # "Section 144", "Resolution 2254": the label is part of the name
            name = _as(token, Kind.IDENTIFIER)
            name.start = label.start()
            # "helpline 1800 180 1104": the groups after it are the rest of the number
            more = _MORE_GROUPS.match(text, name.end) if after in (" ", "-") else None
            if more:
                name.end = more.end()
            elif after == "(":  # "Section 135(1)(d)": its parts are part of the name
                parts = _SUBSECTIONS.match(text, name.end)
                name.end = parts.end() if parts else name.end
            return name
        if glued_char == " " and _capitalised_before(left):
            named = _name_before(token, text, p, lex)
            if named is not None:
                return named
        suffix = p.ordinal_suffix.match(text, token.end) if after in "snrtSNRT" and after else None
        if suffix:
            if p.date_after.match(text, suffix.end()) or before(p.month_before):
                return _as(token, Kind.DATE, end=_date_end(text, suffix.end(), p))
            return _as(token, Kind.ORDINAL, end=suffix.end())
        if token.end - token.start == 4 and (after in p.clock_firsts
                                             or text[token.end + 1:token.end + 2] in p.clock_firsts) \
                and p.time_after.match(text, token.end) and _HHMM.fullmatch(text, token.start, token.end):
            return _as(token, Kind.TIME)  # "0500 GMT"
        surface = text[token.start:token.end]
        if surface[:1] == "0" and surface.isdigit() and surface.strip("0"):
            # "0808 164 8810", "007", "area code 020": a whole number written with a leading
            # zero is a code; digit groups after it are the rest of it
            group = _GROUP.match(text, token.end) if after in (" ", "-") else None
            return _as(token, Kind.IDENTIFIER, end=group.end() if group else None)
        if not quiet_left and _is_age(token, text, left, p):
            return _bound(_age(token, None), text, p, lex, before)  # "aged 65 and over"
        if before(p.month_before) and token.value is not None and 1 <= token.value <= 31:
            return _as(token, Kind.DATE, end=_date_end(text, token.end, p))
        if not quiet_right and token.value is not None and 1 <= token.value <= 31 \
                and token.value == int(token.value):
            date = p.date_after.match(text, token.end)
            if date:
                return _as(token, Kind.DATE, end=date.end())
    end = token.end
    value = token.value
    currency_left = before(p.currency_before)
    if currency_left and currency_left.end("w") < token.start \
            and (currency_left.group("w") in lex.glued_only_codes
                 or currency_left.group("w") in lex.letter_symbols):
        currency_left = None  # "TOP 10", "ALL 3 suspects", "R 370": words or letters, not codes
    elif currency_left and " " in currency_left.group("w") \
            and currency_left.group("w").split()[0] in lex.word_prefixes:
        # "A $5 fine": the article, then dollars; glued, "A$5" is Australian
        currency_left = p.currency_before.match(text, currency_left.end("w") - 1, token.start)
    following = after
    # "... 3,000." or "3,000 people": nothing after it can change what it is but a count noun.
    if quiet_right:
        if currency_left:
            token.symbol = currency_left.group("w").replace(" ", "")
            token.kind, token.unit = Kind.MONEY, (lex.currency_aliases[token.symbol] or None)
            token.start = currency_left.start()
        elif _is_year(token, text, lambda: before(p.year_word_before), p):
            return _as(token, Kind.YEAR)
        elif following.isspace() and _counts_people(text, end, lex):
            token.kind = Kind.COUNT if token.kind == Kind.NUMBER else token.kind
        return _bound(token, text, p, lex, before, quiet_after=True)
    # A scale word or abbreviation multiplies: "1.5 lakh", "$1.2bn", "Rs 3,000 crore".
    opened = p.right_opened.get(_lead(text, end), _NOTHING_OPENED)
    scale = p.scale_after.match(text, end) if p.scale_after in opened else None
    if scale and value is not None:
        factor = Decimal(1)
        for word in scale.captures("w"):
            factor *= lex.scales[word.lower()]
        value *= factor
        end = scale.end()
        token.factor = factor
        token.alternatives = _scaled(token.alternatives, factor)
        fraction = p.fraction_after_scale.match(text, end) if _and_follows(text, end) else None
        if fraction:  # "3 million and a half"
            reading = parse_words(fraction.group("f"))
            if reading is not None and reading.value < 1:
                value += reading.value * lex.scales[scale.captures("w")[-1].lower()]
                end = fraction.end()
    elif value is not None:
        abbreviation = p.abbreviation_after.match(text, end) if p.abbreviation_after in opened else None
        if abbreviation:
            entry = lex.scale_abbreviations[abbreviation.group("w")]
            attached = abbreviation.group("sp") == ""
            # after words only a spaced abbreviation: "three bn", "five dozs"; not "one m"
            if (not entry.attached_only or attached and not token.is_words
                    or _spaced_abbreviation(entry, abbreviation, token, text, currency_left)) and not (
                    abbreviation.group("w") in ("m", "M") and not currency_left
                    and p.metre_after.match(text, abbreviation.end())):
                value *= entry.value
                end = abbreviation.end()
                token.factor = entry.value
                token.alternatives = _scaled(token.alternatives, entry.value)
                if text[end:end + 1] in _CLOSING and abbreviation.group("w") == "m" and attached:
                    _metres_or_millions(token, value, entry.value, left, currency_left, lex)
            elif abbreviation.group("w") == "m" and attached and not currency_left and not token.is_words:
                token.unit, end = "m", abbreviation.end()  # "the 1,500m final": metres, not millions
    if end != token.end:
        opened = p.right_opened.get(_lead(text, end), _NOTHING_OPENED)
    token.value = value
    token.end = end
    # What kind of quantity: percent, money, a unit of time, a count.
    percent = p.percent_after.match(text, end) if p.percent_after in opened else None
    if percent:
        token.kind = Kind.PERCENT
        token.end = percent.end()
    elif currency_left:
        token.kind = Kind.MONEY
        token.symbol = currency_left.group("w").replace(" ", "")
        token.unit = (lex.currency_aliases[token.symbol] or None)
        token.start = currency_left.start()
        named = p.currency_after.match(text, token.end) if p.currency_after in opened else None
        if named:
            token.end = named.end()
    else:
        named = p.currency_after.match(text, end) if p.currency_after in opened else None
        unit = p.unit_after.match(text, end) if p.unit_after in opened else None
        subunit = currencies.subunit_after(text, end) if value is not None and token.factor is None else None
        if subunit and named and subunit[0] > named.end():
            named = None  # "3 euro cents": the part, not the currency's name before it
        if named:
            token.kind = Kind.MONEY
            token.symbol = _currency_key(named.group("w"), lex)
            token.unit = lex.currency_aliases[token.symbol] or None
            token.end = named.end()
        elif subunit and currencies.is_lookalike(subunit[1]):  # "1080p": a video's lines
            return _as(token, Kind.IDENTIFIER, end=subunit[0])
        elif subunit:  # "40 cents", "28 sen", "50p": parts of a currency
            word_end, part = subunit
            token.kind, token.end = Kind.MONEY, word_end
            token.symbol = part.of or None
            token.settled_only = part.settled_only  # "cents": open until "$" is settled
            token.unit = None if part.settled_only else (lex.currency_aliases.get(part.of) or None)
            token.value = value / part.per
            token.alternatives = _scaled(token.alternatives, Decimal(1) / part.per)
        elif unit and (token.factor is None or _scaled_span(unit, lex)) \
                and _unit_applies(unit, lex, text[token.start:token.end], token.kind, value) \
                and not _decade_of_years(token, text, unit):
            tail = (unit.group("tail") or "").strip().lower()
            if tail.endswith("old"):  # "more than 30 years old": an age, with its bound
                return _bound(_age(token, unit), text, p, lex, before)
            token.kind = Kind.DURATION
            token.unit = lex.duration_units[unit.group("unit").lower()].unit
            token.end = unit.end() if tail else unit.end("unit")
            _and_fraction(token, text, p, lex)
        elif following in lex.duration_symbols and _symbol_unit(token, text, p, lex):
            pass
        elif p.measure_after in opened and value is not None and _measure(token, text, p, lex):
            pass
        elif _is_year(token, text, lambda: before(p.year_word_before), p):
            return _as(token, Kind.YEAR)
        elif _counts_people(text, end, lex):
            token.kind = Kind.COUNT if token.kind == Kind.NUMBER else token.kind
    return _bound(token, text, p, lex, before, loud_at=loud_at)


def _measure(token: _Token, text: str, p: _Patterns, lex: NumberLexicon) -> bool:
    """"115.6 mm", "10kg", "a 28-nanometer chip": the unit of measurement after the number
    (data/numbers.yaml: measure_units); says whether it read one."""
    found = p.measure_after.match(text, token.end)
    if found is None:
        return False
    glued, letter = found.group("g"), found.group("s")
    token.unit = lex.glued_measure_units[glued] if glued \
        else lex.spaced_measure_letters[letter] if letter else lex.measure_units[found.group("u")]
    token.end = found.end()
    return True


def _metres_or_millions(token: _Token, value: Decimal, factor: Decimal, left: str, currency_left,
                        lex: NumberLexicon) -> None:
    """A glued "m" with nothing after it: where no currency stands before it and a word that
    names an event does ("won the 400m.", "the women's 800m,"; data/numbers.yaml:
    metre_event_before), nothing settles millions or metres, so the mention carries both
    readings and says so; "a population of 2.6m." stays millions."""
    if currency_left or value != int(value / factor) * factor or left[-1:] != " ":
        return
    words = left[-16:].split()
    if not words or words[-1].lower() not in lex.metre_event_before:
        return
    millions = token.alternatives or (Alternative(value, (), "million"),)
    metres = tuple(replace(a, value=a.value / factor, style="metres") for a in millions)
    token.alternatives = millions + metres
    token.problem = "ambiguous: millions or metres"


def _spaced_abbreviation(entry, abbreviation: regex.Match, token: _Token, text: str,
                         currency_left) -> bool:
    """Whether a letter that counts only glued to digits counts after the one space before it:
    "2.33 k" (a number with decimals), "$2.5 M" (money); not "M&A" or "K-pop" after a number."""
    if abbreviation.group("sp") != " " or token.is_words or token.value is None \
            or text[abbreviation.end():abbreviation.end() + 1] in ("&", "-", "'", "’"):
        return False
    return ("decimals" in entry.spaced_after and token.value != int(token.value)
            or "money" in entry.spaced_after and bool(currency_left))


_PHONE_TAIL = regex.compile(r"(?:-\d{2,5}){3,4}(?![\w\-]|[.,]\d)")
"""The rest of a number written in hyphenated groups after its first: "1-800-621-3362"."""
_GROUP = regex.compile(r"(?:[ \-]\d{2,6}){1,4}(?![\w\-]|[.,]\d)")
_MORE_GROUPS = regex.compile(r"(?:[ \-]\d{2,5}){2,4}(?![\w\-]|[.,]\d)")
"""Groups of digits after a labelled number ("helpline 1800 180 1104"): two or more, since one
number after a name can be a count ("Route 9 12 miles" aside, "Class 9 40 pupils")."""


_YEARS_TAIL = regex.compile(r"[/\-–](?:\d{2}|\d{4})(?![\w/]|[.,]\d)")
"""The second year of a span after a year written in a name: "FY2024/25", "FY2023-24"."""
_KARAT_FIRSTS = frozenset("KkCc- ")
"""What may follow the digits where karat_after can match, and (past a space or hyphen) what its
word starts with: a cheap test before it runs."""
_SUBSECTIONS = regex.compile(r"(?:\((?:\d{1,3}|[A-Za-z]{1,4})\))+")
"""The parts of a labelled clause written after it: "Section 135(1)(d)", "Article 370(1)"."""
_ZERO_GROUP = regex.compile(r" 0\d{3,7}(?!\w|[.,]\d)")
"""A group of four or more digits that starts with a zero after a number: after a phone word, the
rest of a phone number ("hotline is 180 0111"); a thousands group has three ("40 000")."""


_MONEY_DIGITS = regex.compile(r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+\.\d\d")
"""Digits written the way amounts are: in groups ("1,030", "3,00,000") or with cents ("1.40")."""


def _written_as_money(token: _Token, text: str, p: _Patterns) -> bool:
    """Whether a number after a glued letter reads as an amount: "N1,030", "P1.40", "R35bn",
    "N3.005 trillion", "N500m" (a scale after it); "N95", "P45", "R2" are names."""
    return (_MONEY_DIGITS.fullmatch(text, token.start, token.end) is not None
            or p.scale_after.match(text, token.end) is not None
            or p.abbreviation_after.match(text, token.end) is not None)


def _strip_prefix_hyphen(token: _Token, text: str, lex: NumberLexicon) -> bool:
    """"mid-2000s", "pre-2019", "post-1945": the hyphen after such a word joins it to the number;
    it is no minus sign, and the two are no name. Moves the start past the hyphen and says
    whether it did."""
    if token.is_words or token.value is None or text[token.start:token.start + 1] != "-" \
            or not text[token.start - 1:token.start].isalpha():
        return False
    word = _WORD_BEFORE.match(text, max(0, token.start - 22), token.start + 1)
    if word is None or word.group(1).lower() not in lex.hyphen_prefixes and not (
            # "1-in-100": the share's joint, read when the two numbers are joined
            word.group(1).lower() == "in" and text[word.start() - 1:word.start()] == "-"
            and text[word.start() - 2:word.start() - 1].isdigit()):
        return False
    token.start += 1
    token.value = -token.value
    token.alternatives = tuple(replace(a, value=-a.value) for a in token.alternatives)
    return True


def _blocked_before(left: str, p: _Patterns) -> frozenset:
    """The left-hand patterns that cannot match before a number preceded by `left`: those whose
    gate (see _left_gates) the word or glued character that ends `left` does not open, and the
    currency pattern where no currency symbol or code ends it."""
    stripped = left.rstrip()
    raw = stripped.rsplit(None, 1)[-1] if stripped else ""
    previous = "'s" if raw[-2:] in ("'s", "’s") else raw.lower().strip(_WORD_EDGES)
    last_char = stripped[-1:] if len(left) - len(stripped) <= 1 else ""
    blocked, blocked_with_currency = p.left_blocked.get(previous, p.left_blocked_default)
    if not last_char or raw[-1:] not in p.currency_end_lengths \
            or not _may_end_in_currency(raw, p):
        blocked = blocked_with_currency
    opened = p.left_char_openers.get(last_char)
    return blocked if opened is None else blocked - opened


def _left_blocked(p: _Patterns) -> tuple[dict, tuple, dict]:
    """`left_gates` turned round for _blocked_before: for each word a gate knows, the gated
    patterns it leaves closed (without, and with, the currency pattern); the same for a word no
    gate knows; and for each character a gate knows, the patterns it opens."""
    gated = frozenset(p.left_gates)
    by_word: dict = {}
    by_char: dict = {}
    for pattern, (words, chars) in p.left_gates.items():
        for word in words or ():
            by_word.setdefault(word, set()).add(pattern)
        for char in chars or ():
            by_char.setdefault(char, set()).add(pattern)
    if any(words is None for words, _ in p.left_gates.values()):
        raise ValueError("every left-hand gate names its words")

    def both(blocked: frozenset) -> tuple:
        return blocked, blocked | {p.currency_before}

    return ({word: both(gated - opened) for word, opened in by_word.items()}, both(gated),
            {char: frozenset(opened) for char, opened in by_char.items()})


def _nothing_before(pattern) -> None:
    """`before` in _widen where no left-hand pattern can apply."""
    return None


def _symbol_unit(token: _Token, text: str, p: _Patterns, lex: NumberLexicon) -> bool:
    """"12D", "3Y": a whole number with a unit-of-time letter glued on is a duration, unless the
    two are a name ("3D", an identifier). Says whether it read either."""
    surface = text[token.start:token.end]
    symbol = p.symbol_unit_after.match(text, token.end)
    if symbol is None or not surface.isdigit() or token.factor is not None:
        return False
    if surface + symbol.group("unit") in lex.symbol_lookalikes:
        token.kind, token.end = Kind.IDENTIFIER, symbol.end()
        return True
    token.kind = Kind.DURATION
    token.unit = lex.duration_symbols[symbol.group("unit")]
    token.end = symbol.end()
    return True


_NAME_BEFORE = regex.compile(r"(?r)(?<=(?:^|[^\s.!?:;\"“(])\s{1,3}|[\w,]\s)(?P<name>\p{Lu}[\w&\-]{0,20}|\p{Ll}{1,2}\p{Lu}[\w\-]{0,20}) ")


def _name_before(token: _Token, text: str, p: _Patterns, lex: NumberLexicon) -> _Token | None:
    """"Nasdaq 100", "Round 3", "Windows 11", "Euro 2024": a capitalised word (not the first of
    a sentence) right before a plain whole number that counts nothing after it is a name; an
    index's name (data/numbers.yaml: index_names) wherever it stands ("S&P 500 futures rose")."""
    surface = text[token.start:token.end]
    if not surface.isdigit() or len(surface) > 4:
        return None
    index = _word_before(text, token.start).lstrip(_WORD_EDGES)
    if index in lex.index_names:  # "S&P 500 futures rose", "FTSE 100 companies": wherever it stands
        name = _as(token, Kind.IDENTIFIER)
        name.start = token.start - 1 - len(index)
        return name
    match = _NAME_BEFORE.match(text, max(0, token.start - 30), token.start)
    if match is None:
        return None
    word = match.group("name").lower()
    if word in lex.not_names or word in p.left_words or word in lex.months \
            or word.rstrip(".") in p.left_words:
        return None
    following = _next_word(text, token.end)
    if following is not None and following.group(1).lower() in p.quantity_words:
        return None  # "Kenya 300 people", "Delhi 5 days"
    name = _as(token, Kind.IDENTIFIER)
    name.start = match.start("name")
    variant = _MODEL_TAIL.match(text, token.end) if text[token.end:token.end + 1] in ("-", "–") else None
    if variant:  # "Boeing 777-9", "Airbus A321-200": the variant is part of the name
        name.end = variant.end()
    return name


_WORD_EDGES = ".,;:!?\"'“”‘’()[]"


def _counts_people(text: str, end: int, lex: NumberLexicon) -> bool:
    """A count noun among the next three words: "300 people", "2,000 more civilians"."""
    following = text[end:end + 96]
    if not following[:1].isspace():
        return False
    for word in following.split(None, 3)[:3]:
        if word.strip(_WORD_EDGES).lower() in lex.count_nouns:
            return True
        if word[-1:] in ".,;:!?)":
            return False  # the clause ends before any noun
    return False


def _quiet_before(left: str, p: _Patterns, year: bool = False) -> bool:
    """The word that ends `left`, the characters just before a number, ends no phrase a
    left-hand pattern reads (see _widen). `year`: four digits, which the words before a year
    ("in", "India's") also concern."""
    chunk = left[-40:]
    if not chunk or not chunk[-1].isspace():
        return False  # glued to something: "$5", "F-16", "(5"
    words = chunk.rsplit(None, 2)[-2:]
    if len(words) == 2 and words[-1].lower() != "the":
        words = words[-1:]  # a phrase must end right before the number ("crossed the" aside)
    for word in words:
        lowered = word.lower()
        if lowered in p.left_words or lowered.rstrip(".,;:") in p.left_words or word.endswith(","):
            return False
        if year and (lowered in p.year_left_words or lowered.rstrip(".,;:") in p.year_left_words
                     or lowered.endswith(("'s", "’s"))):
            return False
    return True


def _quiet_after(text: str, end: int, p: _Patterns) -> bool:
    """The word after `end` is not one a right-hand pattern needs (a scale, a unit, "per cent")."""
    following = _next_word(text, end)
    if following is None:
        return True
    word = following.group(1).lower()
    if word in p.bridge_words:
        second = _next_word(text, following.end())
        return second is None or second.group(1).lower() not in p.right_words
    return word not in p.right_words


def _bound(token: _Token, text: str, p: _Patterns, lex: NumberLexicon, before,
           quiet_after: bool = False, loud_at: int = -1) -> _Token:
    """A qualifier sets the bound: "more than" (lower), "nearly" (upper), "about" (approx).
    `quiet_after`: the words after the token are known to start no qualifier. `loud_at`: an end
    where _quiet_after is known to be false."""
    if text[token.start - 1:token.start] == "(" and token.kind == Kind.MONEY \
            and text[token.end:token.end + 1] == ")" and token.value is not None and token.value > 0 \
            and not _aside(text, token, lex):
        # accounting style: "($99.99)" is a loss of $99.99
        token.value = -token.value
        token.start -= 1
        token.end += 1
        return token
    negative = before(p.negative_before) if token.value is not None else None
    if negative:
        token.value = -token.value
        token.start = negative.start()
    opener = before(p.range_opener_before)  # after the sign: "between minus 5 and 5"
    if opener:
        token.opener = opener.group("w").lower()
        token.opener_start = opener.start("w")
    glued = _glued_qualifier(text, token.end, lex) if text[token.end:token.end + 1] in "+-" else None
    if glued and token.kind not in (Kind.YEAR, Kind.DATE) and token.value is not None:
        phrase, token.end = glued  # "10,000+ troops", "100-plus", "20-odd boats"
        if phrase == lex.multiplier_suffix:
            return token  # "a 45-fold rise", "three-fold": a multiplier, exact
        token.qualifier = phrase
        token.bound = _bound_of(lex.glued_qualifiers[phrase])
        return token
    post = None if quiet_after or token.end != loud_at and _quiet_after(text, token.end, p) \
        else p.post_qualifier.match(text, token.end)
    if post and _qualifies_next(text, post.end(), p):
        post = None  # "5000 or less than 6000", "12 at least 3": the words belong to what follows
    if post and token.kind not in (Kind.YEAR, Kind.DATE):
        phrase = " ".join(post.group("w").lower().split())
        token.end = post.end()
        if lex.post_qualifiers[phrase] != "same":
            token.qualifier = phrase
            token.bound = _bound_of(lex.post_qualifiers[phrase])
            return token
    qualifier = before(p.qualifier_before)
    if qualifier and qualifier.group("w").lower() == "over" and p.number_before.match(
            text, max(0, qualifier.start() - 40), qualifier.start()):
        qualifier = None  # "one over three" is a fraction, read when the two are joined
    if qualifier and qualifier.group("w").lower() in lex.tally_words \
            and _TALLY_AFTER.match(text, token.end, token.end + 16):
        qualifier = None  # "passed 310-211": a tally, no bound
    if qualifier:
        _qualify(token, qualifier, lex)
    return token


_TALLY_AFTER = regex.compile(r"[ \t]?[-–][ \t]?\d|[ \t]{1,3}(?:votes?[ \t]{1,3})?to[ \t]{1,3}\d")
"""The second count of a tally after the first: "310-211", "153 to 10", "52 votes to 47"."""
_TALLY_BEFORE = regex.compile(r"(?r)([^\W\d_]{2,12})(?:[ \t]{1,3}[^\W\d_]{1,12}){0,2}[ \t]{1,3}\Z")


def _after_tally_word(text: str, start: int, lex: NumberLexicon) -> bool:
    """Whether a word of a vote is among the three words before `start` ("voted 10 to 153",
    "failed 45-55", "passed the bill 220 to 207"; data/numbers.yaml: tally_words)."""
    words = _TALLY_BEFORE.search(text, max(0, start - 40), start)
    return words is not None and any(w.lower() in lex.tally_words
                                     for w in text[words.start():start].split())


def _qualify(token: _Token, qualifier: regex.Match, lex: NumberLexicon) -> None:
    """The qualifier before `token` ("more than", "nearly") sets its bound and starts it."""
    phrase = " ".join(qualifier.group("w").lower().split())
    token.qualifier = phrase
    token.bound = _bound_of(lex.qualifiers[phrase])
    token.start = qualifier.start("w")


# One or two digits a side ("3-1", "7-6(5)"), three for basketball ("148-143 win"); a pair in a
# list of set scores follows or precedes another, with or without a comma ("6-3 7-6(5) 6-3").
_SCORE_PAIR = regex.compile(r"[-–]\d{1,3}(?:\(\d{1,2}\))?(?![\w%\-–]|[.,]\d)")
_PAIR_BEFORE = regex.compile(r"(?r)\d{1,2}[-–]\d{1,2}(?:\(\d{1,2}\))?,?\s{1,2}\Z")
_PAIR_AFTER = regex.compile(r",?\s{1,2}\d{1,2}[-–]\d{1,2}(?:\(\d{1,2}\))?(?![\w%\-–]|[.,]\d)")
_WORDS_BEFORE = regex.compile(r"(?r)([^\W\d_]{2,15})((?:[ \t]{1,3}[\w'’.&]{1,20}){0,3})[ \t]{1,3}\Z")
_WORD_AFTER = regex.compile(r"[ \t]{1,3}([^\W\d_]{1,15})")


_STREET_AFTER = regex.compile(r" ([A-Z][a-z'’]{1,20}) (?:[A-Z][a-z'’]{1,20} )?([A-Z][a-z]{1,11})(?![\w'’-])")
_PLACE_WORD_BEFORE = regex.compile(r"(?r)(?<![\w'’-])([a-z]{2,8}) {1,2}\Z")


def _street_end(text: str, token: _Token, lex: NumberLexicon) -> int | None:
    """Where the street name after a house number ends ("at 10 Downing Street"), or None
    (data/numbers.yaml: street_types, address_before)."""
    street = _STREET_AFTER.match(text, token.end, token.end + 50)
    if street is None or street.group(2) not in lex.street_types or street.group(1).lower() in lex.months:
        return None  # "on 14 February Hill said": a date
    word = _PLACE_WORD_BEFORE.search(text, max(0, token.start - 12), token.start)
    return street.end() if word and word.group(1) in lex.address_before else None


def _score_end(text: str, token: _Token, lex: NumberLexicon) -> int | None:
    """Where a score that starts at `token` ends ("3-1", "7-6(5)"), or None where the dashed pair
    is no score (data/numbers.yaml: score_verbs, score_nouns, score_followers)."""
    if text[token.start - 1:token.start] in ("-", "–") or text[token.start - 1:token.start].isdigit():
        return None
    pair = _SCORE_PAIR.match(text, token.end)
    if pair is None:
        return None
    end = pair.end()
    if _PAIR_AFTER.match(text, end) or _PAIR_BEFORE.search(text, max(0, token.start - 12), token.start):
        return end  # "6-3, 6-4"
    after = _WORD_AFTER.match(text, end, end + 20)
    following = after.group(1).lower() if after else None
    if following in lex.score_nouns:
        return end  # "a 2-2 draw", "the 3-1 win"
    if following is not None and following not in lex.score_followers:
        return None  # "won 10-12 seats": a range of what follows
    if following is None and text[end:end + 1].isalnum():
        return None
    words = _WORDS_BEFORE.search(text, max(0, token.start - 80), token.start)
    if words is None:
        return None
    candidates = [words.group(1)] + words.group(2).split()
    return end if any(w.lower().strip(".,") in lex.score_verbs for w in candidates) else None


_MODEL_TAIL = regex.compile(r"[-–]\d{1,4}(?P<letters>[A-Z]{1,3}|s)?(?![\w%\-–]|[.,]\d)")


def _model_end(text: str, token: _Token, lex: NumberLexicon, counted: bool) -> int | None:
    """Where a type written as three digits and a variant ends ("787-10 jets", "777-300ER",
    "737-800s"), or None (data/numbers.yaml: model_nouns). Capitals that are a scale ("100-200M")
    make a range of millions, not a variant. `counted`: a number stands just before it ("50")."""
    tail = _MODEL_TAIL.match(text, token.end)
    if tail is None or text[token.start - 1:token.start] in ("-", "–", ".", ","):
        return None
    letters = tail.group("letters")
    if letters:
        return tail.end() if letters not in lex.scale_abbreviations else None
    following = _WORD_AFTER.match(text, tail.end(), tail.end() + 20)
    if following is None or following.group(1).lower() not in lex.model_nouns:
        return None
    # "100-200 jets" is a range of jets; "787-10 jets" (never a range: high to low) and "50
    # 737-800 jets" (counted already) are types
    descending = int(tail.group()[1:]) < token.value
    return tail.end() if descending or counted else None


_INNINGS_TAIL = regex.compile(r"(?:[-–]|[ \t]for[ \t])(?P<w>[^\W_]{1,5})(?![\w%\-–]|[.,]\d)",
                              regex.IGNORECASE)


def _innings_end(text: str, token: _Token, lex: NumberLexicon) -> int | None:
    """Where a cricket innings that starts at `token` ends ("287-6", "52 for one"), or None
    (data/numbers.yaml: innings_words, wickets)."""
    if text[token.start - 1:token.start] in ("-", "–") or not text[token.start:token.end].isdigit():
        return None
    tail = _INNINGS_TAIL.match(text, token.end)
    if tail is None or tail.group("w").lower() not in lex.wickets:
        return None
    end = tail.end()
    if tail.group()[0] in "-–":
        words = _WORDS_BEFORE.search(text, max(0, token.start - 80), token.start)
        if words is None:
            return None
        candidates = [words.group(1)] + words.group(2).split()
        return end if any(w.lower().strip(".,") in lex.innings_words for w in candidates) else None
    following = _WORD_AFTER.match(text, end, end + 20)
    return end if following is None or following.group(1).lower() in lex.score_followers else None


def _aside(text: str, token: _Token, lex: NumberLexicon) -> bool:
    """Whether an amount in brackets is an aside, not an accounting negative: a conversion
    after another amount ("€100 ($110)", "5bn yuan (US$700m)"), or one written with a scale
    ("(US$139 billion)"), which statements in brackets never use."""
    inside = text[token.start:token.end]
    digits_on = next((i for i, c in enumerate(inside) if c.isdigit()), len(inside))
    if any(c.isalpha() for c in inside[digits_on:]):
        return True
    before = text[max(0, token.start - 41):token.start - 1].rstrip().rsplit(None, 1)
    last = before[-1].lower().strip(".,;:") if before else ""
    return any(c.isdigit() for c in last) or last in lex.scales or last in lex.currency_aliases


_BOUNDS = {bound.value: bound for bound in Bound}


def _bound_of(name: str) -> Bound:
    """`Bound(name)` by a dictionary look-up: the enum's call is the slower part of a qualifier."""
    return _BOUNDS.get(name) or Bound(name)


_HYPHEN_WORD = regex.compile(r"-([^\W\d_]{2,12})\b")


def _glued_qualifier(text: str, end: int, lex: NumberLexicon) -> tuple[str, int] | None:
    """A bound glued to the end of a number: "10,000+" (not "2+2"), "100-plus", "20-odd",
    "30-something" (data/numbers.yaml: glued_qualifiers), or the suffix of a multiplier
    ("45-fold"; multipliers); the phrase and where it ends."""
    if text[end:end + 1] == "+":
        following = text[end + 1:end + 2]
        return ("+", end + 1) if "+" in lex.glued_qualifiers and not following.isalnum() \
            and following != "+" else None
    word = _HYPHEN_WORD.match(text, end)
    if word is None or word.group(1).lower() not in lex.glued_qualifiers \
            and word.group(1).lower() != lex.multiplier_suffix:
        return None
    return word.group(1).lower(), word.end()


_THEN_DIGIT = regex.compile(r"(?:\s{1,3}than)?\s{1,3}(?=[\d(+\-\u2212$€£¥₹])", regex.V1)
_THEN_WORD = regex.compile(r"(?:\s{1,3}than)?\s{1,3}", regex.V1)


def _qualifies_next(text: str, end: int, p: _Patterns) -> bool:
    """Whether words ending at `end` lead into another number: "or less than 6000", "at least
    3"; then they are that number's qualifier, not the previous one's."""
    if _THEN_DIGIT.match(text, end, end + 12):
        return True
    space = _THEN_WORD.match(text, end, end + 12)
    return space is not None and p.word.match(text, space.end()) is not None


def _decade_of_years(token: _Token, text: str, unit: regex.Match) -> bool:
    """"the 2010s" names a decade; it is not 2010 seconds."""
    return unit.group() == "s" and regex.fullmatch(r"1[89]\d0|20\d0", text[token.start:token.end]) is not None


def _scaled(alternatives: tuple[Alternative, ...], factor: Decimal) -> tuple[Alternative, ...]:
    return tuple(replace(a, value=a.value * factor) for a in alternatives)


def _capitalised_before(left: str) -> bool:
    """Whether the word that ends `left` (before the one space that ends it) has a capital
    letter: a cheap test before the name pattern runs."""
    word = left[-24:-1].rsplit(None, 1)
    return bool(word) and not word[-1].islower()


def _is_age(token: _Token, text: str, left: str, p: _Patterns) -> bool:
    """"Zarghuna, 42, who fled" and "people aged 65": ages, not counts. `left`: the characters
    just before the number."""
    if token.value is None or not 0 < token.value < 120:
        return False
    if text[token.end:token.end + 1] != "," and left[-2:-1].isalpha():
        # neither "Name, 42," nor "aged 42" can match: skip both patterns (a speed-up only)
        word = left[-12:].rsplit(None, 1)
        if not word or word[-1].lower() not in p.age_words:
            return False
    if p.aged_before.match(text, max(0, token.start - 12), token.start):
        return True
    return text[token.end:token.end + 1] == "," \
        and p.name_comma_before.match(text, max(0, token.start - 40), token.start) is not None


def _age(token: _Token, unit: regex.Match | None) -> _Token:
    """"a 45-year-old man" is an age, not a duration or a count."""
    token.kind = Kind.NUMBER
    token.unit = None
    if unit is not None:
        token.end = unit.end()
    token.problem = None
    token.opener = None
    token.qualifier = None
    token.style = "age"
    return token


def _currency_key(word: str, lex: NumberLexicon) -> str:
    for key in lex.currency_aliases:
        if key.lower() == word.lower():
            return key
    raise KeyError(word)


def _scaled_span(unit: regex.Match, lex: NumberLexicon) -> bool:
    """A scaled number takes only a long unit of time written straight after it: "290 million
    years after the Big Bang" is a span, "10 million hours of video" a total of work or footage
    (data/numbers.yaml: scaled_duration_units)."""
    return not unit.group("fill") and not unit.group("art") \
        and lex.duration_units[unit.group("unit").lower()].unit in lex.scaled_duration_units


def _unit_applies(unit: regex.Match, lex: NumberLexicon, surface: str,
                  kind: Kind = Kind.NUMBER, value: Decimal | None = None) -> bool:
    """"3h" but not "3 s"; "a couple of weeks" but not "one of days"; "half an hour" and "a
    quarter of an hour" (a fraction of one unit) but not "five an hour" (a rate). A word between
    number and unit needs the unit to agree with the number: "5 more days", "one more day", but
    "put at 9,000 last year" counts something else and names a time."""
    entry = lex.duration_units[unit.group("unit").lower()]
    if unit.group("fill") and value is not None and value != 1 \
            and unit.group("unit")[-1:] not in "sS" and len(unit.group("unit")) > 1:
        return False
    if unit.group("art") and kind != Kind.FRACTION:
        return False
    if unit.group("of") and not unit.group("art") and surface.split()[-1].lower() not in lex.collectives:
        return False
    if entry.attached_only and unit.group("unit")[-1:] in "sS" and (
            surface[-1:] == "0" or surface.isdigit() and len(surface) > 2):
        return False  # "in his 40s", "the 1990s": decades; "747s": planes; not seconds
    if entry.attached_only:
        return unit.group("sep") == "" and not unit.group("of")
    return True


def _is_year(token: _Token, text: str, after_year_word, p: _Patterns) -> bool:
    """A plain four-digit whole number from 1800 to 2100, unless it counts something ("2000 people").
    `after_year_word()`: whether a word that comes before years ("in", "since") is just before it,
    asked only when the number could be a year."""
    surface = text[token.start:token.end]
    if token.is_words or token.factor is not None or token.value is None \
            or not (len(surface) == 4 and surface.isdigit()):
        return False
    if not 1800 <= token.value <= 2100:
        return False
    if after_year_word():
        return True
    return not _counts_people(text, token.end, number_lexicon())


_YEAR_AFTER_DATE = regex.compile(r",?\s{1,3}\d{4}\b")


def _date_end(text: str, end: int, p: _Patterns) -> int:
    year = _YEAR_AFTER_DATE.match(text, end, end + 8)
    return year.end() if year else end


def _as(token: _Token, kind: Kind, end: int | None = None) -> _Token:
    token.kind = kind
    if end is not None:
        token.end = end
    token.unit = None
    token.bound = Bound.EXACT
    return token


_PART_GAP = regex.compile(r"[ \t]{1,3}(?:and[ \t]{1,3})?")


def _join_scaled_parts(tokens: list[_Token], text: str, lex: NumberLexicon) -> list[_Token]:
    """"2 crore 40 lakh" (24,000,000), "4 thousand 3 hundred and 21", "6 crore and two hundred":
    a scaled number followed by a smaller part is one number; a currency after the part is the
    whole number's ("3 hundred and 21 yuan")."""
    out: list[_Token] = []
    for token in tokens:
        previous = out[-1] if out else None
        if (previous is not None and previous.factor is not None and previous.value is not None
                and previous.kind in (Kind.NUMBER, Kind.COUNT, Kind.MONEY)
                and (token.kind in (Kind.NUMBER, Kind.COUNT)
                     or token.kind == Kind.MONEY and previous.kind != Kind.MONEY)
                and token.value is not None
                and token.bound == Bound.EXACT and previous.low is None  # "about 8 thousand and 200"
                and 0 < token.value < previous.factor and token.value == int(token.value)
                and (token.factor is None or token.factor < previous.factor)
                and _PART_GAP.fullmatch(text, previous.end, token.start)
                # "3 million and 40 were returned" is two numbers: a bare part joins only
                # after "hundred" ("3 hundred and 21"); a scaled part joins any larger scale
                and (token.factor is not None or previous.factor == 100
                     or _spelled_scale(token, text, lex))):
            previous.value += token.value
            previous.end = token.end
            previous.factor = token.factor or Decimal(1)
            previous.alternatives = ()
            if token.kind == Kind.COUNT:
                previous.kind = Kind.COUNT if previous.kind == Kind.NUMBER else previous.kind
            elif token.kind == Kind.MONEY:
                previous.kind, previous.unit = Kind.MONEY, token.unit
            continue
        out.append(token)
    return out


_OF_GAP = regex.compile(r"[ \t]{1,3}of[ \t]{1,3}", regex.IGNORECASE)


def _join_fractions_of_scales(tokens: list[_Token], text: str, lex: NumberLexicon) -> list[_Token]:
    """"two thirds of a million" (666,666.67), "a third of a billion dollars": a fraction of one
    scale word is that share of it; what the scale counts ("people", "dollars") is the whole's."""
    fraction = Kind.FRACTION  # looked up once: an enum member's look-up is no cheap one
    for t in tokens:
        if t.kind is fraction:
            break
    else:
        return tokens
    out: list[_Token] = []
    scales = _scale_values()
    for token in tokens:
        previous = out[-1] if out else None
        if (previous is not None and previous.kind == Kind.FRACTION and previous.value is not None
                and 0 < previous.value < 1 and previous.low is None and token.is_words
                and token.value in scales and token.bound == Bound.EXACT and token.low is None
                and token.kind in (Kind.NUMBER, Kind.COUNT, Kind.MONEY)
                and text[token.start:token.start + 2].lower() in ("a ", "an", "on")
                and _OF_GAP.fullmatch(text, previous.end, token.start)):
            out[-1] = _scaled_by(previous, token)
            continue
        out.append(token)
    return out


def _scaled_by(share: _Token, scale: _Token) -> _Token:
    """One mention of a share or collective and the scale word after it ("half a million", "a
    couple of hundred"): the scale's value times the first, with the first's bound and start."""
    return replace(scale, start=share.start, value=share.value * scale.value, bound=share.bound,
                   qualifier=share.qualifier, opener=share.opener, opener_start=share.opener_start,
                   factor=scale.value, style="words")


def _join_collectives_of_scales(tokens: list[_Token], text: str, lex: NumberLexicon) -> list[_Token]:
    """"a couple of hundred" (200), "a couple of thousand protesters" (2000): a collective of
    data/numbers.yaml's scale_collectives, "of" and a bare scale word multiply."""
    out: list[_Token] = []
    scales = _scale_values()
    for token in tokens:
        previous = out[-1] if out else None
        if (previous is not None and token.is_words and previous.is_words
                and previous.value is not None and token.value in scales
                and token.bound == Bound.EXACT and token.low is None and previous.low is None
                and token.kind in (Kind.NUMBER, Kind.COUNT, Kind.MONEY)
                and _bare_scale(text[token.start:token.end], lex)
                and text[previous.start:previous.end].lower().split()[-1] in lex.scale_collectives
                and _OF_GAP.fullmatch(text, previous.end, token.start)):
            out[-1] = _scaled_by(previous, token)
            continue
        out.append(token)
    return out


def _bare_scale(surface: str, lex: NumberLexicon) -> bool:
    """Whether a number in words starts with its scale word ("hundred", "million dollars")."""
    first = surface.lower().split(None, 1)[0]
    return first == "hundred" or first in lex.scales


@lru_cache(maxsize=1)
def _scale_values() -> frozenset[Decimal]:
    return frozenset(number_lexicon().scales.values()) | {Decimal(100)}


def _spelled_scale(token: _Token, text: str, lex: NumberLexicon) -> bool:
    """Whether a number in words ends in a scale word ("two hundred", "forty thousand"): then it
    is a scaled part, as "2 hundred" is."""
    if not token.is_words:
        return False
    last = text[token.start:token.end].lower().replace("-", " ").split()[-1:]
    return bool(last) and (last[0] == "hundred" or last[0] in lex.scales)


def _spelled_factor(token: _Token, text: str, lex: NumberLexicon) -> Decimal | None:
    """The scale word a number in words ends with ("three million dollars": 10**6), as `factor`
    is for "3 million"; None where its last number word is no scale."""
    for word in reversed(text[token.start:token.end].lower().replace("-", " ").split()):
        if word in lex.scales:
            return lex.scales[word]
        if word in lex.units or word in lex.tens or word in lex.denominators:
            return None
    return None


_RANGE_KINDS = {Kind.NUMBER, Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.DURATION, Kind.YEAR, Kind.FRACTION}


def _join_ranges(tokens: list[_Token], text: str, p: _Patterns) -> list[_Token]:
    """Merge "300,000-400,000", "3 to 4 lakh", "between 3 and 4 million" into one range."""
    out: list[_Token] = []
    i = 0
    while i < len(tokens):
        first = tokens[i]
        if i + 1 < len(tokens) and first.kind in _RANGE_KINDS and first.value is not None:
            second = tokens[i + 1]
            gap = text[first.end:second.start]
            # only a short gap can be a joint: normalise no longer one (a speed-up only)
            word = " ".join(gap.lower().split()) if len(gap) <= 12 else ""
            joint = bool(word) and word in _RANGE_JOINTS or gap == "/" and _fiscal_year(first, second, gap)
            if joint and second.is_words and second.factor is None and first.factor is None \
                    and word not in _SHARE_JOINTS:
                # "two to three million": the scale word ends the second number's words
                second = replace(second, factor=_spelled_factor(second, text, number_lexicon()))
            if (joint and second.kind in _RANGE_KINDS and second.value is not None
                    and _joinable(first, second, gap) and not _two_values(first, second, gap, text, p)):
                out.append(_range_of(first, second, gap))
                i += 2
                continue
        out.append(first)
        i += 1
    return out


_SUSPENDED_JOINTS = frozenset({"- to", "- or", "- and"})
"""What follows a hyphen left hanging on the first end of a range: "12- to 28-nanometer"."""


def _suspended(first: _Token, second: _Token) -> bool:
    """"12- to 28-nanometer chips", "three- to five-year terms", "a two- or three-day visit": a
    hyphen left hanging on the first end shares the unit the second end is joined to, so even
    "or" makes one range here. The first end is bare, the second carries the unit, low to high."""
    return (second.unit is not None and first.unit is None and second.value is not None
            and first.kind in (Kind.NUMBER, Kind.COUNT) and first.bound == Bound.EXACT
            and second.bound == Bound.EXACT and second.style != "age" and first.factor is None
            and second.kind in (Kind.NUMBER, Kind.DURATION) and first.value < second.value)


_RANGE_JOINTS = frozenset({"-", "–", "—", "~", "to", "through", "and", "or", "in", "-in-", "out of",
                           "over", "but", ",", ", and", ", but", ",and", ",but"}) | _SUSPENDED_JOINTS
"""What may stand between two numbers that could be one range (or one fraction: "1 in 5")."""

_SHARE_JOINTS = frozenset({"in", "-in-", "out of", "over"})
"""What stands between the two numbers of a share: "one in five", "a one-in-four chance"."""

_BOTH_SIDES = frozenset({"and", "but", ",", ", and", ", but"})
"""What joins the two sides of one interval: "more than 60 but fewer than 80"."""


def _joinable(first: _Token, second: _Token, gap: str) -> bool:
    word = " ".join(gap.strip().lower().split())
    if word in _SUSPENDED_JOINTS:
        return _suspended(first, second)  # "12- to 28-nanometer chips"
    if _fiscal_year(first, second, gap):
        return True
    if word in _SHARE_JOINTS:
        return _is_fraction_pair(first, second)
    if word in _BOTH_SIDES and {first.bound, second.bound} == {Bound.LOWER, Bound.UPPER}:
        # "more than 10 and less than 40", "at most 100 and at least 20"; not "more than 40
        # and less than 10", which is two ranges.
        low, high = (first, second) if first.bound == Bound.LOWER else (second, first)
        return (low.value < high.value and first.unit in (None, second.unit)
                and len({first.kind, second.kind} - {Kind.NUMBER, Kind.COUNT}) <= 1)
    if word == "and" and first.opener != "between":
        return False
    if word == "or" or word in _BOTH_SIDES and word != "and":
        return False
    if word == "to" and first.opener not in ("from", "between") and first.kind == Kind.YEAR:
        return False
    if (first.kind == Kind.YEAR) != (second.kind == Kind.YEAR):
        return False
    if first.kind == Kind.YEAR:
        return True
    if second.bound != Bound.EXACT or first.bound in (Bound.LOWER, Bound.UPPER) \
            and word != "to" and gap not in ("-", "–"):
        return False  # "up to 30-40 people" is one bounded range; "more than 5 - 3 of them" is not
    kinds = {first.kind, second.kind} - {Kind.NUMBER, Kind.COUNT}
    # "$1.5-2 billion": a bare second end takes the first's currency or unit
    return len(kinds) <= 1 and (first.unit in (None, second.unit)
                                or second.unit is None and second.kind in (Kind.NUMBER, Kind.COUNT))


def _two_values(first: _Token, second: _Token, gap: str, text: str, p: _Patterns) -> bool:
    """"rose 5% to 300", "fell from 30 to 25": a change and a level, or two levels; a range of
    one quantity is never written high to low, so it is never reordered."""
    word = " ".join(gap.strip().lower().split())
    if word not in ("to", "-", "–", "—") or first.kind == Kind.YEAR:
        return False
    low = first.value
    if second.factor is not None and first.factor is None and low * second.factor <= second.value:
        low = low * second.factor
    if low > second.value:
        return True  # "passed 310 to 211" too: a bound does not make it a range
    if first.bound != Bound.EXACT:
        return False
    start = first.opener_start if first.opener_start is not None else first.start
    if _after_tally_word(text, start, number_lexicon()):
        return True  # "voted 10 to 153", "failed 45-55": a tally
    return word == "to" and (p.change_before.match(text, max(0, start - 40), start) is not None
                             or _BY_BEFORE.match(text, max(0, start - 8), start) is not None)


_BY_BEFORE = regex.compile(r"(?r)\bby\s{1,3}", regex.IGNORECASE)
""""cut rates by a quarter point to 4.75%": a change by the first and the level it reached, however
far the verb stands; a range of the change is written "by 4-5%" or "by between 4% and 5%"."""


def _is_fraction_pair(first: _Token, second: _Token) -> bool:
    """"one in five", "1 out of 3", "1 over 3": small whole numbers, the first no larger; one of
    the two may carry a bound ("nearly one in ten", "one in five or more")."""
    a, b = first.value, second.value
    return (first.kind in (Kind.NUMBER, Kind.COUNT) and second.kind in (Kind.NUMBER, Kind.COUNT)
            and Bound.EXACT in (first.bound, second.bound)
            and a == int(a) and b == int(b) and 0 < a <= b <= 1000
            and first.factor is None and second.factor is None)


def _fiscal_year(first: _Token, second: _Token, gap: str) -> bool:
    """"2021-22": a year and the last two digits of the next one."""
    return (first.kind == Kind.YEAR and gap in ("-", "–", "/") and second.kind == Kind.NUMBER
            and second.style == "plain" and second.value is not None
            and second.value == (first.value + 1) % 100 and second.end - second.start == 2)


def _range_of(first: _Token, second: _Token, gap: str = "") -> _Token:
    if _fiscal_year(first, second, gap):
        return replace(second, start=first.start, kind=Kind.YEAR, value=None,
                       low=first.value, high=first.value + 1, qualifier=None, bound=Bound.EXACT)
    if " ".join(gap.strip().lower().split()) in _SHARE_JOINTS:
        # "nearly one in ten", "one in five or more": the qualifier bounds the share
        bounded = first if first.bound != Bound.EXACT else second
        return replace(second, start=first.start, kind=Kind.FRACTION, value=first.value / second.value,
                       bound=bounded.bound, qualifier=bounded.qualifier, opener=None,
                       low=None, high=None)
    if first.bound == Bound.LOWER and second.bound == Bound.UPPER or \
            first.bound == Bound.UPPER and second.bound == Bound.LOWER:
        low, high = sorted((first.value, second.value))
        return replace(second, start=first.start, value=None, kind=Kind.RANGE, bound=Bound.EXACT,
                       qualifier=f"{first.qualifier} ... {second.qualifier}", low=low, high=high)
    low, high = first.value, second.value
    # "3-4 million": the scale written after the second end applies to the first too.
    if second.factor is not None and first.factor is None and second.value is not None:
        if low * second.factor <= high:
            low = low * second.factor
    kind = first.kind if first.kind != Kind.NUMBER else second.kind
    if kind in (Kind.NUMBER, Kind.COUNT):
        kind = Kind.RANGE
    start = first.opener_start if first.opener_start is not None and first.qualifier is None \
        else first.start
    return replace(second, start=start, value=None, kind=kind, bound=first.bound,
                   qualifier=first.qualifier, unit=second.unit or first.unit,
                   opener=first.opener, low=min(low, high), high=max(low, high))


_EXACT = Bound.EXACT
"""Looked up once: an enum member's look-up costs more than the test it serves."""


def _to_mention(token: _Token, text: str) -> Mention:
    """A one-sided bound is an open interval: "more than 25" has low 25 and no high; a stated
    exactness ("exactly 25", "equal to 25") is the closed interval [25, 25]."""
    if token.value is not None and token.low is None and token.high is None \
            and (token.bound is not _EXACT or token.qualifier is not None):
        if token.bound == Bound.LOWER:
            token.low = token.value
        elif token.bound == Bound.UPPER:
            token.high = token.value
        elif token.bound == Bound.EXACT and token.qualifier is not None:
            token.low = token.high = token.value
    return make_mention(
        token.start, token.end, text[token.start:token.end], token.kind, token.value, token.low,
        token.high, token.unit, token.bound, token.style, token.alternatives, token.problem,
        token.qualifier)
