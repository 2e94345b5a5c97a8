"""completions/: generated from the command tree, never stale, and working in bash."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def generator():
    spec = importlib.util.spec_from_file_location(
        "gen_completions", ROOT / "scripts" / "gen_completions.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_completions"] = module
    spec.loader.exec_module(module)
    return module


def test_the_checked_in_scripts_match_the_command_tree():
    for name, text in generator().render().items():
        checked_in = (ROOT / "completions" / name).read_text(encoding="utf-8")
        assert checked_in == text, f"completions/{name} is stale: run scripts/gen_completions.py"


def test_every_visible_command_is_in_every_script():
    from typer.main import get_command

    from kecli.cli.app import app

    scripts = {
        name: (ROOT / "completions" / name).read_text()
        for name in ("kecli.bash", "kecli.zsh", "kecli.fish")
    }
    for group_name, group in get_command(app).commands.items():
        if group.hidden:
            continue
        for text in scripts.values():
            assert group_name in text
        for command_name in getattr(group, "commands", {}):
            for text in scripts.values():
                assert command_name in text


@pytest.fixture
def complete(kecli, tmp_path):
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    bindir = tmp_path / "bin"
    bindir.mkdir()
    shim = bindir / "kecli"
    shim.write_text(f'#!/bin/sh\nexec {sys.executable} -m kecli "$@"\n')
    shim.chmod(0o755)

    def run(line: str) -> list[str]:
        words = line.split(" ")
        script = (
            f"source {ROOT / 'completions' / 'kecli.bash'}\n"
            f"COMP_WORDS=({' '.join(repr(w) for w in words)})\n"
            f"COMP_CWORD={len(words) - 1}\n"
            "_kecli\n"
            'printf "%s\\n" "${COMPREPLY[@]}"\n'
        )
        env = {**os.environ, "PATH": f"{bindir}:{os.environ['PATH']}"}
        out = subprocess.run(
            [bash, "--norc", "-c", script], capture_output=True, text=True, env=env, check=True
        ).stdout
        return [w for w in out.splitlines() if w]

    return run


def test_bash_completes_groups_commands_and_options(complete):
    assert complete("kecli ca") == ["case"]
    assert complete("kecli case sh") == ["show"]
    assert "--kind" in complete("kecli case new --k")
    assert complete("kecli case new --kind b") == ["barnekoordinator"]
    assert complete("kecli --db x.db case as") == ["assess"]


@pytest.mark.sqlite_only
def test_bash_completes_case_and_coordinator_ids_from_the_database(kecli, complete):
    kecli.new_case()
    kecli.new_case(name="B")
    kecli.json("coordinator", "add", "--name", "Anne")
    assert complete("kecli case show 2026-") == ["2026-0002", "2026-0001"]
    assert complete("kecli case show 2026-0001 ") == []  # CASE is given already
    assert complete("kecli case show 2026-0001 --js") == ["--json"]
    assert complete("kecli coordinator assign 2026-0001 ") == ["1"]
    assert complete("kecli case list --coordinator ") == ["1"]
    other = kecli.db.parent / "other.db"
    assert complete(f"kecli --db {other} case show 2026-") == []


@pytest.mark.sqlite_only
def test_bash_completes_an_id_typed_without_its_zeros(kecli, complete):
    for n in range(12):
        kecli.new_case(name=f"P{n}")
    assert sorted(complete("kecli case show 2026-1")) == [
        "2026-0001", "2026-0010", "2026-0011", "2026-0012",
    ]  # fmt: skip
    assert complete("kecli case show 2026-12") == ["2026-0012"]
    assert complete("kecli case show 2026-0012") == ["2026-0012"]


@pytest.mark.sqlite_only
def test_bash_completes_the_criterion_codes_of_the_cases_kind(kecli, complete):
    kecli.new_case()
    kecli.new_case("--birth-date", "2015-06-15", kind="barnekoordinator")
    assert complete("kecli case assess 2026-0001 --answer ser") == ["services="]
    assert complete("kecli case assess 2026-2 --answer c") == [
        "child_age=", "complex_needs=", "consent=",
    ]  # fmt: skip
    assert complete("kecli case assess 2026-0001 --note p") == ["participation="]
    # before the case is given: the codes of both kinds
    assert "child_age=" in complete("kecli case assess --answer c")
    assert "complex=" in complete("kecli case assess --answer c")
