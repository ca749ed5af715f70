"""What verdicts and reason codes mean, and what to do about them: one text, from data/reasons.yaml,
for `factcheck explain` and for the help of SARIF rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load_data_file


@dataclass(frozen=True)
class Explanation:
    name: str
    kind: str
    """"verdict" or "reason"."""
    means: str
    do: str
    verdict: str | None = None

    def text(self) -> str:
        head = f"{self.name} ({self.kind}" + (f" of verdict {self.verdict}" if self.verdict
                                              else "") + ")"
        return f"{head}\n  means: {self.means}\n  do:    {self.do}\n"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, Explanation], dict[str, Explanation]]:
    data = load_data_file("reasons.yaml")
    verdicts = {k: Explanation(k, "verdict", " ".join(v["means"].split()), " ".join(v["do"].split()))
                for k, v in data["verdicts"].items()}
    reasons = {k: Explanation(k, "reason", " ".join(v["means"].split()), " ".join(v["do"].split()),
                              v["verdict"]) for k, v in data["reasons"].items()}
    return verdicts, reasons


def verdicts() -> dict[str, Explanation]:
    return _table()[0]


def reasons() -> dict[str, Explanation]:
    return _table()[1]


def explain(name: str) -> list[Explanation]:
    """Every entry named `name`: a verdict, a reason, or both ("contradicted" is each)."""
    v, r = _table()
    return [e for e in (v.get(name), r.get(name)) if e is not None]


def rule_help(verdict: str) -> tuple[str, str]:
    """A verdict's help as (plain text, Markdown), with the reasons that come with it."""
    v = verdicts()[verdict]
    members = [e for e in reasons().values() if e.verdict == verdict]
    text = [f"{v.means} What to do: {v.do}"]
    md = [f"{v.means}\n\n**What to do:** {v.do}"]
    if members:
        text.append("Reasons: " + " ".join(f"{e.name}: {e.means} {e.do}" for e in members))
        md.append("| reason | means | what to do |\n| --- | --- | --- |\n" + "\n".join(
            f"| `{e.name}` | {e.means} | {e.do} |" for e in members))
    return "\n\n".join(text), "\n\n".join(md)
