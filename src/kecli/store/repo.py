"""Typed queries and writes. Services call these inside a ``session_scope``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from kecli.domain.audit import Entry
from kecli.env import now_utc as now_utc  # re-exported: the services stamp rows with it
from kecli.store.events import append_event
from kecli.store.models import (
    AppealRow,
    AppealStepRow,
    AppointmentRow,
    AuditHeadRow,
    CaseRow,
    ConfigRow,
    CoordinatorRow,
    DecisionRow,
    EventRow,
    PlanRow,
    PlanVersionRow,
)

# --- cases -----------------------------------------------------------------


def next_case_seq(session: Session, year: int) -> int:
    """The next free number in ``year`` (the caller holds the write lock)."""
    current = session.exec(select(func.max(CaseRow.seq)).where(CaseRow.year == year)).one()
    return int(current or 0) + 1


def get_case(session: Session, case_id: str) -> CaseRow | None:
    return session.get(CaseRow, case_id)


def open_cases_born_on(session: Session, birth_date: dt.date) -> Sequence[CaseRow]:
    """The open cases (received or decided) of people born on ``birth_date``."""
    stmt = (
        select(CaseRow)
        .where(
            col(CaseRow.kind).in_(("koordinator", "barnekoordinator")),
            CaseRow.birth_date == birth_date,
            CaseRow.status != "closed",  # the partial index's condition, so that it is used
            CaseRow.status != "voided",
        )
        .order_by(col(CaseRow.year), col(CaseRow.seq))
    )
    return session.exec(stmt).all()


def has_decisions(session: Session, case_id: str) -> bool:
    """Whether the case was ever decided (a decision set aside counts)."""
    stmt = select(DecisionRow.id).where(DecisionRow.case_id == case_id).limit(1)
    return session.exec(stmt).first() is not None


def find_open_case(
    session: Session, fnr: str, kind: str, *, other_than: str | None = None
) -> CaseRow | None:
    """An open (not closed, not voided) case of ``kind`` for the person with ``fnr`` (other
    than the case ``other_than``)."""
    stmt = (
        select(CaseRow)
        .where(
            CaseRow.fnr == fnr,
            CaseRow.kind == kind,
            col(CaseRow.status).not_in(("closed", "voided")),
        )
        .order_by(col(CaseRow.year), col(CaseRow.seq))
    )
    if other_than is not None:
        stmt = stmt.where(CaseRow.id != other_than)
    return session.exec(stmt).first()


def cases_from(session: Session, case_id: str) -> Sequence[CaseRow]:
    """The cases registered from ``case_id`` (``case new --from``), oldest first."""
    stmt = (
        select(CaseRow)
        .where(CaseRow.from_case == case_id)
        .order_by(col(CaseRow.year), col(CaseRow.seq))
    )
    return session.exec(stmt).all()


def list_cases(
    session: Session,
    *,
    statuses: Sequence[str] = (),
    kinds: Sequence[str] = (),
    ids: Sequence[str] | None = None,
    handler: str | None = None,
    voided: bool = False,
) -> Sequence[CaseRow]:
    """The cases, oldest first; voided ones only with ``voided`` (and then only they)."""
    stmt = select(CaseRow).where(
        CaseRow.status == "voided" if voided else CaseRow.status != "voided"
    )
    if handler is not None:
        stmt = stmt.where(CaseRow.handler == handler)
    if ids is not None:
        stmt = stmt.where(col(CaseRow.id).in_(list(ids)))
    if statuses:
        stmt = stmt.where(col(CaseRow.status).in_(statuses))
    if kinds:
        stmt = stmt.where(col(CaseRow.kind).in_(kinds))
    return session.exec(stmt.order_by(col(CaseRow.year), col(CaseRow.seq))).all()


# --- decisions ---------------------------------------------------------------


def current_decision(session: Session, case_id: str) -> DecisionRow | None:
    stmt = select(DecisionRow).where(
        DecisionRow.case_id == case_id, col(DecisionRow.is_current).is_(True)
    )
    return session.exec(stmt).first()


def decisions_of(session: Session, case_id: str) -> Sequence[DecisionRow]:
    """Every decision of the case, oldest first."""
    stmt = select(DecisionRow).where(DecisionRow.case_id == case_id).order_by(col(DecisionRow.id))
    return session.exec(stmt).all()


def add_decision(session: Session, decision: DecisionRow) -> DecisionRow:
    """Store a new decision as the case's current one; earlier ones stay as history."""
    session.exec(
        update(DecisionRow)
        .where(col(DecisionRow.case_id) == decision.case_id)
        .values(is_current=False)
    )
    decision.is_current = True
    session.add(decision)
    session.flush()
    return decision


# --- events (the audit log) -------------------------------------------------


