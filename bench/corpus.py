"""Deterministic generator of news-like English text for benchmarks.

The text mimics what factcheck reads: paragraphs of ordinary reporting about wars, floods,
budgets, elections, health, sport and the economy. Most sentences carry no number at all; some
carry numbers that are claims, written in every style an English-language newsroom uses
(300,000 / 3,00,000 / 300.000, 1.5 lakh, Rs 3,000 crore, $1.2bn, six, two-thirds, 45 per cent,
ranges, durations such as six-year-long, qualifiers such as "more than"); and some carry numbers
that are not claims at all (dates, years, clock times, ordinals, names such as COVID-19 or F-16,
match scores).

Everything is drawn from one `random.Random(seed)` stream, so the same seed always gives the same
text, and a smaller size gives a prefix (whole paragraphs) of a larger one.

    python bench/corpus.py --mb 5 -o corpus.txt
    python bench/corpus.py --articles 1000 --jsonl articles.jsonl

Sizes are in bytes of UTF-8 text; 1 MB = 1,000,000 bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import re
import sys
from typing import Iterator

MB = 1_000_000
DEFAULT_SEED = 2016
PARAGRAPH_SEP = "\n\n"

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

WAR_PLACES = ["Syria", "Yemen", "Afghanistan", "Iraq", "South Sudan", "Ukraine", "Somalia",
              "Libya", "Myanmar", "Darfur", "Sri Lanka", "the Democratic Republic of Congo",
              "Mali", "northern Nigeria", "Chechnya", "Bosnia"]
WAR_CITIES = ["Aleppo", "Mosul", "Kabul", "Sanaa", "Juba", "Donetsk", "Mogadishu", "Tripoli",
              "Homs", "Taiz", "Kandahar", "Fallujah", "Benghazi", "Raqqa"]
WAR_ACTORS = ["government forces", "rebel fighters", "the coalition", "militants",
              "security forces", "armed groups", "the army", "insurgents", "peacekeepers"]
STATES = ["Assam", "Bihar", "Kerala", "Odisha", "Uttarakhand", "Gujarat", "Maharashtra",
          "Tamil Nadu", "West Bengal", "Uttar Pradesh", "Rajasthan", "Karnataka", "Punjab",
          "Madhya Pradesh", "Jharkhand", "Andhra Pradesh", "Telangana", "Haryana"]
FLOOD_COUNTRIES = ["Bangladesh", "Pakistan", "Nepal", "Sri Lanka", "Myanmar", "Vietnam",
                   "the Philippines", "Mozambique", "Malawi", "China"]
RIVERS = ["Brahmaputra", "Ganga", "Kosi", "Indus", "Mahanadi", "Yamuna", "Godavari",
          "Krishna", "Teesta", "Meghna", "Jhelum", "Narmada"]
CITIES = ["Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Hyderabad", "Patna",
          "Guwahati", "Lucknow", "Bhubaneswar", "Jaipur", "Ahmedabad", "Pune", "London",
          "New York", "Geneva", "Dhaka", "Karachi", "Kathmandu", "Colombo", "Washington"]
PARTIES = ["the BJP", "the Congress", "the AAP", "the Trinamool Congress", "the BSP",
           "the Samajwadi Party", "the Left Front", "the DMK", "the AIADMK", "Labour",
           "the Conservatives", "the Democrats", "the Republicans", "the Shiv Sena",
           "the Janata Dal (United)", "the Telugu Desam Party"]
PEOPLE = ["Ramesh Kumar", "Priya Sharma", "Anil Mehta", "Sunita Rao", "Vikram Singh",
          "Meera Iyer", "Sanjay Patil", "Kavita Nair", "John Carter", "Sarah Lewis",
          "Mohammed Aziz", "Fatima Begum", "Rajesh Gupta", "Anjali Desai", "David Okafor",
          "Elena Petrova", "Arjun Reddy", "Neha Joshi", "Thomas Brennan", "Aisha Khan"]
ROLES = ["the finance minister", "the chief minister", "a senior official", "the spokesperson",
         "the district collector", "the health secretary", "an aid worker", "the coach",
         "the party president", "a local resident", "the governor", "an economist",
         "the commissioner", "a police officer", "the opposition leader", "the minister"]
AGENCIES = ["the United Nations", "the UNHCR", "the World Health Organization", "Unicef",
            "the Red Cross", "Amnesty International", "the World Bank", "the IMF",
            "the National Disaster Response Force", "the Election Commission",
            "the Reserve Bank of India", "the health ministry", "the finance ministry",
            "the Central Statistics Office", "Human Rights Watch", "the state government"]
MINISTRIES = ["defence", "health", "education", "rural development", "railways",
              "agriculture", "roads and highways", "urban development", "water resources",
              "women and child development", "home affairs", "social welfare"]
SCHEMES = ["the rural jobs scheme", "the housing programme", "the crop insurance scheme",
           "the sanitation mission", "the midday meal scheme", "the smart cities mission",
           "the pension scheme", "the irrigation programme", "the food subsidy"]
DISEASES = ["dengue", "malaria", "tuberculosis", "cholera", "chikungunya", "measles",
            "swine flu", "Japanese encephalitis", "typhoid", "hepatitis B", "diarrhoea",
            "Zika", "kala-azar"]
TEAMS = ["India", "Australia", "England", "Pakistan", "South Africa", "New Zealand",
         "Sri Lanka", "Bangladesh", "the West Indies", "Mumbai Indians", "Chennai Super Kings",
         "Kolkata Knight Riders", "Manchester United", "Real Madrid", "Bengaluru FC",
         "Mohun Bagan", "East Bengal", "Arsenal"]
SPORTS_EVENTS = ["the World Cup", "the Test series", "the Olympics", "the Asian Games",
                 "the Indian Premier League", "the Ranji Trophy", "the Commonwealth Games",
                 "the Champions Trophy", "the Premier League", "the Davis Cup tie"]
SECTORS = ["manufacturing", "services", "textiles", "information technology", "steel",
           "telecom", "construction", "mining", "agriculture", "retail", "banking",
           "automobile", "pharmaceuticals", "real estate", "tourism"]
INDICATORS = ["GDP growth", "inflation", "retail inflation", "the fiscal deficit",
              "the current account deficit", "industrial output", "unemployment",
              "the trade deficit", "foreign direct investment", "wholesale inflation"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
               "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LAWS = ["Section 144", "Article 370", "Article 356", "Section 377", "Rule 267", "Section 124A",
        "Article 21", "Section 66A", "Rule 184", "Resolution 2254", "Chapter 11", "Form 16"]
AIRCRAFT = ["F-16", "A320", "Mi-17", "Boeing 737", "Su-30MKI", "P-8I", "C-130J", "ATR 72",
            "Boeing 777", "An-32", "Mi-8", "A321neo"]
ROUTES = ["NH-44", "NH-37", "NH-8", "Sector 62", "Platform 4", "Gate No. 3", "Ward 12",
          "Route 66", "Express 12951", "Flight 370", "MH17", "Highway 1"]
OUTBREAKS = ["COVID-19", "H1N1", "Covid-19", "H5N1", "SARS-CoV-2"]
IDENTIFIERS = ["G20", "G7", "PM2.5", "4G", "5G", "T20", "IPL 2016", "Windows 10", "Nifty 50",
               "Agni-V", "BS-IV", "Apollo 11", "Chandrayaan-2", "PSLV-C37", "iPhone 7",
               "S-400", "Vision 2030", "Industry 4.0", "BRICS 2016", "Mission 2022",
               "Rafale", "Nifty Bank", "Sensex 30"]
TOPICS = ("war", "flood", "budget", "election", "health", "sport", "economy")

QUALIFIERS = ["more than", "over", "nearly", "almost", "about", "around", "roughly",
              "at least", "up to", "fewer than", "less than", "at most", "some",
              "an estimated", "close to", "upwards of", "well over", "just under",
              "approximately", "as many as", "just over", "no fewer than"]

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "twelfth"]


def number_words(n: int) -> str:
    """English words for 0 <= n < 10**9 ("twenty-three thousand four hundred")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("-" + _ONES[ones] if ones else "")
    for size, name in ((10**6, "million"), (1000, "thousand"), (100, "hundred")):
        if n >= size:
            head, rest = divmod(n, size)
            words = f"{number_words(head)} {name}"
            if rest:
                words += (" and " if size == 100 and rest < 100 else " ") + number_words(rest)
            return words
    raise AssertionError(n)


