"""Claims x facts -> findings. Never prints: every outcome is a Finding with its evidence.

The comparison follows what the claim says: "more than X" is supported by a reference at or above
X; "nearly X" by one a little below X; "about X" and round numbers within the precision the
surface implies; a duration from the event's dates; a share from the ratio of two facts. When a
claim is off by a power of ten that a scale word explains (lakh vs million), the finding says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

import regex

from .claims.measure import FLED_IN_PERIOD_RULE, OWNED_REFUGEES_RULE, WHOLE_RULE, WHOLE_RULES
from .formatting import number, percent, with_unit
from .lexicon import load_data_file, number_lexicon
from .limits import tolerance_value
from .model import Bound, Claim, Evidence, Fact, Finding, Verdict, decimal_text
from .reference import ReferenceData
from .units import currency_mismatch, to_unit


@dataclass(frozen=True)
class Tolerances:
    """How far a reference may be from the claimed value and still support it.

    The precision rule (documented in README.md, "How claims are compared"): a count's tolerance
    is half the unit of its last written digit, scaled by its scale word ("54 million" -> 500,000,
    "4.4m" -> 50,000, "3,00,000" -> 0.5), and at least `exact` of the value (`approx` with
    "about", "some", "an estimated"). A share's tolerance is in percentage points: `share_points`
    for share words ("half", "one in five"), half the last written digit of a percentage and at
    least `percent_points`; "about" doubles it. A figure fits an exact or approximate claim within
    the tolerance; "more than X" from X minus the tolerance up; "up to", "under", "less than" X
    up to X plus it; "nearly", "almost" X from X less `upper` of it (or twice the tolerance) to X
    plus the tolerance. A bound on a count is a threshold: its tolerance is the relative floor
    alone. Beyond the tolerance: contradicted; with `imprecise` above 1 (opt-in), a band of
    `imprecise` - 1 tolerances beyond it, at most `near` of the claimed value, is imprecise.
    The verdict benchmark's truth (tests/verdicts/truth.py) applies the same rule.
    """

    approx: Decimal = Decimal("0.05")
    """"about X", "some X": at least 5% of X either way."""
    exact: Decimal = Decimal("0.01")
    """A plain figure: at least 1% of it either way, or half its last written digit, if wider."""
    upper: Decimal = Decimal("0.10")
    """"nearly X", "almost X": no more than 10% (or twice the tolerance) below X."""
    share_points: Decimal = Decimal("0.025")
    """A share word ("half", "a third", "one in five"): 2.5 percentage points either way."""
    percent_points: Decimal = Decimal("0.01")
    """A percentage: at least 1 percentage point either way."""
    imprecise: Decimal = Decimal("1")
    """Beyond the tolerance but within this many times it: imprecise rather than contradicted.
    1 (the default) has no such band: precision follows the written form, and a figure outside
    it is contradicted. 2 marks a loose rounding ("20 million" for 19.2 million) imprecise."""
    near: Decimal = Decimal("0.10")
    """The imprecise band is never wider than this share of the claimed value: a coarse figure's
    wide tolerance does not make a far-off reference "close"."""
    max_age_days: int = 731
    """A reference figure counts only if dated at most this many days before the claim's time:
    an older figure does not decide a claim about a later date (no-value-in-force)."""

    @classmethod
    def parse(cls, spec: str) -> "Tolerances":
        """From "approx=0.05,exact=0.01,upper=0.1,max_age_days=731"."""
        values: dict = {}
        for part in filter(None, (p.strip() for p in spec.split(","))):
            key, _, value = part.partition("=")
            if key not in cls.__dataclass_fields__:
                raise ValueError(f"unknown tolerance {key!r}; known: "
                                 f"{', '.join(cls.__dataclass_fields__)}")
            values[key] = tolerance_value(key, value)  # ValueError says what is allowed
        return cls(**values)


# Measures a country has one total of; an event (a war) borrows its country's.
COUNTRY_TOTALS = {"population", "displaced", "refugees", "idps"}
# Places do not borrow their country's totals: Wales's population is not the UK's.
PLACE_TYPES = {"country", "region", "city"}
# Totals a figure far below counts a part of: an amount "worth $2 billion" beside an economy is
# not the economy's size.
PART_TOTALS = COUNTRY_TOTALS | {"gdp"}
PART_RATIO = Decimal(5)
"""A country total claimed this many times smaller than the reference is taken to count a part."""

EXPLANATIONS = {
    "no-subject": "No reference subject found: the sentence names no country or event that the "
                  "reference data knows.",
    "no-measure-data": "The reference data has no {measure} figures for {subject}.",
    "period-not-dated": "The figure is about a stated time ('{time}'); the reference's {measure} "
                        "figures are dated when published, not by the period they measure: not "
                        "compared.",
    "no-conversion": "The amount is in {claimed}, the reference's {measure} for {subject} in "
                     "{reference}, and no conversion between them is declared: not compared.",
    "no-value-in-force": "The reference data has no {measure} figure for {subject} dated on or "
                         "before {date}.",
    "no-event-dates": "The reference data has no start date for {subject}, so its duration "
                      "cannot be computed.",
    "ambiguous-numeral": "The figure {text!r} reads differently by locale ({readings}); give "
                         "--locale to check it.",
    "malformed": "The figure {text!r} is malformed: {problem}.",
    "by-host": "The figure counts refugees from {subject} in {host}; the reference data counts "
               "refugees by where they come from, not where they are.",
    "part-of-whole": "The figure is far below the total for all of {subject} ({reference}, "
                     "{source}): it seems to be about a part (a city, a group, a camp, a "
                     "programme) that the reference data has no figures for.",
    "share-of-unknown-part": "The share is of the {measure}, but the part it counts (the words "
                             "before it) has no figures in the reference data.",
    "no-event-start": "The claim is about the time before an event ({words}), but the reference "
                      "data has no start date for such an event of {subject}.",
    "wider-group": "The words {words!r} count a wider group than {measure} (migrants as well as "
                   "refugees): the reference figure ({reference}, {source}) is only a floor, and "
                   "the claim is above it.",
    "share-of-a-count": "The share is of the figure before it in the sentence, not of the "
                        "population, and the reference data holds no such share.",
    "part-named": "The figure counts a part of {subject} (the words before it, {words!r}, say "
                  "so); the reference data holds figures for the whole only.",
    "part-placed": "The figure counts the people of a part of {subject} ({words!r}); the "
                   "reference data holds figures for the whole only.",
    "incident": "The figure counts the {measure} of one incident ({words!r}), a part of the "
                "toll of {subject}; the reference data holds the toll of the whole.",
    "ambiguous-displacement": "The reference gives {reference} displaced people in {subject} "
                              "(refugees and internally displaced together), which does not fit; "
                              "the figure fits the internally displaced alone ({idps}). Which the "
                              "text means, it does not say.",
    "fled-in-period": "The figure counts people who fled in a period ('{time}'); the reference "
                      "holds how many {measure} there are at a date ({reference}), which is not "
                      "the same count: not compared.",
    "host-or-origin": "{subject}'s refugees may be those it hosts or those who fled it; the "
                      "figure is far above those who fled it ({reference}), so it likely counts "
                      "those it hosts, which the reference data does not hold.",
    "projection": "The figure is about a time after the article's date ({words}): a projection, "
                  "which the reference data's figures neither confirm nor contradict.",
    "no-subject-host": "The figure counts refugees in {host}, but the text does not say where "
                       "they come from; the reference data counts refugees by origin.",
}

# Measures that count people, which cannot be more than the people there are.
PEOPLE_MEASURES = {"deaths", "injured", "displaced", "refugees", "idps", "evacuated", "missing",
                   "arrests", "cases", "new_displacements"}


def check_claims(claims, reference: ReferenceData, date: dt.date | None,
                 tolerances: Tolerances | None = None, locale: str | None = None) -> list[Finding]:
    checker = Checker(reference, tolerances or Tolerances(), locale)
    return [checker.check(claim, date) for claim in claims]


class Checker:
    def __init__(self, reference: ReferenceData, tolerances: Tolerances,
                 locale: str | None = None):
        self.reference = reference
        self.tol = tolerances
        # Lakh and crore explain a slip only where writers use them.
        self.indian_scales = bool(locale) and locale.replace("-", "_").split("_")[-1] == "IN"
        self._tolerance_of: tuple | None = None  # (claim, its tolerance): asked up to ten times a claim

    def check(self, claim: Claim, article_date: dt.date | None) -> Finding:
        mention = claim.mention
        if mention.problem and mention.value is None and not mention.is_range:
            return _unverifiable(claim, "malformed", text=mention.text, problem=mention.problem)
        if mention.alternatives:
            readings = ", ".join(f"{decimal_text(a.value)} ({'/'.join(a.locales)})"
                                 for a in mention.alternatives)
            return _unverifiable(claim, "ambiguous-numeral", text=mention.text, readings=readings)
        if claim.unresolved == "part-named":
            return _unverifiable(claim, claim.unresolved, subject=self._name(claim),
                                 words=claim.sentence[max(0, claim.mention.start - claim.sentence_start - 20):
                                                      claim.mention.start - claim.sentence_start].strip())
        if claim.unresolved in ("part-placed", "incident"):
            return _unverifiable(claim, claim.unresolved, words=claim.subject_text,
                                 subject=self._name(claim), measure=claim.measure)
        if claim.unresolved:
            return _unverifiable(claim, claim.unresolved, words=claim.time.text,
                                 subject=self._name(claim))
        if claim.subject is None and claim.host:
            return _unverifiable(claim, "no-subject-host",
                                 host=self.reference.subjects[claim.host].name)
        if claim.subject is None:
            return _unverifiable(claim, "no-subject")
        if claim.host:
            return _unverifiable(claim, "by-host", host=self.reference.subjects[claim.host].name,
                                 subject=self._name(claim))
        # Judge by what was known at publication: a claim about next Thursday is checked
        # against the figures of the publication date.
        when = claim.time.at or article_date
        if when and article_date and when > article_date:
            when = article_date
        if claim.measure == "duration":
            return self._check_duration(claim, when)
        if claim.denominator:
            return self._check_share(claim, when)
        if claim.time.text and self.reference.dated_by_publication(claim.measure):
            if claim.time.start is not None and claim.time.end is not None \
                    and (claim.time.end - claim.time.start).days >= 364:
                return _unverifiable(claim, "period-not-dated", time=claim.time.text,
                                     measure=claim.measure)
            # A day or a month ("on Tuesday", "in June") dates an event, not a year's figure:
            # the figures of the publication date.
            when = article_date or when
        facts = self._facts(claim.subject, claim.measure, when)
        if not isinstance(facts, list) and claim.measure == "displaced":
            bounded = self._displaced_at_least_refugees(claim, when)
            if bounded:
                return bounded
        if not isinstance(facts, list):
            return self._exceeds_population(claim, when) or _unverifiable(
                claim, facts, measure=claim.measure, subject=self._name(claim), date=when)
        other_currency = currency_mismatch(claim.mention.unit, (f.unit for f in facts))
        if other_currency:
            return _unverifiable(claim, "no-conversion", claimed=claim.mention.unit,
                                 reference=other_currency, measure=claim.measure,
                                 subject=self._name(claim))
        evidence = tuple(Evidence(f.central, f.unit, _describe(f), (f,)) for f in facts)
        finding = self._judge(claim, [(f.central, f.low, f.high) for f in facts], evidence,
                              unit=claim.mention.unit)
        if finding.reason == "magnitude-slip":
            return finding
        if finding.verdict == Verdict.CONTRADICTED and claim.measure == "displaced":
            # Displacement not split may mean either part: a slip against one is still a slip.
            for part in ("idps", "refugees"):
                facts_of_part = self._facts(claim.subject, part, when)
                if isinstance(facts_of_part, list) and facts_of_part:
                    slip = _magnitude_slip(claim, [f.central for f in facts_of_part], self.tol,
                                           self.indian_scales, self.tolerance(claim)[0])
                    if slip:
                        return Finding(claim, Verdict.CONTRADICTED, slip + f" (against {part})",
                                       tuple(Evidence(f.central, f.unit, _describe(f), (f,))
                                             for f in facts_of_part),
                                       "magnitude-slip", self.tolerance(claim)[1])
        if finding.verdict != Verdict.SUPPORTED and claim.measure == "displaced":
            ambiguous = self._fits_idps(claim, when)
            if ambiguous:
                return _unverifiable(claim, "ambiguous-displacement", subject=self._name(claim),
                                     reference=number(facts[-1].central), idps=ambiguous)
        if finding.verdict == Verdict.CONTRADICTED:
            exceeds = self._exceeds_population(claim, when)
            if exceeds:
                return exceeds
        if finding.verdict == Verdict.CONTRADICTED and claim.measure_rule == FLED_IN_PERIOD_RULE:
            # Those who fled in a period are not those displaced at a date: a flow that fits the
            # stock is supported (all fled then), one that does not is neither true nor false.
            return _unverifiable(claim, "fled-in-period", time=claim.time.text or "a period",
                                 measure=claim.measure,
                                 reference=number(min(f.central for f in facts)))
        if finding.verdict == Verdict.CONTRADICTED and claim.measure == "refugees" \
                and claim.measure_rule in (OWNED_REFUGEES_RULE, WHOLE_RULE) \
                and claim.mention.central is not None \
                and all(claim.mention.central > PART_RATIO * f.central for f in facts):
            # "Uganda's 1.5 million refugees": far more than fled Uganda, so likely those it
            # hosts, which the reference does not count.
            return _unverifiable(claim, "host-or-origin", subject=self._name(claim),
                                 reference=number(max(f.central for f in facts)))
        smallest = min(facts, key=lambda f: f.central)
        source = f"{smallest.publisher}, {smallest.as_of.isoformat()}"
        if claim.measure_rule not in WHOLE_RULES and self._counts_a_part(claim, facts) and (
                finding.verdict == Verdict.CONTRADICTED or claim.bound == Bound.LOWER):
            # A small lower bound is not "supported" by a national total, nor contradicted by it.
            return _unverifiable(claim, "part-of-whole", subject=self._name(claim),
                                 reference=number(smallest.central), source=source)
        least = claim.mention.high if claim.mention.is_range else claim.mention.value
        if claim.counts_wider_group and not (
                finding.verdict == Verdict.CONTRADICTED and least is not None
                and least + self.tolerance(claim)[0] < smallest.central):
            # The wider group is at least the reference: only a figure below it is wrong.
            return _unverifiable(claim, "wider-group", words=claim.measure_text,
                                 measure=claim.measure, reference=number(smallest.central),
                                 source=source)
        return finding

    def _displaced_at_least_refugees(self, claim: Claim, when: dt.date | None) -> Finding | None:
        """"610,000 Venezuelans have fled" with no displacement total in force: the displaced are
        refugees plus the internally displaced, so at least the refugees. With no internally
        displaced figure in force either, a claim the refugees fit is supported, and one below
        the refugees alone is contradicted; one above them cannot be checked."""
        if (claim.measure_text or "").lower() not in _fled_words() \
                or isinstance(self._facts(claim.subject, "idps", when), list):
            return None
        refugees = self._facts(claim.subject, "refugees", when)
        if not isinstance(refugees, list) or not refugees or claim.mention.value is None:
            return None
        finding = self.check(replace(claim, measure="refugees"), when)
        if finding.verdict == Verdict.SUPPORTED:
            note = "at least the refugees, which fit"
        elif finding.verdict == Verdict.CONTRADICTED and finding.reason != "exceeds-population":
            m = claim.mention
            most = allowed(m.value, self.tolerance(claim)[0], claim.bound, m.qualifier,
                           self.tol.upper)[1]
            if most is None or most >= min(f.low if f.low is not None else f.central
                                           for f in refugees):
                return None
            note = "at least the refugees, fewer than whom the figure is"
        else:
            return None
        return replace(finding, claim=claim, explanation=(
            f"{finding.explanation} (No displacement total or internally displaced figure for "
            f"{self._name(claim)} is in force: the displaced are {note}.)"))

    def _fits_idps(self, claim: Claim, when: dt.date | None) -> str | None:
        """"Ethiopia had 3.9 million people displaced": news often says displaced for the
        internally displaced alone. The IDP figure it fits, described, or None."""
        idps = self._facts(claim.subject, "idps", when)
        if not isinstance(idps, list) or not idps:
            return None
        judged = self._judge(replace(claim, measure="idps"), [(f.central, f.low, f.high) for f in idps],
                             (), unit=None)
        return "; ".join(_describe(f) for f in idps) if judged.verdict == Verdict.SUPPORTED else None

    def _exceeds_population(self, claim: Claim, when: dt.date | None) -> Finding | None:
        """"12 million Lebanese have fled" when Lebanon has 5.8 million people: impossible,
        whether or not the reference has figures of that measure."""
        if claim.measure not in PEOPLE_MEASURES or claim.mention.kind.value in ("percent", "fraction"):
            return None
        m = claim.mention
        least = m.low if m.is_range else m.value
        if least is None:
            return None
        country = self._country_of(claim.subject)
        population = self._facts(country, "population", when) if country else None
        if not isinstance(population, list) or not population:
            return None
        most = max(population, key=lambda f: f.high if f.high is not None else f.central)
        people = most.high if most.high is not None else most.central
        if least <= people:
            return None  # (the tolerance only lowers a figure's least value: no need of it)
        if not m.is_range:  # the least value the claim allows ("up to 12 million" allows any fewer)
            least = allowed(m.value, self.tolerance(claim)[0], claim.bound, m.qualifier,
                            self.tol.upper)[0]
            if least is None or least <= people:
                return None
        evidence = (Evidence(most.central, None, _describe(most), (most,)),)
        return Finding(claim, Verdict.CONTRADICTED,
                       f"The article says {_claimed_text(claim, False)}, more than the whole "
                       f"population of {self.reference.subjects[country].name}: {_describe(most)}.",
                       evidence, "exceeds-population", tolerance="none: more people than live there")

    def _country_of(self, subject: str | None) -> str | None:
        seen = set()
        while subject and subject not in seen:
            seen.add(subject)
            known = self.reference.subjects.get(subject)
            if known is None:
                return None
            if known.type == "country":
                return subject
            subject = known.parent
        return None

    def _counts_a_part(self, claim: Claim, facts: list[Fact]) -> bool:
        """"up to 275,000 people remain trapped" is not Syria's population: a figure far below a
        country's total, with no slip of scale to explain it, counts a part of the country."""
        subject = self.reference.subjects.get(claim.subject)
        central = claim.mention.central
        return (subject is not None and subject.type in ("country", "region")
                and claim.measure in PART_TOTALS and central is not None
                and all(central * PART_RATIO < f.central for f in facts))

    # -- lookups -------------------------------------------------------------------------------

    def _name(self, claim: Claim) -> str:
        subject = self.reference.subjects.get(claim.subject)
        return subject.name if subject else str(claim.subject)

    def _facts(self, subject: str, measure: str, when: dt.date | None):
        """Facts in force at `when` from each source, recent enough to compare; or a reason code.

        An event without figures of its own falls back to its country's ("displaced since the
        war began" is counted for the country).
        """
        if not self.reference.facts_for(subject, measure):
            known = self.reference.subjects.get(subject)
            if known and known.parent and known.type not in PLACE_TYPES \
                    and measure in COUNTRY_TOTALS and self.reference.facts_for(known.parent, measure):
                return self._facts(known.parent, measure, when)
            return "no-measure-data"
        facts = self.reference.in_force(subject, measure, when)
        if when is not None:
            # The window runs back from the claim's time, not from the newest figure: a 2016
            # toll does not decide a claim about deaths in 2022.
            facts = [f for f in facts if (when - f.as_of).days <= self.tol.max_age_days]
        else:
            newest = max((f.as_of for f in facts), default=None)
            facts = [f for f in facts if (newest - f.as_of).days <= self.tol.max_age_days]
        if not facts:
            return "no-value-in-force"
        return facts

    # -- kinds of claim ------------------------------------------------------------------------

    def _check_duration(self, claim: Claim, when: dt.date | None) -> Finding:
        unit = claim.mention.unit
        stated = self._facts(claim.subject, "duration", when)
        if isinstance(stated, list):
            values = [(to_unit(f.central, f.unit or unit, unit), None, None) for f in stated]
            evidence = tuple(Evidence(v[0], unit, _describe(f), (f,)) for v, f in zip(values, stated))
            return self._judge(claim, values, evidence, unit=unit)
        subject = self.reference.subjects[claim.subject]
        if subject.start is None:
            return _unverifiable(claim, "no-event-dates", subject=subject.name)
        until = subject.end if subject.end and (when is None or subject.end <= when) else \
            (when or dt.date.today())
        days = Decimal((until - subject.start).days)
        actual = to_unit(days, "day", unit)
        description = (f"{subject.name}: from {subject.start.isoformat()} to {until.isoformat()}"
                       f"{' (its end)' if until == subject.end else ''} is {_span(subject.start, until)}"
                       f" = {with_unit(number(actual), unit, actual)}")
        source = Fact(id=f"{subject.id}:dates", subject=subject.id, measure="duration",
                      as_of=until, publisher=subject.source or "reference subjects",
                      url=subject.url or "", value=actual, unit=unit,
                      notes="computed from the event's start and end dates")
        # An ongoing event is "N years long" from N - 1/2 years after its start (rounded) until
        # N + 1 (counted in completed years): "the five-year war" in its sixth year.
        ongoing = until != subject.end
        half = Decimal("0.05") if unit == "decade" else Decimal("0.5")  # half a year, in decades
        low = actual - half if ongoing else None
        return self._judge(claim, [(actual, low, actual if ongoing else None)],
                           (Evidence(actual, unit, description, (source,)),), unit=unit)

    def _check_share(self, claim: Claim, when: dt.date | None) -> Finding:
        if claim.measure == claim.denominator:
            # "18.6 per cent of the population" are aged 65 and over: a part we have no data on.
            return _unverifiable(claim, "share-of-unknown-part", measure=claim.measure)
        numerators = self._facts(claim.subject, claim.measure, when)
        if not isinstance(numerators, list) and claim.measure == "displaced":
            numerators = self._sum_displaced(claim.subject, when)
        if not isinstance(numerators, list):
            return _unverifiable(claim, numerators, measure=claim.measure,
                                 subject=self._name(claim), date=when)
        base_date = claim.time.start or when
        population = self._facts(claim.subject, "population", base_date)
        if not isinstance(population, list):
            return _unverifiable(claim, population, measure="population",
                                 subject=self._name(claim), date=base_date)
        base = population[-1]
        values, evidence = [], []
        for fact in numerators:
            share = fact.central / base.central
            values.append((share, None, None))
            evidence.append(Evidence(
                share, None,
                f"{number(fact.central)} {claim.measure} ({fact.publisher}, {fact.as_of}) / "
                f"{number(base.central)} population ({base.publisher}, {base.as_of}) = "
                f"{percent(share)}", (fact, base)))
        finding = self._judge(claim, values, tuple(evidence), unit=None, share=True)
        if finding.verdict != Verdict.SUPPORTED and claim.measure == "displaced" \
                and finding.reason != "magnitude-slip":
            idps = self._facts(claim.subject, "idps", when)
            if isinstance(idps, list) and idps:
                shares = [(f.central / base.central, None, None) for f in idps]
                if self._judge(claim, shares, (), unit=None, share=True).verdict == Verdict.SUPPORTED:
                    return _unverifiable(claim, "ambiguous-displacement", subject=self._name(claim),
                                         reference=percent(values[-1][0]),
                                         idps="; ".join(percent(v) for v, _, _ in shares))
        return finding

    def _sum_displaced(self, subject: str, when: dt.date | None):
        refugees = self._facts(subject, "refugees", when)
        idps = self._facts(subject, "idps", when)
        if not isinstance(refugees, list) or not isinstance(idps, list):
            return "no-measure-data"
        r, i = refugees[-1], idps[-1]
        total = Fact(id=f"{r.id}+{i.id}", subject=subject, measure="displaced",
                     as_of=min(r.as_of, i.as_of), publisher=f"{r.publisher} + {i.publisher}",
                     url=r.url, value=r.central + i.central,
                     notes="refugees plus internally displaced people")
        return [total]

    # -- the comparison ------------------------------------------------------------------------

    def _judge(self, claim: Claim, values, evidence, unit, share: bool = False) -> Finding:
        verdicts = [self._compare(claim, value, low, high) for value, low, high in values]
        if any(v == Verdict.SUPPORTED for v in verdicts) and len(set(verdicts)) > 1:
            # Sources in force disagree and one of them fits: the claim has a source, and the
            # explanation shows the others.
            refs = "; ".join(e.description for e in evidence)
            return Finding(claim, Verdict.SUPPORTED,
                           f"The article says {_claimed_text(claim, share)}; at least one source "
                           f"agrees, others differ: {refs}.", tuple(evidence), "sources-disagree",
                           self.tolerance(claim)[1])
        if all(v == Verdict.SUPPORTED for v in verdicts):
            verdict = Verdict.SUPPORTED
        elif all(v == Verdict.CONTRADICTED for v in verdicts):
            verdict = Verdict.CONTRADICTED
        else:
            verdict = Verdict.IMPRECISE
        claimed = _claimed_text(claim, share)
        refs = "; ".join(e.description for e in evidence)
        reason = verdict.value
        if verdict == Verdict.CONTRADICTED:
            slip = _magnitude_slip(claim, [v for v, _, _ in values], self.tol,
                                   self.indian_scales, self.tolerance(claim)[0])
            if slip:
                return Finding(claim, verdict, slip, tuple(evidence), "magnitude-slip",
                               self.tolerance(claim)[1])
            explanation = f"The article says {claimed}, but the reference gives {refs}."
        elif verdict == Verdict.IMPRECISE:
            disagree = len(set(verdicts)) > 1
            explanation = (f"The article says {claimed}; sources disagree across it: {refs}."
                           if disagree else
                           f"The article says {claimed}; the reference is close but outside the "
                           f"stated precision: {refs}.")
            reason = "sources-disagree" if disagree else "outside-precision"
        else:
            rounded = any(value != claim.mention.central for value, _, _ in values) \
                and claim.bound == Bound.EXACT
            explanation = f"The article says {claimed}; the reference agrees: {refs}."
            if rounded and claim.measure == "duration":
                explanation = (f"The article says {claimed}, a rounding of the reference: {refs}.")
                reason = "rounding"
        return Finding(claim, verdict, explanation, tuple(evidence), reason,
                       self.tolerance(claim)[1])

    def tolerance(self, claim: Claim) -> tuple[Decimal, str]:
        """The tolerance the precision rule gives the claim, and how it was reached, in words
        (see Tolerances). Kept for the claim last asked about: a check asks several times."""
        last = self._tolerance_of
        if last is not None and last[0] is claim:
            return last[1]
        found = self._tolerance(claim)
        self._tolerance_of = (claim, found)
        return found

    def _tolerance(self, claim: Claim) -> tuple[Decimal, str]:
        m = claim.mention
        approx = claim.bound == Bound.APPROX
        if claim.denominator:
            if m.kind.value == "percent":
                half_digit = _written_unit(m) * Decimal("0.01") / 2
                points = max(half_digit, self.tol.percent_points)
                why = "half the last written digit" if half_digit >= self.tol.percent_points \
                    else f"at least {percent(self.tol.percent_points)} points"
            else:
                points, why = self.tol.share_points, "a share word"
            if approx:
                points, why = points * 2, why + ", doubled by " + repr(m.qualifier or "about")
            return points, f"±{percent(points)} points ({why})"
        value = abs(m.value) if m.value is not None else abs(m.high or 0)
        floor = self.tol.approx if approx else self.tol.exact
        unit = f" {m.unit}" if m.kind.value == "duration" and m.unit else ""
        if claim.bound in (Bound.LOWER, Bound.UPPER) and not m.is_range:
            # "more than 1 million" is a threshold, not a rounded figure: 759,000 does not meet
            # it, whatever the unit of its last digit.
            return value * floor, (f"±{number(value * floor)}{unit} ({percent(floor)} of the "
                                   f"figure: {m.qualifier or 'a bound'!r} is a threshold)")
        half_digit = _written_unit(m) / 2
        if half_digit >= value * floor:
            return half_digit, (f"±{number(half_digit)}{unit} (half the unit of the last "
                                f"written digit)")
        return value * floor, (f"±{number(value * floor)} ({percent(floor)} of the figure"
                               f"{', for ' + repr(m.qualifier) if approx and m.qualifier else ''})")

    def _compare(self, claim: Claim, value: Decimal, low: Decimal | None,
                 high: Decimal | None) -> Verdict:
        m = claim.mention
        scale = _claim_scale(claim)
        ref_low = low if low is not None else value
        ref_high = high if high is not None else value
        tolerance = self.tolerance(claim)[0]
        if m.is_range:
            m_low, m_high = m.low * scale, m.high * scale
            width = (m_high - m_low) * self.tol.exact
            return self._grade(max(m_low - ref_high, ref_low - m_high, Decimal(0)),
                               width or m_high * self.tol.exact, m_high)
        claimed = m.value * scale
        if claimed == 0:
            return Verdict.SUPPORTED if value == 0 else Verdict.CONTRADICTED
        lo, hi = allowed(claimed, tolerance, claim.bound, m.qualifier, self.tol.upper)
        beyond = max(lo - ref_high if lo is not None else Decimal(0),
                     ref_low - hi if hi is not None else Decimal(0), Decimal(0))
        return self._grade(beyond + tolerance, tolerance, claimed)

    def _grade(self, gap: Decimal, tolerance: Decimal, claimed: Decimal) -> Verdict:
        """`gap` is the distance from the claimed value as the tolerance counts it: within the
        tolerance, supported. Imprecise is the band just outside the written precision, as wide
        again as the tolerance but never wider than `near` of the claimed value: "20 million" for
        19.2 million is a loose rounding; "38 million" for 36.6 million, or a coarse "$1
        trillion" economy of $107 billion, is contradicted."""
        if gap <= tolerance:
            return Verdict.SUPPORTED
        band = min(tolerance * (self.tol.imprecise - 1), abs(claimed) * self.tol.near)
        if gap - tolerance <= band:
            return Verdict.IMPRECISE
        return Verdict.CONTRADICTED


