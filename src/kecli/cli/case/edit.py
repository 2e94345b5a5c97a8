"""``kecli case edit``: correct or complete a case, from flags or, at a terminal with none
given, the guided edit."""

import sys
from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt, choices, parse_date_option
from kecli.cli.output import emit
from kecli.cli.state import interactive, service_ctx
from kecli.errors import InvalidInput
from kecli.i18n.errors import cli as C

app = typer.Typer()

CHANNELS = ("skjema", "brev", "telefon", "epost", "oppmote", "annet")
CONTACT_FIELDS = ("address", "postcode", "city", "phone", "email")

PairsOpt = list[str] | None


def _guardian_pairs(values: dict[str, PairsOpt]) -> list[tuple[str, str, str]]:
    """``--guardian-FIELD NAME=VALUE`` options as (name, field, value)."""
    found: list[tuple[str, str, str]] = []
    for key, given in values.items():
        field = f"guardian_{key}"
        for value in given or []:
            name, sep, rest = value.partition("=")
            if not sep or not name.strip():
                raise InvalidInput(
                    C.NAME_VALUE_MALFORMED, C.NAME_VALUE_EXAMPLE, field=field, value=value
                )
            found.append((name.strip(), key, rest))
    return found


def _guardian_option(key: str) -> object:
    return typer.Option(f"--guardian-{key}", metavar="NAME=TEXT")


TextOpt = str | None


@app.command("edit")
def case_edit(
    case: CaseArg,
    name: Annotated[TextOpt, typer.Option("--name", metavar="TEXT")] = None,
    fnr: Annotated[TextOpt, typer.Option("--fnr", metavar="FNR")] = None,
    birth_date: Annotated[TextOpt, typer.Option("--birth-date", metavar="DATE")] = None,
    received: Annotated[TextOpt, typer.Option("--received", metavar="DATE")] = None,
    channel: Annotated[
        TextOpt,
        typer.Option("--channel", metavar="|".join(CHANNELS), autocompletion=choices(CHANNELS)),
    ] = None,
    add_guardian: Annotated[PairsOpt, typer.Option("--add-guardian", metavar="NAME")] = None,
    remove_guardian: Annotated[PairsOpt, typer.Option("--remove-guardian", metavar="NAME")] = None,
    address: Annotated[TextOpt, typer.Option("--address", metavar="TEXT")] = None,
    postcode: Annotated[TextOpt, typer.Option("--postcode", metavar="TEXT")] = None,
    city: Annotated[TextOpt, typer.Option("--city", metavar="TEXT")] = None,
    phone: Annotated[TextOpt, typer.Option("--phone", metavar="TEXT")] = None,
    email: Annotated[TextOpt, typer.Option("--email", metavar="TEXT")] = None,
    guardian_address: Annotated[PairsOpt, _guardian_option("address")] = None,
    guardian_postcode: Annotated[PairsOpt, _guardian_option("postcode")] = None,
    guardian_city: Annotated[PairsOpt, _guardian_option("city")] = None,
    guardian_phone: Annotated[PairsOpt, _guardian_option("phone")] = None,
    guardian_email: Annotated[PairsOpt, _guardian_option("email")] = None,
    note: Annotated[TextOpt, typer.Option("--note", metavar="TEXT")] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    reason: Annotated[TextOpt, typer.Option("--reason", metavar="TEXT")] = None,
    json_out: JsonOpt = False,
) -> None:
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
        from kecli.i18n import results, t

        walked = edit_walk(case)
        if walked is None:
            print(t(results.EDIT_QUIT), file=sys.stderr)
            return
        edit, force, reason = walked
    result = edit_case(service_ctx(), case, edit, force=force, reason=reason)
    from kecli.cli.typed_text import warn_numbers_in

    warn_numbers_in(
        name=edit.name,
        guardians=edit.add_guardians,
        contact=[*edit.contact.values(), *(value for _, _, value in edit.guardian_contacts)],
        note=edit.note,
        reason=reason,
    )
    emit(
        result.case,
        json_out,
        lambda view: edit_result(view, result.changes),
        then=f"kecli case show {result.case['id']}",
    )
