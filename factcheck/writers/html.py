"""One article's findings as a single self-contained HTML page.

The page opens from disk with no network: CSS and JS are inline, allowed by a Content-Security-
Policy that names their SHA-256 hashes and nothing else. The page is a Jinja2 template
(writers/templates/report.html.j2) with autoescaping on, so every string from the article or the
reference data is escaped unless marked safe, and only our own CSS, JS and embedded JSON are. The
data the script needs travels as inert JSON, which the script turns into DOM nodes with
`textContent` only. The run index (index.py, index.html.j2) shares the page frame, the badge
macro, the policy and the template environment.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import lru_cache
from importlib import resources

from ..display import visible
from ..model import Finding, Report, Verdict
from ..serialize import article_to_dict, finding_to_dict
from ..formatting import claimed, fact_value, mention_value, reference_value, time_scope

# Worst first. The icon and the word carry the verdict for readers who cannot tell the colours.
VERDICT_ORDER = (Verdict.CONTRADICTED, Verdict.IMPRECISE, Verdict.UNVERIFIABLE, Verdict.SUPPORTED)
VERDICT_LABEL = {Verdict.CONTRADICTED: ("✗", "Contradicted"), Verdict.IMPRECISE: ("≈", "Imprecise"),
                 Verdict.UNVERIFIABLE: ("?", "Unverifiable"), Verdict.SUPPORTED: ("✓", "Supported")}
DISCREPANCIES = frozenset({Verdict.CONTRADICTED, Verdict.IMPRECISE})

_HTTP = re.compile(r"https?://\S+\Z", re.IGNORECASE)
_JSON_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                "\u2028": "\\u2028", "\u2029": "\\u2029",
                # bidi controls: the same JSON, with no raw override anywhere in the page
                **{chr(c): f"\\u{c:04x}" for c in (*range(0x202a, 0x202f), *range(0x2066, 0x206a))}}
_LANG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*\Z")


def http_url(url: str | None) -> str | None:
    """The URL when it is http(s) and so safe to link; anything else is shown as text only.

    >>> http_url("javascript:alert(1)") is None
    True
    """
    return url if url and _HTTP.match(url) else None


def embed_json(data: object) -> str:
    r"""JSON that can sit inside a <script> element: no `</script>`, no line separators.

    >>> embed_json({"a": "</script>\u2028&"})
    '{"a": "\\u003c/script\\u003e\\u2028\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return re.sub("[<>&\u2028\u2029\u202a-\u202e\u2066-\u2069]",
                  lambda m: _JSON_UNSAFE[m.group()], text)


def asset(name: str) -> str:
    """The text of a CSS or JS file shipped beside this module."""
    return resources.files(__package__).joinpath("assets", name).read_text("utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def policy(css: str, js: str) -> str:
    """The Content-Security-Policy that allows exactly this CSS and this JS, and nothing else."""
    return (f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(js)}; "
            "img-src 'none'; base-uri 'none'; form-action 'none'")


def render_report(report: Report) -> str:
    """The HTML page for one article: its text with claims highlighted, and their findings."""
    from markupsafe import Markup
    a = report.article
    spans = _spans(report)
    data = {
        "article": article_to_dict(a),
        "findings": [finding_to_dict(f) for f in report.findings],
        "display": [_display(f) for f in report.findings],
        "verdicts": {v.value: {"icon": VERDICT_LABEL[v][0], "label": VERDICT_LABEL[v][1]}
                     for v in Verdict},
        "discrepancies": sorted(v.value for v in DISCREPANCIES),
    }
    css, js = asset("common.css") + asset("report.css"), asset("report.js")
    lang = a.locale.replace("_", "-") if a.locale and _LANG.match(a.locale) else None
    return template("report.html.j2").render(
        title=f"Fact-check: {a.title or a.id}", csp=policy(css, js),
        css=Markup(css), js=Markup(js), data_json=Markup(embed_json(data)),
        article={"heading": a.title or a.id, "href": http_url(a.url)},
        meta=[(k, v, kind) for k, v, kind in (
            ("Article", a.id, "text"),
            ("Published", a.date.isoformat() if a.date else "date unknown", "text"),
            ("Locale", a.locale, "text"), ("Source", a.url, "link"), ("File", a.path, "text"))
            if v],
        verdicts=[_verdict(v) for v in VERDICT_ORDER], counts=report.counts(),
        notes=report.notes, lang=lang, parts=_parts(report, spans),
        findings=[{"verdict": _verdict(f.verdict), "text": f.claim.text, "located": i in spans,
                   "measure": f.claim.measure, "subject": f.claim.subject,
                   "refs": [reference_value(e, f.claim) for e in f.evidence],
                   "explanation": f.explanation, "why": _why(f),
                   "accepted": f.accepted.reason if f.accepted else None}
                  for i, f in enumerate(report.findings)])


