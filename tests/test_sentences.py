"""Sentence splitting: abbreviations, decimals, initials and quotes do not end a sentence."""

import pytest

from factcheck.sentences import split_sentences

CASES = [
    ("The U.S. Army left. Then it rained.", ["The U.S. Army left.", "Then it rained."]),
    ("Dr. Rao spent Rs. 3.5 lakh on it. He said so.", ["Dr. Rao spent Rs. 3.5 lakh on it.", "He said so."]),
    ("It cost $1.2bn. No. 10 said nothing.", ["It cost $1.2bn.", "No. 10 said nothing."]),
    ("“We will stay,” he said. “This is surrender.” They left.",
     ["“We will stay,” he said.", "“This is surrender.”", "They left."]),
    ("J. K. Rowling wrote it. Sales rose 45%.", ["J. K. Rowling wrote it.", "Sales rose 45%."]),
    ("Headline without a stop\nFirst sentence. Second one!", ["Headline without a stop",
                                                              "First sentence.", "Second one!"]),
    ("Is it 3.5 or 4? Nobody knows.", ["Is it 3.5 or 4?", "Nobody knows."]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:30] for c in CASES])
def test_split(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_empty():
    assert split_sentences("") == []
