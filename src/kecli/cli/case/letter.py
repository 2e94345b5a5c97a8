"""``kecli case letter``: the decision letter in Markdown, to stdout or a private file."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import CaseArg
from kecli.cli.state import service_ctx
from kecli.i18n import tf

app = typer.Typer()


@app.command("letter")
def case_letter(
    case: CaseArg,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE"),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="nb|en",
        ),
    ] = None,
) -> None:
    import os
    import sys

    from kecli.cli.output import document_language, open_private_output, warn
    from kecli.i18n.letters import PLACEHOLDER
    from kecli.i18n.results import LETTER_WRITTEN, PLACEHOLDER_SHOWN
    from kecli.render.letters import decision_letter, to_markdown
    from kecli.services.checks import check_output_file
    from kecli.services.notices import letter_data

    chosen = document_language(lang)
    fd: int | None = None
    if output:
        # The file is opened before the letter is made and logged: a path that cannot be
        # written is a clear error with nothing in the log (a letter is overwritten).
        check_output_file(output, force=True)
        fd, created = open_private_output(output)
    try:
        data = letter_data(service_ctx(), case)
    except BaseException:
        if fd is not None:
            os.close(fd)
            if created:
                os.unlink(output)  # type: ignore[arg-type]
        raise
    letter = decision_letter(data, chosen)
    text = to_markdown(letter)
    for key in letter.placeholders:
        shown = PLACEHOLDER[key].pick(chosen, False)
        warn(tf(PLACEHOLDER_SHOWN, key=key, shown=shown))
    if fd is not None:
        os.ftruncate(fd, 0)  # only now: a failed letter leaves an older file as it was
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        print(tf(LETTER_WRITTEN, output=output), file=sys.stderr)
    else:
        print(text, end="")
