"""The views of :mod:`kecli.views` built from stored rows, and ``case show``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kecli.domain.appeals import is_withdrawn
from kecli.domain.eligibility import local_grounds
from kecli.domain.identity import mask, mask_in_data, mask_in_text
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


def _as_typed(text: Any) -> Any:
    return text


def _masked(text: Any) -> Any:
    """A stored text with a fødselsnummer in it masked (None and "" as they are)."""
    return mask_in_text(text) if text else text


#: What a view does with a text someone typed: :func:`_masked` or :func:`_as_typed`.
Shown = Callable[[Any], Any]


def decision_view(row: Record, shown: Shown = _masked) -> DecisionView:
    """A decision; a fødselsnummer typed into its reason or notes masked, unless ``shown``
    is :func:`_as_typed`."""
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
        "notes": {code: shown(text) for code, text in row.notes.items()},
        "reason": shown(row.reason),
        "wants_ip": row.wants_ip,
        "set_aside": row.set_aside,
        "source": row.source,
        "decided_by": row.created_by,
    }


def event_view(row: Record) -> EventView:
    """An audit log entry; a fødselsnummer in its details (an edited note's old and new
    text) masked."""
    return {
        "id": row.id,
        "at": row.at,
        "user": row.user,
        "case_id": row.case_id,
        "action": row.action,
        "details": mask_in_data(row.details),
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


def appeal_view(row: Record, steps: Sequence[Record], shown: Shown = _masked) -> AppealView:
    return {
        "id": row.id,
        "case_id": row.case_id,
        "decision_id": row.decision_id,
        "filed_on": _iso(row.filed_on),
        "deadline": _iso(row.deadline),
        "timely": row.timely,
        "grounds": shown(row.grounds),
        "signed": row.signed,
        "status": row.status,
        "unit_outcome": row.unit_outcome,
        "unit_decided_on": _iso(row.unit_decided_on),
        "forwarded_on": _iso(row.forwarded_on),
        "final_outcome": row.final_outcome,
        "resolved_on": _iso(row.resolved_on),
        "withdrawn": is_withdrawn(row.status, row.unit_outcome, row.final_outcome),
        "force_reason": shown(row.force_reason),
        "filed_by": row.created_by,
        "history": [
            {
                "step": s.step,
                "on": _iso(s.on),
                "outcome": s.outcome,
                "note": shown(s.note),
                "status": s.status_after,
                "user": s.user,
                "at": s.at,
            }
            for s in steps
        ],
    }


def note_view(row: Record, shown: Shown = _masked) -> NoteView:
    return {
        "id": row.id,
        "case_id": row.case_id,
        "on": row.on.isoformat(),
        "kind": row.kind,
        "text": shown(row.text),
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


def _contact(values: Mapping[str, str | None], shown: Shown) -> ContactView:
    return {
        "address": shown(values.get("address")),
        "postcode": shown(values.get("postcode")),
        "city": shown(values.get("city")),
        "phone": shown(values.get("phone")),
        "email": shown(values.get("email")),
    }


def contact_of(row: Record, shown: Shown = _masked) -> ContactView:
    """The person's contact details as stored on the case row (``shown`` as in
    :func:`decision_view`)."""
    return {
        "address": shown(row.address),
        "postcode": shown(row.postcode),
        "city": shown(row.city),
        "phone": shown(row.phone),
        "email": shown(row.email),
    }


def case_view(
    row: Record,
    bundle: reads.CaseBundle,
    *,
    show_fnr: bool = False,
    events: Sequence[Record] | None = None,
    whole_text: bool = False,
) -> CaseView:
    """The case object. A fødselsnummer or D-nummer is masked (``DDMMYY*****``) in
    ``person.fnr`` unless ``show_fnr``, and in every text anyone typed (a name, a note,
    grounds, a reason) unless ``show_fnr`` or ``whole_text`` (the edit walk's defaults)."""
    decisions = bundle.decisions.get(row.id, [])
    current = next((d for d in decisions if d.is_current and not d.set_aside), None)
    fnr = row.fnr if show_fnr or row.fnr is None else mask(row.fnr)
    # Field by field, not one walk over the finished view: a list of 100k cases pays little.
    shown: Shown = _as_typed if show_fnr or whole_text else _masked
    appointments = bundle.appointments.get(row.id, [])
    history: list[AppointmentView] = [
        {
            "id": c.id,
            "name": shown(c.name),
            "since": _iso(a.since),
            "until": _iso(a.until),
            "end_reason": shown(a.end_reason),
        }
        for a, c in appointments
    ]
    active: ActiveCoordinatorView | None = None
    for a, c in reversed(appointments):
        if a.until is None:
            active = {"id": c.id, "name": shown(c.name), "since": _iso(a.since)}
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
            "name": shown(row.name),
            "fnr": fnr,
            "birth_date": _iso(row.birth_date),
            "expected_birth_date": _iso(row.expected_birth_date),
        },
        "guardians": [shown(name) for name in row.guardians],
        "contact": contact_of(row, shown),
        "guardian_contacts": [
            {"name": shown(name), **_contact(stored_contacts.get(name) or {}, shown)}
            for name in row.guardians
        ],
        "related": ([row.from_case] if row.from_case else []) + bundle.linked.get(row.id, []),
        "note": shown(row.note),
        "wants_ip": row.wants_ip,
        "decision": decision_view(current, shown) if current else None,
        "decisions": [decision_view(d, shown) for d in decisions],
        "coordinator": active,
        "coordinators": history,
        "appeals": [appeal_view(a, steps, shown) for a, steps in bundle.appeals.get(row.id, [])],
        "plan": plan_summary(plan) if plan else None,
        "closed_on": _iso(row.closed_on),
        "close_reason": shown(row.close_reason),
        "created_by": shown(row.created_by),
        "handler": shown(row.handler),
        "preliminary_reply": {
            "on": _iso(row.replied_on),
            "expect": _iso(row.decision_expected_on),
        }
        if row.replied_on
        else None,
        "notes": [note_view(n, shown) for n in bundle.notes.get(row.id, [])],
        "voided": row.status == "voided",
        "voided_on": _iso(row.voided_on),
        "void_reason": shown(row.void_reason),
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


