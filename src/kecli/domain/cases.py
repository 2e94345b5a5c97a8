"""A case: the words it is registered with (kinds, channels, statuses), what a new one
must hold, and when it may be closed and reopened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from kecli.domain.checks import handler_name, not_after_today, not_before, required_name
from kecli.domain.dates import add_months, eighteenth_birthday
from kecli.domain.identity import birth_date_matches, parse_identity_number
from kecli.errors import InvalidInput, RuleViolation
from kecli.i18n.errors import cases as E

KINDS = ("koordinator", "barnekoordinator")
CHANNELS = ("skjema", "brev", "telefon", "epost", "oppmote", "annet")
STATUSES = ("received", "decided", "closed")
VOIDED = "voided"
"""The status of a case registered by mistake: in no list, report, statistic or export."""


def check_choice(value: str, choices: Sequence[str], option: str) -> str:
    """``value`` if it is one of ``choices``, else InvalidInput listing them."""
    cleaned = value.strip().lower()
    if cleaned in choices:
        return cleaned
    listed = "|".join(choices)
    raise InvalidInput(E.INVALID_VALUE, E.VALID_VALUES, field=option, value=value, listed=listed)


def _person_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def may_be_same_family(
    guardians: Sequence[str], other_guardians: Sequence[str], other_name: str
) -> bool:
    """Whether another case may be of the same family: a guardian in common, or the other
    case's person among this case's guardians. Names compare without regard to case and
    spacing ("Mor A" is "mor  a"): it only decides a warning, never a refusal."""
    family = {_person_key(g) for g in guardians}
    return bool(family) and (
        any(_person_key(g) in family for g in other_guardians) or _person_key(other_name) in family
    )


#: How far after the inquiry a child may be expected: a pregnancy, with room to spare.
EXPECTED_BIRTH_MONTHS = 10


@dataclass
class NewCase:
    name: str
    kind: str
    fnr: str | None = None
    birth_date: dt.date | None = None
    expected_birth_date: dt.date | None = None
    received_on: dt.date | None = None
    channel: str = "skjema"
    guardians: list[str] = field(default_factory=list)
    note: str | None = None
    handler: str | None = None
    """The caseworker who handles the case; None: the one who registers it."""


def check_new_case(
    data: NewCase, *, today: dt.date, allow_synthetic: bool, typed_now: bool = True
) -> NewCase:
    """Every rule that ``case new`` checks before it writes; returns the cleaned input.
    ``typed_now`` false (an import of cases registered before): the checks of what a
    caseworker types now and not the law's (an expected birth date at most
    EXPECTED_BIRTH_MONTHS after the inquiry) are left out."""
    name = required_name(data.name)
    kind = check_choice(data.kind, KINDS, "kind")
    channel = check_choice(data.channel, CHANNELS, "channel")
    received = data.received_on or today
    not_after_today(received, today, "received_on")
    birth = data.birth_date
    fnr = None
    if data.fnr is not None and data.fnr.strip():
        number = parse_identity_number(data.fnr, allow_synthetic=allow_synthetic)
        fnr = number.value
        if birth is not None and not birth_date_matches(number, birth):
            raise InvalidInput(
                E.BIRTH_DATE_DISAGREES_WITH_FNR,
                E.CORRECT_ONE_OR_LEAVE_OUT_BIRTH_DATE,
                field="birth_date",
            )
        if number.birth_date is None and birth is None:
            raise InvalidInput(
                E.FNR_SHOWS_NO_CENTURY,
                E.GIVE_BIRTH_DATE_YYYY,
                field="birth_date",
            )
        birth = birth or number.birth_date
    if birth is not None:
        not_after_today(birth, today, "birth_date")
    expected = data.expected_birth_date
    if expected is not None:
        if kind != "barnekoordinator":
            raise InvalidInput(
                E.APPLIES_BARNEKOORDINATOR_ONLY,
                E.USE_BARNEKOORDINATOR_EXPECTED_CHILD,
                field="expected_birth_date",
            )
        latest = add_months(received, EXPECTED_BIRTH_MONTHS)
        if typed_now and expected > latest:  # a typed year too far (2029 for 2027)
            raise InvalidInput(
                E.MORE_THAN_MONTHS_AFTER,
                E.PREGNANCY_SHORTER_GIVE_DATE,
                field="expected_birth_date",
                expected=expected.isoformat(),
                expected_birth_months=EXPECTED_BIRTH_MONTHS,
                received=received.isoformat(),
                latest=latest.isoformat(),
            )
        if birth is not None or fnr is not None:
            raise InvalidInput(
                E.BORN_CHILD_HAS_NO_EXPECTED_DATE,
                E.GIVE_EXPECTED_OR_BIRTH,
                field="expected_birth_date",
            )
    guardians = [" ".join(g.split()) for g in data.guardians if g.strip()]
    if any(";" in g for g in guardians):
        raise InvalidInput(
            E.GUARDIANS_NAME_CANNOT_CONTAIN,
            E.GIVE_EACH_GUARDIAN_THEIR,
            field="guardians",
        )
    note = data.note.strip() if data.note and data.note.strip() else None
    handler = None if data.handler is None else handler_name(data.handler)
    return NewCase(
        name=name,
        kind=kind,
        fnr=fnr,
        birth_date=birth,
        expected_birth_date=expected,
        received_on=received,
        channel=channel,
        guardians=guardians,
        note=note,
        handler=handler,
    )


def check_follow_up(
    source_id: str,
    *,
    kind: str,
    source_kind: str,
    source_status: str,
    source_outcome: str | None,
    birth_date: dt.date | None,
    today: dt.date,
) -> None:
    """``case new --from``: a koordinator inquiry follows a barnekoordinator that was refused
    or has ended (closed, or the child turned 18: pbrl § 2-5 c ends on the 18th birthday);
    "du kan ha rett på koordinator selv om du ikke har rett på barnekoordinator" (DOMAIN § 2)."""
    if kind != "koordinator":
        raise InvalidInput(
            E.REGISTERS_INQUIRY_ABOUT_KOORDINATOR,
            E.USE_KOORDINATOR,
            field="kind",
        )
    if source_kind != "barnekoordinator":
        raise RuleViolation(
            E.SOURCE_NOT_BARNEKOORDINATOR,
            E.FOLLOWS_UP_BARNEKOORDINATOR_CASE,
            source_id=source_id,
            source_kind=source_kind,
        )
    ended = source_status == "closed" or (
        birth_date is not None and eighteenth_birthday(birth_date) <= today
    )
    if source_outcome != "avslag" and not ended:
        raise RuleViolation(
            E.BARNEKOORDINATOR_CASE_NEITHER_REFUSED, E.CLOSE_FIRST_KECLI_CASE, source_id=source_id
        )


def not_before_received(on: dt.date, received_on: dt.date, option: str) -> None:
    """Nothing happens to a case before the inquiry came (fvl § 11 a counts from it)."""
    not_before(
        on,
        received_on,
        option,
        E.INQUIRY_RECEIVED,
        E.GIVE_DATE_FROM_RECEIVED,
    )


def check_not_voided(case_id: str, status: str) -> None:
    """A voided case (registered by mistake) takes no steps until it is unvoided."""
    if status == VOIDED:
        raise RuleViolation(
            E.CASE_VOIDED_REGISTERED_MISTAKE, E.UNDO_VOIDING_FIRST_KECLI, case_id=case_id
        )


def check_voidable(case_id: str, status: str, *, decided: bool) -> None:
    """Only a case registered by mistake is voided: one with no decision, ever (a decided
    case is part of the record and is closed instead)."""
    if status == VOIDED:
        raise RuleViolation(E.CASE_ALREADY_VOIDED, E.SEE_KECLI_CASE_SHOW, case_id=case_id)
    if decided:
        raise RuleViolation(
            E.CASE_DECISION_CANNOT_VOIDED, E.CLOSE_INSTEAD_KECLI_CASE, case_id=case_id
        )


def check_unvoidable(case_id: str, status: str) -> None:
    """Only a voided case is unvoided."""
    if status != VOIDED:
        raise RuleViolation(E.CASE_NOT_VOIDED, E.SEE_THE_CASE, case_id=case_id)


def check_closable(case_id: str, status: str) -> None:
    """A closed case is not closed again (DOMAIN § 3 step 5)."""
    check_not_voided(case_id, status)
    if status == "closed":
        raise RuleViolation(E.CASE_ALREADY_CLOSED, E.REOPEN_KECLI_CASE_REOPEN, case_id=case_id)


def check_closing_day(
    on: dt.date, *, received_on: dt.date, decided_on: dt.date | None, today: dt.date
) -> None:
    """A case closes by today, not before it was received nor before its current decision."""
    not_after_today(on, today, "on")
    not_before_received(on, received_on, "on")
    if decided_on is not None:
        not_before(
            on,
            decided_on,
            "on",
            E.CASES_DECISION,
            E.CASE_CLOSED_DAY_DECISION,
        )


def check_reopenable(case_id: str, status: str) -> None:
    """Only a closed case is reopened."""
    if status != "closed":
        raise RuleViolation(E.CASE_NOT_CLOSED, E.SEE_THE_CASE, case_id=case_id)


def check_replyable(case_id: str, status: str) -> None:
    """A foreløpig svar (fvl § 11 a) is for a case still waiting for its decision."""
    check_not_voided(case_id, status)
    if status == "closed":
        raise RuleViolation(E.CASE_IS_CLOSED, E.REOPEN_FIRST_KECLI_CASE, case_id=case_id)
    if status != "received":
        raise RuleViolation(E.CASE_ALREADY_DECIDED_PRELIMINARY, E.SEE_THE_CASE, case_id=case_id)


def check_reply_dates(
    on: dt.date, expect: dt.date, *, since: dt.date, reopened: bool, today: dt.date
) -> None:
    """A foreløpig svar (fvl § 11 a) is sent by today, once the inquiry came (or, after an
    ``opphevet``, once the decision was set aside), and promises a decision no earlier than
    the day it was sent."""
    not_after_today(on, today, "on")
    not_before(
        on,
        since,
        "on",
        E.DECISION_SET_ASIDE if reopened else E.INQUIRY_RECEIVED,
        E.PRELIMINARY_REPLY_ABOUT_CASE,
    )
    not_before(
        expect,
        on,
        "expect",
        E.THE_PRELIMINARY_REPLY,
        E.DATE_REPLY_PROMISES_DECISION,
    )
