"""Plain view objects (the JSON contract of SPEC § 5) built from stored rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from kecli.domain.identity import mask
from kecli.store.models import CaseRow, DecisionRow, EventRow

View = dict[str, Any]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def decision_view(row: DecisionRow) -> View:
    return {
        "id": row.id,
        "outcome": row.outcome,
        "decided_on": _iso(row.decided_on),
        "notified_on": _iso(row.notified_on),
        "appeal_deadline": _iso(row.appeal_deadline),
        "failed_criteria": list(row.failed_criteria),
        "legal_basis": row.legal_basis,
        "answers": dict(row.answers),
        "notes": dict(row.notes),
        "reason": row.reason,
        "wants_ip": row.wants_ip,
        "set_aside": row.set_aside,
        "source": row.source,
        "decided_by": row.created_by,
    }


def event_view(row: EventRow) -> View:
    return {
        "id": row.id,
        "at": row.at,
        "user": row.user,
        "case_id": row.case_id,
        "action": row.action,
        "details": row.details,
    }


def case_view(
    row: CaseRow,
    decisions: Sequence[DecisionRow],
    *,
    show_fnr: bool = False,
    events: Sequence[EventRow] | None = None,
) -> View:
    current = next((d for d in decisions if d.is_current and not d.set_aside), None)
    fnr = row.fnr if show_fnr or row.fnr is None else mask(row.fnr)
    view: View = {
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
        "note": row.note,
        "wants_ip": row.wants_ip,
        "decision": decision_view(current) if current else None,
        "decisions": [decision_view(d) for d in decisions],
        "coordinator": None,
        "coordinators": [],
        "appeals": [],
        "plan": None,
        "closed_on": _iso(row.closed_on),
        "close_reason": row.close_reason,
        "created_by": row.created_by,
    }
    if events is not None:
        view["history"] = [event_view(e) for e in events]
    return view
