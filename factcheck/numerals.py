"""Numeral surface -> exact Decimal, saying which style was read and what else it could mean.

Digit grouping is judged here, by the styles in data/numbers.yaml (Western, Indian, European,
Swiss, spaced): `3,00,000` is Indian, `300.000,5` European and `3,000,00` nobody's. Babel only
says which style a locale writes (its group and decimal symbols and group sizes), because its
locale data and parser change between releases (babel 2.19 writes the Swiss separator as an ASCII
apostrophe and then cannot parse it). Number words and fractions are read from the word lists.

>>> parse_numeral("3,00,000").value
Decimal('300000')
>>> parse_numeral("1.234.567,89").value
Decimal('1234567.89')
>>> parse_numeral("1'234'567").value
Decimal('1234567')
>>> parse_numeral("1,234").alternatives  # doctest: +ELLIPSIS
(Alternative(value=Decimal('1234'), ...), Alternative(value=Decimal('1.234'), ...))
>>> parse_numeral("1,234", locale="de").value
Decimal('1.234')
>>> parse_numeral("3,000,00").problem
"malformed digit grouping; did you mean '300,000' or '3,00,000'?"
>>> parse_words("three hundred thousand").value
Decimal('300000')
>>> parse_words("two-thirds").value
Decimal('0.6666666666666666666666666667')
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import babel
import regex
from babel.core import Locale, UnknownLocaleError

from .lexicon import GroupingStyle, number_lexicon
from .limits import numeral_problem
from .model import Alternative

MINUS_SIGNS = "-\u2212\u2012\u2013"


@dataclass(frozen=True)
class Reading:
    """What a numeral surface says: a value, the style it was read in, and any doubt about it."""

    value: Decimal | None
    style: str
    alternatives: tuple[Alternative, ...] = ()
    problem: str | None = None


@dataclass(frozen=True)
class WordReading:
    """A spelled-out number: its value and whether it was a fraction or an ordinal."""

    value: Decimal
    kind: str  # "number", "fraction" or "ordinal"


def ascii_digits(surface: str) -> str:
    """Replace any Unicode decimal digit (Devanagari, Arabic-Indic, ...) by its ASCII digit."""
    if surface.isascii():
        return surface
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in surface)


def _babel_locale(locale: str) -> Locale:
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise ValueError(f"unknown locale {locale!r}: use a babel locale such as en_IN or de") from exc


_CACHEABLE_LOCALE = regex.compile(r"[A-Za-z]{2,8}(?:[_\-][A-Za-z0-9]{1,8}){0,3}")


@lru_cache(maxsize=64)
def _number_symbols(locale: str) -> tuple[str, str, int, int, str]:
    """A locale's decimal symbol, group symbol, group sizes and babel name.

    Babel reads a locale by unpickling its whole inheritance chain (dates, names and all: about
    25 ms for en_IN); these few values are kept in the user cache, keyed by babel's version, so
    that later runs read them from a small file instead."""
    path = _symbols_path(locale)
    if path is not None:
        try:
            decimal, group, primary, secondary, name = json.loads(path.read_text("utf-8"))
            if all(isinstance(v, str) for v in (decimal, group, name)) \
                    and all(type(v) is int for v in (primary, secondary)):
                return decimal, group, primary, secondary, name
        except (OSError, ValueError, TypeError):
            pass
    from babel.numbers import get_decimal_symbol, get_group_symbol

    loc = _babel_locale(locale)
    primary, secondary = loc.decimal_formats[None].grouping
    symbols = (get_decimal_symbol(loc), get_group_symbol(loc), primary, secondary, str(loc))
    if path is not None:
        from .userdirs import write_atomic_bytes
        write_atomic_bytes(path, json.dumps(symbols, ensure_ascii=False).encode("utf-8"))
    return symbols


def _symbols_path(locale: str):
    """Where the cache keeps a locale's number symbols; None for a name that is not a plain
    locale identifier (it never becomes part of a path) or where there is no cache."""
    if not isinstance(locale, str) or not _CACHEABLE_LOCALE.fullmatch(locale):
        return None
    from .userdirs import cache_dir
    folder = cache_dir()
    return None if folder is None else folder / f"number-symbols-babel{babel.__version__}-{locale}.json"


@lru_cache(maxsize=64)
def locale_decimal_symbol(locale: str) -> str:
    """The decimal symbol a babel locale writes ('.' for en_IN, ',' for de)."""
    return _number_symbols(locale)[0]


@lru_cache(maxsize=64)
def locale_style(locale: str) -> GroupingStyle:
    """The grouping style a locale writes, from babel's symbols and group sizes.

    A named style is returned where one has the same separators, decimal symbol and sizes
    (de_CH is `swiss` whether its data says U+2019 or "'"); otherwise a style of its own.
    """
    decimal, group, primary, secondary, name = _number_symbols(locale)
    family = next((f for f in number_lexicon().separator_families if group in f), (group,))
    sizes = (primary,) if secondary in (primary, 0) or secondary > 100 else (primary, secondary)
    for style in number_lexicon().grouping_styles.values():
        if (style.decimal, style.sizes) == (decimal, sizes) and set(family) & set(style.group):
            return style
    return GroupingStyle("locale:" + name, name, family, decimal, sizes)


@lru_cache(maxsize=64)
def _style_shape(style: GroupingStyle) -> regex.Pattern:
    """The pattern of a numeral grouped in `style` (digits, separators, an optional fraction).

    An ungrouped integer with a decimal part ("1234,5") is well formed in every style.
    """
    group = "[" + "".join(regex.escape(ch) for ch in style.group) + "]"
    decimal = regex.escape(style.decimal)
    primary, secondary = (style.sizes + style.sizes)[:2]
    integer = (rf"(?:\d{{1,{secondary}}}(?:{group}\d{{{secondary}}})*{group}\d{{{primary}}}"
               rf"|\d{{1,{primary}}})")
    return regex.compile(rf"{integer}(?:{decimal}\d+)?|\d+{decimal}\d+")


_DIGIT = regex.compile(r"\d")


@lru_cache(maxsize=1024)
def _styles_of_shape(shape: str) -> tuple[str, ...]:
    """The named styles in which numerals of this shape are well formed.

    Whether "3,00,000" is grouped correctly depends on where its digits and separators stand,
    not on which digits they are, so each shape ("1,11,111") is judged once, not each number.
    """
    return tuple(name for name, style in number_lexicon().grouping_styles.items()
                 if _well_formed(shape, style))


def _well_formed(text: str, style: GroupingStyle) -> bool:
    if not _style_shape(style).fullmatch(text):
        return False
    # A separator this style does not use ("1,234.567.8" as European) rules the style out.
    return all(ch.isdigit() or ch in style.group or ch == style.decimal for ch in text)


def _value_in_style(text: str, style: GroupingStyle) -> Decimal | None:
    """The value of a numeral well formed in `style`; None for a grouped integer with a leading
    zero ("0,123"), which no style writes."""
    integer = text.split(style.decimal)[0]
    if integer.startswith("0") and any(ch in style.group for ch in integer):
        return None
    digits = "".join(ch for ch in text if ch not in style.group)
    return Decimal(digits.replace(style.decimal, "."))


_PLAIN = regex.compile(r"[+\-]?(?:\d+(?:\.\d+)?|\.\d+)")


@lru_cache(maxsize=8192)
def parse_numeral(surface: str, locale: str | None = None) -> Reading:
    """Read a digit numeral (with sign, grouping and decimals) exactly.

    With a locale, the locale's own style settles ambiguous forms (`300.000`, `1,234`); without
    one, a form that styles read differently carries every reading in `alternatives`.
    """
    problem = numeral_problem(surface)
    if problem:  # digits Python cannot read, or more than factcheck reads exactly
        return Reading(None, "malformed", problem=problem)
    text = ascii_digits(surface.strip())
    if text and text[0] in MINUS_SIGNS:
        text = "-" + text[1:]
    sign = ""
    if text[:1] in "+-":
        sign, text = text[:1].replace("+", ""), text[1:]
    if _PLAIN.fullmatch(text) and not _is_ambiguous_plain(text):
        return Reading(Decimal(sign + ("0" + text if text.startswith(".") else text)), "plain")
    styles = number_lexicon().grouping_styles
    if locale:
        own = locale_style(locale)
        if _well_formed(_DIGIT.sub("1", text), own):
            direct = _value_in_style(text, own)
            if direct is not None:
                return Reading(_signed(direct, sign), own.name)
    readings: dict[Decimal, list[str]] = {}
    for name in _styles_of_shape(_DIGIT.sub("1", text)):
        value = _value_in_style(text, styles[name])
        if value is not None:
            readings.setdefault(value, []).append(name)
    if locale:
        wanted = locale_decimal_symbol(locale)
        kept = {v: s for v, s in readings.items() if any(styles[n].decimal == wanted for n in s)}
        readings = kept or readings
    if not readings:
        return Reading(None, "malformed", problem=_malformed_message(text))
    values = list(readings)
    first_style = readings[values[0]][0]
    if len(values) == 1:
        return Reading(_signed(values[0], sign), first_style)
    alternatives = tuple(
        Alternative(_signed(v, sign), tuple(styles[n].locale for n in names), names[0])
        for v, names in readings.items())
    return Reading(_signed(values[0], sign), first_style, alternatives=alternatives,
                   problem="ambiguous without a locale")


def _is_ambiguous_plain(text: str) -> bool:
    """`300.000` and `4.800`: one separator before exactly three digits is read both ways."""
    head, dot, tail = text.partition(".")
    return bool(dot) and len(tail) == 3 and 1 <= len(head) <= 3 and head != "0"


def _signed(value: Decimal, sign: str) -> Decimal:
    return -value if sign == "-" else value


def group_digits(integer: str, style: GroupingStyle) -> str:
    """Write a run of digits grouped in `style`, with its first separator.

    >>> group_digits("1500000", number_lexicon().grouping_styles["indian"])
    '15,00,000'
    """
    primary, secondary = (style.sizes + style.sizes)[:2]
    head, groups = integer[:-primary], [integer[-primary:]]
    while head:
        head, groups = head[:-secondary], [head[-secondary:]] + groups
    return style.group[0].join(groups)


def _malformed_message(text: str) -> str:
    """Say the grouping is malformed and suggest the Western and Indian groupings of its digits."""
    digits = "".join(ch for ch in text if ch.isdigit())
    message = "malformed digit grouping"
    if digits and len(digits) <= 40:
        styles = number_lexicon().grouping_styles
        suggestions = dict.fromkeys(group_digits(digits.lstrip("0") or "0", styles[name])
                                    for name in ("western", "indian"))
        message += "; did you mean " + " or ".join(repr(s) for s in suggestions) + "?"
    return message


_WORD_SPLIT = regex.compile(r"[\s\-‐]+")


@lru_cache(maxsize=8192)
def parse_words(surface: str) -> WordReading | None:
    """Read a spelled-out English number ("twenty-one", "one hundred and five", "two-thirds").

    Returns None when the words do not form a number (e.g. "and" alone, or "a" before no number).
    Cached: news repeats the same few ("two", "three million"), and a reading is immutable.
    """
    lex = number_lexicon()
    lowered = surface.lower().strip()
    if lowered in lex.multiplier_words:  # "threefold", "tenfold": a multiplier stands alone
        return WordReading(lex.multiplier_words[lowered], "number")
    words = [w for w in _WORD_SPLIT.split(lowered) if w]
    if len(words) > 1 and _may_end_fraction(words[-1], lex):
        fraction = _word_fraction(lowered, lex)
        if fraction is not None:
            return WordReading(fraction, "fraction")
    total = Decimal(0)  # the completed thousands, lakhs, millions...
    current: Decimal | None = None  # the part below the next scale word
    kind = "number"
    seen_number = False
    previous_kind = None
    pending_tens = Decimal(0)
    last_scale: Decimal | None = None  # the scale word just passed ("million" in "3 million and a half")
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if word == "and":
            previous_kind = None  # "two and fifty-four hundredths": a new part starts
            fraction = _fraction_at(words, i + 1, lex) if current is None and last_scale else None
            if fraction is not None:  # "one million and a half" is 1,500,000
                value, used = fraction
                after = words[i + 1 + used] if i + 1 + used < len(words) else None
                smaller = lex.scales.get(after) if after else None
                if smaller is not None and smaller < last_scale:
                    # "one billion and a half million": the half is of the smaller scale
                    total += value * smaller
                    i += 2 + used
                    last_scale = smaller
                    continue
                total += value * last_scale
                i += 1 + used
                continue
            i += 1
            continue
        if word in lex.decimal_point:  # "two point five (million)"
            digits, used = _spoken_digits(words[i + 1:], lex)
            if not digits or current is None:
                return None
            current += Decimal("0." + digits)
            i += 1 + used
            continue
        seen_number = True
        if word in ("a", "an"):
            if nxt in lex.denominators:  # "a third", "and a half"
                current = (current or Decimal(0)) + 1 / lex.denominators[nxt]
                kind = "fraction"
                i += 2
                continue
            if nxt == "hundred" or nxt in lex.scales or nxt in lex.collectives:
                if current is None or current >= 1:  # "half a dozen" multiplies the half
                    current = (current or Decimal(0)) + 1
                i += 1
                continue
            return None
        if word in lex.units or word in lex.tens:
            value = lex.units.get(word, lex.tens.get(word))
            if nxt in lex.denominators and nxt not in lex.units and (
                    # "twenty fifths" is 4, "twenty-third" an ordinal
                    word in lex.units or nxt.endswith("s")) and not (
                    # "three trillionth" is an ordinal; "three trillionths", "one millionth" not.
                    lex.denominators[nxt] >= 100 and not nxt.endswith("s") and word != "one"):
                # "two thirds"; "twenty-three fifths" takes the tens into the numerator.
                tens = pending_tens if previous_kind == "ten" and words[i - 1] != "and" else 0
                current = (current or Decimal(0)) - tens + (tens + value) / lex.denominators[nxt]
                kind = "fraction"
                previous_kind = None
                i += 2
                continue
            if previous_kind == "unit" and word in lex.tens and i + 2 == len(words) \
                    and total == 0 and current == lex.units[words[i - 1]]:
                denominator = _compound_denominator(words[i - 1], nxt, lex)
                if denominator is not None:  # "one twenty-fifth", "three twenty-firsts"
                    return WordReading(current / (value + denominator), "fraction")
            if previous_kind == "unit" or (previous_kind == "ten" and word in lex.tens):
                return None  # "one two three", "twenty thirty" are lists, not one number
            previous_kind = "unit" if word in lex.units else "ten"
            pending_tens = value if word in lex.tens else 0
            current = (current or Decimal(0)) + value
        elif word == "hundred":
            previous_kind = None
            current = (current or Decimal(1)) * 100
        elif word in lex.scales:
            previous_kind = None
            if kind == "fraction":
                kind = "number"  # "half a million", "two and a half million" are whole amounts
            scale = lex.scales[word]
            group = current if current is not None else Decimal(1)
            if 0 < total < scale:
                # a larger scale multiplies everything before it: "five lakh crore" is 5 x 10^12
                total = (total + (current or 0)) * scale
            else:
                total += group * scale
            current = None
            last_scale = scale
            i += 1
            continue
        elif word in lex.denominators and nxt is None and word.endswith("s") \
                and lex.denominators[word] >= 100 and (total or current):
            # "a hundred trillionths", "twenty thousand millionths": all of it over the denominator
            return WordReading((total + (current or 0)) / lex.denominators[word], "fraction")
        elif word in lex.collectives:
            current = (current or Decimal(1)) * lex.collectives[word]
        elif word in ("half", "quarter") and (current is None or words[i - 1] == "and"):
            current = (current or Decimal(0)) + 1 / lex.denominators[word]  # "one and half"
            kind = "fraction"
        elif word in lex.ordinals and nxt is None:
            if word == "second" and current is not None:
                return None  # "one second" is a duration, read elsewhere
            ordinal = lex.ordinals[word]
            if previous_kind == "unit" and words[i - 1] == "one" and ordinal > 10:
                # "one sixteenth", "one ninetieth": one part in that many, not the 91st
                current = current - 1 + 1 / ordinal
                kind = "fraction"
                i += 1
                continue
            if ordinal >= 100:  # "hundredth", "three trillionth" multiply
                current = (current or Decimal(1)) * ordinal
            else:
                current = (current or Decimal(0)) + ordinal
            kind = "ordinal"
        else:
            return None
        last_scale = None
        i += 1
    if not seen_number:
        return None
    return WordReading(total + (current or Decimal(0)), kind)


_WORDS_AND_GAPS = regex.compile(r"([\s\-‐]+)")


def _may_end_fraction(word: str, lex) -> bool:
    """Whether a run of number words ending in `word` can be a fraction ("three fifths", "one
    twenty-fifth"): a cheap test before _word_fraction runs. "second" ends none: after a number
    it is a unit of time ("thirty seconds")."""
    return (word in lex.denominators or word in lex.compound_plurals or word in lex.ordinals) \
        and not word.startswith("second")


def _word_fraction(lowered: str, lex) -> Decimal | None:
    """A fraction whose denominator is an ordinal of several words: "three twenty-firsts" (3/21),
    "one hundred thirty fifths" (100/35), "one one hundred fifth" (1/105), with a whole number
    before "and" ("two hundred thirty two and a thirtieth"). None where the words are not such
    a fraction; the word-by-word reading in parse_words then has its turn.

    The denominator is the longest ordinal the words end with that leaves a whole number before
    it: it takes a tens word ("thirty fifths" is 35ths) or a scale with its multiplier ("one
    thousand fifths" is 1005ths), never a scale alone ("hundred fifths"); "and" and a hyphen
    after tens bind the numerator ("one hundred and thirty fifths" is 130/5, "thirty-two
    fifths" 32/5). A singular ordinal has the numerator one ("one fifth", not "two hundred
    fifth", an ordinal)."""
    parts = _WORDS_AND_GAPS.split(lowered)
    words, gaps = parts[0::2], parts[1::2]
    whole = Decimal(0)
    # "twenty and three and three fifths": the last "and" after a word that is no scale closes
    # the whole number; after "hundred" it does so only before a share below one ("one hundred
    # and three quarters" is 100.75, "one hundred and thirty fifths" 130/5).
    for a in range(len(words) - 2, 0, -1):
        if words[a] != "and" or words[a - 1] in lex.scales and words[a - 1] != "hundred":
            continue
        if words[a - 1] == "hundred":
            share = _word_fraction(" ".join(words[a + 1:]), lex)
            if share is None or share >= 1:
                continue
        reading = parse_words(" ".join(words[:a]))
        if reading is None or reading.kind != "number":
            return None
        whole, words, gaps = reading.value, words[a + 1:], gaps[a + 1:]
        break
    if len(words) < 2 or any(w == "and" and words[i - 1] in lex.scales and lex.scales[words[i - 1]] > 100
                             for i, w in enumerate(words) if i):
        return None  # "five billion and three quarters" is a share of the billion, read in parse_words
    plural = words[-1].endswith("s")
    for k in range(1, len(words)):
        before, first = words[k - 1], words[k]
        if first in lex.scales or first == "and" or before == "and" \
                or k > 1 and before in ("a", "an") \
                or "-" in gaps[k - 1] and before in lex.tens:
            continue
        if words[:k] in (["a"], ["an"]):
            numerator = Decimal(1)
            if len(words) - k > 1 or not (words[-1] in lex.denominators or whole
                                          and lex.ordinals.get(words[-1], 0) > 2):
                continue  # "a twenty-fifth anniversary" is an ordinal; "and a thirtieth" a share
        else:
            reading = parse_words(" ".join(words[:k]))
            if reading is None or reading.kind != "number":
                continue
            numerator = reading.value
        if not plural and numerator != 1:
            continue
        denominator = _ordinal_denominator(words[k:], lex)
        if denominator is None or not plural and len(words) - k == 1 and numerator == 1 \
                and words[-1] not in lex.denominators and denominator <= 10 and words[:k] != ["a"]:
            continue  # "one first" is no fraction
        return whole + numerator / denominator
    return None


def _ordinal_denominator(words: list[str], lex) -> Decimal | None:
    """The number an ordinal of one or more words stands for as a denominator: "fifths" 5,
    "twenty-firsts" 21, "one hundred and fifth" 105; None for words that are no such ordinal
    ("two fifths" is no 7th, "hundred fifth" wants its multiplier, "twenty quarters" is no
    24th)."""
    last = words[-1]
    single = last[:-1] if last.endswith("s") else last
    value = lex.compound_plurals.get(last) or lex.denominators.get(last) or lex.ordinals.get(last)
    if value is None:
        return None
    if len(words) == 1:
        return None if last in lex.compound_plurals else value
    prefix = words[:-1]
    if single not in lex.ordinals or value >= 100 or prefix[0] in lex.scales:
        return None
    if prefix[-1] == "and":
        prefix = prefix[:-1]
        if not prefix or prefix[-1] not in lex.scales:
            return None
    joins = prefix[-1] in lex.scales or value < 10 and prefix[-1] in lex.tens
    reading = parse_words(" ".join(prefix)) if joins else None
    if reading is None or reading.kind != "number":
        return None
    return reading.value + value


def _compound_denominator(numerator: str, word: str, lex) -> Decimal | None:
    """The units part of a compound denominator after tens ("fifth" in "one twenty-fifth"):
    plural ("three twenty-firsts") or after "one"; "a twenty-fifth anniversary" is an ordinal."""
    if word.endswith("s") and lex.ordinals.get(word[:-1], 10) < 10:
        return lex.ordinals[word[:-1]]
    if numerator == "one" and lex.ordinals.get(word, 10) < 10:
        return lex.ordinals[word]
    return None


def _fraction_at(words: list[str], i: int, lex) -> tuple[Decimal, int] | None:
    """A fraction starting at words[i] ("a half", "one half", "three quarters", "two thirds"),
    with the number of words it took, or None."""
    if i + 1 >= len(words) or words[i + 1] not in lex.denominators:
        return None
    numerator = Decimal(1) if words[i] in ("a", "an") else lex.units.get(words[i])
    if numerator is None or words[i + 1] in lex.units:
        return None
    return numerator / lex.denominators[words[i + 1]], 2


def _spoken_digits(words: list[str], lex) -> tuple[str, int]:
    """The digits spoken after "point", and how many words they took: "zero three" -> "03",
    "seventy-one" -> "71", "eleven" -> "11". Stops at the first word that is not a digit (a
    scale, say)."""
    digits = ""
    i = 0
    while i < len(words):
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else None
        if word in lex.tens:
            unit = lex.units.get(following) if following else None
            if unit is not None and 0 < unit < 10:
                digits += str(int(lex.tens[word] + unit))
                i += 2
                continue
            digits += str(int(lex.tens[word]))
        elif word in lex.units and lex.units[word] < 20:
            digits += str(int(lex.units[word]))  # "nought point eleven": two digits
        else:
            break
        i += 1
    return digits, i
