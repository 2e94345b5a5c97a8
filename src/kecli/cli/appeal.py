"""``kecli appeal …``."""

from __future__ import annotations

import typer

appeal_app = typer.Typer(help="Appeals (klage) to statsforvalteren. / Klager.", no_args_is_help=True)
