"""Reading and verifying the audit log (pasientjournalloven § 22; DOMAIN § 7)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

from kecli.domain.audit import verify_chain
from kecli.domain.checks import at_most
from kecli.errors import InvalidInput, Msg, RuleViolation
from kecli.services.context import Ctx
from kecli.services.lookup import load_case
from kecli.services.views import event_view
from kecli.store import guards, repo
from kecli.store.db import session_scope
from kecli.views import AuditCheckView, AuditEntryView

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
        return [_entry_view(r) for r in rows]


def _entry_view(row: EventRow) -> AuditEntryView:
    """An entry with its hash, and the database role that wrote it where one was recorded."""
    view = cast("AuditEntryView", {**event_view(row), "hash": row.hash})
    if row.db_role is not None:
        view["db_role"] = row.db_role
    return view


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
    "appended": Msg(
        "den er lagt til etter loggens siste kjente oppføring",
        "it was added after the log's last known entry",
    ),
    "emptied": Msg(
        "loggen er tom, men databasen har saker (loggen er slettet)",
        "the log is empty but the database has cases (the log was wiped)",
    ),
    "guards": Msg(
        "databasens vern mot endring av loggen mangler eller er endret",
        "the database's guards against changing the log are missing or altered",
    ),
    "anchor_missing": Msg(
        "hashen gitt med --expect finnes ikke i kjeden (loggen er skrevet om)",
        "the hash given with --expect is not in the chain (the log was rewritten)",
    ),
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
        raise InvalidInput(
            Msg(
                "--expect må være en hash fra audit verify (64 heksadesimale tegn).",
                "--expect must be a hash from audit verify (64 hexadecimal digits).",
            )
        )
    return value


def broken_log(result: AuditCheckView) -> RuleViolation:
    """The error (exit 1) for a result of :func:`verify_audit` that is not ok."""
    reason = _REASONS[result.get("reason", "")]
    if result.get("reason") == "guards":
        names = ", ".join(result.get("missing_guards", []))
        return RuleViolation(
            Msg(
                f"Revisjonsloggen er ikke vernet: {reason.nb} ({names}).",
                f"The audit log is not protected: {reason.en} ({names}).",
            ),
            Msg(
                "Kjør kecli db upgrade for å lage vernet på nytt, og meld avviket.",
                "Run kecli db upgrade to restore them, and report the breach.",
            ),
        )
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
