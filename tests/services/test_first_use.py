"""First use waits like any write: N processes starting together on a new SQLite file all
succeed (the schema's creation and the switch to WAL take the write lock, then look again)."""

from __future__ import annotations

import io
import multiprocessing
import sqlite3
from contextlib import closing, redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]

PROCESSES = 8
ROUNDS = 3


def _one_command(db: str, number: int, start: Any, results: Any) -> None:
    """A forked kecli run (the modules already imported: no start-up to wait for)."""
    from kecli.cli.app import app

    if number % 2:
        args = ["--db", db, "case", "new", "--name", f"P{number}", "--kind", "koordinator"]
    else:
        args = ["--db", db, "case", "list"]
    err = io.StringIO()
    start.wait()
    code: Any = 0
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        try:
            app(args, prog_name="kecli")
        except SystemExit as exit_:
            code = exit_.code
    results.put((number, code, err.getvalue()))


def test_processes_starting_together_on_a_new_database_all_succeed(tmp_path: Path) -> None:
    # What every run imports, imported before the fork: the children start at once.
    import alembic.command  # noqa: F401
    import sqlmodel  # noqa: F401

    import kecli.render.cases  # noqa: F401
    import kecli.services.cases  # noqa: F401
    from kecli.cli import app  # noqa: F401
    from kecli.store.db import SCHEMA_HEAD

    context = multiprocessing.get_context("fork")
    for round_ in range(ROUNDS):
        db = tmp_path / f"new{round_}.db"
        start, results = context.Barrier(PROCESSES), context.Queue()
        children = [
            context.Process(target=_one_command, args=(str(db), n, start, results))
            for n in range(PROCESSES)
        ]
        for child in children:
            child.start()
        outcomes = sorted(results.get(timeout=60) for _ in children)
        for child in children:
            child.join(timeout=60)
        failed = [(n, code, err) for n, code, err in outcomes if code != 0]
        assert failed == [], f"round {round_}: {failed}"
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (SCHEMA_HEAD,)
            ]
            assert conn.execute("SELECT count(*) FROM cases").fetchone() == (PROCESSES // 2,)
            assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
