"""Assessing a case against the law's criteria: the form a guided walk asks, a preview, the
decision saved. How it reaches the person and its letter: :mod:`kecli.services.notices`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kecli.domain import deadlines
from kecli.domain.appeals import AppealStatus, open_appeal_blocks_assessment
from kecli.domain.config import Settings
from kecli.domain.decisions import (
    Newest,
    assessment_warnings,
    check_assessable,
    check_decision_dates,
    check_in_force,
    check_note_codes,
    complete_answers,
)
from kecli.domain.eligibility import (
    AVSLAG,
    ChildAge,
    Kind,
    check_known_codes,
    child_age_on,
    criteria_for,
    evaluate,
)
from kecli.domain.plans import consent_given, plan_is_active, plan_outcome
from kecli.errors import InvalidInput, Msg
from kecli.i18n.errors import decisions as E
from kecli.services.appointments import appointment_that_can_end, end_active_appointment
from kecli.services.config import load_settings
from kecli.services.context import Ctx
from kecli.services.lookup import load_case
from kecli.services.views import decision_view, load_case_view
from kecli.store import repo
from kecli.store.db import session_scope
from kecli.store.models import CaseRow, DecisionRow
from kecli.views import AssessmentFormView, CaseView, CriterionView, DecisionView

if TYPE_CHECKING:
    from kecli.store.db import Session


@dataclass
class AssessInput:
    answers: dict[str, bool] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    wants_ip: bool = False
    decided_on: dt.date | None = None
    notified_on: dt.date | None = None
    reason: str | None = None


@dataclass
class Outcome:
    """What an assessment decides, checked but not yet saved (or as saved)."""

    case: CaseView
    decision: DecisionView
    warnings: list[Msg]


def _criteria_view(kind: Kind) -> list[CriterionView]:
    return [
        {
            "code": c.code,
            "question": {"nb": c.question.nb, "en": c.question.en},
            "detail": {"nb": c.detail.nb, "en": c.detail.en},
            "source": c.source,
        }
        for c in criteria_for(kind)
    ]


def assessment_form(ctx: Ctx, ref: str, given: AssessInput | None = None) -> AssessmentFormView:
    """What the guided walk needs: the case, its criteria, and what is already known.
    ``given``: the options of the command line, checked now as far as they go (dates,
    criterion codes, a child_age the birth date contradicts), so that a walk never asks
    its questions only to refuse what was given before it began."""
    with session_scope(ctx.db_url) as session:
        row = _assessable(session, ref)
        kind = Kind(row.kind)
        settings = load_settings(session)
        decided = (given.decided_on if given else None) or ctx.today
        if given is not None:
            decided, _ = _check_dates(row, given, ctx.today, _newest(session, row))
            check_in_force(kind, decided)
            check_known_codes(kind, given.answers)
            check_note_codes(kind, given.notes)
            complete_answers(given.answers, _child_age(row, decided, settings).answer, decided)
        child = _child_age(row, decided, settings)
        return {
            "case": load_case_view(session, row),
            "criteria": _criteria_view(kind),
            # What the municipality has chosen (config), for the walk to say how it counts.
            "rules": {
                "participation_required": settings.participation_required,
                "barnekoordinator_past_18": settings.barnekoordinator_past_18,
            },
            "derived": {"child_age": child.answer} if kind == Kind.BARNEKOORDINATOR else {},
            "continued_past_18": child.continued_past_18,
        }


def _assessable(session: Session, ref: str) -> CaseRow:
    row = load_case(session, ref)
    check_assessable(row.id, row.status)
    appeal = repo.latest_appeal(session, row.id)
    if appeal is not None and appeal.id is not None:
        open_appeal_blocks_assessment(row.id, appeal.id, AppealStatus(appeal.status))
    return row


def _check_dates(
    row: CaseRow, data: AssessInput, today: dt.date, newest: Newest | None = None
) -> tuple[dt.date, dt.date | None]:
    return check_decision_dates(
        data.decided_on, data.notified_on, received_on=row.received_on, today=today, newest=newest
    )


def _child_age(row: CaseRow, decided: dt.date, settings: Settings) -> ChildAge:
    if row.kind != Kind.BARNEKOORDINATOR:
        return ChildAge(None, False)
    return child_age_on(
        row.birth_date,
        row.expected_birth_date,
        decided,
        past_18=settings.barnekoordinator_past_18,
    )


def _decide(
    row: CaseRow,
    data: AssessInput,
    today: dt.date,
    user: str,
    settings: Settings,
    newest: Newest | None = None,
) -> tuple[DecisionRow, list[Msg]]:
    kind = Kind(row.kind)
    decided, notified = _check_dates(row, data, today, newest)
    check_in_force(kind, decided)
    child = _child_age(row, decided, settings)
    answers = complete_answers(data.answers, child.answer, decided)
    try:
        result = evaluate(
            kind,
            answers,
            participation_required=settings.participation_required,
            continued_past_18=child.continued_past_18,
        )
    except InvalidInput as error:
        error.values["why"] = error.hint_template or ""
        error.hint_template = E.ANSWER_EACH_CRITERION_CODE
        raise
    codes = [c.code for c in criteria_for(kind)]
    answers = {code: answers[code] for code in codes}  # catalogue order
    check_note_codes(kind, data.notes)
    warnings = assessment_warnings(result, wants_ip=data.wants_ip)
    reason = data.reason.strip() if data.reason and data.reason.strip() else None
    decision = DecisionRow(
        case_id=row.id,
        outcome=result.outcome,
        decided_on=decided,
        notified_on=notified,
        # No deadline before the decision has reached the person (case notify records it).
        appeal_deadline=deadlines.appeal_deadline(notified)
        if result.outcome == AVSLAG and notified is not None
        else None,
        failed_criteria=list(result.failed_criteria),
        answers=answers,
        notes={k: v.strip() for k, v in data.notes.items() if v.strip()},
        reason=reason,
        legal_basis=result.legal_basis,
        wants_ip=data.wants_ip,
        source="assessment",
        created_at=repo.now_utc(),
        created_by=user,
    )
    return decision, warnings


def _newest(session: Session, row: CaseRow) -> Newest | None:
    """The earliest day a new decision may have: that of the case's current decision (set
    aside or not), or the latest step of its latest appeal (an opphevet or a withdrawal
    after it: a decision dated earlier would have stood beside the open appeal)."""
    current = repo.current_decision(session, row.id)
    newest = None if current is None else Newest(current.decided_on, None)
    appeal = repo.latest_appeal(session, row.id)
    if appeal is not None and appeal.id is not None:
        step = repo.last_step_on(session, appeal.id) or appeal.filed_on
        if newest is None or step > newest.day:
            newest = Newest(step, appeal.id)
    return newest


def preview_assessment(ctx: Ctx, ref: str, data: AssessInput) -> Outcome:
    """Check and decide, but write nothing (the walk's summary before it asks to save)."""
    with session_scope(ctx.db_url) as session:
        row = _assessable(session, ref)
        decision, warnings = _decide(
            row, data, ctx.today, ctx.user, load_settings(session), _newest(session, row)
        )
        if decision.outcome == AVSLAG:  # as saving it would: the appointment ends that day
            appointment_that_can_end(session, row.id, decision.decided_on, "decided_on")
        return Outcome(load_case_view(session, row), decision_view(decision), warnings)


def assess_case(ctx: Ctx, ref: str, data: AssessInput) -> Outcome:
    """Decide and save: a new decision becomes the current one, earlier ones stay."""
    with session_scope(ctx.db_url, write=True) as session:
        row = _assessable(session, ref)
        decision, warnings = _decide(
            row, data, ctx.today, ctx.user, load_settings(session), _newest(session, row)
        )
        repo.add_decision(session, decision)
        row.status = "decided"
        row.wants_ip = data.wants_ip
        session.add(row)
        plan_active = plan_is_active(
            plan_outcome(decision.outcome, decision.failed_criteria, row.kind, decision.answers),
            data.wants_ip,
            consent_given(repo.plan_document(session, row.id)),
        )
        plan_changed = repo.set_plan_active(session, row.id, plan_active)
        if decision.outcome == AVSLAG:  # no right to a coordinator any more
            end_active_appointment(
                session, ctx, row.id, decision.decided_on, "avslag", "decided_on"
            )
        repo.record_event(
            session,
            user=ctx.user,
            case_id=row.id,
            action="case.assessed",
            details={
                "outcome": decision.outcome,
                "failed_criteria": decision.failed_criteria,
                "decided_on": decision.decided_on,
                "notified_on": decision.notified_on,
                "wants_ip": decision.wants_ip,
                **({"plan_active": plan_active} if plan_changed else {}),
            },
        )
        return Outcome(load_case_view(session, row), decision_view(decision), warnings)
