"""Hand-built reports for the review writers' tests, independent of the checker.

`aleppo_report()` has one finding of each verdict; `hostile_report()` carries script-injection
payloads in every piece of text a writer shows, to prove that none of it runs or breaks markup.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from factcheck.model import (Article, Bound, Claim, Evidence, Fact, Finding, Kind, Mention,
                             Report, TimeScope, Verdict)

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_4e7b83d0ee7698a2.md"
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'
XSS_CLOSE = "</script>"
LINE_SEP = "\u2028"
# Payloads that set a flag instead of alerting, so a browser test can see whether any ran.
XSS_FLAG_IMG = '<img src=x onerror="window.__xss=1">'
XSS_FLAG_SCRIPT = "</script><script>window.__xss=1</script>"
XSS_ALL = XSS_SCRIPT + XSS_IMG + XSS_CLOSE + LINE_SEP + XSS_FLAG_IMG + XSS_FLAG_SCRIPT

ALEPPO_TEXT = (
    "Russia halts airstrikes on Aleppo ahead of humanitarian pause\n"
    "The United Nations said it needed assurances that the eight-hour-long ceasefire on "
    "Thursday would be respected.\n"
    "Fewer than 2,00,000 people have died in the six-year-long civil war, and 4.8 million "
    "Syrians have fled abroad.\n"
    "The country had a population of about 18 million before the war.\n"
)


def mention(text: str, surface: str, kind: Kind, value=None, *, unit=None, bound=Bound.EXACT,
            low=None, high=None, occurrence: int = 0) -> Mention:
    """A mention of `surface` in `text`, with offsets found rather than counted by hand."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    dec = (lambda v: None if v is None else Decimal(str(v)))
    return Mention(start=start, end=start + len(surface), text=surface, kind=kind,
                   value=dec(value), low=dec(low), high=dec(high), unit=unit, bound=bound)


def claim(text: str, m: Mention, measure: str, subject: str | None, **kw) -> Claim:
    """A claim on mention `m`, with the sentence around it taken from `text`."""
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    end = len(text) if end < 0 else end
    return Claim(mention=m, measure=measure, sentence=text[start:end], sentence_start=start,
                 subject=subject, **kw)


def fact(id: str, subject: str, measure: str, value, as_of: str, publisher: str, url: str,
         **kw) -> Fact:
    return Fact(id=id, subject=subject, measure=measure, value=Decimal(str(value)),
                as_of=dt.date.fromisoformat(as_of), publisher=publisher, url=url, **kw)


def evidence(f: Fact, description: str) -> Evidence:
    return Evidence(value=f.central, unit=f.unit, description=description, facts=(f,))


PAUSE = fact("aleppo-pause-hours-2016-10-17", "aleppo-pause-2016-10", "duration", 8,
             "2016-10-17", "Russian Ministry of Defence",
             "https://feeds.bbci.co.uk/news/world-middle-east-37689063", unit="hour",
             notes="Announced on 17 October for Thursday 20 October, 08:00-16:00 local time.")
DEATHS = fact("syr-deaths-demistura-2016-04", "syrian-civil-war", "deaths", 400000, "2016-04-22",
              "UN Special Envoy for Syria",
              "https://www.aljazeera.com/news/2016/4/23/syria-death-toll-un-envoy-estimates",
              notes="Staffan de Mistura's own estimate, not an official UN statistic.")
REFUGEES = fact("refugees-SYR-2016", "SYR", "refugees", 5524377, "2016-12-31",
                "UNHCR (Refugee Data Finder)", "https://www.unhcr.org/refugee-statistics/")


def aleppo_report() -> Report:
    """Four claims, one per verdict, about the October 2016 pause in Aleppo."""
    text = ALEPPO_TEXT
    m_pause = mention(text, "eight-hour-long", Kind.DURATION, 8, unit="hour")
    m_deaths = mention(text, "Fewer than 2,00,000", Kind.COUNT, 200000, bound=Bound.UPPER)
    m_years = mention(text, "six-year-long", Kind.DURATION, 6, unit="year")
    m_refugees = mention(text, "4.8 million", Kind.COUNT, 4800000)
    m_pop = mention(text, "about 18 million", Kind.COUNT, 18000000, bound=Bound.APPROX)
    when = TimeScope(at=dt.date(2016, 10, 18))
    c_pause = claim(text, m_pause, "duration", "aleppo-pause-2016-10", subject_text="ceasefire",
                    measure_text="hour-long", time=TimeScope(at=dt.date(2016, 10, 20),
                                                             text="on Thursday"))
    c_deaths = claim(text, m_deaths, "deaths", "syrian-civil-war", subject_text="civil war",
                     measure_text="have died", time=when)
    c_refugees = claim(text, m_refugees, "refugees", "SYR", subject_text="Syrians",
                       measure_text="fled abroad", time=when)
    c_pop = claim(text, m_pop, "population", "SYR", subject_text="The country",
                  measure_text="population",
                  time=TimeScope(end=dt.date(2011, 3, 15), text="before the war"))
    findings = (
        Finding(c_pause, Verdict.SUPPORTED, "The pause was announced as eight hours long.",
                (evidence(PAUSE, "announced length of the pause"),), reason="match"),
        Finding(c_deaths, Verdict.CONTRADICTED,
                "At most 200,000 claimed; the UN envoy estimated 400,000 deaths by April 2016.",
                (evidence(DEATHS, "estimated deaths in the Syrian civil war"),),
                reason="bound-violated"),
        Finding(c_refugees, Verdict.IMPRECISE,
                "4.8 million is 13% below the 5,524,377 Syrian refugees counted at the end "
                "of 2016.", (evidence(REFUGEES, "Syrian refugees abroad"),), reason="off-by"),
        Finding(c_pop, Verdict.UNVERIFIABLE, "No population figure for Syria before 2011 "
                "in the reference data.", (), reason="no-fact"),
    )
    article = Article(id="aleppo-pause-2016", text=text,
                      title="Russia halts airstrikes on Aleppo ahead of humanitarian pause",
                      date=dt.date(2016, 10, 18), locale="en_IN",
                      url="https://example.org/news/aleppo-pause", path="seeds/aleppo.md",
                      line_offset=5)
    mentions = (m_pause, m_deaths, m_years, m_refugees, m_pop)
    return Report(article=article, mentions=mentions, claims=tuple(f.claim for f in findings),
                  findings=findings, notes=("Reference data ends in 2023.",))


