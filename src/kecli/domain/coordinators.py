"""Which coordinator may serve which case, and when: hol §§ 7-2 (koordinator), 7-2 a
(barnekoordinator) and 7-3."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kecli.domain.checks import at_most, not_before
from kecli.domain.dates import eighteenth_birthday
from kecli.errors import Conflict, InvalidInput, RuleViolation
from kecli.i18n.errors import coordinators as E

COORDINATOR_KINDS = ("koordinator", "barnekoordinator", "begge")


def covers(coordinator_kind: str, case_kind: str) -> bool:
    """A coordinator serves cases of their own kind; ``begge`` serves both (hol § 7-3)."""
    return coordinator_kind == "begge" or coordinator_kind == case_kind


def past_18_bars_appointment(
    case_id: str, case_kind: str, birth_date: dt.date | None, on: dt.date, *, allowed: bool
) -> None:
    """The right to a barnekoordinator ends on the child's 18th birthday (pbrl § 2-5 c); the
    municipality may continue past it (``barnekoordinator_past_18``, DOMAIN § 2).
    RuleViolation for an appointment on or after that day when it does not."""
    if case_kind != "barnekoordinator" or birth_date is None or allowed:
        return
    turned = eighteenth_birthday(birth_date)
    if on < turned:
        return
    raise RuleViolation(
        E.CHILD_CASE_TURNED_RIGHT,
        E.REGISTER_KOORDINATOR_CASE_KECLI,
        case_id=case_id,
        turned=turned.isoformat(),
    )


@dataclass(frozen=True)
class Candidate:
    """A coordinator as an appointment weighs them."""

    id: int
    name: str
    kind: str
    independent: bool
    active: bool
    max_cases: int | None


def check_max_cases(max_cases: int | None) -> None:
    """A coordinator's most cases, when set, is a positive number."""
    if max_cases is not None and max_cases < 1:
        raise InvalidInput(
            E.MAX_CASES_AT_LEAST_ONE,
            field="max_cases",
        )
    if max_cases is not None:
        at_most(max_cases, "max_cases")


def check_deactivation(
    coordinator_id: int, active: bool, on: dt.date, latest: dt.date | None
) -> None:
    """A coordinator leaves once, and not before their latest appointment began (each of
    their appointments ends that day: one that began later would end before it began)."""
    if not active:
        raise RuleViolation(E.COORDINATOR_ALREADY_DEACTIVATED, coordinator_id=coordinator_id)
    if latest is not None:
        not_before(
            on,
            latest,
            "on",
            E.COORDINATORS_LATEST_APPOINTMENT,
        )


def check_granted(case_id: str, status: str, outcome: str | None) -> None:
    """A coordinator is appointed in an open case whose right is granted (pbrl §§ 2-5 a,
    2-5 c; DOMAIN § 3 step 3). ``outcome``: of the current decision, None when there is none
    (or it is set aside)."""
    if status == "closed":
        raise RuleViolation(E.CASE_IS_CLOSED, E.REOPEN_FIRST_KECLI_CASE, case_id=case_id)
    if outcome != "innvilget":
        raise RuleViolation(E.NO_INNVILGET_DECISION, E.ASSESS_CASE_KECLI_CASE, case_id=case_id)


def check_appointment_day(
    on: dt.date,
    *,
    decided_on: dt.date,
    current_since: dt.date | None,
    ended_until: dt.date | None = None,
    ended_coordinator: int | None = None,
) -> None:
    """An appointment begins on or after the decision and the current appointment, and after
    the last one ended: one coordinator at a time (also in the time a case was closed)."""
    not_before(on, decided_on, "on", E.THE_DECISION)
    if current_since is not None:
        not_before(on, current_since, "on", E.CURRENT_APPOINTMENT)
    elif ended_until is not None:
        day = ended_until.isoformat()
        not_before(
            on,
            ended_until,
            "on",
            E.PREVIOUS_APPOINTMENT_ENDED,
            shown=E.DAY_AND_ENDED_COORDINATOR.fill(day=day, ended_coordinator=ended_coordinator),
        )


def needs_independent(case_kind: str, *, required: bool) -> bool:
    """Whether the case needs an independent coordinator: a barnekoordinator where the
    municipality requires it (``require_independent_barnekoordinator``, hol § 7-2 a)."""
    return required and case_kind == "barnekoordinator"


def may_serve(candidate: Candidate, case_kind: str, *, require_independent: bool) -> bool:
    """Whether the coordinator may be offered for the case: their kind covers it, and they
    are independent where that is required (inactive ones are not listed at all)."""
    return covers(candidate.kind, case_kind) and (
        candidate.independent or not needs_independent(case_kind, required=require_independent)
    )


def check_candidate(
    candidate: Candidate,
    case_id: str,
    case_kind: str,
    current_coordinator: int | None,
    *,
    require_independent: bool,
) -> None:
    """The coordinator is active, of a kind that covers the case, independent where the
    municipality requires it, and not already the case's coordinator."""
    if not candidate.active:
        raise RuleViolation(
            E.COORDINATOR_DEACTIVATED,
            E.SEE_ACTIVE_COORDINATORS_KECLI,
            candidate_id=candidate.id,
            candidate_name=candidate.name,
        )
    if not covers(candidate.kind, case_kind):
        raise RuleViolation(
            E.CANNOT_APPOINTED_CASE,
            E.CHOOSE_COORDINATOR_OF_KIND,
            candidate_name=candidate.name,
            candidate_kind=candidate.kind,
            case_kind=case_kind,
        )
    if needs_independent(case_kind, required=require_independent) and not candidate.independent:
        raise RuleViolation(
            E.CANDIDATE_NOT_INDEPENDENT,
            E.CHOOSE_INDEPENDENT_BARNEKOORDINATOR_CHANGE,
            candidate_name=candidate.name,
        )
    if current_coordinator == candidate.id:
        raise Conflict(E.ALREADY_COORDINATOR_CASE, candidate_name=candidate.name, case_id=case_id)


def check_other_kind(other_kind: str, other_case: str, *, replace_other: bool) -> None:
    """A family has a koordinator or a barnekoordinator, not both (hol § 7-2 a): the other
    appointment ends only when the caseworker says so (``--replace-other``)."""
    if replace_other:
        return
    raise RuleViolation(
        E.PERSON_ALREADY_ACTIVE_CASE,
        E.AGREE_FAMILY_WHICH_ONE,
        other_kind=other_kind,
        other_case=other_case,
    )


def at_capacity(candidate: Candidate, load: int) -> bool:
    """Whether the coordinator already has as many active cases as they may have."""
    return candidate.max_cases is not None and load >= candidate.max_cases


def check_caseload(candidate: Candidate, load: int, *, force: bool) -> None:
    """A coordinator at their most cases takes another only with ``--force``."""
    if at_capacity(candidate, load) and not force:
        raise RuleViolation(
            E.ALREADY_MOST_CASES,
            E.CHOOSE_ANOTHER_USE,
            candidate_name=candidate.name,
            load=load,
            candidate_max_cases=candidate.max_cases,
        )
