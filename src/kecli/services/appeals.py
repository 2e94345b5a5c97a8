"""Appeals (klage): filing, the unit's new look, forwarding, statsforvalteren's answer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kecli.domain import deadlines
from kecli.domain.appeals import (
    AppealStatus,
    FinalOutcome,
    Step,
    UnitOutcome,
    apply_step,
    final_answer_bars_appeal,
)
from kecli.domain.checks import not_after_today, not_before, reason_for_force
from kecli.domain.eligibility import BASIS_LOCAL_PRACTICE
from kecli.domain.plans import consent_given, plan_is_active
from kecli.errors import Conflict, InvalidInput, Msg, NotFound, RuleViolation
from kecli.i18n.errors import appeals as E
from kecli.services.appointments import end_active_appointment
from kecli.services.config import load_settings
from kecli.services.context import Ctx
from kecli.services.lookup import load_case
from kecli.services.views import load_case_view
from kecli.store import repo
from kecli.store.db import session_scope
from kecli.store.models import AppealRow, AppealStepRow, CaseRow, DecisionRow
from kecli.views import AppealView, CaseView

if TYPE_CHECKING:
    from kecli.store.db import Session


@dataclass
class Filed:
    case: CaseView
    appeal: AppealView
    warnings: list[Msg] = field(default_factory=list)


def _step_row(
    appeal: AppealRow, step: str, on: dt.date, outcome: str | None, note: str | None, user: str
) -> AppealStepRow:
    assert appeal.id is not None
    return AppealStepRow(
        appeal_id=appeal.id,
        step=step,
        on=on,
        outcome=outcome,
        note=(note or "").strip() or None,
        status_after=appeal.status,
        at=repo.now_utc(),
        user=user,
    )


def file_appeal(
    ctx: Ctx,
    ref: str,
    *,
    filed_on: dt.date | None = None,
    grounds: str | None = None,
    unsigned: bool = False,
    force: bool = False,
    reason: str | None = None,
    note: str | None = None,
) -> Filed:
    """Register a written appeal: pbrl § 7-2; timely by § 7-5; fvl § 31 bars one after a year."""
    filed = filed_on or ctx.today
    not_after_today(filed, ctx.today, "filed_on")
    reason_for_force(
        force,
        reason,
        E.EXAMPLE_STATSFORVALTEREN_ASKED,
    )
    with session_scope(ctx.db_url, write=True) as session:
        case = load_case(session, ref)
        decision = repo.current_decision(session, case.id)
        if decision is None or decision.set_aside:
            raise NotFound(E.NO_DECISION_TO_APPEAL, E.SEE_THE_CASE, case_id=case.id)
        latest = repo.latest_appeal(session, case.id)
        if latest is not None and latest.id is not None:
            final_answer_bars_appeal(
                case.id,
                latest.id,
                FinalOutcome(latest.final_outcome) if latest.final_outcome else None,
                latest.resolved_on,
                appealed_is_current=latest.decision_id == decision.id,
                current_is_its_decision=_made_by(decision, latest),
            )
        if latest is not None and latest.status != AppealStatus.CLOSED:
            raise Conflict(
                E.CASE_ALREADY_OPEN_APPEAL,
                E.FOLLOW_UP_KECLI_CASE,
                case_id=case.id,
                latest_id=latest.id,
                latest_status=latest.status,
            )
        not_before(filed, decision.decided_on, "filed_on", E.THE_DECISION)
        deadline, estimated = _deadline_of(decision, load_settings(session).postal_days)
        timely = deadlines.appeal_is_timely(filed, deadline)
        too_old = deadlines.appeal_barred(filed, deadline, decision.decided_on, estimated=estimated)
        if too_old and not force:
            raise RuleViolation(
                E.APPEAL_CAME_MORE_THAN,
                E.REGISTER_ANYWAY_TEXT,
                decision_decided_on=decision.decided_on.isoformat(),
            )
        warnings: list[Msg] = []
        if not timely:
            assert deadline is not None
            day = deadline.isoformat()
            hear_nb = (
                "Enheten avgjør først om den likevel skal behandles (fvl § 31, § 33 annet "
                f"ledd); skal den ikke det: kecli appeal decide {case.id} --outcome avvist"
            )
            hear_en = (
                "The unit first decides whether to hear it anyway (fvl § 31, § 33 second "
                f"paragraph); if not: kecli appeal decide {case.id} --outcome avvist"
            )
            if estimated:
                sent = decision.sent_on.isoformat() if decision.sent_on else "?"
                warnings.append(
                    E.APPEAL_CAME_AFTER_ESTIMATED.fill(
                        day=day, sent=sent, hear=Msg(hear_nb, hear_en)
                    )
                )
            else:
                warnings.append(
                    E.APPEAL_CAME_AFTER_DEADLINE.fill(day=day, hear=Msg(hear_nb, hear_en))
                )
        if unsigned:
            warnings.append(E.APPEAL_NOT_SIGNED)
        assert decision.id is not None
        appeal = AppealRow(
            case_id=case.id,
            decision_id=decision.id,
            filed_on=filed,
            deadline=deadline,
            timely=timely,
            grounds=(grounds or "").strip() or None,
            signed=not unsigned,
            status=AppealStatus.FILED,
            force_reason=(reason or "").strip() or None if too_old else None,
            created_at=repo.now_utc(),
            created_by=ctx.user,
        )
        session.add(appeal)
        session.flush()
        session.add(_step_row(appeal, "file", filed, None, note, ctx.user))
        repo.record_event(
            session,
            user=ctx.user,
            case_id=case.id,
            action="appeal.filed",
            details={
                "appeal_id": appeal.id,
                "filed_on": filed,
                "timely": timely,
                "signed": appeal.signed,
                "forced": too_old,
            },
        )
        session.flush()
        view = load_case_view(session, case)
        return Filed(view, view["appeals"][-1], warnings)


def _deadline_of(decision: DecisionRow, postal_days: int) -> tuple[dt.date | None, bool]:
    """The appeal deadline of ``decision`` and whether it is estimated (pbrl § 7-5): an
    avslag's as stored (what its letter and the reports said); for an innvilget, counted
    the same way from when it was sent and reached the person. None while not sent."""
    if decision.appeal_deadline is not None:
        return decision.appeal_deadline, bool(decision.appeal_deadline_estimated)
    notice = deadlines.notice(
        notified_on=decision.notified_on,
        sent_on=decision.sent_on,
        sent_via=decision.sent_via,
        postal_days=postal_days,
    )
    return notice.deadline, notice.estimated


def _made_by(decision: DecisionRow, appeal: AppealRow) -> bool:
    """Whether ``decision`` is the one that closing ``appeal`` added (medhold, omgjort): the
    next decision after the one appealed, from the appeal. Imported, the appeal points at
    the case's decision as the export had it, the one that stood after the appeal. A new
    assessment since is the unit's own."""
    if appeal.decision_id is None or decision.id is None:
        return False
    if decision.source == "import":
        return decision.id == appeal.decision_id
    return decision.source == "appeal" and decision.id > appeal.decision_id


