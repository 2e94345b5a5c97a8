"""What the case views are built from, read with SQLAlchemy Core.

``case show`` must start about as fast as Python can import the stack, so these
reads use the Core constructs of :mod:`kecli.store.tables` and return Core rows
(attribute access by column name, values in their Python types) instead of
ORM objects: the command then never builds the SQLModel classes nor imports
the ORM. The services that write call the same functions on their session's
connection, after a flush, so every case view is built one way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from kecli.store.tables import TYPED

Record = Any
"""A Core row (or an ORM object): read by attribute, ``row.name``."""

_cases = TYPED["cases"]
_decisions = TYPED["decisions"]
_appointments = TYPED["appointments"]
_coordinators = TYPED["coordinators"]
_appeals = TYPED["appeals"]
_steps = TYPED["appeal_steps"]
_plans = TYPED["plans"]
_events = TYPED["events"]
_notes = TYPED["case_notes"]


@dataclass
class CaseBundle:
    """Everything stored about a set of cases, grouped by case id, oldest first."""

    decisions: dict[str, list[Record]] = field(default_factory=dict)
    appointments: dict[str, list[tuple[Record, Record]]] = field(default_factory=dict)
    appeals: dict[str, list[tuple[Record, list[Record]]]] = field(default_factory=dict)
    plans: dict[str, Record] = field(default_factory=dict)
    notes: dict[str, list[Record]] = field(default_factory=dict)
    """The case journal, newest first."""
    linked: dict[str, list[str]] = field(default_factory=dict)
    """The cases registered from each case (``case new --from``), oldest first."""


def get_case(conn: Connection, case_id: str) -> Record | None:
    return conn.execute(select(_cases).where(_cases.c.id == case_id)).first()


def get_cases(conn: Connection, case_ids: Sequence[str]) -> Sequence[Record]:
    """The cases of ``case_ids`` (in no particular order)."""
    if not case_ids:
        return []
    return conn.execute(select(_cases).where(_cases.c.id.in_(list(case_ids)))).all()


def case_bundle(conn: Connection, case_ids: Iterable[str]) -> CaseBundle:
    ids = list(case_ids)
    bundle = CaseBundle(
        decisions={case_id: [] for case_id in ids},
        appointments={case_id: [] for case_id in ids},
        appeals={case_id: [] for case_id in ids},
        notes={case_id: [] for case_id in ids},
    )
    if not ids:
        return bundle
    for row in conn.execute(
        select(_decisions).where(_decisions.c.case_id.in_(ids)).order_by(_decisions.c.id)
    ):
        bundle.decisions[row.case_id].append(row)
    appointments = conn.execute(
        select(_appointments).where(_appointments.c.case_id.in_(ids)).order_by(_appointments.c.id)
    ).all()
    if appointments:
        wanted = sorted({a.coordinator_id for a in appointments})
        coordinators = {
            c.id: c
            for c in conn.execute(select(_coordinators).where(_coordinators.c.id.in_(wanted)))
        }
        for a in appointments:
            bundle.appointments[a.case_id].append((a, coordinators[a.coordinator_id]))
    appeals = conn.execute(
        select(_appeals).where(_appeals.c.case_id.in_(ids)).order_by(_appeals.c.id)
    ).all()
    steps: dict[int, list[Record]] = {a.id: [] for a in appeals}
    if steps:
        for step in conn.execute(
            select(_steps).where(_steps.c.appeal_id.in_(list(steps))).order_by(_steps.c.id)
        ):
            steps[step.appeal_id].append(step)
    for appeal in appeals:
        bundle.appeals[appeal.case_id].append((appeal, steps[appeal.id]))
    for plan in conn.execute(select(_plans).where(_plans.c.case_id.in_(ids))):
        bundle.plans[plan.case_id] = plan
    for note in conn.execute(
        select(_notes).where(_notes.c.case_id.in_(ids)).order_by(*_NEWEST_FIRST)
    ):
        bundle.notes[note.case_id].append(note)
    for linked_id, source in conn.execute(
        select(_cases.c.id, _cases.c.from_case)
        .where(_cases.c.from_case.in_(ids))
        .order_by(_cases.c.year, _cases.c.seq)
    ):
        bundle.linked.setdefault(source, []).append(linked_id)
    return bundle


_NEWEST_FIRST = (_notes.c.on.desc(), _notes.c.id.desc())


def notes_of(conn: Connection, case_id: str) -> Sequence[Record]:
    """The case's journal notes, newest first (by the day they are about, then as added)."""
    return conn.execute(
        select(_notes).where(_notes.c.case_id == case_id).order_by(*_NEWEST_FIRST)
    ).all()


def events_for(conn: Connection, case_id: str) -> Sequence[Record]:
    """The case's events in the order they were logged."""
    return conn.execute(
        select(_events).where(_events.c.case_id == case_id).order_by(_events.c.id)
    ).all()


def config_values(conn: Connection) -> dict[str, str]:
    """The stored configuration values (``kecli.domain.config.settings_from`` fills in the rest)."""
    config = TYPED["config"]
    return {str(k): str(v) for k, v in conn.execute(select(config.c.key, config.c.value))}
