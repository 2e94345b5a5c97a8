"""``case edit``: correct or complete what was registered, one logged change at a time."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kecli.domain.checks import reason_for_force
from kecli.domain.contacts import CONTACT_FIELDS
from kecli.domain.edits import (
    CaseEdit,
    CaseFacts,
    DecisionFacts,
    EditPlan,
    contradictions,
    plan_edit,
)
from kecli.errors import Conflict, Msg, RuleViolation
from kecli.i18n.errors import edits as E
from kecli.services.config import load_settings
from kecli.services.context import Ctx
from kecli.services.lookup import load_case
from kecli.services.views import load_case_view
from kecli.store import repo
from kecli.store.db import session_scope
from kecli.views import CaseView

if TYPE_CHECKING:
    from kecli.store.db import Session
    from kecli.store.models import CaseRow

FORCE_EXAMPLE = E.EXAMPLE_BIRTH_DATE_REGISTERED


@dataclass
class EditPreview:
    """What an edit would change, and the decisions it would contradict (nothing written)."""

    case_id: str
    changes: list[dict[str, Any]]
    contradictions: list[Msg] = field(default_factory=list)


@dataclass
class Edited:
    """The case after the edit, and the changes made (as logged)."""

    case: CaseView
    changes: list[dict[str, Any]]
    forced: bool = False


def facts_of(row: CaseRow) -> CaseFacts:
    """The case as the edit rules read it."""
    return CaseFacts(
        id=row.id,
        kind=row.kind,
        name=row.name,
        fnr=row.fnr,
        birth_date=row.birth_date,
        expected_birth_date=row.expected_birth_date,
        received_on=row.received_on,
        channel=row.channel,
        guardians=tuple(row.guardians),
        contact={key: getattr(row, key) for key in CONTACT_FIELDS},
        guardian_contacts=dict(row.guardian_contacts or {}),
        note=row.note,
    )


def _decisions(session: Session, case_id: str) -> list[DecisionFacts]:
    return [
        DecisionFacts(d.decided_on, dict(d.answers), d.set_aside, d.legal_basis)
        for d in repo.decisions_of(session, case_id)
    ]


def _plan(ctx: Ctx, session: Session, row: CaseRow, edit: CaseEdit) -> tuple[EditPlan, list[Msg]]:
    """The edit's changes, refused when its fødselsnummer is another open case's of the same
    kind; and the decisions they contradict."""
    settings = load_settings(session)
    before = facts_of(row)
    plan = plan_edit(before, edit, today=ctx.today, allow_synthetic=settings.allow_synthetic_ids)
    after = plan.after
    # Two open cases of a kind for one person are refused (a closed one may share the
    # number: case reopen checks it again).
    if after.fnr is not None and after.fnr != before.fnr and row.status != "closed":
        other = repo.find_open_case(session, after.fnr, row.kind, other_than=row.id)
        if other is not None:
            raise Conflict(
                E.FODSELSNUMMER_BELONGS_ANOTHER_OPEN,
                E.SEE_KECLI_CASE_SHOW,
                row_kind=row.kind,
                other_id=other.id,
            )
    return plan, contradictions(before, after, _decisions(session, row.id))


def preview_edit(ctx: Ctx, ref: str, edit: CaseEdit) -> EditPreview:
    """The changes ``edit`` would make and what they would contradict, checked as
    ``edit_case`` checks them (for the guided edit's summary); nothing is written."""
    with session_scope(ctx.db_url) as session:
        row = load_case(session, ref)
        plan, conflicts = _plan(ctx, session, row, edit)
        return EditPreview(row.id, [c.logged() for c in plan.changes], conflicts)


def edit_case(
    ctx: Ctx, ref: str, edit: CaseEdit, *, force: bool = False, reason: str | None = None
) -> Edited:
    """Correct or complete a case: each change one log entry with its old and new value; a
    change that contradicts a recorded decision only with ``force`` and a reason."""
    why = reason_for_force(force, reason, FORCE_EXAMPLE)
    with session_scope(ctx.db_url, write=True) as session:
        row = load_case(session, ref)
        plan, conflicts = _plan(ctx, session, row, edit)
        if conflicts and not force:
            raise RuleViolation(
                conflicts[0],
                E.CHANGE_CONTRADICTS_RECORDED_DECISION,
            )
        after = plan.after
        row.name, row.fnr = after.name, after.fnr
        row.birth_date, row.expected_birth_date = after.birth_date, after.expected_birth_date
        row.received_on, row.channel = after.received_on, after.channel
        row.guardians = list(after.guardians)
        for key in CONTACT_FIELDS:
            setattr(row, key, after.contact.get(key))
        row.guardian_contacts = {
            g: {k: v for k, v in values.items() if v}
            for g, values in after.guardian_contacts.items()
        } or None
        row.note = after.note
        session.add(row)
        logged = [change.logged() for change in plan.changes]
        extra: dict[str, Any] = {}
        if why:
            extra["reason"] = why
        if conflicts:
            extra["forced"] = True
        for entry in logged:
            repo.record_event(
                session,
                user=ctx.user,
                case_id=row.id,
                action="case.edited",
                details={**entry, **extra},
            )
        return Edited(load_case_view(session, row), logged, forced=bool(conflicts))
