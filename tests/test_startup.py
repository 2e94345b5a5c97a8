"""Start-up stays light: --help, --version and Tab completion import no heavy module."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.tree import command_tree, is_group

HEAVY = ("sqlalchemy", "sqlmodel", "questionary", "alembic", "holidays", "rich.table")


def run_app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys\n"
        "from kecli.cli.app import app\n"
        "try:\n"
        f"    app({list(args)!r}, prog_name='kecli')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )
    return result


def imported_modules(*args: str, env: dict[str, str] | None = None) -> set[str]:
    return set(run_app(*args, env=env).stderr.split())


@pytest.mark.parametrize(
    "args", [["--help"], ["--version"], ["case", "--help"], ["case", "new", "--help"]]
)
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_help_and_version_import_no_heavy_module(args, lang):
    modules = imported_modules(*args, env={"KECLI_LANG": lang})
    assert "kecli.cli.app" in modules
    assert not [m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY]
    # Typer converts option values through Pydantic: only for values that are given
    # (kecli.cli.coercion), so no --help loads it for the options left out.
    assert "pydantic" not in modules


def test_help_lists_the_groups_without_importing_them():
    from kecli.cli.app import GROUPS

    modules = imported_modules("--help")
    assert "kecli.cli.app" in modules
    assert not [g.module for g in GROUPS.values() if g.module in modules]


def test_completing_case_ids_does_not_import_sqlalchemy(kecli):
    kecli.new_case()
    code = (
        "import sys\n"
        "from kecli.cli.app import main\n"
        "sys.argv = ['kecli', 'complete-ids', 'case', '2026']\n"
        "main()\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    # what completions/ runs on Tab
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        check=True,
    )
    assert "2026-0001" in result.stdout
    modules = set(result.stderr.split())
    assert "kecli.store.quick" in modules
    assert not [m for m in modules if m.split(".")[0] in (*HEAVY, "pydantic")]


@pytest.mark.parametrize("what", ["case", "coordinator"])
def test_completing_ids_with_a_mistyped_db_creates_no_file(tmp_path, what):
    # Tab after a typo in --db: nothing offered, and no empty database left behind.
    typo = tmp_path / "kecil.db"
    env = {k: v for k, v in os.environ.items() if k != "KECLI_DB"}
    result = subprocess.run(
        [sys.executable, "-m", "kecli", "--db", str(typo), "complete-ids", what, ""],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0 and result.stdout.strip() == ""
    assert not typo.exists()


def test_python_dash_m_kecli_is_the_same_program():
    result = subprocess.run(
        [sys.executable, "-m", "kecli", "--version"], capture_output=True, text=True, check=True
    )
    from kecli import __version__

    assert result.stdout.strip() == f"kecli {__version__}"


@pytest.mark.parametrize(
    "args",
    [
        ["case", "show", "2026-0001", "--json"],
        ["report", "deadlines", "--format", "json"],
        ["report", "deadlines"],
    ],
)
def test_read_only_commands_never_build_the_orm(kecli, args):
    """case show and report deadlines read through Core: no SQLModel classes, no ORM."""
    kecli.new_case()
    result = run_app(*args)
    modules = set(result.stderr.split())
    # The command did reach the database: through SQLAlchemy, or (a deadline report on an
    # SQLite file) through the sqlite3 module.
    assert "sqlalchemy" in modules or "kecli.store.deadline_sql" in modules
    assert not [m for m in modules if m.split(".")[0] == "sqlmodel" or m == "sqlalchemy.orm"]
    assert "kecli.store.models" not in modules


@pytest.mark.sqlite_only
@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_a_deadline_report_on_sqlite_does_not_import_sqlalchemy(kecli, fmt):
    # A nightly report is mostly its imports: on an SQLite file at this schema the deadline
    # queries run on the sqlite3 module (kecli.store.deadline_sql).
    kecli.new_case("--received", "2026-10-01")
    env = {**os.environ, "KECLI_DB": str(kecli.db)}
    modules = imported_modules("report", "deadlines", "--format", fmt, env=env)
    assert "kecli.store.deadline_sql" in modules
    assert not [m for m in modules if m.split(".")[0] in ("sqlalchemy", "sqlmodel", "alembic")]


def test_a_value_given_is_still_converted_and_checked_by_typer(kecli, refused):
    # kecli.cli.coercion defers Typer's conversion to the first value: it still runs.
    refused(2, "case", "find", "ase", "--limit", "mange", message="--limit")
    kecli.new_case()
    assert kecli("audit", "list", "--limit", "1", "--json").exit_code == 0


def test_no_command_takes_its_annotations_as_strings():
    """Typer reads a string annotation back with eval for every parameter each time it
    builds a group (about 40 % of a command's --help): a command module must not postpone
    its annotations (``from __future__ import annotations``)."""
    postponed: list[str] = []
    for path, command in command_tree(hidden=True):
        if is_group(command):
            continue
        callback = command.callback
        while hasattr(callback, "__wrapped__"):
            callback = callback.__wrapped__
        if any(isinstance(a, str) for a in callback.__annotations__.values()):
            postponed.append(f"{' '.join(path)} ({callback.__module__})")
    assert postponed == []
