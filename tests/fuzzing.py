"""Hostile input for every public entry point, shared by the fuzz suite (tests/test_fuzz.py, a
small budget on every run) and the long fuzz run (tests/fuzz/long_run.py, a large one).

Each target takes one generated input and either returns normally or raises one of the
documented error types; `TARGETS` maps its name to (strategy, function). A target asserts the
properties that must hold for any input: mentions in order and never overlapping, no raw control
character in a terminal report, no raw bidi override in an HTML one, exit statuses 0, 1 or 2.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from hypothesis import strategies as st

from factcheck.errors import FactcheckError, InputError, ReferenceDataError

CORPUS = Path(__file__).resolve().parent / "fuzz" / "corpus.jsonl"
"""Every reproducer found so far, replayed by the fuzz suite on every run."""

# ----------------------------------------------------------------------------------------------
# Strategies
# ----------------------------------------------------------------------------------------------

DIGITS = ("0123456789" "٠١٢٣٤٥٦٧٨٩" "०१२३४५६७८९" "০১২৩৪৫৬৭৮৯" "๐๑๒๓๔๕๖๗๘๙" "０１２３"
          "𝟎𝟏𝟐" "\U00011f50\U00011f51\U00011f53" "\U0001e4f0\U0001e4f5" "\U00016d70\u0f33\u19da")
"""ASCII and other scripts' digits, some that `regex` reads as digits and Python does not."""
SEPARATORS = ",.'’ \u00a0\u202f\u2009/-–−+%:"
ODD_CHARACTERS = ("²³¹¼½¾⅓⅔⅞\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                  "\u2066\u2067\u2068\u2069\ufeff\u3000\u2007\u0660\x00\x1b\x7f\x85\x9b\t\r\n")
"""Other numbers (No), format and control characters (Cf, Cc) and odd spaces (Zs)."""
WORDS = ("zero one two three four five six seven eight nine ten eleven twelve twenty thirty "
         "hundred thousand million billion trillion lakh crore dozen dozens hundreds half "
         "quarter third thirds point and a an more than less nearly about some at least up to "
         "between from to over out of in per cent percent years year-long months weeks days "
         "hours decade-long people killed died displaced refugees Syria Syrian war since Rs $ "
         "US$ € rupees dollars crore bn m k E+ e- inf nan Infinity NaN first second").split()
CONTROLS = ("\x00", "\x07", "\x08", "\x1b", "\x1b[31m", "\x1b]0;title\x07", "\r", "\x7f",
            "\x85", "\x9b", "\u202e", "\u202d", "\u2066", "\u2067", "\u2069", "\u200f",
            "\u2028", "\ufeff", "\ud800", "\udfff", "\ufffd")
HUGE = ("9" * 30, "1" + "0" * 60, "0." + "0" * 40 + "1", "1E+999999", "1e-999999",
        "9" * 41, "1," + ",".join(["000"] * 13), "99999999999999999999999999999 crore")

numeral_soup = st.text(alphabet=st.sampled_from(DIGITS + SEPARATORS), max_size=40)
word_runs = st.lists(st.sampled_from(WORDS + list(HUGE)), max_size=12).map(" ".join)
pieces = st.one_of(
    numeral_soup, word_runs, st.sampled_from(CONTROLS), st.sampled_from(HUGE),
    st.text(max_size=20),  # any Unicode, surrogates aside
    st.text(alphabet=st.sampled_from(DIGITS + ODD_CHARACTERS), max_size=10),
)
hostile_text = st.lists(pieces, max_size=12).map(" ".join)
locales = st.sampled_from([None, "en", "en_IN", "de", "fr_CH", "en-US", "xx", "", "zz_ZZ"])
meta_values = st.one_of(
    st.none(), hostile_text, st.integers(min_value=-10 ** 30, max_value=10 ** 30),
    st.sampled_from(["2016-10-18", "2016-02-30", "99999-01-01", "0000-00-00", "[1, 2]",
                     "{a: 1}", "&a [*a]", "!!binary aGVsbG8=", "1e999", ".nan", "~"]),
)


@st.composite
def article_files(draw) -> tuple[str, bytes]:
    """(suffix, bytes) of an article file in one of the formats factcheck reads, or broken."""
    kind = draw(st.sampled_from(["txt", "md", "html", "jsonl", "raw"]))
    body = draw(hostile_text)
    if kind == "md":
        fields = draw(st.dictionaries(st.sampled_from(["title", "date", "locale", "url", "id",
                                                       "x"]), meta_values, max_size=4))
        lines = [f"{k}: {json.dumps(v, ensure_ascii=False) if draw(st.booleans()) else v}"
                 for k, v in fields.items()]
        if draw(st.booleans()):  # an alias bomb, cut down
            lines.append("a: &a [x, x, x]\nb: &b [*a, *a, *a]\ntitle2: *b")
        text = "---\n" + "\n".join(lines) + "\n---\n" + body
    elif kind == "html":
        title, locale = draw(hostile_text), draw(meta_values)
        text = (f'<html><head><title>{title}</title><meta name="locale" content="{locale}">'
                f'<meta name="date" content="{draw(meta_values)}"></head><body><p>{body}</p>'
                f"<script>{body}</script><p>{draw(hostile_text)}</body>")
    elif kind == "jsonl":
        records = draw(st.lists(st.fixed_dictionaries(
            {"id": meta_values, "text": st.one_of(hostile_text, meta_values)},
            optional={"title": meta_values, "date": meta_values, "locale": meta_values,
                      "url": meta_values}), max_size=3))
        lines = [json.dumps(r, ensure_ascii=draw(st.booleans())) for r in records]
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(
                ['{"id": "n", "text": "x", "n": ' + "9" * 5000 + "}",
                 '{"id": "d", "text": "x", "n": ' + "[" * 5000 + "]" * 5000 + "}",
                 '{"id": "s", "text": "lone \\ud800 surrogate"}', "not json", "[1, 2]",
                 '{"id": "z", "text": "nul \\u0000 byte"}'])))
        text = "\n".join(lines) + "\n"
    else:
        text = body
    data = text.encode("utf-8", "surrogatepass")
    if kind == "raw" and draw(st.booleans()):
        data = draw(st.binary(max_size=200)) + data
    return ("txt" if kind == "raw" else kind), data


