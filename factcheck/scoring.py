"""Score `find_mentions` against gold mention sets kept as JSON Lines.

    python -m factcheck.scoring GOLD.jsonl [--show-failures N] [--json]

Each line of a gold file is one case: ``{"id", "source", "text", "locale", "mentions": [...]}``,
a mention being ``{"surface", "start", "end" (exclusive), "value", "kind", "unit", "low",
"high"}`` with values as exact decimal strings. Two optional fields:

* ``"exhaustive": false`` -- only some kinds are annotated (ranges, say), so a prediction that
  overlaps no gold span is not held against the extractor. One that overlaps a gold span but
  was not matched to it (the second half of a split range) still counts as a false positive.
* ``"ignore": [[start, end], ...]`` (or ``{"start", "end"}`` objects) -- spans not scored: gold
  mentions inside them are dropped, and predictions touching them count only when matched.

How a case is scored: predictions are matched one-to-one to gold mentions by span overlap,
largest overlap first. Then

* precision = matched / predictions counted, recall = matched / gold mentions;
* value accuracy = matched pairs whose values agree / matched pairs. Numbers compare exactly;
  a gold value of 15 or more digits (a printed fraction such as ``0.666666666666667``) accepts
  anything within one unit of its last digit; a range compares low and high (a prediction bounded
  "more than 30" reads as low 30, no high); a duration compares value x unit in seconds, within
  2% when either side is in months, years or longer (calendar conventions differ);
* kind agreement = matched pairs whose kinds agree, a predicted `count` standing for `number`,
  and a one-sided bound ("more than 30" read as 30, lower bound) standing for a gold range open
  at that end.

All ratios are exact fractions; nothing is a float.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Iterable, Sequence

from .errors import FactcheckError, InputError
from .mentions import find_mentions
from .model import Bound, Kind, Mention, decimal_text

LONG_VALUE_DIGITS = 15
"""Gold values with at least this many digits were printed rounded: accept +-1 in the last."""

CALENDAR_UNITS = frozenset({"month", "year", "decade", "century", "millennium"})
CALENDAR_TOLERANCE = Decimal("0.02")
"""Relative tolerance for durations in calendar units (pint's year is 365.25 days)."""

MISSED, SPURIOUS, WRONG_VALUE, WRONG_KIND = "missed", "spurious", "wrong value", "wrong kind"
FAILURE_CLASSES = (MISSED, SPURIOUS, WRONG_VALUE, WRONG_KIND)


# --- gold data --------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldMention:
    """One annotated mention. Values keep the digits as written (their exponent sets tolerance)."""

    start: int
    end: int
    surface: str
    kind: str
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None


@dataclass(frozen=True)
class GoldCase:
    id: str
    source: str
    text: str
    locale: str | None
    mentions: tuple[GoldMention, ...]
    exhaustive: bool = True
    ignore: tuple[tuple[int, int], ...] = ()

    @property
    def source_name(self) -> str:
        """Short name of the source: "peer:Specs/Number/English/NumberModel.json" -> NumberModel."""
        return source_name(self.source)


def source_name(source: str) -> str:
    tail = source.rsplit(":", 1)[-1].rsplit("/", 1)[-1]
    return tail.rsplit(".", 1)[0] if "." in tail else tail or "(none)"


def _decimal(raw, path: str, line: int, name: str) -> Decimal | None:
    if raw is None:
        return None
    try:
        value = Decimal(str(raw))
    except InvalidOperation:
        raise InputError(path, f"{name} {raw!r} is not a decimal number", line=line,
                         hint="write values as exact decimal strings") from None
    if not value.is_finite():
        raise InputError(path, f"{name} {raw!r} is not a finite number", line=line)
    return value


def _span(raw, path: str, line: int) -> tuple[int, int]:
    start, end = (raw.get("start"), raw.get("end")) if isinstance(raw, dict) else (raw + [None])[:2]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
        raise InputError(path, f"span {raw!r} is not [start, end] offsets", line=line)
    return start, end


def parse_case(data: dict, path: str = "<gold>", line: int = 0) -> GoldCase:
    """One gold case from its decoded JSON object; InputError names the line when it is wrong."""
    try:
        text = data["text"]
        mentions = []
        for m in data.get("mentions") or ():
            start, end = _span(m, path, line)
            if end > len(text):
                raise InputError(path, f"mention {m.get('surface')!r} ends past the text",
                                 line=line)
            mentions.append(GoldMention(
                start=start, end=end, surface=m.get("surface") or text[start:end],
                kind=m["kind"], value=_decimal(m.get("value"), path, line, "value"),
                low=_decimal(m.get("low"), path, line, "low"),
                high=_decimal(m.get("high"), path, line, "high"), unit=m.get("unit")))
        return GoldCase(
            id=str(data.get("id", f"line-{line}")), source=str(data.get("source", "")),
            text=text, locale=data.get("locale"), mentions=tuple(mentions),
            exhaustive=data.get("exhaustive", True) is not False,
            ignore=tuple(_span(s, path, line) for s in data.get("ignore") or ()))
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(path, f"not a gold case ({type(exc).__name__}: {exc})", line=line,
                         hint="see the format in factcheck/scoring.py") from None


def read_gold(path: str | Path) -> list[GoldCase]:
    path = str(path)
    cases = []
    try:
        with open(path, encoding="utf-8") as f:
            for number, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                try:
                    data = json.loads(raw)
                except json.JSONDecodeError as exc:
                    raise InputError(path, f"not JSON: {exc.msg}", line=number) from None
                cases.append(parse_case(data, path, number))
    except OSError as exc:
        raise InputError(path, f"cannot read gold file: {exc.strerror or exc}") from None
    return cases


# --- matching ---------------------------------------------------------------------------------

def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def match_spans(gold: Sequence[tuple[int, int]],
                predicted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs, greedily by overlap size.

    Ties go to the pair whose spans together cover less text (the closer fit), then to order.

    >>> match_spans([(0, 10), (12, 14)], [(0, 3), (4, 10), (11, 14)])
    [(0, 1), (1, 2)]
    """
    candidates = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(predicted):
            size = overlap(gs, ge, ps, pe)
            if size:
                candidates.append((-size, max(ge, pe) - min(gs, ps), gi, pi))
    pairs, used_gold, used_pred = [], set(), set()
    for _, _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            pairs.append((gi, pi))
            used_gold.add(gi)
            used_pred.add(pi)
    return sorted(pairs)


# --- comparing values -------------------------------------------------------------------------

def kind_name(m: Mention) -> str:
    return Kind.NUMBER.value if m.kind is Kind.COUNT else m.kind.value


def kinds_agree(gold: GoldMention, m: Mention) -> bool:
    """Same kind, a `count` standing for `number`; a gold range open at one end ("more than 30")
    also agrees with a prediction that carries the same one-sided bound on a single value."""
    if kind_name(m) == gold.kind:
        return True
    open_range = gold.kind == Kind.RANGE.value and (gold.low is None) != (gold.high is None)
    one_sided = m.low is None and m.high is None and m.bound in (Bound.LOWER, Bound.UPPER)
    return open_range and one_sided and values_agree(gold, m)


def same_number(gold: Decimal | None, predicted: Decimal | None) -> bool:
    """Exact, except that a gold value of 15+ digits accepts +-1 in its last digit.

    >>> same_number(Decimal("0.666666666666667"), Decimal(2) / Decimal(3))
    True
    >>> same_number(Decimal("0.5"), Decimal("0.50")), same_number(Decimal("0.5"), Decimal("0.51"))
    (True, False)
    """
    if gold is None or predicted is None:
        return gold is None and predicted is None
    _, digits, exponent = gold.as_tuple()
    if len(digits) >= LONG_VALUE_DIGITS and isinstance(exponent, int):
        return abs(predicted - gold) <= Decimal(1).scaleb(exponent)
    return predicted == gold


def predicted_interval(m: Mention) -> tuple[Decimal | None, Decimal | None]:
    """(low, high) a prediction asserts: a range, a bound ("more than 30" -> 30, None), or a point."""
    if m.low is not None or m.high is not None:
        return m.low, m.high
    if m.bound is Bound.LOWER:
        return m.value, None
    if m.bound is Bound.UPPER:
        return None, m.value
    return m.value, m.value


def same_duration(gold: GoldMention, m: Mention) -> bool:
    """value x unit compared in seconds; within 2% when either unit is a calendar unit."""
    from pint.errors import PintError  # pint is slow to load; only durations need it

    from .units import to_unit

    if gold.value is None or m.value is None:
        return False
    if gold.unit is None or m.unit is None:
        return gold.unit == m.unit and same_number(gold.value, m.value)
    try:
        want = to_unit(gold.value, gold.unit, "second")
        got = to_unit(m.value, m.unit, "second")
    except (PintError, ArithmeticError):  # an unknown or non-time unit: the values do not agree
        return False
    if gold.unit in CALENDAR_UNITS or m.unit in CALENDAR_UNITS:
        return abs(got - want) <= abs(want) * CALENDAR_TOLERANCE
    return got == want


def values_agree(gold: GoldMention, m: Mention) -> bool:
    if gold.kind == Kind.RANGE.value or (gold.value is None and
                                         (gold.low is not None or gold.high is not None)):
        low, high = predicted_interval(m)
        return same_number(gold.low, low) and same_number(gold.high, high)
    if gold.kind == Kind.DURATION.value:
        return same_duration(gold, m)
    return same_number(gold.value, m.value)


# --- scoring ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Failure:
    """One scoring failure: what the gold said, what was predicted, in which case."""

    cls: str
    label: str
    case_id: str
    source: str
    text: str
    gold: GoldMention | None = None
    predicted: Mention | None = None

    @property
    def key(self) -> str:
        return f"{self.cls}: {self.label}"


@dataclass
class Score:
    """Counts for a set of cases, with exact ratios; `None` where a ratio has no denominator."""

    cases: int = 0
    gold: int = 0
    predicted: int = 0
    """Predictions counted: matched ones plus false positives (see the module docstring)."""
    matched: int = 0
    value_agreed: int = 0
    kind_agreed: int = 0
    by_source: dict[str, Score] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)

    @property
    def precision(self) -> Fraction | None:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> Fraction | None:
        return _ratio(self.matched, self.gold)

    @property
    def value_accuracy(self) -> Fraction | None:
        return _ratio(self.value_agreed, self.matched)

    @property
    def kind_accuracy(self) -> Fraction | None:
        return _ratio(self.kind_agreed, self.matched)

    def add(self, other: Score) -> None:
        self.cases += other.cases
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.value_agreed += other.value_agreed
        self.kind_agreed += other.kind_agreed
        self.failures.extend(other.failures)

    def failure_classes(self) -> list[tuple[str, list[Failure]]]:
        """Failures grouped by class and label, most frequent first."""
        groups: dict[str, list[Failure]] = defaultdict(list)
        for f in self.failures:
            groups[f.key].append(f)
        order = {c: i for i, c in enumerate(FAILURE_CLASSES)}
        return sorted(groups.items(),
                      key=lambda kv: (-len(kv[1]), order[kv[1][0].cls], kv[0]))


def _ratio(numerator: int, denominator: int) -> Fraction | None:
    return Fraction(numerator, denominator) if denominator else None


def span_relation(g: GoldMention, m: Mention) -> str:
    """How a matched prediction's span sits on the gold span, as a label suffix."""
    if (m.start, m.end) == (g.start, g.end):
        return ""
    if g.start <= m.start and m.end <= g.end:
        return " (prediction covers part of the gold span)"
    if m.start <= g.start and g.end <= m.end:
        return " (prediction runs past the gold span)"
    return " (spans cross)"


def _within(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def _touches(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(overlap(*span, s, e) for s, e in spans)


def score_case(case: GoldCase, predictions: Sequence[Mention] | None = None) -> Score:
    """Score one case; `predictions` defaults to running find_mentions on its text."""
    if predictions is None:
        locale = case.locale.replace("-", "_") if case.locale else None
        predictions = find_mentions(case.text, locale)
    gold = [g for g in case.mentions if not _within((g.start, g.end), case.ignore)]
    gold_spans = [(g.start, g.end) for g in gold]
    pred_spans = [(m.start, m.end) for m in predictions]
    pairs = match_spans(gold_spans, pred_spans)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}

    score = Score(cases=1, gold=len(gold), matched=len(pairs))

    def fail(cls: str, label: str, g: GoldMention | None = None, m: Mention | None = None):
        score.failures.append(Failure(cls, label, case.id, case.source_name, case.text, g, m))

    for gi, pi in pairs:
        g, m = gold[gi], predictions[pi]
        if values_agree(g, m):
            score.value_agreed += 1
        else:
            fail(WRONG_VALUE, g.kind + span_relation(g, m), g, m)
        if kinds_agree(g, m):
            score.kind_agreed += 1
        else:
            bounded = " (bounded)" if m.bound in (Bound.LOWER, Bound.UPPER) else ""
            fail(WRONG_KIND, f"{g.kind} read as {kind_name(m)}{bounded}", g, m)
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            fail(MISSED, g.kind, g)

    counted = len(pairs)
    for pi, m in enumerate(predictions):
        if pi in matched_pred:
            continue
        span = pred_spans[pi]
        on_gold = _touches(span, gold_spans)
        if _touches(span, case.ignore) or not (case.exhaustive or on_gold):
            continue
        counted += 1
        fail(SPURIOUS, kind_name(m) + (" (inside a gold span)" if on_gold else ""), m=m)
    score.predicted = counted
    return score


def score_cases(cases: Iterable[GoldCase]) -> Score:
    total = Score()
    for case in cases:
        one = score_case(case)
        total.add(one)
        total.by_source.setdefault(case.source_name, Score()).add(one)
    return total


def score_file(path: str | Path) -> Score:
    """Score find_mentions on every case of a gold JSON Lines file."""
    return score_cases(read_gold(path))


# --- output -----------------------------------------------------------------------------------

def ratio_text(value: Fraction | None, places: int = 4) -> str | None:
    """An exact ratio as a decimal string, rounded half-even: Fraction(2, 3) -> "0.6667"."""
    if value is None:
        return None
    quantum = Decimal(1).scaleb(-places)
    return str((Decimal(value.numerator) / Decimal(value.denominator)).quantize(quantum))


def _snippet(text: str, start: int, end: int, width: int = 40) -> str:
    left = max(0, start - width)
    right = min(len(text), end + width)
    body = f"{text[left:start]}[[{text[start:end]}]]{text[end:right]}"
    body = " ".join(body.split())
    return ("..." if left else "") + body + ("..." if right < len(text) else "")


def _gold_text(g: GoldMention) -> str:
    if g.value is None and (g.low is not None or g.high is not None):
        value = f"{decimal_text(g.low) or ''}..{decimal_text(g.high) or ''}"
    else:
        value = decimal_text(g.value) or "?"
    return f"{g.kind} {value}" + (f" {g.unit}" if g.unit else "")


def _predicted_text(m: Mention) -> str:
    if m.is_range:
        value = f"{decimal_text(m.low)}..{decimal_text(m.high)}"
    else:
        value = decimal_text(m.value) or "?"
    extra = "" if m.bound is Bound.EXACT else f" ({m.bound.value})"
    return f"{m.kind.value} {value}" + (f" {m.unit}" if m.unit else "") + extra


def failure_to_dict(f: Failure) -> dict:
    out = {"class": f.cls, "label": f.label, "case": f.case_id, "source": f.source,
           "text": f.text}
    if f.gold is not None:
        out["gold"] = {"surface": f.gold.surface, "start": f.gold.start, "end": f.gold.end,
                       "kind": f.gold.kind, "value": decimal_text(f.gold.value),
                       "low": decimal_text(f.gold.low), "high": decimal_text(f.gold.high),
                       "unit": f.gold.unit}
    if f.predicted is not None:
        from .serialize import mention_to_dict
        out["predicted"] = mention_to_dict(f.predicted)
    return out


def _counts_to_dict(s: Score) -> dict:
    return {"cases": s.cases, "gold": s.gold, "predicted": s.predicted, "matched": s.matched,
            "value_agreed": s.value_agreed, "kind_agreed": s.kind_agreed,
            "precision": ratio_text(s.precision), "recall": ratio_text(s.recall),
            "value_accuracy": ratio_text(s.value_accuracy),
            "kind_accuracy": ratio_text(s.kind_accuracy)}


def score_to_dict(score: Score, examples: int = 3) -> dict:
    return {
        "overall": _counts_to_dict(score),
        "by_source": {name: _counts_to_dict(s) for name, s in score.by_source.items()},
        "failures": [{"class": group[0].cls, "label": group[0].label, "count": len(group),
                      "examples": [failure_to_dict(f) for f in group[:examples]]}
                     for _, group in score.failure_classes()],
    }


def format_score(score: Score, path: str = "", examples: int = 3) -> str:
    header = ("source", "cases", "gold", "pred", "match", "precision", "recall", "value", "kind")
    rows = [(name, s) for name, s in score.by_source.items()] + [("overall", score)]
    table = [header] + [
        (name, str(s.cases), str(s.gold), str(s.predicted), str(s.matched),
         ratio_text(s.precision, 3) or "-", ratio_text(s.recall, 3) or "-",
         ratio_text(s.value_accuracy, 3) or "-", ratio_text(s.kind_accuracy, 3) or "-")
        for name, s in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    lines = [f"Scored {path}: {score.cases} cases, {score.gold} gold mentions" if path else
             f"Scored {score.cases} cases, {score.gold} gold mentions", ""]
    for n, r in enumerate(table):
        if n == len(table) - 1:
            lines.append("  ".join("-" * w for w in widths))
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths))))
    lines += ["", "precision = match/pred, recall = match/gold, value and kind = share of "
                  "matched pairs that agree"]
    groups = score.failure_classes()
    if groups:
        lines += ["", "Failures, most frequent first:"]
        for key, group in groups:
            lines.append(f"  {len(group):4d}  {key}")
            for f in group[:examples]:
                lines.append("        " + _failure_line(f))
    return "\n".join(lines)


def _failure_line(f: Failure) -> str:
    where = f.gold if f.gold is not None else f.predicted
    parts = [f"{f.case_id}: {_snippet(f.text, where.start, where.end)}"]
    if f.gold is not None:
        parts.append(f"gold {_gold_text(f.gold)}")
    if f.predicted is not None:
        parts.append(f"got {_predicted_text(f.predicted)} {f.predicted.text!r}")
    return " | ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.scoring",
        description="Score find_mentions against a gold JSON Lines file: precision, recall, "
                    "value and kind agreement, overall and per source, with failure classes.")
    parser.add_argument("gold", help="gold mentions, one JSON case per line")
    parser.add_argument("--show-failures", type=int, default=3, metavar="N",
                        help="examples to show for each failure class (default 3; 0 for none)")
    parser.add_argument("--json", action="store_true", help="print the score as JSON")
    args = parser.parse_args(argv)
    if args.show_failures < 0:
        parser.error("--show-failures takes a number of examples, 0 or more")
    try:
        score = score_file(args.gold)
    except FactcheckError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(score_to_dict(score, args.show_failures), sys.stdout, ensure_ascii=False,
                  indent=2)
        print()
    else:
        print(format_score(score, args.gold, args.show_failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
