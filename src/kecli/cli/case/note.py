"""``kecli case note add|list``: the case journal (journalnotat)."""

from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt, choices, missing, parse_date_option
from kecli.cli.output import emit
from kecli.cli.state import interactive, service_ctx

app = typer.Typer()
note_app = typer.Typer(no_args_is_help=True)  # its words: kecli.i18n.help
app.add_typer(note_app, name="note")

NOTE_KINDS = ("telefon", "mote", "epost", "brev", "annet")


@note_app.command("add")
def case_note_add(
    case: CaseArg,
    text: Annotated[str | None, typer.Argument(metavar="TEXT")] = None,
    kind: Annotated[
        str,
        typer.Option("--kind", metavar="|".join(NOTE_KINDS), autocompletion=choices(NOTE_KINDS)),
    ] = "annet",
    on: Annotated[str | None, typer.Option("--on", metavar="DATE")] = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.cases import note_summary
    from kecli.services.journal import add_note

    day = parse_date_option(on, "--on")
    if text is None:
        if not interactive():
            raise missing("TEXT")
        from kecli.cli.prompts import ask_text
        from kecli.i18n import t
        from kecli.i18n.prompts import NOTE_TEXT

        text = ask_text(t(NOTE_TEXT))
    note = add_note(service_ctx(), case, text=text, kind=kind, on=day)
    from kecli.cli.typed_text import warn_numbers_in

    warn_numbers_in(journal=text)
    emit(note, json_out, note_summary, then=f"kecli case note list {note['case_id']}")


@note_app.command("list")
def case_note_list(case: CaseArg, json_out: JsonOpt = False) -> None:
    from kecli.render.cases import notes_table
    from kecli.services.journal import list_notes

    emit(list_notes(service_ctx(), case), json_out, notes_table)
