"""The benchmark suite works (at 10k cases, one run each): a smoke test, not a timed one.

Everything it makes (the 10k database, results.json) goes under the test's tmp_path: a run
of the suite leaves the checkout's bench/ as it was."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.sqlite_only
@pytest.mark.slow
def test_the_benchmarks_run_at_10k(tmp_path):
    if shutil.which("sqlite3") is None:
        pytest.skip("the sqlite3 shell is not installed (apt-get install sqlite3)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KECLI_")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.run",
            "--smoke",
            "--data",
            str(tmp_path / "data"),
            "--results",
            str(tmp_path / "results.json"),
        ],  # fmt: skip
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "| kecli --version |" in result.stdout
    results = json.loads((tmp_path / "results.json").read_text())
    names = [r["name"] for r in results["results"]]
    assert any(n.startswith("export cases --format csv") for n in names)
    # The letter as PDF and the calendar feed, each against the stack's import floor.
    for name in ("case letter --output x.pdf", "report deadlines --format ics"):
        row = next(r for r in results["results"] if r["name"].startswith(name))
        assert row["ratios"] and all(ratio > 0 for ratio in row["ratios"])
    imported = next(r for r in results["results"] if r["name"].startswith("import cases"))
    # Beside kecli's import: the sqlite3 shell writing the same rows, and the CPU time.
    assert imported["extra"]["sqlite3_shell_rows_per_s"] > 0
    assert imported["extra"]["vs_sqlite3_shell"] > 0
    # The floors: the sqlite3 shell writing those rows alone, Python reading the file in.
    assert imported["extra"]["sqlite3_write_rows_per_s"] > 0
    assert imported["extra"]["python_csv_rows_per_s"] > 0
    assert imported["extra"]["cpu_s"] > 0
    concurrent = next(r for r in results["results"] if "processes" in r["name"])
    assert concurrent["extra"]["locked"] == 0 and concurrent["passed"] is True
