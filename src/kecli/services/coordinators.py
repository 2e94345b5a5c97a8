"""The coordinator registry and appointments (hol §§ 7-2, 7-2 a, 7-3)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kecli.domain.cases import check_choice, may_be_same_family
from kecli.domain.config import Settings
from kecli.domain.coordinators import COORDINATOR_KINDS, covers, past_18_bars_appointment
from kecli.errors import Conflict, InvalidInput, Msg, NotFound, RuleViolation
from kecli.services.checks import NAME_MAX, limited, not_after_today, required_name
from kecli.services.config import load_settings
from kecli.services.context import Ctx
from kecli.services.lookup import load_case
from kecli.services.views import View, coordinator_view, load_case_view
from kecli.store import repo
from kecli.store.db import session_scope
from kecli.store.models import AppointmentRow, CaseRow, CoordinatorRow

if TYPE_CHECKING:
    from kecli.store.db import Session


@dataclass
class NewCoordinator:
    name: str
    kind: str = "koordinator"
    unit: str | None = None
    independent: bool = False
    trained_on: dt.date | None = None
    max_cases: int | None = None


@dataclass
class Assigned:
    case: View
    warnings: list[Msg] = field(default_factory=list)


def load_coordinator(session: Session, ref: str | int) -> CoordinatorRow:
    text = str(ref).strip()
    row = session.get(CoordinatorRow, int(text)) if text.isdigit() and len(text) <= 9 else None
    if row is None:
        raise NotFound(
            Msg(f"Koordinator {text} finnes ikke.", f"Coordinator {text} does not exist."),
            Msg(
                "Se koordinatorene med: kecli coordinator list",
                "List the coordinators with: kecli coordinator list",
            ),
        )
    return row


def add_coordinator(ctx: Ctx, data: NewCoordinator) -> View:
    name = required_name(data.name)
    kind = check_choice(data.kind, COORDINATOR_KINDS, "--kind")
    if data.trained_on is not None:
        not_after_today(data.trained_on, ctx.today, "--trained-on")
    if data.max_cases is not None and data.max_cases < 1:
        raise InvalidInput(Msg("--max-cases må være minst 1.", "--max-cases must be at least 1."))
    with session_scope(ctx.db_url, write=True) as session:
        row = CoordinatorRow(
            name=name,
            unit=limited((data.unit or "").strip(), "--unit", NAME_MAX) or None,
            kind=kind,
            independent=data.independent,
            trained_on=data.trained_on,
            max_cases=data.max_cases,
            created_at=repo.now_utc(),
            created_by=ctx.user,
        )
        session.add(row)
        session.flush()
        repo.record_event(
            session,
            user=ctx.user,
            case_id=None,
            action="coordinator.added",
            details={
                "coordinator_id": row.id,
                "kind": kind,
                "independent": row.independent,
                "max_cases": row.max_cases,
            },
        )
        return coordinator_view(row, 0)


def list_coordinators(ctx: Ctx, *, include_inactive: bool = False) -> list[View]:
    with session_scope(ctx.db_url) as session:
        rows = repo.list_coordinators(session, include_inactive=include_inactive)
        loads = repo.active_caseloads(session)
        return [coordinator_view(r, loads.get(r.id or 0, 0)) for r in rows]


def show_coordinator(ctx: Ctx, ref: str) -> View:
    with session_scope(ctx.db_url) as session:
        row = load_coordinator(session, ref)
        assert row.id is not None
        case_ids = repo.case_ids_of_coordinator(session, row.id)
        view = coordinator_view(row, len(case_ids))
        cases = repo.list_cases(session, ids=case_ids)
        view["cases"] = [{"id": c.id, "kind": c.kind, "name": c.name} for c in cases]
        return view


def deactivate_coordinator(
    ctx: Ctx, ref: str, *, on: dt.date | None = None, reason: str | None = None
) -> View:
    """A coordinator who leaves: their appointments end and the cases need a new one."""
    when = on or ctx.today
    not_after_today(when, ctx.today, "--on")
    with session_scope(ctx.db_url, write=True) as session:
        row = load_coordinator(session, ref)
        if not row.active:
            raise RuleViolation(
                Msg(
                    f"Koordinator {row.id} er allerede deaktivert.",
                    f"Coordinator {row.id} is already deactivated.",
                )
            )
        assert row.id is not None
        ended = []
        appointments = repo.active_appointments_of(session, row.id)
        latest = max((a.since for a in appointments), default=None)
        if latest is not None and when < latest:
            # Each appointment ends that day: one that began later would end before it began.
            raise InvalidInput(
                Msg(
                    f"--on {when.isoformat()} er før koordinatorens siste oppnevning "
                    f"({latest.isoformat()}).",
                    f"--on {when.isoformat()} is before the coordinator's latest appointment "
                    f"({latest.isoformat()}).",
                )
            )
        for appointment in appointments:
            appointment.until = when
            appointment.end_reason = "coordinator deactivated"
            session.add(appointment)
            ended.append(appointment.case_id)
            repo.record_event(
                session,
                user=ctx.user,
                case_id=appointment.case_id,
                action="coordinator.unassigned",
                details={
                    "coordinator_id": row.id,
                    "on": appointment.until,
                    "reason": "coordinator deactivated",
                },
            )
        row.active, row.deactivated_on = False, when
        session.add(row)
        repo.record_event(
            session,
            user=ctx.user,
            case_id=None,
            action="coordinator.deactivated",
            details={
                "coordinator_id": row.id,
                "on": when,
                "reason": reason,
                "cases_needing_coordinator": ended,
            },
        )
        view = coordinator_view(row, 0)
        view["cases_needing_coordinator"] = ended
        return view


def qualifying_coordinators(ctx: Ctx, case_ref: str, on: dt.date | None = None) -> list[View]:
    """Active coordinators whose kind covers the case (and independent when required);
    RuleViolation when there is none. The case itself is checked first, as assigning on ``on`` would (open, granted, not
    before the decision, the child under 18): a chooser never offers a choice that is
    then refused whatever is chosen."""
    when = on or ctx.today
    not_after_today(when, ctx.today, "--on")
    with session_scope(ctx.db_url) as session:
        case = load_case(session, case_ref)
        settings = load_settings(session)
        _check_case(session, case, when, settings)
        loads = repo.active_caseloads(session)
        result = []
        for row in repo.list_coordinators(session, include_inactive=False):
            if not covers(row.kind, case.kind):
                continue
            if (
                case.kind == "barnekoordinator"
                and settings.require_independent_barnekoordinator
                and not row.independent
            ):
                continue
            result.append(coordinator_view(row, loads.get(row.id or 0, 0)))
    if not result:
        raise RuleViolation(
            Msg(
                "Ingen aktiv koordinator kan ta denne saken.",
                "No active coordinator qualifies for this case.",
            ),
            Msg(
                "Registrer en: kecli coordinator add --name …",
                "Register one: kecli coordinator add --name …",
            ),
        )
    return result


def _check_case(
    session: Session, case: CaseRow, when: dt.date, settings: Settings
) -> AppointmentRow | None:
    """What a case needs for a coordinator from ``when``, whoever it is: open and granted,
    ``when`` not before the decision nor the current (or last) appointment, and a
    barnekoordinator's child under 18 (unless the municipality continues past 18).
    Returns the case's active appointment (None if none)."""
    decided_on = _granted(session, case)
    if when < decided_on:
        raise InvalidInput(
            Msg(
                f"--on {when.isoformat()} er før avgjørelsen ({decided_on.isoformat()}).",
                f"--on {when.isoformat()} is before the decision ({decided_on.isoformat()}).",
            )
        )
    current = repo.active_appointment(session, case.id)
    if current is not None and when < current.since:
        raise InvalidInput(
            Msg(
                f"--on {when.isoformat()} er før den nåværende oppnevningen "
                f"({current.since.isoformat()}).",
                f"--on {when.isoformat()} is before the current appointment "
                f"({current.since.isoformat()}).",
            )
        )
    ended = None if current is not None else repo.last_ended_appointment(session, case.id)
    if ended is not None and ended.until is not None and when < ended.until:
        # One coordinator at a time: a new one cannot begin while the last one still
        # served (or, ended by a closing, in the time the case was closed).
        raise InvalidInput(
            Msg(
                f"--on {when.isoformat()} er før forrige oppnevning sluttet "
                f"({ended.until.isoformat()}, koordinator {ended.coordinator_id}).",
                f"--on {when.isoformat()} is before the previous appointment ended "
                f"({ended.until.isoformat()}, coordinator {ended.coordinator_id}).",
            )
        )
    past_18_bars_appointment(
        case.id, case.kind, case.birth_date, when, allowed=settings.barnekoordinator_past_18
    )
    return current


