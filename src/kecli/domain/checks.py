"""Checks of what a caseworker gives, shared by every use case: dates in their order, names,
lengths, reasons.

Each raises InvalidInput naming the option (``--on``) as the message has always said it;
the error's ``field`` names the value (``on``, ``received_on``) for a caller that shows it
under its own name.
"""

from __future__ import annotations

import datetime as dt
import re

from kecli.errors import InvalidInput, Msg

#: The options whose value has another name (the column an export or import file has).
_FIELDS = {"--received": "received_on"}

#: The longest name, unit and user the database keeps (PostgreSQL enforces the column's
#: length, SQLite does not: the same limit for both).
NAME_MAX = 200
USER_MAX = 100

#: The largest whole number both databases keep (PostgreSQL's integer; SQLite's reach
#: 2⁶³ − 1): a count, a limit or a number beyond it is refused, never sent to the driver.
INT_MAX = 2**31 - 1


def at_most(value: int, option: str, most: int = INT_MAX) -> None:
    """A number an option gives is no larger than the database keeps (exit 2)."""
    if value > most:
        raise InvalidInput(
            Msg(f"{option} kan være høyst {most}.", f"{option} can be at most {most}."),
            field=field_of(option),
        )


#: What no text value may hold: NUL (PostgreSQL refuses it in text, SQLite would keep it
#: and cut it short elsewhere) and lone surrogates (bytes that were not UTF-8, as Python
#: hands them over: no database can store them).
_BAD_TEXT = re.compile("[\x00\ud800-\udfff]")


def bad_text(text: str, option: str) -> None:
    """InvalidInput (exit 2, naming ``option``: an option, an argument or a file's line)
    when ``text`` is not valid UTF-8 or holds a NUL byte."""
    found = _BAD_TEXT.search(text)
    if found is None:
        return
    if found.group() == "\x00":
        raise InvalidInput(
            Msg(f"{option} inneholder en NUL-byte (\\x00).", f"{option} holds a NUL byte (\\x00)."),
            Msg("Fjern NUL-tegnet fra verdien.", "Remove the NUL character from the value."),
            field=field_of(option),
        )
    raise InvalidInput(
        Msg(f"{option} er ikke gyldig UTF-8.", f"{option} is not valid UTF-8."),
        Msg(
            "Gi verdien som UTF-8 (sjekk tegnsettet til terminalen eller filen, f.eks. "
            "LANG=nb_NO.UTF-8).",
            "Give the value as UTF-8 (check the encoding of the terminal or the file, e.g. "
            "LANG=nb_NO.UTF-8).",
        ),
        field=field_of(option),
    )


def field_of(option: str) -> str:
    """The value an option gives: ``--decided-on`` → ``decided_on``, ``--received`` →
    ``received_on``."""
    return _FIELDS.get(option) or option.lstrip("-").replace("-", "_")


def not_after_today(
    value: dt.date,
    today: dt.date,
    option: str,
    hint: Msg | None = None,
    *,
    field: str | None = None,
) -> None:
    """A date that only the past can have (received, decided, filed, sent …) is not after
    today. ``option``: what the message names, an option (``--on``) or a plan document's
    path (``consent.on:``); ``hint``: why, where the use case says it its own way."""
    if value > today:
        raise InvalidInput(
            Msg(
                f"{option} {value.isoformat()} er etter i dag ({today.isoformat()}).",
                f"{option} {value.isoformat()} is after today ({today.isoformat()}).",
            ),
            hint
            or Msg(
                f"Gi en dato til og med i dag for {option}.",
                f"Give {option} a date up to and including today.",
            ),
            field=field or field_of(option),
        )


def not_before(
    value: dt.date,
    limit: dt.date,
    option: str,
    what: Msg,
    hint: Msg | None = None,
    *,
    shown: Msg | None = None,
    field: str | None = None,
) -> None:
    """A date is not before the one that must come first (``what`` names it: "avgjørelsen" /
    "the decision"); ``shown`` instead of ``limit`` where the message says more than the day."""
    if value < limit:
        nb, en = shown or (limit.isoformat(), limit.isoformat())
        raise InvalidInput(
            Msg(
                f"{option} {value.isoformat()} er før {what.nb} ({nb}).",
                f"{option} {value.isoformat()} is before {what.en} ({en}).",
            ),
            hint,
            field=field or field_of(option),
        )


def limited(text: str, option: str, most: int) -> str:
    """``text``, or InvalidInput (naming ``option``) when it is longer than ``most``."""
    if len(text) > most:
        raise InvalidInput(
            Msg(
                f"{option} er lengre enn {most} tegn ({len(text)}).",
                f"{option} is longer than {most} characters ({len(text)}).",
            ),
            field=field_of(option),
        )
    return text


def required_name(raw: str) -> str:
    """A person's name with its spaces tidied; InvalidInput (naming --name) when empty."""
    name = " ".join(raw.split())
    if not name:
        raise InvalidInput(
            Msg("Navnet kan ikke være tomt.", "The name cannot be empty."),
            Msg("Gi navnet med --name.", "Give the name with --name."),
            field="name",
        )
    return limited(name, "--name", NAME_MAX)


def handler_name(raw: str, option: str = "--handler") -> str:
    """A caseworker's name as a case's handler, its spaces tidied: any name (users come and
    go), but not an empty one (InvalidInput naming ``option``)."""
    name = " ".join(raw.split())
    if not name:
        raise InvalidInput(
            Msg(f"{option} kan ikke være tomt.", f"{option} cannot be empty."),
            Msg(
                f"Gi saksbehandlerens brukernavn med {option}.",
                f"Give the caseworker's user name with {option}.",
            ),
            field="handler",
        )
    return limited(name, option, USER_MAX)


def required_reason(reason: str | None) -> str:
    """A reason the record keeps (closing, reopening), stripped; InvalidInput when empty."""
    text = (reason or "").strip()
    if not text:
        raise InvalidInput(
            Msg("En begrunnelse må gis.", "A reason must be given."),
            Msg("Gi den med --reason.", "Give it with --reason."),
            field="reason",
        )
    return text


def reason_for_force(force: bool, reason: str | None, example: Msg) -> str:
    """The reason given for ``--force``, stripped: required with it (exit 2 otherwise)."""
    why = (reason or "").strip()
    if force and not why:
        raise InvalidInput(
            Msg("--force krever --reason.", "--force needs --reason."), example, field="reason"
        )
    return why


def check_period(first: dt.date | None, last: dt.date | None) -> None:
    """A period of received dates (``--from``/``--to``, both ends included) that is not empty."""
    if first is not None and last is not None and last < first:
        raise InvalidInput(
            Msg(
                f"--to {last.isoformat()} er før --from {first.isoformat()}.",
                f"--to {last.isoformat()} is before --from {first.isoformat()}.",
            ),
            Msg("Bytt om datoene.", "Swap the dates."),
            field="received_to",
        )
