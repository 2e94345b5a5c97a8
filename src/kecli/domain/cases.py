"""A case: the words it is registered with (kinds, channels, statuses), what a new one
must hold, and when it may be closed and reopened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from kecli.domain.checks import handler_name, not_after_today, not_before, required_name
from kecli.domain.dates import add_months, eighteenth_birthday
from kecli.domain.identity import birth_date_matches, parse_identity_number
from kecli.errors import InvalidInput, Msg, RuleViolation

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
    raise InvalidInput(
        Msg(f"Ugyldig verdi for {option}: «{value}».", f"Invalid value for {option}: '{value}'."),
        Msg(f"Gyldige verdier: {listed}", f"Valid values: {listed}"),
    )


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
    kind = check_choice(data.kind, KINDS, "--kind")
    channel = check_choice(data.channel, CHANNELS, "--channel")
    received = data.received_on or today
    not_after_today(received, today, "--received")
    birth = data.birth_date
    fnr = None
    if data.fnr is not None and data.fnr.strip():
        number = parse_identity_number(data.fnr, allow_synthetic=allow_synthetic)
        fnr = number.value
        if birth is not None and not birth_date_matches(number, birth):
            raise InvalidInput(
                Msg(
                    "--birth-date stemmer ikke med fødselsdatoen i fødselsnummeret.",
                    "--birth-date does not agree with the birth date in the fødselsnummer.",
                ),
                Msg(
                    "Rett en av dem, eller utelat --birth-date.",
                    "Correct one of them, or leave out --birth-date.",
                ),
                field="birth_date",
            )
        if number.birth_date is None and birth is None:
            raise InvalidInput(
                Msg(
                    "Fødselsnummeret viser ikke hvilket århundre personen er født i.",
                    "The fødselsnummer does not show the century of birth.",
                ),
                Msg(
                    "Gi fødselsdatoen med --birth-date ÅÅÅÅ-MM-DD.",
                    "Give the birth date with --birth-date YYYY-MM-DD.",
                ),
                field="birth_date",
            )
        birth = birth or number.birth_date
    if birth is not None:
        not_after_today(birth, today, "--birth-date")
    expected = data.expected_birth_date
    if expected is not None:
        if kind != "barnekoordinator":
            raise InvalidInput(
                Msg(
                    "--expected-birth-date gjelder bare barnekoordinator.",
                    "--expected-birth-date applies to barnekoordinator only.",
                ),
                Msg(
                    "Bruk --kind barnekoordinator for et ventet barn.",
                    "Use --kind barnekoordinator for an expected child.",
                ),
                field="expected_birth_date",
            )
        latest = add_months(received, EXPECTED_BIRTH_MONTHS)
        if typed_now and expected > latest:  # a typed year too far (2029 for 2027)
            raise InvalidInput(
                Msg(
                    f"--expected-birth-date {expected.isoformat()} er mer enn "
                    f"{EXPECTED_BIRTH_MONTHS} måneder etter henvendelsen "
                    f"({received.isoformat()}).",
                    f"--expected-birth-date {expected.isoformat()} is more than "
                    f"{EXPECTED_BIRTH_MONTHS} months after the inquiry ({received.isoformat()}).",
                ),
                Msg(
                    f"Et svangerskap varer kortere: gi en dato til og med {latest.isoformat()}.",
                    f"A pregnancy is shorter: give a date up to {latest.isoformat()}.",
                ),
                field="expected_birth_date",
            )
        if birth is not None or fnr is not None:
            raise InvalidInput(
                Msg(
                    "Et barn som er født har ikke en ventet fødselsdato.",
                    "A child who is born has no expected birth date.",
                ),
                Msg(
                    "Gi enten --expected-birth-date, eller --fnr/--birth-date.",
                    "Give either --expected-birth-date or --fnr/--birth-date.",
                ),
                field="expected_birth_date",
            )
    guardians = [" ".join(g.split()) for g in data.guardians if g.strip()]
    if any(";" in g for g in guardians):
        raise InvalidInput(
            Msg(
                "Et navn på en foresatt kan ikke inneholde «;».",
                "A guardian's name cannot contain ';'.",
            ),
            Msg(
                "Gi hver foresatt med sin egen --guardian.",
                "Give each guardian with a --guardian of their own.",
            ),
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
            Msg(
                "--from registrerer en henvendelse om koordinator.",
                "--from registers an inquiry about a koordinator.",
            ),
            Msg("Bruk --kind koordinator (eller utelat --kind).", "Use --kind koordinator."),
            field="kind",
        )
    if source_kind != "barnekoordinator":
        raise RuleViolation(
            Msg(
                f"Saken {source_id} gjelder {source_kind}, ikke barnekoordinator.",
                f"Case {source_id} is about {source_kind}, not barnekoordinator.",
            ),
            Msg(
                "--from følger opp en barnekoordinator-sak med avslag eller som er avsluttet.",
                "--from follows up a barnekoordinator case that was refused or has ended.",
            ),
        )
    ended = source_status == "closed" or (
        birth_date is not None and eighteenth_birthday(birth_date) <= today
    )
    if source_outcome != "avslag" and not ended:
        raise RuleViolation(
            Msg(
                f"Barnekoordinator-saken {source_id} har verken fått avslag eller er avsluttet.",
                f"The barnekoordinator case {source_id} is neither refused nor ended.",
            ),
            Msg(
                f"Avslutt den først (kecli case close {source_id}), eller registrer en ny sak "
                "uten --from.",
                f"Close it first (kecli case close {source_id}), or register a new case "
                "without --from.",
            ),
        )


def not_before_received(on: dt.date, received_on: dt.date, option: str) -> None:
    """Nothing happens to a case before the inquiry came (fvl § 11 a counts from it)."""
    not_before(
        on,
        received_on,
        option,
        Msg("henvendelsen kom", "the inquiry was received"),
        Msg(
            "Gi en dato fra mottaksdatoen og fram til i dag.",
            "Give a date from the received date up to today.",
        ),
    )


def check_not_voided(case_id: str, status: str) -> None:
    """A voided case (registered by mistake) takes no steps until it is unvoided."""
    if status == VOIDED:
        raise RuleViolation(
            Msg(
                f"Saken {case_id} er annullert (registrert ved en feil).",
                f"Case {case_id} is voided (registered by mistake).",
            ),
            Msg(
                f"Gjør annulleringen om først: kecli case unvoid {case_id} --reason …",
                f"Undo the voiding first: kecli case unvoid {case_id} --reason …",
            ),
        )


def check_voidable(case_id: str, status: str, *, decided: bool) -> None:
    """Only a case registered by mistake is voided: one with no decision, ever (a decided
    case is part of the record and is closed instead)."""
    if status == VOIDED:
        raise RuleViolation(
            Msg(f"Saken {case_id} er allerede annullert.", f"Case {case_id} is already voided."),
            Msg(
                f"Se den med: kecli case show {case_id}",
                f"See it with: kecli case show {case_id}",
            ),
        )
    if decided:
        raise RuleViolation(
            Msg(
                f"Saken {case_id} har en avgjørelse og kan ikke annulleres.",
                f"Case {case_id} has a decision and cannot be voided.",
            ),
            Msg(
                f"Avslutt den i stedet: kecli case close {case_id} --reason …",
                f"Close it instead: kecli case close {case_id} --reason …",
            ),
        )


def check_unvoidable(case_id: str, status: str) -> None:
    """Only a voided case is unvoided."""
    if status != VOIDED:
        raise RuleViolation(
            Msg(f"Saken {case_id} er ikke annullert.", f"Case {case_id} is not voided."),
            Msg(
                f"Se saken med: kecli case show {case_id}",
                f"See the case with: kecli case show {case_id}",
            ),
        )


def check_closable(case_id: str, status: str) -> None:
    """A closed case is not closed again (DOMAIN § 3 step 5)."""
    check_not_voided(case_id, status)
    if status == "closed":
        raise RuleViolation(
            Msg(f"Saken {case_id} er allerede avsluttet.", f"Case {case_id} is already closed."),
            Msg(
                f"Gjenåpne den med: kecli case reopen {case_id} --reason …",
                f"Reopen it with: kecli case reopen {case_id} --reason …",
            ),
        )


def check_closing_day(
    on: dt.date, *, received_on: dt.date, decided_on: dt.date | None, today: dt.date
) -> None:
    """A case closes by today, not before it was received nor before its current decision."""
    not_after_today(on, today, "--on")
    not_before_received(on, received_on, "--on")
    if decided_on is not None:
        not_before(
            on,
            decided_on,
            "--on",
            Msg("sakens avgjørelse", "the case's decision"),
            Msg(
                "En sak avsluttes samme dag som avgjørelsen eller senere.",
                "A case is closed on the day of its decision or later.",
            ),
        )


def check_reopenable(case_id: str, status: str) -> None:
    """Only a closed case is reopened."""
    if status != "closed":
        raise RuleViolation(
            Msg(f"Saken {case_id} er ikke avsluttet.", f"Case {case_id} is not closed."),
            Msg(
                f"Se saken med: kecli case show {case_id}",
                f"See the case with: kecli case show {case_id}",
            ),
        )


def check_replyable(case_id: str, status: str) -> None:
    """A foreløpig svar (fvl § 11 a) is for a case still waiting for its decision."""
    check_not_voided(case_id, status)
    if status == "closed":
        raise RuleViolation(
            Msg(f"Saken {case_id} er avsluttet.", f"Case {case_id} is closed."),
            Msg(
                f"Gjenåpne den først: kecli case reopen {case_id} --reason …",
                f"Reopen it first: kecli case reopen {case_id} --reason …",
            ),
        )
    if status != "received":
        raise RuleViolation(
            Msg(
                f"Saken {case_id} er allerede avgjort: et foreløpig svar er for en sak som venter.",
                f"Case {case_id} is already decided: a preliminary reply is for a case that waits.",
            ),
            Msg(
                f"Se saken med: kecli case show {case_id}",
                f"See the case with: kecli case show {case_id}",
            ),
        )


def check_reply_dates(
    on: dt.date, expect: dt.date, *, since: dt.date, reopened: bool, today: dt.date
) -> None:
    """A foreløpig svar (fvl § 11 a) is sent by today, once the inquiry came (or, after an
    ``opphevet``, once the decision was set aside), and promises a decision no earlier than
    the day it was sent."""
    not_after_today(on, today, "--on")
    not_before(
        on,
        since,
        "--on",
        Msg("avgjørelsen ble opphevet", "the decision was set aside")
        if reopened
        else Msg("henvendelsen kom", "the inquiry was received"),
        Msg(
            "Et foreløpig svar gjelder saken slik den venter nå.",
            "A preliminary reply is about the case as it waits now.",
        ),
    )
    not_before(
        expect,
        on,
        "--expect",
        Msg("det foreløpige svaret", "the preliminary reply"),
        Msg(
            "--expect er datoen svaret lover en avgjørelse innen.",
            "--expect is the date the reply promises a decision by.",
        ),
    )
