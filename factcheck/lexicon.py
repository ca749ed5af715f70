"""Loads the word lists in factcheck/data/ once, with exact decimal values.

Why a module of its own: the normaliser, the mention finder and the claim extractor all read
the same words, and a user who extends a list should only have to edit a data file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import regex

DATA_DIR = Path(__file__).resolve().parent / "data"
_PARSED_VERSION = 1


def load_data_file(name: str):
    """Parse one YAML file shipped in factcheck/data/.

    Parsing YAML (and importing PyYAML) costs more than a run spends on most articles, so the
    parsed content is kept as JSON in the user cache folder, keyed by the file's size and
    modification time, and read back from there; content JSON would not give back exactly
    (dates, keys that are not strings) is parsed every time instead.
    """
    path = DATA_DIR / name
    stat = path.stat()
    key = [_PARSED_VERSION, name, stat.st_size, stat.st_mtime_ns]
    cached = _parsed_path(name)
    if cached is not None:
        try:
            entry = json.loads(cached.read_bytes())
            if entry["key"] == key:
                return entry["data"]
        except (OSError, ValueError, KeyError, TypeError):
            pass
    data = _parse_yaml(path.read_text(encoding="utf-8"))
    if cached is not None:
        try:
            text = json.dumps({"key": key, "data": data}, ensure_ascii=False)
            exact = json.loads(text)["data"] == data
        except (TypeError, ValueError):
            exact = False
        if exact:
            from .userdirs import write_atomic_bytes
            write_atomic_bytes(cached, text.encode("utf-8"))
    return data


def _parse_yaml(text: str):
    import yaml
    # libyaml's loader when PyYAML was built with it: the same documents, parsed ten times faster.
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _parsed_path(name: str) -> Path | None:
    from .userdirs import cache_dir
    folder = cache_dir()
    return folder / f"data-{Path(name).stem}.json" if folder is not None else None


def _decimals(table: dict) -> dict[str, Decimal]:
    return {str(k).lower(): Decimal(str(v)) for k, v in table.items()}


@dataclass(frozen=True)
class Abbreviation:
    value: Decimal
    attached_only: bool
    spaced_after: frozenset[str] = frozenset()
    """Where an `attached_only` one still counts after a space: "decimals" ("2.33 k") or
    "money" ("$2.5 M"); alone, "5 m" is metres and "2.7 K" kelvin."""


@dataclass(frozen=True)
class DurationUnit:
    unit: str
    attached_only: bool


@dataclass(frozen=True)
class GroupingStyle:
    """How one style groups digits: "3,00,000" is group ",", decimal ".", sizes (3, 2)."""

    name: str
    locale: str
    group: tuple[str, ...]
    decimal: str
    sizes: tuple[int, ...]


@dataclass(frozen=True)
class NumberLexicon:
    units: dict[str, Decimal]
    tens: dict[str, Decimal]
    scales: dict[str, Decimal]
    scale_abbreviations: dict[str, Abbreviation]
    collectives: dict[str, Decimal]
    vague_plurals: dict[str, Decimal]
    denominators: dict[str, Decimal]
    fraction_compounds: dict[str, frozenset[str]]
    """A fraction word -> the words a hyphen joins it to in a noun, no share ("half-time")."""
    ordinals: dict[str, Decimal]
    glued_qualifiers: dict[str, str]
    """Bounds glued to the end of a number ("10,000+", "100-plus", "20-odd") -> the bound."""
    name_codes: frozenset[str]
    """Currency codes that, glued to a number, name something else ("COP28")."""
    name_suffixes: frozenset[str]
    """Capital letters glued after a number that make it a name ("5G")."""
    model_words: frozenset[str]
    """Capitalised words after a number that make both a model's name ("737 Max")."""
    index_names: frozenset[str]
    phone_words: frozenset[str]
    karat: dict[str, tuple[str, ...]]
    """The letters and words of gold's purity after a number, and the metals they go before."""
    """Words before a number that make a zero-led group after it the rest of a phone number."""
    """Names a number after belongs to wherever they stand ("S&P 500 futures", "FTSE 100")."""
    model_nouns: frozenset[str]
    """Words after "787-10" that make the dashed pair a type's name, not a range ("787-10 jets")."""
    street_types: frozenset[str]
    """Capitalised words that end a street's name ("Downing Street"): a number before one or two
    capitalised words and one of these, after a word of `address_before`, is a house number."""
    address_before: frozenset[str]
    score_verbs: frozenset[str]
    """Words before a dashed pair that make it a score ("won 3-1"); score_nouns after ("a 2-2
    draw"); score_followers: what may end a score's phrase ("won 3-1 at Anfield")."""
    score_nouns: frozenset[str]
    score_followers: frozenset[str]
    innings_words: frozenset[str]
    """Words before a cricket innings written "287-6" ("posted", "were", "stumps")."""
    wickets: frozenset[str]
    """How the wickets of an innings are written: "0" to "10", "one" to "ten"."""
    hyphen_prefixes: frozenset[str]
    """Words a hyphen joins to a number without making a name of it ("mid-2000s", "pre-2019")."""
    slash_names: frozenset[str]
    """Names written like a proper fraction ("9/11"): never a share."""
    ordinal_nouns: frozenset[str]
    """Words after "a third", "a fifth" that make it an ordinal ("a third term")."""
    after_one_second: frozenset[str]
    """Words after "a second" that keep it a length of time ("a second later")."""
    compound_plurals: dict[str, Decimal]
    """Plural units ordinals read as a denominator only after tens ("three twenty-firsts")."""
    qualifiers: dict[str, str]
    percent_markers: tuple[str, ...]
    currency_aliases: dict[str, str]
    word_prefixes: frozenset[str]
    """Country prefixes of "$" that are also words: "A $5 fine" is dollars after an article."""
    letter_symbols: frozenset[str]
    """Single letters read as a currency only glued to an amount written as money ("R35bn")."""
    glued_only_codes: frozenset[str]
    """ISO codes read only glued to the digits ("TOP10" aside, "TOP 10" is a list, not Tongan
    money): every code in use except those numbers.yaml lists as aliases."""
    identifier_labels: tuple[str, ...]
    duration_units: dict[str, DurationUnit]
    months: tuple[str, ...]
    count_nouns: frozenset[str]
    year_prepositions: frozenset[str]
    grouping_styles: dict[str, GroupingStyle]
    separator_families: tuple[tuple[str, ...], ...]
    metre_context: tuple[str, ...]
    metre_event_before: frozenset[str]
    """Words before "400m" with nothing after it that leave metres or millions open."""
    measure_units: dict[str, str]
    """Units of measurement after a number ("115.6 mm", "a 28-nanometer chip") -> pint's name."""
    glued_measure_units: dict[str, str]
    """The same, read only glued to the digits ("20C", "5g")."""
    spaced_measure_letters: dict[str, str]
    """Letters read as a unit after one space, as a word of their own ("35 C")."""
    multiplier_words: dict[str, Decimal]
    """One-word multipliers ("threefold", "tenfold") -> the number; multiplier_suffix after a
    hyphen ("45-fold")."""
    multiplier_suffix: str
    scale_collectives: frozenset[str]
    """Collectives that multiply a scale word after "of" ("a couple of hundred")."""
    tally_words: frozenset[str]
    """Words of a vote before a pair of numbers ("voted 10 to 153"): a tally, never a range."""
    race_time_words: frozenset[str]
    """Words near "2:04:11" that make it a race time; clock_time_before keeps it a clock time."""
    clock_time_before: frozenset[str]
    decimal_point: frozenset[str]
    not_plural: frozenset[str]
    range_openers: tuple[str, ...]
    age_words: tuple[str, ...]
    clock_words: tuple[str, ...]
    post_qualifiers: dict[str, str]
    negatives: tuple[str, ...]
    pronoun_one_after: tuple[str, ...]
    duration_fillers: tuple[str, ...]
    scaled_duration_units: frozenset[str]
    """Units of time a scaled number may take ("290 million years"); others stay a total."""
    frequency_words: frozenset[str]
    """Words of how often: before "a week" they make it a rate ("twice a week")."""
    not_bounds_of_a_unit: frozenset[str]
    """Qualifiers that before "a year", "an hour" are prepositions ("over a week": during it)."""
    change_verbs: tuple[str, ...]
    not_names: frozenset[str]
    duration_sizes: dict[str, tuple[Decimal, str]]
    duration_symbols: dict[str, str]
    """Capital letters glued to a number that stand for a unit of time ("12D", "3Y")."""
    symbol_lookalikes: frozenset[str]
    """Numbers glued to such a letter that name something else ("3D" films, "2W" vehicles)."""

    @property
    def number_words(self) -> set[str]:
        """Every word that can be part of a spelled-out number."""
        return (set(self.units) | set(self.tens) | set(self.scales) | set(self.collectives)
                | set(self.denominators) | set(self.ordinals) | set(self.compound_plurals)
                | set(self.decimal_point) | set(self.multiplier_words))


