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
