"""``kecli case …``: one module per purpose (register, read, close, assess, notify, letter),
their commands merged into one group in the order --help lists them."""

from __future__ import annotations

import typer

from kecli.cli.case import (
    assess,
    close,
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

case_app = typer.Typer(no_args_is_help=True)  # its help: GROUPS in cli/app.py
for part in (new, find, show, note, close, void, handover, reply, assess, notify, letter):
    case_app.add_typer(part.app)
