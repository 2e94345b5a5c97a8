"""Every test gets its own database and a fixed day; helpers to run kecli and look at the data.

A test's SQLite database starts as a copy of one that kecli created on first use (every
migration run once per session); ``@pytest.mark.fresh_db`` gives a test no file at all, for
the first use itself. Fixtures that build the same cases for many tests build them once per
session through ``prebuilt`` and get a copy of the result.
"""

from __future__ import annotations

import copy
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

TODAY = "2026-11-28"

# Property tests judge rules, not this machine's speed: a CI machine or a loaded laptop
# must not fail one because drawing an example took over a second.
settings.register_profile(
    "kecli", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile("kecli")

# Service and CLI tests run against SQLite and against a real PostgreSQL server.
BOTH_BACKENDS = ("tests/cli/", "tests/services/")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" not in metafunc.fixturenames:
        return
    path = str(metafunc.definition.path).replace(os.sep, "/")
    backends = ["sqlite"]
    if any(part in path for part in BOTH_BACKENDS) and not metafunc.definition.get_closest_marker(
        "sqlite_only"
    ):
        backends.append("postgresql")
    metafunc.parametrize("db_backend", backends, indirect=True)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first (the benchmarks first of all): in parallel runs (xdist), the
    longest ones then never start last while the other workers sit idle."""
    items.sort(
        key=lambda item: (
            0 if "test_bench.py" in item.nodeid else 1 if item.get_closest_marker("slow") else 2
        )
    )


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    from tests.pg import Cluster, Server, find_bindir

    url = os.environ.get("KECLI_TEST_PG_URL")
    cluster = None
    if not url:
        if find_bindir() is None:
            message = "PostgreSQL is not installed (apt-get install postgresql)"
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        cluster = Cluster()
        url = cluster.start()
    server = Server(url)
    yield server
    for engine in _READERS.values():
        engine.dispose()
    server.close()
    if cluster is not None:
        cluster.stop()


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of an SQLite database as kecli leaves it after first use: made by kecli's
    own first-use path (every migration), once per session (and per xdist worker)."""
    import sqlite3
    from contextlib import closing

    from kecli.store import db

    path = tmp_path_factory.mktemp("template") / "kecli.db"
    url = db.resolve_url(str(path))
    engine = db.get_engine(url)
    db.ensure_schema(engine)
    engine.dispose()
    db._checked.discard(str(engine.url))
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            db.SCHEMA_HEAD,
        )
    return path.read_bytes()


