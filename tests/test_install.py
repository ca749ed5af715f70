"""The installed package works from any folder: its data and reference files ship with it."""

import json
import os
import subprocess
import sys

from conftest import SEED


def test_check_runs_from_another_folder(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    probe = subprocess.run(
        [sys.executable, "-c", "from factcheck.reference import bundled_reference_dir as d; "
                               "import factcheck; print(factcheck.__file__); print(d())"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    package_file, reference_dir = probe.stdout.split()
    assert os.path.isdir(reference_dir), reference_dir
    result = subprocess.run(
        [sys.executable, "-m", "factcheck.cli", "check", str(SEED), "--format", "json"],
        cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["summary"]["claims"] == 4, package_file
    assert all(f["evidence"] for f in report["findings"])


def test_distribution_name_and_command():
    """Installed as numeric-factcheck (the package index's "factcheck" is another project), it
    still imports as factcheck and installs the factcheck command."""
    from importlib.metadata import distribution

    import factcheck

    dist = distribution(factcheck.DISTRIBUTION)
    assert dist.metadata["Name"] == "numeric-factcheck"
    scripts = {ep.name: ep.value for ep in dist.entry_points if ep.group == "console_scripts"}
    assert scripts == {"factcheck": "factcheck.cli:main"}
