"""Scores the checker's verdicts against the verdict benchmark in tests/verdicts/.

For each passage the checker runs as it would on an article; each benchmark claim is matched to
the finding whose number overlaps its surface (a claim the checker did not make counts as
`unverifiable`). Figures: agreement (same verdict), false contradicted (contradicted where the
truth is not), false supported (supported where the truth is not), slips named (a magnitude slip
the truth names that the checker calls contradicted with reason magnitude-slip).

    python tests/verdict_scoring.py            # the figures
    python tests/verdict_scoring.py --wrong    # and every disagreement
    python tests/verdict_scoring.py --set unseen   # the passages written without the checker
    python tests/verdict_scoring.py --set fresh    # a third set, also written without it
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERDICTS = HERE / "verdicts"


@dataclass
class Score:
    claims: int = 0
    agreed: int = 0
    false_contradicted: int = 0
    false_supported: int = 0
    slips: int = 0
    slips_named: int = 0
    wrong: list = field(default_factory=list)

    @property
    def agreement(self) -> float:
        return self.agreed / self.claims if self.claims else 0.0

    @property
    def slip_rate(self) -> float:
        return self.slips_named / self.slips if self.slips else 1.0

    def summary(self) -> str:
        return (f"claims {self.claims}: agreement {self.agreed}/{self.claims} = "
                f"{self.agreement:.1%}; false contradicted {self.false_contradicted}; "
                f"false supported {self.false_supported}; slips named {self.slips_named}/"
                f"{self.slips} = {self.slip_rate:.1%}")


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _find_number(text: str, surface: str, start: int) -> int:
    """The next occurrence of `surface` not inside a longer number ("5 million" in "3.5 million")."""
    at = text.find(surface, start)
    while at > 0 and surface[:1].isdigit() and (text[at - 1].isdigit() or text[at - 1] in ".,"):
        at = text.find(surface, at + 1)
    return at


# Each set: its passages and the truth computed for them (see tests/verdicts/truth.py).
SETS = {"passages": ("passages.jsonl", "expected.jsonl"),
        "unseen": ("unseen.jsonl", "unseen_expected.jsonl"),
        "fresh": ("fresh.jsonl", "fresh_expected.jsonl"),
        "wire2": ("wire2.jsonl", "wire2_expected.jsonl")}


def available(name: str = "passages") -> bool:
    return all((VERDICTS / f).is_file() for f in SETS[name])


def score(reference, name: str = "passages") -> Score:
    from factcheck.api import check_article
    from factcheck.model import Article

    source, target = SETS[name]
    passages = {p["id"]: p for p in _read_jsonl(VERDICTS / source)}
    truths: dict[str, list[dict]] = {}
    for t in _read_jsonl(VERDICTS / target):
        truths.setdefault(t["passage"], []).append(t)
    result = Score()
    for pid, passage in passages.items():
        article = Article(id=pid, text=passage["text"], date=dt.date.fromisoformat(passage["date"]),
                          locale="en_IN" if passage.get("locale") == "en_IN" else "en_US")
        findings = check_article(article, reference).findings
        seen: dict[str, int] = {}
        for truth in truths.get(pid, []):
            surface = truth["surface"]
            start = -1
            for _ in range(seen.get(surface, 0) + 1):
                start = _find_number(passage["text"], surface, start + 1)
            seen[surface] = seen.get(surface, 0) + 1
            end = start + len(surface)
            finding = next((f for f in findings
                            if f.claim.mention.start < end and start < f.claim.mention.end), None)
            got = finding.verdict.value if finding else "unverifiable"
            reason = finding.reason if finding else "no claim"
            want = truth["verdict"]
            result.claims += 1
            if got == want:
                result.agreed += 1
            if got == "contradicted" and want != "contradicted":
                result.false_contradicted += 1
            if got == "supported" and want != "supported":
                result.false_supported += 1
            if truth.get("reason") == "magnitude-slip":
                result.slips += 1
                if got == "contradicted" and reason == "magnitude-slip":
                    result.slips_named += 1
            if got != want or (truth.get("reason") == "magnitude-slip" and reason != "magnitude-slip"):
                claim = finding.claim if finding else None
                result.wrong.append(
                    f"{pid} {surface!r}: truth {want}/{truth.get('reason')} "
                    f"({truth.get('measure')}, {truth.get('subject')}, {truth.get('time')}); checker {got}/{reason}"
                    + (f" ({claim.measure}, {claim.subject}, {claim.time.at}; measure from "
                       f"{claim.measure_text!r}, subject from {claim.subject_text!r})" if claim else "")
                    + (f"\n      {finding.explanation}" if finding else "")
                    + f"\n      {passage['text']}")
    return result


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE.parent))
    from factcheck.reference import load_reference

    name = argv[argv.index("--set") + 1] if "--set" in argv else "passages"
    result = score(load_reference(), name)
    print(result.summary())
    if "--wrong" in argv:
        for line in result.wrong:
            print(" -", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