def allowed(claimed: Decimal, tolerance: Decimal, bound: Bound, qualifier: str | None,
            near_span: Decimal) -> tuple[Decimal | None, Decimal | None]:
    """The values a claim allows, (low, high), None for no limit (README, "Bounds"): an exact or
    approximate figure within the tolerance; "more than X" from X less the tolerance ("just
    over" no further than twice the tolerance or `near_span` of X above); "up to", "under" X to
    X plus the tolerance; "nearly", "almost" X from twice the tolerance or `near_span` of X
    below it."""
    q = (qualifier or "").lower()
    if bound == Bound.LOWER:
        return claimed - tolerance, (claimed + max(2 * tolerance, claimed * near_span)
                                     if q.startswith("just") else None)
    if bound == Bound.UPPER:
        return (None if q in _OPEN_UPPER else claimed - max(2 * tolerance, claimed * near_span),
                claimed + tolerance)
    return claimed - tolerance, claimed + tolerance


@lru_cache(maxsize=1)
def _fled_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data_file("phrasings.yaml")["fled_words"])


# Upper bounds that say nothing of how far below: "up to 5 million", "under 5 million".
_OPEN_UPPER = {"up to", "under", "less than", "fewer than", "below", "no more than", "at most"}
_DIGIT = regex.compile(r"\d")
_DIGITS = regex.compile(r"\d[\d\s,.'’\u2009\u202f]*")


