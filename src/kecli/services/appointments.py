"""Appointing a coordinator to a case, and ending the appointment (DOMAIN § 3 step 3;
hol §§ 7-2, 7-2 a, 7-3). History is kept: an appointment ends, it is never removed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kecli.domain.cases import may_be_same_family
from kecli.domain.checks import not_after_today, not_before
from kecli.domain.config import Settings
from kecli.domain.coordinators import (
    Candidate,
    at_capacity,
    check_appointment_day,
    check_candidate,
    check_caseload,
    check_granted,
    check_other_kind,
    may_serve,
    past_18_bars_appointment,
)
from kecli.errors import Msg, RuleViolation
from kecli.i18n.errors import appointments as E
from kecli.services.config import load_settings
from kecli.services.context import Ctx
from kecli.services.lookup import load_case, load_coordinator
from kecli.services.views import coordinator_view, load_case_view
from kecli.store import repo
from kecli.store.db import session_scope
from kecli.store.models import AppointmentRow, CaseRow, CoordinatorRow
from kecli.views import CaseView, CoordinatorView

if TYPE_CHECKING:
    from kecli.store.db import Session


@dataclass
class Assigned:
    case: CaseView
    warnings: list[Msg] = field(default_factory=list)


def _candidate(row: CoordinatorRow) -> Candidate:
    assert row.id is not None
    return Candidate(row.id, row.name, row.kind, row.independent, row.active, row.max_cases)


def qualifying_coordinators(
    ctx: Ctx, case_ref: str, on: dt.date | None = None
) -> list[CoordinatorView]:
    """Active coordinators whose kind covers the case (and independent when required).
    The case itself is checked first, as assigning on ``on`` would (open, granted, not
    before the decision, the child under 18): a chooser never offers a choice that is
    then refused whatever is chosen."""
    when = on or ctx.today
    not_after_today(when, ctx.today, "on")
    with session_scope(ctx.db_url) as session:
        case = load_case(session, case_ref)
        settings = load_settings(session)
        _check_case(session, case, when, settings)
        loads = repo.active_caseloads(session)
        result = [
            coordinator_view(row, loads.get(row.id or 0, 0))
            for row in repo.list_coordinators(session, include_inactive=False)
            if may_serve(
                _candidate(row),
                case.kind,
                require_independent=settings.require_independent_barnekoordinator,
            )
        ]
    if not result:
        raise RuleViolation(
            E.ACTIVE_COORDINATOR_QUALIFIES_CASE,
            E.REGISTER_ONE_KECLI_COORDINATOR,
        )
    return result


def _check_case(
    session: Session, case: CaseRow, when: dt.date, settings: Settings
) -> AppointmentRow | None:
    """What a case needs for a coordinator from ``when``, whoever it is: open and granted,
    ``when`` not before the decision nor the current (or last) appointment, and a
    barnekoordinator's child under 18 (unless the municipality continues past 18).
    Returns the case's active appointment (None if none)."""
    decision = repo.current_decision(session, case.id)
    outcome = decision.outcome if decision is not None and not decision.set_aside else None
    check_granted(case.id, case.status, outcome)
    assert decision is not None
    current = repo.active_appointment(session, case.id)
    ended = None if current is not None else repo.last_ended_appointment(session, case.id)
    check_appointment_day(
        when,
        decided_on=decision.decided_on,
        current_since=current.since if current is not None else None,
        ended_until=ended.until if ended is not None else None,
        ended_coordinator=ended.coordinator_id if ended is not None else None,
    )
    past_18_bars_appointment(
        case.id, case.kind, case.birth_date, when, allowed=settings.barnekoordinator_past_18
    )
    return current


def end_active_appointment(
    session: Session, ctx: Ctx, case_id: str, when: dt.date, reason: str, option: str
) -> int | None:
    """End the case's active appointment (if any) on ``when``, because the case no longer
    gives a right to a coordinator (closed, or an ``avslag``); the coordinator's id, or
    None. A date before the appointment began is bad input (``option`` names it)."""
    current = appointment_that_can_end(session, case_id, when, option)
    if current is None:
        return None
    end_appointment(session, ctx, current, when, reason)
    return current.coordinator_id


