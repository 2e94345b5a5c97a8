"""Registering, listing, showing, closing and reopening, voiding and handing over cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kecli.domain.cases import (
    KINDS,
    STATUSES,
    NewCase,
    check_choice,
    check_closable,
    check_closing_day,
    check_follow_up,
    check_new_case,
    check_reopenable,
    check_reply_dates,
    check_replyable,
    check_unvoidable,
    check_voidable,
)
from kecli.domain.checks import handler_name, required_reason
from kecli.domain.contacts import CONTACT_FIELDS
from kecli.domain.identity import mask
from kecli.domain.search import same_name
from kecli.errors import Conflict, InvalidInput, Msg, RuleViolation
from kecli.i18n.errors import cases as E
from kecli.services.appointments import end_active_appointment
from kecli.services.config import load_settings
from kecli.services.context import Ctx
from kecli.services.lookup import load_case, load_coordinator
from kecli.services.views import load_case_view, load_case_views
from kecli.store import repo
from kecli.store.db import session_scope
from kecli.store.models import CaseRow
from kecli.views import CaseView

if TYPE_CHECKING:
    from kecli.store.db import Session


def _follow_up(session: Session, ctx: Ctx, ref: str, data: NewCase) -> tuple[CaseRow, NewCase]:
    """The barnekoordinator case a koordinator inquiry follows (``--from``), checked, and the
    inquiry with the person and guardians copied from it."""
    source = load_case(session, ref)
    current = repo.current_decision(session, source.id)
    check_follow_up(
        source.id,
        kind=(data.kind or "koordinator").strip().lower(),
        source_kind=source.kind,
        source_status=source.status,
        source_outcome=current.outcome if current and not current.set_aside else None,
        birth_date=source.birth_date,
        today=ctx.today,
    )
    if source.birth_date is None:
        raise RuleViolation(
            E.CHILD_NOT_RECORDED_BORN, E.RECORD_BIRTH_FIRST_KECLI, source_id=source.id
        )
    for other in repo.cases_from(session, source.id):
        if other.kind == "koordinator" and other.status not in ("closed", "voided"):
            raise Conflict(
                E.CASE_ALREADY_FOLLOWED_OPEN,
                E.SEE_OTHER_CASE,
                source_id=source.id,
                other_id=other.id,
            )
    copied = replace(
        data,
        name=source.name,
        kind="koordinator",
        fnr=source.fnr,
        birth_date=source.birth_date,
        expected_birth_date=None,
        guardians=list(source.guardians),
    )
    return source, copied


@dataclass
class Registered:
    """A case registered, and what the caseworker should know about it (not errors)."""

    case: CaseView
    warnings: list[Msg] = field(default_factory=list)


def new_case(ctx: Ctx, data: NewCase, *, from_ref: str | None = None) -> CaseView:
    """Register an inquiry (henvendelse): fvl § 11 a asks for a reply without undue delay.
    ``from_ref``: a koordinator inquiry after a refused or ended barnekoordinator, with the
    person, guardians and contact details copied and the two cases linked."""
    return register_case(ctx, data, from_ref=from_ref).case


def _possible_duplicates(session: Session, clean: NewCase, *known: str) -> list[Msg]:
    """A warning for each open case of a person of the same name and birth date where a
    fødselsnummer is missing on one side, so the two cannot be told apart: the same
    person registered twice? ``known``: the new case, and the one it follows (--from)."""
    if clean.birth_date is None:
        return []
    found = [
        other.id
        for other in repo.open_cases_born_on(session, clean.birth_date)
        if other.id not in known
        and (clean.fnr is None or other.fnr is None)
        and same_name(other.name, clean.name)
    ]
    if not found:
        return []
    listed = ", ".join(found)
    born = clean.birth_date.isoformat()
    return [E.OPEN_CASE_SAME_NAME.fill(listed=listed, born=born)]


def register_case(ctx: Ctx, data: NewCase, *, from_ref: str | None = None) -> Registered:
    """``new_case``, with a warning when the person may already have an open case."""
    with session_scope(ctx.db_url, write=True) as session:
        settings = load_settings(session)
        source: CaseRow | None = None
        if from_ref is not None:
            source, data = _follow_up(session, ctx, from_ref, data)
        clean = check_new_case(
            data,
            today=ctx.today,
            # a number stored before is taken as it is, whatever the setting now says
            allow_synthetic=settings.allow_synthetic_ids or source is not None,
        )
        if clean.fnr is not None:
            existing = repo.find_open_case(session, clean.fnr, clean.kind)
            if existing is not None:
                raise Conflict(
                    E.PERSON_ALREADY_OPEN_CASE,
                    E.SEE_EXISTING_CASE,
                    clean_kind=clean.kind,
                    existing_id=existing.id,
                )
        year = ctx.today.year
        seq = repo.next_case_seq(session, year)
        assert clean.received_on is not None
        row = CaseRow(
            id=f"{year}-{seq:04d}",
            year=year,
            seq=seq,
            kind=clean.kind,
            status="received",
            received_on=clean.received_on,
            channel=clean.channel,
            name=clean.name,
            fnr=clean.fnr,
            birth_date=clean.birth_date,
            expected_birth_date=clean.expected_birth_date,
            guardians=clean.guardians,
            note=clean.note,
            created_at=repo.now_utc(),
            created_by=ctx.user,
            handler=clean.handler or ctx.user,
        )
        if source is not None:
            row.from_case = source.id
            for key in CONTACT_FIELDS:
                setattr(row, key, getattr(source, key))
            row.guardian_contacts = dict(source.guardian_contacts or {}) or None
        session.add(row)
        session.flush()
        details: dict[str, object] = {
            "kind": row.kind,
            "received_on": row.received_on,
            "channel": row.channel,
            "fnr": mask(row.fnr) if row.fnr else None,
            "handler": row.handler,
        }
        if source is not None:
            details["from"] = source.id
        repo.record_event(
            session, user=ctx.user, case_id=row.id, action="case.created", details=details
        )
        if source is not None:
            repo.record_event(
                session,
                user=ctx.user,
                case_id=source.id,
                action="case.linked",
                details={"related": row.id},
            )
        warnings = _possible_duplicates(
            session, clean, row.id, *([source.id] if source is not None else [])
        )
        return Registered(load_case_view(session, row), warnings)


def list_cases(
    ctx: Ctx,
    *,
    statuses: Sequence[str] = (),
    kinds: Sequence[str] = (),
    coordinator: str | None = None,
    without_coordinator: bool = False,
    handler: str | None = None,
    voided: bool = False,
    search: str | None = None,
) -> list[CaseView]:
    """The cases, oldest first, filtered; ``handler``: only those the caseworker handles;
    ``voided``: only the voided ones (else none of them); ``search``: only those that
    match it as ``case find`` does, best first."""
    from kecli.services.find import log_search, read_search
    from kecli.store.search import find

    query = read_search(search, "search") if search is not None else None
    if voided and statuses:
        raise InvalidInput(
            E.CANNOT_USED_TOGETHER,
            E.VOIDED_CASE_NO_OTHER_STATUS,
        )
    if handler is not None:
        handler = handler_name(handler)
    for status in statuses:
        check_choice(status, STATUSES, "status")
    for kind in kinds:
        check_choice(kind, KINDS, "kind")
    logged = query is not None and query.by_identity_number
    with session_scope(ctx.db_url, write=logged) as session:
        ids: list[str] | None = None
        if query is not None:
            ids = find(session.connection(), query, limit=None, voided=voided)
        if coordinator is not None:
            found = load_coordinator(session, coordinator)
            assert found.id is not None
            theirs = repo.case_ids_of_coordinator(session, found.id)
            kept = set(theirs)
            ids = theirs if ids is None else [i for i in ids if i in kept]
        if without_coordinator:
            missing = set(repo.granted_case_ids_without_coordinator(session))
            ids = sorted(missing) if ids is None else [i for i in ids if i in missing]
        rows = repo.list_cases(
            session, statuses=statuses, kinds=kinds, ids=ids, handler=handler, voided=voided
        )
        if query is not None:
            assert ids is not None
            rank = {case_id: n for n, case_id in enumerate(ids)}
            rows = sorted(rows, key=lambda row: rank[row.id])
            log_search(session.connection(), ctx, query, [r.id for r in rows], "case list")
        return load_case_views(session, rows)


def close_case(ctx: Ctx, ref: str, *, reason: str | None, on: dt.date | None = None) -> CaseView:
    """Close a case (consent withdrawn, need ended, moved away, death): DOMAIN § 3 step 5."""
    text = required_reason(reason)
    with session_scope(ctx.db_url, write=True) as session:
        row = load_case(session, ref)
        check_closable(row.id, row.status)
        closed_on = on or ctx.today
        decision = repo.current_decision(session, row.id)
        check_closing_day(
            closed_on,
            received_on=row.received_on,
            decided_on=decision.decided_on if decision is not None else None,
            today=ctx.today,
        )
        previous = row.status
        # A closed case has no coordinator: the appointment ends the day the case closes.
        end_active_appointment(session, ctx, row.id, closed_on, "case closed", "on")
        row.status, row.closed_on, row.close_reason = "closed", closed_on, text
        session.add(row)
        repo.record_event(
            session,
            user=ctx.user,
            case_id=row.id,
            action="case.closed",
            details={"on": closed_on, "reason": text, "previous_status": previous},
        )
        return load_case_view(session, row)


def reopen_case(ctx: Ctx, ref: str, *, reason: str | None) -> CaseView:
    text = required_reason(reason)
    with session_scope(ctx.db_url, write=True) as session:
        row = load_case(session, ref)
        check_reopenable(row.id, row.status)
        if row.fnr is not None:
            other = repo.find_open_case(session, row.fnr, row.kind)
            if other is not None:
                raise Conflict(
                    E.PERSON_ANOTHER_OPEN_CASE,
                    E.CLOSE_OTHER_OR_CARRY_ON,
                    row_kind=row.kind,
                    other_id=other.id,
                )
        current = repo.current_decision(session, row.id)
        row.status = "decided" if current is not None and not current.set_aside else "received"
        row.closed_on, row.close_reason = None, None
        session.add(row)
        repo.record_event(
            session,
            user=ctx.user,
            case_id=row.id,
            action="case.reopened",
            details={"reason": text, "status": row.status},
        )
        return load_case_view(session, row)


def reply_case(ctx: Ctx, ref: str, *, on: dt.date | None, expect: dt.date) -> CaseView:
    """A foreløpig svar was sent (fvl § 11 a), promising a decision by ``expect``: it ends
    the preliminary_reply alarm and opens expected_decision on that day (DOMAIN § 5)."""
    with session_scope(ctx.db_url, write=True) as session:
        row = load_case(session, ref)
        check_replyable(row.id, row.status)
        set_aside = repo.set_aside_on(session, row.id)
        since = max(row.received_on, set_aside) if set_aside else row.received_on
        replied_on = on or ctx.today
        check_reply_dates(
            replied_on, expect, since=since, reopened=since != row.received_on, today=ctx.today
        )
        row.replied_on, row.decision_expected_on = replied_on, expect
        session.add(row)
        repo.record_event(
            session,
            user=ctx.user,
            case_id=row.id,
            action="case.replied",
            details={"on": replied_on, "expect": expect},
        )
        return load_case_view(session, row)


def hand_over(ctx: Ctx, ref: str, *, to: str) -> CaseView:
    """Give the case to another caseworker (saksbehandler); the log keeps who had it."""
    new = handler_name(to, "to")
    with session_scope(ctx.db_url, write=True) as session:
        row = load_case(session, ref)
        if row.handler == new:
            raise Conflict(E.ALREADY_HANDLES_CASE, E.GIVE_ANOTHER_NAME, new=new, row_id=row.id)
        previous, row.handler = row.handler, new
        session.add(row)
        repo.record_event(
            session,
            user=ctx.user,
            case_id=row.id,
            action="case.handed_over",
            details={"from": previous, "to": new},
        )
        return load_case_view(session, row)


def void_case(ctx: Ctx, ref: str, *, reason: str | None) -> CaseView:
    """A case registered by mistake (no decision, ever) leaves every list, report, statistic
    and export; the case and the audit log keep it, and ``unvoid_case`` brings it back."""
    text = required_reason(reason)
    with session_scope(ctx.db_url, write=True) as session:
        row = load_case(session, ref)
        check_voidable(row.id, row.status, decided=repo.has_decisions(session, row.id))
        previous = row.status
        row.status, row.voided_on, row.void_reason = "voided", ctx.today, text
        session.add(row)
        repo.record_event(
            session,
            user=ctx.user,
            case_id=row.id,
            action="case.voided",
            details={"reason": text, "previous_status": previous},
        )
        return load_case_view(session, row)


def unvoid_case(ctx: Ctx, ref: str, *, reason: str | None) -> CaseView:
    """Undo a voiding: the case waits again (or is closed again, if it was)."""
    text = required_reason(reason)
    with session_scope(ctx.db_url, write=True) as session:
        row = load_case(session, ref)
        check_unvoidable(row.id, row.status)
        status = "closed" if row.closed_on is not None else "received"
        if status != "closed" and row.fnr is not None:
            other = repo.find_open_case(session, row.fnr, row.kind)
            if other is not None:
                raise Conflict(
                    E.PERSON_ANOTHER_OPEN_CASE,
                    E.CARRY_ON_OR_CLOSE_OTHER,
                    row_kind=row.kind,
                    other_id=other.id,
                )
        row.status, row.voided_on, row.void_reason = status, None, None
        session.add(row)
        repo.record_event(
            session,
            user=ctx.user,
            case_id=row.id,
            action="case.unvoided",
            details={"reason": text, "status": status},
        )
        return load_case_view(session, row)
