"""The data that flows through the pipeline: text -> mentions -> claims -> facts -> findings -> report.

Frozen dataclasses and enums only; this module imports nothing else from the package, so every
other module can depend on it and writers never need to parse strings back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import Enum


def decimal_text(value: Decimal | None) -> str | None:
    """An exact decimal as plain text without exponent or trailing zeros: 1.2E+9 -> "1200000000"."""
    if value is None:
        return None
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class Bound(str, Enum):
    """How a qualifier constrains the true value ("more than X" means the truth is >= X)."""

    EXACT = "exact"
    LOWER = "lower"
    UPPER = "upper"
    APPROX = "approx"


class Kind(str, Enum):
    """What sort of numeric mention was read. Only some kinds can carry a checkable claim."""

    NUMBER = "number"
    COUNT = "count"
    PERCENT = "percent"
    FRACTION = "fraction"
    DURATION = "duration"
    MONEY = "money"
    RANGE = "range"
    ORDINAL = "ordinal"
    YEAR = "year"
    DATE = "date"
    TIME = "time"
    IDENTIFIER = "identifier"


class Verdict(str, Enum):
    """The checker's outcome for one claim, ordered from best to worst by `severity`."""

    SUPPORTED = "supported"
    IMPRECISE = "imprecise"
    UNVERIFIABLE = "unverifiable"
    CONTRADICTED = "contradicted"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {
    Verdict.SUPPORTED: 0,
    Verdict.UNVERIFIABLE: 1,
    Verdict.IMPRECISE: 2,
    Verdict.CONTRADICTED: 3,
}


@dataclass(frozen=True)
class Alternative:
    """One reading of an ambiguous numeral, and the locales that read it so."""

    value: Decimal
    locales: tuple[str, ...]
    style: str


@dataclass(frozen=True)
class Mention:
    """One numeric expression in a text, with its exact value and the raw surface beside it.

    `start`/`end` are Python string offsets into the text the mention was read from. A range has
    `low`/`high` and no `value`. `alternatives` is non-empty when locales disagree and no locale
    was given: the reader decides, nothing is silently guessed. `problem` names malformed input.
    """

    start: int
    end: int
    text: str
    kind: Kind
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    bound: Bound = Bound.EXACT
    style: str = "plain"
    alternatives: tuple[Alternative, ...] = ()
    problem: str | None = None
    qualifier: str | None = None

    @property
    def is_range(self) -> bool:
        """Two ends and no single value; "exactly 25" has both ends and is no range."""
        return self.value is None and self.low is not None and self.high is not None

    @property
    def central(self) -> Decimal | None:
        """The value to compare against: the value, or the midpoint of a range."""
        if self.value is not None:
            return self.value
        if self.is_range:
            return (self.low + self.high) / 2
        return None


_new_object = object.__new__
_set_attribute = object.__setattr__


def make_mention(start: int, end: int, text: str, kind: Kind, value: Decimal | None,
                 low: Decimal | None, high: Decimal | None, unit: str | None, bound: Bound,
                 style: str, alternatives: tuple[Alternative, ...], problem: str | None,
                 qualifier: str | None) -> Mention:
    """The Mention that `Mention(...)` makes, every field given: the frozen dataclass's
    __init__ sets its fields one object.__setattr__ at a time, and a reader makes one per
    number it finds, so this sets them all at once. Same type, equal, just as immutable."""
    mention = _new_object(Mention)
    _set_attribute(mention, "__dict__", {
        "start": start, "end": end, "text": text, "kind": kind, "value": value, "low": low,
        "high": high, "unit": unit, "bound": bound, "style": style,
        "alternatives": alternatives, "problem": problem, "qualifier": qualifier})
    return mention


if tuple(f.name for f in fields(Mention)) != make_mention.__code__.co_varnames[:13]:
    raise TypeError("make_mention must take exactly Mention's fields, in order")


@dataclass(frozen=True)
class Accept:
    """A reviewed claim the article itself accepts, with why: an inline comment
    `<!-- factcheck: accept deaths "reason" -->` or an entry of the front matter's
    `factcheck: accept:` list. Like a linter's `# noqa`, but a reason is required."""

    selectors: tuple[str, ...]
    """Measures, verdicts or reasons (see factcheck.selection); empty with `claim`: any."""
    reason: str
    line: int | None = None
    """0-based line of `Article.text` it applies to; None: anywhere in the article."""
    claim: str | None = None
    """Only claims whose text contains this."""
    where: str = ""
    """Where it was written, for reports: "line 12" or "front matter"."""


