"""Start-up: what a one-article run builds and imports, and the caches that spare it work.

`factcheck check story.md` is run by editors and hooks one article at a time, so what a process
does before it reads the article counts: patterns are compiled when first used, the command line
parser holds only the command being run, and parsed front matter is kept in the user cache.
"""

import contextlib
import importlib
import io
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, SEED
from factcheck import articles, cli
from factcheck.errors import InputError

words = importlib.import_module("factcheck.claims.vocabulary")


# --- the claim vocabulary ----------------------------------------------------------------------

def fresh_vocabulary():
    return words._vocabulary.__wrapped__(())  # a new one, not the run's cached one


def test_a_vocabulary_compiles_each_pattern_only_when_first_asked_for():
    v = fresh_vocabulary()
    assert words.PATTERNS and not [name for name in words.PATTERNS if name in vars(v)]
    triggers = v.triggers
    assert v.triggers is triggers
    assert [name for name in words.PATTERNS if name in vars(v)] == ["triggers"]


@pytest.mark.parametrize("name", words.PATTERNS)
def test_every_vocabulary_pattern_compiles(name):
    pattern = getattr(fresh_vocabulary(), name)
    assert pattern.pattern and callable(pattern.match)


@pytest.mark.parametrize("name, text, found", [
    ("triggers", "more than 3,00,000 people have died in the war", "have died"),
    ("triggers", "Deaths rose", "Deaths"),
    ("triggers", "the deathly hallows", None),
    ("combined", "in all, 300 were hurt", "in all"),
    ("combined", "in allotments", None),
])
def test_vocabulary_patterns_find_their_words(name, text, found):
    match = getattr(fresh_vocabulary(), name).search(text)
    assert (match.group() if match else None) == found


def test_the_clause_break_keeps_grouped_digits_together():
    text = "3,00,000 died, 5 fled"
    breaks = [m.start() for m in fresh_vocabulary().clause_break.finditer(text)]
    assert breaks == [text.index(", ")]


# --- the command line parser -------------------------------------------------------------------

def help_text(parser, command):
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        parser.parse_args([command, "--help"])
    return out.getvalue()


@pytest.mark.parametrize("command", cli.OWN_COMMANDS)
def test_a_command_alone_has_the_help_it_has_among_all(command):
    assert help_text(cli.build_parser(command), command) == help_text(cli.build_parser(), command)


@pytest.mark.parametrize("argv", [
    ["check", "a.md", "b.md", "--fail-on", "imprecise", "--select", "deaths", "-v",
     "--reference", "x", "--reference", "y", "--csv", "-", "--date", "2016-10-18"],
    ["extract", "--format", "text", "--locale", "en_IN"],
    ["claims", "a.md", "--tolerance", "approx=0.1"],
    ["config", "--format", "json", "--isolated"],
    ["explain", "contradicted", "no-subject"],
])
def test_a_command_alone_reads_its_arguments_as_among_all(argv):
    alone = cli.build_parser(cli._command_of(argv)).parse_args(argv)
    assert vars(alone) == vars(cli.build_parser().parse_args(argv))


@pytest.mark.parametrize("argv, command", [
    (["check", "a.md"], "check"),
    (["validate", "corpus/"], None),   # another module's command: every command is built
    (["reference", "list"], None),
    (["--version"], None),
    (["-h", "check"], None),
    ([], None),
    (["chek", "a.md"], None),
])
def test_which_command_a_command_line_names(argv, command):
    assert cli._command_of(argv) == command


def test_an_unknown_command_still_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit:
        cli.main(["chek", str(SEED)])
    assert exit.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'chek'" in err and "'validate'" in err and "'reference'" in err


# --- the front matter cache --------------------------------------------------------------------

@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty user cache folder of the test's own, and no front matter cache read yet."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    monkeypatch.setattr(articles._FrontMatterCache, "_instance", None)
    return folder


@pytest.fixture
def parses(monkeypatch):
    """How many times front matter was parsed with PyYAML."""
    calls = []
    real = articles._parse_front_matter

    def counted(source, path):
        calls.append(source)
        return real(source, path)

    monkeypatch.setattr(articles, "_parse_front_matter", counted)
    return calls


