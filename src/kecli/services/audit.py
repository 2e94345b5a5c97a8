"""Reading and verifying the audit log (pasientjournalloven § 22; DOMAIN § 7)."""

from __future__ import annotations

import datetime as dt

from kecli.domain.audit import verify_chain
from kecli.domain.checks import at_most
from kecli.errors import InvalidInput, Msg, RuleViolation
from kecli.services.context import Ctx
from kecli.services.lookup import load_case
from kecli.services.views import event_view
from kecli.store import repo
from kecli.store.db import session_scope
from kecli.views import AuditCheckView, AuditEntryView


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
        raise InvalidInput(Msg("--to er før --from.", "--to is before --from."))
    if limit is not None and limit < 1:
        raise InvalidInput(Msg("--limit må være minst 1.", "--limit must be at least 1."))
    if limit is not None:
        at_most(limit, "--limit")
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
        return [{**event_view(r), "hash": r.hash} for r in rows]


_REASONS = {
    "changed": Msg("innholdet er endret", "its content was changed"),
    "chain": Msg(
        "lenken til forrige oppføring er brutt", "its link to the previous entry is broken"
    ),
    "removed_before": Msg("oppføringer foran den er fjernet", "entries before it were removed"),
    "truncated": Msg(
        "oppføringer etter den er fjernet (loggen er kuttet)",
        "entries after it were removed (the log was cut short)",
    ),
    "head_missing": Msg("den siste hashen mangler", "the newest hash is missing"),
}


def verify_audit(ctx: Ctx) -> AuditCheckView:
    """Recompute the chain: ``ok``, the entries read, and where it first breaks
    (``broken_at``: the entry's id, or None when the break is at the head) and why
    (``reason``: changed, chain, removed_before, truncated, head_missing)."""
    with session_scope(ctx.db_url) as session:
        count, broken = verify_chain(repo.audit_entries(session), repo.audit_head(session))
    if broken is None:
        return {"ok": True, "entries": count}
    return {
        "ok": False,
        "entries": count,
        "broken_at": broken.entry_id or None,
        "reason": broken.reason,
    }


def broken_log(result: AuditCheckView) -> RuleViolation:
    """The error (exit 1) for a result of :func:`verify_audit` that is not ok."""
    reason = _REASONS[result.get("reason", "")]
    where = f"#{result.get('broken_at')}" if result.get("broken_at") else "—"
    return RuleViolation(
        Msg(
            f"Revisjonsloggen er brutt ved oppføring {where}: {reason.nb}.",
            f"The audit log is broken at entry {where}: {reason.en}.",
        ),
        Msg(
            "Undersøk databasen og sikkerhetskopiene; meld avviket.",
            "Examine the database and its backups; report the breach.",
        ),
    )