def flush_unless_taken(session: Session) -> bool:
    """Write the session's pending rows now; False when one of them takes a unique key that
    another writer took first (the unit of work is then to be given up)."""
    try:
        session.flush()
    except IntegrityError:
        return False
    return True


def record_event(
    session: Session,
    *,
    user: str,
    case_id: str | None,
    action: str,
    details: dict[str, Any] | None = None,
) -> None:
    """Append one entry to the log, chained to the newest one (never a full fødselsnummer)."""
    append_event(session.connection(), user=user, case_id=case_id, action=action, details=details)


# --- config ------------------------------------------------------------------


def set_config_value(session: Session, key: str, value: str) -> None:
    row = session.get(ConfigRow, key)
    if row is None:
        session.add(ConfigRow(key=key, value=value))
    else:
        row.value = value
        session.add(row)


def case_ids_with_prefix(session: Session, prefix: str, limit: int) -> list[str]:
    stmt = (
        select(CaseRow.id)
        .where(col(CaseRow.id).startswith(prefix))
        .order_by(col(CaseRow.id).desc())
        .limit(limit)
    )
    return list(session.exec(stmt))


def case_ids_with_short_number(session: Session, year: int, digits: str, limit: int) -> list[str]:
    """The ids of ``year`` whose number, without its zeros, starts with ``digits``."""
    from sqlalchemy import String, cast

    stmt = (
        select(CaseRow.id)
        .where(CaseRow.year == year, cast(CaseRow.seq, String).startswith(digits))
        .order_by(col(CaseRow.seq))
        .limit(limit)
    )
    return list(session.exec(stmt))


# --- coordinators --------------------------------------------------------------


def active_caseloads(
    session: Session, coordinator_ids: Iterable[int] | None = None
) -> dict[int, int]:
    """Active appointments per coordinator."""
    stmt = (
        select(AppointmentRow.coordinator_id, func.count())
        .where(col(AppointmentRow.until).is_(None))
        .group_by(col(AppointmentRow.coordinator_id))
    )
    if coordinator_ids is not None:
        stmt = stmt.where(col(AppointmentRow.coordinator_id).in_(list(coordinator_ids)))
    return {int(cid): int(n) for cid, n in session.exec(stmt)}


def list_coordinators(session: Session, *, include_inactive: bool) -> Sequence[CoordinatorRow]:
    stmt = select(CoordinatorRow)
    if not include_inactive:
        stmt = stmt.where(col(CoordinatorRow.active).is_(True))
    return session.exec(stmt.order_by(col(CoordinatorRow.id))).all()


def active_appointment(session: Session, case_id: str) -> AppointmentRow | None:
    stmt = select(AppointmentRow).where(
        AppointmentRow.case_id == case_id, col(AppointmentRow.until).is_(None)
    )
    return session.exec(stmt).first()


def last_ended_appointment(session: Session, case_id: str) -> AppointmentRow | None:
    """The case's appointment that ended last (by its end, then its id)."""
    stmt = (
        select(AppointmentRow)
        .where(AppointmentRow.case_id == case_id, col(AppointmentRow.until).is_not(None))
        .order_by(col(AppointmentRow.until).desc(), col(AppointmentRow.id).desc())
    )
    return session.exec(stmt).first()


def active_appointments_of(session: Session, coordinator_id: int) -> Sequence[AppointmentRow]:
    stmt = (
        select(AppointmentRow)
        .where(AppointmentRow.coordinator_id == coordinator_id, col(AppointmentRow.until).is_(None))
        .order_by(col(AppointmentRow.case_id))
    )
    return session.exec(stmt).all()


def other_appointed_cases_of_person(
    session: Session, fnr: str, case_id: str
) -> Sequence[tuple[CaseRow, AppointmentRow]]:
    """Other open cases of the same person that have an active coordinator."""
    stmt = (
        select(CaseRow, AppointmentRow)
        .join(AppointmentRow, col(AppointmentRow.case_id) == CaseRow.id)
        .where(CaseRow.fnr == fnr, CaseRow.id != case_id, col(AppointmentRow.until).is_(None))
    )
    return session.exec(stmt).all()


def appointed_cases(session: Session) -> Sequence[CaseRow]:
    """Open cases that have an active coordinator (for family checks)."""
    stmt = (
        select(CaseRow)
        .join(AppointmentRow, col(AppointmentRow.case_id) == CaseRow.id)
        .where(col(AppointmentRow.until).is_(None), CaseRow.status != "closed")
    )
    return session.exec(stmt).all()


def case_ids_of_coordinator(session: Session, coordinator_id: int) -> list[str]:
    stmt = select(AppointmentRow.case_id).where(
        AppointmentRow.coordinator_id == coordinator_id, col(AppointmentRow.until).is_(None)
    )
    return list(session.exec(stmt))


