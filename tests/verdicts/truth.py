"""Expected verdicts for the verdict benchmark, computed from the reference CSVs directly.

This script shares no code with the checker on purpose: the benchmark is only worth something if
its truth is reached independently. It reads `passages.jsonl` (a human's reading of each number:
measure, subject, time, bound, value) and the files under `reference/`, applies the precision rule
documented in README.md, and writes one verdict per claim to `expected.jsonl`.

    python tests/verdicts/truth.py            # rewrite expected.jsonl
    python tests/verdicts/truth.py --check    # exit 1 if expected.jsonl is stale
    python tests/verdicts/truth.py --summary  # counts by verdict, measure, design

Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
REFERENCE = HERE.parent.parent / "reference"
PASSAGES = HERE / "passages.jsonl"
EXPECTED = HERE / "expected.jsonl"
# Each set of passages and its computed truth. `unseen` and `fresh` were written after the checker
# was tuned, by people who had not read its code, so their scores estimate accuracy on new text.
SETS = {"passages": (PASSAGES, EXPECTED),
        "unseen": (HERE / "unseen.jsonl", HERE / "unseen_expected.jsonl"),
        "fresh": (HERE / "fresh.jsonl", HERE / "fresh_expected.jsonl"),
        "wire2": (HERE / "wire2.jsonl", HERE / "wire2_expected.jsonl")}

# --- the precision rule (README.md, "Precision rule") -------------------------------------------
WINDOW_YEARS = 2  # a figure older than this, counted back from the claim's time, is not in force
COUNT_FLOOR = Fraction(1, 100)  # relative floor of the tolerance of an exact count
APPROX_FLOOR = Fraction(5, 100)  # relative floor for "about", "around", "some" ...
NEAR_SPAN = Fraction(10, 100)  # "nearly N" also needs the value within 10% (or 2 tolerances) of N
SHARE_WORD_PP = Fraction(5, 2)  # "half", "a third", "one in five": +-2.5 percentage points
SHARE_PERCENT_FLOOR_PP = Fraction(1)  # "23 percent": half its last digit, at least 1 point
SLIP_POWERS = (1, -1, 2, -2, 3, -3)  # powers of ten tried, nearest first

QUALIFIERS = {
    None: "exact",
    **dict.fromkeys(
        ["more than", "over", "at least", "upwards of", "in excess of", "just over", "topped",
         "well over", "passed", "past", "exceeds", "above"], "lower"),
    **dict.fromkeys(
        ["nearly", "almost", "up to", "under", "less than", "fewer than", "close to", "just under",
         "not quite", "below"], "upper"),
    **dict.fromkeys(
        ["about", "around", "some", "roughly", "an estimated", "approximately", "estimated",
         "an approximate", "or so", "some estimated"], "approx"),
}
NEAR_BELOW = {"nearly", "almost", "close to", "just under", "not quite"}
NEAR_ABOVE = {"just over"}

NON_CHECKABLE_MEASURES = {
    "refugees_hosted": "host-count",  # a host country's refugee population (data is by origin)
    "new_displacements": "flow",  # people newly displaced in a period; the data holds stocks
}
CHECKABLE_MEASURES = {"population", "refugees", "idps", "displaced", "deaths", "injured",
                      "duration", "gdp"}
MONEY_MEASURES = {"gdp"}  # amounts of money, in the reference's currency (US dollars)
CURRENCY_SIGNS = {"US$": "USD", "$": "USD", "A$": "AUD", "C$": "CAD", "Rs.": "INR", "Rs": "INR",
                  "₹": "INR"}

# --- reading the written number -----------------------------------------------------------------
SCALES = {"thousand": 10**3, "k": 10**3, "lakh": 10**5, "lakhs": 10**5, "million": 10**6,
          "millions": 10**6, "m": 10**6, "mn": 10**6, "crore": 10**7, "crores": 10**7,
          "billion": 10**9, "bn": 10**9, "trillion": 10**12, "tn": 10**12}
WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
         "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100}
SHARE_WORDS = {"half": Fraction(1, 2), "a half": Fraction(1, 2), "a third": Fraction(1, 3),
               "one third": Fraction(1, 3), "one-third": Fraction(1, 3),
               "two-thirds": Fraction(2, 3), "two thirds": Fraction(2, 3),
               "a quarter": Fraction(1, 4), "one quarter": Fraction(1, 4),
               "three-quarters": Fraction(3, 4), "three quarters": Fraction(3, 4),
               "a fifth": Fraction(1, 5), "one-fifth": Fraction(1, 5),
               "a tenth": Fraction(1, 10), "one-tenth": Fraction(1, 10)}
TIME_UNITS = {"hour": ("hour", 1), "day": ("day", 1), "week": ("week", 1), "month": ("month", 1),
              "year": ("year", 1), "decade": ("year", 10)}
DAYS_PER = {"hour": Fraction(1, 24), "day": Fraction(1), "week": Fraction(7),
            "month": Fraction(365_2425, 120_000), "year": Fraction(365_2425, 10_000)}

NUMERAL = re.compile(r"(?P<num>\d[\d,\u2009\u202f ]*(?:\.\d+)?)")
COUNT = re.compile(NUMERAL.pattern + r"\s*(?P<scale>[a-z]+)?")
PERCENT = re.compile(NUMERAL.pattern + r"\s*(?:%|percent|per cent)")
ONE_IN = re.compile(r"one in (?P<n>\w+)")
DURATION = re.compile(r"(?:(?P<n>[\w.-]+)[- ])?(?P<unit>hour|day|week|month|year|decade)s?"
                      r"(?:-long|-old)?")


class SurfaceError(ValueError):
    """A surface the benchmark's small number reader cannot read: fix the passage."""


