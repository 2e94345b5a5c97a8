"""``kecli case edit``: correct or complete a case, from flags or, at a terminal with none
given, the guided edit."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt, choices, parse_date_option
from kecli.cli.output import emit
from kecli.cli.state import interactive, service_ctx
from kecli.errors import InvalidInput, Msg

app = typer.Typer()

CHANNELS = ("skjema", "brev", "telefon", "epost", "oppmote", "annet")
CONTACT_FIELDS = ("address", "postcode", "city", "phone", "email")

PairsOpt = list[str] | None


def _guardian_pairs(values: dict[str, PairsOpt]) -> list[tuple[str, str, str]]:
    """``--guardian-FIELD NAME=VALUE`` options as (name, field, value)."""
    found: list[tuple[str, str, str]] = []
    for key, given in values.items():
        option = f"--guardian-{key}"
        for value in given or []:
            name, sep, rest = value.partition("=")
            if not sep or not name.strip():
                raise InvalidInput(
                    Msg(
                        f"{option} må skrives NAVN=VERDI, ikke «{value}».",
                        f"{option} must be written NAME=VALUE, not '{value}'.",
                    ),
                    Msg(
                        f'Eksempel: {option} "Mor Nordmann=..."',
                        f'Example: {option} "Mor Nordmann=..."',
                    ),
                )
            found.append((name.strip(), key, rest))
    return found


def _guardian_option(key: str, what: str) -> object:
    return typer.Option(
        f"--guardian-{key}",
        metavar="NAME=TEXT",
        help=f"A guardian's {what} (repeatable; an empty TEXT clears it).",
    )


@app.command("edit")
def case_edit(
    case: CaseArg,
    name: Annotated[
        str | None, typer.Option("--name", metavar="TEXT", help="The person's full name.")
    ] = None,
    fnr: Annotated[
        str | None,
        typer.Option(
            "--fnr",
            metavar="FNR",
            help="Fødselsnummer or D-nummer (checked; its birth date replaces the one "
            "registered; an expected child is then born).",
        ),
    ] = None,
    birth_date: Annotated[
        str | None,
        typer.Option(
            "--birth-date",
            metavar="DATE",
            help="Birth date; for a child registered as expected, records the birth (the "
            "expected date stays in the history).",
        ),
    ] = None,
    received: Annotated[
        str | None,
        typer.Option("--received", metavar="DATE", help="When the inquiry came in."),
    ] = None,
    channel: Annotated[
        str | None,
        typer.Option(
            "--channel",
            metavar="|".join(CHANNELS),
            autocompletion=choices(CHANNELS),
            help="How the inquiry came in.",
        ),
    ] = None,
    add_guardian: Annotated[
        list[str] | None,
        typer.Option("--add-guardian", metavar="NAME", help="Add a guardian (repeatable)."),
    ] = None,
    remove_guardian: Annotated[
        list[str] | None,
        typer.Option(
            "--remove-guardian",
            metavar="NAME",
            help="Remove a guardian, and their contact details (repeatable).",
        ),
    ] = None,
    address: Annotated[
        str | None,
        typer.Option(
            "--address", metavar="TEXT", help="The person's street address (letters use it)."
        ),
    ] = None,
    postcode: Annotated[
        str | None, typer.Option("--postcode", metavar="TEXT", help="Postcode (four digits).")
    ] = None,
    city: Annotated[
        str | None, typer.Option("--city", metavar="TEXT", help="Postal town (poststed).")
    ] = None,
    phone: Annotated[
        str | None, typer.Option("--phone", metavar="TEXT", help="The person's phone number.")
    ] = None,
    email: Annotated[
        str | None, typer.Option("--email", metavar="TEXT", help="The person's e-mail address.")
    ] = None,
    guardian_address: Annotated[PairsOpt, _guardian_option("address", "street address")] = None,
    guardian_postcode: Annotated[PairsOpt, _guardian_option("postcode", "postcode")] = None,
    guardian_city: Annotated[PairsOpt, _guardian_option("city", "postal town")] = None,
    guardian_phone: Annotated[PairsOpt, _guardian_option("phone", "phone number")] = None,
    guardian_email: Annotated[PairsOpt, _guardian_option("email", "e-mail address")] = None,
    note: Annotated[
        str | None,
        typer.Option("--note", metavar="TEXT", help="Replace the case's note (empty: remove it)."),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Make a change that contradicts a recorded decision (with --reason)."
        ),
    ] = False,
    reason: Annotated[
        str | None,
        typer.Option("--reason", metavar="TEXT", help="Why (required with --force; logged)."),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Correct or complete a case: name, fødselsnummer, birth, received date, channel,
    guardians, contact details, note. / Rett eller fullfør en sak.

    Each change is logged with its old and new value. Without options, a terminal asks.

    Example: kecli case edit 2026-7 --birth-date 2026-11-02 --address "Storgata 1"
    --postcode 0150 --city Oslo
    """
    from kecli.domain.edits import CaseEdit, nothing_given
    from kecli.render.edits import edit_result
    from kecli.services.edits import edit_case

    contact = {
        key: value
        for key, value in zip(CONTACT_FIELDS, (address, postcode, city, phone, email), strict=True)
        if value is not None
    }
    edit = CaseEdit(
        name=name,
        fnr=fnr,
        birth_date=parse_date_option(birth_date, "--birth-date"),
        received_on=parse_date_option(received, "--received"),
        channel=channel,
        add_guardians=list(add_guardian or []),
        remove_guardians=list(remove_guardian or []),
        contact=contact,
        guardian_contacts=_guardian_pairs(
            {
                "address": guardian_address,
                "postcode": guardian_postcode,
                "city": guardian_city,
                "phone": guardian_phone,
                "email": guardian_email,
            }
        ),
        note=note,
    )
    if edit.is_empty():
        if not interactive():
            from kecli.services.lookup import normalize_case_id

            raise nothing_given(normalize_case_id(case))
        from kecli.cli.case.edit_walk import edit_walk
        from kecli.i18n import tt

        walked = edit_walk(case)
        if walked is None:
            print(
                tt("Avsluttet; ingenting ble lagret.", "Quit; nothing was saved."), file=sys.stderr
            )
            return
        edit, force, reason = walked
    result = edit_case(service_ctx(), case, edit, force=force, reason=reason)
    emit(
        result.case,
        json_out,
        lambda view: edit_result(view, result.changes),
        then=f"kecli case show {result.case['id']}",
    )