def story(tmp_path, front: str, name: str = "story.md"):
    path = tmp_path / name
    path.write_text(f"---\n{front}\n---\nFive people died.\n", encoding="utf-8")
    return str(path)


def fields(article):
    return (article.id, article.title, article.date, article.locale, article.url, article.accepts)


def new_process(monkeypatch):
    monkeypatch.setattr(articles._FrontMatterCache, "_instance", None)


def test_front_matter_read_again_comes_from_the_cache(tmp_path, cache, parses, monkeypatch):
    path = story(tmp_path, 'id: s1\ntitle: "A story"\ndate: 2016-10-18\nlocale: en_IN\n'
                           'url: https://example.org/s1\nfactcheck:\n  accept:\n'
                           "    - {select: deaths, claim: 'Five', reason: 'province figure'}")
    first = read_one(path)
    new_process(monkeypatch)
    again = read_one(path)
    assert len(parses) == 1
    assert fields(again) == fields(first)
    assert first.date.isoformat() == "2016-10-18" and first.locale == "en_IN"
    assert first.accepts and first.accepts[0].reason == "province figure"


def read_one(path):
    return articles.read_article(path)


def test_front_matter_cached_by_another_yaml_or_reader_is_not_used(tmp_path, cache, parses,
                                                                     monkeypatch):
    path = story(tmp_path, "id: s1\ntitle: One")
    read_one(path)
    file = cache / articles._FrontMatterCache.NAME
    data = json.loads(file.read_text())
    data["key"][0][2] += 1  # PyYAML upgraded: its file's modification time moved
    digest = next(iter(data["entries"]))
    data["entries"][digest] = json.dumps({"id": "stale", "title": "Stale"})
    file.write_text(json.dumps(data))
    new_process(monkeypatch)
    assert read_one(path).id == "s1" and len(parses) == 2


@pytest.mark.parametrize("content", [b"\x00\xff not json", b'{"key": 1', b"[]",
                                     b'{"key": null, "entries": []}'])
def test_a_corrupt_cache_file_is_a_miss_and_is_replaced(tmp_path, cache, parses, monkeypatch,
                                                        content):
    path = story(tmp_path, "id: s1\ntitle: One")
    cache.mkdir()
    (cache / articles._FrontMatterCache.NAME).write_bytes(content)
    assert read_one(path).id == "s1"
    new_process(monkeypatch)
    assert read_one(path).title == "One" and len(parses) == 1


def test_a_corrupt_entry_is_a_miss(tmp_path, cache, parses, monkeypatch):
    path = story(tmp_path, "id: s1")
    read_one(path)
    file = cache / articles._FrontMatterCache.NAME
    data = json.loads(file.read_text())
    data["entries"] = {k: "{not json" for k in data["entries"]}
    file.write_text(json.dumps(data))
    new_process(monkeypatch)
    assert read_one(path).id == "s1" and len(parses) == 2


def test_no_writable_cache_folder_parses_every_time(tmp_path, parses, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))
    new_process(monkeypatch)
    path = story(tmp_path, "id: s1")
    assert read_one(path).id == read_one(path).id == "s1"
    assert len(parses) == 2


@pytest.mark.parametrize("front", [
    "id: s1\n1: a number as a key",        # JSON would give the key back as text
    "id: s1\ntags: !!set {a, b}",          # no JSON for a set
    "id: s1\nratio: .nan",                 # nor for NaN
])
def test_front_matter_json_cannot_give_back_exactly_is_parsed_every_time(tmp_path, cache, parses,
                                                                         monkeypatch, front):
    path = story(tmp_path, front)
    first = read_one(path)
    new_process(monkeypatch)
    assert fields(read_one(path)) == fields(first) and len(parses) == 2


def test_bad_front_matter_is_an_error_every_time(tmp_path, cache, parses, monkeypatch):
    path = story(tmp_path, "title: [unclosed")
    for _ in range(2):
        with pytest.raises(InputError, match="front matter is not valid YAML"):
            read_one(path)
        new_process(monkeypatch)
    assert len(parses) == 2


