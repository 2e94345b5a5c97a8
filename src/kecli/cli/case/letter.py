"""``kecli case letter``: a letter to the family as PDF/A or Markdown, to a file or stdout."""

from typing import Annotated

import typer

from kecli.cli.options import CaseArg, OutputOpt, parse_date_option
from kecli.cli.state import service_ctx
from kecli.i18n import label, tf
from kecli.i18n import labels as L

app = typer.Typer()

SEND_VIAS = ("post", "digital", "hand")


@app.command("letter")
def case_letter(
    case: CaseArg,
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            metavar="decision|preliminary-reply|appeal-receipt|forwarding",
            show_default=False,  # its text says which: the default is a code
        ),
    ] = "decision",
    format_: Annotated[
        str | None,
        typer.Option(
            "--format",
            metavar="pdf|md",
        ),
    ] = None,
    output: OutputOpt = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="nb|en",
        ),
    ] = None,
    expect: Annotated[str | None, typer.Option("--expect", metavar="DATE")] = None,
    sent: Annotated[bool, typer.Option("--sent")] = False,
    via: Annotated[
        str | None,
        typer.Option("--via", metavar="post|digital|hand"),
    ] = None,
) -> None:
    import sys

    from kecli.cli.output import document_language, refuse_pdf_on_terminal, warn, write_stdout
    from kecli.errors import InvalidInput
    from kecli.files import PrivateFile, check_target
    from kecli.i18n.errors import cli as C
    from kecli.i18n.letters import PLACEHOLDER
    from kecli.i18n.results import LETTER_WRITTEN, PLACEHOLDER_SHOWN, RECORDED_SENT
    from kecli.render.letters import build_letter, to_markdown
    from kecli.services.letters import check_letter_kind, letter_data, record_letter

    chosen = document_language(lang)
    if sent != (via is not None):
        raise InvalidInput(
            C.SENT_AND_VIA_TOGETHER,
            "--sent --via post|digital|hand",
        )
    sent_via = via.strip().lower() if via is not None else None
    if sent_via is not None and sent_via not in SEND_VIAS:
        raise InvalidInput(
            C.UNKNOWN_OPTION_VALUE,
            "--via post|digital|hand",
            field="via",
            value=via,
        )
    letter_kind = check_letter_kind(kind, sent_via)
    fmt = (format_ or ("pdf" if output and output.lower().endswith(".pdf") else "md")).lower()
    if fmt not in ("pdf", "md"):
        raise InvalidInput(
            C.UNKNOWN_OPTION_VALUE,
            "--format pdf|md",
            field="format",
            value=format_,
        )
    if fmt == "pdf":
        refuse_pdf_on_terminal(output, C.EXAMPLE_LETTER_PDF)
    if output:
        check_target(output, force=force)
    ctx = service_ctx()
    expected = parse_date_option(expect, "--expect")
    if expected is not None and letter_kind != "preliminary-reply":
        raise InvalidInput(C.EXPECT_ONLY_PRELIMINARY_REPLY, field="expect")
    data = letter_data(ctx, case, letter_kind, expect=expected)
    letter = build_letter(data, chosen)
    if fmt == "pdf":
        from kecli.render.letters.pdf import to_pdf
        from kecli.services.config import current_logo

        content = to_pdf(letter, logo=current_logo(ctx))
    else:
        content = to_markdown(letter).encode("utf-8")
    for key in letter.placeholders:
        shown = PLACEHOLDER[key].pick(chosen, False)
        warn(tf(PLACEHOLDER_SHOWN, key=key, shown=shown))
    if output:
        # Written under a fresh private name first: a folder that takes no file, a full
        # disk, is a clear error with nothing logged; the letter appears whole, 0600, only
        # once it is logged (an existing path only with --force, replaced, never written
        # through).
        with PrivateFile(output, force=force) as target:
            target.write(content)
            record_letter(ctx, data["case"]["id"], letter_kind, fmt=fmt, sent_via=sent_via)
            target.publish()
        print(tf(LETTER_WRITTEN, output=output), file=sys.stderr)
    else:
        # Made and checked: logged (and with --sent the sending recorded) before it leaves.
        record_letter(ctx, data["case"]["id"], letter_kind, fmt=fmt, sent_via=sent_via)
        write_stdout(content)
    if sent_via is not None:
        print(tf(RECORDED_SENT, via=label(L.SEND_VIA, sent_via)), file=sys.stderr)
