"""The database: where it is, the engine and its pragmas, units of work, schema upgrades."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection as Connection  # re-exported: the services' annotations
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError

if TYPE_CHECKING:  # the ORM costs start-up; read_scope's commands never need it
    from sqlmodel import Session as Session  # re-exported: the services' annotations

from kecli import interrupts
from kecli.errors import REFUSED_SQLSTATES, InvalidInput, KecliError, database_error
from kecli.i18n.errors import database as E
from kecli.store.location import is_sqlite, resolve_url, sqlite_path  # noqa: F401
from kecli.store.schema import SCHEMA_HEAD as SCHEMA_HEAD  # noqa: E402  (re-exported)

BUSY_TIMEOUT_MS = 30_000
WRITE_LOCK = 0x6B65636C69  # "kecli"


def _while_locked(step: Callable[[], object], errors: tuple[type[Exception], ...]) -> None:
    """``step``, tried again while it fails with "database is locked" at once, for as long as
    the busy timeout: on a new file that other processes open at the same moment, SQLite
    may refuse the switch to WAL or the schema's creation without waiting that timeout.
    Any other error, or one past the timeout, is raised."""
    import time

    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            step()
            return
        except errors as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _wal(cursor: Any) -> None:
    """Switch to WAL (a no-op once the file is in WAL)."""
    import sqlite3

    _while_locked(lambda: cursor.execute("PRAGMA journal_mode=WAL"), (sqlite3.OperationalError,))


@lru_cache(maxsize=8)
def get_engine(url: str) -> Engine:
    """One engine per process and database, with the pragmas kecli relies on."""
    if is_sqlite(url):
        engine = create_engine(
            url,
            hide_parameters=True,  # parameters may hold a fødselsnummer
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "isolation_level": None},
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            _wal(cursor)
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):  # type: ignore[no-untyped-def]
            # A read-then-write transaction must take the write lock up front, or two
            # writers deadlock and one gets "database is locked" despite the timeout.
            if conn.get_execution_options().get("kecli_write"):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.exec_driver_sql("BEGIN")

        return engine
    try:
        return create_engine(url, hide_parameters=True, pool_pre_ping=True)
    except Exception as exc:  # a URL SQLAlchemy cannot use (driver missing, typo)
        raise InvalidInput(
            E.CANNOT_USE_DATABASE, E.CHECK_DB_OPTION, kind=type(exc).__name__
        ) from None


@contextmanager
def session_scope(url: str, *, write: bool = False) -> Iterator[Session]:
    """One unit of work: commit when the block ends, roll back on any error."""
    from sqlmodel import Session

    with (
        _core_scope(url, write=write) as conn,
        # The session takes over the connection's transaction and ends it.
        Session(
            bind=conn, expire_on_commit=False, join_transaction_mode="control_fully"
        ) as session,
    ):
        yield session
        if write:
            _commit(session, conn)
        else:
            session.rollback()


Attached = Sequence[tuple[str, str]]
"""(schema name, file) of SQLite databases to attach for one unit of work."""


@contextmanager
def read_scope(url: str, *, attach: Attached = ()) -> Iterator[Connection]:
    """A read-only unit of work on a Core connection, rolled back when the block ends.

    For the commands that only read (``case show``, ``report deadlines``, the rows of
    ``export cases``): without the ORM's Session they never import ``sqlalchemy.orm`` or
    ``sqlmodel`` (≈ 100 ms, ≈ 10 MiB)."""
    with _core_scope(url, write=False, attach=attach) as conn:
        yield conn


@contextmanager
def write_scope(
    url: str, *, attach: Attached = (), foreign_keys: bool = True
) -> Iterator[Connection]:
    """A unit of work that writes, on a Core connection: the write lock taken up front,
    committed when the block ends, rolled back on any error. ``attach`` (SQLite): files
    attached under their schema names for the unit of work (an import's staged rows).
    ``foreign_keys`` false (SQLite): the unit of work's rows are not checked against
    the rows they refer to — only for an import's merge, whose rows refer to each other
    by construction (the checks were half its time; the tests check the result)."""
    with _core_scope(url, write=True, attach=attach, foreign_keys=foreign_keys) as conn:
        yield conn


@contextmanager
def _core_scope(
    url: str, *, write: bool, attach: Attached = (), foreign_keys: bool = True
) -> Iterator[Connection]:
    engine = get_engine(url)
    ensure_schema(engine)
    bind = engine.execution_options(kecli_write=True) if write else engine
    try:
        with bind.connect() as conn:
            if write and not is_sqlite(url):
                # Writers take one transaction-scoped lock, as BEGIN IMMEDIATE does on SQLite:
                # read-then-write steps (next case number, the audit chain's head, a plan's
                # version) then never race, and no one waits long — each command is short.
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
            conn.info[SAVED] = []
            try:
                with _attached(conn, attach, foreign_keys=foreign_keys):
                    yield conn
                    if write:
                        _commit(conn, conn)
                    else:
                        conn.rollback()
            finally:
                # A connection a signal invalidated mid-statement (PostgreSQL) refuses
                # every use, this one too, until rolled back; its info goes with it.
                if not conn.invalidated:
                    conn.info.pop(SAVED, None)
    except Exception as exc:
        # The fast paths run some statements on the driver's own cursor (store.tables,
        # store.exports, store.merge): its errors come unwrapped.
        if _is_database_trouble(exc, engine.dialect.loaded_dbapi):
            raise _unreachable(exc, url) from None
        raise


#: ``Connection.info`` key: the audit entries the unit of work appended (store.events).
SAVED = "kecli_saved"


def _commit(unit: Connection | Session, conn: Connection) -> None:
    """Commit, whole: a signal waits until the commit is done (and what it saved is
    recorded, for the message an interrupt then prints)."""
    with interrupts.deferred():
        unit.commit()
        interrupts.record_saved(conn.info.pop(SAVED, []))
        conn.info[SAVED] = []


def _is_database_trouble(exc: Exception, dbapi: Any) -> bool:
    """Whether an error is the database's, not kecli's: unreachable, locked, a file that
    is not a database or is damaged ('database disk image is malformed'). A broken
    constraint (IntegrityError) or a bad statement is kecli's own and stays an internal
    error."""
    if isinstance(exc, OperationalError | dbapi.OperationalError):
        return True
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if getattr(orig, "sqlstate", None) in REFUSED_SQLSTATES:
        return True
    if isinstance(exc, DBAPIError):
        return type(exc) is DatabaseError
    return type(exc) is dbapi.DatabaseError


@contextmanager
def _attached(conn: Connection, attach: Attached, *, foreign_keys: bool = True) -> Iterator[None]:
    """SQLite attaches, and turns foreign key checks off, only outside a transaction: on
    the driver's connection before the unit of work begins, undone after it ended (the
    connection goes back to the pool)."""
    unchecked = not foreign_keys and conn.dialect.name == "sqlite"
    if not attach and not unchecked:
        yield
        return
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    done = []
    if unchecked:
        dbapi.execute("PRAGMA foreign_keys = OFF")
    try:
        for name, path in attach:
            dbapi.execute(f"ATTACH DATABASE ? AS {name}", (path,))
            done.append(name)
        try:
            yield
        except BaseException:
            conn.rollback()
            raise
    finally:
        for name in done:
            try:
                dbapi.execute(f"DETACH DATABASE {name}")
            except Exception:  # noqa: BLE001 - never hide the error that ended the work
                continue
        if unchecked:
            # SQLite ignores the pragma inside a transaction (one left open by a failed
            # rollback): read it back, and never pool a connection that does not check.
            try:
                dbapi.execute("PRAGMA foreign_keys = ON")
                back_on = dbapi.execute("PRAGMA foreign_keys").fetchone() == (1,)
            except Exception:  # noqa: BLE001 - never hide the error that ended the work
                back_on = False
            if not back_on:
                conn.invalidate()


def _unreachable(exc: Exception, url: str | None = None) -> KecliError:
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    return database_error(orig, sqlite_path(url) if url else None)


_checked: set[str] = set()


def ensure_schema(engine: Engine) -> None:
    """Bring the schema to the head revision; costs one query when it already is."""
    key = str(engine.url)
    if key in _checked:
        return
    try:
        current = stored_revision(engine)
    except DBAPIError as exc:  # unreachable, not a database at all, …
        raise _unreachable(exc, str(engine.url)) from None
    if current != SCHEMA_HEAD:
        try:
            _while_locked(lambda: upgrade(engine), (OperationalError,))
        except DBAPIError as exc:  # not a database at all, a read-only file, …
            raise _unreachable(exc, str(engine.url)) from None
    _checked.add(key)


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in ``alembic_version``, or None for a new database."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, DBAPIError):
            conn.rollback()
            return None


def upgrade(engine: Engine) -> None:
    """Apply every pending Alembic migration (imports Alembic only now). A database whose
    revision this kecli does not know (made by a newer one, or damaged) is a KecliError."""
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    try:
        # The same lock, taken the same way, as every write: on SQLite BEGIN IMMEDIATE
        # (which waits the busy timeout), on PostgreSQL the advisory lock, then the revision
        # read again under it (Alembic reads it) — so N processes starting together on a
        # new database wait for the first to create the schema instead of failing with
        # "database is locked" (a deferred BEGIN cannot wait for a lock it must upgrade).
        with engine.execution_options(kecli_write=True).connect() as conn:
            # A migration that rebuilds a table (SQLite's batch mode) drops it while other
            # tables refer to it: foreign key checks are off while the migrations run, and
            # every reference is checked before they commit.
            with _attached(conn, (), foreign_keys=False), conn.begin():
                if conn.dialect.name != "sqlite":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
                    # The schema's owner changes tables here without an audit entry
                    # (kecli.store.guards lets only the owner do so, only while this is set).
                    conn.execute(text("SELECT set_config('kecli.schema_change', 'on', true)"))
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if conn.dialect.name == "sqlite":
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise KecliError(E.UPGRADE_WOULD_BREAK_REFERENCE, table=broken[0])
    except CommandError:
        revision = stored_revision(engine)
        raise KecliError(
            E.SCHEMA_VERSION_UNKNOWN, E.USE_KECLI_THAT_MADE_IT, revision=revision, head=SCHEMA_HEAD
        ) from None
    except (OperationalError, DBAPIError):
        # Another process created the schema at the same moment; fine if it got there.
        if stored_revision(engine) != SCHEMA_HEAD:
            raise


def upgrade_now(engine: Engine) -> tuple[str | None, str | None]:
    """``kecli db upgrade``: (revision before, revision after); an unreachable database or
    a file that is not one is a KecliError, as for every other command."""
    try:
        before = stored_revision(engine)
        upgrade(engine)
        after = stored_revision(engine)
    except DBAPIError as exc:
        raise _unreachable(exc, str(engine.url)) from None
    _checked.add(str(engine.url))
    return before, after