def test_the_cache_keeps_the_latest_entries_and_few_writes_a_process(tmp_path, cache, parses,
                                                                     monkeypatch):
    monkeypatch.setattr(articles._FrontMatterCache, "ENTRIES", 2)
    monkeypatch.setattr(articles._FrontMatterCache, "WRITES", 3)
    paths = [story(tmp_path, f"id: s{n}", f"s{n}.md") for n in range(5)]
    for path in paths:
        read_one(path)
    assert len(parses) == 5
    new_process(monkeypatch)
    read_one(paths[1]), read_one(paths[2])  # s0..s2 were written (three writes), s0 dropped
    assert len(parses) == 5
    for path in (paths[0], paths[3]):
        read_one(path)
    assert len(parses) == 7


def test_any_text_survives_the_cache(tmp_path, cache, parses, monkeypatch):
    front = 'title: "caf\\u00e9 \\U0001F600"\nnote: "a lone \\ud800"'
    text = f"---\n{front}\n---\nFive people died.\n"
    first = articles.article_from_text(text, path="x.md", kind="markdown")
    new_process(monkeypatch)
    again = articles.article_from_text(text, path="x.md", kind="markdown")
    assert again.title == first.title == "café \U0001F600" and len(parses) == 1
    assert articles._FrontMatterCache.get().find(front) == {"title": "café \U0001F600",
                                                           "note": "a lone \ud800"}


# --- a whole process ---------------------------------------------------------------------------

RUN_AND_LIST_MODULES = """
import json, sys
from factcheck.cli import main
try:
    status = main(sys.argv[1:])
except SystemExit as exit:  # --help, --version
    status = exit.code
sys.stdout.flush()
sys.stderr.write("\\nmodules: " + json.dumps(sorted(sys.modules)) + "\\n")
sys.exit(status)
"""


def imported_by(argv, cwd, cache_folder):
    """Modules a fresh `factcheck ARGV` process has imported when it ends, and how it ended."""
    env = dict(os.environ, FACTCHECK_CACHE_DIR=str(cache_folder))
    done = subprocess.run([sys.executable, "-c", RUN_AND_LIST_MODULES, *argv], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)
    listed = [line for line in done.stderr.splitlines() if line.startswith("modules: ")]
    return set(json.loads(listed[-1].partition(" ")[2])) if listed else set(), done


def test_checking_an_article_imports_only_what_it_needs(tmp_path):
    argv = ["check", str(SEED)]
    first, done = imported_by(argv, tmp_path, tmp_path / "cache")  # fills the caches
    assert done.returncode == 0, done.stderr[-2000:]
    modules, again = imported_by(argv, tmp_path, tmp_path / "cache")
    assert again.returncode == 0 and again.stdout == done.stdout
    assert "factcheck.api" in modules  # the listing is what it claims to be
    unneeded = {"yaml", "pint", "jinja2", "frictionless", "html.parser", "tomllib",
                "importlib.metadata", "factcheck.corpus", "factcheck.reference_cli",
                "factcheck.review_cli", "factcheck.importers", "factcheck.writers.html"}
    assert modules & unneeded == set()
    assert "yaml" in first or (tmp_path / "cache" / articles._FrontMatterCache.NAME).is_file()


def test_a_project_settings_file_is_still_found_and_read(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "never"\n')
    modules, done = imported_by(["config"], tmp_path, tmp_path / "cache")
    assert done.returncode == 0 and 'fail-on = "never"' in done.stdout
    assert "tomllib" in modules


def test_every_command_is_still_listed(tmp_path):
    modules, done = imported_by(["--help"], ROOT, tmp_path / "cache")
    assert done.returncode == 0
    assert {"factcheck.validate_cli", "factcheck.review_cli", "factcheck.reference_cli"} <= modules
    for command in ("extract", "claims", "check", "config", "explain", "validate", "diff",
                    "report", "reference"):
        assert f"    {command}" in done.stdout