def _granted(session: Session, case: CaseRow) -> dt.date:
    current = repo.current_decision(session, case.id)
    if case.status == "closed":
        raise RuleViolation(
            Msg(f"Saken {case.id} er avsluttet.", f"Case {case.id} is closed."),
            Msg(
                f"Gjenåpne den først: kecli case reopen {case.id} --reason …",
                f"Reopen it first: kecli case reopen {case.id} --reason …",
            ),
        )
    if current is None or current.set_aside or current.outcome != "innvilget":
        raise RuleViolation(
            Msg(
                f"Saken {case.id} har ikke en innvilget avgjørelse; koordinator kan bare "
                "oppnevnes når retten er innvilget.",
                f"Case {case.id} has no innvilget decision; a coordinator can only be appointed "
                "once the right is granted.",
            ),
            Msg(
                f"Vurder saken: kecli case assess {case.id}",
                f"Assess the case: kecli case assess {case.id}",
            ),
        )
    return current.decided_on


def end_active_appointment(
    session: Session, ctx: Ctx, case_id: str, when: dt.date, reason: str, option: str
) -> int | None:
    """End the case's active appointment (if any) on ``when``, because the case no longer
    gives a right to a coordinator (closed, or an ``avslag``); the coordinator's id, or
    None. A date before the appointment began is bad input (``option`` names it)."""
    current = appointment_that_can_end(session, case_id, when, option)
    if current is None:
        return None
    _end(session, ctx, current, when, reason)
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
    if when < current.since:
        raise InvalidInput(
            Msg(
                f"{option} {when.isoformat()} er før koordinator {current.coordinator_id} ble "
                f"oppnevnt i saken ({current.since.isoformat()}).",
                f"{option} {when.isoformat()} is before coordinator {current.coordinator_id} "
                f"was appointed to the case ({current.since.isoformat()}).",
            )
        )
    return current