@lru_cache(maxsize=None)
def template(name: str):
    """A template from writers/templates, autoescaped: nothing reaches the page unescaped
    unless the writer marks it safe (our own CSS, JS and embedded JSON only)."""
    import jinja2
    env = jinja2.Environment(loader=jinja2.PackageLoader("factcheck.writers", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=True, finalize=shown)
    return env.get_template(name)


def shown(value):
    """Every value a template prints passes through here, before autoescaping: the one place to
    change how input text is displayed: control and bidi-override characters as visible escapes.
    (Markup, our own safe text, is a str subclass and passes unchanged.)"""
    if value.__class__ is str:
        return visible(value)
    return "" if value is None else value


def _verdict(v: Verdict) -> dict:
    icon, label = VERDICT_LABEL[v]
    return {"value": v.value, "icon": icon, "label": label}


def _parts(report: Report, spans: dict[int, int]) -> list[dict]:
    """The article text cut into plain runs and highlighted claims, in order."""
    text = report.article.text
    parts, pos = [], 0
    for i in sorted(spans, key=spans.get):
        m = report.findings[i].claim.mention
        parts.append({"text": _text(text[pos:m.start]), "mark": None})
        parts.append({"text": text[m.start:m.end], "mark": i})
        pos = m.end
    parts.append({"text": _text(text[pos:]), "mark": None})
    return parts


def _display(f: Finding) -> dict:
    """The finding's values as the page shows them, formatted once, here, for the script."""
    return {"value": mention_value(f.claim.mention), "claimed": claimed(f.claim),
            "time": time_scope(f.claim.time),
            "evidence": [{"value": reference_value(e, f.claim),
                          "facts": [fact_value(fact) for fact in e.facts]} for e in f.evidence]}


def _spans(report: Report) -> dict[int, int]:
    """Finding index -> start offset for claims that can be highlighted; the rest are skipped.

    A claim is skipped when its offsets fall outside the text or overlap an earlier claim.
    """
    n = len(report.article.text)
    order = sorted(range(len(report.findings)),
                   key=lambda i: (report.findings[i].claim.mention.start, i))
    spans: dict[int, int] = {}
    last_end = 0
    for i in order:
        m = report.findings[i].claim.mention
        if 0 <= m.start < m.end <= n and m.start >= last_end:
            spans[i] = m.start
            last_end = m.end
    return spans


def _text(text: str) -> str:
    """Article text for a pre-wrap block, Unicode line separators as line breaks (the template
    escapes it)."""
    return text.replace("\u2028", "\n").replace("\u2029", "\n\n")


def _why(f: Finding) -> str:
    """Which words gave the measure, subject and time, and the tolerance applied: a wrong
    attachment shows at a glance (plain text; the template escapes it)."""
    c = f.claim
    parts = [f"measure from “{c.measure_text}”" if c.measure_text else "",
             f"subject from “{c.subject_text}”" if c.subject_text else "",
             f"time {time_scope(c.time)}",
             f"tolerance {f.tolerance}" if f.tolerance else ""]
    return "; ".join(p for p in parts if p)
