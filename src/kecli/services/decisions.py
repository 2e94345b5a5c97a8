"""Assessing a case against the law's criteria, the decision, its notification and letter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from kecli.domain import deadlines
from kecli.domain.appeals import AppealStatus, open_appeal_blocks_assessment
from kecli.domain.config import Settings
from kecli.domain.eligibility import (
    AVSLAG,
    BARNEKOORDINATOR_IN_FORCE,
    INNVILGET,
    ChildAge,
    Kind,
    check_known_codes,
    child_age_on,
    codes_hint,
    criteria_for,
    criterion_codes,
    evaluate,
    in_force,
    refused_only_by_local_practice,
)
from kecli.domain.plans import consent_given, plan_is_active
from kecli.errors import InvalidInput, Msg, NotFound, RuleViolation
from kecli.services.checks import reason_for_force
from kecli.services.config import load_settings
from kecli.services.context import Ctx
from kecli.services.coordinators import appointment_that_can_end, end_active_appointment
from kecli.services.lookup import load_case
from kecli.services.views import View, decision_view, load_case_view
from kecli.store import repo
from kecli.store.db import session_scope
from kecli.store.models import CaseRow, DecisionRow

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

    case: View
    decision: View
    warnings: list[Msg]


def _criteria_view(kind: Kind) -> list[View]:
    return [
        {
            "code": c.code,
            "question": {"nb": c.question.nb, "en": c.question.en},
            "detail": {"nb": c.detail.nb, "en": c.detail.en},
            "source": c.source,
        }
        for c in criteria_for(kind)
    ]


def assessment_form(ctx: Ctx, ref: str, given: AssessInput | None = None) -> View:
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
            _check_in_force(row, decided)
            check_known_codes(kind, given.answers)
            _check_note_codes(kind, given.notes)
            _complete_answers(row, given.answers, decided, settings)
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
    if row.status == "closed":
        raise RuleViolation(
            Msg(
                f"Saken {row.id} er avsluttet og kan ikke vurderes.",
                f"Case {row.id} is closed and cannot be assessed.",
            ),
            Msg(
                f"Gjenåpne den først: kecli case reopen {row.id} --reason …",
                f"Reopen it first: kecli case reopen {row.id} --reason …",
            ),
        )
    appeal = repo.latest_appeal(session, row.id)
    if appeal is not None and appeal.id is not None:
        open_appeal_blocks_assessment(row.id, appeal.id, AppealStatus(appeal.status))
    return row


def _check_dates(
    row: CaseRow, data: AssessInput, today: dt.date, newest: Newest | None = None
) -> tuple[dt.date, dt.date | None]:
    """The decision day (default today) and the day it reached the person: only when given
    (``--notified-on``), never taken to be the decision day (pbrl § 7-5)."""
    decided = data.decided_on or today
    notified = data.notified_on
    if newest is not None and decided < newest.day:
        # The newest decision is the current one: a new one dated earlier would make the
        # history run backwards.
        day = newest.day.isoformat()
        raise InvalidInput(
            Msg(
                f"--decided-on {decided.isoformat()} er før sakens siste avgjørelse ({day}).",
                f"--decided-on {decided.isoformat()} is before the case's latest decision ({day}).",
            )
            if newest.appeal_id is None
            else Msg(
                f"--decided-on {decided.isoformat()} er før siste steg i klage "
                f"#{newest.appeal_id} ({day}).",
                f"--decided-on {decided.isoformat()} is before the last step of appeal "
                f"#{newest.appeal_id} ({day}).",
            ),
            Msg(
                "En ny vurdering dateres samme dag eller senere.",
                "A new assessment is dated the same day or later.",
            ),
        )
    for option, value in (("--decided-on", decided), ("--notified-on", notified)):
        if value is not None and value > today:
            raise InvalidInput(
                Msg(
                    f"{option} {value.isoformat()} er etter i dag ({today.isoformat()}).",
                    f"{option} {value.isoformat()} is after today ({today.isoformat()}).",
                ),
                Msg(
                    "En avgjørelse kan ikke dateres fram i tid.",
                    "A decision cannot be dated in the future.",
                ),
            )
    if decided < row.received_on:
        raise InvalidInput(
            Msg(
                f"--decided-on {decided.isoformat()} er før henvendelsen kom "
                f"({row.received_on.isoformat()}).",
                f"--decided-on {decided.isoformat()} is before the inquiry was received "
                f"({row.received_on.isoformat()}).",
            ),
            Msg(
                "Gi en dato fra mottaksdatoen og fram til i dag.",
                "Give a date from the received date up to today.",
            ),
        )
    if notified is not None and notified < decided:
        raise InvalidInput(
            Msg(
                f"--notified-on {notified.isoformat()} er før avgjørelsen ({decided.isoformat()}).",
                f"--notified-on {notified.isoformat()} is before the decision "
                f"({decided.isoformat()}).",
            ),
            Msg(
                "Avgjørelsen kan ikke nå personen før den er tatt.",
                "The decision cannot reach the person before it is made.",
            ),
        )
    return decided, notified


def _check_in_force(row: CaseRow, decided: dt.date) -> None:
    """A barnekoordinator cannot be decided before the right existed (pbrl § 2-5 c, in force
    from 1 August 2022)."""
    if in_force(Kind(row.kind), decided):
        return
    start = BARNEKOORDINATOR_IN_FORCE.isoformat()
    raise InvalidInput(
        Msg(
            f"--decided-on {decided.isoformat()} er før {start}, da retten til "
            "barnekoordinator begynte (pbrl § 2-5 c).",
            f"--decided-on {decided.isoformat()} is before {start}, when the right to a "
            "barnekoordinator began (pbrl § 2-5 c).",
        ),
        Msg(
            f"Gi en dato fra {start}; før det gjaldt bare koordinator (pbrl § 2-5 b).",
            f"Give a date from {start}; before that only koordinator applied (pbrl § 2-5 b).",
        ),
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


def _complete_answers(
    row: CaseRow, answers: dict[str, bool], decided: dt.date, settings: Settings
) -> dict[str, bool]:
    """Fill in ``child_age`` from the birth date (yes past 18 where the municipality
    continues, DOMAIN § 2); refuse an answer that contradicts it."""
    result = dict(answers)
    derived = _child_age(row, decided, settings).answer
    if derived is None:
        return result
    given = result.get("child_age")
    if given is not None and given != derived:
        said = "yes" if given else "no"
        known = "yes" if derived else "no"
        raise InvalidInput(
            Msg(
                f"child_age={said} stemmer ikke med fødselsdatoen (gir {known} den "
                f"{decided.isoformat()}).",
                f"child_age={said} contradicts the birth date (which gives {known} on "
                f"{decided.isoformat()}).",
            ),
            Msg(
                "Utelat child_age: kecli regner det ut av fødselsdatoen.",
                "Leave child_age out: kecli derives it from the birth date.",
            ),
        )
    result["child_age"] = derived
    return result


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
    _check_in_force(row, decided)
    answers = _complete_answers(row, data.answers, decided, settings)
    try:
        result = evaluate(
            kind,
            answers,
            participation_required=settings.participation_required,
            continued_past_18=_child_age(row, decided, settings).continued_past_18,
        )
    except InvalidInput as error:
        raise InvalidInput(
            error.message,
            Msg(
                f"Svar med --answer KODE=ja|nei for hvert kriterium ({error.hint.nb if isinstance(error.hint, Msg) else ''})",
                f"Answer each criterion with --answer CODE=yes|no ({error.hint.en if isinstance(error.hint, Msg) else ''})",
            ),
        ) from None
    codes = [c.code for c in criteria_for(kind)]
    answers = {code: answers[code] for code in codes}  # catalogue order
    _check_note_codes(kind, data.notes)
    warnings: list[Msg] = []
    if data.wants_ip and result.outcome == INNVILGET and not result.ip_statutory_right:
        warnings.append(
            Msg(
                "Koordinator er innvilget bare fordi behovet er komplekst, ikke langvarig: det gir "
                "ikke lovfestet rett til individuell plan (pbrl § 2-5), men enheten kan tilby en.",
                "The koordinator is granted only because the need is complex, not long-term: that "
                "gives no statutory right to an individuell plan (pbrl § 2-5), but the unit may "
                "offer one.",
            )
        )
    if refused_only_by_local_practice(result):
        warnings.append(
            Msg(
                "Avslaget hviler bare på kommunens praksis (aktiv deltakelse), ikke på loven: "
                "lovens vilkår for koordinator er oppfylt"
                + (
                    ", og retten til individuell plan (pbrl § 2-5) består."
                    if result.ip_statutory_right
                    else "."
                ),
                "The avslag rests only on the municipality's practice (active participation), "
                "not on the statute: the statute's criteria for a koordinator are met"
                + (
                    ", and the right to an individuell plan (pbrl § 2-5) remains."
                    if result.ip_statutory_right
                    else "."
                ),
            )
        )
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


def _check_note_codes(kind: Kind, notes: dict[str, str]) -> None:
    stray = sorted(set(notes) - set(criterion_codes(kind)))
    if stray:
        raise InvalidInput(
            Msg(
                f"Merknad til ukjent kriterium: {', '.join(stray)}.",
                f"Note for an unknown criterion: {', '.join(stray)}.",
            ),
            codes_hint(kind),
        )


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


class Newest(NamedTuple):
    """The earliest day of a new decision, and the appeal whose last step set it."""

    day: dt.date
    appeal_id: int | None


def preview_assessment(ctx: Ctx, ref: str, data: AssessInput) -> Outcome:
    """Check and decide, but write nothing (the walk's summary before it asks to save)."""
    with session_scope(ctx.db_url) as session:
        row = _assessable(session, ref)
        decision, warnings = _decide(
            row, data, ctx.today, ctx.user, load_settings(session), _newest(session, row)
        )
        if decision.outcome == AVSLAG:  # as saving it would: the appointment ends that day
            appointment_that_can_end(session, row.id, decision.decided_on, "--decided-on")
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
            decision.outcome, data.wants_ip, consent_given(repo.plan_document(session, row.id))
        )
        plan_changed = repo.set_plan_active(session, row.id, plan_active)
        if decision.outcome == AVSLAG:  # no right to a coordinator any more
            end_active_appointment(
                session, ctx, row.id, decision.decided_on, "avslag", "--decided-on"
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


def _current(session: Session, row: CaseRow) -> DecisionRow:
    current = repo.current_decision(session, row.id)
    if current is None or current.set_aside:
        raise NotFound(
            Msg(
                f"Saken {row.id} har ingen gjeldende avgjørelse.",
                f"Case {row.id} has no current decision.",
            ),
            Msg(
                f"Vurder saken først: kecli case assess {row.id}",
                f"Assess the case first: kecli case assess {row.id}",
            ),
        )
    return current


@dataclass
class NotifyInput:
    """What ``case notify`` records: the letter sent (``sent_on`` with ``via``) and/or the
    day it reached the person (``on``)."""

    sent_on: dt.date | None = None
    via: str | None = None
    on: dt.date | None = None
    force: bool = False
    reason: str | None = None


def check_notify_input(data: NotifyInput, today: dt.date) -> None:
    """The checks that need no database (exit 2 before a case is read): --via's word, the
    options that go together, dates after today."""
    deadlines.check_notice(
        decided_on=dt.date.min, today=today, sent_on=data.sent_on, sent_via=data.via, on=data.on
    )


def notify_case(ctx: Ctx, ref: str, data: NotifyInput) -> View:
    """Record how the decision left the unit and when it reached the person; the appeal
    deadline follows (pbrl § 7-5): known from the day it reached them (``--on``, or the
    sending day for ``hand`` and ``digital``), estimated from a posting (sending day +
    config ``postal_days``). An appeal already filed is judged again by the new deadline;
    one the new date would make late against a known deadline *and* more than a year after
    the decision (fvl § 31, which ``appeal file`` refuses without ``--force``) needs
    ``force`` and a ``reason`` here too."""
    via = data.via.strip().lower() if data.via is not None else None
    data = NotifyInput(data.sent_on, via, data.on, data.force, data.reason)
    check_notify_input(data, ctx.today)
    why = reason_for_force(
        data.force,
        data.reason,
        Msg(
            'Eksempel: --force --reason "brevet kom fram 5. mars"',
            'Example: --force --reason "the letter arrived on 5 March"',
        ),
    )
    with session_scope(ctx.db_url, write=True) as session:
        row = load_case(session, ref)
        current = _current(session, row)
        deadlines.check_notice(
            decided_on=current.decided_on,
            today=ctx.today,
            sent_on=data.sent_on,
            sent_via=data.via,
            on=data.on,
            recorded_sent_on=current.sent_on,
            recorded_notified_on=current.notified_on,
        )
        postal_days = load_settings(session).postal_days
        before = {
            "sent_on": current.sent_on,
            "sent_via": current.sent_via,
            "notified_on": current.notified_on,
            "appeal_deadline": current.appeal_deadline,
            "appeal_deadline_estimated": current.appeal_deadline_estimated,
        }
        if data.sent_on is not None:
            current.sent_on, current.sent_via = data.sent_on, data.via
            if data.via in ("hand", "digital"):  # reached the person that day
                current.notified_on = data.sent_on
        if data.on is not None:
            current.notified_on = data.on
        notice = deadlines.notice(
            notified_on=current.notified_on,
            sent_on=current.sent_on,
            sent_via=current.sent_via,
            postal_days=postal_days,
        )
        if current.outcome == AVSLAG:
            current.appeal_deadline = notice.deadline
            current.appeal_deadline_estimated = notice.estimated
        recounted: list[dict[str, object]] = []
        assert current.id is not None
        # An appeal already filed against it (of any outcome: appeal file counts four weeks
        # from the notification) was judged by the old deadline.
        deadline = notice.deadline
        for appeal in repo.appeals_against(session, current.id):
            barred = deadlines.appeal_barred(
                appeal.filed_on, deadline, current.decided_on, estimated=notice.estimated
            )
            forced = barred and appeal.force_reason is None
            if forced:
                assert deadline is not None
                if not data.force:
                    raise RuleViolation(
                        Msg(
                            f"Med {_given(data)} kom klage #{appeal.id} "
                            f"({appeal.filed_on.isoformat()}) etter fristen "
                            f"({deadline.isoformat()}) og mer enn ett år etter avgjørelsen "
                            "(fvl § 31).",
                            f"With {_given(data)}, appeal #{appeal.id} "
                            f"({appeal.filed_on.isoformat()}) came after the deadline "
                            f"({deadline.isoformat()}) and more than a year after the "
                            "decision (fvl § 31).",
                        ),
                        Msg(
                            "Sjekk datoen; er den riktig: --force --reason TEKST.",
                            "Check the date; if it is right: --force --reason TEXT.",
                        ),
                    )
                appeal.force_reason = why
            elif not barred:  # a reason to register it anyway is kept while it is barred
                appeal.force_reason = None
            appeal.deadline = deadline
            appeal.timely = deadlines.appeal_is_timely(appeal.filed_on, deadline)
            session.add(appeal)
            recounted.append(
                {"appeal_id": appeal.id, "deadline": deadline, "timely": appeal.timely}
                | ({"estimated": True} if notice.estimated else {})
                | ({"forced": True, "reason": why} if forced else {})
            )
        session.add(current)
        after = {
            "sent_on": current.sent_on,
            "sent_via": current.sent_via,
            "notified_on": current.notified_on,
            "appeal_deadline": current.appeal_deadline,
            "appeal_deadline_estimated": current.appeal_deadline_estimated,
        }
        details: dict[str, object] = {
            "from": before["notified_on"],
            "to": current.notified_on,
            "appeal_deadline": current.appeal_deadline,
        }
        for key in ("sent_on", "sent_via"):
            if before[key] != after[key]:
                details[key] = after[key]
        if current.appeal_deadline_estimated:
            details["appeal_deadline_estimated"] = True
        if recounted:
            details["appeals"] = recounted
        repo.record_event(
            session, user=ctx.user, case_id=row.id, action="decision.notified", details=details
        )
        return load_case_view(session, row)


def _given(data: NotifyInput) -> str:
    """The options given, as the user typed them (for a message)."""
    parts = []
    if data.sent_on is not None:
        parts.append(f"--sent-on {data.sent_on.isoformat()} --via {data.via}")
    if data.on is not None:
        parts.append(f"--on {data.on.isoformat()}")
    return " ".join(parts)


def letter_data(ctx: Ctx, ref: str) -> View:
    """Everything the decision letter shows; writing it is logged (it holds personal data)."""
    with session_scope(ctx.db_url, write=True) as session:
        row = load_case(session, ref)
        current = _current(session, row)
        settings = load_settings(session)
        repo.record_event(
            session,
            user=ctx.user,
            case_id=row.id,
            action="letter.written",
            details={"decision_id": current.id},
        )
        return {
            "case": load_case_view(session, row),
            "decision": decision_view(current),
            "settings": {
                "municipality": settings.municipality,
                "unit_name": settings.unit_name,
                "unit_address": settings.unit_address,
                "unit_phone": settings.unit_phone,
                "unit_email": settings.unit_email,
                "statsforvalter": settings.statsforvalter,
            },
            "handler": row.created_by,
            "today": ctx.today.isoformat(),
        }