def _end(
    session: Session, ctx: Ctx, appointment: AppointmentRow, when: dt.date, reason: str
) -> None:
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
    not_after_today(when, ctx.today, "--on")
    with session_scope(ctx.db_url, write=True) as session:
        case = load_case(session, case_ref)
        coordinator = load_coordinator(session, coordinator_ref)
        assert coordinator.id is not None
        settings = load_settings(session)
        current = _check_case(session, case, when, settings)
        if not coordinator.active:
            raise RuleViolation(
                Msg(
                    f"Koordinator {coordinator.id} ({coordinator.name}) er deaktivert.",
                    f"Coordinator {coordinator.id} ({coordinator.name}) is deactivated.",
                ),
                Msg(
                    "Se aktive koordinatorer: kecli coordinator list",
                    "See active coordinators: kecli coordinator list",
                ),
            )
        if not covers(coordinator.kind, case.kind):
            raise RuleViolation(
                Msg(
                    f"{coordinator.name} er {coordinator.kind} og kan ikke oppnevnes i en "
                    f"{case.kind}-sak.",
                    f"{coordinator.name} is a {coordinator.kind} and cannot be appointed in a "
                    f"{case.kind} case.",
                ),
                Msg(
                    f"Velg en som er {case.kind} eller begge: kecli coordinator list",
                    f"Choose one who is {case.kind} or begge: kecli coordinator list",
                ),
            )
        if (
            case.kind == "barnekoordinator"
            and settings.require_independent_barnekoordinator
            and not coordinator.independent
        ):
            raise RuleViolation(
                Msg(
                    f"{coordinator.name} er ikke uavhengig, og kommunen krever uavhengige "
                    "barnekoordinatorer.",
                    f"{coordinator.name} is not independent, and the municipality requires "
                    "independent barnekoordinators.",
                ),
                Msg(
                    "Velg en uavhengig barnekoordinator, eller endre "
                    "require_independent_barnekoordinator.",
                    "Choose an independent barnekoordinator, or change "
                    "require_independent_barnekoordinator.",
                ),
            )
        if current is not None and current.coordinator_id == coordinator.id:
            raise Conflict(
                Msg(
                    f"{coordinator.name} er allerede koordinator i sak {case.id}.",
                    f"{coordinator.name} is already the coordinator of case {case.id}.",
                )
            )
        others = (
            repo.other_appointed_cases_of_person(session, case.fnr, case.id) if case.fnr else []
        )
        others = [(c, a) for c, a in others if c.kind != case.kind and c.status != "closed"]
        if others and not replace_other:
            other = others[0][0]
            raise RuleViolation(
                Msg(
                    f"Personen har allerede en aktiv {other.kind} i sak {other.id}; en familie "
                    "skal ikke ha både koordinator og barnekoordinator.",
                    f"The person already has an active {other.kind} in case {other.id}; a family "
                    "should not have both a koordinator and a barnekoordinator.",
                ),
                Msg(
                    "Avtal med familien hvem som skal følge opp, og bruk --replace-other for å "
                    "avslutte den andre oppnevningen.",
                    "Agree with the family which one, and use --replace-other to end the other "
                    "appointment.",
                ),
            )
        loads = repo.active_caseloads(session, [coordinator.id])
        load = loads.get(coordinator.id, 0)
        if coordinator.max_cases is not None and load >= coordinator.max_cases and not force:
            raise RuleViolation(
                Msg(
                    f"{coordinator.name} har allerede {load} av maks {coordinator.max_cases} "
                    "saker.",
                    f"{coordinator.name} already has {load} of at most {coordinator.max_cases} "
                    "cases.",
                ),
                Msg("Velg en annen, eller bruk --force.", "Choose another, or use --force."),
            )
        warnings: list[Msg] = []
        for _other, appointment in others:
            _end(
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
                        Msg(
                            f"Familien kan allerede ha en koordinator i sak {other_case.id}.",
                            f"The family may already have a coordinator in case {other_case.id}.",
                        )
                    )
        if current is not None:
            _end(session, ctx, current, when, "replaced")
        session.add(
            AppointmentRow(
                case_id=case.id,
                coordinator_id=coordinator.id,
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
                "coordinator_id": coordinator.id,
                "on": when,
                "replaced": current.coordinator_id if current else None,
                "forced": force
                and coordinator.max_cases is not None
                and load >= coordinator.max_cases,
            },
        )
        return Assigned(load_case_view(session, case), warnings)


def unassign_coordinator(
    ctx: Ctx, case_ref: str, *, on: dt.date | None = None, reason: str | None = None
) -> View:
    when = on or ctx.today
    not_after_today(when, ctx.today, "--on")
    with session_scope(ctx.db_url, write=True) as session:
        case = load_case(session, case_ref)
        current = repo.active_appointment(session, case.id)
        if current is None:
            raise RuleViolation(
                Msg(
                    f"Saken {case.id} har ingen aktiv koordinator.",
                    f"Case {case.id} has no active coordinator.",
                )
            )
        if when < current.since:
            raise InvalidInput(
                Msg(
                    f"--on {when.isoformat()} er før oppnevningen ({current.since.isoformat()}).",
                    f"--on {when.isoformat()} is before the appointment "
                    f"({current.since.isoformat()}).",
                )
            )
        _end(session, ctx, current, when, (reason or "").strip() or "unassigned")
        return load_case_view(session, case)