def _written_unit(mention) -> Decimal:
    """The unit of the last written digit, scaled by the scale word: "54 million" -> 1,000,000,
    "4.4m" -> 100,000, "3,00,000" -> 1, "10 million" -> 1,000,000 (its zeros are written)."""
    value = abs(mention.value) if mention.value is not None else None
    if not value:
        return Decimal(0)
    if mention.kind.value == "duration":
        # Lengths are counted in their unit ("ten-day" -> 1 day); a decade is ten years, counted
        # in years as the benchmark's truth does ("a decade" is 10 years, ±0.5 year), so a
        # two-year war is no "decade-long" one.
        return Decimal("0.1") if mention.unit == "decade" or "decade" in mention.text.lower() \
            else Decimal(1)
    if mention.style == "words":
        # "nine million" -> 1,000,000; "a million", "ten thousand" read as 1.0 million, 10.0
        # thousand: a lone leading one is not a whole order of magnitude of slack.
        unit = _unit_of_last_digit(value) if value >= 10 else Decimal(1)
        return unit / 10 if value >= 10 and value == unit else unit
    runs = _DIGITS.findall(mention.text)
    digits = "".join(_DIGIT.findall(runs[-1])).lstrip("0") if runs else ""
    if not digits:
        return _unit_of_last_digit(value)
    exponent = value.adjusted() - len(digits) + 1
    return Decimal(1).scaleb(exponent)


