"""Storage: where the database lives, its pragmas, migrations and concurrent writers."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text


@pytest.mark.sqlite_only
def test_default_database_is_private_in_the_user_data_dir(kecli, monkeypatch, tmp_path):
    monkeypatch.delenv("KECLI_DB")
    data_home = tmp_path / "xdg-data"
    result = kecli("case", "new", "--name", "A", "--kind", "koordinator", "--json")
    assert result.exit_code == 0, result.stderr
    db = data_home / "kecli" / "kecli.db"
    assert db.exists()
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


@pytest.mark.sqlite_only
def test_a_database_given_by_path_is_created_readable_by_its_owner_only(kecli, tmp_path):
    db = tmp_path / "unit.db"
    assert kecli("--db", str(db), "case", "list", "--json").exit_code == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


@pytest.mark.sqlite_only
def test_a_database_in_a_missing_folder_is_exit_2(kecli, tmp_path, refused):
    refused(2, "--db", str(tmp_path / "nope" / "x.db"), "case", "list", message="does not exist")


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("sqlite:////srv/kecli/kecli.db", "/srv/kecli/kecli.db"),
        ("sqlite+pysqlite:////srv/kecli/kecli.db", "/srv/kecli/kecli.db"),
        ("sqlite:////srv/my%20unit/kecli.db?timeout=5", "/srv/my unit/kecli.db"),
        ("sqlite:///relative.db", "relative.db"),
        ("sqlite://", None),
        ("postgresql+psycopg://anne@dbhost/kecli", None),
    ],
)
def test_the_file_behind_an_sqlite_url_is_the_one_sqlalchemy_opens(url, path):
    from sqlalchemy.engine import make_url

    from kecli.store.location import sqlite_path

    assert sqlite_path(url) == path
    if path is not None:
        assert make_url(url).database == path


@pytest.mark.sqlite_only
def test_a_file_that_is_not_a_database_is_a_clear_error_and_stays_as_it_was(
    kecli, tmp_path, refused
):
    junk = tmp_path / "notes.sqlite"
    notes = "Referat fra møtet\n".encode() * 300
    junk.write_bytes(notes)
    for args in (
        ("case", "list"),
        ("report", "deadlines"),
        ("case", "show", "2026-0001"),
        ("db", "upgrade"),
    ):
        refused(1, "--db", str(junk), *args, message="Database error: file is not a database")
    assert junk.read_bytes() == notes


@pytest.mark.sqlite_only
def test_a_schema_version_this_kecli_does_not_know_is_a_clear_error(kecli, refused):
    from tests.conftest import stamped

    kecli.new_case()
    with stamped(kecli.db, "9999zz"):
        pass
    for args in (("case", "list"), ("db", "upgrade")):
        refused(1, *args, message="schema version '9999zz' is unknown to this kecli")


@pytest.mark.sqlite_only
def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(kecli):
    from kecli.store.db import get_engine, resolve_url

    kecli.new_case()
    engine = get_engine(resolve_url(str(kecli.db)))
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


@pytest.mark.sqlite_only
@pytest.mark.parametrize("fails", [False, True])
def test_a_unit_of_work_without_foreign_key_checks_leaves_them_on_for_the_next(kecli, fails):
    """Only an import's merge writes without them; the pooled connection gets them back."""
    from sqlalchemy.exc import IntegrityError

    from kecli.store.db import resolve_url, write_scope

    kecli.new_case()
    url = resolve_url(str(kecli.db))
    orphan = (
        "INSERT INTO appointments (id, case_id, coordinator_id, since, created_at, created_by) "
        "VALUES (99, 'no-such-case', 99, '2026-01-01', 'x', 'x')"
    )
    with contextlib.suppress(RuntimeError), write_scope(url, foreign_keys=False) as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 0
        used = conn.connection.dbapi_connection
        conn.execute(text(orphan))
        if fails:
            raise RuntimeError
    with write_scope(url) as conn:
        assert conn.connection.dbapi_connection is used  # the same, pooled connection
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        conn.execute(text("DELETE FROM appointments WHERE id = 99"))
    with pytest.raises(IntegrityError), write_scope(url) as conn:
        conn.execute(text(orphan))