def _open_appeal(session: Session, case: CaseRow) -> AppealRow:
    appeal = repo.latest_appeal(session, case.id)
    if appeal is None:
        raise RuleViolation(E.CASE_HAS_NO_APPEAL, E.REGISTER_ONE_KECLI_APPEAL, case_id=case.id)
    return appeal


def appeal_step(
    ctx: Ctx,
    ref: str,
    step: Step,
    *,
    outcome: str | None = None,
    on: dt.date | None = None,
    note: str | None = None,
) -> CaseView:
    """One step of the state machine in kecli.domain.appeals, with its effect on the decision."""
    when = on or ctx.today
    not_after_today(when, ctx.today, "on")
    with session_scope(ctx.db_url, write=True) as session:
        case = load_case(session, ref)
        appeal = _open_appeal(session, case)
        assert appeal.id is not None
        try:
            transition = apply_step(
                AppealStatus(appeal.status),
                step,
                outcome=outcome,
                current_unit_outcome=UnitOutcome(appeal.unit_outcome)
                if appeal.unit_outcome
                else None,
            )
        except (RuleViolation, InvalidInput) as error:  # name this case in the hint's commands
            hint = error.hint_template
            if isinstance(hint, Msg):
                hint = type(hint)(*(part.replace("CASE", case.id) for part in hint))
            elif isinstance(hint, str):
                hint = hint.replace("CASE", case.id)
            error.hint_template = hint
            raise
        earliest = repo.last_step_on(session, appeal.id) or appeal.filed_on
        not_before(when, earliest, "on", E.APPEALS_PREVIOUS_STEP)
        forwarded = appeal.forwarded_on is not None
        appeal.status = transition.status
        if step is Step.DECIDE:
            appeal.unit_decided_on = when
        if step is Step.ESCALATE:
            appeal.forwarded_on = when
            if appeal.unit_outcome is None:  # forwarding is the unit's ikke-medhold
                appeal.unit_decided_on = when
        if step is Step.RESOLVE:
            appeal.resolved_on = when
        appeal.unit_outcome = transition.unit_outcome
        appeal.final_outcome = transition.final_outcome
        session.add(appeal)
        decision = session.get(DecisionRow, appeal.decision_id)
        assert decision is not None
        plan_changed, plan_active = False, False
        if transition.effect == "grant":
            by = (
                E.UNIT_GRANTED_APPEAL.fill(appeal_id=appeal.id)
                if step is Step.DECIDE
                else E.CHANGED_STATSFORVALTEREN_APPEAL.fill(appeal_id=appeal.id)
            )
            repo.add_decision(
                session,
                DecisionRow(
                    case_id=case.id,
                    outcome="innvilget",
                    decided_on=when,
                    # The unit's medhold goes to the family in a new letter (decision_unsent
                    # until it is sent); statsforvalteren's omgjort reached them in its own.
                    notified_on=None if step is Step.DECIDE else when,
                    appeal_deadline=None,
                    failed_criteria=[],
                    answers=dict(decision.answers),
                    notes=dict(decision.notes),
                    reason=f"{by.nb} / {by.en}",
                    # granted now: the municipality's practice refused nothing
                    legal_basis=decision.legal_basis.replace(f"; {BASIS_LOCAL_PRACTICE}", ""),
                    wants_ip=decision.wants_ip,
                    source="appeal",
                    created_at=repo.now_utc(),
                    created_by=ctx.user,
                ),
            )
            if case.status != "closed":
                case.status = "decided"
            plan_active = plan_is_active(
                "innvilget", decision.wants_ip, consent_given(repo.plan_document(session, case.id))
            )
            plan_changed = repo.set_plan_active(session, case.id, plan_active)
        elif transition.effect == "set_aside":
            decision.set_aside = True
            session.add(decision)
            if case.status != "closed":
                case.status = "received"
            plan_active = plan_is_active(None, False, False)
            plan_changed = repo.set_plan_active(session, case.id, plan_active)
            # No current decision, no right to a coordinator until the case is decided again.
            end_active_appointment(session, ctx, case.id, when, "decision set aside", "on")
        session.add(case)
        session.add(_step_row(appeal, step.value, when, outcome, note, ctx.user))
        repo.record_event(
            session,
            user=ctx.user,
            case_id=case.id,
            action=f"appeal.{step.value}",
            details={
                "appeal_id": appeal.id,
                "on": when,
                "outcome": outcome,
                "status": appeal.status,
                "effect": transition.effect,
                # The unit granted an appeal statsforvalteren already has: it must be told.
                **({"after_forwarding": True} if step is Step.DECIDE and forwarded else {}),
                **({"plan_active": plan_active} if plan_changed else {}),
            },
        )
        session.flush()
        return load_case_view(session, case)
