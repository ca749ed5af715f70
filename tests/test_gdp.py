"""GDP by country and year: the bundled World Bank figures and money claims about an economy.

Truth here is computed from reference/facts/gdp.csv with plain csv code and the publication
rule (a year's GDP is known from 1 July of the next year), sharing nothing with the checker.
"""

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck.api import check_article
from factcheck.model import Article

ROOT = Path(__file__).resolve().parents[1]
GDP_CSV = ROOT / "reference" / "facts" / "gdp.csv"
SHARED_GDP = ROOT.parent / "shared" / "data" / "gdp" / "gdp.csv"
COUNTRIES = {"IND": "India", "PAK": "Pakistan", "BRA": "Brazil", "NGA": "Nigeria",
             "DEU": "Germany", "JPN": "Japan", "KEN": "Kenya", "BGD": "Bangladesh",
             "TUR": "Turkey", "IDN": "Indonesia", "EGY": "Egypt"}


def _gdp_by_year() -> dict[tuple[str, int], Decimal]:
    with open(GDP_CSV, encoding="utf-8", newline="") as handle:
        return {(row["subject"], int(row["id"].rsplit("-", 1)[1])): Decimal(row["value"])
                for row in csv.DictReader(handle)}


GDP = _gdp_by_year()


def _known_at(code: str, day: dt.date) -> Decimal:
    """The latest year whose GDP was published (1 July of the next year) by `day`."""
    year = day.year - 1 if day >= dt.date(day.year, 7, 1) else day.year - 2
    while (code, year) not in GDP:
        year -= 1
    return GDP[(code, year)]


def _written(amount: Decimal) -> str:
    """An amount as an article writes it: two significant figures, in billions or trillions."""
    if amount >= Decimal("1e12"):
        return f"${amount / Decimal('1e12'):.1f} trillion"
    return f"${amount / Decimal('1e9'):.0f} billion"


CASES = [(code, day, truthful) for code in COUNTRIES
         for day in (dt.date(2019, 3, 1), dt.date(2023, 10, 1)) for truthful in (True, False)]


@pytest.mark.parametrize("code,day,truthful", CASES)
def test_gdp_claims_are_checked_against_the_figure_known_at_publication(reference, code, day,
                                                                        truthful):
    amount = _known_at(code, day) * (1 if truthful else Decimal("2.5"))
    text = f"{COUNTRIES[code]}'s GDP is about {_written(amount)}, officials said."
    finding = check_article(Article(id="x", text=text, date=day, locale="en_US"),
                            reference).findings[0]
    assert finding.claim.measure == "gdp" and finding.claim.subject == code
    assert finding.verdict.value == ("supported" if truthful else "contradicted"), \
        finding.explanation


def test_a_year_not_yet_published_is_not_used(reference):
    # India's 2022 GDP was first published in mid-2023: an article of March 2023 knows 2021's.
    before = check_article(Article(id="x", text="India's GDP is about $3.2 trillion.",
                                   date=dt.date(2023, 3, 15), locale="en_US"), reference)
    [fact] = before.findings[0].evidence[0].facts
    assert fact.id == "gdp-IND-2021" and fact.as_of == dt.date(2022, 7, 1)


def test_amount_in_another_currency_is_not_compared(reference):
    text = "India's GDP of Rs 300 lakh crore is growing."
    finding = check_article(Article(id="x", text=text, date=dt.date(2023, 10, 1),
                                    locale="en_IN"), reference).findings[0]
    assert finding.claim.measure == "gdp"
    assert finding.verdict.value == "unverifiable" and finding.reason == "no-conversion"
    assert "INR" in finding.explanation and "USD" in finding.explanation


def test_gdp_facts_keep_the_source_values_and_drop_aggregates():
    if not SHARED_GDP.is_file():
        pytest.skip(f"source dataset not available: {SHARED_GDP}")
    with open(SHARED_GDP, encoding="utf-8", newline="") as handle:
        source = {(r["Country Code"], int(r["Year"])): r["Value"] for r in csv.DictReader(handle)}
    assert ("WLD", 2020) in source and not any(code == "WLD" for code, _ in GDP)
    for (code, year), value in GDP.items():
        assert Decimal(source[(code, year)]) == value