def _write_private(path: Path, data: bytes) -> None:
    """``data`` as the file at ``path``, readable by its owner only (as kecli creates it)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as file:
        file.write(data)


@pytest.fixture(autouse=True)
def isolated_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_backend: str, request: pytest.FixtureRequest
) -> Iterator[str]:
    if db_backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        db = server.new_database()
    else:
        db = str(tmp_path / "kecli.db")
        if request.node.get_closest_marker("fresh_db") is None:
            _write_private(Path(db), request.getfixturevalue("sqlite_template"))
    monkeypatch.setenv("KECLI_DB", db)
    monkeypatch.setenv("KECLI_TODAY", TODAY)
    monkeypatch.setenv("KECLI_LANG", "en")
    monkeypatch.setenv("KECLI_USER", "tester")
    monkeypatch.delenv("KECLI_NO_INPUT", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    _forget_console()
    yield db
    _forget_console()
    if db_backend == "postgresql":
        request.getfixturevalue("pg_server").drop(db)


def _forget_console() -> None:
    """Rich's console is made once per process and reads COLUMNS then: each test gets its
    own, so a width one test sets (or the order tests run in) never reaches another."""
    module = sys.modules.get("kecli.render.console")
    clear = getattr(getattr(module, "console", None), "cache_clear", None)
    if clear is not None:  # a test may have put a console of its own in its place
        clear()


@pytest.fixture(scope="session", autouse=True)
def one_command_tree() -> Iterator[None]:
    """kecli builds its click command tree from the Typer apps on each run, once per
    process; run in-process, every invocation would build it again (about two thirds of a
    quick command's time). Here it is built once per session and language (the help texts
    are the run's language's, put in place as the tree is built) and reused, as click's own
    tests reuse a command: a test that replaces a command's function itself (not what it
    calls) is not seen."""
    import typer.testing

    from kecli import env
    from kecli.cli import app as cli_app

    built: dict[tuple[int, str], tuple[Any, Any]] = {}
    build = typer.testing._get_command
    groups: dict[tuple[str, str], Any] = {}
    load_group = cli_app.load_group

    def get_command(typer_app: Any) -> Any:
        key = (id(typer_app), env.lang())
        if key not in built:
            built[key] = (typer_app, build(typer_app))
        return built[key][1]

    def load_group_once(name: str, no_input: Any) -> Any:
        key = (name, env.lang())
        if key not in groups:
            groups[key] = load_group(name, no_input)
        return groups[key]

    patch = pytest.MonkeyPatch()
    patch.setattr(typer.testing, "_get_command", get_command)
    patch.setattr(cli_app, "load_group", load_group_once)
    yield
    patch.undo()


class Kecli:
    """Runs kecli in-process through Typer's CliRunner."""

    def __init__(self, db: str) -> None:
        self.url = db if "://" in db else f"sqlite:///{db}"
        self.db = None if "://" in db else Path(db)
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None) -> Any:
        _forget_console()  # each run reads COLUMNS afresh, as a new process would
        from kecli.cli.app import app

        return self.runner.invoke(app, list(args), input=input)

    def json(self, *args: str) -> Any:
        result = self(*args, "--json")
        assert result.exit_code == 0, result.stderr
        assert result.stderr == "", result.stderr
        return json.loads(result.stdout)

    def json_warned(self, *args: str) -> tuple[Any, str]:
        """Like :meth:`json`, for commands that warn on stderr: (document, stderr)."""
        result = self(*args, "--json")
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout), result.stderr

    def new_case(
        self, *extra: str, name: str = "Kari Nordmann", kind: str = "koordinator"
    ) -> dict[str, Any]:
        return self.json("case", "new", "--name", name, "--kind", kind, *extra)

    def snapshot(self) -> list[str]:
        """Every row of every table (not the schema, which first use creates), to show that a
        refused command wrote nothing."""
        if self.db is not None and not self.db.exists():
            return []
        from kecli.store.models import SQLModel

        if self.db is not None:  # SQLite's own module: the stored values, read quicker
            import sqlite3
            from contextlib import closing

            with closing(sqlite3.connect(self.db)) as db:
                present = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
                return sorted(
                    f"{table.name}: {row!r}"
                    for table in SQLModel.metadata.sorted_tables
                    if table.name in present
                    for row in db.execute(f'SELECT * FROM "{table.name}"')
                )
        from sqlalchemy import create_engine, inspect, select

        if self.url not in _READERS:  # one connection kept per database, not one per look
            _READERS[self.url] = create_engine(self.url, pool_size=1, pool_pre_ping=True)
        rows: list[str] = []
        with _READERS[self.url].connect() as conn:
            present = set(inspect(conn).get_table_names())
            for table in SQLModel.metadata.sorted_tables:
                if table.name not in present:
                    continue
                rows += [f"{table.name}: {tuple(row)!r}" for row in conn.execute(select(table))]
            conn.rollback()
        return sorted(rows)


_READERS: dict[str, Any] = {}
"""The engines ``Kecli.snapshot`` reads other databases than SQLite files with."""


@pytest.fixture
def kecli(isolated_env: str) -> Kecli:
    return Kecli(isolated_env)


@pytest.fixture
def empty_database(
    db_backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[[], str]]:
    """``empty_database()``: another database of the test's kind as kecli leaves a new one
    after first use (migrated, no rows): a file beside the test's own, or a new PostgreSQL
    database made from a migrated template and dropped after the test."""
    made: list[str] = []

    def make() -> str:
        if db_backend == "postgresql":
            made.append(request.getfixturevalue("pg_server").new_blank())
        else:
            path = tmp_path / f"empty{len(made) or ''}.db"
            _write_private(path, request.getfixturevalue("sqlite_template"))
            made.append(str(path))
        return made[-1]

    yield make
    if db_backend == "postgresql":
        for url in made:
            request.getfixturevalue("pg_server").drop_blank(url)


_PREBUILT: dict[tuple[str, str], tuple[Any, Any]] = {}
"""(backend, key) → (the saved database, the builder's value), for ``prebuilt``."""


