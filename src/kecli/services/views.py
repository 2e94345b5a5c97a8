"""The views of :mod:`kecli.views` built from stored rows, and ``case show``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from kecli.domain.appeals import is_withdrawn
from kecli.domain.eligibility import local_grounds
from kecli.domain.identity import mask
from kecli.services.context import Ctx
from kecli.store import reads
from kecli.store.db import read_scope, write_scope
from kecli.store.events import append_event
from kecli.store.reads import Record
from kecli.views import (
    ActiveCoordinatorView,
    AppealView,
    AppointmentView,
    CaseView,
    ContactView,
    CoordinatorView,
    DecisionView,
    EventView,
    NoteView,
    PlanSummaryView,
)

if TYPE_CHECKING:  # the ORM costs start-up that case show must not pay
    from kecli.store.db import Connection, Session


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def decision_view(row: Record) -> DecisionView:
    return {
        "id": row.id,
        "outcome": row.outcome,
        "decided_on": _iso(row.decided_on),
        "sent_on": _iso(row.sent_on),
        "sent_via": row.sent_via,
        "notified_on": _iso(row.notified_on),
        "appeal_deadline": _iso(row.appeal_deadline),
        "appeal_deadline_estimated": bool(row.appeal_deadline_estimated),
        "failed_criteria": list(row.failed_criteria),
        "legal_basis": row.legal_basis,
        # Where the municipality's choice, not the statute, shaped a criterion (the
        # letter's "etter kommunens praksis", "videreført etter 18 år etter kommunens valg").
        "local_grounds": local_grounds(row.answers, row.failed_criteria, row.legal_basis),
        "answers": dict(row.answers),
        "notes": dict(row.notes),
        "reason": row.reason,
        "wants_ip": row.wants_ip,
        "set_aside": row.set_aside,
        "source": row.source,
        "decided_by": row.created_by,
    }


def event_view(row: Record) -> EventView:
    return {
        "id": row.id,
        "at": row.at,
        "user": row.user,
        "case_id": row.case_id,
        "action": row.action,
        "details": row.details,
    }


def coordinator_view(row: Record, active_cases: int) -> CoordinatorView:
    return {
        "id": row.id,
        "name": row.name,
        "unit": row.unit,
        "kind": row.kind,
        "independent": row.independent,
        "trained_on": _iso(row.trained_on),
        "max_cases": row.max_cases,
        "active": row.active,
        "deactivated_on": _iso(row.deactivated_on),
        "active_cases": active_cases,
    }


def appeal_view(row: Record, steps: Sequence[Record]) -> AppealView:
    return {
        "id": row.id,
        "case_id": row.case_id,
        "decision_id": row.decision_id,
        "filed_on": _iso(row.filed_on),
        "deadline": _iso(row.deadline),
        "timely": row.timely,
        "grounds": row.grounds,
        "signed": row.signed,
        "status": row.status,
        "unit_outcome": row.unit_outcome,
        "unit_decided_on": _iso(row.unit_decided_on),
        "forwarded_on": _iso(row.forwarded_on),
        "final_outcome": row.final_outcome,
        "resolved_on": _iso(row.resolved_on),
        "withdrawn": is_withdrawn(row.status, row.unit_outcome, row.final_outcome),
        "force_reason": row.force_reason,
        "filed_by": row.created_by,
        "history": [
            {
                "step": s.step,
                "on": _iso(s.on),
                "outcome": s.outcome,
                "note": s.note,
                "status": s.status_after,
                "user": s.user,
                "at": s.at,
            }
            for s in steps
        ],
    }


def note_view(row: Record) -> NoteView:
    return {
        "id": row.id,
        "case_id": row.case_id,
        "on": row.on.isoformat(),
        "kind": row.kind,
        "text": row.text,
        "by": row.created_by,
        "at": row.created_at,
    }


def plan_summary(row: Record) -> PlanSummaryView:
    doc = row.document
    return {
        "version": row.version,
        "active": row.active,
        "next_evaluation": _iso(row.next_evaluation),
        "goals": len(doc.get("goals") or []),
        "measures": len(doc.get("measures") or []),
        "participants": len(doc.get("participants") or []),
        "meetings": len(doc.get("meetings") or []),
        "evaluations": len(doc.get("evaluations") or []),
        "cooperation_partners": len(doc.get("cooperation_partners") or []),
    }


def _contact(values: Mapping[str, str | None]) -> ContactView:
    return {
        "address": values.get("address"),
        "postcode": values.get("postcode"),
        "city": values.get("city"),
        "phone": values.get("phone"),
        "email": values.get("email"),
    }


def contact_of(row: Record) -> ContactView:
    """The person's contact details as stored on the case row."""
    return {
        "address": row.address,
        "postcode": row.postcode,
        "city": row.city,
        "phone": row.phone,
        "email": row.email,
    }


