"""The review pages in a real browser: headless Chromium from Debian, driven by Selenium.

Skipped, with the missing piece named, when /usr/bin/chromium, /usr/bin/chromedriver or the
selenium package is not installed (`apt-get install chromium chromium-driver`,
`pip install selenium`). No browser or driver is ever downloaded.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from factcheck.serialize import report_to_dict
from factcheck.writers.index import write_index
from review_fixtures import aleppo_report, empty_report, hostile_report, overlapping_report

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--window-size=1280,1000")
# Runs before any script of the page: records dialogs instead of showing them.
HOOK = """
window.__dialogs = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = function (message) { window.__dialogs.push(name + ":" + message); };
}
"""


def missing_piece() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    if not CHROMEDRIVER.exists():
        return f"{CHROMEDRIVER} is missing (apt-get install chromium-driver)"
    if importlib.util.find_spec("selenium") is None:
        return "the selenium package is missing (pip install selenium)"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    why = missing_piece()
    if why:
        pytest.skip(f"browser tests need headless Chromium: {why}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.set_capability("unhandledPromptBehavior", "ignore")
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    """A run folder as `factcheck validate` leaves it: JSON and HTML reports, summary, index."""
    folder = tmp_path_factory.mktemp("run")
    reports = {"aleppo": aleppo_report(), "hostile": hostile_report(), "quiet": empty_report(),
               "overlap": overlapping_report()}
    for slug, report in reports.items():
        (folder / f"{slug}.json").write_text(json.dumps(report_to_dict(report)), "utf-8")
    (folder / "summary.json").write_text('{"articles": 4}', "utf-8")
    write_index(folder, [r for slug, r in reports.items() if slug != "overlap"])
    return folder


def open_page(driver, path: Path):
    driver.get(path.as_uri())
    assert driver.execute_script("return Array.isArray(window.__dialogs)"), "hook not installed"
    return driver


def by_css(driver, selector):
    from selenium.webdriver.common.by import By
    return driver.find_elements(By.CSS_SELECTOR, selector)


def visible_articles(driver) -> list[str]:
    return [row.find_element("css selector", ".id").text
            for row in by_css(driver, "#articles tbody tr") if row.is_displayed()]


def csp_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser")
            if "Content Security Policy" in e["message"] or "Refused" in e["message"]]


def assert_no_script_ran(driver):
    from selenium.common.exceptions import NoAlertPresentException
    assert driver.execute_script("return window.__xss") is None
    assert driver.execute_script("return window.__dialogs") == []
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text


def test_index_lists_the_run_articles(browser, run):
    open_page(browser, run / "index.html")
    assert sorted(visible_articles(browser)) == sorted(
        ["aleppo-pause-2016", "overlap", hostile_report().article.id, "quiet"])
    assert browser.find_element("id", "shown").text == "Showing 4 of 4 articles"
    assert csp_errors(browser) == []


def test_index_filters_by_verdict_measure_source_and_text(browser, run):
    from selenium.webdriver.support.ui import Select
    open_page(browser, run / "index.html")
    verdict = Select(browser.find_element("id", "f-verdict"))
    measure = Select(browser.find_element("id", "f-measure"))
    source = Select(browser.find_element("id", "f-publisher"))
    verdict.select_by_value("unverifiable")
    assert visible_articles(browser) == ["aleppo-pause-2016"]
    verdict.select_by_value("discrepancy")
    assert sorted(visible_articles(browser)) == sorted(
        ["aleppo-pause-2016", "overlap", hostile_report().article.id])
    verdict.select_by_value("contradicted")
    measure.select_by_value("deaths")
    assert sorted(visible_articles(browser)) == ["aleppo-pause-2016", "overlap"]
    verdict.select_by_value("")
    measure.select_by_value("")
    source.select_by_value("UNHCR (Refugee Data Finder)")
    assert visible_articles(browser) == ["aleppo-pause-2016"]
    browser.find_element("id", "f-reset").click()
    browser.find_element("id", "f-text").send_keys("quiet")
    assert visible_articles(browser) == ["quiet"]
    assert browser.find_element("id", "shown").text == "Showing 1 of 4 articles"


def test_index_sorts_by_clicked_column(browser, run):
    open_page(browser, run / "index.html")
    header = by_css(browser, "#articles thead th")
    claims = next(th for th in header if th.text.startswith("Claims"))
    claims.find_element("css selector", "button").click()
    assert claims.get_attribute("aria-sort") == "descending"
    order = visible_articles(browser)
    assert order[:2] == ["aleppo-pause-2016", "overlap"] and order[-1] == "quiet"
    claims.find_element("css selector", "button").click()
    assert claims.get_attribute("aria-sort") == "ascending"
    assert visible_articles(browser)[0] == "quiet"
    article = header[0]
    article.find_element("css selector", "button").click()
    # By title: "<script>..." sorts first as text, "Russia halts..." last.
    assert visible_articles(browser) == [hostile_report().article.id, "overlap", "quiet",
                                         "aleppo-pause-2016"]


def test_index_links_open_reports(browser, run):
    open_page(browser, run / "index.html")
    hrefs = {a.get_attribute("href").rsplit("/", 1)[1] for a in by_css(browser, "#articles a")}
    assert hrefs == {"aleppo.html", "hostile.html", "quiet.html", "overlap.json"}


def test_clicking_a_claim_shows_its_evidence(browser, run):
    open_page(browser, run / "aleppo.html")
    by_css(browser, "#claim-1")[0].click()
    detail = browser.find_element("id", "detail")
    text = detail.text
    assert "Contradicted" in text and "“Fewer than 2,00,000”" in text
    assert "2016-04-22" in text
    publisher = detail.find_element("link text", "UN Special Envoy for Syria")
    assert publisher.is_displayed()
    assert publisher.get_attribute("href").startswith("https://www.aljazeera.com/")
    assert "at most" in text and "syrian-civil-war" in text
    assert csp_errors(browser) == []


def test_keys_move_between_discrepancies(browser, run):
    from selenium.webdriver.common.keys import Keys
    open_page(browser, run / "aleppo.html")
    body = browser.find_element("tag name", "body")

    def focused():
        return browser.execute_script("return document.activeElement.id")

    body.send_keys("n")
    assert focused() == "claim-1"  # the first discrepancy: claim-0 is supported
    assert "Fewer than 2,00,000" in browser.find_element("id", "detail").text
    browser.switch_to.active_element.send_keys("n")
    assert focused() == "claim-2"
    browser.switch_to.active_element.send_keys("j")
    assert focused() == "claim-1"  # wraps round
    browser.switch_to.active_element.send_keys("k")
    assert focused() == "claim-2"
    browser.switch_to.active_element.send_keys("p")
    assert focused() == "claim-1"
    outline = browser.execute_script(
        "return getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    browser.execute_script("document.getElementById('claim-3').focus()")
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    assert "about 18 million" in browser.find_element("id", "detail").text
    assert "No reference value was found." in browser.find_element("id", "detail").text


def test_hostile_report_runs_no_script(browser, run):
    open_page(browser, run / "hostile.html")
    assert_no_script_ran(browser)
    assert by_css(browser, "img") == []
    assert len(by_css(browser, "script")) == 2
    by_css(browser, "#claim-0")[0].click()
    detail = browser.find_element("id", "detail")
    assert "<img src=x onerror=" in detail.text  # shown as text
    assert by_css(browser, "#detail a") == []  # javascript: URL is not a link
    by_css(browser, "#claim-1")[0].click()
    assert [a.get_attribute("href") for a in by_css(browser, "#detail a")] == [
        'https://example.org/a?q=%22%3E%3Cscript%3Ewindow.__xss=1%3C/script%3E']
    assert_no_script_ran(browser)
    assert csp_errors(browser) == []


def test_hostile_report_runs_no_script_even_without_its_policy(browser, run, tmp_path):
    """Escaping alone must hold: the same page with its CSP removed still runs none of it."""
    text = (run / "hostile.html").read_text("utf-8")
    start = text.index('<meta http-equiv="Content-Security-Policy"')
    bare = tmp_path / "bare.html"
    bare.write_text(text[:start] + text[text.index(">", start) + 1:], "utf-8")
    open_page(browser, bare)
    by_css(browser, "#claim-0")[0].click()
    assert_no_script_ran(browser)
    assert by_css(browser, "img") == []


def test_hostile_index_runs_no_script(browser, run):
    open_page(browser, run / "index.html")
    assert_no_script_ran(browser)
    assert by_css(browser, "img") == []


def test_pages_work_when_moved_elsewhere(browser, run, tmp_path):
    """Self-contained: a copy of the report, on its own, still works."""
    copy = tmp_path / "alone.html"
    shutil.copy(run / "aleppo.html", copy)
    open_page(browser, copy)
    by_css(browser, "#claim-2")[0].click()
    assert "UNHCR (Refugee Data Finder)" in browser.find_element("id", "detail").text