@pytest.fixture
def prebuilt(
    kecli: Kecli, db_backend: str, request: pytest.FixtureRequest
) -> Callable[[str, Callable[[], Any]], Any]:
    """``prebuilt(key, build)``: the database as ``build()`` leaves it, and its value.

    The first test that asks for ``key`` (per backend and xdist worker) runs ``build``, which
    makes its cases through kecli as before; the database is then saved, and every later
    test gets a copy of it instead (an SQLite file; a PostgreSQL database made from it as a
    template) — the same rows, ids, audit log and sequences. Call it before anything else
    touches the test's database, with a key that names one builder."""

    def use(key: str, build: Callable[[], Any]) -> Any:
        if kecli.db is not None:
            pristine = not Path(f"{kecli.db}-wal").exists() and kecli.db.read_bytes() == (
                request.getfixturevalue("sqlite_template")
            )
            assert pristine, f"prebuilt({key!r}) must come before the database is used"
        server = request.getfixturevalue("pg_server") if kecli.db is None else None
        found = _PREBUILT.get((db_backend, key))
        if found is None:
            value = build()
            if server is not None:
                saved: Any = server.save()
            else:
                saved = _sqlite_bytes(kecli.db)  # type: ignore[arg-type]
            _PREBUILT[(db_backend, key)] = (saved, copy.deepcopy(value))
            return value
        saved, value = found
        if server is not None:
            server.restore(saved)
        else:
            _write_private(kecli.db, saved)  # type: ignore[arg-type]
        return copy.deepcopy(value)

    return use


def _sqlite_bytes(path: Path) -> bytes:
    """The whole database in its main file (the write-ahead log checkpointed), as bytes."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as conn:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0, "an open transaction kept the log from being checkpointed"
    return path.read_bytes()


@pytest.fixture
def refused(kecli: Kecli) -> Callable[..., Any]:
    """Run a command that must fail: check exit code, a one- or two-line message, no writes."""

    def check(code: int, *args: str, message: str) -> Any:
        before = kecli.snapshot()
        result = kecli(*args)
        assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
        assert message in result.stderr, result.stderr
        lines = result.stderr.strip().splitlines()
        assert 1 <= len(lines) <= 2, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout == ""
        assert kecli.snapshot() == before
        return result

    return check


@contextmanager
def sqlite_migrated(path: Path, revision: str, *, down: bool = False) -> Iterator[Any]:
    """An SQLite database brought to ``revision`` with Alembic (upgraded, or downgraded
    with ``down``) and SQLAlchemy's plain connection to it, in that transaction (without
    kecli's pragmas: foreign key checks off, as SQLite has them by default)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from kecli.store import db

    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(Path(db.__file__).parent / "migrations"))
    if not down and revision != "head":
        # Upgrading a database already at the head to an older revision does nothing.
        assert db.stored_revision(engine) != db.SCHEMA_HEAD, "use @pytest.mark.fresh_db"
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(config, revision)
            yield conn
    finally:
        engine.dispose()
    db._checked.clear()  # kecli checks the schema again, as a new process would


def _known_older(revision: str) -> bool:
    """Whether ``revision`` is one of kecli's migrations before the head."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from kecli.store import db

    config = Config()
    config.set_main_option("script_location", str(Path(db.__file__).parent / "migrations"))
    script = ScriptDirectory.from_config(config)
    known = {rev.revision for rev in script.walk_revisions()}
    return revision in known and revision != db.SCHEMA_HEAD


@contextmanager
def stamped(path: Path, revision: str) -> Iterator[Any]:
    """The SQLite database at ``path`` as an older (or newer) kecli left it: the block's
    changes on the ``sqlite3`` connection it gets, the schema revision recorded as
    ``revision``; then kecli checks the schema again, as a new process would. A revision
    of kecli's own history gets its schema first (the migrations since are undone), so
    that the upgrade back runs on the tables that revision had."""
    import sqlite3

    from kecli.store import db

    if _known_older(revision):
        with sqlite_migrated(path, revision, down=True):
            pass
    conn = sqlite3.connect(path)
    try:
        with conn:
            yield conn
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        conn.close()
    db._checked.clear()