def _claim_scale(claim: Claim) -> Decimal:
    """A share written as a percentage compares as a fraction: "85 percent" is 0.85."""
    if claim.denominator and claim.mention.kind.value == "percent":
        return Decimal("0.01")
    return Decimal(1)


def _rounding(mention) -> Decimal:
    """Half a unit of the last significant digit written: "six-year" -> 0.5, "3,00,000" -> 50,000."""
    value = mention.value
    if value is None:
        return Decimal(0)
    if mention.style == "words" or mention.kind.value == "duration":
        return Decimal("0.5") * (_unit_of_last_digit(value) if value >= 10 else 1)
    return Decimal("0.5") * _unit_of_last_digit(value)


def _unit_of_last_digit(value: Decimal) -> Decimal:
    return Decimal(1).scaleb(value.normalize().as_tuple().exponent)


_LETTERS = regex.compile(r"[^\W\d_]+")
_SCALE_NAMES = ("thousand", "lakh", "million", "crore", "billion", "trillion")


def _written_scale(text: str) -> tuple[str, Decimal] | None:
    """The scale a surface was written with, by name: "$1.2bn" -> ("billion", 10**9)."""
    lex = number_lexicon()
    for token in reversed(_LETTERS.findall(text)):
        if token.lower() in lex.scales and token.lower() != "hundred":
            factor = lex.scales[token.lower()]
        elif token in lex.scale_abbreviations:
            factor = lex.scale_abbreviations[token].value
        else:
            continue
        name = next((n for n in _SCALE_NAMES if lex.scales[n] == factor), None)
        return (name, factor) if name else None
    return None


