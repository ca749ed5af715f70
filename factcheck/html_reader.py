"""HTML page -> the article's own text, its title and metadata.

A news page is mostly not the article: navigation bars, sidebars of related stories, headers,
footers, cookie forms. Their numbers ("Top 10", "3 comments", "© 2016") must not become claims.
So only the main content is read: the text inside <article> elements when the page has any,
else inside <main>, else the whole body; and never inside nav, aside, header, footer, form,
script, style and other non-content elements. One pass over the page, whatever its shape.

Pages with neither <article> nor <main> are handed to trafilatura when it is installed
(`pip install 'numeric-factcheck[html]'`), which finds the main text of messy pages by their layout;
not a page with factcheck comments, which trafilatura would drop.
factcheck's comments (`<!-- factcheck: ... -->`) are kept in the text, where the article
reader turns them into accepts.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCKS = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section",
                    "article", "main", "blockquote", "figcaption", "title", "pre", "dd", "dt",
                    "table", "ul", "ol"})
SKIP = frozenset({"script", "style", "noscript", "template", "head", "nav", "aside", "header",
                  "footer", "form", "button", "select", "textarea", "svg", "iframe", "object",
                  "dialog", "menu"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
_FACTCHECK_COMMENT = re.compile(r"\s*factcheck:")


class _MainText(HTMLParser):
    """Text in three scopes at once (inside <article>, inside <main>, anywhere), so the choice
    between them is made at the end without reading the page twice."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scopes: dict[str, list[str]] = {"article": [], "main": [], "page": []}
        self.open: list[str] = []
        """Open elements that matter here (skipped, article, main), innermost last."""
        self.counts: dict[str, int] = {}
        """How many of each are open, so an end tag is looked up in constant time."""
        self.skipping = 0
        self.depth = {"article": 0, "main": 0}
        self.in_title = False
        self.title = ""
        self.meta: dict[str, str] = {}
        self.accept_comments = False

    def _emit(self, text: str) -> None:
        self.scopes["page"].append(text)
        for scope in ("article", "main"):
            if self.depth[scope]:
                self.scopes[scope].append(text)

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            attrs = dict(attrs)
            key = attrs.get("name") or attrs.get("property") or ""
            if key and attrs.get("content"):
                self.meta[key.lower()] = attrs["content"]
            return
        if tag in VOID:
            if tag == "br" and not self.skipping:
                self._emit("\n\n")
            return
        if tag == "title":
            self.in_title = True
        if tag in SKIP:
            self.skipping += 1
            self._push(tag)
        elif tag in self.depth and not self.skipping:
            self.depth[tag] += 1
            self._push(tag)
        if tag in BLOCKS and not self.skipping:
            self._emit("\n\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in BLOCKS and not self.skipping:
            self._emit("\n\n")
        if self.counts.get(tag):  # close it and anything left open inside it (sloppy markup)
            while self.open:
                top = self.open.pop()
                self.counts[top] -= 1
                if top in SKIP:
                    self.skipping -= 1
                else:
                    self.depth[top] -= 1
                if top == tag:
                    break

    def _push(self, tag: str) -> None:
        self.open.append(tag)
        self.counts[tag] = self.counts.get(tag, 0) + 1

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skipping:
            self._emit(data)

    def handle_comment(self, data):
        if not self.skipping and _FACTCHECK_COMMENT.match(data):
            self.accept_comments = True
            self._emit(f"\n<!--{' '.join(data.split())}-->\n")


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r" *\n[ \n]*\n *", "\n\n", text).strip()


def html_text(html: str) -> tuple[str, dict]:
    """The main text of a page (blocks separated by blank lines) and its title, date, locale, url."""
    parser = _MainText()
    parser.feed(html)
    # What is left is an unfinished comment, tag or declaration: as in a browser, it runs to the
    # end of the page. (HTMLParser.close() would rescan the rest once per character of it.)
    if len(parser.rawdata) > 4096:
        parser.rawdata = ""
    parser.close()
    scopes = parser.scopes
    chosen = next((scopes[s] for s in ("article", "main") if "".join(scopes[s]).strip()), None)
    text = _tidy("".join(chosen if chosen is not None else scopes["page"]))
    if chosen is None and not parser.accept_comments:  # trafilatura drops comments
        text = _trafilatura(html) or text
    meta = {"title": parser.title.strip() or None}
    for key, field in (("date", "date"), ("article:published_time", "date"),
                       ("locale", "locale"), ("og:url", "url"), ("url", "url")):
        if parser.meta.get(key) and not meta.get(field):
            meta[field] = parser.meta[key]
    return text, meta


def _trafilatura(html: str) -> str | None:
    """trafilatura's main text of a page without <article>/<main>, when it is installed."""
    try:
        import trafilatura
    except ImportError:
        return None
    text = trafilatura.extract(html, include_comments=False, include_tables=True,
                               favor_precision=True)
    return _tidy(text.replace("\n", "\n\n")) if text else None
