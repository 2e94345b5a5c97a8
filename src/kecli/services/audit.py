"""Reading and verifying the audit log (pasientjournalloven § 22; DOMAIN § 7)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

from kecli.domain.audit import verify_chain
from kecli.domain.checks import at_most
from kecli.errors import InvalidInput, Msg, RuleViolation
from kecli.i18n.errors import audit as E
from kecli.services.context import Ctx
from kecli.services.lookup import load_case
from kecli.services.views import event_view
from kecli.store import guards, repo
from kecli.store.db import session_scope
from kecli.views import AuditEntryView
from kecli.views.admin import AuditCheckView

if TYPE_CHECKING:
    from kecli.store.models import EventRow


def list_audit(
    ctx: Ctx,
    *,
    case: str | None = None,
    user: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    action: str | None = None,
    limit: int | None = None,
) -> list[AuditEntryView]:
    if since and until and until < since:
        raise InvalidInput(E.TO_BEFORE_FROM)
    if limit is not None and limit < 1:
        raise InvalidInput(E.LIMIT_AT_LEAST_ONE)
    if limit is not None:
        at_most(limit, "limit")
    with session_scope(ctx.db_url) as session:
        case_id = load_case(session, case).id if case else None
        rows = repo.list_events(
            session,
            case_id=case_id,
            user=user,
            since=since.isoformat() if since else None,
            # Up to the end of ``until``: the next day's start (none after 9999-12-31).
            until=(until + dt.timedelta(days=1)).isoformat()
            if until and until < dt.date.max
            else None,
            action=action,
            limit=limit,
        )
        return [_entry_view(r) for r in rows]


def _entry_view(row: EventRow) -> AuditEntryView:
    """An entry with its hash, and the database role that wrote it where one was recorded."""
    view = cast("AuditEntryView", {**event_view(row), "hash": row.hash})
    if row.db_role is not None:
        view["db_role"] = row.db_role
    return view


_REASONS = {
    "changed": E.CONTENT_CHANGED,
    "chain": E.LINK_PREVIOUS_ENTRY_BROKEN,
    "removed_before": E.ENTRIES_BEFORE_WERE_REMOVED,
    "truncated": E.ENTRIES_AFTER_WERE_REMOVED,
    "head_missing": E.NEWEST_HASH_MISSING,
    "appended": E.ADDED_AFTER_LOGS_LAST,
    "emptied": E.LOG_EMPTY_BUT_DATABASE,
    "guards": E.GUARDS_MISSING,
    "anchor_missing": E.EXPECTED_HASH_NOT_IN_CHAIN,
}


def verify_audit(ctx: Ctx, *, expect: str | None = None) -> AuditCheckView:
    """Recompute the chain: ``ok``, the entries read, the ``head`` hash (the newest entry's:
    keep it elsewhere, and give it back with ``expect`` later), and where it first breaks
    (``broken_at``: the entry's id, or None when the break is at the head) and why
    (``reason``: changed, chain, removed_before, truncated, head_missing, appended,
    emptied, anchor_missing; or ``guards`` when the chain holds but the database's guards
    of the log are missing or altered: ``missing_guards`` names them)."""
    anchor = _anchor(expect)
    with session_scope(ctx.db_url) as session:
        head = repo.audit_head(session)
        count, broken = verify_chain(
            repo.audit_entries(session), head, expect=anchor, has_cases=repo.has_cases(session)
        )
        unguarded = guards.missing(session.connection())
    result: AuditCheckView = {"ok": broken is None and not unguarded, "entries": count}
    result["head"] = head[1] if head else None
    if broken is not None:
        result["broken_at"] = broken.entry_id or None
        result["reason"] = broken.reason
    elif unguarded:
        result["broken_at"] = None
        result["reason"] = "guards"
    if unguarded:  # beside a break too: whoever broke the chain may have dropped them
        result["missing_guards"] = unguarded
    return result


def _anchor(expect: str | None) -> str | None:
    """``--expect``: a hash as ``audit verify`` prints it (64 hexadecimal digits)."""
    if expect is None:
        return None
    value = expect.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise InvalidInput(E.EXPECT_NOT_A_HASH)
    return value


def broken_log(result: AuditCheckView) -> RuleViolation:
    """The error (exit 1) for a result of :func:`verify_audit` that is not ok."""
    reason = _REASONS[result.get("reason", "")]
    if result.get("reason") == "guards":
        names = ", ".join(result.get("missing_guards", []))
        return RuleViolation(
            E.LOG_NOT_PROTECTED, E.RESTORE_GUARDS, reason=Msg(reason.nb, reason.en), names=names
        )
    where = f"#{result.get('broken_at')}" if result.get("broken_at") else "—"
    return RuleViolation(
        E.AUDIT_LOG_BROKEN_ENTRY,
        E.EXAMINE_DATABASE_BACKUPS_REPORT,
        where=where,
        reason=Msg(reason.nb, reason.en),
    )
