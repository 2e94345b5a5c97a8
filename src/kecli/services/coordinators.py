"""The coordinator registry: adding, listing, showing and deactivating coordinators
(hol §§ 7-2, 7-2 a, 7-3). Appointing them to cases: :mod:`kecli.services.appointments`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kecli.domain.cases import check_choice
from kecli.domain.checks import NAME_MAX, limited, not_after_today, required_name
from kecli.domain.coordinators import COORDINATOR_KINDS, check_deactivation, check_max_cases
from kecli.domain.identity import mask_in_text
from kecli.services.appointments import end_appointment
from kecli.services.context import Ctx
from kecli.services.lookup import load_coordinator
from kecli.services.views import coordinator_view
from kecli.store import repo
from kecli.store.db import session_scope
from kecli.store.models import CoordinatorRow
from kecli.views import CoordinatorDetailView, CoordinatorView, DeactivatedView


@dataclass
class NewCoordinator:
    name: str
    kind: str = "koordinator"
    unit: str | None = None
    independent: bool = False
    trained_on: dt.date | None = None
    max_cases: int | None = None


def add_coordinator(ctx: Ctx, data: NewCoordinator) -> CoordinatorView:
    name = required_name(data.name)
    kind = check_choice(data.kind, COORDINATOR_KINDS, "kind")
    if data.trained_on is not None:
        not_after_today(data.trained_on, ctx.today, "trained_on")
    check_max_cases(data.max_cases)
    with session_scope(ctx.db_url, write=True) as session:
        row = CoordinatorRow(
            name=name,
            unit=limited((data.unit or "").strip(), "unit", NAME_MAX) or None,
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


def list_coordinators(ctx: Ctx, *, include_inactive: bool = False) -> list[CoordinatorView]:
    with session_scope(ctx.db_url) as session:
        rows = repo.list_coordinators(session, include_inactive=include_inactive)
        loads = repo.active_caseloads(session)
        return [coordinator_view(r, loads.get(r.id or 0, 0)) for r in rows]


def show_coordinator(ctx: Ctx, ref: str) -> CoordinatorDetailView:
    with session_scope(ctx.db_url) as session:
        row = load_coordinator(session, ref)
        assert row.id is not None
        case_ids = repo.case_ids_of_coordinator(session, row.id)
        cases = repo.list_cases(session, ids=case_ids)
        return {
            **coordinator_view(row, len(case_ids)),
            "cases": [{"id": c.id, "kind": c.kind, "name": mask_in_text(c.name)} for c in cases],
        }


def deactivate_coordinator(
    ctx: Ctx, ref: str, *, on: dt.date | None = None, reason: str | None = None
) -> DeactivatedView:
    """A coordinator who leaves: their appointments end and the cases need a new one."""
    when = on or ctx.today
    not_after_today(when, ctx.today, "on")
    with session_scope(ctx.db_url, write=True) as session:
        row = load_coordinator(session, ref)
        assert row.id is not None
        appointments = repo.active_appointments_of(session, row.id) if row.active else []
        latest = max((a.since for a in appointments), default=None)
        check_deactivation(row.id, row.active, when, latest)
        ended = []
        for appointment in appointments:
            end_appointment(session, ctx, appointment, when, "coordinator deactivated")
            ended.append(appointment.case_id)
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
        return {**coordinator_view(row, 0), "cases_needing_coordinator": ended}