def test_importer_dates_each_year_when_published_and_drops_aggregates(tmp_path):
    from factcheck import importers
    source = tmp_path / "gdp.csv"
    source.write_text("Country Name,Country Code,Year,Value\n"
                      "India,IND,2021,3167270623260.5225\nWorld,WLD,2021,97000000000000\n"
                      "India,IND,2022,3353470496885.9478\nIndia,IND,2023,\n", encoding="utf-8")
    out = tmp_path / "ref"
    (out / "subjects").mkdir(parents=True)
    (out / "subjects" / "countries.csv").write_text(
        "id,name,type,aliases,parent,start,end,publisher,url,notes\n"
        "IND,India,country,India,,,,,,\n", encoding="utf-8")
    assert importers.main(["--gdp", str(source), "--out", str(out)]) == 0
    with open(out / "facts" / "gdp.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["id"], r["value"], r["as_of"], r["unit"]) for r in rows] == [
        ("gdp-IND-2021", "3167270623260.5225", "2022-07-01", "USD"),
        ("gdp-IND-2022", "3353470496885.9478", "2023-07-01", "USD")]
    assert rows[0]["notes"] == "GDP of calendar year 2021, current US dollars"


def test_importer_names_a_bad_gdp_cell(tmp_path, capsys):
    from factcheck import importers
    source = tmp_path / "gdp.csv"
    source.write_text("Country Name,Country Code,Year,Value\nIndia,IND,2021,lots\n")
    assert importers.main(["--gdp", str(source), "--out", str(tmp_path / "ref")]) == 2
    assert "line 2, column Value: 'lots'" in capsys.readouterr().err


def test_a_claim_about_a_stated_year_is_not_compared_with_a_figure_dated_by_publication(
        reference):
    # The 2022 figure is dated 2023-07-01, when it was published: "in 2022" cannot pick it.
    text = "India's GDP in 2022 was $3.4 trillion, the ministry said."
    finding = check_article(Article(id="x", text=text, date=dt.date(2023, 10, 1),
                                    locale="en_US"), reference).findings[0]
    assert finding.claim.measure == "gdp"
    assert finding.verdict.value == "unverifiable" and finding.reason == "period-not-dated"


# How news sizes an economy: each phrasing is a GDP claim about the country it names.
GDP_PHRASINGS = [
    ("Bangladesh, a $460 billion economy, will leave the least-developed group.", "BGD", "supported"),
    ("India's $3.4 trillion economy grew 7.8 per cent in the quarter.", "IND", "supported"),
    ("Egypt's economy, valued at nearly $480 billion, needs a bigger IMF loan.", "EGY", "supported"),
    ("Pakistan, with an economy of about $375 billion, owes the IMF $7 billion.", "PAK", "supported"),
    ("Kenya's economy is worth $150 billion, the treasury claims.", "KEN", "contradicted"),
    # The currency sign's letters are no country: "US$" is not the United States.
    ("Mexico's economy is worth US$1.46 trillion, the finance ministry said.", "MEX", "supported"),
    # A region or the world in a superlative describes the country.
    ("Canada's GDP of US$2.8 trillion makes it the world's ninth-largest economy.", "CAN",
     "contradicted"),
]


@pytest.mark.parametrize("text,subject,verdict", GDP_PHRASINGS)
def test_phrasings_that_size_an_economy(reference, text, subject, verdict):
    finding = check_article(Article(id="x", text=text, date=dt.date(2023, 10, 1), locale="en_US"),
                            reference).findings[0]
    assert (finding.claim.measure, finding.claim.subject) == ("gdp", subject), finding.claim
    assert finding.verdict.value == verdict, finding.explanation
    assert finding.claim.measure_text  # the words the measure came from


# Amounts that are no economy's size stay what they were.
NOT_GDP = [
    "Kenya's economy has lost $2 billion to the drought.",
    "The house, worth $2 million, was sold in Nairobi.",
]


@pytest.mark.parametrize("text", NOT_GDP)
def test_other_amounts_are_not_gdp(reference, text):
    findings = check_article(Article(id="x", text=text, date=dt.date(2023, 10, 1), locale="en_US"),
                             reference).findings
    assert all(f.claim.measure != "gdp" for f in findings)


def test_an_economy_a_thousand_times_too_small_is_a_slip(reference):
    finding = check_article(Article(id="x", text="India, a $3.4 billion economy, has overtaken Britain.",
                                    date=dt.date(2023, 10, 3), locale="en_US"), reference).findings[0]
    assert finding.verdict.value == "contradicted" and finding.reason == "magnitude-slip"
    assert "3.4 trillion" in finding.explanation


def test_an_amount_far_below_the_economy_is_a_part_not_a_false_gdp(reference):
    text = "The government announced a boost to Kenya's economy worth $2 billion."
    finding = check_article(Article(id="x", text=text, date=dt.date(2023, 10, 1), locale="en_US"),
                            reference).findings[0]
    assert finding.verdict.value == "unverifiable" and finding.reason == "part-of-whole"


def test_a_dollar_sign_in_a_dollar_country_is_its_own_currency(reference):
    finding = check_article(Article(id="x", text="Australia, an A$2.6 trillion economy, is slowing.",
                                    date=dt.date(2025, 2, 1), locale="en_US"), reference).findings[0]
    assert finding.claim.measure == "gdp" and finding.reason == "no-conversion"
