"""HTML articles: the main content only, never the page's navigation, sidebars or forms."""

import sys
import time
import types

import pytest

from factcheck.articles import read_article
from factcheck.html_reader import html_text

PAGE = """<!DOCTYPE html><html><head><title>Aleppo pause</title>
<meta name="date" content="2016-10-18"><script>var views = 12345;</script></head>
<body>
<header><nav><a href="/">Home</a> <a href="/top">Top 10 stories</a></nav></header>
<aside><h2>Most read</h2><ol><li>5 things to know</li></ol></aside>
<main>
  <div class="share">Shared 2,400 times</div>
  <article>
    <header><p class="byline">By a correspondent, 3 hours ago</p></header>
    <h1>Aleppo pause</h1>
    <p>More than 3,00,000 people have died in the six-year-long civil war.</p>
    <figure><figcaption>Aleppo, 2016</figcaption></figure>
    <form><label>Subscribe for 1 euro</label><input name="email"></form>
    <footer>Comments (37)</footer>
  </article>
</main>
<footer>&copy; 2016 News Ltd. 12 Main Street</footer>
</body></html>"""


def test_reads_only_the_article():
    text, meta = html_text(PAGE)
    assert "More than 3,00,000 people have died" in text and "Aleppo pause" in text
    for noise in ("Top 10", "Most read", "5 things", "2,400", "3 hours", "1 euro", "(37)",
                  "2016 News", "12345"):
        assert noise not in text, noise
    assert meta["title"] == "Aleppo pause" and meta["date"] == "2016-10-18"


@pytest.fixture
def builtin_only(monkeypatch):
    """Pages without <article>/<main> read by the built-in reader even where trafilatura is
    installed, so these tests mean the same on every machine."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)


def test_main_without_article_and_page_without_either(builtin_only):
    text, _ = html_text("<body><nav>Top 10</nav><main><p>Five people died.</p></main>"
                        "<p>Outside 99</p></body>")
    assert text == "Five people died."
    text, _ = html_text("<body><nav>Top 10</nav><p>Five people died.</p><footer>2016</footer>"
                        "</body>")
    assert text == "Five people died."


def test_sloppy_markup_closes_what_it_opened(builtin_only):
    text, _ = html_text("<body><aside><p>Sidebar 7</aside><p>Two died.</p>"
                        "<nav><div>Top 10</nav><p>Three fled.</body>")
    assert text == "Two died.\n\nThree fled."


def test_factcheck_comments_are_kept_as_accepts(tmp_path):
    path = tmp_path / "a.html"
    path.write_text('<html><head><title>T</title><meta name="date" content="2016-10-18"></head>'
                    '<body><article><!-- factcheck: accept deaths "reviewed" -->'
                    "<p>More than 3,00,000 people have died in the Syrian civil war.</p>"
                    "<!-- an ordinary comment 42 --></article></body></html>", encoding="utf-8")
    article = read_article(str(path))
    assert [a.reason for a in article.accepts] == ["reviewed"]
    assert "42" not in article.text and "reviewed" not in article.text


def test_linear_in_deeply_nested_hostile_markup(builtin_only):
    n = 20_000
    hostile = "<nav>" * n + "</article>" * n + "<p>Two died.</p>" + "</nav>" * n
    start = time.perf_counter()
    html_text(hostile)
    small = time.perf_counter() - start
    start = time.perf_counter()
    html_text(hostile * 4)
    assert time.perf_counter() - start < 4 * small * 3 + 0.5  # roughly linear, never quadratic


def test_trafilatura_reads_pages_without_article_or_main(monkeypatch):
    fake = types.SimpleNamespace(extract=lambda html, **kw: "Five people died.\nTwo fled.")
    monkeypatch.setitem(sys.modules, "trafilatura", fake)
    text, _ = html_text("<body><div>Top 10</div><div>Five people died. Two fled.</div></body>")
    assert text == "Five people died.\n\nTwo fled."
    # A page with factcheck comments keeps them: the built-in reader reads it.
    text, _ = html_text('<body><div>Five died.<!-- factcheck: accept deaths "x" --></div></body>')
    assert "factcheck: accept" in text
    # A page with <article> never needs it.
    text, _ = html_text("<body><div>Top 10</div><article>Five people died.</article></body>")
    assert text == "Five people died."


def test_real_trafilatura():
    try:
        import trafilatura  # noqa: F401
    except ImportError as exc:  # not installed, or installed without a working lxml cleaner
        pytest.skip(f"trafilatura is not usable here: {exc}")
    page = ("<html><body><div id='menu'><a href='/'>Home</a><a>Top 10</a></div>"
            "<div class='content'>" + "<p>More than 3,00,000 people have died in the war. "
            "The fighting has gone on for six years and many have fled.</p>" * 5
            + "</div></body></html>")
    text, _ = html_text(page)
    assert "3,00,000" in text
