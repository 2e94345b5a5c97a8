"""``kecli case …``: one module per purpose (register, read, edit, close, assess, notify, letter),
their commands merged into one group in the order --help lists them."""

from __future__ import annotations

import typer

from kecli.cli.case import (
    assess,
    close,
    edit,
    find,
    handover,
    letter,
    new,
    note,
    notify,
    reply,
    show,
    void,
)

case_app = typer.Typer(no_args_is_help=True)  # its words: kecli.i18n.help
for part in (new, find, show, note, edit, close, void, handover, reply, assess, notify, letter):
    case_app.add_typer(part.app)
