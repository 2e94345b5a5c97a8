"""A throwaway PostgreSQL cluster for the test suite (or the server in KECLI_TEST_PG_URL).

Debian's binaries (``apt-get install postgresql``) are found under /usr/lib/postgresql;
the cluster lives in a temporary folder, listens on 127.0.0.1 on a free port, trusts
local connections, and is stopped when the session ends.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def find_bindir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.base = Path(tempfile.mkdtemp(prefix="kecli-pg-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self.user: pwd.struct_passwd | None = None
        if os.geteuid() == 0:  # initdb refuses to run as root
            self.user = pwd.getpwnam("postgres")
            os.chown(self.base, self.user.pw_uid, self.user.pw_gid)

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user.pw_name, "--", *command]
        subprocess.run(
            command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=self.base
        )

    def start(self) -> str:
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "--auth=trust",
            "-U",
            "postgres",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        for attempt in range(3):
            options = (
                f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
            )
            try:
                self._run(
                    "pg_ctl",
                    "-D",
                    str(self.data),
                    "-o",
                    options,
                    "-l",
                    str(self.base / "server.log"),
                    "-w",
                    "start",
                )
                break
            except subprocess.CalledProcessError:
                # The free port was taken meanwhile (another xdist worker's cluster).
                if attempt == 2:
                    raise
                self.port = _free_port()
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


class Server:
    """One migrated database for the whole run, emptied before each test that finds a row
    or a used sequence in it (far quicker than a database per test); ``save`` and
    ``restore`` keep a copy of it as a template database and bring it back (for the test
    suite's ``prebuilt``)."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import create_engine

        self.admin_url = admin_url
        self.admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.name = f"kecli_test_{os.getpid()}"
        self._execute(f'DROP DATABASE IF EXISTS "{self.name}"')
        self._execute(f'CREATE DATABASE "{self.name}"')
        base, _, _ = admin_url.rpartition("/")
        self.db_url = f"{base}/{self.name}"
        from kecli.store.db import ensure_schema, get_engine
        from kecli.store.models import SQLModel

        ensure_schema(get_engine(self.db_url))
        names = [t.name for t in SQLModel.metadata.sorted_tables]
        tables = ", ".join(f'"{name}"' for name in names)
        self.truncate = f"TRUNCATE TABLE {tables} RESTART IDENTITY CASCADE"
        used = " OR ".join(f'EXISTS (SELECT 1 FROM "{name}")' for name in names)
        self.used = (
            f"SELECT {used} OR EXISTS (SELECT 1 FROM pg_sequences "
            "WHERE schemaname = current_schema() AND last_value IS NOT NULL)"
        )
        with get_engine(self.db_url).connect() as conn:
            sequences = conn.exec_driver_sql(
                "SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()"
            ).scalars()
            # TRUNCATE makes new files for every table and index (≈ 50–150 ms); DELETE
            # of a few rows, with the triggers (append-only, references) off, is quicker.
            self.empty = "; ".join(
                [
                    "SET LOCAL session_replication_role = replica",
                    *(f'DELETE FROM "{name}"' for name in reversed(names)),
                    *(f'ALTER SEQUENCE "{name}" RESTART' for name in sequences),
                ]
            )
        self.saved: list[str] = []
        self.blank = self.save()  # migrated, no rows: what new_blank copies
        self.blanks = 0

    def _execute(self, sql: str, url: str | None = None) -> None:
        from sqlalchemy import create_engine, text

        engine = self.admin if url is None else create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(sql))
        if url is not None:
            engine.dispose()

    def new_database(self) -> str:
        """The test database, emptied if the last test left anything in it."""
        from sqlalchemy.exc import ProgrammingError

        from kecli.store.db import get_engine

        engine = get_engine(self.db_url)
        with engine.connect() as conn:
            if not conn.exec_driver_sql(self.used).scalar():
                return self.db_url
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(self.empty)
        except ProgrammingError:  # not a superuser (KECLI_TEST_PG_URL): no replica role
            self.empty = self.truncate
            with engine.begin() as conn:
                conn.exec_driver_sql(self.truncate)
        return self.db_url

    def drop(self, url: str) -> None:
        """Nothing to drop: the next test empties the tables."""

    def _disconnect(self) -> None:
        """No session left on the test database (CREATE DATABASE … TEMPLATE needs that)."""
        from kecli.store.db import get_engine

        get_engine(self.db_url).dispose()
        self._execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{self.name}' AND pid <> pg_backend_pid()"
        )

    def save(self) -> str:
        """A copy of the test database as it is now: the name of a template database."""
        name = f"{self.name}_saved_{len(self.saved)}"
        self._disconnect()
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"')
        self.saved.append(name)
        return name

    def restore(self, saved: str) -> None:
        """The test database made anew from a copy that ``save`` kept."""
        self._disconnect()
        self._execute(f'DROP DATABASE "{self.name}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{self.name}" TEMPLATE "{saved}"')

    def new_blank(self) -> str:
        """Another database as kecli leaves a new one after first use (migrated, no rows),
        with a name never used before: its URL."""
        self.blanks += 1
        name = f"{self.name}_blank_{self.blanks}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.blank}"')
        return f"{self.db_url.rpartition('/')[0]}/{name}"

    def drop_blank(self, url: str) -> None:
        from kecli.store.db import get_engine

        get_engine(url).dispose()
        self._execute(f'DROP DATABASE IF EXISTS "{url.rpartition("/")[2]}" WITH (FORCE)')

    def close(self) -> None:
        from kecli.store.db import get_engine

        get_engine(self.db_url).dispose()
        for name in [self.name, *self.saved]:
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()
