"""``kecli export …``."""

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
    stdout_dash,
)
from kecli.errors import InvalidInput
from kecli.i18n import t, tf
from kecli.i18n.errors import cli as C

export_app = typer.Typer(no_args_is_help=True)  # its words: kecli.i18n.help

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
            C.INVALID_OPTION_VALUE,
            C.VALID_VALUES,
            field="format",
            value=fmt,
            choices="|".join(FORMATS),
        )
    return chosen


def _delimiter(value: str | None, fmt: str) -> str:
    if value is None:
        return ","
    if fmt != "csv":
        raise InvalidInput(C.DELIMITER_ONLY_CSV, field="delimiter")
    if value not in DELIMITERS:
        raise InvalidInput(C.INVALID_DELIMITER, C.USE_DELIMITER_EXPORT, value=value)
    return DELIMITERS[value]


def _check_output(output: str | None, fmt: str, force: bool) -> None:
    if output is None:
        if fmt == "xlsx":
            raise InvalidInput(C.XLSX_NEEDS_OUTPUT, C.XLSX_OUTPUT_EXAMPLE)
        return
    from kecli.files import check_target

    check_target(output, force=force)


@export_app.command("cases")
def export_cases(
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            metavar="|".join(FORMATS),
            autocompletion=choices(FORMATS),
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            callback=stdout_dash,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    include_fnr: Annotated[
        bool,
        typer.Option(
            "--include-fnr",
        ),
    ] = False,
    delimiter: Annotated[
        str | None,
        typer.Option(
            "--delimiter",
            metavar="','|';'|tab",
        ),
    ] = None,
    status: StatusFilterOpt = None,
    kind: KindFilterOpt = None,
    coordinator: CoordinatorFilterOpt = None,
    received_from: Annotated[
        str | None,
        typer.Option("--received-from", metavar="DATE"),
    ] = None,
    received_to: Annotated[
        str | None,
        typer.Option("--received-to", metavar="DATE"),
    ] = None,
) -> None:
    from kecli.cli.state import service_ctx
    from kecli.render.writers import open_writer
    from kecli.services.exports import ExportFilters
    from kecli.services.exports import export_cases as run_export

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
        from kecli.files import write_hint

        reason = exc.strerror or str(exc) or type(exc).__name__
        raise KecliError(C.EXPORT_NOT_WRITTEN, write_hint(exc), reason=reason) from None
    cleaned = getattr(opened[-1], "cleaned", 0) if opened else 0
    if cleaned:
        from kecli.cli.output import warn
        from kecli.i18n.results import CONTROL_CHARACTERS_LEFT_OUT

        warn(tf(CONTROL_CHARACTERS_LEFT_OUT, cells=cleaned))
    if output is not None:
        from kecli.i18n.labels import CASE_WORD, CASES_WORD
        from kecli.i18n.results import EXPORTED

        cases = t(CASE_WORD if rows == 1 else CASES_WORD)
        print(tf(EXPORTED, rows=rows, cases=cases, output=output), file=sys.stderr)