def case_view(
    row: Record,
    bundle: reads.CaseBundle,
    *,
    show_fnr: bool = False,
    events: Sequence[Record] | None = None,
) -> CaseView:
    decisions = bundle.decisions.get(row.id, [])
    current = next((d for d in decisions if d.is_current and not d.set_aside), None)
    fnr = row.fnr if show_fnr or row.fnr is None else mask(row.fnr)
    appointments = bundle.appointments.get(row.id, [])
    history: list[AppointmentView] = [
        {
            "id": c.id,
            "name": c.name,
            "since": _iso(a.since),
            "until": _iso(a.until),
            "end_reason": a.end_reason,
        }
        for a, c in appointments
    ]
    active: ActiveCoordinatorView | None = None
    for a, c in reversed(appointments):
        if a.until is None:
            active = {"id": c.id, "name": c.name, "since": _iso(a.since)}
            break
    plan = bundle.plans.get(row.id)
    stored_contacts = row.guardian_contacts or {}
    view: CaseView = {
        "id": row.id,
        "kind": row.kind,
        "status": row.status,
        "received_on": _iso(row.received_on),
        "channel": row.channel,
        "person": {
            "name": row.name,
            "fnr": fnr,
            "birth_date": _iso(row.birth_date),
            "expected_birth_date": _iso(row.expected_birth_date),
        },
        "guardians": list(row.guardians),
        "contact": contact_of(row),
        "guardian_contacts": [
            {"name": name, **_contact(stored_contacts.get(name) or {})} for name in row.guardians
        ],
        "related": ([row.from_case] if row.from_case else []) + bundle.linked.get(row.id, []),
        "note": row.note,
        "wants_ip": row.wants_ip,
        "decision": decision_view(current) if current else None,
        "decisions": [decision_view(d) for d in decisions],
        "coordinator": active,
        "coordinators": history,
        "appeals": [appeal_view(a, steps) for a, steps in bundle.appeals.get(row.id, [])],
        "plan": plan_summary(plan) if plan else None,
        "closed_on": _iso(row.closed_on),
        "close_reason": row.close_reason,
        "created_by": row.created_by,
        "handler": row.handler,
        "preliminary_reply": {
            "on": _iso(row.replied_on),
            "expect": _iso(row.decision_expected_on),
        }
        if row.replied_on
        else None,
        "notes": [note_view(n) for n in bundle.notes.get(row.id, [])],
        "voided": row.status == "voided",
        "voided_on": _iso(row.voided_on),
        "void_reason": row.void_reason,
    }
    if events is not None:
        view["history"] = [event_view(e) for e in events]
    return view


def load_case_view(
    session: Session, row: Record, *, show_fnr: bool = False, with_history: bool = False
) -> CaseView:
    """The full case object of one case, read in the caller's session."""
    session.flush()
    return _full_view(session.connection(), row, show_fnr=show_fnr, with_history=with_history)


def load_case_views(session: Session, rows: Sequence[Record]) -> list[CaseView]:
    bundle = reads.case_bundle(session.connection(), [r.id for r in rows])
    return [case_view(r, bundle) for r in rows]


def read_case_view(conn: Connection, row: Record) -> CaseView:
    """The full case object of one case (fødselsnummer masked), read with Core alone."""
    return _full_view(conn, row, show_fnr=False, with_history=False)


def _full_view(conn: Connection, row: Record, *, show_fnr: bool, with_history: bool) -> CaseView:
    bundle = reads.case_bundle(conn, [row.id])
    events = reads.events_for(conn, row.id) if with_history else None
    return case_view(row, bundle, show_fnr=show_fnr, events=events)


def show_case(ctx: Ctx, ref: str, *, show_fnr: bool = False) -> CaseView:
    """Everything about one case (``case show``); showing the full fødselsnummer is logged.

    Read with Core alone; with --show-fnr in a write transaction, for the log entry."""
    from kecli.services.lookup import case_not_found, normalize_case_id

    with (write_scope if show_fnr else read_scope)(ctx.db_url) as conn:
        row = reads.get_case(conn, normalize_case_id(ref))
        if row is None:
            raise case_not_found(ref)
        if show_fnr and row.fnr:
            append_event(
                conn,
                user=ctx.user,
                case_id=row.id,
                action="fnr.displayed",
                details={"command": "case show"},
            )
        return _full_view(conn, row, show_fnr=show_fnr, with_history=True)
