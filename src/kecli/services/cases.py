"""Registering, listing, showing, closing and reopening cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
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
)
from kecli.domain.checks import required_reason
from kecli.domain.contacts import CONTACT_FIELDS
from kecli.domain.identity import mask
from kecli.errors import Conflict, Msg, RuleViolation
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
            Msg(
                f"Barnet i sak {source.id} er ikke registrert som født.",
                f"The child of case {source.id} is not recorded as born.",
            ),
            Msg(
                f"Registrer fødselen først: kecli case edit {source.id} --birth-date DATO",
                f"Record the birth first: kecli case edit {source.id} --birth-date DATE",
            ),
        )
    for other in repo.cases_from(session, source.id):
        if other.kind == "koordinator" and other.status != "closed":
            raise Conflict(
                Msg(
                    f"Saken {source.id} er allerede fulgt opp med en åpen koordinator-sak: "
                    f"{other.id}.",
                    f"Case {source.id} is already followed by an open koordinator case: "
                    f"{other.id}.",
                ),
                Msg(
                    f"Se den med: kecli case show {other.id}",
                    f"See it with: kecli case show {other.id}",
                ),
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


def new_case(ctx: Ctx, data: NewCase, *, from_ref: str | None = None) -> CaseView:
    """Register an inquiry (henvendelse): fvl § 11 a asks for a reply without undue delay.
    ``from_ref``: a koordinator inquiry after a refused or ended barnekoordinator, with the
    person, guardians and contact details copied and the two cases linked."""
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
                    Msg(
                        f"Personen har allerede en åpen {clean.kind}-sak: {existing.id}.",
                        f"The person already has an open {clean.kind} case: {existing.id}.",
                    ),
                    Msg(
                        f"Se den med: kecli case show {existing.id}",
                        f"See it with: kecli case show {existing.id}",
                    ),
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
        return load_case_view(session, row)


def list_cases(
    ctx: Ctx,
    *,
    statuses: Sequence[str] = (),
    kinds: Sequence[str] = (),
    coordinator: str | None = None,
    without_coordinator: bool = False,
) -> list[CaseView]:
    for status in statuses:
        check_choice(status, STATUSES, "--status")
    for kind in kinds:
        check_choice(kind, KINDS, "--kind")
    with session_scope(ctx.db_url) as session:
        ids: list[str] | None = None
        if coordinator is not None:
            found = load_coordinator(session, coordinator)
            assert found.id is not None
            ids = repo.case_ids_of_coordinator(session, found.id)
        if without_coordinator:
            missing = set(repo.granted_case_ids_without_coordinator(session))
            ids = sorted(missing) if ids is None else [i for i in ids if i in missing]
        rows = repo.list_cases(session, statuses=statuses, kinds=kinds, ids=ids)
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
        end_active_appointment(session, ctx, row.id, closed_on, "case closed", "--on")
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
                    Msg(
                        f"Personen har en annen åpen {row.kind}-sak: {other.id}.",
                        f"The person has another open {row.kind} case: {other.id}.",
                    ),
                    Msg(
                        f"Avslutt {other.id} først, eller fortsett i den.",
                        f"Close {other.id} first, or carry on in it.",
                    ),
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
