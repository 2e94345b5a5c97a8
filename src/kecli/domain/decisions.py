"""What an assessment must respect before its decision is made: the case open, the dates in
their order, the right in force, the answers the dates already give, the notes' codes; and
what the caseworker is warned of."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple

from kecli.domain.cases import check_not_voided, not_before_received
from kecli.domain.checks import not_after_today, not_before
from kecli.domain.eligibility import (
    BARNEKOORDINATOR_IN_FORCE,
    INNVILGET,
    Assessment,
    Kind,
    codes_hint,
    criterion_codes,
    in_force,
    refused_only_by_local_practice,
)
from kecli.errors import InvalidInput, Msg, RuleViolation
from kecli.i18n.errors import decisions as E


class Newest(NamedTuple):
    """The earliest day of a new decision, and the appeal whose last step set it."""

    day: dt.date
    appeal_id: int | None


def check_assessable(case_id: str, status: str) -> None:
    """A closed case is reopened before it is assessed, a voided one unvoided."""
    check_not_voided(case_id, status)
    if status == "closed":
        raise RuleViolation(
            E.CASE_CLOSED_CANNOT_ASSESSED, E.REOPEN_FIRST_KECLI_CASE, case_id=case_id
        )


def check_decision_dates(
    decided_on: dt.date | None,
    notified_on: dt.date | None,
    *,
    received_on: dt.date,
    today: dt.date,
    newest: Newest | None = None,
) -> tuple[dt.date, dt.date | None]:
    """The decision day (default today) and the day it reached the person: only when given
    (``--notified-on``), never taken to be the decision day (pbrl § 7-5). Neither after
    today; the decision not before the inquiry nor before the case's newest decision or
    appeal step (the history never runs backwards); the notice not before the decision."""
    decided = decided_on or today
    if newest is not None:
        not_before(
            decided,
            newest.day,
            "decided_on",
            E.CASES_LATEST_DECISION
            if newest.appeal_id is None
            else E.LAST_STEP_APPEAL.fill(newest_appeal_id=newest.appeal_id),
            E.NEW_ASSESSMENT_DATED_SAME,
        )
    future = E.DECISION_CANNOT_DATED_FUTURE
    not_after_today(decided, today, "decided_on", future)
    if notified_on is not None:
        not_after_today(notified_on, today, "notified_on", future)
    not_before_received(decided, received_on, "decided_on")
    if notified_on is not None:
        not_before(
            notified_on,
            decided,
            "notified_on",
            E.THE_DECISION,
            E.DECISION_CANNOT_REACH_PERSON,
        )
    return decided, notified_on


def check_in_force(kind: Kind, decided_on: dt.date) -> None:
    """A barnekoordinator cannot be decided before the right existed (pbrl § 2-5 c, in force
    from 1 August 2022)."""
    if in_force(kind, decided_on):
        return
    start = BARNEKOORDINATOR_IN_FORCE.isoformat()
    raise InvalidInput(
        E.BEFORE_WHEN_RIGHT_BARNEKOORDINATOR,
        E.GIVE_DATE_FROM_BEFORE,
        field="decided_on",
        decided_on=decided_on.isoformat(),
        start=start,
    )


def complete_answers(
    answers: Mapping[str, bool], derived: bool | None, decided_on: dt.date
) -> dict[str, bool]:
    """The answers with ``child_age`` as the birth date gives it (``derived``: yes past 18
    where the municipality continues, DOMAIN § 2; None when the dates do not tell);
    InvalidInput for an answer that contradicts it."""
    result = dict(answers)
    if derived is None:
        return result
    given = result.get("child_age")
    if given is not None and given != derived:
        said = "yes" if given else "no"
        known = "yes" if derived else "no"
        raise InvalidInput(
            E.CHILD_AGE_CONTRADICTS_BIRTH,
            E.LEAVE_CHILD_AGE_OUT,
            field="answers",
            said=said,
            known=known,
            decided_on=decided_on.isoformat(),
        )
    result["child_age"] = derived
    return result


def check_note_codes(kind: Kind, notes: Mapping[str, str]) -> None:
    """A note belongs to a criterion of the case's kind."""
    stray = sorted(set(notes) - set(criterion_codes(kind)))
    if stray:
        raise InvalidInput(
            E.NOTE_UNKNOWN_CRITERION, codes_hint(kind), field="notes", value=", ".join(stray)
        )


def assessment_warnings(result: Assessment, *, wants_ip: bool) -> list[Msg]:
    """What the caseworker is told of a decision that stands: a koordinator granted for a
    complex need only gives no statutory right to an individuell plan (pbrl § 2-5); an
    avslag that rests only on the municipality's practice, not on the statute."""
    warnings: list[Msg] = []
    if wants_ip and result.outcome == INNVILGET and not result.ip_statutory_right:
        warnings.append(E.KOORDINATOR_GRANTED_ONLY_BECAUSE)
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
    return warnings
