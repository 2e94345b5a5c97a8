"""``kecli case note add|list``: the case journal (journalnotat)."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt, choices, missing, parse_date_option
from kecli.cli.output import emit
from kecli.cli.state import interactive, service_ctx

app = typer.Typer()
note_app = typer.Typer(no_args_is_help=True)
app.add_typer(
    note_app,
    name="note",
    help="The case journal: add and list notes. / Saksjournalen: skriv og les notater.",
)

NOTE_KINDS = ("telefon", "mote", "epost", "brev", "annet")


@note_app.command("add")
def case_note_add(
    case: CaseArg,
    text: Annotated[
        str | None,
        typer.Argument(metavar="TEXT", help="The note (asked for in a terminal when left out)."),
    ] = None,
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            metavar="|".join(NOTE_KINDS),
            autocompletion=choices(NOTE_KINDS),
            help="What it was: a call, a meeting, an e-mail, a letter, or other (default annet).",
        ),
    ] = "annet",
    on: Annotated[
        str | None,
        typer.Option("--on", metavar="DATE", help="The day it is about (default today)."),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Write a note in the case's journal (never exported).
    / Skriv et notat i saksjournalen."""
    from kecli.render.cases import note_summary
    from kecli.services.journal import add_note

    day = parse_date_option(on, "--on")
    if text is None:
        if not interactive():
            raise missing("TEXT")
        from kecli.cli.prompts import ask_text
        from kecli.i18n import tt

        text = ask_text(tt("Notat:", "Note:"))
    note = add_note(service_ctx(), case, text=text, kind=kind, on=day)
    emit(note, json_out, note_summary, then=f"kecli case note list {note['case_id']}")


@note_app.command("list")
def case_note_list(case: CaseArg, json_out: JsonOpt = False) -> None:
    """The case's journal, newest first. / Saksjournalen, nyeste først."""
    from kecli.render.cases import notes_table
    from kecli.services.journal import list_notes

    emit(list_notes(service_ctx(), case), json_out, notes_table)
