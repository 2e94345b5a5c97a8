"""Checks that many use cases share."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

from kecli.domain.cases import CHANNELS, KINDS, check_choice
from kecli.domain.dates import add_months
from kecli.domain.identity import birth_date_matches, parse_identity_number
from kecli.errors import Conflict, InvalidInput, Msg


def not_after_today(value: dt.date, today: dt.date, option: str) -> None:
    """A date that only the past can have (received, decided, filed …) must not be after today."""
    if value > today:
        raise InvalidInput(
            Msg(
                f"{option} {value.isoformat()} er etter i dag ({today.isoformat()}).",
                f"{option} {value.isoformat()} is after today ({today.isoformat()}).",
            ),
            Msg(
                f"Gi en dato til og med i dag for {option}.",
                f"Give {option} a date up to and including today.",
            ),
        )


def required_name(raw: str) -> str:
    """A person's name with its spaces tidied; InvalidInput (naming --name) when empty."""
    name = " ".join(raw.split())
    if not name:
        raise InvalidInput(
            Msg("Navnet kan ikke være tomt.", "The name cannot be empty."),
            Msg("Gi navnet med --name.", "Give the name with --name."),
        )
    return limited(name, "--name", NAME_MAX)


#: The longest name, unit and user the database keeps (PostgreSQL enforces the column's
#: length, SQLite does not: the same limit for both).
NAME_MAX = 200
USER_MAX = 100


def limited(text: str, option: str, most: int) -> str:
    """``text``, or InvalidInput (naming ``option``) when it is longer than ``most``."""
    if len(text) > most:
        raise InvalidInput(
            Msg(
                f"{option} er lengre enn {most} tegn ({len(text)}).",
                f"{option} is longer than {most} characters ({len(text)}).",
            )
        )
    return text


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
        )
    note = data.note.strip() if data.note and data.note.strip() else None
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
    )


def check_output_file(output: str, *, force: bool, option: str | None = "--output") -> None:
    """Refuse, before anything is written, an output file (``export --output``, ``case
    letter --output``, ``db backup PATH``: ``option`` None) that is a folder, something
    other than a plain file (a device, a pipe: never replaced) or in a folder that does
    not exist (exit 2), or an existing file without ``force`` (a conflict: exit 1)."""
    name_it = (
        Msg(f"Gi et filnavn med {option}.", f"Give a file name with {option}.")
        if option
        else Msg("Gi et filnavn, f.eks. kecli-kopi.db.", "Give a file name, e.g. kecli-copy.db.")
    )
    if os.path.isdir(output):
        raise InvalidInput(Msg(f"{output} er en mappe.", f"{output} is a directory."), name_it)
    if os.path.exists(output) and not os.path.isfile(output):
        raise InvalidInput(
            Msg(f"{output} er ikke en vanlig fil.", f"{output} is not a regular file."), name_it
        )
    if os.path.lexists(output) and not force:
        raise Conflict(
            Msg(f"{output} finnes allerede.", f"{output} already exists."),
            Msg(
                "Velg et annet navn, eller skriv over med --force.",
                "Choose another name, or overwrite with --force.",
            ),
        )
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise InvalidInput(
            Msg(f"Mappen {folder} finnes ikke.", f"The folder {folder} does not exist."),
            Msg(
                "Lag mappen først, eller velg en annen.",
                "Create the folder first, or pick another.",
            ),
        )


def reason_for_force(force: bool, reason: str | None, example: Msg) -> str:
    """The reason given for ``--force``, stripped: required with it (exit 2 otherwise)."""
    why = (reason or "").strip()
    if force and not why:
        raise InvalidInput(Msg("--force krever --reason.", "--force needs --reason."), example)
    return why
