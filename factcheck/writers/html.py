"""One article's findings as a single self-contained HTML page.

The page opens from disk with no network: CSS and JS are inline, allowed by a Content-Security-
Policy that names their SHA-256 hashes and nothing else. Every string from the article or the
reference data is escaped here, and the data the script needs travels as inert JSON, which the
script turns into DOM nodes with `textContent` only.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib import resources

from ..model import Finding, Report, Verdict
from ..serialize import article_to_dict, finding_to_dict
from ..formatting import claimed, fact_value, mention_value, reference_value, time_scope

# Worst first. The icon and the word carry the verdict for readers who cannot tell the colours.
VERDICT_ORDER = (Verdict.CONTRADICTED, Verdict.IMPRECISE, Verdict.UNVERIFIABLE, Verdict.SUPPORTED)
VERDICT_LABEL = {Verdict.CONTRADICTED: ("✗", "Contradicted"), Verdict.IMPRECISE: ("≈", "Imprecise"),
                 Verdict.UNVERIFIABLE: ("?", "Unverifiable"), Verdict.SUPPORTED: ("✓", "Supported")}
DISCREPANCIES = frozenset({Verdict.CONTRADICTED, Verdict.IMPRECISE})

NONE = '<span class="muted">—</span>'
_HTTP = re.compile(r"https?://\S+\Z", re.IGNORECASE)
_JSON_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                "\u2028": "\\u2028", "\u2029": "\\u2029"}
_LANG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*\Z")


def escape(text: object) -> str:
    """Text safe in HTML content and in quoted attributes.

    >>> escape('"><img src=x>')
    '&quot;&gt;&lt;img src=x&gt;'
    """
    return "" if text is None else html.escape(str(text), quote=True)


def http_url(url: str | None) -> str | None:
    """The URL when it is http(s) and so safe to link; anything else is shown as text only.

    >>> http_url("javascript:alert(1)") is None
    True
    """
    return url if url and _HTTP.match(url) else None


def link(label: object, url: str | None) -> str:
    """A link when the URL is http(s); otherwise the label (and URL) as escaped text."""
    href = http_url(url)
    if href:
        return f'<a href="{escape(href)}" rel="noopener noreferrer">{escape(label or url)}</a>'
    if url and label and label != url:
        return f'{escape(label)} <span class="url">({escape(url)})</span>'
    return escape(label or url)


def embed_json(data: object) -> str:
    r"""JSON that can sit inside a <script> element: no `</script>`, no line separators.

    >>> embed_json({"a": "</script>\u2028&"})
    '{"a": "\\u003c/script\\u003e\\u2028\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_UNSAFE[m.group()], text)


def asset(name: str) -> str:
    """The text of a CSS or JS file shipped beside this module."""
    return resources.files(__package__).joinpath("assets", name).read_text("utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def page(title: str, body: str, *, css: str, js: str, data: object) -> str:
    """A whole HTML document whose only active content is the given inline CSS and JS."""
    return page_open(title, css=css, js=js) + body + "\n" + page_close(js=js, data=data)


def page_open(title: str, *, css: str, js: str) -> str:
    """The start of a page, up to its body: for writers that stream the body (the run index)."""
    csp = (f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(js)}; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
    )


def page_close(*, js: str, data: object) -> str:
    """The end of a page: its data block and its one script."""
    return (f'<script type="application/json" id="factcheck-data">{embed_json(data)}</script>\n'
            f"<script>{js}</script>\n</body>\n</html>\n")


def verdict_badge(v: Verdict, count: int | None = None) -> str:
    icon, label = VERDICT_LABEL[v]
    n = "" if count is None else f'<span class="n">{count}</span> '
    return (f'<span class="badge v-{v.value}">{n}<span class="icon" aria-hidden="true">{icon}'
            f"</span> {label}</span>")


def render_report(report: Report) -> str:
    """The HTML page for one article: its text with claims highlighted, and their findings."""
    a = report.article
    title = f"Fact-check: {a.title or a.id}"
    spans = _spans(report)
    body = "\n".join([
        _header(report),
        '<main class="layout"><div class="main-column">',
        _article_text(report, spans),
        _findings_table(report, spans),
        "</div>",
        '<aside id="detail" class="detail" aria-live="polite" tabindex="-1">'
        '<h2>Finding</h2><p class="hint">Click a highlighted number, or move to it with Tab '
        'and press Enter, to see what it was checked against.</p></aside>',
        "</main>",
    ])
    data = {
        "article": article_to_dict(a),
        "findings": [finding_to_dict(f) for f in report.findings],
        "display": [_display(f) for f in report.findings],
        "verdicts": {v.value: {"icon": VERDICT_LABEL[v][0], "label": VERDICT_LABEL[v][1]}
                     for v in Verdict},
        "discrepancies": sorted(v.value for v in DISCREPANCIES),
    }
    css = asset("common.css") + asset("report.css")
    return page(title, body, css=css, js=asset("report.js"), data=data)


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


