"""``kecli case letter``: the decision letter in Markdown, to stdout or a private file."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import CaseArg
from kecli.cli.state import service_ctx
from kecli.i18n import tt

app = typer.Typer()


@app.command("letter")
def case_letter(
    case: CaseArg,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write the letter to FILE (default stdout)."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the --output file if it exists.")
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="nb|en",
            help="Language of the letter (default nb; KECLI_LANG=en gives English).",
        ),
    ] = None,
) -> None:
    """The decision letter in Markdown. / Vedtaksbrevet i Markdown."""
    import sys

    from kecli.cli.output import document_language, warn
    from kecli.files import PrivateFile, check_target
    from kecli.i18n.letters import PLACEHOLDER
    from kecli.render.letters import decision_letter, to_markdown
    from kecli.services.notices import letter_data

    chosen = document_language(lang)
    target: PrivateFile | None = None
    if output:
        # The file is begun before the letter is made and logged: a path that cannot be
        # written is a clear error with nothing in the log. It appears whole, 0600, only
        # once the letter is written (an existing file only with --force).
        check_target(output, force=force)
        target = PrivateFile(output, force=force)
    try:
        data = letter_data(service_ctx(), case)
        letter = decision_letter(data, chosen)
        text = to_markdown(letter)
        if target is not None:
            target.stream.write(text.encode("utf-8"))
            target.publish()
    except BaseException:
        if target is not None:
            target.discard()
        raise
    for key in letter.placeholders:
        shown = PLACEHOLDER[key].pick(chosen, False)
        warn(
            tt(
                f"{key} er ikke satt; brevet viser {shown}",
                f"{key} is not set; the letter shows {shown}",
            )
        )
    if target is not None:
        print(
            tt(f"Brevet er skrevet til {output}.", f"The letter was written to {output}."),
            file=sys.stderr,
        )
    else:
        print(text, end="")
