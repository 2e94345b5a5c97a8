"""How a decision reaches the person: ``case notify`` records the letter sent and the day it
arrived, from which the appeal deadline runs (pbrl § 7-5); ``case letter`` writes it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kecli.domain import deadlines
from kecli.domain.checks import reason_for_force
from kecli.domain.eligibility import AVSLAG
from kecli.errors import RuleViolation
from kecli.i18n.errors import notices as E
from kecli.services.config import load_settings
from kecli.services.context import Ctx
from kecli.services.lookup import load_case, no_current_decision
from kecli.services.views import load_case_view
from kecli.store import repo
from kecli.store.db import session_scope
from kecli.store.models import CaseRow, DecisionRow
from kecli.views import CaseView

if TYPE_CHECKING:
    from kecli.store.db import Session


def current_of(session: Session, row: CaseRow) -> DecisionRow:
    """The case's current decision (not set aside), or NotFound saying to assess it first."""
    current = repo.current_decision(session, row.id)
    if current is None or current.set_aside:
        raise no_current_decision(row.id)
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


def notify_case(ctx: Ctx, ref: str, data: NotifyInput) -> CaseView:
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
        E.EXAMPLE_LETTER_ARRIVED_MARCH,
    )
    with session_scope(ctx.db_url, write=True) as session:
        row = load_case(session, ref)
        record_notice(session, ctx, row, data, why)
        return load_case_view(session, row)


def record_notice(
    session: Session, ctx: Ctx, row: CaseRow, data: NotifyInput, why: str | None = None
) -> None:
    """Record the notice of ``data`` on the case's current decision, in ``session``: the
    sending and/or the day it reached the person, the appeal deadline that follows, appeals
    already filed judged again, and the event (``case notify``; ``case letter --sent``)."""
    current = current_of(session, row)
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
                    E.APPEAL_CAME_AFTER_DEADLINE,
                    E.CHECK_DATE_IF_RIGHT,
                    value=_given(data),
                    appeal_id=appeal.id,
                    appeal_filed_on=appeal.filed_on.isoformat(),
                    deadline=deadline.isoformat(),
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


def _given(data: NotifyInput) -> str:
    """The options given, as the user typed them (for a message)."""
    parts = []
    if data.sent_on is not None:
        parts.append(f"--sent-on {data.sent_on.isoformat()} --via {data.via}")
    if data.on is not None:
        parts.append(f"--on {data.on.isoformat()}")
    return " ".join(parts)