def western(n: int) -> str:
    return f"{n:,}"


def indian(n: int) -> str:
    """Indian digit grouping: 300000 -> 3,00,000; 12345678 -> 1,23,45,678."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups) + "," + tail


def european(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _decimal(x: float, places: int) -> str:
    s = f"{x:.{places}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


# --------------------------------------------------------------------------------------------
# Style profiles: how often each way of writing a number appears, by article locale
# --------------------------------------------------------------------------------------------

PROFILES: dict[str, dict[str, dict[str, float]]] = {
    # Everything mixed: what the one-big-text benchmark uses.
    "mixed": {
        "count": {"western": 30, "indian": 12, "european": 5, "plain": 10, "words": 15,
                  "lakh": 8, "crore": 3, "million": 10, "abbrev": 4, "space": 1},
        "money": {"inr_crore": 16, "inr_lakh": 8, "inr_plain": 6, "usd_bn": 16,
                  "usd_plain": 8, "gbp_eur": 8, "eur_european": 3, "words": 5, "k": 3},
        "decimal_comma": {"yes": 3, "no": 97},
    },
    "en_IN": {
        "count": {"western": 20, "indian": 25, "european": 1, "plain": 10, "words": 15,
                  "lakh": 18, "crore": 6, "million": 5, "abbrev": 1, "space": 0},
        "money": {"inr_crore": 35, "inr_lakh": 15, "inr_plain": 10, "usd_bn": 8,
                  "usd_plain": 3, "gbp_eur": 1, "eur_european": 0, "words": 4, "k": 1},
        "decimal_comma": {"yes": 0, "no": 100},
    },
    "en_US": {
        "count": {"western": 45, "indian": 0, "european": 0, "plain": 12, "words": 20,
                  "lakh": 0, "crore": 0, "million": 18, "abbrev": 5, "space": 0},
        "money": {"inr_crore": 2, "inr_lakh": 0, "inr_plain": 1, "usd_bn": 45,
                  "usd_plain": 20, "gbp_eur": 10, "eur_european": 0, "words": 10, "k": 8},
        "decimal_comma": {"yes": 0, "no": 100},
    },
    "en_GB": {
        "count": {"western": 42, "indian": 0, "european": 1, "plain": 12, "words": 22,
                  "lakh": 0, "crore": 0, "million": 18, "abbrev": 4, "space": 1},
        "money": {"inr_crore": 2, "inr_lakh": 0, "inr_plain": 1, "usd_bn": 25,
                  "usd_plain": 10, "gbp_eur": 40, "eur_european": 2, "words": 10, "k": 5},
        "decimal_comma": {"yes": 1, "no": 99},
    },
}
ARTICLE_LOCALES = [("en_IN", 50), ("en_GB", 20), ("en_US", 20), (None, 10)]


class _Writer:
    """Fills sentence templates: one method per slot, all drawing from one random stream."""

    def __init__(self, rng: random.Random, profile: str = "mixed") -> None:
        self.rng = rng
        self.profile = PROFILES[profile]
        self._weights = {
            key: (list(table), list(table.values())) for key, table in self.profile.items()
        }

    # -- helpers -------------------------------------------------------------------------------
    def _pick(self, key: str) -> str:
        names, weights = self._weights[key]
        return self.rng.choices(names, weights)[0]

    def _c(self, items):
        return self.rng.choice(items)

    def _nice_int(self, low: int, high: int) -> int:
        """A number between low and high, usually rounded the way reporters round."""
        rng = self.rng
        x = 10 ** rng.uniform(math.log10(low), math.log10(high))
        x = max(low, min(high, int(x)))
        digits = len(str(x))
        keep = rng.choices([1, 2, 3, 4], [35, 35, 20, 10])[0]
        if digits > keep:
            unit = 10 ** (digits - keep)
            x = max(low, (x // unit) * unit)
        return x

    def _decimal_point(self, s: str) -> str:
        if "." in s and self._pick("decimal_comma") == "yes":
            return s.replace(".", ",")
        return s

    # -- counts --------------------------------------------------------------------------------
    def count_text(self, n: int, style: str | None = None) -> str:
        rng = self.rng
        style = style or self._pick("count")
        if style == "indian" and n >= 100_000:
            return indian(n)
        if style == "european" and n >= 1000:
            return european(n)
        if style == "space" and n >= 10_000:
            return f"{n:,}".replace(",", "\u00a0")
        if style == "plain" and n < 100_000:
            return str(n)
        if style == "words" and (n <= 100 or (n % 100 == 0 and n < 10**7)):
            return number_words(n)
        if style == "lakh" and 100_000 <= n < 10**9:
            v = round(n / 100_000, rng.choice([0, 1, 1, 2]))
            return f"{_decimal(v, 2)} lakh"
        if style == "crore" and n >= 10**7:
            return f"{_decimal(round(n / 10**7, 1), 2)} crore"
        if style == "million" and n >= 1_000_000:
            v = _decimal(round(n / 10**6, rng.choice([0, 1, 1, 2])), 2)
            return f"{self._decimal_point(v)} {rng.choice(['million', 'million', 'mn'])}"
        if style == "abbrev" and n >= 10_000:
            if n >= 1_000_000:
                return f"{_decimal(round(n / 10**6, 1), 1)}m"
            return f"{_decimal(round(n / 1000, 1), 1)}k"
        return western(n) if n >= 1000 else str(n)

    def count(self) -> str:
        return self.count_text(self._nice_int(20, 5_000_000))

    def big(self) -> str:
        return self.count_text(self._nice_int(100_000, 200_000_000))

    def small(self) -> str:
        n = self.rng.randint(2, 60)
        if self.rng.random() < 0.6:
            return number_words(n) if n <= 20 or n % 10 == 0 else str(n)
        return str(n)

    def q(self) -> str:
        return self._c(QUALIFIERS) + " " if self.rng.random() < 0.55 else ""

    def qcount(self) -> str:
        return self.q() + self.count()

    def vague(self) -> str:
        return self._c(["hundreds of", "thousands of", "tens of thousands of", "dozens of",
                        "scores of", "a handful of", "millions of", "lakhs of", "a few"])

    # -- money ---------------------------------------------------------------------------------
    def money(self) -> str:
        rng = self.rng
        style = self._pick("money")
        if style == "inr_crore":
            cur = rng.choice(["Rs", "Rs", "Rs.", "\u20b9", "INR "])
            sep = "" if cur in ("\u20b9", "INR ") else " "
            if rng.random() < 0.15:
                amount = f"{_decimal(rng.choice([0.5, 1, 1.2, 1.5, 2, 2.4, 3.5, 4, 21.5]), 1)} lakh crore"
            else:
                amount = f"{self.count_text(self._nice_int(5, 500_000), 'western')} crore"
            return f"{cur}{sep}{amount}"
        if style == "inr_lakh":
            cur = rng.choice(["Rs", "Rs.", "\u20b9"])
            sep = "" if cur == "\u20b9" else " "
            return f"{cur}{sep}{_decimal(rng.choice([0.5, 1, 1.5, 2, 2.5, 4, 5, 10, 12, 25, 50, 75]), 1)} lakh"
        if style == "inr_plain":
            cur = rng.choice(["Rs", "Rs.", "\u20b9"])
            sep = "" if cur == "\u20b9" else " "
            n = self._nice_int(10, 50_000_000)
            return f"{cur}{sep}{indian(n) if rng.random() < 0.6 else western(n)}"
        if style == "usd_bn":
            cur = rng.choice(["$", "$", "US$", "US$ ", "USD "])
            v = _decimal(round(rng.uniform(0.1, 900), rng.choice([0, 1, 1, 2])), 2)
            unit = rng.choice(["bn", "bn", "m", " billion", " million", " billion", " trillion"])
            if unit == " trillion":
                v = _decimal(round(rng.uniform(0.5, 25), 1), 1)
            return f"{cur}{v}{unit}"
        if style == "usd_plain":
            return f"${western(self._nice_int(10, 90_000_000))}"
        if style == "gbp_eur":
            cur = rng.choice(["\u00a3", "\u00a3", "\u20ac"])
            v = _decimal(round(rng.uniform(0.1, 500), rng.choice([0, 1, 2])), 2)
            unit = rng.choice(["bn", "m", " billion", " million", ""])
            if unit == "":
                return f"{cur}{western(self._nice_int(10, 9_000_000))}"
            return f"{cur}{v}{unit}"
        if style == "eur_european":
            if rng.random() < 0.5:
                return f"\u20ac{european(self._nice_int(1000, 90_000_000))}"
            return f"\u20ac{_decimal(round(rng.uniform(1, 90), 1), 1).replace('.', ',')} million"
        if style == "words":
            n = rng.choice(["two", "five", "ten", "a hundred", "three", "half a", "a", "fifty",
                            "twenty", "one"])
            unit = rng.choice(["million", "billion", "lakh", "crore", "thousand"])
            cur = rng.choice(["dollars", "rupees", "pounds", "euros"])
            if unit in ("lakh", "crore"):
                cur = "rupees"
            return f"{n} {unit} {cur}"
        # k
        return f"${_decimal(round(rng.uniform(1, 900), rng.choice([0, 1])), 1)}k"

    def qmoney(self) -> str:
        return self.q() + self.money()

    # -- shares, ranges, durations ---------------------------------------------------------------
    def pct(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            v = str(rng.randint(1, 99))
        else:
            v = self._decimal_point(f"{rng.uniform(0.1, 99.9):.1f}")
        sign = rng.choices(["per cent", "%", "percent", "pc", "percentage points"],
                           [45, 35, 12, 3, 5])[0]
        if sign != "%" and rng.random() < 0.1 and "." not in v and "," not in v:
            v = number_words(int(v))
        return f"{v}{sign}" if sign == "%" else f"{v} {sign}"

    def qpct(self) -> str:
        return self.q() + self.pct()

    def frac(self) -> str:
        return self._c(["two-thirds", "a third", "half", "one in five", "three-quarters",
                        "a quarter", "one-fifth", "nine out of ten", "one in three",
                        "two in five", "one-tenth", "a fifth", "three out of four", "1/3",
                        "one in every four", "two-fifths", "four in ten"])

    def _range_pair(self) -> tuple[int, int]:
        a = self._nice_int(10, 2_000_000)
        step = 10 ** max(0, len(str(a)) - 2)
        b = a + step * self.rng.randint(1, 9)
        return a, b

    def range(self) -> str:
        rng = self.rng
        a, b = self._range_pair()
        style = rng.choice(["western", "western", "plain", "indian", "words", "lakh"])
        if style == "lakh" and a >= 100_000:
            sa, sb = _decimal(a / 100_000, 2), _decimal(b / 100_000, 2)
            return rng.choice([f"{sa} to {sb} lakh", f"{sa}-{sb} lakh", f"between {sa} and {sb} lakh"])
        sa, sb = self.count_text(a, style), self.count_text(b, style)
        form = rng.choice(["between {a} and {b}", "{a}-{b}", "{a}\u2013{b}", "{a} to {b}",
                           "from {a} to {b}", "{a} and {b}", "{a} or {b}"])
        if form == "{a} and {b}":
            form = "between {a} and {b}"
        if form == "{a} or {b}":
            form = "{a} to {b}"
        if " " in sa and "-" in form:
            form = "{a} to {b}"
        return form.format(a=sa, b=sb)

    def pct_range(self) -> str:
        rng = self.rng
        a = rng.randint(1, 60)
        b = a + rng.randint(1, 15)
        sign = rng.choice(["per cent", "per cent", "%", "percent"])
        if sign == "%":
            return rng.choice([f"{a}-{b}%", f"{a}% to {b}%", f"between {a}% and {b}%", f"{a}\u2013{b}%"])
        return rng.choice([f"{a}-{b} {sign}", f"{a} to {b} {sign}", f"between {a} and {b} {sign}",
                           f"from {a} to {b} {sign}"])

    def money_range(self) -> str:
        rng = self.rng
        a = self._nice_int(100, 90_000)
        b = a + 10 ** max(0, len(str(a)) - 2) * rng.randint(1, 9)
        form = rng.choice(["inr", "inr", "usd", "usd_bn"])
        if form == "inr":
            return rng.choice([f"Rs {western(a)}-{western(b)} crore",
                               f"Rs {western(a)} crore to Rs {western(b)} crore",
                               f"between Rs {western(a)} crore and Rs {western(b)} crore",
                               f"\u20b9{western(a)}\u2013{western(b)} crore"])
        if form == "usd":
            return rng.choice([f"${western(a)}-${western(b)}", f"${western(a)} to ${western(b)}",
                               f"between ${western(a)} and ${western(b)}"])
        x = rng.randint(1, 40)
        y = x + rng.randint(1, 10)
        return rng.choice([f"${x}bn-${y}bn", f"${x}-{y} billion", f"${x} billion to ${y} billion",
                           f"\u00a3{x}m-\u00a3{y}m"])

    def _dur_number(self, unit: str) -> str:
        if unit.startswith("decade"):
            n = self.rng.randint(2, 6)
        else:
            n = self.rng.choice([2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 15, 18, 20, 24, 25, 30, 36, 40,
                                 48, 72])
        return number_words(n) if self.rng.random() < 0.5 else str(n)

    def dur(self) -> str:
        """A duration used as an adjective: "six-year-long", "48-hour", "decade-long"."""
        rng = self.rng
        if rng.random() < 0.12:
            return rng.choice(["decade-long", "year-long", "month-long", "week-long",
                               "day-long", "century-old", "decades-long"])
        unit = rng.choice(["year", "month", "week", "day", "hour", "decade"])
        long = rng.choice(["-long", "", "", "-old"]) if unit != "hour" else ""
        return f"{self._dur_number(unit)}-{unit}{long}"

    def period(self) -> str:
        """A duration used as a noun: "six years", "18 months", "four and a half years"."""
        rng = self.rng
        if rng.random() < 0.1:
            return rng.choice(["four and a half years", "a year and a half", "two and a half months",
                               "a decade", "half a century", "a fortnight"])
        unit = rng.choice(["years", "months", "weeks", "days", "hours", "decades"])
        return f"{self._dur_number(unit)} {unit}"

    def age(self) -> str:
        return str(self.rng.randint(4, 92))

    def score(self) -> str:
        rng = self.rng
        return rng.choice([f"{rng.randint(0, 4)}-{rng.randint(0, 3)}",
                           f"{rng.randint(120, 420)}/{rng.randint(2, 9)}",
                           f"{rng.randint(0, 3)}\u2013{rng.randint(0, 3)}"])

    def months(self) -> str:
        n = self.rng.randint(2, 11)
        return f"{number_words(n) if self.rng.random() < 0.5 else n} months"

    def rate(self) -> str:
        return f"{self.rng.uniform(60, 80):.2f}"

    def runs(self) -> str:
        return str(self.rng.randint(12, 260))

    # -- numbers that are not claims -------------------------------------------------------------
    def year(self) -> str:
        return str(self.rng.randint(1947, 2020))

    def fy(self) -> str:
        y = self.rng.randint(2005, 2020)
        return self.rng.choice([f"{y}-{str(y + 1)[2:]}", f"FY{str(y + 1)[2:]}", f"{y}-{y + 1}",
                                f"FY{y}-{str(y + 1)[2:]}"])

    def date(self) -> str:
        rng = self.rng
        d = rng.randint(1, 28)
        m = rng.randint(1, 12)
        y = rng.randint(2000, 2020)
        return rng.choice([
            f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}", f"{MONTHS_ABBR[m - 1]} {d}",
            f"{d} {MONTHS[m - 1]}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
            f"{MONTHS[m - 1]} {d}", f"{d}.{m}.{y}"])

    def time(self) -> str:
        rng = self.rng
        h = rng.randint(1, 12)
        mnt = rng.choice([0, 15, 30, 45, 10, 20, 40, 50])
        return rng.choice([f"{h}:{mnt:02d} am", f"{h}:{mnt:02d} pm", f"{h} pm", f"{h} am",
                           f"{h}.{mnt:02d} pm", f"{rng.randint(0, 23):02d}:{mnt:02d} IST",
                           f"{rng.randint(0, 23):02d}:{mnt:02d} GMT", f"{h} o'clock"])

    def ordinal(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return rng.choice(_ORDINAL_WORDS)
        n = rng.randint(1, 99)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"

    def ident(self) -> str:
        return self._c(IDENTIFIERS)

    def law(self) -> str:
        return self._c(LAWS)

    def aircraft(self) -> str:
        return self._c(AIRCRAFT)

    def route(self) -> str:
        return self._c(ROUTES)

    def outbreak(self) -> str:
        return self._c(OUTBREAKS)

    def month(self) -> str:
        return self._c(MONTHS)

    def weekday(self) -> str:
        return self._c(WEEKDAYS)

    def phone(self) -> str:
        rng = self.rng
        return rng.choice([f"+91 11 {rng.randint(2000, 2999)} {rng.randint(1000, 9999)}",
                           f"1800-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                           f"{rng.randint(100, 112)}"])

    # -- names ---------------------------------------------------------------------------------
    def place(self) -> str: return self._c(WAR_PLACES)
    def wcity(self) -> str: return self._c(WAR_CITIES)
    def actor(self) -> str: return self._c(WAR_ACTORS)
    def state(self) -> str: return self._c(STATES)
    def fcountry(self) -> str: return self._c(FLOOD_COUNTRIES)
    def river(self) -> str: return self._c(RIVERS)
    def city(self) -> str: return self._c(CITIES)
    def party(self) -> str: return self._c(PARTIES)
    def party2(self) -> str: return self._c(PARTIES)
    def person(self) -> str: return self._c(PEOPLE)
    def role(self) -> str: return self._c(ROLES)
    def agency(self) -> str: return self._c(AGENCIES)
    def ministry(self) -> str: return self._c(MINISTRIES)
    def scheme(self) -> str: return self._c(SCHEMES)
    def disease(self) -> str: return self._c(DISEASES)
    def team(self) -> str: return self._c(TEAMS)
    def team2(self) -> str: return self._c(TEAMS)
    def event(self) -> str: return self._c(SPORTS_EVENTS)
    def sector(self) -> str: return self._c(SECTORS)
    def indicator(self) -> str: return self._c(INDICATORS)
    def said(self) -> str:
        return self._c(["said", "said", "told reporters", "said in a statement", "added",
                        "said on " + self.weekday(), "told The Hindu", "wrote on Twitter",
                        "told a press conference", "said in Parliament"])


# --------------------------------------------------------------------------------------------
# Sentence templates, by topic. Slots are _Writer method names in braces.
# --------------------------------------------------------------------------------------------

# Sentences whose numbers are claims a fact-checker would care about.
CLAIM_TEMPLATES: dict[str, list[str]] = {
    "war": [
        "The {dur} war in {place} has killed {qcount} people, according to {agency}.",
        "{qcount} civilians have been displaced by the fighting around {wcity} since {month}, {agency} {said}.",
        "{agency} estimates that {frac} of the population of {place} now depends on food aid.",
        "In the {period} since the conflict began, {q}{big} people have fled {place}, most of them to neighbouring countries.",
        "Between {range} fighters are thought to be holding the old city of {wcity}.",
        "The coalition carried out {qcount} air strikes in {place} last year, {role} {said}.",
        "The death toll from the {dur} siege of {wcity} has risen to {count}, officials said.",
        "{qpct} of the hospitals in {place} have been damaged or destroyed, {agency} reported.",
        "Reconstruction of {place} will cost {qmoney}, {agency} said in its latest assessment.",
        "{vague} children in {wcity} have had no schooling for {period}.",
    ],
    "flood": [
        "Floods in {state} have affected {qcount} people across {small} districts, {role} {said}.",
        "The {river} was flowing {small} centimetres above the danger mark at {city} on {weekday}.",
        "{qcount} houses were damaged and {count} hectares of crops were destroyed in {state}.",
        "The state government has sought {qmoney} from the Centre for flood relief in {state}.",
        "Rescue teams evacuated {qcount} people from low-lying areas along the {river}.",
        "Monsoon rainfall in {state} has been {qpct} above normal this season, the weather office said.",
        "The floods in {fcountry} have left {q}{big} people homeless and {count} dead.",
        "{frac} of the villages in the district are still cut off, {role} {said}.",
        "More than {count} relief camps have been set up, sheltering {range} people.",
        "The {dur} drought that preceded the floods had already cost farmers {qmoney}.",
    ],
    "budget": [
        "The allocation for {ministry} has been raised to {money} in the budget for {fy}.",
        "The finance minister set aside {qmoney} for {scheme}, a rise of {pct} over last year.",
        "The fiscal deficit is projected at {pct} of GDP, down from {pct} a year earlier.",
        "Spending on {ministry} accounts for {frac} of the state's total budget of {money}.",
        "The government plans to raise {money_range} through disinvestment in {fy}.",
        "Tax collections rose {qpct} to {money} in the first {months} of the financial year.",
        "{person}, {role}, said {scheme} would cost {qmoney} over {period}.",
        "The Centre will transfer {qmoney} to the states under the new formula, {role} {said}.",
        "Subsidies will account for {qpct} of total expenditure, estimated at {money}.",
        "The {dur} delay in releasing funds has left {count} projects incomplete.",
    ],
    "election": [
        "{party} won {small} of the {small} seats in {state}, with a vote share of {pct}.",
        "Turnout in the {ordinal} phase was {qpct}, the Election Commission said.",
        "{qcount} voters are eligible to cast their ballots in {state} this year.",
        "{party} increased its tally from {small} to {small} seats, while {party2} fell to {small}.",
        "The candidate won by a margin of {count} votes, the narrowest in the state.",
        "{frac} of the sitting legislators face criminal cases, according to an analysis of affidavits.",
        "The party spent {qmoney} on its campaign, {pct_range} more than in the last election.",
        "Polling was held in {count} booths across {small} constituencies, {role} {said}.",
        "{party} has governed {state} for {period}, the longest unbroken run in its history.",
        "Women made up {qpct} of the candidates, up from {pct} {period} ago.",
    ],
    "health": [
        "{qcount} cases of {disease} have been reported in {state} this year, {agency} said.",
        "The {disease} outbreak has claimed {count} lives in {city} since {month}.",
        "{qpct} of children under five in {state} are stunted, according to the latest survey.",
        "Only {frac} of primary health centres have a doctor, the report found.",
        "The vaccination drive aims to reach {qcount} children in {small} districts.",
        "The health ministry has allocated {qmoney} to fight {disease} over the next {period}.",
        "Hospital admissions for {disease} rose by {pct_range} in the past {period}.",
        "{disease} kills {qcount} people in India every year, {agency} estimates.",
        "The {dur} campaign has screened {count} people, of whom {count} tested positive.",
        "Out-of-pocket spending makes up {pct} of health expenditure, {role} {said}.",
    ],
    "sport": [
        "{team} beat {team2} by {small} wickets, chasing down a target of {runs} with {small} balls to spare.",
        "{person} scored {runs} off {runs} balls, including {small} sixes.",
        "A crowd of {qcount} watched the final in {city}.",
        "The broadcast rights for {event} were sold for {qmoney}.",
        "{team} have won {small} of their last {small} matches, a run that has lifted them to {ordinal} place.",
        "The prize money for {event} has been raised by {pct} to {money}.",
        "The {dur} wait for a home title ended when {team} won {score} in {city}.",
        "{person} has taken {count} wickets in {period}, more than any other bowler.",
        "Ticket sales for {event} reached {count} in the first {period}, organisers said.",
        "{frac} of the squad is under {age}, the youngest side to tour in {period}.",
    ],
    "economy": [
        "{indicator} slowed to {pct} in the quarter ended {month}, from {pct} a year earlier.",
        "The Sensex fell {count} points, or {pct}, wiping out {money} of investor wealth.",
        "Exports of {sector} goods rose {qpct} to {money} in {fy}.",
        "The {sector} sector employs {qcount} people, {frac} of them in the informal economy.",
        "Foreign investors pulled out {qmoney} from Indian equities in {month}.",
        "{agency} cut its growth forecast to {pct_range} for the current year.",
        "The rupee weakened to {rate} against the dollar, its lowest in {period}.",
        "Bad loans at public sector banks stood at {qmoney}, {pct} of total advances.",
        "The {dur} slump in {sector} has cost {q}{big} jobs, {role} {said}.",
        "The company reported a net profit of {money}, up {pct} from {money} a year ago.",
    ],
}

# Sentences with numbers that are not claims: dates, years, times, ordinals, identifiers, scores.
NONCLAIM_TEMPLATES: list[str] = [
    "The meeting was held on {date} in {city}.",
    "The report, first published in {year}, was updated on {date}.",
    "Polling begins at {time} and ends at {time}.",
    "The {ordinal} round of talks is expected to start on {date}.",
    "Officials invoked {law} after protests spread to {city}.",
    "{person} was speaking at an event in {city} on {weekday}.",
    "The law, passed in {year}, was amended again in {year}.",
    "The case will next be heard on {date}.",
    "{team} won the match {score} on {weekday} evening.",
    "The train left {city} at {time} and reached {city} the next morning.",
    "Officials said the {ident} deal would be discussed at the summit on {date}.",
    "The {year} agreement has been cited repeatedly by both sides.",
    "The helpline number is {phone}.",
    "The {ordinal} edition of the festival opens in {city} on {date}.",
    "Flights resumed at {time} after the airport reopened.",
    "The hearing was adjourned to {date}, the {ordinal} adjournment in the case.",
    "The scheme was launched in {year} and revised in {fy}.",
    "Schools will reopen on {date}, {role} {said}.",
    "The {ident} row dominated the session, which ended at {time}.",
    "The convoy was stopped on {route} near {city} at around {time}.",
    "The figures, released on {date}, cover the period up to {month} {year}.",
    "{person} became the {ordinal} woman to hold the post since {year}.",
    "The final will be played at {time} on {date}.",
    "The story was first reported on {date}.",
    "The aircraft, an Air Force {aircraft}, took off from {city} at {time}.",
    "The {outbreak} pandemic changed how the department worked after {year}.",
    "Results will be declared on {date}, the commission said.",
    "{team} went into the {ordinal} Test with an unchanged side.",
    "Prohibitory orders under {law} remain in force in parts of {city}.",
    "The petition challenges {law}, which the court will take up on {date}.",
    "Traffic on {route} was diverted from {time} onwards.",
    "A {aircraft} of the air force was pressed into service for the rescue.",
    "Schools that closed during the {outbreak} outbreak in {year} have since reopened.",
    "Talks on the sidelines of the {ident} summit ended at {time}.",
]

# Sentences without numbers: most of what a news report is made of.
PROSE_OPENERS = ["", "", "", "", "However, ", "Meanwhile, ", "On {weekday}, ", "In {city}, ",
                 "Earlier, ", "Later, ", "According to {agency}, ", "Speaking to reporters, ",
                 "Even so, ", "At the same time, ", "For now, ", "In a statement, ",
                 "Despite this, ", "Locally, ", "By evening, "]
PROSE_TEMPLATES: list[str] = [
    "{role} {said} the situation was being monitored closely",
    "the opposition accused the government of ignoring repeated warnings",
    "residents complained that help had been slow to arrive",
    "{agency} called for an independent inquiry into the incident",
    "the decision drew sharp criticism from {party}",
    "officials declined to comment on the details of the plan",
    "{person}, {role}, urged people to remain calm and avoid rumours",
    "the roads leading to the district headquarters remained blocked",
    "aid agencies have warned that the worst may be yet to come",
    "the ministry is expected to release a detailed statement later in the week",
    "local traders said business had come to a standstill",
    "the proposal will now go before the cabinet for approval",
    "{role} said the figures would be reviewed once the survey was complete",
    "critics argue that the money is not reaching the people who need it most",
    "the court asked the government to explain why the order had not been implemented",
    "the talks broke down without agreement late in the evening",
    "farmers in the region have been demanding compensation for months",
    "the team's captain praised the bowlers for their discipline",
    "analysts said the markets had already priced in the decision",
    "the hospital has been struggling with a shortage of staff and medicines",
    "{party} described the announcement as an election gimmick",
    "the chief minister chaired a review meeting with senior officials",
    "teachers in the area said attendance had fallen sharply",
    "the army was called in to help with rescue operations",
    "a committee has been set up to look into the matter",
    "the central bank kept its policy stance unchanged",
    "voters in the constituency said jobs and prices were their main concern",
    "doctors have advised people to boil drinking water and keep their surroundings clean",
    "the coach said the side would learn from the defeat",
    "there was no immediate claim of responsibility for the attack",
    "the ceasefire appeared to be holding, though sporadic firing was reported",
    "the finance ministry said the reforms would take time to show results",
    "{agency} said access to the worst-hit areas remained difficult",
    "the party's candidates campaigned door to door in the final days",
    "industry bodies welcomed the move but asked for more clarity",
    "the embankment had been weakened by years of neglect",
    "the government has promised to rebuild the damaged schools and clinics",
    "witnesses described scenes of panic as the water rose",
    "the findings are likely to feed into the debate over public spending",
    "it was not clear when normal services would resume",
    "the match was delayed by rain but eventually went the full distance",
    "{person} {said} the party would fight the verdict in the courts",
    "the figures could not be independently verified",
    "the relief material was distributed through the panchayats",
    "observers said the contest had been largely peaceful",
    "investors remained cautious ahead of the policy announcement",
    "the health department has launched an awareness campaign in the villages",
    "the refugees said they had walked for days to reach the border",
    "economists expect the slowdown to continue into the next quarter",
    "the selectors are due to meet next week to pick the squad",
]
PROSE_TAILS = ["", "", "", "", ", officials said", ", {role} {said}",
               " as the rain continued", " in the days ahead", ", according to local reports",
               ", though the details were not made public", " despite the protests",
               " after a long and heated debate", " amid growing pressure from the public"]

TITLE_TEMPLATES: dict[str, list[str]] = {
    "war": ["Fighting intensifies around {wcity}", "{place}: aid agencies warn of famine",
            "{qcount} displaced as conflict in {place} enters new phase",
            "The {dur} war in {place}: what we know"],
    "flood": ["Floods in {state}: {count} affected", "{river} crosses danger mark in {state}",
              "Relief operations continue in flood-hit {state}", "{fcountry} floods leave millions stranded"],
    "budget": ["Budget {fy}: {ministry} gets {money}", "What the budget means for {scheme}",
               "State budget: deficit widens to {pct}", "Finance minister bets on {ministry}"],
    "election": ["{party} sweeps {state}", "Turnout of {pct} in {ordinal} phase",
                 "{state} election: {party} and {party2} neck and neck", "How {state} voted"],
    "health": ["{disease} cases rise in {city}", "{state} struggles with {disease} outbreak",
               "Vaccination drive to reach {count} children", "Health budget: {money} for {disease}"],
    "sport": ["{team} beat {team2} to win {event}", "{person} stars as {team} win {score}",
              "{event}: {team} seal series", "Record crowd of {count} in {city}"],
    "economy": ["{indicator} slows to {pct}", "Sensex slides {count} points",
                "{sector} exports rise to {money}", "RBI holds rates as {indicator} eases"],
}

_SLOT = re.compile(r"\{(\w+)\}")


def _fill(w: _Writer, template: str) -> str:
    return _SLOT.sub(lambda m: getattr(w, m.group(1))(), template)


def _sentence(w: _Writer, topic: str, prose_only: bool = False) -> str:
    rng = w.rng
    r = 1.0 if prose_only else rng.random()
    if r < 0.30:
        s = _fill(w, rng.choice(CLAIM_TEMPLATES[topic]))
    elif r < 0.42:
        s = _fill(w, rng.choice(NONCLAIM_TEMPLATES))
    else:
        body = _fill(w, rng.choice(PROSE_TEMPLATES))
        opener = _fill(w, rng.choice(PROSE_OPENERS))
        tail = _fill(w, rng.choice(PROSE_TAILS))
        s = opener + body + tail + "."
    return s[0].upper() + s[1:]


def _paragraph(w: _Writer, topic: str) -> str:
    rng = w.rng
    n = rng.choices([1, 2, 3, 4, 5, 6], [8, 20, 28, 22, 14, 8])[0]
    prose_only = rng.random() < 0.2  # background, quotes, colour: no numbers at all
    sentences = []
    for _ in range(n):
        t = topic if rng.random() < 0.85 else rng.choice(TOPICS)
        sentences.append(_sentence(w, t, prose_only))
    return " ".join(sentences)


def _utf8_len(s: str) -> int:
    return len(s.encode("utf-8"))


def iter_paragraphs(seed: int = DEFAULT_SEED, profile: str = "mixed") -> Iterator[str]:
    """An endless, deterministic stream of paragraphs; topics run in stretches like stories."""
    rng = random.Random(seed)
    w = _Writer(rng, profile)
    while True:
        topic = rng.choice(TOPICS)
        for _ in range(rng.randint(3, 9)):
            yield _paragraph(w, topic)


def generate_text(size_bytes: int, seed: int = DEFAULT_SEED) -> str:
    """One text of at least `size_bytes` UTF-8 bytes: whole paragraphs separated by blank lines.

    Deterministic for a given seed; a smaller size gives a prefix of a larger one.
    """
    parts: list[str] = []
    total = 0
    sep = _utf8_len(PARAGRAPH_SEP)
    for para in iter_paragraphs(seed):
        parts.append(para)
        total += _utf8_len(para) + (sep if len(parts) > 1 else 0)
        if total >= size_bytes:
            break
    return PARAGRAPH_SEP.join(parts)


def generate_paragraphs(size_bytes: int, seed: int = DEFAULT_SEED) -> list[str]:
    """Paragraphs whose UTF-8 bytes add up to at least `size_bytes` (separators not counted).

    The same paragraphs, in the same order, as `generate_text` for the same seed.
    """
    out: list[str] = []
    total = 0
    for para in iter_paragraphs(seed):
        out.append(para)
        total += _utf8_len(para)
        if total >= size_bytes:
            break
    return out


def generate_articles(n: int, seed: int = DEFAULT_SEED,
                      min_bytes: int = 1024, max_bytes: int = 4096) -> Iterator[dict]:
    """`n` article dicts (id, title, text, date, locale), each text 1-4 KB of paragraphs.

    `date` is an ISO string (YYYY-MM-DD); `locale` is "en_IN", "en_GB", "en_US" or None
    (unknown), and the article's numbers are written the way that locale writes them (None
    mixes every style). Deterministic for a given seed; the first k articles do not depend on n.
    """
    rng = random.Random(seed)
    writers = {name: _Writer(rng, name) for name in PROFILES}
    locales = [loc for loc, _ in ARTICLE_LOCALES]
    weights = [wt for _, wt in ARTICLE_LOCALES]
    sep = _utf8_len(PARAGRAPH_SEP)
    first_day = dt.date(2014, 1, 1).toordinal()
    last_day = dt.date(2020, 12, 31).toordinal()
    for i in range(n):
        locale = rng.choices(locales, weights)[0]
        w = writers[locale or "mixed"]
        topic = rng.choice(TOPICS)
        target = rng.randint(min_bytes, max_bytes)
        paras: list[str] = []
        size = 0
        attempts = 0
        while size < target and attempts < 50:
            attempts += 1
            para = _paragraph(w, topic if rng.random() < 0.8 else rng.choice(TOPICS))
            extra = _utf8_len(para) + (sep if paras else 0)
            if size + extra > max_bytes:
                if size >= min_bytes:
                    break
                continue
            paras.append(para)
            size += extra
        text = PARAGRAPH_SEP.join(paras)
        while _utf8_len(text) < min_bytes:  # rare: keep adding short sentences
            text += " " + _sentence(w, topic)
        if _utf8_len(text) > max_bytes:  # cut at a sentence end
            cut = text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")
            text = cut[: cut.rfind(". ") + 1] or cut
        title = _fill(w, rng.choice(TITLE_TEMPLATES[topic]))
        date = dt.date.fromordinal(rng.randint(first_day, last_day))
        yield {
            "id": f"bench-{seed}-{i:06d}",
            "title": title[0].upper() + title[1:],
            "text": text,
            "date": date.isoformat(),
            "locale": locale,
        }


def _parent_dir(path: str) -> None:
    parent = os.path.dirname(path)
    if parent:
        os.makedirs(parent, exist_ok=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Generate deterministic news-like text for benchmarks "
                    "(1 MB = 1,000,000 bytes of UTF-8).")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--mb", type=float, help="size of one big text, in MB")
    mode.add_argument("--articles", type=int, metavar="N", help="number of articles (1-4 KB each)")
    ap.add_argument("-o", "--output", metavar="FILE", help="with --mb: write the text here (default: stdout)")
    ap.add_argument("--jsonl", metavar="FILE", help="with --articles: write one JSON article per line (default: stdout)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    args = ap.parse_args(argv)

    if args.mb is not None:
        if args.jsonl:
            ap.error("--jsonl goes with --articles; use -o with --mb")
        text = generate_text(int(args.mb * MB), args.seed)
        data = text.encode("utf-8")
        if args.output and args.output != "-":
            _parent_dir(args.output)
            with open(args.output, "wb") as f:
                f.write(data)
        else:
            sys.stdout.buffer.write(data)
        print(f"wrote {len(data):,} bytes ({len(data) / MB:.2f} MB), "
              f"{text.count(PARAGRAPH_SEP) + 1:,} paragraphs, seed {args.seed}", file=sys.stderr)
        return 0

    if args.output:
        ap.error("-o goes with --mb; use --jsonl with --articles")
    to_file = bool(args.jsonl) and args.jsonl != "-"
    if to_file:
        _parent_dir(args.jsonl)
    out = open(args.jsonl, "w", encoding="utf-8") if to_file else sys.stdout
    total = 0
    try:
        for art in generate_articles(args.articles, args.seed):
            line = json.dumps(art, ensure_ascii=False)
            total += _utf8_len(art["text"])
            out.write(line + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"wrote {args.articles:,} articles, {total:,} bytes of article text "
          f"({total / MB:.2f} MB), seed {args.seed}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