def _full_view(
    conn: Connection,
    row: Record,
    *,
    show_fnr: bool,
    with_history: bool,
    whole_text: bool = False,
) -> CaseView:
    bundle = reads.case_bundle(conn, [row.id])
    events = reads.events_for(conn, row.id) if with_history else None
    return case_view(row, bundle, show_fnr=show_fnr, events=events, whole_text=whole_text)


def show_case(ctx: Ctx, ref: str, *, show_fnr: bool = False, whole_text: bool = False) -> CaseView:
    """Everything about one case (``case show``); showing the full fødselsnummer is logged
    (one in the texts too: ``--show-fnr`` shows them whole).
    ``whole_text``: the texts as typed, a fødselsnummer in them too (the edit walk's
    defaults: a value saved back must not lose its digits), the ``fnr`` still masked.

    Read with Core alone; with --show-fnr in a write transaction, for the log entry."""
    from kecli.services.lookup import case_not_found, normalize_case_id

    with (write_scope if show_fnr else read_scope)(ctx.db_url) as conn:
        row = reads.get_case(conn, normalize_case_id(ref))
        if row is None:
            raise case_not_found(ref)
        if show_fnr and (row.fnr or _holds_number(conn, row)):
            append_event(
                conn,
                user=ctx.user,
                case_id=row.id,
                action="fnr.displayed",
                details={"command": "case show"},
            )
        return _full_view(conn, row, show_fnr=show_fnr, with_history=True, whole_text=whole_text)


def _holds_number(conn: Connection, row: Record) -> bool:
    """Whether the case's texts hold a fødselsnummer (that ``--show-fnr`` shows whole)."""
    view = _full_view(conn, row, show_fnr=True, with_history=False)
    return bool(mask_in_data(view) != view)
