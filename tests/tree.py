"""The command tree as kecli builds it, walked once for the tests that go over every
command (help texts, words, the fuzz test, start-up)."""

from __future__ import annotations

from typing import Any


def command_tree(*, hidden: bool = False) -> list[tuple[tuple[str, ...], Any]]:
    """(path after ``kecli``, click command) of the root, every group and every command,
    built now (so in the language ``KECLI_LANG`` says); ``hidden`` commands too if asked."""
    import typer._click as click
    from typer.main import get_command

    from kecli.cli.app import app

    found: list[tuple[tuple[str, ...], Any]] = []

    def walk(command: Any, path: tuple[str, ...]) -> None:
        found.append((path, command))
        if is_group(command):
            ctx = click.Context(command)
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                if sub is not None and (hidden or not sub.hidden):
                    walk(sub, (*path, name))

    walk(get_command(app), ())
    return found


def is_group(command: Any) -> bool:
    return hasattr(command, "list_commands")