def _digits(text: str) -> tuple[Fraction, Fraction]:
    """Value and the unit of the last written digit of a digit string ('2,31,819', '4.4')."""
    plain = re.sub(r"[,\u2009\u202f ]", "", text)
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    return Fraction(Decimal(plain)), Fraction(1, 10**decimals)


def _word_number(words: list[str]) -> Fraction | None:
    """'nine', 'twenty-five', 'two hundred'; None for anything else."""
    total = 0
    for word in words:
        for part in word.split("-"):
            if part not in WORDS:
                return None
            total = total * WORDS[part] if part in ("hundred",) and total else total + WORDS[part]
    return Fraction(total) if words else None


def _last_digit_unit(value: Fraction) -> Fraction:
    """For numbers in words: the largest power of ten that divides the value."""
    if value == 0 or value.denominator != 1:
        return Fraction(1)
    unit, n = 1, value.numerator
    while n % (unit * 10) == 0:
        unit *= 10
    return Fraction(unit)


def read_money(surface: str) -> dict:
    """'$3.5 trillion', 'US$460bn', 'Rs 300 lakh crore': value, unit of the last digit, currency."""
    for sign in sorted(CURRENCY_SIGNS, key=len, reverse=True):
        if surface.startswith(sign):
            rest = surface[len(sign):].strip().lower()
            m = re.fullmatch(NUMERAL.pattern + r"\s*(?P<scales>[a-z]+(?:\s+[a-z]+)?)?", rest)
            scales = (m["scales"] or "").split() if m else []
            if not m or any(w not in SCALES for w in scales):
                break
            value, unit = _digits(m["num"])
            scale = 1
            for word in scales:
                scale *= SCALES[word]
            return {"kind": "count", "value": value * scale, "unit": unit * scale,
                    "scale": scales[-1] if scales else None, "currency": CURRENCY_SIGNS[sign]}
    raise SurfaceError(f"cannot read amount {surface!r}")