def hostile_report() -> Report:
    """Every string a writer shows carries markup, script and separator payloads."""
    text = (f"{XSS_SCRIPT} Title line {XSS_IMG}\n"
            f"Officials said 5,000 people {XSS_FLAG_IMG} fled{LINE_SEP}the city "
            f"| `code` [link](javascript:alert(1)) {XSS_CLOSE}.\n"
            f"Another 300 {XSS_FLAG_SCRIPT} were hurt.\n")
    m1 = mention(text, "5,000", Kind.COUNT, 5000)
    m2 = mention(text, "300", Kind.COUNT, 300)
    bad = fact("bad" + XSS_CLOSE, "x" + XSS_IMG, "refugees" + XSS_SCRIPT, 7000, "2020-01-01",
               XSS_FLAG_IMG + " Publisher " + XSS_SCRIPT, "javascript:window.__xss=1",
               notes=XSS_ALL, unit="person" + XSS_IMG)
    good_url = fact("ok", "x", "injured", 300, "2020-02-02", "Agency " + XSS_FLAG_IMG,
                    'https://example.org/a?q="><script>window.__xss=1</script>')
    c1 = claim(text, m1, "refugees" + XSS_SCRIPT, "subject" + XSS_IMG, subject_text=XSS_ALL,
               measure_text=XSS_FLAG_SCRIPT,
               time=TimeScope(at=dt.date(2020, 1, 1), text=XSS_FLAG_IMG))
    c2 = claim(text, m2, "injured", None)
    findings = (
        Finding(c1, Verdict.CONTRADICTED, "Explanation " + XSS_ALL,
                (Evidence(Decimal(7000), "person" + XSS_IMG, "description " + XSS_ALL,
                          (bad,)),), reason="reason" + XSS_SCRIPT),
        Finding(c2, Verdict.SUPPORTED, "Matches. " + XSS_FLAG_IMG,
                (evidence(good_url, XSS_FLAG_SCRIPT),)),
    )
    article = Article(id="hostile" + XSS_IMG + XSS_CLOSE, text=text,
                      title=XSS_SCRIPT + " " + XSS_FLAG_IMG + LINE_SEP + XSS_CLOSE,
                      date=dt.date(2020, 1, 2), locale='en"><script>window.__xss=1</script>',
                      url="javascript:alert(1)", path=XSS_FLAG_IMG)
    return Report(article=article, mentions=(m1, m2), claims=(c1, c2), findings=findings,
                  notes=(XSS_ALL,))


def overlapping_report() -> Report:
    """Claims whose spans overlap or fall outside the text: writers must skip, not break."""
    text = "Between 10 and 20 people, then 30 more.\n"
    a = Mention(start=8, end=17, text="10 and 20", kind=Kind.RANGE, low=Decimal(10),
                high=Decimal(20))
    b = Mention(start=15, end=17, text="20", kind=Kind.COUNT, value=Decimal(20))
    c = Mention(start=500, end=505, text="gone!", kind=Kind.COUNT, value=Decimal(1))
    d = mention(text, "30", Kind.COUNT, 30)
    findings = tuple(Finding(claim(text, m, "deaths", None), v, "why")
                     for m, v in ((a, Verdict.IMPRECISE), (b, Verdict.CONTRADICTED),
                                  (c, Verdict.CONTRADICTED), (d, Verdict.SUPPORTED)))
    article = Article(id="overlap", text=text)
    return Report(article=article, mentions=(a, b, c, d),
                  claims=tuple(f.claim for f in findings), findings=findings)


def empty_report() -> Report:
    """An article with no claims at all."""
    return Report(article=Article(id="quiet", text="Nothing numeric here.\n", title="Quiet"),
                  mentions=(), claims=(), findings=())


def seed_report(reference) -> Report:
    """The checker's real report of the seed article."""
    from factcheck.api import check_article
    from factcheck.articles import read_article
    return check_article(read_article(str(SEED)), reference)