def granted_case_ids_without_coordinator(session: Session) -> list[str]:
    active = select(AppointmentRow.case_id).where(col(AppointmentRow.until).is_(None))
    stmt = (
        select(CaseRow.id)
        .join(DecisionRow, col(DecisionRow.case_id) == CaseRow.id)
        .where(
            col(DecisionRow.is_current).is_(True),
            col(DecisionRow.set_aside).is_(False),
            DecisionRow.outcome == "innvilget",
            CaseRow.status != "closed",
            col(CaseRow.id).not_in(active),
        )
    )
    return list(session.exec(stmt))


# --- appeals -------------------------------------------------------------------


def latest_appeal(session: Session, case_id: str) -> AppealRow | None:
    stmt = select(AppealRow).where(AppealRow.case_id == case_id).order_by(col(AppealRow.id).desc())
    return session.exec(stmt).first()


def appeals_against(session: Session, decision_id: int) -> Sequence[AppealRow]:
    return session.exec(
        select(AppealRow).where(AppealRow.decision_id == decision_id).order_by(col(AppealRow.id))
    ).all()


def set_aside_on(session: Session, case_id: str) -> dt.date | None:
    """The day statsforvalteren last set a decision of the case aside (opphevet), if ever."""
    stmt = select(func.max(AppealRow.resolved_on)).where(
        AppealRow.case_id == case_id, AppealRow.final_outcome == "opphevet"
    )
    return session.exec(stmt).one()


def last_step_on(session: Session, appeal_id: int) -> dt.date | None:
    stmt = select(func.max(AppealStepRow.on)).where(AppealStepRow.appeal_id == appeal_id)
    return session.exec(stmt).one()


def audit_entries(session: Session) -> Iterable[Entry]:
    """Every log entry, oldest first, streamed."""
    stmt = select(EventRow).order_by(col(EventRow.id)).execution_options(yield_per=2000)
    for row in session.exec(stmt):
        assert row.id is not None
        yield Entry(
            row.id,
            row.at,
            row.user,
            row.case_id,
            row.action,
            dict(row.details),
            row.prev_hash,
            row.hash,
            row.db_role,
        )


def has_cases(session: Session) -> bool:
    return session.exec(select(CaseRow.id).limit(1)).first() is not None


def audit_head(session: Session) -> tuple[int, str] | None:
    head = session.get(AuditHeadRow, 1)
    return (head.event_id, head.hash) if head else None


def list_events(
    session: Session,
    *,
    case_id: str | None = None,
    user: str | None = None,
    since: str | None = None,
    until: str | None = None,
    action: str | None = None,
    limit: int | None = None,
) -> Sequence[EventRow]:
    stmt = select(EventRow)
    if case_id is not None:
        stmt = stmt.where(EventRow.case_id == case_id)
    if user is not None:
        stmt = stmt.where(EventRow.user == user)
    if since is not None:
        stmt = stmt.where(EventRow.at >= since)
    if until is not None:
        stmt = stmt.where(EventRow.at < until)
    if action is not None:
        stmt = stmt.where(col(EventRow.action).startswith(action))
    stmt = stmt.order_by(col(EventRow.id))
    if limit is not None:
        stmt = stmt.order_by(None).order_by(col(EventRow.id).desc()).limit(limit)
        return list(reversed(session.exec(stmt).all()))
    return session.exec(stmt).all()


# --- plans -----------------------------------------------------------------------


def plan_document(session: Session, case_id: str) -> dict[str, Any] | None:
    """The case's stored plan document, or None when it has no plan."""
    stmt = select(PlanRow.document).where(col(PlanRow.case_id) == case_id)
    return session.exec(stmt).first()


def set_plan_active(session: Session, case_id: str, active: bool) -> bool:
    """Mark the case's plan (if any) active or not; whether that changed it."""
    result = session.exec(
        update(PlanRow)
        .where(col(PlanRow.case_id) == case_id, col(PlanRow.active).is_not(active))
        .values(active=active)
    )
    return bool(result.rowcount)


def plan_for_update(session: Session, case_id: str) -> PlanRow | None:
    stmt = select(PlanRow).where(PlanRow.case_id == case_id).with_for_update()
    return session.exec(stmt).first()


def plan_version(session: Session, case_id: str, version: int) -> PlanVersionRow | None:
    stmt = select(PlanVersionRow).where(
        PlanVersionRow.case_id == case_id, PlanVersionRow.version == version
    )
    return session.exec(stmt).first()


def plan_versions(session: Session, case_id: str) -> list[PlanVersionRow]:
    stmt = (
        select(PlanVersionRow)
        .where(PlanVersionRow.case_id == case_id)
        .order_by(col(PlanVersionRow.version))
    )
    return list(session.exec(stmt).all())