def read_surface(surface: str, measure: str | None, share: bool) -> dict:
    """Read a claim's surface into value, unit of last digit and kind (count/share/duration)."""
    if measure in MONEY_MEASURES:
        return read_money(surface.strip())
    s = surface.lower().strip().replace("\u2009", " ").replace("\u202f", " ")
    if share:
        if s in SHARE_WORDS:
            return {"kind": "share-word", "value": SHARE_WORDS[s], "unit": None}
        m = ONE_IN.fullmatch(s)
        if m:
            n = m["n"]
            den = int(n) if n.isdigit() else _word_number([n])
            return {"kind": "share-word", "value": Fraction(1, int(den)), "unit": None}
        m = PERCENT.fullmatch(s)
        if m:
            value, unit = _digits(m["num"])
            return {"kind": "share-percent", "value": value / 100, "unit": unit / 100}
        raise SurfaceError(f"cannot read share {surface!r}")
    if measure == "duration":
        m = DURATION.fullmatch(s)
        if not m:
            raise SurfaceError(f"cannot read duration {surface!r}")
        unit_name, per = TIME_UNITS[m["unit"]]
        n = m["n"]
        if n is None:
            count, last = Fraction(1), Fraction(1)
        elif n[0].isdigit():
            count, last = _digits(n)
        elif n.endswith("-and-a-half"):  # "five-and-a-half-year"
            count = _word_number(n[: -len("-and-a-half")].split("-"))
            if count is None:
                raise SurfaceError(f"cannot read duration {surface!r}")
            count, last = count + Fraction(1, 2), Fraction(1, 2)
        else:
            count = _word_number(n.split("-"))
            if count is None:
                raise SurfaceError(f"cannot read duration {surface!r}")
            last = Fraction(1)
        return {"kind": "duration", "value": count * per, "unit": last, "time_unit": unit_name}
    m = COUNT.fullmatch(s)
    if m and (m["scale"] is None or m["scale"] in SCALES):
        value, unit = _digits(m["num"])
        scale = SCALES.get(m["scale"], 1)
        return {"kind": "count", "value": value * scale, "unit": unit * scale,
                "scale": m["scale"]}
    words = s.split()
    if len(words) == 3 and words[0] == "half" and words[1] in ("a", "an") and words[2] in SCALES:
        value = Fraction(SCALES[words[2]], 2)
        return {"kind": "count", "value": value, "unit": _last_digit_unit(value),
                "scale": words[2]}
    scale_word = words[-1] if words and words[-1] in SCALES else None
    number = _word_number(words[:-1] if scale_word else words)
    if number is None:
        raise SurfaceError(f"cannot read count {surface!r}")
    value = number * SCALES.get(scale_word, 1)
    return {"kind": "count", "value": value, "unit": _last_digit_unit(value), "scale": scale_word}


def exact(text: str) -> Fraction:
    """A claim's value as written in the passages file: '54000000', '0.5', '1/3'."""
    return Fraction(text) if "/" in text else Fraction(Decimal(text))


def show(value: Fraction) -> str:
    """A plain decimal for the output (values here always have a short decimal form)."""
    if value.denominator == 1:
        return str(value.numerator)
    d = Decimal(value.numerator) / Decimal(value.denominator)
    return format(d.quantize(Decimal("0.0001")).normalize(), "f")


# --- the reference data -------------------------------------------------------------------------
def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


class Reference:
    """Subjects and facts read from reference/ with the csv module and nothing else."""

    def __init__(self, root: Path = REFERENCE):
        self.subjects: dict[str, dict] = {}
        for path in sorted((root / "subjects").glob("*.csv")):
            with path.open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f):
                    self.subjects[row["id"]] = row
        self.facts: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for path in sorted((root / "facts").glob("*.csv")):
            with path.open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f):
                    if row["value"]:
                        low = high = Fraction(Decimal(row["value"]))
                    else:
                        low, high = Fraction(Decimal(row["low"])), Fraction(Decimal(row["high"]))
                    self.facts[(row["subject"], row["measure"])].append({
                        "id": row["id"], "low": low, "high": high, "unit": row["unit"] or None,
                        "as_of": _date(row["as_of"]), "publisher": row["publisher"]})

    def in_force(self, subject: str, measure: str, when: dt.date) -> list[dict]:
        """Per publisher, the latest figure at or before `when`, if inside the window."""
        oldest = _years_before(when, WINDOW_YEARS)
        latest: dict[str, dict] = {}
        for fact in self.facts.get((subject, measure), []):
            if fact["as_of"] <= when:
                best = latest.get(fact["publisher"])
                if best is None or fact["as_of"] > best["as_of"]:
                    latest[fact["publisher"]] = fact
        return sorted((f for f in latest.values() if f["as_of"] >= oldest),
                      key=lambda f: (f["as_of"], f["id"]))

    def country_of(self, subject: str) -> str | None:
        """The country a subject belongs to (itself for a country), following `parent`."""
        seen = set()
        while subject in self.subjects and subject not in seen:
            seen.add(subject)
            row = self.subjects[subject]
            if row["type"] == "country":
                return subject
            subject = row["parent"]
        return None


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


# --- verdicts -----------------------------------------------------------------------------------
def claim_time(claim: dict, passage: dict, ref: Reference) -> dt.date | None:
    """The date a claim speaks of: the passage's, a year's end, a date, or an event's start
    (None when the event's date is not in the reference)."""
    published = _date(passage["date"])
    time = claim.get("time")
    if time is None:
        return published
    if re.fullmatch(r"\d{4}", time):
        return min(dt.date(int(time), 12, 31), published)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", time):
        return min(_date(time), published)
    edge, _, event = time.partition(":")
    row = ref.subjects.get(event)
    if row is None or not row["start" if edge == "start" else "end"]:
        # "pre-war" in Ukraine: the reference holds no such event, so no date to read.
        return None
    return _date(row["start"] if edge == "start" else row["end"])


