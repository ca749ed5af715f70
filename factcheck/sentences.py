"""Text -> sentences with offsets, without splitting at "U.S.", "Dr.", "Rs.", "No." or decimals.

>>> [s.text for s in split_sentences("Dr. Rao spent Rs. 3.5 lakh. The U.S. Army left. “Done,” he said.")]
['Dr. Rao spent Rs. 3.5 lakh.', 'The U.S. Army left.', '“Done,” he said.']
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

import regex

from .lexicon import load_data_file


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


# A candidate end: terminal punctuation, closing quotes/brackets, then space and a likely start.
_BOUNDARY = regex.compile(r"""[.!?]['"”’)\]]{0,3}(?=\s{1,20}['"“‘(\[]{0,3}[\p{Lu}\p{N}])|\n\s{0,20}\n|\n""")
_WORD_BEFORE = regex.compile(r"(?:^|(?<=\s|\())(\S{1,12})\Z")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(load_data_file("numbers.yaml")["abbreviations"])


@lru_cache(maxsize=1)
def _abbreviation_tails() -> frozenset[str]:
    """The last three characters of each abbreviation (all of a shorter one): a word ending in
    none of them is no abbreviation, which spares most full stops the backward search (see
    split_sentences)."""
    return frozenset(a[-3:] for a in _abbreviations()) | {a for a in _abbreviations() if len(a) < 3}


_new_object = object.__new__
_set_attribute = object.__setattr__


def _sentence(start: int, end: int, text: str) -> Sentence:
    """The Sentence that `Sentence(start, end, text)` makes, its fields set at once (a frozen
    dataclass's __init__ sets them one object.__setattr__ at a time; an article has dozens)."""
    sentence = _new_object(Sentence)
    _set_attribute(sentence, "__dict__", {"start": start, "end": end, "text": text})
    return sentence


if tuple(f.name for f in fields(Sentence)) != ("start", "end", "text"):
    raise TypeError("_sentence must set exactly Sentence's fields")


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    tails = _abbreviation_tails()
    for match in _BOUNDARY.finditer(text):
        found = match.group()
        if found[0] == ".":
            dot = match.start()
            # A word ending in no abbreviation's last letters, and no capital (an initial, "J.
            # Smith"), is no abbreviation: most full stops end a sentence without a search.
            if text[dot - 1:dot].isupper() or (
                    (tail := text[max(0, dot - 2):dot + 1].lower())[-3:] in tails
                    or tail[-2:] in tails):
                if _is_abbreviation(text, dot):
                    continue
        end = match.start() if found.isspace() else match.end()
        span = text[start:end]
        stripped = span.strip()  # (str.strip removes what str.isspace calls space)
        if stripped:
            at = start + len(span) - len(span.lstrip())
            out.append(_sentence(at, at + len(stripped), stripped))
        start = match.end()
    _append(out, text, start, len(text))
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if word is None:
        return False
    token = word.group(1).lower().lstrip("(\"“‘'")
    if token in _abbreviations():
        return True
    # A single capital letter ("J. Smith") is an initial.
    return len(token) == 2 and token[0].isalpha() and text[dot - 1].isupper()


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    span = text[start:end]
    stripped = span.strip()  # (str.strip removes what str.isspace calls space)
    if stripped:
        start += len(span) - len(span.lstrip())
        out.append(_sentence(start, start + len(stripped), stripped))
