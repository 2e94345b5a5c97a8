"""``kecli coordinator …``."""

from __future__ import annotations

import typer

coordinator_app = typer.Typer(help="Coordinators: register, assign, replace. / Koordinatorer.", no_args_is_help=True)
