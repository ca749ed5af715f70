"""Settings files: found like ruff finds its own, overridden by the command line, checked."""

import json

import pytest

from conftest import SEED
from factcheck.cli import main
from factcheck.config import find_config, load_config
from factcheck.errors import UsageError


def run(argv, capsys):
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with [tool.factcheck] in pyproject.toml, the shell two folders below."""
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.factcheck]\nfail-on = "supported"\n'
        'ignore = ["unverifiable"]\nlocale = "en_IN"\n', encoding="utf-8")
    below = tmp_path / "a" / "b"
    below.mkdir(parents=True)
    monkeypatch.chdir(below)
    return tmp_path


def test_found_by_walking_up(project):
    assert find_config() == project / "pyproject.toml"


def test_pyproject_without_table_is_skipped_and_factcheck_toml_wins(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\nlocale = 'de'\n", encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[project]\nname = 'y'\n", encoding="utf-8")
    monkeypatch.chdir(inner)
    assert find_config() == tmp_path / "pyproject.toml"
    (inner / "factcheck.toml").write_text("locale = 'fr'\n", encoding="utf-8")
    assert find_config() == inner / "factcheck.toml"
    assert load_config(find_config()).values == {"locale": "fr"}


def test_config_shows_values_and_origins(project, capsys):
    status, out, _ = run(["config", "--format", "json"], capsys)
    assert status == 0
    data = json.loads(out)
    assert data["file"] == str(project / "pyproject.toml")
    settings = data["settings"]
    assert settings["fail-on"] == {"value": "supported",
                                   "origin": f"{project / 'pyproject.toml'} [tool.factcheck]"}
    assert settings["ignore"]["value"] == ["unverifiable"]
    assert settings["baseline"] == {"value": None, "origin": "default"}
    status, out, _ = run(["config"], capsys)
    assert 'fail-on = "supported"  # ' in out and "[tool.factcheck]" in out


def test_settings_apply_and_the_command_line_overrides(project, capsys):
    # The seed article has supported claims: fail-on = "supported" from the file fails it...
    assert run(["check", str(SEED), "--quiet"], capsys)[0] == 1
    # ...and --fail-on on the command line wins over the file.
    assert run(["check", str(SEED), "--quiet", "--fail-on", "contradicted"], capsys)[0] == 0
    # --isolated ignores the file.
    status, out, _ = run(["check", str(SEED), "--format", "json", "--isolated"], capsys)
    assert status == 0 and json.loads(out)["article"]["locale"] == "en_IN"


def test_ignore_from_settings_drops_findings(tmp_path, monkeypatch, capsys):
    (tmp_path / "factcheck.toml").write_text('ignore = ["duration"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, out, _ = run(["check", str(SEED), "--format", "json"], capsys)
    measures = [f["claim"]["measure"] for f in json.loads(out)["findings"]]
    assert measures == ["deaths", "displaced"]
    _, out, _ = run(["check", str(SEED), "--format", "json", "--ignore", "deaths"], capsys)
    assert [f["claim"]["measure"] for f in json.loads(out)["findings"]] == \
        ["duration", "duration", "displaced"]


def test_paths_are_relative_to_the_settings_file(tmp_path, monkeypatch):
    (tmp_path / "factcheck.toml").write_text('reference = ["data"]\nbaseline = "b.json"\n',
                                             encoding="utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    values = load_config(find_config()).values
    assert values == {"reference": [str(tmp_path / "data")], "baseline": str(tmp_path / "b.json")}


def test_explicit_config_file(tmp_path, capsys):
    other = tmp_path / "ci.toml"
    other.write_text('fail-on = "never"\n', encoding="utf-8")
    status, out, _ = run(["config", "--config", str(other), "--format", "json"], capsys)
    assert json.loads(out)["settings"]["fail-on"]["value"] == "never"


@pytest.mark.parametrize("text, expected", [
    ('fail_on = "imprecise"', ["fail_on", "unknown key", "did you mean 'fail-on'", "allowed keys"]),
    ('fail-on = "bad"', ["fail-on", "'bad' is not allowed", "supported, unverifiable, imprecise"]),
    ("select = ['death']", ["select", "unknown", "'death'", "deaths"]),
    ("tolerance = {fuzzy = 1}", ["tolerance.fuzzy", "allowed: approx"]),
    ("tolerance = {approx = 'x'}", ["tolerance", "approx"]),
    ("locale = 'xx_NOPE'", ["locale", "babel locale"]),
    ("report-format = ['pdf']", ["report-format", "'pdf'", "json, md, html"]),
    ("reference = 3", ["reference", "list of strings"]),
    ("fail-on = ", ["not valid TOML"]),
])
def test_bad_settings_name_file_key_and_allowed_values(tmp_path, monkeypatch, capsys, text,
                                                       expected):
    path = tmp_path / "factcheck.toml"
    path.write_text(text + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError) as exc:
        load_config(path)
    message = str(exc.value)
    assert str(path) in message
    for part in expected:
        assert part in message
    status, _, err = run(["check", str(SEED)], capsys)
    assert status == 2 and str(path) in err


def test_someone_elses_broken_pyproject_is_not_ours(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[project\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert find_config() is None or find_config() != tmp_path / "pyproject.toml"


def test_validate_reads_settings(tmp_path, monkeypatch, capsys):
    (tmp_path / "factcheck.toml").write_text('fail-on = "supported"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, _, _ = run(["validate", str(SEED), "--jobs", "1", "--quiet"], capsys)
    assert status == 1
    status, _, _ = run(["validate", str(SEED), "--jobs", "1", "--quiet", "--fail-on",
                        "contradicted"], capsys)
    assert status == 0


def test_help_works_even_with_a_broken_settings_file(tmp_path, monkeypatch, capsys):
    (tmp_path / "factcheck.toml").write_text("fail_on = 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(["check", "--help"])
    assert exc.value.code == 0 and "--select" in capsys.readouterr().out
    status, _, err = run(["config"], capsys)
    assert status == 2
    assert err.startswith(f"factcheck: error: {tmp_path / 'factcheck.toml'}: fail_on: unknown key")


def test_report_formats_from_settings_apply_with_out(tmp_path, monkeypatch, capsys):
    (tmp_path / "factcheck.toml").write_text('report-format = ["json", "md"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run(["validate", str(SEED), "--jobs", "1", "--quiet"], capsys)[0] == 0  # no --out: fine
    run(["validate", str(SEED), "--jobs", "1", "--quiet", "--out", "out"], capsys)
    assert sorted(p.suffix for p in (tmp_path / "out").glob("000_*")) == [".json", ".md"]
    status, _, err = run(["validate", str(SEED), "--report-format", "html"], capsys)
    assert status == 2 and "--out" in err  # on the command line it still needs --out
