"""``kecli plan …``."""

from __future__ import annotations

import typer

plan_app = typer.Typer(help="Individuell plan: edit and show. / Individuell plan.", no_args_is_help=True)