def _currency_aliases(spec: dict) -> dict[str, str]:
    """Symbol, code or name -> ISO 4217 code: every code in use and every symbol babel's locales
    write (factcheck/currencies.py), then the aliases in numbers.yaml (names, "Rs"); "" for a
    symbol that names no one currency ("Sh")."""
    from .currencies import currency_symbols, tender_codes

    out: dict[str, str] = {code: code for code in sorted(tender_codes())}
    out.update(currency_symbols())
    out.update({str(k): str(v) for k, v in spec["aliases"].items()})
    out.update({str(k): "" for k in spec["unsettled_symbols"]})  # "": money of no known currency
    out.update({str(k): str(v or "") for k, v in spec["letter_symbols"].items()})
    return out


def _glued_only_codes(spec: dict) -> frozenset[str]:
    from .currencies import tender_codes

    return tender_codes() - {str(k) for k in spec["aliases"]}


@lru_cache(maxsize=1)
def number_lexicon() -> NumberLexicon:
    data = load_data_file("numbers.yaml")
    qualifiers = {phrase.lower(): bound for bound, phrases in data["qualifiers"].items()
                  for phrase in phrases}
    return NumberLexicon(
        units=_decimals(data["units"]),
        tens=_decimals(data["tens"]),
        scales=_decimals(data["scales"]),
        scale_abbreviations={k: Abbreviation(Decimal(v["value"]), bool(v["attached_only"]),
                                             frozenset(v.get("spaced_after", ())))
                             for k, v in data["scale_abbreviations"].items()},
        collectives=_decimals(data["collectives"]),
        vague_plurals=_decimals(data["vague_plurals"]),
        denominators=_decimals(data["denominators"]),
        ordinals=_decimals(data["ordinals"]),
        compound_plurals=_decimals(data["compound_plurals"]),
        glued_qualifiers={str(k).lower(): str(v) for k, v in data["glued_qualifiers"].items()},
        name_codes=frozenset(str(w) for w in data["currencies"]["name_codes"]),
        name_suffixes=frozenset(str(w) for w in data["name_suffixes"]),
        model_words=frozenset(str(w) for w in data["model_words"]),
        fraction_compounds={str(k): frozenset(str(w) for w in v)
                            for k, v in data["fraction_compounds"].items()},
        index_names=frozenset(str(w) for w in data["index_names"]),
        phone_words=frozenset(str(w) for w in data["phone_words"]),
        karat={str(k): tuple(str(w) for w in v) for k, v in data["karat"].items()},
        model_nouns=frozenset(str(w).lower() for w in data["model_nouns"]),
        street_types=frozenset(str(w) for w in data["street_types"]),
        address_before=frozenset(str(w).lower() for w in data["address_before"]),
        score_verbs=frozenset(str(w).lower() for w in data["score_verbs"]),
        score_nouns=frozenset(str(w).lower() for w in data["score_nouns"]),
        score_followers=frozenset(str(w).lower().split()[0] for w in data["score_followers"]),
        innings_words=frozenset(str(w).lower() for w in data["innings_words"]),
        wickets=frozenset(str(w).lower() for w in data["wickets"]),
        hyphen_prefixes=frozenset(str(w).lower() for w in data["hyphen_prefixes"]),
        slash_names=frozenset(str(w) for w in data["slash_names"]),
        ordinal_nouns=frozenset(str(w).lower() for w in data["ordinal_nouns"]),
        after_one_second=frozenset(str(w).lower() for w in data["after_one_second"]),
        qualifiers=qualifiers,
        percent_markers=tuple(data["percent_markers"]),
        currency_aliases=_currency_aliases(data["currencies"]),
        word_prefixes=frozenset(str(w) for w in data["currencies"]["word_prefixes"]),
        letter_symbols=frozenset(str(k) for k in data["currencies"]["letter_symbols"]),
        glued_only_codes=_glued_only_codes(data["currencies"]),
        identifier_labels=tuple(data["identifier_labels"]),
        duration_units={k.lower(): DurationUnit(v["unit"], bool(v.get("attached_only", False)))
                        for k, v in data["duration_units"].items()},
        months=tuple(data["months"]),
        count_nouns=frozenset(data["count_nouns"]),
        year_prepositions=frozenset(str(w) for w in data["year_prepositions"]),
        grouping_styles={name: GroupingStyle(name, v["locale"], tuple(v["group"]), v["decimal"],
                                             tuple(v["sizes"]))
                         for name, v in data["grouping_styles"].items()},
        separator_families=tuple(tuple(f) for f in data["separator_families"]),
        metre_context=tuple(data["metre_context"]),
        metre_event_before=frozenset(str(w).lower() for w in data["metre_event_before"]),
        measure_units={str(k): str(v) for k, v in data["measure_units"]["spaced"].items()},
        glued_measure_units={str(k): str(v) for k, v in data["measure_units"]["glued"].items()},
        spaced_measure_letters={str(k): str(v) for k, v in data["measure_units"]["spaced_letters"].items()},
        multiplier_words=_decimals(data["multipliers"]["words"]),
        multiplier_suffix=str(data["multipliers"]["suffix"]).lower(),
        scale_collectives=frozenset(str(w).lower() for w in data["scale_collectives"]),
        tally_words=frozenset(str(w).lower() for w in data["tally_words"]),
        race_time_words=frozenset(str(w).lower() for w in data["race_time_words"]),
        clock_time_before=frozenset(str(w).lower() for w in data["clock_time_before"]),
        decimal_point=frozenset(data["decimal_point"]),
        not_plural=frozenset(data["not_plural"]),
        range_openers=tuple(data["range_openers"]),
        age_words=tuple(data["age_words"]),
        clock_words=tuple(data["clock_words"]),
        post_qualifiers={phrase.lower(): bound for bound, phrases in data["post_qualifiers"].items()
                         for phrase in phrases},
        negatives=tuple(data["negatives"]),
        pronoun_one_after=tuple(data["pronoun_one_after"]),
        duration_fillers=tuple(data["duration_fillers"]),
        scaled_duration_units=frozenset(str(w) for w in data["scaled_duration_units"]),
        frequency_words=frozenset(str(w).lower() for w in data["frequency_words"]),
        not_bounds_of_a_unit=frozenset(str(w).lower() for w in data["not_bounds_of_a_unit"]),
        change_verbs=tuple(data["change_verbs"]),
        not_names=frozenset(str(w).lower() for w in data["not_names"]),
        duration_sizes={k: (Decimal(str(v[0])), str(v[1])) for k, v in data["duration_sizes"].items()},
        duration_symbols={str(k): str(v) for k, v in data["duration_symbols"].items()},
        symbol_lookalikes=frozenset(str(w) for w in data["symbol_lookalikes"]),
    )


def trie_pattern(words: list[str], *, any_case_first: bool = False) -> str:
    """A regex matching exactly `words`, factored by shared prefixes: much faster than a flat
    alternation because the engine never tries two branches that start alike.

    With `any_case_first`, the first letter matches in either case ("six" and "Six"), which is
    cheaper than listing both spellings.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for i, ch in enumerate(word):
            key = ch.lower() if any_case_first and i == 0 else ch
            node = node.setdefault(key, {})
        node[""] = {}

    def first(ch: str) -> str:
        if any_case_first and ch.upper() != ch:
            return f"[{regex.escape(ch)}{regex.escape(ch.upper())}]"
        return regex.escape(ch)

    def emit(node: dict, top: bool = False) -> str:
        branches = [(first(ch) if top else regex.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and not top and ("" not in node or len(branches[0]) == 1):
            body = branches[0]  # one way on: no group needed unless it is optional
        else:
            body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(tree, top=True)
