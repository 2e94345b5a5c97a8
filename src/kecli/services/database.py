"""Schema upgrades on request (``kecli db upgrade``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kecli.errors import InvalidInput, KecliError, Msg, RuleViolation, redact
from kecli.files import PrivateFile, check_target, write_hint
from kecli.i18n.errors import database as E
from kecli.services.context import Ctx
from kecli.store import guards, repo
from kecli.store.backup import backup_sqlite, quick_check
from kecli.store.db import ensure_schema, get_engine, session_scope, upgrade_now, write_scope
from kecli.store.events import append_event
from kecli.store.location import is_sqlite, sqlite_path
from kecli.views.admin import BackupView, UpgradeView


def upgrade_schema(ctx: Ctx) -> UpgradeView:
    """The pending migrations, then the audit log's guards (kecli.store.guards) that are
    missing or altered created again, and that logged."""
    engine = get_engine(ctx.db_url)
    before, after = upgrade_now(engine)
    with write_scope(ctx.db_url) as conn:
        restored = guards.missing(conn)
        if restored:
            guards.install(conn, only=restored)
            append_event(
                conn,
                user=ctx.user,
                case_id=None,
                action="db.guards_restored",
                details={"restored": restored},
            )
    return {"before": before, "after": after, "restored": restored}


def backup_database(ctx: Ctx, target: Path, *, force: bool = False) -> BackupView:
    """``db backup``: an online copy for SQLite; PostgreSQL has pg_dump for that."""
    if not is_sqlite(ctx.db_url):
        raise RuleViolation(
            E.DB_BACKUP_COPIES_SQLITE,
            E.POSTGRESQL_PG_DUMP_CUSTOM,
        )
    # The folder resolved, the name itself not: a link there is replaced, never followed.
    target = target.expanduser().absolute()
    target = target.parent.resolve() / target.name
    source = sqlite_path(ctx.db_url)
    if source is not None and Path(source).resolve() == target.resolve():
        raise InvalidInput(E.CANNOT_COPY_DATABASE_ONTO)
    check_target(str(target), force=force, field=None)
    ensure_schema(get_engine(ctx.db_url))
    with PrivateFile(str(target), force=force) as copy:
        try:
            size = backup_sqlite(ctx.db_url, copy.temp)
            found = quick_check(copy.temp)
        except (OSError, sqlite3.Error) as exc:  # a full disk, a file size limit, …
            reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0]
            raise KecliError(
                E.COPY_COULD_WRITTEN_NOTHING, write_hint(exc) or _copy_hint(exc), reason=reason
            ) from None
        if found != "ok":
            raise KecliError(
                E.COPY_FAILED_SQLITES_CHECK, E.DATABASE_ITSELF_MAY_DAMAGED, found=redact(found)
            )
        # Logged before the copy is in place: no copy of the register is ever there that
        # the log does not tell of (an entry that cannot be written keeps no copy).
        with session_scope(ctx.db_url, write=True) as session:
            repo.record_event(
                session,
                user=ctx.user,
                case_id=None,
                action="db.backup",
                details={"target": redact(str(target)), "bytes": size, "quick_check": found},
            )
        copy.publish()
    return {"target": str(target), "bytes": size, "quick_check": found}


def _copy_hint(exc: BaseException) -> Msg:
    """A copy that failed for a reason other than the file system's (SQLite's own)."""
    if isinstance(exc, sqlite3.Error) and (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == 13:
        return E.DISK_FULL_FREE_SOME
    return E.TRY_AGAIN_CHECK_DISK
