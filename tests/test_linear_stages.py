"""Every stage is linear in its input: doubling the input must not much more than double the
work. Work is counted as function calls (tests/fuzzing.py), not time, so the check holds on a
slow or busy machine. (Claim extraction has its own test with the claims code.)"""

import datetime as dt
import json

import pytest

from fuzzing import count_calls
from factcheck.api import check_article, subject_index
from factcheck.articles import iter_articles, read_article
from factcheck.checker import check_claims
from factcheck.claims import extract_claims
from factcheck.cli import render
from factcheck.mentions import find_mentions
from factcheck.model import Article

SENTENCE = ("More than 3,00,000 people have died in the six-year-long Syrian civil war, and "
            "nearly 4.8 million have fled, about 1,234 of them in 2015 alone. ")
RATIO = 2.4
"""Doubling the input may cost at most this many times the work (2 is linear; 4 quadratic)."""
SIZE = 60  # sentences in the smaller input


def text_of(n: int) -> str:
    return "\n\n".join(SENTENCE * 4 for _ in range(n // 4))


def ratio(work, size: int = SIZE) -> float:
    work(size // 2)  # warm: compiled patterns and caches are not part of the cost per input
    _, small = count_calls(work, size)
    _, large = count_calls(work, 2 * size)
    return large / small


def test_mentions_are_linear():
    assert 1.5 <= ratio(lambda n: find_mentions(text_of(n))) <= RATIO


def test_one_long_sentence_of_numbers_is_linear():
    line = lambda n: "Figures: " + ", ".join(f"{i},{i % 1000:03d} people" for i in range(10 * n))
    assert 1.5 <= ratio(lambda n: find_mentions(line(n))) <= RATIO


def _article_file(tmp_path, suffix: str, n: int) -> str:
    body = text_of(n)
    if suffix == "md":
        body = "---\ntitle: T\ndate: 2016-10-18\n---\n" + body
    elif suffix == "html":
        body = "<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    path = tmp_path / f"a{n}.{suffix}"
    path.write_text(body, encoding="utf-8")
    return str(path)


def test_html_reader_is_linear(tmp_path):
    assert ratio(lambda n: read_article(_article_file(tmp_path, "html", n))) <= RATIO


@pytest.mark.parametrize("suffix", ["md", "txt"])
def test_text_readers_are_linear(tmp_path, suffix):
    # Their work per character is inside C (one UTF-8 decode, one anchored regex), so the calls
    # stay nearly constant; what this catches is Python-level work per line or per field.
    assert ratio(lambda n: read_article(_article_file(tmp_path, suffix, n))) <= RATIO


def test_jsonl_reader_is_linear(tmp_path):
    def read(n):
        path = tmp_path / f"c{n}.jsonl"
        path.write_text("".join(json.dumps({"id": str(i), "text": SENTENCE}) + "\n"
                                for i in range(n)), encoding="utf-8")
        return list(iter_articles([str(path)]))
    assert 1.5 <= ratio(read, 200) <= RATIO


def test_checker_is_linear(reference):
    index = subject_index(reference)
    claims = {n: extract_claims(Article(id="a", text=text_of(n), date=dt.date(2016, 10, 18)), index)
              for n in (SIZE // 2, SIZE, 2 * SIZE)}
    assert len(claims[2 * SIZE]) == 2 * len(claims[SIZE]) > 0
    assert 1.5 <= ratio(lambda n: check_claims(claims[n], reference, dt.date(2016, 10, 18))) <= RATIO


@pytest.mark.parametrize("fmt", ["text", "json", "md", "html"])
def test_writers_are_linear(reference, fmt):
    reports = {n: check_article(Article(id="a", text=text_of(n), title="T",
                                        date=dt.date(2016, 10, 18)), reference)
               for n in (SIZE // 2, SIZE, 2 * SIZE)}
    assert 1.5 <= ratio(lambda n: render(reports[n], fmt)) <= RATIO
