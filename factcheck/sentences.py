"""Text -> sentences with offsets, without splitting at "U.S.", "Dr.", "Rs.", "No." or decimals.

>>> [s.text for s in split_sentences("Dr. Rao spent Rs. 3.5 lakh. The U.S. Army left. “Done,” he said.")]
['Dr. Rao spent Rs. 3.5 lakh.', 'The U.S. Army left.', '“Done,” he said.']
"""

from __future__ import annotations

from dataclasses import dataclass
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


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        end = match.end() if not match.group().isspace() else match.start()
        _append(out, text, start, end)
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
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
