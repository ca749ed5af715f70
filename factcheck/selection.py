"""--select / --ignore: which findings a run shows and fails on, by measure, verdict or reason.

Like a linter's rule selection: a finding is kept when it matches some selector of `select` (or
`select` is empty) and no selector of `ignore`. A selector is a measure (`deaths`), a verdict
(`unverifiable`), a reason code (`no-subject`), or one of them spelled out (`measure:deaths`,
`verdict:contradicted`, `reason:contradicted`) where a name is both a verdict and a reason.
Unknown names are an error that lists the allowed ones: a typo must not hide findings.
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("measure", "verdict", "reason")


def known_names() -> dict[str, frozenset[str]]:
    from .model import Verdict
    from .reasons import reasons
    from .reference import known_measures
    return {"measure": frozenset(known_measures()), "verdict": frozenset(v.value for v in Verdict),
            "reason": frozenset(reasons())}


@dataclass(frozen=True)
class Selector:
    name: str
    kind: str | None = None
    """None: matches the name as a measure, a verdict or a reason."""

    def matches(self, measure: str | None, verdict: str, reason: str | None) -> bool:
        values = {"measure": measure, "verdict": verdict, "reason": reason}
        if self.kind:
            return values[self.kind] == self.name
        return self.name in values.values()

    def __str__(self) -> str:
        return f"{self.kind}:{self.name}" if self.kind else self.name


def parse_selectors(items) -> tuple[Selector, ...]:
    """Selectors from names (each may hold several, comma-separated); ValueError on unknown ones.

    >>> [str(s) for s in parse_selectors(["deaths, verdict:contradicted"])]
    ['deaths', 'verdict:contradicted']
    """
    names = known_names()
    out = []
    for item in items:
        for part in filter(None, (p.strip() for p in str(item).split(","))):
            kind, sep, name = part.partition(":")
            if not sep:
                kind, name = None, part
            if kind is not None and kind not in KINDS:
                raise ValueError(f"{part!r}: prefix must be one of {', '.join(KINDS)}")
            pool = names[kind] if kind else frozenset().union(*names.values())
            if name not in pool:
                allowed = "; ".join(f"{k}s: {', '.join(sorted(v))}" for k, v in names.items()
                                    if kind in (None, k))
                raise ValueError(f"unknown {kind or 'measure, verdict or reason'} {name!r}; "
                                 f"allowed {allowed}")
            out.append(Selector(name, kind))
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class Selection:
    select: tuple[Selector, ...] = ()
    ignore: tuple[Selector, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.select or self.ignore)

    def keeps(self, measure: str | None, verdict: str, reason: str | None) -> bool:
        if self.select and not any(s.matches(measure, verdict, reason) for s in self.select):
            return False
        return not any(s.matches(measure, verdict, reason) for s in self.ignore)

    def keeps_finding(self, f) -> bool:
        """For a model Finding or a corpus FindingRecord."""
        measure = f.measure if hasattr(f, "measure") else f.claim.measure
        return self.keeps(measure, f.verdict.value, f.reason)

    def report(self, report):
        """The report with only the findings kept (claims and mentions stay whole)."""
        import dataclasses
        if not self:
            return report
        return dataclasses.replace(report, findings=tuple(
            f for f in report.findings if self.keeps_finding(f)))

    def result(self, result):
        """A corpus ArticleResult with only the findings kept."""
        import dataclasses
        if not self or result.error is not None:
            return result
        return dataclasses.replace(result, findings=tuple(
            f for f in result.findings if self.keeps_finding(f)))