tolerance_specs = st.lists(st.tuples(
    st.sampled_from(["approx", "exact", "upper", "imprecise", "max_age_days", "other", ""]),
    st.one_of(st.sampled_from(["0.1", "-0.1", "inf", "-inf", "nan", "sNaN", "1E+999999", "1e-999999",
                               "2", "100", "101", "1.5", "366", "99999999999999999999", "", "0"]),
              numeral_soup)),
    max_size=4).map(lambda kv: ",".join(f"{k}={v}" for k, v in kv))

CSV_CELLS = st.one_of(numeral_soup, st.sampled_from(
    ["1E+999999", "-5", "inf", "nan", "0E-999999", "9" * 30, "x" * 30_000, '"unclosed',
     "2016-02-30", "5", "", "a,b", "\x00"]), hostile_text)

# ----------------------------------------------------------------------------------------------
# Targets
# ----------------------------------------------------------------------------------------------

_STATE: dict = {}


def reference():
    if "reference" not in _STATE:
        from factcheck.reference import load_reference
        _STATE["reference"] = load_reference()
    return _STATE["reference"]


def _scratch() -> Path:
    if "dir" not in _STATE:
        _STATE["dir"] = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))
    return _STATE["dir"]


def check_mentions(text: str, mentions) -> None:
    end = 0
    for m in mentions:
        assert end <= m.start < m.end <= len(text), (m, end)
        assert text[m.start:m.end] == m.text
        end = m.end


