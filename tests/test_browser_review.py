"""The review page's reading aids in a real browser (headless Debian Chromium through Selenium),
with a screenshot of each kept in tests/artifacts/screenshots/ (or $FACTCHECK_ARTIFACTS) for a
person, or a CI job's artefact upload, to look at. Skipped as test_browser.py is, without
Chromium, chromedriver or selenium."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest

from factcheck.model import Article, Bound, Finding, Kind, Report, TimeScope, Verdict
from factcheck.writers.html import render_report
from factcheck.writers.index import write_index
from review_fixtures import aleppo_report, claim, evidence, fact, mention
from test_browser import browser, by_css, open_page  # noqa: F401  (browser is a fixture)

ARTIFACTS = Path(os.environ.get("FACTCHECK_ARTIFACTS")
                 or Path(__file__).parent / "artifacts") / "screenshots"
FILLER = ("Residents described the night as the quietest in weeks, though few believed it "
          "would last and many stayed indoors.\n\n")
LONG = ("---\ntitle: Aleppo after the pause\ndate: 2016-10-18\nlocale: en_US\n---\n"
        "# Aleppo after the pause\n\n" + FILLER * 14
        + "Five people died in the village of Kafr Hamra on Sunday.\n\n" + FILLER * 10
        + "More than 900,000 people have died in the Syrian civil war.\n\n" + FILLER * 20
        + "The war has gone on for about six years.\n\n" + FILLER * 5)


def shot(driver, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 1000
    return path


def long_report():
    """A long article (so that claims are far apart) with a claim of three verdicts, built by
    hand so that the page is tested, not the checker."""
    text = LONG.split("---\n", 2)[2]
    m_village = mention(text, "Five", Kind.COUNT, 5)
    m_deaths = mention(text, "More than 900,000", Kind.COUNT, 900000, bound=Bound.LOWER)
    m_years = mention(text, "about six years", Kind.DURATION, 6, unit="year", bound=Bound.APPROX)
    when = TimeScope(at=dt.date(2016, 10, 18))
    toll = fact("syr-deaths", "syrian-civil-war", "deaths", 301781, "2016-09-13",
                "Syrian Observatory for Human Rights", "https://example.org/sohr")
    start = fact("syr-war", "syrian-civil-war", "duration", 5.6, "2016-10-18", "Reuters",
                 "https://example.org/reuters")
    findings = (
        Finding(claim(text, m_village, "deaths", None, time=when), Verdict.UNVERIFIABLE,
                "No reference subject found.", (), reason="no-subject"),
        Finding(claim(text, m_deaths, "deaths", "syrian-civil-war", subject_text="Syrian civil war",
                      time=when), Verdict.CONTRADICTED,
                "At least 900,000 claimed; the reference gives 301,781.",
                (evidence(toll, "deaths in the Syrian civil war"),), reason="contradicted"),
        Finding(claim(text, m_years, "duration", "syrian-civil-war", time=when),
                Verdict.SUPPORTED, "About six years; the war has lasted 5.6 years.",
                (evidence(start, "length of the war"),), reason="supported"),
    )
    article = Article(id="aleppo-after", text=text, title="Aleppo after the pause",
                      date=dt.date(2016, 10, 18), locale="en_US", path="long.md", line_offset=5)
    return Report(article, tuple(f.claim.mention for f in findings),
                  tuple(f.claim for f in findings), findings)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review")
    (folder / "long.html").write_text(render_report(long_report()), "utf-8")
    return folder


@pytest.fixture
def size(browser):
    def resize(width, height):
        import time
        for _ in range(5):  # a busy machine may apply the new size a moment later
            browser.set_window_size(width, height)
            inner = browser.execute_script("return window.innerWidth")
            if abs(inner - width) < 40:  # window chrome is small in headless mode
                return
            time.sleep(0.5)
        pytest.skip(f"the browser did not resize to {width}x{height} (inner width {inner})")
    yield resize
    browser.set_window_size(1280, 1000)


def rect(driver, element):
    return driver.execute_script("var r = arguments[0].getBoundingClientRect();"
                                 "return {top: r.top, bottom: r.bottom, left: r.left,"
                                 " right: r.right};", element)


def viewport(driver):
    return driver.execute_script("return {w: window.innerWidth, h: window.innerHeight}")


def detail_text(driver):
    return driver.find_element("id", "detail").text


def test_first_discrepancy_is_shown_on_load(browser, pages, size):
    size(1280, 1000)
    open_page(browser, pages / "long.html")
    assert "“More than 900,000”" in detail_text(browser)
    assert browser.execute_script("return location.hash") == ""  # shown, not navigated to
    detail, text = browser.find_element("id", "detail"), by_css(browser, ".article .text")[0]
    assert rect(browser, detail)["left"] >= rect(browser, text)["right"]  # beside the text
    shot(browser, "report-wide-first-discrepancy")


def test_narrow_pane_sits_over_the_text_and_keys_move_to_the_claim(browser, pages, size):
    from selenium.webdriver.common.keys import Keys
    size(800, 700)
    open_page(browser, pages / "long.html")
    view = viewport(browser)
    detail = browser.find_element("id", "detail")

    def pane_in_view():
        r = rect(browser, detail)
        assert 0 <= r["top"] < r["bottom"] <= view["h"] + 1, r
        return r

    pane_in_view()
    assert browser.execute_script("return window.scrollY") == 0
    browser.find_element("tag name", "body").send_keys("n")
    mark = browser.switch_to.active_element
    assert mark.get_attribute("id") == "claim-1" and "900,000" in mark.text
    pane = pane_in_view()
    claim = rect(browser, mark)
    assert 0 <= claim["top"] and claim["bottom"] <= pane["top"], (claim, pane)  # not covered
    assert browser.execute_script("return window.scrollY") > 0  # it moved there
    shot(browser, "report-narrow-n")
    # Enter on another claim shows it, in view.
    browser.execute_script("document.getElementById('claim-2').focus();"
                           "document.getElementById('claim-2').scrollIntoView({block: 'center'})")
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    assert "about six years" in detail_text(browser)
    pane_in_view()
    shot(browser, "report-narrow-enter")


@pytest.mark.parametrize("width, height", [(1280, 800), (800, 700), (390, 700)])
def test_subject_and_time_are_above_the_fold(browser, pages, size, width, height):
    size(width, height)
    open_page(browser, pages / "long.html")
    detail = browser.find_element("id", "detail")
    pane = rect(browser, detail)
    view = viewport(browser)
    checked = by_css(browser, "#detail dl.checked")[0]
    text = checked.text
    assert "syrian-civil-war" in text and "2016-10-18" in text
    box = rect(browser, checked)
    assert box["bottom"] <= min(pane["bottom"], view["h"]) and box["top"] >= max(pane["top"], 0)
    assert browser.execute_script("return arguments[0].scrollTop", detail) == 0
    shot(browser, f"report-fold-{width}x{height}")


def colour(driver, element, prop):
    return driver.execute_script("return getComputedStyle(arguments[0])[arguments[1]]",
                                 element, prop)


def test_zero_counts_are_not_red(browser, pages, size):
    size(1280, 1000)
    open_page(browser, pages / "long.html")
    zero = by_css(browser, ".top .badge.v-imprecise")[0]
    assert zero.text.startswith("0") and "zero" in zero.get_attribute("class")
    red = by_css(browser, ".top .badge.v-contradicted")[0]
    assert not red.text.startswith("0")
    muted = colour(browser, by_css(browser, ".top .keys")[0], "color")
    assert colour(browser, zero, "color") == muted
    assert colour(browser, zero, "backgroundColor") == colour(browser, by_css(browser, "body")[0],
                                                              "backgroundColor")
    assert colour(browser, red, "color") != muted  # a count that matters keeps its colour


def test_filter_hides_unverifiable_claims(browser, pages, size):
    size(1280, 1000)
    open_page(browser, pages / "long.html")
    unverifiable = by_css(browser, "mark.v-unverifiable")[0]
    contradicted = by_css(browser, "mark.v-contradicted")[0]
    before = colour(browser, unverifiable, "backgroundColor")
    rows = by_css(browser, "tr.v-unverifiable")
    assert rows and all(r.is_displayed() for r in rows)
    browser.find_element("id", "hide-unverifiable").click()
    assert colour(browser, unverifiable, "backgroundColor") != before
    assert colour(browser, unverifiable, "backgroundColor") in ("rgba(0, 0, 0, 0)", "transparent")
    assert not any(r.is_displayed() for r in by_css(browser, "tr.v-unverifiable"))
    assert unverifiable.get_attribute("tabindex") == "-1"
    assert colour(browser, contradicted, "backgroundColor") not in ("rgba(0, 0, 0, 0)",)
    assert "Five people died" in by_css(browser, ".article .text")[0].text  # text stays
    shot(browser, "report-hide-unverifiable")
    browser.find_element("id", "hide-unverifiable").click()
    assert all(r.is_displayed() for r in by_css(browser, "tr.v-unverifiable"))


def test_index_chart_orders_articles_by_severity(browser, tmp_path, size):
    size(1280, 1000)
    from test_index import write_severity_run
    write_severity_run(tmp_path, ("one-contradicted", "imprecise", "two-contradicted"))
    write_index(tmp_path)
    open_page(browser, tmp_path / "index.html")
    labels = [t.text for t in by_css(browser, ".chart svg text.label")]
    assert labels == ["two-contradicted", "one-contradicted", "imprecise"], labels
    shot(browser, "index-chart-by-severity")


def test_accepted_finding_shows_its_reason(browser, tmp_path, size):
    from factcheck.model import Accept
    size(1280, 1000)
    base = long_report()
    accept = Accept(("deaths",), "province toll, checked 2016-10-20", line=0, where="line 40")
    report = dataclasses.replace(base, findings=tuple(
        dataclasses.replace(f, accepted=accept) if f.verdict is Verdict.CONTRADICTED else f
        for f in base.findings))
    page = tmp_path / "accepted.html"
    page.write_text(render_report(report), "utf-8")
    open_page(browser, page)
    assert "Click a highlighted number" in detail_text(browser)  # nothing left to act on
    browser.find_element("tag name", "body").send_keys("n")
    assert "No discrepancies" in by_css(browser, ".status")[0].text
    by_css(browser, "#claim-1")[0].click()
    assert "province toll, checked 2016-10-20 (line 40)" in detail_text(browser)
    row = by_css(browser, "tr.v-contradicted")[0]
    assert "Accepted: province toll" in row.text
    shot(browser, "report-accepted")
