"""What an assessment respects before its decision is made: its dates, the right in force,
the answers the dates give, the notes' codes; and what the caseworker is warned of."""

from __future__ import annotations

import datetime as dt

import pytest

from kecli.domain.decisions import (
    Newest,
    assessment_warnings,
    check_assessable,
    check_decision_dates,
    check_in_force,
    check_note_codes,
    complete_answers,
)
from kecli.domain.eligibility import Assessment, Kind
from kecli.errors import InvalidInput, RuleViolation

D = dt.date.fromisoformat
TODAY = D("2026-11-28")
RECEIVED = D("2026-10-01")


@pytest.mark.parametrize(
    ("decided", "notified", "newest", "expected", "says"),
    [
        (None, None, None, ("2026-11-28", None), None),  # today, not yet notified
        ("2026-10-01", "2026-10-01", None, ("2026-10-01", "2026-10-01"), None),
        ("2026-11-01", "2026-11-28", None, ("2026-11-01", "2026-11-28"), None),
        ("2026-11-10", None, Newest(D("2026-11-10"), None), ("2026-11-10", None), None),
        # The newest decision or appeal step comes first: the history never runs backwards.
        (
            "2026-11-09",
            None,
            Newest(D("2026-11-10"), None),
            None,
            "decided_on 2026-11-09 is before the case's latest decision (2026-11-10).",
        ),
        (
            "2026-11-09",
            None,
            Newest(D("2026-11-10"), 4),
            None,
            "decided_on 2026-11-09 is before the last step of appeal #4 (2026-11-10).",
        ),
        (
            "2026-11-29",
            None,
            None,
            None,
            "decided_on 2026-11-29 is after today (2026-11-28).",
        ),
        (
            "2026-11-01",
            "2026-11-29",
            None,
            None,
            "notified_on 2026-11-29 is after today (2026-11-28).",
        ),
        (
            "2026-09-30",
            None,
            None,
            None,
            "decided_on 2026-09-30 is before the inquiry was received (2026-10-01).",
        ),
        (
            "2026-11-02",
            "2026-11-01",
            None,
            None,
            "notified_on 2026-11-01 is before the decision (2026-11-02).",
        ),
        # Two wrongs: the first rule in the order is the one told.
        (
            "2026-11-29",
            "2026-11-30",
            Newest(D("2026-11-30"), None),
            None,
            "decided_on 2026-11-29 is before the case's latest decision (2026-11-30).",
        ),
    ],
)
def test_a_decision_is_dated_in_order(
    decided: str | None,
    notified: str | None,
    newest: Newest | None,
    expected: tuple[str, str | None] | None,
    says: str | None,
) -> None:
    def check() -> tuple[dt.date, dt.date | None]:
        return check_decision_dates(
            D(decided) if decided else None,
            D(notified) if notified else None,
            received_on=RECEIVED,
            today=TODAY,
            newest=newest,
        )

    if expected is not None:
        day, reached = expected
        assert check() == (D(day), D(reached) if reached else None)
        return
    with pytest.raises(InvalidInput) as caught:
        check()
    assert str(caught.value) == says


def test_a_future_decision_is_told_why() -> None:
    with pytest.raises(InvalidInput) as caught:
        check_decision_dates(D("2026-12-01"), None, received_on=RECEIVED, today=TODAY)
    assert caught.value.hint is not None
    assert "cannot be dated in the future" in str(caught.value.hint)
    assert caught.value.field == "decided_on"


@pytest.mark.parametrize(
    ("kind", "decided", "refused"),
    [
        (Kind.BARNEKOORDINATOR, "2022-08-01", False),
        (Kind.BARNEKOORDINATOR, "2022-07-31", True),
        (Kind.KOORDINATOR, "2010-01-01", False),
    ],
)
def test_a_barnekoordinator_is_decided_from_the_day_the_right_began(
    kind: Kind, decided: str, refused: bool
) -> None:
    if not refused:
        check_in_force(kind, D(decided))
        return
    with pytest.raises(InvalidInput, match="before 2022-08-01, when the right"):
        check_in_force(kind, D(decided))


@pytest.mark.parametrize(
    ("answers", "derived", "expected"),
    [
        ({"services": True}, None, {"services": True}),  # the dates do not tell
        ({"services": True}, True, {"services": True, "child_age": True}),
        ({"child_age": False}, False, {"child_age": False}),
        ({"child_age": True}, False, None),  # contradicts the birth date
        ({"child_age": False}, True, None),
    ],
)
def test_child_age_is_what_the_birth_date_gives(
    answers: dict[str, bool], derived: bool | None, expected: dict[str, bool] | None
) -> None:
    if expected is not None:
        assert complete_answers(answers, derived, D("2026-11-01")) == expected
        return
    with pytest.raises(InvalidInput, match="contradicts the birth date"):
        complete_answers(answers, derived, D("2026-11-01"))


@pytest.mark.parametrize(
    ("kind", "notes", "stray"),
    [
        (Kind.KOORDINATOR, {}, None),
        (Kind.KOORDINATOR, {"services": "x"}, None),
        (Kind.KOORDINATOR, {"child_age": "x"}, "child_age"),  # a barnekoordinator's criterion
        (Kind.BARNEKOORDINATOR, {"zzz": "x", "aaa": "y"}, "aaa, zzz"),
    ],
)
def test_a_note_belongs_to_a_criterion_of_the_kind(
    kind: Kind, notes: dict[str, str], stray: str | None
) -> None:
    if stray is None:
        check_note_codes(kind, notes)
        return
    with pytest.raises(InvalidInput, match=f"Note for an unknown criterion: {stray}."):
        check_note_codes(kind, notes)


@pytest.mark.parametrize(
    ("status", "refused"), [("received", False), ("decided", False), ("closed", True)]
)
def test_a_closed_case_is_not_assessed(status: str, refused: bool) -> None:
    if not refused:
        check_assessable("2026-0001", status)
        return
    with pytest.raises(RuleViolation, match="is closed and cannot be assessed"):
        check_assessable("2026-0001", status)


@pytest.mark.parametrize(
    ("outcome", "failed", "ip_right", "wants_ip", "told"),
    [
        ("innvilget", (), True, True, []),
        ("innvilget", (), False, False, []),  # no plan wanted: nothing to say
        ("innvilget", (), False, True, ["no statutory right to an individuell plan"]),
        ("avslag", ("participation",), True, False, ["individuell plan (pbrl § 2-5) remains."]),
        ("avslag", ("participation",), False, False, ["criteria for a koordinator are met."]),
        ("avslag", ("services",), False, False, []),  # the statute refused
        ("avslag", ("services", "participation"), False, False, []),
    ],
)
def test_the_caseworker_is_warned_of_what_the_decision_does_not_give(
    outcome: str, failed: tuple[str, ...], ip_right: bool, wants_ip: bool, told: list[str]
) -> None:
    result = Assessment(outcome, failed, "pbrl § 2-5 b", ip_right)
    warnings = assessment_warnings(result, wants_ip=wants_ip)
    assert len(warnings) == len(told)
    for warning, says in zip(warnings, told, strict=True):
        assert says in warning.en