def target_numerals(data) -> None:
    from factcheck.numerals import parse_numeral, parse_words
    surface, locale = data
    try:
        reading = parse_numeral(surface, locale or None) if surface.strip() else None
    except ValueError as exc:  # documented: a locale babel does not know
        assert "unknown locale" in str(exc)
        reading = None
    if reading is not None and reading.value is not None:
        from factcheck.limits import MAX_FIGURE_DIGITS, written_digits
        assert reading.value.is_finite() and written_digits(reading.value) <= MAX_FIGURE_DIGITS
    words = parse_words(surface)
    assert words is None or words.value.is_finite()


def target_mentions(data) -> None:
    from factcheck.mentions import find_mentions
    text, locale = data
    try:
        mentions = find_mentions(text, locale if locale and "x" not in locale and "z" not in locale
                                 else None)
    except InputError:
        return
    check_mentions(text, mentions)


def target_claims(text: str) -> None:
    from factcheck.api import subject_index
    from factcheck.claims import extract_claims
    from factcheck.model import Article
    article = Article(id="fuzz", text=text, date=dt.date(2016, 10, 18))
    try:
        for claim in extract_claims(article, subject_index(reference())):
            assert text[claim.mention.start:claim.mention.end] == claim.mention.text
    except InputError:
        pass


def _write(suffix: str, data: bytes) -> Path:
    path = _scratch() / f"article.{suffix}"
    path.write_bytes(data)
    return path


def target_readers(file) -> None:
    from factcheck.articles import iter_articles, read_article
    from factcheck.model import Article
    suffix, data = file
    path = _write(suffix, data)
    if suffix != "jsonl":
        try:
            article = read_article(str(path))
        except InputError:
            return
        assert isinstance(article, Article)
    for entry in iter_articles([str(path)]):
        assert isinstance(entry, (Article, InputError))
        if isinstance(entry, Article):
            entry.text.encode("utf-8")  # no lone surrogate gets through
            assert "\x00" not in entry.text
            for value in (entry.id, entry.title, entry.locale, entry.url):
                assert value is None or isinstance(value, str) and len(value) <= 2_000
            if entry.locale:
                from factcheck.numerals import locale_decimal_symbol
                locale_decimal_symbol(entry.locale)  # a locale babel knows


def target_checker(data) -> None:
    from factcheck.api import check_article
    from factcheck.checker import Tolerances
    from factcheck.model import Article
    text, spec = data
    try:
        tolerances = Tolerances.parse(spec)
    except ValueError:
        tolerances = None
    try:
        report = check_article(Article(id="fuzz", text=text, date=dt.date(2016, 10, 18)),
                               reference(), tolerances)
    except InputError:
        return
    assert len(report.findings) == len(report.claims)


def target_writers(data) -> None:
    from factcheck.api import check_article
    from factcheck.cli import render
    from factcheck.model import Article
    text, title, article_id = data
    try:
        report = check_article(Article(id=article_id or "x", text=text, title=title,
                                       date=dt.date(2016, 10, 18), path=title), reference())
    except InputError:
        return
    for fmt in ("text", "json", "md", "html"):
        out = render(report, fmt)
        if fmt == "text":
            assert not any(ch in out for ch in "\x1b\x07\x08\r\x9b\u202e\u202d\u2066\u2067"), out
        if fmt == "html":
            assert not any(ch in out for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068"
                           "\u2069")
        if fmt == "json":
            json.loads(out)


def run_cli(argv: list[str]) -> int:
    from factcheck.cli import main
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:  # argparse
            status = exc.code
    assert status in (0, 1, 2), (status, err.getvalue()[-2000:])
    assert "Traceback" not in err.getvalue(), err.getvalue()[-2000:]
    return status


def target_cli(data) -> None:
    (suffix, body), spec, fmt = data
    path = _write(suffix, body)
    tolerance = ["--tolerance", spec] if spec else []
    if suffix == "jsonl":
        out = _scratch() / "out"
        run_cli(["validate", str(path), "--out", str(out), "--quiet", *tolerance])
    else:
        status = run_cli(["check", str(path), "--format", fmt, *tolerance])
        if not body.strip():
            assert status == 2, "check on an empty file must fail as validate does"
        run_cli(["extract", str(path), "--format", "text"])


