"""``kecli plan …``: edit, show and list the versions of the individuell plan; one module
per purpose, their commands merged into one group in the order --help lists them."""

from __future__ import annotations

import typer

from kecli.cli.plan import edit, show

plan_app = typer.Typer(no_args_is_help=True)  # its words: kecli.i18n.help
for part in (edit, show):
    plan_app.add_typer(part.app)