def tolerance(claimed: Fraction, read: dict, bound: str) -> Fraction:
    """Half the unit of the last written digit, with a relative floor; points for shares.

    A bound on a count ("more than", "nearly") is a threshold and gets the relative floor only.
    """
    if read["kind"] == "share-word":
        tol = SHARE_WORD_PP / 100
    elif read["kind"] == "share-percent":
        tol = max(read["unit"] / 2, SHARE_PERCENT_FLOOR_PP / 100)
    elif bound in ("lower", "upper"):
        # "more than 1 million" is a threshold, not a rounded figure: only the relative floor.
        return COUNT_FLOOR * abs(claimed)
    else:
        floor = APPROX_FLOOR if bound == "approx" else COUNT_FLOOR
        return max(read["unit"] / 2, floor * abs(claimed))
    return tol * 2 if bound == "approx" else tol


def accepts(claimed: Fraction, tol: Fraction, bound: str, qualifier: str | None,
            low: Fraction, high: Fraction) -> bool:
    """Does a reference value (or range low..high) fit the claim under its bound?"""
    if bound in ("exact", "approx"):
        lo, hi = claimed - tol, claimed + tol
    elif bound == "lower":
        lo, hi = claimed - tol, None
        if qualifier in NEAR_ABOVE:
            hi = claimed + max(2 * tol, NEAR_SPAN * claimed)
    else:
        lo, hi = None, claimed + tol
        if qualifier in NEAR_BELOW:
            lo = claimed - max(2 * tol, NEAR_SPAN * claimed)
    return (lo is None or high >= lo) and (hi is None or low <= hi)


def describe_tolerance(tol: Fraction, read: dict, bound: str, qualifier: str | None) -> str:
    """The tolerance applied, in words, so a reader of expected.jsonl can redo the sum."""
    if read["kind"].startswith("share"):
        text = f"+-{show(tol * 100)} points"
    elif read["kind"] == "duration":
        text = f"+-{show(tol)} {read['time_unit']}"
    else:
        text = f"+-{show(tol)}"
    return f"{bound}{' (' + qualifier + ')' if qualifier else ''} {text}"


def slip_kind(scale: str | None, power: int) -> str:
    """Name the slip from the scale word written and the power of ten it is off by."""
    names = {("million", 1): "lakh-million", ("m", 1): "lakh-million",
             ("lakh", -1): "lakh-million", ("lakhs", -1): "lakh-million",
             ("billion", 2): "crore-billion", ("bn", 2): "crore-billion",
             ("crore", -2): "crore-billion", ("crores", -2): "crore-billion",
             ("lakh", 2): "thousand-lakh", ("lakhs", 2): "thousand-lakh",
             ("thousand", -2): "thousand-lakh"}
    return names.get((scale, power), "power-of-ten")


