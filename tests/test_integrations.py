"""The pre-commit hook and the GitHub Action, run the way those tools run them."""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SEED

jsonschema = pytest.importorskip("jsonschema")

SCHEMAS = Path(__file__).parent / "fixtures" / "schemas"
WRONG = ("---\ntitle: Syria toll\ndate: 2016-10-18\nlocale: en_US\n---\n# Syria toll\n\n"
         "More than 900,000 people have died in the Syrian civil war.\n")


def factcheck_command() -> list[str]:
    """The installed console script beside this Python, else the module."""
    script = Path(sys.executable).parent / "factcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "factcheck.cli"]


def git(repo, *args):
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def repo(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "desk@example.com")
    git(repo, "config", "user.name", "Desk")
    return repo


def run_hook(repo):
    """What pre-commit does: the staged files that match the hook's `files`, given to `entry`."""
    hook, = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    staged = git(repo, "diff", "--cached", "--name-only", "--diff-filter=ACMR").split()
    files = [f for f in staged if re.search(hook["files"], f)]
    entry = shlex.split(hook["entry"])
    assert entry[0] == "factcheck"
    command = factcheck_command() + entry[1:] + files
    return subprocess.run(command, cwd=repo, capture_output=True, text=True), files


def test_hook_definition():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["factcheck"]
    hook = hooks[0]
    assert hook["language"] == "python" and {"name", "entry", "files"} <= set(hook)
    assert re.search(hook["files"], "news/story.md") and not re.search(hook["files"], "a.py")


def test_hook_fails_on_a_staged_discrepancy_and_passes_once_accepted(repo):
    (repo / "story.md").write_text(WRONG, encoding="utf-8")
    (repo / "notes.py").write_text("x = 1\n", encoding="utf-8")
    shutil.copy(SEED, repo / "seed.md")
    git(repo, "add", "story.md", "notes.py", "seed.md")
    result, files = run_hook(repo)
    assert sorted(files) == ["seed.md", "story.md"]
    assert result.returncode == 1, result.stderr
    assert "FAIL line 8: 'More than 900,000'" in result.stdout

    # The newsroom records what it reviewed in a baseline named in pyproject.toml: new
    # discrepancies fail, accepted ones do not.
    subprocess.run(factcheck_command() + ["validate", "story.md", "seed.md", "--jobs", "1",
                                          "--quiet", "--write-baseline", "baseline.json"],
                   cwd=repo, check=True, capture_output=True)
    (repo / "pyproject.toml").write_text('[tool.factcheck]\nbaseline = "baseline.json"\n',
                                         encoding="utf-8")
    result, _ = run_hook(repo)
    assert result.returncode == 0, result.stdout

    (repo / "other.md").write_text(WRONG.replace("900,000", "2,000,000"), encoding="utf-8")
    git(repo, "add", "other.md")
    result, _ = run_hook(repo)
    assert result.returncode == 1 and "2,000,000" in result.stdout


def test_hook_with_nothing_staged_to_check(repo):
    (repo / "notes.py").write_text("x = 1\n", encoding="utf-8")
    git(repo, "add", "notes.py")
    _, files = run_hook(repo)
    assert files == []  # pre-commit skips the hook when no file matches


# ---- the GitHub Action ------------------------------------------------------------------------

def action():
    return yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_action_validates_against_the_metadata_schema():
    schema = json.loads((SCHEMAS / "github-action.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(action(), schema)
    # The schema has teeth: a run step without a shell, or an output without a value, fails.
    broken = action()
    del broken["runs"]["steps"][1]["shell"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
    broken = action()
    del broken["outputs"]["exit-code"]["value"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_action_steps():
    steps = action()["runs"]["steps"]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/setup-python@") for u in uses)
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    for step in steps:  # inputs reach scripts through env, never pasted into the script
        assert "${{" not in step.get("run", ""), step["name"]


def test_action_validate_step_runs(tmp_path):
    """Run the Validate step's script as the runner would (bash, env, GITHUB_OUTPUT)."""
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    step = next(s for s in action()["runs"]["steps"] if s.get("id") == "validate")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "story.md").write_text(WRONG, encoding="utf-8")
    output = tmp_path / "github_output"
    output.write_text("", encoding="utf-8")
    env = {**os.environ, "GITHUB_OUTPUT": str(output), "FACTCHECK_PATHS": "articles",
           "FACTCHECK_ARGS": "--jobs 1 --quiet", "FACTCHECK_SARIF": "factcheck.sarif",
           "PATH": os.pathsep.join([str(Path(factcheck_command()[0]).parent),
                                    os.environ.get("PATH", "")])}
    if len(factcheck_command()) > 1:
        pytest.skip("needs the installed factcheck console script")
    result = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=tmp_path, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr  # the step reports; a later step fails the job
    assert output.read_text(encoding="utf-8").strip() == "exit-code=1"
    assert result.stdout.startswith("::error file=articles/story.md,line=8")
    sarif = json.loads((tmp_path / "factcheck.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"][0]["ruleId"] == "contradicted"
