"""``kecli export …``."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from kecli.cli.options import (
    CoordinatorFilterOpt,
    KindFilterOpt,
    StatusFilterOpt,
    choices,
    parse_date_option,
)
from kecli.errors import InvalidInput, Msg
from kecli.i18n import tt

export_app = typer.Typer(no_args_is_help=True)  # its help: GROUPS in cli/app.py

FORMATS = ("csv", "json", "jsonl", "xlsx")
DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\\t": "\t", "\t": "\t"}


def _format(fmt: str | None, output: str | None) -> str:
    """--format, else the output file's suffix, else csv."""
    if fmt is None:
        suffix = os.path.splitext(output or "")[1].lower().lstrip(".")
        return suffix if suffix in FORMATS else "csv"
    chosen = fmt.strip().lower()
    if chosen not in FORMATS:
        raise InvalidInput(
            Msg(f"Ugyldig verdi for --format: «{fmt}».", f"Invalid value for --format: '{fmt}'."),
            Msg(f"Gyldige verdier: {'|'.join(FORMATS)}", f"Valid values: {'|'.join(FORMATS)}"),
        )
    return chosen


def _delimiter(value: str | None, fmt: str) -> str:
    if value is None:
        return ","
    if fmt != "csv":
        raise InvalidInput(
            Msg(
                "--delimiter gjelder bare --format csv.",
                "--delimiter applies to --format csv only.",
            )
        )
    if value not in DELIMITERS:
        raise InvalidInput(
            Msg(f"Ugyldig skilletegn: «{value}».", f"Invalid delimiter: '{value}'."),
            Msg(
                "Bruk ',' (standard), ';' (Excel med norske innstillinger) eller tab.",
                "Use ',' (the default), ';' (Excel set up for Norway) or tab.",
            ),
        )
    return DELIMITERS[value]


def _check_output(output: str | None, fmt: str, force: bool) -> None:
    if output is None:
        if fmt == "xlsx":
            raise InvalidInput(
                Msg("--format xlsx krever --output FIL.", "--format xlsx needs --output FILE."),
                Msg("Eksempel: --output saker.xlsx", "Example: --output cases.xlsx"),
            )
        return
    from kecli.services.checks import check_output_file

    check_output_file(output, force=force)


@export_app.command("cases")
def export_cases(
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            metavar="|".join(FORMATS),
            autocompletion=choices(FORMATS),
            help="Output format (default: from --output's suffix, else csv).",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write to a new file, private to you (default, or -, stdout; xlsx needs a file).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the --output file if it exists.")
    ] = False,
    include_fnr: Annotated[
        bool,
        typer.Option(
            "--include-fnr",
            help="Full fødselsnummer instead of DDMMYY***** (logged; needed to import again).",
        ),
    ] = False,
    delimiter: Annotated[
        str | None,
        typer.Option(
            "--delimiter",
            metavar="','|';'|tab",
            help="CSV field separator (default ','; ';' for Excel set up for Norway).",
        ),
    ] = None,
    status: StatusFilterOpt = None,
    kind: KindFilterOpt = None,
    coordinator: CoordinatorFilterOpt = None,
    received_from: Annotated[
        str | None,
        typer.Option("--received-from", metavar="DATE", help="Only cases received on or after."),
    ] = None,
    received_to: Annotated[
        str | None,
        typer.Option("--received-to", metavar="DATE", help="Only cases received on or before."),
    ] = None,
) -> None:
    """Export cases, one flat row each; fnr masked unless --include-fnr. / Eksporter saker."""
    from kecli.cli.state import service_ctx
    from kecli.render.writers import open_writer
    from kecli.services.exports import ExportFilters
    from kecli.services.exports import export_cases as run_export

    if output == "-":  # the usual name for standard output
        output = None
    chosen = _format(fmt, output)
    separator = _delimiter(delimiter, chosen)
    filters = ExportFilters(
        statuses=tuple(status or ()),
        kinds=tuple(kind or ()),
        coordinator=coordinator,
        received_from=parse_date_option(received_from, "--received-from"),
        received_to=parse_date_option(received_to, "--received-to"),
    )
    _check_output(output, chosen, force)
    opened = []

    def writer():  # type: ignore[no-untyped-def]
        opened.append(open_writer(chosen, output, force=force, delimiter=separator))
        return opened[-1]

    try:
        rows = run_export(
            service_ctx(),
            filters,
            fmt=chosen,
            include_fnr=include_fnr,
            output=output,
            open_writer=writer,
        )
    except BrokenPipeError:
        raise  # the reader went away (| head): the app exits quietly
    except OSError as exc:  # disk full, file system gone: the half-written file was removed
        from kecli.errors import KecliError

        reason = exc.strerror or str(exc) or type(exc).__name__
        raise KecliError(
            Msg(
                f"Eksporten kunne ikke skrives: {reason}.",
                f"The export could not be written: {reason}.",
            )
        ) from None
    cleaned = getattr(opened[-1], "cleaned", 0) if opened else 0
    if cleaned:
        from kecli.cli.output import warn

        warn(
            tt(
                f"{cleaned} celler hadde kontrolltegn som XLSX ikke kan lagre; de ble utelatt "
                "(bruk csv eller jsonl for å beholde dem).",
                f"{cleaned} cells held control characters XLSX cannot store; they were left "
                "out (use csv or jsonl to keep them).",
            )
        )
    if output is not None:
        print(
            tt(
                f"Eksporterte {rows} saker til {output}.",
                f"Exported {rows} {'case' if rows == 1 else 'cases'} to {output}.",
            ),
            file=sys.stderr,
        )