def test_the_schema_head_constant_is_the_newest_migration():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from kecli.store import db

    config = Config()
    config.set_main_option("script_location", str(Path(db.__file__).parent / "migrations"))
    assert ScriptDirectory.from_config(config).get_current_head() == db.SCHEMA_HEAD


def test_the_migrations_build_exactly_the_tables_of_the_models(kecli):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from kecli.store.db import get_engine
    from kecli.store.models import SQLModel

    kecli.new_case()
    engine = get_engine(kecli.url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_a_current_schema_is_checked_without_importing_alembic(kecli):
    kecli.new_case()
    code = (
        "import sys\n"
        "from kecli.cli.app import app\n"
        "try:\n"
        "    app(['case', 'list', '--json'], prog_name='kecli')\n"
        "except SystemExit as e:\n"
        "    assert e.code == 0, e.code\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        check=True,
    ).stdout
    assert out.strip().splitlines()[-1] == "False"


def test_db_upgrade_on_a_current_database_changes_nothing(kecli):
    kecli.new_case()
    from kecli.store.db import SCHEMA_HEAD

    result = kecli.json("db", "upgrade")
    assert result == {"before": SCHEMA_HEAD, "after": SCHEMA_HEAD, "restored": []}


@pytest.mark.fresh_db
def test_db_upgrade_creates_a_new_database(kecli):
    from kecli.store.db import SCHEMA_HEAD

    assert kecli.json("db", "upgrade")["after"] == SCHEMA_HEAD


@pytest.mark.sqlite_only
@pytest.mark.fresh_db
def test_an_older_schema_is_upgraded_on_first_use_and_keeps_its_data(kecli):
    from kecli.store import db
    from tests.conftest import sqlite_migrated

    with sqlite_migrated(kecli.db, "0001") as conn:
        conn.exec_driver_sql(
            "INSERT INTO cases (id, year, seq, kind, status, received_on, channel, name, "
            "guardians, wants_ip, created_at, created_by) VALUES ('2025-0001', 2025, 1, "
            "'koordinator', 'received', '2025-05-01', 'brev', 'Gammel', '[]', 0, 'x', 'x')"
        )
    assert [c["id"] for c in kecli.json("case", "list")] == ["2025-0001"]
    assert kecli.json("db", "upgrade")["before"] == db.SCHEMA_HEAD


def test_every_change_is_in_the_event_log_with_user_and_case(kecli):
    from sqlmodel import select

    from kecli.store.db import session_scope
    from kecli.store.models import EventRow

    kecli.new_case()
    kecli("--user", "berit", "case", "close", "2026-0001", "--reason", "moved", "--json")
    kecli.json("config", "set", "municipality", "Bærum")
    with session_scope(kecli.url) as session:
        events = [
            (e.user, e.case_id, e.action, e.prev_hash, e.hash)
            for e in session.exec(select(EventRow).order_by(EventRow.id))
        ]
    assert [e[:3] for e in events] == [
        ("tester", "2026-0001", "case.created"),
        ("berit", "2026-0001", "case.closed"),
        ("tester", None, "config.set"),
    ]
    assert events[1][3] == events[0][4]
    assert events[2][3] == events[1][4]


WRITER = """
import sys
from kecli.cli.app import app
for i in range(int(sys.argv[1])):
    try:
        app(['case', 'new', '--name', f'P{i}', '--kind', 'koordinator', '--json'],
            prog_name='kecli')
    except SystemExit as e:
        if e.code != 0:
            sys.exit(e.code)
"""


@pytest.mark.slow
@pytest.mark.parametrize("processes,writes", [(4, 25)])
def test_concurrent_writers_all_succeed_with_unique_case_ids(kecli, processes, writes):
    kecli.new_case(name="first")  # the schema exists before the race starts
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(writes)],
            env=os.environ.copy(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    errors = [p.communicate()[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * processes, errors
    assert not any("locked" in e for e in errors)
    ids = [c["id"] for c in kecli.json("case", "list")]
    assert len(ids) == len(set(ids)) == processes * writes + 1


@pytest.mark.sqlite_only
def test_a_damaged_database_is_a_one_line_error_that_points_to_the_backup(kecli, tmp_path):
    import sqlite3

    case_id = kecli.new_case()["id"]
    with contextlib.closing(sqlite3.connect(kecli.db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'cases'").fetchone()
    with open(kecli.db, "r+b") as raw:  # the cases table's first page: not a b-tree page
        raw.seek((root[0] - 1) * page_size)
        raw.write(b"\xff" * 16)
    damaged = kecli.db.read_bytes()
    for args in (
        ("case", "list"),
        ("case", "show", case_id),
        ("case", "new", "--kind", "koordinator", "--name", "Kari Nordmann", "--no-input"),
        ("report", "deadlines", "--format", "json"),
        ("export", "cases", "--format", "csv", "--output", str(tmp_path / "out.csv")),
    ):
        result = kecli(*args)
        assert result.exit_code == 1, (args, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert lines == [
            "Error: Database error: database disk image is malformed",
            "Hint: The database file is damaged: restore the latest copy made by kecli db "
            "backup, and report the fault.",
        ], args
        assert result.stdout == ""
        assert kecli.db.read_bytes() == damaged
    assert not (tmp_path / "out.csv").exists()


def test_a_database_error_never_shows_a_fodselsnummer_the_driver_quoted():
    import sqlite3

    from kecli.errors import database_error, pick

    error = database_error(
        sqlite3.OperationalError("Could not decode to UTF-8 column 'fnr' with text '01017012345'")
    )
    shown = pick(error.message, "en")
    assert "01017012345" not in shown
    assert shown.startswith("Database error: Could not decode to UTF-8 column 'fnr'")


def _sqlite_error(code: int, text: str) -> Exception:
    import sqlite3

    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def _pg_error(sqlstate: str, text: str) -> Exception:
    error = Exception(text)
    error.sqlstate = sqlstate  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("error", "hint"),
    [
        (_sqlite_error(5, "database is locked"), "held the database locked longer"),
        (_sqlite_error(517, "database is locked"), "held the database locked longer"),
        (_pg_error("55P03", "lock not available"), "held the database locked longer"),
        (_sqlite_error(13, "database or disk is full"), "disk that holds the database is full"),
        (_pg_error("53100", "could not extend file"), "disk that holds the database is full"),
        (_sqlite_error(8, "attempt to write a readonly database"), "takes no changes"),
        (_pg_error("25006", "read-only transaction"), "server takes no changes"),
        (_pg_error("42501", "permission denied for table cases"), "role may not do this"),
        (_sqlite_error(11, "database disk image is malformed"), "file is damaged"),
        (_sqlite_error(10, "disk I/O error"), "could not be read or written"),
        (_sqlite_error(14, "unable to open database file"), "Check --db"),
    ],
)
def test_a_database_errors_hint_says_what_is_really_wrong(error, hint):
    from kecli.errors import database_error, pick

    shown = pick(database_error(error).hint, "en")
    assert hint in shown
    # --db only where the database could not be found or reached
    assert ("--db" in shown) == (hint == "Check --db")


def test_a_read_only_folder_or_file_is_named_in_the_hint(tmp_path):
    from kecli.errors import database_error, pick

    db = tmp_path / "kecli.db"
    db.write_bytes(b"")
    if os.geteuid() == 0:
        pytest.skip("root may write anything: the CLI test reads from a read-only mount")
    db.chmod(0o444)
    shown = pick(database_error(_sqlite_error(8, "readonly"), str(db)).hint, "en")
    assert "You may not write the database file kecli.db" in shown
    tmp_path.chmod(0o555)
    try:
        shown = pick(database_error(_sqlite_error(14, "unable to open"), str(db)).hint, "en")
    finally:
        tmp_path.chmod(0o755)
    assert f"The folder {tmp_path} is read-only to you" in shown
