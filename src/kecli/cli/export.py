"""``kecli export …``."""

from __future__ import annotations

import typer

export_app = typer.Typer(
    help="Export case lists (CSV, JSON, JSONL, XLSX). / Eksport.", no_args_is_help=True
)
