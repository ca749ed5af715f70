"""The HTML article report: one inert, self-contained file whose only code is our own script."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest

from factcheck.model import Verdict
from factcheck.writers.html import embed_json, http_url, render_report
from review_fixtures import (LINE_SEP, XSS_ALL, aleppo_report, empty_report, hostile_report,
                             overlapping_report, seed_report)

ACTIVE_ELEMENTS = {"img", "iframe", "object", "embed", "link", "base", "form", "frame", "svg",
                   "video", "audio", "source"}


class Page(HTMLParser):
    """The parts of a page these tests look at, as a browser's tokenizer sees them."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.styles: list[str] = []
        self.marks: list[dict] = []
        self.article_text = ""
        self._raw: str | None = None
        self._depth_text = 0
        self._skip_icon = 0
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in ("script", "style"):
            self._raw = ""
        if self._depth_text:
            self._depth_text += 1
            if tag == "span" and "icon" in (a.get("class") or "").split():
                self._skip_icon = self._depth_text
        elif tag == "div" and a.get("class") == "text":
            self._depth_text = 1
        if tag == "mark":
            self.marks.append(a)

    def handle_endtag(self, tag):
        if tag == "style":
            self.styles.append(self._raw)
        if tag in ("script", "style"):
            self._raw = None
        if self._depth_text:
            if self._skip_icon == self._depth_text:
                self._skip_icon = 0
            self._depth_text -= 1

    def handle_data(self, data):
        if self._raw is not None:
            self._raw += data
        elif self._depth_text and not self._skip_icon:
            self.article_text += data


def script_blocks(text: str) -> list[tuple[str, str]]:
    """(attributes, content) of each <script> element, split the way a browser splits them."""
    return re.findall(r"<script([^>]*)>(.*?)</script", text, re.DOTALL | re.IGNORECASE)


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@pytest.fixture(scope="module", params=["aleppo", "hostile", "overlap", "empty"])
def rendered(request):
    report = {"aleppo": aleppo_report, "hostile": hostile_report,
              "overlap": overlapping_report, "empty": empty_report}[request.param]()
    return report, render_report(report)


def test_only_two_scripts_our_code_and_inert_json(rendered):
    _, text = rendered
    blocks = script_blocks(text)
    assert len(blocks) == 2
    assert 'type="application/json"' in blocks[0][0]
    assert blocks[1][0] == ""


def test_no_active_or_external_content(rendered):
    _, text = rendered
    page = Page(text)
    for tag, attrs in page.tags:
        assert tag not in ACTIVE_ELEMENTS, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "src" not in attrs and "style" not in attrs
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("#", "https://", "http://")), href
    assert "url(" not in "".join(page.styles) and "@import" not in "".join(page.styles)


def test_csp_allows_exactly_the_inline_style_and_script(rendered):
    _, text = rendered
    page = Page(text)
    metas = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") ==
             "Content-Security-Policy"]
    assert len(metas) == 1
    policy = dict(d.strip().split(" ", 1) for d in metas[0]["content"].split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["style-src"] == sha256(page.styles[0])
    code = script_blocks(text)[1][1]
    assert policy["script-src"] == sha256(code)
    assert "unsafe" not in metas[0]["content"]
    # The policy comes before anything it governs.
    assert text.index("Content-Security-Policy") < text.index("<style>")


def test_embedded_json_is_complete_and_escaped(rendered):
    report, text = rendered
    content = script_blocks(text)[0][1]
    assert not re.search("[<>&\u2028\u2029]", content)
    data = json.loads(content)
    assert len(data["findings"]) == len(report.findings)
    assert data["article"]["id"] == report.article.id
    assert [f["claim"]["mention"]["text"] for f in data["findings"]] == \
        [f.claim.text for f in report.findings]


def test_article_text_shows_verbatim(rendered):
    report, text = rendered
    expected = report.article.text.replace(LINE_SEP, "\n").replace("\u2029", "\n\n")
    assert Page(text).article_text == expected


def test_each_claim_is_highlighted_in_its_verdict_colour_with_a_label():
    report = aleppo_report()
    page = Page(render_report(report))
    assert len(page.marks) == 4
    for mark in page.marks:
        finding = report.findings[int(mark["data-finding"])]
        assert f"v-{finding.verdict.value}" in mark["class"].split()
        assert mark["aria-label"].lower().startswith(finding.verdict.value)
        assert mark["tabindex"] == "0" and mark["role"] == "button"


def test_counts_and_metadata_in_header():
    text = render_report(aleppo_report())
    for v in Verdict:
        assert re.search(rf'class="badge v-{v.value}"><span class="n">1</span>', text)
    assert '<a href="https://example.org/news/aleppo-pause" rel="noopener noreferrer">' in text
    assert "2016-10-18" in text and "Reference data ends in 2023." in text


def test_hostile_strings_never_appear_raw():
    text = render_report(hostile_report())
    page = Page(text)
    assert [t for t, _ in page.tags].count("script") == 2
    assert "<img" not in text and "<script>alert" not in text
    assert "javascript:" not in "".join(a.get("href", "") for _, a in page.tags)
    data = json.loads(script_blocks(text)[0][1])
    assert data["findings"][0]["evidence"][0]["facts"][0]["notes"] == XSS_ALL
    assert 'lang="en' not in text.split("<body>")[1]  # a bogus locale is not an attribute


def test_overlapping_and_out_of_range_claims_are_skipped_not_broken():
    report = overlapping_report()
    page = Page(render_report(report))
    assert [m["data-finding"] for m in page.marks] == ["0", "3"]
    assert page.article_text == report.article.text
    assert render_report(report).count("not located in the text") == 2


def test_output_is_deterministic():
    assert render_report(aleppo_report()) == render_report(aleppo_report())


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/x", True), ("HTTP://EXAMPLE.ORG", True),
    ("javascript:alert(1)", False), (" https://x.org", False), ("data:text/html,x", False),
    ("//evil.example", False), ("https://x.org/a b", False), (None, False), ("", False),
], ids=repr)
def test_http_url(url, ok):
    assert (http_url(url) is not None) is ok


def test_embed_json_round_trips():
    value = {"s": "</script><!-- \u2028\u2029 & <b>", "n": [1, "ü"]}
    text = embed_json(value)
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text) == value


def test_real_report_of_the_seed_article(reference):
    seed = seed_report(reference)
    text = render_report(seed)
    page = Page(text)
    assert len(page.marks) == len(seed.findings) > 0
    assert page.article_text == seed.article.text
    assert "Syria: Assad government" in text