def _magnitude_slip(claim: Claim, references: list[Decimal], tol: Tolerances,
                    indian_scales: bool = True, written_tolerance: Decimal = Decimal(0)
                    ) -> str | None:
    """Name a power-of-ten slip: "reads as if 4.4 crore was written 4.4 million" when another
    scale word fits the reference, or "10x too small" when a digit seems dropped or added. The
    reading must fit the reference as the claim would, its tolerance scaled with it ("1
    million" read as 10 million keeps its precision of a million), and a bound must land near
    the figure: "more than X" is read as "just over X", "under X" as "nearly X", so a low lower
    bound is not taken for a slip."""
    value = claim.mention.value
    if value is None or value == 0:
        return None
    qualifier = {Bound.LOWER: "just over", Bound.UPPER: "nearly"}.get(claim.bound,
                                                                      claim.mention.qualifier)

    # A reading can fit only references of about its size: its window is at most `reach` of
    # it either way, so with `reach` under 0.9 a fitting reference has its leading digit within
    # one place of the reading's (Decimal.adjusted(), exact). Most readings have none such and
    # skip the exact test.
    reach = max(2 * abs(written_tolerance / value), tol.upper)
    places = [r.adjusted() for r in references if r] if reach < _NEAR_REACH and all(
        isinstance(r, Decimal) and r.is_finite() for r in references) else None

    def matches(candidate: Decimal) -> Decimal | None:
        if places is not None and candidate and candidate.is_finite():
            place = candidate.adjusted()
            if not any(place - 1 <= p <= place + 1 for p in places):
                return None
        scaled = abs(written_tolerance * candidate / value)
        lo, hi = allowed(candidate, scaled, claim.bound, qualifier, tol.upper)
        return next((r for r in references
                     if r and (lo is None or r >= lo) and (hi is None or r <= hi)), None)

    written = _written_scale(claim.mention.text)
    lex = number_lexicon()
    if written:
        name, factor = written
        base = value / factor
        indian = indian_scales or name in ("lakh", "crore")
        others = ("thousand", "million", "billion", "trillion") + (("lakh", "crore") if indian else ())
        for other in others:
            if other not in lex.scales or lex.scales[other] == factor:
                continue
            reference = matches(base * lex.scales[other])
            if reference is not None:
                return (f"Magnitude slip: {claim.mention.text!r} is "
                        f"{_times(value / (base * lex.scales[other]))}; it reads as if "
                        f"{number(base)} {other} was written {number(base)} {name} "
                        f"(reference: {number(reference)}).")
    for power in (10, 100, Decimal("0.1"), Decimal("0.01"), 1000, Decimal("0.001")):
        reference = matches(value * power)
        if reference is not None:
            return (f"Magnitude slip: {claim.mention.text!r} is {_times(1 / Decimal(power))} "
                    f"against the reference ({number(reference)}): a digit dropped or added?")
    return None


