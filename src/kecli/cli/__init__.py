"""The Typer command tree: thin commands over kecli.services."""