def target_reference(cells) -> None:
    from factcheck.reference import load_reference
    folder = _scratch() / "ref"
    (folder / "facts").mkdir(parents=True, exist_ok=True)
    (folder / "subjects").mkdir(parents=True, exist_ok=True)
    (folder / "subjects" / "s.csv").write_text(
        "id,name,type,aliases,parent,start,end,publisher,url,notes\n"
        "syrian-civil-war,Syrian civil war,war,,,2011-03-15,,P,https://x.org/,\n", encoding="utf-8")
    value, low, high, as_of, notes = cells
    row = ["f1", "syrian-civil-war", "deaths", value, low, high, "", as_of, "P", "https://x.org/",
           notes]
    import csv
    with open(folder / "facts" / "x.csv", "w", encoding="utf-8", errors="surrogatepass",
              newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "subject", "measure", "value", "low", "high", "unit", "as_of",
                         "publisher", "url", "notes"])
        writer.writerow(row)
    try:
        data = load_reference([str(folder)], bundled=False)
    except ReferenceDataError:
        return
    from factcheck.limits import MAX_FIGURE_DIGITS, written_digits
    for facts in data.facts.values():
        for fact in facts:
            for v in (fact.value, fact.low, fact.high):
                assert v is None or v >= 0 and written_digits(v) <= MAX_FIGURE_DIGITS


TARGETS = {
    "numerals": (st.tuples(st.one_of(numeral_soup, word_runs, hostile_text), locales),
                 target_numerals),
    "mentions": (st.tuples(hostile_text, locales), target_mentions),
    "claims": (hostile_text, target_claims),
    "readers": (article_files(), target_readers),
    "checker": (st.tuples(hostile_text, tolerance_specs), target_checker),
    "writers": (st.tuples(hostile_text, st.one_of(st.none(), hostile_text), hostile_text),
                target_writers),
    "cli": (st.tuples(article_files(), st.one_of(st.just(""), tolerance_specs),
                      st.sampled_from(["text", "json", "md", "html"])), target_cli),
    "reference": (st.tuples(CSV_CELLS, CSV_CELLS, CSV_CELLS,
                            st.sampled_from(["2016-10-01", "2016-02-30", "", "x"]), CSV_CELLS),
                  target_reference),
}


# ----------------------------------------------------------------------------------------------
# Reproducers: JSON lines of {"target", "input", "found"}; bytes as {"bytes": latin-1 text}
# ----------------------------------------------------------------------------------------------

def encode_input(value):
    if isinstance(value, bytes):
        return {"bytes": value.decode("latin-1")}
    if isinstance(value, (tuple, list)):
        return [encode_input(v) for v in value]
    return value


def decode_input(value):
    """The inverse of encode_input; also {"repeat": [part, n]} and {"concat": [parts]}, which
    keep long reproducers (a 100,000-deep nesting) short in the corpus file."""
    if isinstance(value, dict) and set(value) == {"bytes"}:
        return decode_input(value["bytes"]).encode("latin-1")
    if isinstance(value, dict) and set(value) == {"repeat"}:
        part, n = value["repeat"]
        return decode_input(part) * n
    if isinstance(value, dict) and set(value) == {"concat"}:
        parts = [decode_input(p) for p in value["concat"]]
        return parts[0][:0].join(parts)
    if isinstance(value, list):
        return tuple(decode_input(v) for v in value)
    return value


def load_corpus() -> list[dict]:
    if not CORPUS.exists():
        return []
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()
            if line.strip()]


# ----------------------------------------------------------------------------------------------
# Counting operations: a bound on work that does not depend on the machine's speed
# ----------------------------------------------------------------------------------------------

def count_calls(fn, *args, **kwargs):
    """(result, the number of Python and C function calls made while running fn)."""
    calls = 0

    def profile(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        result = fn(*args, **kwargs)
    finally:
        sys.setprofile(previous)
    return result, calls


__all__ = ["TARGETS", "CORPUS", "count_calls", "load_corpus", "encode_input", "decode_input",
           "FactcheckError"]