@dataclass(frozen=True)
class Article:
    """An article to check: its text (offsets point into it) and the metadata we know of it."""

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    locale: str | None = None
    url: str | None = None
    path: str | None = None
    line_offset: int = 0
    """Line number (0-based) in the source file where `text` begins, for pointing at lines."""
    accepts: tuple[Accept, ...] = ()


@dataclass(frozen=True)
class TimeScope:
    """When a claim is about: a point in time (`at`), or a period (`start` .. `end`)."""

    at: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    text: str | None = None
    """The words that set the scope, or None when it defaulted to the publication date."""


@dataclass(frozen=True)
class Claim:
    """A checkable statement: a mention, what it measures, about which subject, at what time."""

    mention: Mention
    measure: str
    sentence: str
    sentence_start: int
    subject: str | None = None
    subject_text: str | None = None
    """The words the subject was resolved from, so a reviewer can see why."""
    measure_text: str | None = None
    """The trigger words that named the measure."""
    time: TimeScope = field(default_factory=TimeScope)
    denominator: str | None = None
    """For proportions: the measure this is a share of (e.g. "population")."""
    host: str | None = None
    """For refugees: the place the sentence says they are in ("Colombia hosts 2.9 million");
    the reference counts refugees by where they come from, so such a figure is a part."""
    measure_rule: str | None = None
    """How the measure was read ("head noun", "trigger in its clause", ...), for reviewers."""
    counts_wider_group: bool = False
    """The words count a wider group than the measure ("live abroad": migrants as well as
    refugees), so the reference figure is only a floor for the claim."""
    unresolved: str | None = None
    """A reason code when the text ties the claim to something the reference cannot place
    (e.g. "no-event-start" for "pre-war" with no known war): the claim is unverifiable."""

    @property
    def text(self) -> str:
        return self.mention.text

    @property
    def bound(self) -> Bound:
        return self.mention.bound


@dataclass(frozen=True)
class Subject:
    """An entity or event the reference data knows, with the names articles use for it."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    parent: str | None = None
    """For an event, the subject it belongs to (the war's country), for proportions and lookups."""
    source: str | None = None
    url: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Fact:
    """One sourced reference value: a measure of a subject as of a date."""

    id: str
    subject: str
    measure: str
    as_of: dt.date
    publisher: str
    url: str
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    notes: str | None = None
    origin: str | None = None
    """File and row the fact was loaded from."""

    @property
    def central(self) -> Decimal:
        if self.value is not None:
            return self.value
        return (self.low + self.high) / 2


@dataclass(frozen=True)
class Evidence:
    """A reference value the checker used, with the fact it came from or the computation."""

    value: Decimal
    unit: str | None
    description: str
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Finding:
    """The checker's verdict on one claim, with a one-line explanation a reader understands."""

    claim: Claim
    verdict: Verdict
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    reason: str | None = None
    """A machine-readable reason code (e.g. "no-subject", "rounding", "magnitude-slip")."""
    tolerance: str | None = None
    """The tolerance the comparison applied, in words ("±500,000 (half the unit of the last
    written digit)"); None when nothing was compared."""
    accepted: Accept | None = None
    """Set when the article accepts this finding (it then never fails a run)."""


@dataclass(frozen=True)
class Report:
    """Everything factcheck found in one article."""

    article: Article
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    notes: tuple[str, ...] = ()
    """Caveats for the reader, e.g. that the article had no date."""

    def counts(self) -> dict[str, int]:
        return verdict_counts(f.verdict for f in self.findings)

    @property
    def worst(self) -> Verdict | None:
        return worst_verdict(f.verdict for f in self.findings)


def verdict_counts(verdicts) -> dict[str, int]:
    """How many of each verdict, every verdict listed (zeros too), in a stable order."""
    out = {v.value: 0 for v in Verdict}
    for verdict in verdicts:
        out[verdict.value] += 1
    return out


def worst_verdict(verdicts) -> Verdict | None:
    return max(verdicts, key=lambda v: v.severity, default=None)
