"""Signals tell the truth: a commit is never cut, and the message says what was saved."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

#: kecli in another process, with ``HOOK`` run first (it replaces something to send a
#: signal at one moment); the arguments after the database are the command.
RUN = """
import os, signal, sys
HOOK
from kecli.cli.app import main
sys.argv = ["kecli", "--db", sys.argv[1], *sys.argv[2:]]
main()
"""

#: SIGTERM in the middle of the commit: sent as the driver's commit is called.
DURING_THE_COMMIT = """
from sqlalchemy.engine import Connection
commit = Connection.commit
def commit_under_fire(self):
    if self.in_transaction():
        os.kill(os.getpid(), signal.SIGTERM)
    return commit(self)
Connection.commit = commit_under_fire
"""

#: SIGTERM the moment the commit is done (as what it saved is recorded).
JUST_AFTER_THE_COMMIT = """
from kecli import interrupts
record = interrupts.record_saved
def then_signalled(entries):
    record(entries)
    if entries:
        os.kill(os.getpid(), signal.SIGTERM)
interrupts.record_saved = then_signalled
"""

#: SIGTERM while the result is printed, long after the commit.
WHILE_PRINTING = """
from kecli.cli import output
emit = output.emit
def emit_then_signalled(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGTERM)
    return emit(*args, **kwargs)
output.emit = emit_then_signalled
"""

#: SIGTERM once the command has finished and said so.
WHEN_DONE = """
from kecli import interrupts
finished = interrupts.finished
def finished_then_signalled():
    finished()
    os.kill(os.getpid(), signal.SIGTERM)
interrupts.finished = finished_then_signalled
"""


def database(kecli: Any) -> str:
    return str(kecli.db) if kecli.db is not None else kecli.url


def run(kecli: Any, hook: str, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RUN.replace("HOOK", hook), database(kecli), *command],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KECLI_LANG": "en"},
        check=False,
    )


def cases_file(tmp_path: Path, count: int) -> Path:
    lines = ["id,kind,status,received_on,name"]
    lines += [
        f"2026-{n:04d},koordinator,received,2026-10-01,Person {n}" for n in range(1, count + 1)
    ]
    path = tmp_path / "cases.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("moment", ["during the commit", "just after the commit"])
def test_a_signal_at_an_imports_commit_says_what_was_saved(kecli, tmp_path, moment):
    hook = DURING_THE_COMMIT if moment == "during the commit" else JUST_AFTER_THE_COMMIT
    result = run(kecli, hook, "import", "cases", str(cases_file(tmp_path, 300)))
    assert result.returncode == 130, result.stderr
    assert result.stderr.strip() == (
        "Interrupted after saving: cases imported (300 cases) (see kecli audit list)."
    )
    assert "nothing was saved" not in result.stderr
    assert len(kecli.json("case", "list")) == 300
    assert [e["action"] for e in kecli.json("audit", "list")] == ["import.cases"]


def test_a_signal_while_the_result_is_printed_says_what_was_saved(kecli):
    result = run(kecli, WHILE_PRINTING, "case", "new", "--name", "Ida", "--kind", "koordinator")
    assert result.returncode == 130, result.stderr
    assert "Interrupted after saving: case registered in 2026-0001" in result.stderr
    assert [c["id"] for c in kecli.json("case", "list")] == ["2026-0001"]


def test_a_signal_before_anything_is_saved_says_nothing_was(kecli, tmp_path):
    # The first statement of the import's transaction: nothing committed yet.
    hook = """
from sqlalchemy.engine import Connection
begin = Connection.begin
def begin_under_fire(self):
    os.kill(os.getpid(), signal.SIGTERM)
    return begin(self)
Connection.begin = begin_under_fire
"""
    result = run(kecli, hook, "case", "new", "--name", "Ida", "--kind", "koordinator")
    assert result.returncode == 130, result.stderr
    assert result.stderr.strip() == "Interrupted — nothing was saved."
    assert kecli.json("case", "list") == []


def test_a_signal_once_the_command_is_done_changes_nothing(kecli):
    result = run(kecli, WHEN_DONE, "case", "new", "--name", "Ida", "--kind", "koordinator")
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and "2026-0001" in result.stdout


#: A signal that lands while the driver waits for the next rows of an export (on
#: PostgreSQL SQLAlchemy then invalidates the connection, which refuses every use after).
WHILE_FETCHING = """
try:
    from psycopg import ServerCursor
except ImportError:
    ServerCursor = None
from kecli.store import exports
fetch = exports._fetch
def fetch_under_fire(conn, stmt, chunk):
    if conn.dialect.name == "sqlite":
        for n, batch in enumerate(fetch(conn, stmt, 10)):
            if n:
                raise KeyboardInterrupt
            yield batch
        return
    fetchmany = ServerCursor.fetchmany
    calls = []
    def interrupted(self, size=0):
        calls.append(size)
        if len(calls) > 1:
            raise KeyboardInterrupt  # as the signal handler does, inside the wait
        return fetchmany(self, size)
    ServerCursor.fetchmany = interrupted
    yield from fetch(conn, stmt, 10)
exports._fetch = fetch_under_fire
"""


def test_a_signal_while_an_export_fetches_says_what_was_logged(kecli, tmp_path):
    kecli("import", "cases", str(cases_file(tmp_path, 50)))
    target = tmp_path / "out" / "cases.csv"
    target.parent.mkdir()
    result = run(kecli, WHILE_FETCHING, "export", "cases", "--include-fnr", "-o", str(target))
    assert result.returncode == 130, result.stderr
    assert result.stderr.strip() == (
        "Interrupted after saving: cases exported, export ended (see kecli audit list)."
    )
    assert list(target.parent.iterdir()) == []
    ended = kecli.json("audit", "list", "--action", "export")[-1]
    assert ended["action"] == "export.cases.end" and ended["details"]["complete"] is False
