"""Every command has help text and is documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.main import get_command

from kecli.cli.app import app

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def commands() -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []

    def walk(command: object, path: str) -> None:
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                walk(sub, f"{path} {name}")
        else:
            found.append((path, command))

    walk(get_command(app), "kecli")
    return found


@pytest.mark.parametrize(("path", "command"), commands(), ids=lambda v: str(v))
def test_every_command_has_help_and_is_in_the_readme(path, command):
    assert (getattr(command, "help", None) or "").strip(), f"{path} has no help"
    assert f"`{path}" in README or f"{path} " in README, f"{path} is not in the README"
