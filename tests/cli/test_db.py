"""``kecli db upgrade|backup``."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

import pytest

pytestmark = pytest.mark.sqlite_only


def count_cases(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    finally:
        conn.close()


def test_backup_copies_the_database_privately_and_logs_it(kecli, tmp_path):
    kecli.new_case()
    target = tmp_path / "copy.db"
    result = kecli.json("db", "backup", str(target))
    assert result["target"] == str(target)
    assert count_cases(target) == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert kecli.json("audit", "list")[-1]["action"] == "db.backup"
    assert kecli.json("--db", str(target), "case", "list")[0]["id"] == "2026-0001"


def test_backup_refuses_to_overwrite_without_force(kecli, tmp_path, refused):
    kecli.new_case()
    target = tmp_path / "copy.db"
    target.write_text("keep me")
    refused(1, "db", "backup", str(target), message="already exists")
    assert target.read_text() == "keep me"
    kecli.json("db", "backup", str(target), "--force")
    assert count_cases(target) == 1


def test_backup_into_a_missing_folder_is_exit_2(kecli, tmp_path, refused):
    refused(2, "db", "backup", str(tmp_path / "no" / "copy.db"), message="does not exist")


def test_backup_of_postgresql_points_to_pg_dump(kecli, tmp_path):
    result = kecli(
        "--db", "postgresql+psycopg://kecli@localhost/kecli", "db", "backup", str(tmp_path / "x")
    )
    assert result.exit_code == 1
    assert "pg_dump" in result.stderr


WRITER = """
import sys
from kecli.cli.app import app
for i in range(60):
    try:
        app(['case', 'new', '--name', f'P{i}', '--kind', 'koordinator', '--json'], prog_name='kecli')
    except SystemExit as e:
        if e.code:
            sys.exit(e.code)
