"""``kecli report …``."""

from __future__ import annotations

import typer

report_app = typer.Typer(help="Reports: deadlines and statistics. / Rapporter.", no_args_is_help=True)