def evaluate(claim: dict, passage: dict, ref: Reference) -> dict:
    """One verdict: supported / contradicted / unverifiable, with reason and evidence."""
    measure, subject = claim.get("measure"), claim.get("subject")
    share_of = claim.get("proportion_of")
    out = {"passage": passage["id"], "surface": claim["surface"], "measure": measure,
           "subject": subject}
    qualifier = claim.get("qualifier")
    bound = claim.get("bound", "exact")
    if QUALIFIERS.get(qualifier) != bound:
        raise SurfaceError(f"{passage['id']}: qualifier {qualifier!r} does not give {bound!r}")
    if measure is None:
        return {**out, "verdict": "unverifiable", "reason": "no-measure"}
    if measure in NON_CHECKABLE_MEASURES:
        return {**out, "verdict": "unverifiable", "reason": NON_CHECKABLE_MEASURES[measure]}
    if measure not in CHECKABLE_MEASURES:
        raise SurfaceError(f"{passage['id']}: unknown measure {measure!r}")
    if subject is None:
        return {**out, "verdict": "unverifiable", "reason": "no-subject"}
    if claim.get("part"):
        return {**out, "verdict": "unverifiable", "reason": "part-of-whole"}
    if subject not in ref.subjects:
        # An event the reference does not hold ("Yemen's eight-year war") is named by a slug;
        # a country code must exist, so that a typo cannot pass as "no figure".
        if re.fullmatch(r"[A-Z]{3}", subject):
            raise SurfaceError(f"{passage['id']}: no country {subject!r} in reference/subjects")
        return {**out, "verdict": "unverifiable", "reason": "no-reference-figure"}

    read = read_surface(claim["surface"], measure, share_of is not None)
    claimed = exact(claim["value"])
    if read["value"] != claimed:
        raise SurfaceError(f"{passage['id']}: {claim['surface']!r} reads as {show(read['value'])}"
                           f", not {claim['value']}")
    if measure == "duration" and claim.get("unit") != read["time_unit"]:
        raise SurfaceError(f"{passage['id']}: unit {claim.get('unit')!r} for {claim['surface']!r}")
    if read.get("currency", "USD") != "USD":
        # "GDP of Rs 300 lakh crore": the reference is in US dollars, and no rate is declared.
        return {**out, "verdict": "unverifiable", "reason": "no-conversion"}
    when = claim_time(claim, passage, ref)
    if when is None:
        return {**out, "time": claim["time"], "verdict": "unverifiable", "reason": "no-event-start"}
    out["time"] = when.isoformat()
    tol = tolerance(claimed, read, bound)
    out["tolerance"] = describe_tolerance(tol, read, bound, qualifier)

    if measure == "duration":
        candidates = _duration_candidates(subject, read["time_unit"], when, ref)
    elif share_of is not None:
        candidates = _share_candidates(subject, measure, share_of, when, ref)
    else:
        candidates = [(f["low"], f["high"], f["id"], f["as_of"])
                      for f in ref.in_force(subject, measure, when)]

    if not candidates:
        exceeded = _exceeds_population(subject, measure, share_of, claimed, tol, bound, qualifier,
                                       when, ref)
        if exceeded:
            return {**out, "verdict": "contradicted", "reason": "exceeds-population",
                    "evidence": [exceeded]}
        reason = "no-value-in-force" if ref.facts.get((subject, measure)) else \
            "no-reference-figure"
        return {**out, "verdict": "unverifiable", "reason": reason}

    evidence = [{"id": cid, "as_of": as_of.isoformat(),
                 "value": show(lo) if lo == hi else f"{show(lo)}-{show(hi)}"}
                for lo, hi, cid, as_of in candidates]
    out["evidence"] = evidence
    if any(accepts(claimed, tol, bound, qualifier, lo, hi) for lo, hi, _, _ in candidates):
        return {**out, "verdict": "supported", "reason": None}
    if read["kind"] == "count":
        # A slipped bound must still land near the figure: "more than 4 million" is not a
        # slip of 400,000 just because 400,000 is below the figure.
        near = {"lower": "just over", "upper": "nearly"}.get(bound, qualifier)
        for power in SLIP_POWERS:
            factor = Fraction(10) ** power
            if any(accepts(claimed / factor, tol / factor, bound, near, lo, hi)
                   for lo, hi, _, _ in candidates):
                return {**out, "verdict": "contradicted", "reason": "magnitude-slip",
                        "slip": {"kind": slip_kind(read.get("scale"), power),
                                 "factor": show(factor), "reading": show(claimed / factor)}}
    exceeded = _exceeds_population(subject, measure, share_of, claimed, tol, bound, qualifier,
                                   when, ref)
    if exceeded:
        return {**out, "verdict": "contradicted", "reason": "exceeds-population",
                "evidence": evidence + [exceeded]}
    return {**out, "verdict": "contradicted", "reason": "differs"}


def _share_candidates(subject, measure, share_of, when, ref):
    """Measure / population for every pairing of publishers in force; ranges stay ranges."""
    if share_of != "population":
        raise SurfaceError(f"shares of {share_of!r} are not in the benchmark")
    wholes = ref.in_force(subject, "population", when)
    parts = ref.in_force(subject, measure, when)
    return [(p["low"] / w["high"], p["high"] / w["low"], f"{p['id']}/{w['id']}",
             max(p["as_of"], w["as_of"])) for p in parts for w in wholes]


