"""The guided ``case new`` walk for people at a terminal: it asks for what the flags did not
give and returns the same input a flag run would have built, so the service checks both the
same way."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from kecli import env
from kecli.cli.prompts import ask_confirm, ask_select, ask_text
from kecli.errors import InvalidInput, Msg
from kecli.i18n import tt

if TYPE_CHECKING:
    from kecli.services.cases import NewCase

CHANNEL_TITLES = {
    "skjema": ("skjema (elektronisk eller papir)", "skjema (form)"),
    "brev": ("brev", "brev (letter)"),
    "telefon": ("telefon", "telefon (phone)"),
    "epost": ("e-post", "epost (e-mail)"),
    "oppmote": ("oppmøte", "oppmote (in person)"),
    "annet": ("annet", "annet (other)"),
}


def _date_or_empty(text: str) -> dt.date | None:
    from kecli.domain.dates import parse_date

    return parse_date(text, today=env.today()) if text.strip() else None


def _not_future(text: str) -> None:
    value = _date_or_empty(text)
    if value is not None and value > env.today():
        raise InvalidInput(
            Msg("Datoen kan ikke være etter i dag.", "The date cannot be after today.")
        )


def _required(text: str) -> None:
    if not text.strip():
        raise InvalidInput(Msg("Må fylles ut.", "Required."))


def new_case_walk(data: NewCase, given: dict[str, bool]) -> NewCase:
    """Ask for what the flags did not give; validate each answer as it is typed."""
    from kecli.cli.state import service_ctx
    from kecli.domain.identity import parse_identity_number
    from kecli.services.cases import check_new_case
    from kecli.services.config import current_settings

    allow_synthetic = current_settings(service_ctx()).allow_synthetic_ids
    optional = tt(" (Enter for å hoppe over)", " (Enter to skip)")

    if not given["name"]:
        data = replace(data, name=ask_text(tt("Navn:", "Name:"), check=_required))
    if not given["kind"]:
        data = replace(
            data,
            kind=ask_select(
                tt("Hva gjelder henvendelsen?", "What is asked for?"),
                [
                    ("koordinator", tt("koordinator (pbrl § 2-5 b)", "koordinator (pbrl § 2-5 b)")),
                    (
                        "barnekoordinator",
                        tt("barnekoordinator (pbrl § 2-5 c)", "barnekoordinator (pbrl § 2-5 c)"),
                    ),
                ],
                default="koordinator",
            ),
        )
    is_child_case = data.kind == "barnekoordinator"
    if not given["fnr"] and not given["birth_date"] and not given["expected_birth_date"]:

        def check_fnr(text: str) -> None:
            if text.strip():
                parse_identity_number(text, allow_synthetic=allow_synthetic)

        fnr = ask_text(
            tt("Fødselsnummer eller D-nummer:", "Fødselsnummer or D-nummer:") + optional,
            check=check_fnr,
        )
        data = replace(data, fnr=fnr or None)
        number = parse_identity_number(fnr, allow_synthetic=allow_synthetic) if fnr else None
        if number is None or number.birth_date is None:
            if (
                number is None
                and is_child_case
                and ask_confirm(
                    tt("Er barnet ennå ikke født?", "Is the child not born yet?"), default=False
                )
            ):
                text = ask_text(
                    tt("Termindato:", "Expected birth date:"),
                    check=lambda s: (_required(s), _date_or_empty(s)),
                )
                data = replace(data, expected_birth_date=_date_or_empty(text))
            else:
                text = ask_text(
                    tt("Fødselsdato:", "Birth date:") + ("" if number else optional),
                    check=lambda s: _not_future(s) if s.strip() or number is None else _required(s),
                )
                data = replace(data, birth_date=_date_or_empty(text))
    if not given["received"]:
        text = ask_text(
            tt("Mottatt dato:", "Received on:"),
            default=env.today().isoformat(),
            check=lambda s: (_required(s), _not_future(s)),
        )
        data = replace(data, received_on=_date_or_empty(text))
    if not given["channel"]:
        data = replace(
            data,
            channel=ask_select(
                tt("Hvordan kom henvendelsen?", "How did the inquiry come in?"),
                [(value, tt(nb, en)) for value, (nb, en) in CHANNEL_TITLES.items()],
                default="skjema",
            ),
        )
    if not given["guardian"] and (is_child_case or _is_child(data)):
        guardians: list[str] = []
        while True:
            name = ask_text(
                tt(f"Foresatt {len(guardians) + 1}:", f"Guardian {len(guardians) + 1}:")
                + tt(" (Enter når ferdig)", " (Enter when done)")
            )
            if not name:
                break
            guardians.append(name)
        data = replace(data, guardians=guardians)
    if not given["note"]:
        note = ask_text(tt("Merknad:", "Note:") + optional)
        data = replace(data, note=note or None)
    clean = check_new_case(data, today=env.today(), allow_synthetic=allow_synthetic)
    if not ask_confirm(
        tt(
            f"Registrere sak om {clean.kind} for {clean.name}?",
            f"Register a {clean.kind} case for {clean.name}?",
        ),
        default=True,
    ):
        raise KeyboardInterrupt
    return clean


def _is_child(data: NewCase) -> bool:
    birth = data.birth_date
    if birth is None and data.fnr:
        try:
            from kecli.domain.identity import parse_identity_number

            birth = parse_identity_number(data.fnr, allow_synthetic=True).birth_date
        except InvalidInput:
            return False
    if birth is None:
        return False
    from kecli.domain.dates import age_on

    return age_on(birth, env.today()) < 18
