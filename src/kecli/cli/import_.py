"""``kecli import …``."""

from __future__ import annotations

import typer

import_app = typer.Typer(help="Import cases from an older system. / Import.", no_args_is_help=True)
