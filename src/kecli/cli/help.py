"""The help screens in the run's language.

The commands declare their options without words; when the command tree is built (the
root by Typer, each group on first use), :func:`put_words` gives every command, option
and argument its text from ``kecli.i18n.help`` in the language of the run, and the help
screens are drawn by :class:`KecliFormatter`, which says click's and Typer's own words
("Usage", "Options", "Show this message and exit.", "[default: …]", "[required]") in
that language too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import typer._click as click

from kecli.i18n import Msg, label, t, tf
from kecli.i18n.help import (
    COMMANDS,
    DEFAULT,
    ENV_VAR,
    EXAMPLE,
    EXAMPLES,
    HELP_OPTION,
    METAVARS,
    OPTIONS,
    REQUIRED,
    SECTIONS,
    TYPES,
    USAGE,
)

#: The notes Typer puts in square brackets after an option's text.
_NOTES = re.compile(r"\[([^\[\]]+)\]$")
#: The type Typer shows after an argument's placeholder.
_TYPE = re.compile(r"<\w+>$")
#: A placeholder as declared, from its bokmål form (a tree built in bokmål).
_DECLARED = {word.nb: declared for declared, word in METAVARS.items()}


def command_help(path: str) -> str:
    """The help text of the command at ``path`` (``"case new"``; ``""`` for the root), with
    its examples in a paragraph that is never rewrapped."""
    entry = COMMANDS[path]
    text = t(Msg(entry.nb, entry.en))
    if entry.examples:
        heading = t(EXAMPLE if len(entry.examples) == 1 else EXAMPLES)
        lines = "\n".join(f"  {line}" for line in entry.examples)
        text += f"\n\n\b\n{heading}\n{lines}"
    return text


def param_key(param: Any) -> str:
    """How the catalogue names a parameter: an option by its long flag, an argument by the
    placeholder it declares."""
    if param.param_type_name == "argument":
        return _DECLARED.get(param.metavar, param.metavar) or str(param.name.upper())
    flags = [opt for opt in param.opts if opt.startswith("--")]
    return str(flags[0] if flags else param.opts[0])


def param_help(path: str, param: Any) -> Msg | None:
    """The parameter's own text at ``path``, else the one the commands share."""
    key = param_key(param)
    return OPTIONS.get(f"{path} {key}".strip()) or OPTIONS.get(key)


def put_words(command: Any, path: str) -> None:
    """Give ``command`` (and the commands under it) its words in the run's language."""
    if command.hidden:
        return
    command.help = command_help(path)
    command.context_class = KecliContext
    if command.options_metavar:
        command.options_metavar = label(METAVARS, command.options_metavar)
    if getattr(command, "subcommand_metavar", None):
        command.subcommand_metavar = label(METAVARS, command.subcommand_metavar)
    for param in command.params:
        text = param_help(path, param)
        if text is not None:
            param.help = t(text)
        if param.metavar:
            param.metavar = label(METAVARS, param.metavar)
    for name, sub in getattr(command, "commands", {}).items():
        put_words(sub, f"{path} {name}".strip())


def _notes(text: str) -> str:
    """``[default: 14; required]`` in the run's language."""

    def said(note: str) -> str:
        if note == "required":
            return t(REQUIRED)
        for prefix, template in (("default: ", DEFAULT), ("env var: ", ENV_VAR)):
            if note.startswith(prefix):
                return tf(template, value=note.removeprefix(prefix))
        return note

    def notes(found: re.Match[str]) -> str:
        return "[" + "; ".join(said(note) for note in found.group(1).split("; ")) + "]"

    return _NOTES.sub(notes, text)


class KecliFormatter(click.HelpFormatter):
    """click's help formatter, in the run's language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, f"{t(USAGE)} " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(label(SECTIONS, heading))

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        shown = [
            (
                _TYPE.sub(lambda found: label(TYPES, found.group()), term),
                t(HELP_OPTION) if text == HELP_OPTION.en else _notes(text),
            )
            for term, text in rows
        ]
        super().write_dl(shown, col_max, col_spacing)


class KecliContext(click.Context):
    """A run's context: its help drawn by :class:`KecliFormatter`."""

    formatter_class = KecliFormatter
