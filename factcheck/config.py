"""Project settings from `[tool.factcheck]` in pyproject.toml or from factcheck.toml.

Found the way ruff finds its settings: from the working directory up to the root, the first
folder holding a `factcheck.toml` (whole file) or a `pyproject.toml` with a `[tool.factcheck]`
table wins; `factcheck.toml` wins over `pyproject.toml` in the same folder. Paths in the file are
relative to the folder the file is in. Settings become the command line's defaults, so an option
given on the command line always overrides them. A key or value that makes no sense is an error
naming the file, the key and what is allowed: a typo must not silently change a CI gate.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError

CONFIG_FILE = "factcheck.toml"
PYPROJECT = "pyproject.toml"


@dataclass(frozen=True)
class Setting:
    """One configurable value: its key in the file, the option it defaults, and its check."""

    key: str
    dest: str
    option: str
    parse: Callable[[object, "Config"], object]
    allowed: str
    """What the file may say, in words, for error messages and `factcheck config`."""
    default: object = None


@dataclass
class Config:
    """Settings read from one file (or none): values by key, and where they came from."""

    path: Path | None = None
    table: str = ""
    """How the settings are addressed in the file: "[tool.factcheck]", or "" (the whole file)."""
    values: dict[str, object] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def error(self, key: str, problem: str) -> UsageError:
        where = " ".join(x for x in (self.table, key) if x)
        return UsageError(f"{self.path}: {where}: {problem}")


def _strings(value, config: Config, key: str) -> list[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) and v.strip() for v in items):
        raise config.error(key, f"expected a list of strings, got {value!r}")
    return [v.strip() for v in items]


def _paths(key: str):
    def parse(value, config: Config):
        return [str((config.folder / v).resolve()) for v in _strings(value, config, key)]
    return parse


def _path(key: str):
    def parse(value, config: Config):
        if not isinstance(value, str) or not value.strip():
            raise config.error(key, f"expected a file path (a string), got {value!r}")
        return str((config.folder / value).resolve())
    return parse


def _choice(key: str, choices_of: Callable[[], tuple[str, ...]]):
    def parse(value, config: Config):
        choices = choices_of()
        if value not in choices:
            raise config.error(key, f"{value!r} is not allowed; choose one of {', '.join(choices)}")
        return value
    return parse


def _fail_on_choices() -> tuple[str, ...]:
    from .validate_cli import FAIL_ON_CHOICES
    return FAIL_ON_CHOICES


def _locale(value, config: Config):
    from .numerals import locale_decimal_symbol
    if not isinstance(value, str):
        raise config.error("locale", f"expected a babel locale name such as \"en_IN\", got {value!r}")
    try:
        locale_decimal_symbol(value)
    except ValueError as exc:
        raise config.error("locale", f"{exc}; use a babel locale name such as \"en_IN\"") from None
    return value.replace("-", "_")


def _tolerance(value, config: Config):
    """A table such as {approx = 0.1, max_age_days = 366} -> the option's "k=v,..." text."""
    from .checker import Tolerances
    known = tuple(Tolerances.__dataclass_fields__)
    if not isinstance(value, dict):
        raise config.error("tolerance", f"expected a table of {', '.join(known)}, got {value!r}")
    parts = []
    for name, number in value.items():
        if name not in known:
            raise config.error(f"tolerance.{name}", f"unknown tolerance; allowed: {', '.join(known)}")
        if isinstance(number, bool) or not isinstance(number, (int, float, str)) \
                or not _is_number(number):
            raise config.error(f"tolerance.{name}", f"expected a number, got {number!r}")
        parts.append(f"{name}={number}")
    spec = ",".join(parts)
    try:
        Tolerances.parse(spec)
    except (ValueError, ArithmeticError) as exc:
        raise config.error("tolerance", f"{exc}") from None
    return spec


def _is_number(value) -> bool:
    from decimal import Decimal, InvalidOperation
    try:
        return Decimal(str(value)).is_finite()
    except InvalidOperation:
        return False


def _report_formats(value, config: Config):
    from .corpus import REPORT_FORMATS
    formats = tuple(dict.fromkeys(_strings(value, config, "report-format")))
    unknown = [f for f in formats if f not in REPORT_FORMATS]
    if unknown:
        raise config.error("report-format", f"{', '.join(map(repr, unknown))} not allowed; "
                                             f"choose from {', '.join(REPORT_FORMATS)}")
    return formats


