"""Appending to the event (audit) log, with SQLAlchemy Core.

One function for every writer: the ORM services call it on their session's
connection, and ``export cases`` on a Core connection, so that an export of a
million rows never builds the ORM (its peak memory is counted).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert, select, text, update

from kecli.domain.audit import GENESIS_HASH, event_hash
from kecli.env import now_utc
from kecli.interrupts import Saved
from kecli.store.tables import TYPED

_events = TYPED["events"]
_head = TYPED["audit_head"]


def append_event(
    conn: Connection,
    *,
    user: str,
    case_id: str | None,
    action: str,
    details: dict[str, Any] | None = None,
) -> int:
    """Append one entry, chained to the newest one (never a full fødselsnummer); its id.

    The caller holds the write lock (BEGIN IMMEDIATE, or PostgreSQL's advisory lock),
    and the head row is locked too where the database can, so the chain cannot fork."""
    clean = json.loads(json.dumps(details or {}, default=str))
    if conn.dialect.name == "postgresql":
        # The audit function computes the hash itself and records the database role
        # (a caseworker role has no INSERT on the log: kecli.store.guards).
        event_id = conn.execute(
            text("SELECT kecli_audit_append(:user, :case_id, :action, CAST(:details AS jsonb))"),
            {"user": user, "case_id": case_id, "action": action, "details": json.dumps(clean)},
        ).scalar_one()
        _saved(conn, action, case_id, clean)
        return int(event_id)
    head = conn.execute(
        select(_head.c.hash).where(_head.c.id == 1).with_for_update()
    ).scalar_one_or_none()
    prev_hash = head if head is not None else GENESIS_HASH
    at = now_utc()
    digest = event_hash(prev_hash, at, user, case_id, action, clean)
    stmt = insert(_events).values(
        at=at,
        user=user,
        case_id=case_id,
        action=action,
        details=clean,
        prev_hash=prev_hash,
        hash=digest,
    )
    if conn.dialect.insert_returning:
        event_id = conn.execute(stmt.returning(_events.c.id)).scalar_one()
    else:  # SQLite before 3.35
        event_id = conn.execute(stmt).lastrowid
    _saved(conn, action, case_id, clean)
    if head is None:
        conn.execute(insert(_head).values(id=1, event_id=event_id, hash=digest))
    else:
        conn.execute(update(_head).where(_head.c.id == 1).values(event_id=event_id, hash=digest))
    return int(event_id)


def _saved(conn: Connection, action: str, case_id: str | None, details: dict[str, Any]) -> None:
    """What the unit of work saves, for the message should a signal stop the command
    once it has committed (store.db takes it when the commit is done)."""
    cases = details.get("cases") if action == "import.cases" else None
    conn.info.setdefault("kecli_saved", []).append(
        Saved(action, case_id, cases if isinstance(cases, int) else None)
    )