def _duration_candidates(subject, unit, when, ref):
    """Stated lengths in force; otherwise the time elapsed since the event's start."""
    out = []
    for fact in ref.in_force(subject, "duration", when):
        ratio = DAYS_PER[fact["unit"]] / DAYS_PER[unit]
        out.append((fact["low"] * ratio, fact["high"] * ratio, fact["id"], fact["as_of"]))
    if out or subject not in ref.subjects or not ref.subjects[subject]["start"]:
        return out
    row = ref.subjects[subject]
    start = _date(row["start"])
    end = _date(row["end"]) if row["end"] else when
    if when < start:
        return []
    elapsed = Fraction((min(end, when) - start).days) / DAYS_PER[unit]
    if row["end"] and end <= when:
        return [(elapsed, elapsed, f"{subject}:{row['start']}..{row['end']}", start)]
    # An ongoing event is "N units long" from N - 1/2 units elapsed until N + 1: the range
    # below, with the claim's own +-1/2 unit, gives exactly that.
    low, high = elapsed - Fraction(1, 2), elapsed
    return [(low, high, f"{subject}:since-{row['start']}", start)]


def _exceeds_population(subject, measure, share_of, claimed, tol, bound, qualifier, when, ref):
    """The population fact a count cannot exceed but does (or a share above 1), else None."""
    if measure in ("population", "duration") or measure in MONEY_MEASURES:
        return None
    if share_of is not None:
        return {"id": "share", "value": show(claimed)} if claimed - tol > 1 else None
    country = ref.country_of(subject) or subject
    if bound == "upper":
        if qualifier not in NEAR_BELOW:
            return None
        least = claimed - max(2 * tol, NEAR_SPAN * claimed)
    else:
        least = claimed - tol
    for fact in ref.in_force(country, "population", when):
        if least > fact["high"]:
            return {"id": fact["id"], "as_of": fact["as_of"].isoformat(),
                    "value": show(fact["high"])}
    return None


# --- files --------------------------------------------------------------------------------------
def load_passages(path: Path = PASSAGES) -> list[dict]:
    passages = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    passages.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise SystemExit(f"{path}:{number}: not JSON: {error}")
    return passages


def compute(passages: list[dict], ref: Reference | None = None) -> list[dict]:
    ref = ref or Reference()
    results = []
    for passage in passages:
        for index, claim in enumerate(passage["claims"]):
            verdict = evaluate(claim, passage, ref)
            verdict["claim"] = index
            verdict["design"] = claim.get("design")
            results.append(verdict)
    return results


def render(results: list[dict]) -> str:
    keys = ["passage", "claim", "surface", "measure", "subject", "time", "verdict", "reason",
            "slip", "tolerance", "evidence", "design"]
    lines = [json.dumps({k: r[k] for k in keys if k in r}, ensure_ascii=False) for r in results]
    return "\n".join(lines) + "\n"


def summary(passages: list[dict], results: list[dict]) -> str:
    countries = {r["subject"] for r in results if r["subject"] and len(r["subject"]) == 3
                 and r["subject"].isupper()}
    verdicts = Counter(r["verdict"] for r in results)
    lines = [f"passages {len(passages)}", f"claims {len(results)}",
             f"countries {len(countries)}",
             "verdicts " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())),
             f"contradicted share {verdicts['contradicted'] / len(results):.3f}"]
    claims = [c for p in passages for c in p["claims"]]
    lines.append(f"shares {sum(1 for c in claims if c.get('proportion_of'))}")
    lines.append("locales " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(p["locale"] for p in passages).items())))
    for label, key in (("measure", lambda r: r["measure"] or "-"),
                       ("reason", lambda r: f"{r['verdict']}/{r['reason']}"),
                       ("slip", lambda r: r["slip"]["kind"] if r.get("slip") else None),
                       ("design", lambda r: r["design"] or "-")):
        counts = Counter(key(r) for r in results if key(r))
        lines.append(f"by {label}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if expected.jsonl is stale")
    parser.add_argument("--summary", action="store_true", help="print counts")
    parser.add_argument("--set", choices=sorted(SETS), action="append",
                        help="which passages (default: every set)")
    args = parser.parse_args(argv)
    status = 0
    for name in args.set or list(SETS):
        source, target = SETS[name]
        passages = load_passages(source)
        try:
            results = compute(passages)
        except SurfaceError as error:
            print(f"{source.name}: {error}", file=sys.stderr)
            return 2
        text = render(results)
        if args.summary:
            print(f"== {source.name}")
            print(summary(passages, results))
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{target.name} is stale: run python tests/verdicts/truth.py",
                      file=sys.stderr)
                status = 1
            continue
        if not args.summary:
            target.write_text(text, encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
