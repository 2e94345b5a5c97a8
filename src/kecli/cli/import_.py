"""``kecli import …``."""

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from kecli.cli.output import emit, warn
from kecli.errors import redact
from kecli.i18n import t, tf

import_app = typer.Typer(no_args_is_help=True)  # its words: kecli.i18n.help

DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\\t": "\t", "\t": "\t"}


@contextmanager
def _progress_bar() -> Iterator[Callable[[str, int, int], None] | None]:
    """A Rich progress bar on stderr, only when stderr is a terminal."""
    try:
        terminal = sys.stderr.isatty()
    except (AttributeError, ValueError):
        terminal = False
    if not terminal:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

    from kecli.i18n import label
    from kecli.i18n.results import IMPORT_STAGES

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        tasks: dict[str, object] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(label(IMPORT_STAGES, stage), total=total or None)
            bar.update(tasks[stage], completed=done, total=total or None)  # type: ignore[arg-type]

        yield update


@import_app.command("cases")
def import_cases(
    path: Annotated[str, typer.Argument(metavar="PATH")],
    fmt: Annotated[
        str | None,
        typer.Option("--format", metavar="csv|jsonl"),
    ] = None,
    delimiter: Annotated[
        str | None,
        typer.Option(
            "--delimiter",
            metavar="','|';'|tab",
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run")] = False,
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    from kecli.cli.state import service_ctx
    from kecli.errors import InvalidInput
    from kecli.i18n import results as R
    from kecli.i18n.errors import cli as C
    from kecli.i18n.labels import ROW_WORD, ROWS_WORD
    from kecli.render.imports import import_summary
    from kecli.services.importing import BadRows
    from kecli.services.importing import import_cases as run_import

    separator = None
    if delimiter is not None:
        if delimiter not in DELIMITERS:
            raise InvalidInput(C.INVALID_DELIMITER, C.USE_DELIMITER_IMPORT, value=delimiter)
        separator = DELIMITERS[delimiter]
    try:
        with _progress_bar() as progress:
            result = run_import(
                service_ctx(),
                path,
                fmt=fmt,
                delimiter=separator,
                dry_run=dry_run,
                progress=progress,
            )
    except BadRows as error:
        for line, message in error.problems:
            print(tf(R.BAD_ROW, line=line, message=redact(t(message))), file=sys.stderr)
        rest = error.total - len(error.problems)
        if rest > 0:
            print(tf(R.MORE_BAD_ROWS, rest=rest), file=sys.stderr)
        raise
    if result.rows == 0:  # an export of nothing imports as nothing (exit 0)
        warn(tf(R.NO_ROWS, file=result.file))
    if result.deadlines_corrected:
        n, first = result.deadlines_corrected, result.first_corrected_line
        rows = t(ROW_WORD if n == 1 else ROWS_WORD)
        warn(tf(R.DEADLINES_CORRECTED, count=n, rows=rows, first=first))
    emit(result.view(), json_out, import_summary, then=None if dry_run else "kecli case list")