"""


@pytest.mark.slow
def test_backup_is_consistent_while_another_process_writes(kecli, tmp_path):
    kecli.new_case()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER],
        env=os.environ.copy(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    copies = []
    for n in range(3):
        target = tmp_path / f"copy{n}.db"
        assert kecli("db", "backup", str(target)).exit_code == 0
        copies.append(target)
    assert writer.wait() == 0, writer.stderr.read() if writer.stderr else ""
    for target in copies:
        conn = sqlite3.connect(target)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        events = conn.execute(
            "SELECT count(*) FROM events WHERE action = 'case.created'"
        ).fetchone()[0]
        conn.close()
        assert cases == events  # each copy is one moment: every case with its event


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_backup_onto_a_folder_is_exit_2_and_not_logged(kecli, tmp_path, refused, force):
    kecli.new_case()
    folder = tmp_path / "backups"
    folder.mkdir()
    result = refused(2, "db", "backup", str(folder), *force, message="is a directory")
    assert "e.g. kecli-copy.db" in result.stderr and "--output" not in result.stderr
    assert list(folder.iterdir()) == []


@pytest.mark.sqlite_only
@pytest.mark.parametrize("force", [[], ["--force"]])
def test_backup_onto_the_database_itself_says_so_with_or_without_force(kecli, refused, force):
    kecli.new_case()
    refused(2, "db", "backup", str(kecli.db), *force, message="onto itself")


def test_a_backup_that_cannot_be_written_keeps_nothing_and_is_not_logged(kecli, tmp_path):
    # A full disk, as a file size limit: a clear error, no half copy left, no log entry.
    import resource

    for n in range(20):
        kecli.new_case("--name", f"Person {n}")
    events = len(kecli.json("audit", "list"))
    target = tmp_path / "copy.db"

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))

    result = subprocess.run(
        [sys.executable, "-m", "kecli", "--db", str(kecli.db), "db", "backup", str(target)],
        capture_output=True,
        text=True,
        env={**os.environ, "KECLI_LANG": "en"},
        preexec_fn=small_files,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "The copy could not be written" in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == []
    assert len(kecli.json("audit", "list")) == events


def test_backup_checks_the_copy_and_says_so(kecli, tmp_path):
    kecli.new_case()
    target = tmp_path / "copy.db"
    result = kecli("db", "backup", str(target))
    assert result.exit_code == 0, result.stderr
    assert "checked with PRAGMA quick_check: ok" in result.stdout
    assert kecli.json("db", "backup", str(target), "--force")["quick_check"] == "ok"
    details = kecli.json("audit", "list", "--action", "db.backup")[-1]["details"]
    assert details["quick_check"] == "ok" and details["bytes"] == target.stat().st_size


def test_a_copy_that_fails_its_check_is_not_kept(kecli, tmp_path, monkeypatch, refused):
    from kecli.services import database

    monkeypatch.setattr(database, "quick_check", lambda path: "*** in database main ***")
    target = tmp_path / "copy.db"
    refused(1, "db", "backup", str(target), message="The copy failed SQLite's check")
    assert list(tmp_path.glob("copy*")) == [] and list(tmp_path.glob(".kecli-*")) == []


def test_a_backup_whose_entry_cannot_be_written_leaves_no_copy(kecli, tmp_path):
    # The entry is committed before the copy is in place: a database that takes no
    # entry (here: opened read-only) keeps no copy either.
    kecli.new_case()
    before = kecli.snapshot()
    folder = tmp_path / "backups"
    folder.mkdir()
    read_only = f"sqlite:///file:{kecli.db}?mode=ro&uri=true"
    result = kecli("--db", read_only, "db", "backup", str(folder / "copy.db"))
    assert result.exit_code == 1, result.stderr
    assert "Database error" in result.stderr and "takes no changes" in result.stderr
    assert list(folder.iterdir()) == []
    assert kecli.snapshot() == before


@pytest.mark.parametrize("left", ["symlink", "0644 file"])
def test_a_partial_file_left_at_the_target_redirects_and_weakens_nothing(kecli, tmp_path, left):
    kecli.new_case()
    elsewhere = tmp_path / "elsewhere.db"
    elsewhere.write_bytes(b"someone else's file")
    target = tmp_path / "copy.db"
    partial = tmp_path / "copy.db.partial"
    if left == "symlink":
        partial.symlink_to(elsewhere)
    else:
        partial.write_bytes(b"")
        partial.chmod(0o644)
    assert kecli("db", "backup", str(target)).exit_code == 0
    assert count_cases(target) == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert elsewhere.read_bytes() == b"someone else's file"
    assert partial.is_symlink() if left == "symlink" else partial.read_bytes() == b""


def test_force_replaces_a_link_at_the_target_never_what_it_points_to(kecli, tmp_path, refused):
    kecli.new_case()
    elsewhere = tmp_path / "elsewhere.db"
    elsewhere.write_bytes(b"someone else's file")
    link = tmp_path / "copy.db"
    link.symlink_to(elsewhere)
    refused(1, "db", "backup", str(link), message="already exists")
    assert kecli("db", "backup", str(link), "--force").exit_code == 0
    assert not link.is_symlink() and count_cases(link) == 1
    assert stat.S_IMODE(link.stat().st_mode) == 0o600
    assert elsewhere.read_bytes() == b"someone else's file"


@pytest.mark.slow
def test_a_backup_killed_while_copying_leaves_a_private_file_the_next_backup_removes(
    kecli, tmp_path
):
    import signal

    kecli.new_case()
    folder = tmp_path / "backups"
    folder.mkdir()
    killed = (
        "import os, signal, sys\n"
        "from kecli.services import database\n"
        "copy = database.backup_sqlite\n"
        "def copy_then_die(url, target):\n"
        "    copy(url, target)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "database.backup_sqlite = copy_then_die\n"
        "from kecli.cli.app import main\n"
        "sys.argv = ['kecli', '--db', sys.argv[1], 'db', 'backup', sys.argv[2]]\n"
        "main()\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", killed, str(kecli.db), str(folder / "copy.db")], check=False
    )
    assert proc.returncode == -signal.SIGKILL
    (left,) = folder.iterdir()  # no journal beside it
    assert left.name.startswith(".kecli-") and stat.S_IMODE(left.stat().st_mode) == 0o600
    assert kecli("db", "backup", str(folder / "copy.db")).exit_code == 0
    assert [p.name for p in folder.iterdir()] == ["copy.db"]


@pytest.mark.slow
def test_a_backup_into_a_read_only_folder_says_so_not_disk_space(kecli, tmp_path):
    from tests.readonly import run_with_read_only

    kecli.new_case()
    folder = tmp_path / "backups"
    folder.mkdir()
    result = run_with_read_only(
        folder,
        [sys.executable, "-m", "kecli", "--db", str(kecli.db), "db", "backup",
         str(folder / "copy.db")],
        capture_output=True,
        text=True,
        env={**os.environ, "KECLI_LANG": "en"},
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "Cannot write" in result.stderr
    assert "read-only" in result.stderr or "may not write" in result.stderr
    assert "disk" not in result.stderr.lower().replace("read-only", "")
    assert "--db" not in result.stderr
    assert list(folder.iterdir()) == []


@pytest.mark.slow
@pytest.mark.parametrize("command", [["case", "list"], ["case", "new", "--name", "Ola"]])
def test_a_database_in_a_read_only_folder_says_the_folder_not_takes_no_changes(
    kecli, tmp_path, command
):
    # SQLite writes beside the database (-wal, -shm) even to read it: a read is refused
    # too, and the hint names the folder, not a database that "takes no changes".
    from tests.readonly import run_with_read_only

    folder = tmp_path / "shared"
    folder.mkdir()
    db = folder / "kecli.db"
    db.write_bytes(kecli.db.read_bytes())
    db.chmod(0o600)
    before = db.read_bytes()
    result = run_with_read_only(
        folder,
        [sys.executable, "-m", "kecli", "--db", str(db), *command, "--kind", "koordinator"]
        if "new" in command
        else [sys.executable, "-m", "kecli", "--db", str(db), *command],
        capture_output=True,
        text=True,
        env={**os.environ, "KECLI_LANG": "en"},
    )
    assert result.returncode == 1, result.stderr
    error, hint = result.stderr.splitlines()
    assert error.startswith("Error: Database error: ")
    assert hint.startswith(f"Hint: The folder {folder} is read-only to you")
    assert "takes no changes" not in hint and "--db" not in hint
    assert db.read_bytes() == before and [p.name for p in folder.iterdir()] == ["kecli.db"]