def appointment_that_can_end(
    session: Session, case_id: str, when: dt.date, option: str
) -> AppointmentRow | None:
    """The case's active appointment (None if none), checked to be able to end on
    ``when``: a date before it began is bad input (``option`` names it). Also run by a
    preview, so that a guided walk refuses before the caseworker confirms."""
    current = repo.active_appointment(session, case_id)
    if current is None:
        return None
    who = current.coordinator_id
    not_before(
        when,
        current.since,
        option,
        E.COORDINATOR_APPOINTED_CASE.fill(who=who),
    )
    return current


def end_appointment(
    session: Session, ctx: Ctx, appointment: AppointmentRow, when: dt.date, reason: str
) -> None:
    """End ``appointment`` on ``when``, and log it."""
    appointment.until = when
    appointment.end_reason = reason
    session.add(appointment)
    repo.record_event(
        session,
        user=ctx.user,
        case_id=appointment.case_id,
        action="coordinator.unassigned",
        details={"coordinator_id": appointment.coordinator_id, "on": when, "reason": reason},
    )


def assign_coordinator(
    ctx: Ctx,
    case_ref: str,
    coordinator_ref: str,
    *,
    on: dt.date | None = None,
    replace_other: bool = False,
    force: bool = False,
) -> Assigned:
    """Appoint a coordinator (DOMAIN § 3 step 3), replacing the previous one; history is kept."""
    when = on or ctx.today
    not_after_today(when, ctx.today, "on")
    with session_scope(ctx.db_url, write=True) as session:
        case = load_case(session, case_ref)
        coordinator = load_coordinator(session, coordinator_ref)
        candidate = _candidate(coordinator)
        settings = load_settings(session)
        current = _check_case(session, case, when, settings)
        check_candidate(
            candidate,
            case.id,
            case.kind,
            current.coordinator_id if current is not None else None,
            require_independent=settings.require_independent_barnekoordinator,
        )
        others = (
            repo.other_appointed_cases_of_person(session, case.fnr, case.id) if case.fnr else []
        )
        others = [(c, a) for c, a in others if c.kind != case.kind and c.status != "closed"]
        if others:
            check_other_kind(others[0][0].kind, others[0][0].id, replace_other=replace_other)
        load = repo.active_caseloads(session, [candidate.id]).get(candidate.id, 0)
        check_caseload(candidate, load, force=force)
        warnings: list[Msg] = []
        for _other, appointment in others:
            end_appointment(
                session,
                ctx,
                appointment,
                max(when, appointment.since),
                f"replaced by {case.kind} in {case.id}",
            )
        if case.guardians:
            for other_case in repo.appointed_cases(session):
                if other_case.id != case.id and may_be_same_family(
                    case.guardians, other_case.guardians, other_case.name
                ):
                    warnings.append(
                        E.FAMILY_MAY_ALREADY_COORDINATOR.fill(other_case_id=other_case.id)
                    )
        if current is not None:
            end_appointment(session, ctx, current, when, "replaced")
        session.add(
            AppointmentRow(
                case_id=case.id,
                coordinator_id=candidate.id,
                since=when,
                created_at=repo.now_utc(),
                created_by=ctx.user,
            )
        )
        repo.record_event(
            session,
            user=ctx.user,
            case_id=case.id,
            action="coordinator.assigned",
            details={
                "coordinator_id": candidate.id,
                "on": when,
                "replaced": current.coordinator_id if current else None,
                "forced": force and at_capacity(candidate, load),
            },
        )
        return Assigned(load_case_view(session, case), warnings)


def unassign_coordinator(
    ctx: Ctx, case_ref: str, *, on: dt.date | None = None, reason: str | None = None
) -> CaseView:
    when = on or ctx.today
    not_after_today(when, ctx.today, "on")
    with session_scope(ctx.db_url, write=True) as session:
        case = load_case(session, case_ref)
        current = repo.active_appointment(session, case.id)
        if current is None:
            raise RuleViolation(E.CASE_HAS_NO_ACTIVE_COORDINATOR, case_id=case.id)
        not_before(when, current.since, "on", E.THE_APPOINTMENT)
        end_appointment(session, ctx, current, when, (reason or "").strip() or "unassigned")
        return load_case_view(session, case)