def _selectors(key: str):
    def parse(value, config: Config):
        from .selection import parse_selectors
        try:
            return parse_selectors(_strings(value, config, key))
        except ValueError as exc:
            raise config.error(key, str(exc)) from None
    return parse


SETTINGS: tuple[Setting, ...] = (
    Setting("reference", "reference", "--reference", _paths("reference"),
            "a list of folders of reference data", []),
    Setting("tolerance", "tolerance", "--tolerance", _tolerance,
            "a table of approx, exact, upper, imprecise, max_age_days", ""),
    Setting("fail-on", "fail_on", "--fail-on", _choice("fail-on", _fail_on_choices),
            "one of supported, unverifiable, imprecise, contradicted, never", "contradicted"),
    Setting("locale", "locale", "--locale", _locale, "a babel locale name (en_IN, de, ...)"),
    Setting("report-format", "report_format", "--report-format", _report_formats,
            "a list of json, md, html", ("json",)),
    Setting("select", "select", "--select", _selectors("select"),
            "a list of measures, verdicts and reasons", ()),
    Setting("ignore", "ignore", "--ignore", _selectors("ignore"),
            "a list of measures, verdicts and reasons", ()),
    Setting("baseline", "baseline", "--baseline", _path("baseline"), "a baseline file path"),
)
BY_KEY = {s.key: s for s in SETTINGS}


def find_config(start: Path | None = None) -> Path | None:
    """The settings file that applies in `start` (default: the working directory), or None."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        candidate = folder / PYPROJECT
        if candidate.is_file() and _has_table(candidate):
            return candidate
    return None


def _has_table(pyproject: Path) -> bool:
    import tomllib
    try:
        text = pyproject.read_text(encoding="utf-8")
        if "factcheck" not in text:  # most projects' files: no need to parse them
            return False
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False  # someone else's broken pyproject.toml is not ours to reject
    return isinstance(data.get("tool"), dict) and "factcheck" in data["tool"]


def load_config(path: Path | str | None) -> Config:
    """Settings from `path` (a factcheck.toml or a pyproject.toml), checked; empty for None."""
    if path is None:
        return Config()
    import tomllib
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{path}: cannot read settings: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text (save it as UTF-8)") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML: {exc}") from None
    if path.name == PYPROJECT:
        table, where = data.get("tool", {}).get("factcheck", {}), "[tool.factcheck]"
    else:
        table, where = data, ""
    config = Config(path=path.resolve(), table=where)
    if not isinstance(table, dict):
        raise config.error("", "expected a table of settings")
    for key, value in table.items():
        setting = BY_KEY.get(key)
        if setting is None:
            import difflib
            close = difflib.get_close_matches(key, BY_KEY, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise config.error(key, f"unknown key{hint}; allowed keys: {', '.join(BY_KEY)}")
        config.values[key] = setting.parse(value, config)
    return config


def apply(parser, config: Config) -> None:
    """Make the file's values the defaults of every subcommand that has the option."""
    for sub in _subparsers(parser):
        dests = {a.dest for a in sub._actions}
        sub.set_defaults(**{BY_KEY[k].dest: v for k, v in config.values.items()
                            if BY_KEY[k].dest in dests})


def _subparsers(parser):
    import argparse
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.values()


def pre_scan(argv: list[str]) -> tuple[str | None, bool]:
    """`--config FILE` and `--isolated` from the raw arguments, before the parser (which needs
    the file's values as its defaults) runs."""
    path, isolated = None, False
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--isolated":
            isolated = True
        elif arg == "--config" and i + 1 < len(argv):
            path = argv[i + 1]
        elif arg.startswith("--config="):
            path = arg.partition("=")[2]
    return path, isolated


def effective(config: Config) -> list[tuple[str, object, str]]:
    """(key, value, origin) for every setting, for `factcheck config`."""
    rows = []
    for s in SETTINGS:
        if s.key in config.values:
            rows.append((s.key, config.values[s.key], f"{config.path} {config.table}".strip()))
        else:
            rows.append((s.key, s.default, "default"))
    return rows