_NEAR_REACH = Decimal("0.85")
"""Below this reach (with a margin under 0.9) a reading fits only references within one
decimal place of its own leading digit."""


def _times(ratio: Decimal) -> str:
    return f"{number(ratio)}x too large" if ratio > 1 else f"{number(1 / ratio)}x too small"


def _claimed_text(claim: Claim, share: bool) -> str:
    m = claim.mention
    bound = {"lower": "at least ", "upper": "at most ", "approx": "about ", "exact": ""}[m.bound.value]
    if m.is_range:
        value = f"{number(m.low)} to {number(m.high)}"
    elif share:
        value = percent(m.value * _claim_scale(claim))
    else:
        value = number(m.value)
    return f"{claim.text!r} = {bound}{with_unit(value, m.unit, m.central)}"


_DESCRIBED: dict[int, tuple[Fact, str]] = {}
"""id(fact) -> (the fact, its description): a reference's facts are described again and again,
one article after another. Kept by identity (the entry holds the fact, so its id is not
reused), not equality: equal Decimals can be written differently."""


def _describe(fact: Fact) -> str:
    known = _DESCRIBED.get(id(fact))
    if known is not None and known[0] is fact:
        return known[1]
    if fact.value is not None:
        value = number(fact.value)
    else:
        value = f"{number(fact.low)} to {number(fact.high)}"
    described = f"{with_unit(value, fact.unit, fact.central)} ({fact.publisher}, as of " \
                f"{fact.as_of.isoformat()})"
    if len(_DESCRIBED) >= 4096:
        _DESCRIBED.clear()
    _DESCRIBED[id(fact)] = (fact, described)
    return described


def _span(start: dt.date, end: dt.date) -> str:
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    years, months = divmod(months, 12)
    parts = [f"{years} year{'s' * (years != 1)}"] if years else []
    if months or not parts:
        parts.append(f"{months} month{'s' * (months != 1)}")
    return " ".join(parts)


def _unverifiable(claim: Claim, reason: str, **fields) -> Finding:
    fields = {k: (v.isoformat() if isinstance(v, dt.date) else ("the latest data" if v is None and k == "date" else v))
              for k, v in fields.items()}
    return Finding(claim, Verdict.UNVERIFIABLE, EXPLANATIONS[reason].format(**fields), (), reason)
