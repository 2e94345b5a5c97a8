"""Who may be appointed in which case, and when: hol §§ 7-2, 7-2 a, 7-3; pbrl § 2-5 c."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from kecli.domain.coordinators import (
    Candidate,
    at_capacity,
    check_appointment_day,
    check_candidate,
    check_caseload,
    check_deactivation,
    check_granted,
    check_max_cases,
    check_other_kind,
    may_serve,
)
from kecli.errors import Conflict, InvalidInput, KecliError, RuleViolation

D = dt.date.fromisoformat
KARI = Candidate(
    id=1, name="Kari", kind="koordinator", independent=False, active=True, max_cases=None
)


def kari(**changes: object) -> Candidate:
    return dataclasses.replace(KARI, **changes)


# Each of the checks before an appointment, in the order they are made: the first that fails
# is the one the caseworker is told of.
@pytest.mark.parametrize(
    ("candidate", "case_kind", "current", "required", "error", "says"),
    [
        (kari(), "koordinator", None, False, None, None),
        (kari(kind="begge"), "barnekoordinator", None, False, None, None),
        (kari(kind="begge", independent=True), "barnekoordinator", None, True, None, None),
        (kari(), "koordinator", 2, False, None, None),  # replaces coordinator 2
        (kari(), "koordinator", None, True, None, None),  # independence: barnekoordinator only
        (kari(active=False), "koordinator", None, False, RuleViolation, "is deactivated"),
        (kari(active=False, kind="barnekoordinator"), "koordinator", 1, False, RuleViolation, "is deactivated"),
        (kari(), "barnekoordinator", None, False, RuleViolation, "cannot be appointed in a"),
        (kari(kind="barnekoordinator"), "koordinator", None, False, RuleViolation, "cannot be"),
        (kari(kind="begge"), "barnekoordinator", None, True, RuleViolation, "not independent"),
        (kari(), "koordinator", 1, False, Conflict, "already the coordinator of case 2026-0001"),
    ],
)  # fmt: skip
def test_a_candidate_is_active_of_the_kind_independent_and_new_to_the_case(
    candidate: Candidate,
    case_kind: str,
    current: int | None,
    required: bool,
    error: type[KecliError] | None,
    says: str | None,
) -> None:
    def check() -> None:
        check_candidate(candidate, "2026-0001", case_kind, current, require_independent=required)

    if error is None:
        check()
        return
    with pytest.raises(error, match=says) as caught:
        check()
    assert type(caught.value) is error


@pytest.mark.parametrize(
    ("candidate", "case_kind", "required", "expected"),
    [
        (kari(), "koordinator", False, True),
        (kari(), "barnekoordinator", False, False),
        (kari(kind="barnekoordinator"), "barnekoordinator", False, True),
        (kari(kind="barnekoordinator"), "barnekoordinator", True, False),
        (kari(kind="barnekoordinator", independent=True), "barnekoordinator", True, True),
        (kari(kind="begge"), "koordinator", True, True),  # a koordinator need not be independent
    ],
)
def test_a_chooser_offers_exactly_those_the_checks_accept(
    candidate: Candidate, case_kind: str, required: bool, expected: bool
) -> None:
    assert may_serve(candidate, case_kind, require_independent=required) is expected
    try:
        check_candidate(candidate, "2026-0001", case_kind, None, require_independent=required)
    except RuleViolation:
        assert not expected
    else:
        assert expected


@pytest.mark.parametrize(("replace_other", "refused"), [(False, True), (True, False)])
def test_a_family_has_one_kind_of_coordinator_unless_the_other_is_replaced(
    replace_other: bool, refused: bool
) -> None:
    if not refused:
        check_other_kind("barnekoordinator", "2026-0002", replace_other=replace_other)
        return
    with pytest.raises(RuleViolation, match="active barnekoordinator in case 2026-0002"):
        check_other_kind("barnekoordinator", "2026-0002", replace_other=replace_other)


@pytest.mark.parametrize(
    ("max_cases", "load", "force", "full", "refused"),
    [
        (None, 100, False, False, False),
        (3, 2, False, False, False),
        (3, 3, False, True, True),
        (3, 4, False, True, True),
        (3, 3, True, True, False),  # force
    ],
)
def test_a_full_caseload_takes_another_only_with_force(
    max_cases: int | None, load: int, force: bool, full: bool, refused: bool
) -> None:
    candidate = kari(max_cases=max_cases)
    assert at_capacity(candidate, load) is full
    if not refused:
        check_caseload(candidate, load, force=force)
        return
    with pytest.raises(RuleViolation, match=f"already has {load} of at most 3 cases"):
        check_caseload(candidate, load, force=force)


@pytest.mark.parametrize(
    ("status", "outcome", "says"),
    [
        ("decided", "innvilget", None),
        ("closed", "innvilget", "is closed"),
        ("decided", "avslag", "has no innvilget decision"),
        ("received", None, "has no innvilget decision"),  # none, or set aside
    ],
)
def test_a_coordinator_is_appointed_in_an_open_granted_case(
    status: str, outcome: str | None, says: str | None
) -> None:
    if says is None:
        check_granted("2026-0001", status, outcome)
        return
    with pytest.raises(RuleViolation, match=says):
        check_granted("2026-0001", status, outcome)


@pytest.mark.parametrize(
    ("on", "current_since", "ended_until", "says"),
    [
        ("2026-03-01", None, None, None),  # the decision's day
        ("2026-02-28", None, None, "before the decision (2026-03-01)"),
        ("2026-03-10", "2026-03-10", None, None),
        ("2026-03-09", "2026-03-10", None, "before the current appointment (2026-03-10)"),
        ("2026-03-20", None, "2026-03-20", None),
        ("2026-03-19", None, "2026-03-20", "ended (2026-03-20, coordinator 7)"),
    ],
)
def test_an_appointment_begins_after_the_decision_and_the_last_one(
    on: str, current_since: str | None, ended_until: str | None, says: str | None
) -> None:
    def check() -> None:
        check_appointment_day(
            D(on),
            decided_on=D("2026-03-01"),
            current_since=D(current_since) if current_since else None,
            ended_until=D(ended_until) if ended_until else None,
            ended_coordinator=7,
        )

    if says is None:
        check()
        return
    with pytest.raises(InvalidInput, match=re.escape(says)) as caught:
        check()
    assert str(caught.value).startswith(f"on {on} is before ")
    assert caught.value.field == "on"


@pytest.mark.parametrize(
    ("active", "on", "latest", "error"),
    [
        (True, "2026-05-01", None, None),
        (True, "2026-05-01", "2026-05-01", None),
        (True, "2026-04-30", "2026-05-01", InvalidInput),
        (False, "2026-05-01", None, RuleViolation),
    ],
)
def test_a_coordinator_leaves_once_and_not_before_their_latest_appointment(
    active: bool, on: str, latest: str | None, error: type[KecliError] | None
) -> None:
    def check() -> None:
        check_deactivation(5, active, D(on), D(latest) if latest else None)

    if error is None:
        check()
        return
    with pytest.raises(error):
        check()


@pytest.mark.parametrize(
    ("max_cases", "refused"), [(None, False), (1, False), (0, True), (-3, True)]
)
def test_most_cases_is_at_least_one(max_cases: int | None, refused: bool) -> None:
    if not refused:
        check_max_cases(max_cases)
        return
    with pytest.raises(InvalidInput, match="max_cases must be at least 1"):
        check_max_cases(max_cases)