def _header(report: Report) -> str:
    a = report.article
    meta = [("Article", escape(a.id)),
            ("Published", escape(a.date.isoformat()) if a.date else "date unknown"),
            ("Locale", escape(a.locale) if a.locale else None),
            ("Source", link(a.url, a.url) if a.url else None),
            ("File", escape(a.path) if a.path else None)]
    rows = "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in meta if v)
    counts = report.counts()
    badges = " ".join(verdict_badge(v, counts[v.value]) for v in VERDICT_ORDER)
    notes = "".join(f"<li>{escape(n)}</li>" for n in report.notes)
    return (
        '<header class="top">'
        f"<h1>{escape(a.title or a.id)}</h1>"
        f'<dl class="meta">{rows}</dl>'
        f'<p class="summary"><span class="total">{len(report.findings)} claims checked</span> '
        f"{badges}</p>"
        + (f'<ul class="notes">{notes}</ul>' if notes else "")
        + '<p class="keys">Keys: <kbd>n</kbd>/<kbd>j</kbd> next discrepancy, '
        '<kbd>p</kbd>/<kbd>k</kbd> previous; <kbd>Enter</kbd> shows the focused claim.</p>'
        "</header>"
    )


def _article_text(report: Report, spans: dict[int, int]) -> str:
    text = report.article.text
    lang = report.article.locale
    lang_attr = f' lang="{escape(lang.replace("_", "-"))}"' if lang and _LANG.match(lang) else ""
    parts: list[str] = []
    pos = 0
    for i in sorted(spans, key=spans.get):
        f = report.findings[i]
        m = f.claim.mention
        parts.append(_text(text[pos:m.start]))
        parts.append(_mark(i, f, text[m.start:m.end]))
        pos = m.end
    parts.append(_text(text[pos:]))
    return (f'<section class="article" aria-label="Article text"><h2>Article</h2>'
            f'<div class="text"{lang_attr}>{"".join(parts)}</div></section>')


def _text(text: str) -> str:
    """Article text for a pre-wrap block: escaped, with Unicode line separators as line breaks."""
    return escape(text).replace("\u2028", "\n").replace("\u2029", "\n\n")


def _mark(i: int, f: Finding, surface: str) -> str:
    icon, label = VERDICT_LABEL[f.verdict]
    return (f'<mark id="claim-{i}" class="claim v-{f.verdict.value}" data-finding="{i}" '
            f'tabindex="0" role="button" aria-controls="detail" '
            f'aria-label="{escape(label)} claim: {escape(surface)}" title="{escape(label)}">'
            f'{escape(surface)}<span class="icon" aria-hidden="true">{icon}</span></mark>')


def _why(f: Finding) -> str:
    """Which words gave the measure, subject and time, and the tolerance applied: a wrong
    attachment shows at a glance."""
    c = f.claim
    parts = [f"measure from “{escape(c.measure_text)}”" if c.measure_text else "",
             f"subject from “{escape(c.subject_text)}”" if c.subject_text else "",
             f"time {escape(time_scope(c.time))}",
             f"tolerance {escape(f.tolerance)}" if f.tolerance else ""]
    return f'<br><span class="muted why">{"; ".join(p for p in parts if p)}</span>'


def _findings_table(report: Report, spans: dict[int, int]) -> str:
    if not report.findings:
        return '<section class="all"><h2>All findings</h2><p>No checkable claims were found in ' \
               "this article.</p></section>"
    rows = []
    for i, f in enumerate(report.findings):
        c = f.claim
        quote = escape(c.text)
        claim_cell = (f'<a href="#claim-{i}" data-finding="{i}">“{quote}”</a>' if i in spans
                      else f'“{quote}” <span class="muted">(not located in the text)</span>')
        refs = "; ".join(escape(reference_value(e, c)) for e in f.evidence) or NONE
        rows.append(
            f'<tr class="v-{f.verdict.value}"><td>{verdict_badge(f.verdict)}</td>'
            f"<td>{claim_cell}</td><td>{escape(c.measure)}</td>"
            f"<td>{escape(c.subject) if c.subject else NONE}</td>"
            f"<td>{refs}</td><td>{escape(f.explanation)}{_why(f)}"
            + (f' <span class="accepted">Accepted: {escape(f.accepted.reason)}</span>'
               if f.accepted else "") + "</td></tr>")
    return (
        '<section class="all"><h2>All findings</h2><table class="grid findings"><thead><tr>'
        "<th>Verdict</th><th>Claim</th><th>Measure</th><th>Subject</th><th>Reference</th>"
        f"<th>Explanation</th></tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )
